//! Fuzz target: the shared text analysis (tokens, sentences, paragraphs) of newsx-core.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsx_core::TextAnalysis;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = TextAnalysis::new(&text);
    let mut last = 0;
    for t in &a.tokens {
        assert!(t.start < t.end && t.end <= text.len(), "token {t:?}");
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(t.start >= last, "tokens overlap or are unsorted");
        last = t.end;
    }
    for i in 0..a.tokens.len() {
        let _ = a.sentence_of(i);
        let _ = a.paragraph_of(i);
    }
});
