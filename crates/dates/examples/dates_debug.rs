//! Prints the expressions found in a sentence: `dates_debug YYYY-MM-DD "text"`.
fn main() {
    let mut args = std::env::args().skip(1);
    let dct = args.next().and_then(|d| newsx_core::parse_civil_date(&d));
    let text = args.next().unwrap_or_default();
    let ex = newsx_dates::DatesExtractor::new(newsx_dates::DatesOptions::default()).unwrap();
    for t in ex.extract_str(&text, dct) {
        println!(
            "{:?}\t{}\t{}\t{:?}",
            &text[t.start..t.end],
            t.kind.as_str(),
            t.value,
            t.modifier
        );
    }
}
