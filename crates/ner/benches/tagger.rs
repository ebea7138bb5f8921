//! Tagging throughput (words/s) of the embedded model on text written for this bench.
#![allow(missing_docs)]
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsx_core::{AnalyzedDocument, Document};
use newsx_ner::Tagger;

const PARAGRAPHS: &[&str] = &[
    "Kremlin spokesman Dmitry Peskov said on Monday that Russia would respond to any new sanctions imposed by the European Union, adding that President Vladimir Putin had discussed the issue with Chinese leader Xi Jinping.",
    "Shares of Apple Inc. rose 3 percent in New York after the company said its chief executive, Tim Cook, would visit factories in Shenzhen and Bangalore next month.",
    "Peskov told reporters in Moscow that the Commonwealth of Independent States (CIS) summit would be held in St. Petersburg, where leaders of Kazakhstan, Belarus and Armenia are expected.",
    "GERMANY BEAT FRANCE 2-1 IN FRIENDLY AS MUELLER SCORES LATE WINNER",
    "The World Health Organization warned that cholera cases in Yemen and Sudan had doubled, while Doctors Without Borders said its clinics in Khartoum were overwhelmed.",
    "Former U.S. Secretary of State Hillary Clinton and Senator Bernie Sanders spoke at a rally in Des Moines, Iowa, organised by the Democratic Party.",
];

fn bench(c: &mut Criterion) {
    let tagger = Tagger::embedded().expect("embedded model");
    let text = PARAGRAPHS.join("\n").repeat(20);
    let doc = Document::new("bench", text);
    let analyzed = AnalyzedDocument::new(&doc);
    let words = analyzed.analysis().tokens.len() as u64;
    let mut g = c.benchmark_group("ner");
    g.throughput(Throughput::Elements(words));
    g.bench_function("tag_document", |b| {
        b.iter(|| tagger.tag_document(&analyzed))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
