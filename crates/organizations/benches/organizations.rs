//! Throughput of the organizations extractor given the tagger's records (words per second).
//!
//! `cargo bench -p newsx-organizations --bench organizations`

use criterion::{criterion_main, Criterion, Throughput};
use newsx_core::{AnalyzedDocument, Document, Extractor, Output, Outputs, Record, Span};
use newsx_organizations::{OrganizationsExtractor, OrganizationsOptions};

const PARAGRAPH: &str = "The Kremlin said on Monday that leaders of the Commonwealth of Independent \
States (CIS) would meet in St. Petersburg after a session of the Supreme Eurasian Economic Council, the \
top body of the Russia-led Eurasian Economic Union. State news agency Azertac reported that the CIS \
summit would go ahead, while US social media company X carried the statement. Shares of Harbor Lane \
Foods Inc. rose as Meridian Tools Ltd fell, and officials of the European Union and NATO said the EU \
would respond. The Ministry of Water Resources and the Green Future Party declined to comment.";

const TAGS: &[(&str, &str)] = &[
    ("Kremlin", "ORG"),
    ("St. Petersburg", "LOC"),
    ("Eurasian Economic Union", "ORG"),
    ("US", "LOC"),
    ("Harbor Lane Foods", "ORG"),
    ("European Union", "ORG"),
    ("NATO", "ORG"),
    ("EU", "ORG"),
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
    let ex = OrganizationsExtractor::new(OrganizationsOptions::default()).expect("extractor");
    let (doc, ner) = document(8);
    let words = doc.text.split_whitespace().count() as u64;
    let analyzed = AnalyzedDocument::new(&doc);
    let mut earlier = Outputs::default();
    earlier.insert("ner", Output::new(ner));
    let mut group = c.benchmark_group("organizations");
    group.throughput(Throughput::Elements(words));
    group.bench_function("extract_8_paragraphs", |b| {
        b.iter(|| ex.extract(&analyzed, &earlier).expect("extract"))
    });
    group.finish();
    c.bench_function("organizations_new", |b| {
        b.iter(|| OrganizationsExtractor::new(OrganizationsOptions::default()).expect("extractor"))
    });
}

#[allow(missing_docs)]
mod harness {
    criterion::criterion_group!(benches, super::bench);
}
use harness::benches;
criterion_main!(benches);
