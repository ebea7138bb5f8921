//! Throughput of the quotes extractor on a news-like article, given entity records (the normal pipeline
//! setup). Reports words per second: `cargo bench -p newsx-quotes --bench quotes`.
#![allow(missing_docs)] // criterion_group! generates undocumented items
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsx_core::{AnalyzedDocument, Document, Extractor, Output, Outputs, Record, Span};
use newsx_quotes::{QuotesExtractor, QuotesOptions};

const PARAGRAPHS: &[&str] = &[
    "City officials confirmed on Monday that the new bridge over the Vale River will open in May, ending two years of delays.",
    "Maria Lopez, the mayor's chief spokeswoman, said the final inspection had gone well and that traffic would be allowed on the upper deck first.",
    "“We are ready,” Lopez told reporters at a briefing. “But we will not cut corners on safety.”",
    "Asked whether the budget had been exceeded, she said the project was “roughly on target” despite rising steel prices.",
    "The transport ministry said in a statement that it had approved the last payment, according to local media.",
    "Engineers worked through the winter, and crews added a second lane for buses in March, the company said.",
    "“This bridge connects two halves of the city that have been apart for too long,” said Tom Baker, who runs a bakery near the river.",
    "Critics, however, argued that the money would have been better spent on schools, and several residents complained about noise.",
];

fn article(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(PARAGRAPHS[i % PARAGRAPHS.len()]);
        s.push('\n');
    }
    s
}

/// Entity records for the names in the article, as the entities extractor would give them.
fn entities(text: &str) -> Outputs {
    let mut records = Vec::new();
    for (name, typ, canonical) in [
        ("Maria Lopez", "PERSON", "Maria Lopez"),
        ("Lopez", "PERSON", "Maria Lopez"),
        ("Tom Baker", "PERSON", "Tom Baker"),
        ("Vale River", "LOCATION", "Vale River"),
    ] {
        let mut from = 0;
        while let Some(i) = text[from..].find(name) {
            let s = from + i;
            records.push(
                Record::new("type", typ, Span::new(s, s + name.len())).with("canonical", canonical),
            );
            from = s + name.len();
        }
    }
    let mut outs = Outputs::default();
    outs.insert("entities", Output::new(records));
    outs
}

fn bench(c: &mut Criterion) {
    let extractor = QuotesExtractor::new(QuotesOptions::default()).expect("extractor");
    let doc = Document::new("bench", article(40));
    let analyzed = AnalyzedDocument::new(&doc);
    let words = analyzed
        .analysis()
        .tokens
        .iter()
        .filter(|t| t.is_wordlike())
        .count();
    let outs = entities(&doc.text);
    let mut g = c.benchmark_group("quotes");
    g.throughput(Throughput::Elements(words as u64));
    g.bench_function("extract_40_paragraphs", |b| {
        b.iter(|| extractor.extract(&analyzed, &outs).expect("extract"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
