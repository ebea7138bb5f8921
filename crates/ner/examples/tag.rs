//! Prints the mentions of a plain-text article (line 1 `date YYYY-MM-DD id`, line 2 the title, then
//! paragraphs): `cargo run -p newsx-ner --release --example tag -- FILE`.
use newsx_core::{AnalyzedDocument, Document};

fn main() {
    let path = std::env::args().nth(1).expect("usage: tag FILE");
    let raw = std::fs::read_to_string(&path).expect("read");
    let raw = raw.trim_start();
    let mut lines = raw.lines();
    let first = lines.next().unwrap_or_default();
    let (title, body): (Option<&str>, Vec<&str>) = if first.starts_with("date ") {
        (lines.next(), lines.collect())
    } else {
        (None, std::iter::once(first).chain(lines).collect())
    };
    let mut doc = Document::new("doc", body.join("\n"));
    if let Some(t) = title {
        doc = doc.with_title(t);
    }
    let tagger = newsx_ner::Tagger::embedded().expect("model");
    let a = AnalyzedDocument::new(&doc);
    for m in tagger.tag_document(&a) {
        println!(
            "{:<5} {:<6} {}",
            m.label,
            m.span.field.as_str(),
            m.span.text(&doc)
        );
    }
}
