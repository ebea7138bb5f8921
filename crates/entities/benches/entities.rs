//! Throughput of the entities extractor given the tagger's records (words per second).
//!
//! `cargo bench -p newsx-entities --bench entities`

use criterion::{criterion_main, Criterion, Throughput};
use newsx_core::{AnalyzedDocument, Document, Extractor, Output, Outputs, Record, Span};
use newsx_entities::{EntitiesExtractor, EntitiesOptions};

const PARAGRAPH: &str = "Kremlin spokesman Dmitry Peskov said on Monday that presidential aide \
Kirill Dmitriev would fly from Florida to Moscow before meeting Vladimir Putin in St. Petersburg. \
Peskov added that Dmitriev, the president's special envoy, had met US officials for two days and that \
talks on Ukraine would go on. Putin later spoke with Ilham Aliyev of Azerbaijan, while Aliyev's office \
in Baku said the Russian side had been informed. Analysts in London and Birmingham were unsure what \
the Russia-led bloc would do next, and Peskov declined to comment further.";

const TAGS: &[(&str, &str)] = &[
    ("Kremlin", "ORG"),
    ("Dmitry Peskov", "PER"),
    ("Kirill Dmitriev", "PER"),
    ("Florida", "LOC"),
    ("Moscow", "LOC"),
    ("Vladimir Putin", "PER"),
    ("St. Petersburg", "LOC"),
    ("US", "LOC"),
    ("Ukraine", "LOC"),
    ("Ilham Aliyev", "PER"),
    ("Azerbaijan", "LOC"),
    ("Baku", "LOC"),
    ("Russian", "MISC"),
    ("London", "LOC"),
    ("Birmingham", "LOC"),
];

fn document(paragraphs: usize) -> (Document, Vec<Record>) {
    let mut text = String::new();
    let mut ner = Vec::new();
    for _ in 0..paragraphs {
        let base = text.len();
        for &(s, label) in TAGS {
            for (i, _) in PARAGRAPH.match_indices(s) {
                let before = PARAGRAPH[..i].chars().next_back();
                let after = PARAGRAPH[i + s.len()..].chars().next();
                if !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
                {
                    ner.push(Record::new(
                        "type",
                        label,
                        Span::new(base + i, base + i + s.len()),
                    ));
                }
            }
        }
        text.push_str(PARAGRAPH);
        text.push('\n');
    }
    (Document::new("bench", text), ner)
}

fn bench(c: &mut Criterion) {
    let ex = EntitiesExtractor::new(EntitiesOptions::default()).expect("extractor");
    let (doc, ner) = document(8);
    let words = doc.text.split_whitespace().count() as u64;
    let analyzed = AnalyzedDocument::new(&doc);
    let mut earlier = Outputs::default();
    earlier.insert("ner", Output::new(ner));
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Elements(words));
    group.bench_function("extract_8_paragraphs", |b| {
        b.iter(|| ex.extract(&analyzed, &earlier).expect("extract"))
    });
    group.finish();
    c.bench_function("entities_new", |b| {
        b.iter(|| EntitiesExtractor::new(EntitiesOptions::default()).expect("extractor"))
    });
}

#[allow(missing_docs)]
mod harness {
    criterion::criterion_group!(benches, super::bench);
}
use harness::benches;
criterion_main!(benches);
