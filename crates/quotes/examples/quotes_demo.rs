//! Prints the quotes found in a text file (one paragraph per line), surface speakers only:
//! `cargo run --release -p newsx-quotes --example quotes_demo -- FILE`
use newsx_core::{AnalyzedDocument, Document, Extractor, Outputs, Value};
use newsx_quotes::{QuotesExtractor, QuotesOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: quotes_demo FILE")?;
    let text = std::fs::read_to_string(path)?;
    let doc = Document::new("demo", text);
    let extractor = QuotesExtractor::new(QuotesOptions::default())?;
    let out = extractor.extract(&AnalyzedDocument::new(&doc), &Outputs::default())?;
    let mut records = out.records;
    records.sort_by_key(|r| r.span.start);
    for r in &records {
        let sp = match r.get("speaker") {
            Some(Value::Span(s, attrs)) => format!(
                "{:?} -> {:?} ({:?})",
                s.text(&doc),
                attrs
                    .iter()
                    .find(|(k, _)| *k == "canonical")
                    .map(|(_, v)| v),
                attrs.iter().find(|(k, _)| *k == "type").map(|(_, v)| v)
            ),
            _ => "-".into(),
        };
        let cue = match r.get("cue") {
            Some(Value::Span(s, _)) => s.text(&doc).to_string(),
            _ => "-".into(),
        };
        println!(
            "{:<8} [{}] cue={cue} speaker={sp}",
            r.label,
            r.span.text(&doc)
        );
    }
    for w in &out.warnings {
        println!("warning: {w}");
    }
    Ok(())
}
