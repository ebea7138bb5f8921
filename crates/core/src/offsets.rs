//! Byte offsets → Unicode code-point offsets.

/// Converts byte offsets of one string into code-point offsets (what Python's `str` indexes by).
///
/// ASCII strings convert for free; otherwise a checkpoint every 64 bytes bounds each lookup to a short
/// scan, so converting all of a document's offsets stays linear in its size.
///
/// ```
/// use newsx_core::OffsetMap;
/// let text = "Café “Paris”";
/// let map = OffsetMap::new(text);
/// let start = text.find('P').unwrap();
/// assert_eq!(map.char_offset(start), 6);
/// assert_eq!(map.char_offset(text.len()), 12);
/// ```
#[derive(Debug, Clone)]
pub struct OffsetMap<'a> {
    text: &'a str,
    /// `checkpoints[i]` = number of chars in `text[..i * STRIDE]` (rounded down to a char boundary), or
    /// empty when the text is ASCII.
    checkpoints: Vec<(usize, usize)>,
}

const STRIDE: usize = 64;

impl<'a> OffsetMap<'a> {
    /// Prepares conversions for `text`.
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return OffsetMap {
                text,
                checkpoints: Vec::new(),
            };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut next = 0;
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            if byte >= next {
                checkpoints.push((byte, chars));
                next = byte + STRIDE;
            }
        }
        OffsetMap { text, checkpoints }
    }

    /// The code-point offset of `byte`, which must be a char boundary of the text (or its length).
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.checkpoints.is_empty() {
            return byte;
        }
        let i = self
            .checkpoints
            .partition_point(|&(b, _)| b <= byte)
            .saturating_sub(1);
        let (base_byte, base_chars) = self.checkpoints[i];
        let end = byte.min(self.text.len());
        base_chars
            + self
                .text
                .get(base_byte..end)
                .map_or(0, |s| s.chars().count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_counting_chars(text in "\\PC{0,400}") {
            let map = OffsetMap::new(&text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                prop_assert_eq!(map.char_offset(byte), text[..byte].chars().count());
            }
        }
    }
}
