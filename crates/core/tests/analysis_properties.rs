//! Properties of the text analysis on arbitrary Unicode text.

use newsx_core::TextAnalysis;
use proptest::prelude::*;

fn newsy_text() -> impl Strategy<Value = String> {
    // Mix arbitrary Unicode with the characters the tokenizer treats specially.
    prop::collection::vec(
        prop_oneof![
            "\\PC{0,12}",
            Just("U.S.".to_string()),
            Just("Mr. ".to_string()),
            Just("’s".to_string()),
            Just("n't".to_string()),
            Just("“".to_string()),
            Just("”".to_string()),
            Just("\"".to_string()),
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just(". ".to_string()),
            Just("1,000.5".to_string()),
            Just("-".to_string()),
            Just("'".to_string()),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn tokens_sentences_and_paragraphs_are_well_formed(text in newsy_text()) {
        let a = TextAnalysis::new(&text);
        let mut last_end = 0;
        for t in &a.tokens {
            prop_assert!(t.start < t.end && t.end <= text.len());
            prop_assert!(t.start >= last_end, "tokens overlap or are out of order");
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            prop_assert!(!t.text(&text).contains('\n'));
            last_end = t.end;
        }
        // Sentences tile the tokens of their paragraph, in order.
        let mut next_token = 0;
        for p in &a.paragraphs {
            prop_assert_eq!(p.tokens.start, next_token);
            let mut in_para = p.tokens.start;
            for s in &a.sentences[p.sentences.clone()] {
                prop_assert_eq!(s.tokens.start, in_para);
                prop_assert!(s.tokens.end > s.tokens.start);
                prop_assert_eq!(s.start, a.tokens[s.tokens.start].start);
                prop_assert_eq!(s.end, a.tokens[s.tokens.end - 1].end);
                in_para = s.tokens.end;
            }
            prop_assert_eq!(in_para, p.tokens.end);
            next_token = p.tokens.end;
        }
        prop_assert_eq!(next_token, a.tokens.len());
    }
}
