//! The tagger's mentions (see [`newsx_core::mentions`]) and name casing.

pub use newsx_core::mentions::*;

/// "VLADIMIR PUTIN" → "Vladimir Putin" for a name seen only in capitals; other names unchanged.
/// Words of one or two letters and words with digits stay as they are ("US", "II").
pub fn unshout(name: &str) -> String {
    if name.chars().any(char::is_lowercase) || !name.chars().any(char::is_uppercase) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    for (i, word) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.chars().filter(|c| c.is_alphabetic()).count() <= 2
            || word.chars().any(|c| c.is_ascii_digit())
        {
            out.push_str(word);
            continue;
        }
        let mut start_of_part = true;
        for c in word.chars() {
            if start_of_part {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            start_of_part = !c.is_alphanumeric();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::unshout;

    #[test]
    fn unshouting() {
        assert_eq!(unshout("VLADIMIR PUTIN"), "Vladimir Putin");
        assert_eq!(unshout("SAN MATEO"), "San Mateo");
        assert_eq!(unshout("O'NEIL-SMITH"), "O'Neil-Smith");
        assert_eq!(unshout("GEORGE BUSH II"), "George Bush II");
        assert_eq!(unshout("Dmitry Peskov"), "Dmitry Peskov");
        assert_eq!(unshout("US"), "US");
    }
}
