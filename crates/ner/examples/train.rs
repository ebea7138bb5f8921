//! Trains the tagger: `cargo run -p newsx-ner --release --example train -- TRAIN DEV OUT [EPOCHS] [SEED]`.
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: train TRAIN DEV OUT [EPOCHS] [SEED] [HASH_BITS]");
        std::process::exit(2);
    }
    let mut opts = newsx_ner::train::TrainOptions::new(
        PathBuf::from(&args[0]),
        (args[1] != "-").then(|| PathBuf::from(&args[1])),
        PathBuf::from(&args[2]),
    );
    if let Some(e) = args.get(3) {
        opts.epochs = e.parse().expect("epochs");
    }
    if let Some(s) = args.get(4) {
        opts.seed = s.parse().expect("seed");
    }
    if let Some(b) = args.get(5) {
        opts.hash_bits = b.parse().expect("hash bits");
    }
    if let Ok(g) = std::env::var("NER_GAZETTEERS") {
        opts.gazetteers = (!g.is_empty()).then(|| PathBuf::from(g));
    }
    if let Ok(d) = std::env::var("NER_DROPOUT") {
        opts.dropout = d.parse().expect("dropout");
    }
    if let Ok(k) = std::env::var("NER_ENSEMBLE") {
        opts.ensemble = k.parse().expect("ensemble");
    }
    if let Ok(extra) = std::env::var("NER_EXTRA_CORPORA") {
        opts.corpora.extend(extra.split(':').map(PathBuf::from));
    }
    if std::env::var("NER_NO_CLUSTERS").is_ok() {
        opts.corpora.clear();
    }
    match newsx_ner::train::train(&opts) {
        Ok(r) => println!("{}", serde_json::to_string_pretty(&r).unwrap()),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
