//! Words per second of the dates extractor (token analysis excluded, as the runner shares it).
#![allow(missing_docs)]
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsx_core::{AnalyzedDocument, Document, Extractor, Outputs};
use newsx_dates::{DatesExtractor, DatesOptions};

const TEXT: &str = "Moscow confirmed Monday that talks with Kyiv would resume next week, after a pause of nearly \
two months. The Kremlin spokesman said on Sunday that the delegation will travel to Istanbul on Friday. \
Prices rose 2.5 percent in November, the fastest pace since mid-2024, and analysts expect a further rise \
early next year. The company, which employs about 1,500 people, reported third-quarter profit of $2.1 \
billion, up from $1.8 billion a year earlier. Fighting raged overnight near the city, where residents have \
lived without power for the past three years. The central bank meets every six weeks and publishes its \
forecasts quarterly. Shares closed at 3 p.m. EST on Dec. 22, 2025, the last trading day before the \
holiday. Officials said the nearly four-year war had cost tens of thousands of lives since February 2022.\n";

fn words(text: &str) -> u64 {
    text.split_whitespace().count() as u64
}

fn bench(c: &mut Criterion) {
    let ex = DatesExtractor::new(DatesOptions::default()).unwrap();
    let text = TEXT.repeat(40);
    let doc = Document::new("1", text.clone()).with_date(jiff::civil::date(2025, 12, 22));
    let analyzed = AnalyzedDocument::new(&doc);
    let mut g = c.benchmark_group("dates");
    g.throughput(Throughput::Elements(words(&text)));
    g.bench_function("extract_news_text", |b| {
        b.iter(|| ex.extract(&analyzed, &Outputs::default()).unwrap())
    });
    g.bench_function("extract_str_with_tokenization", |b| {
        b.iter(|| ex.extract_str(&text, Some(jiff::civil::date(2025, 12, 22))))
    });
    // Reuters wire stories, when the shared data is present.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/corpora/reuters21578.jsonl");
    if let Ok(raw) = std::fs::read_to_string(&path) {
        let docs: Vec<Document> = raw
            .lines()
            .take(2000)
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| {
                let mut d = Document::new("r", v["text"].as_str().unwrap_or("").to_string());
                d.date = v["date"].as_str().and_then(newsx_core::parse_civil_date);
                d
            })
            .collect();
        let analyzed: Vec<AnalyzedDocument<'_>> = docs.iter().map(AnalyzedDocument::new).collect();
        g.throughput(Throughput::Elements(
            docs.iter().map(|d| words(&d.text)).sum(),
        ));
        g.bench_function("extract_reuters_2000_docs", |b| {
            b.iter(|| {
                for a in &analyzed {
                    ex.extract(a, &Outputs::default()).unwrap();
                }
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
