//! Scores a model on CoNLL files: `cargo run -p newsx-ner --release --example eval -- [--model M] FILE...`.
use std::path::Path;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut surnames = true;
    let tagger = if args.first().map(String::as_str) == Some("--model") {
        let m = args.remove(1);
        args.remove(0);
        newsx_ner::Tagger::load(Path::new(&m))
    } else {
        newsx_ner::Tagger::embedded()
    };
    if let Some(k) = args.iter().position(|a| a == "--no-surnames") {
        args.remove(k);
        surnames = false;
    }
    let t0 = std::time::Instant::now();
    let tagger = tagger.expect("model").with_surname_propagation(surnames);
    eprintln!(
        "model loaded in {:.0} ms",
        t0.elapsed().as_secs_f64() * 1000.0
    );
    for f in &args {
        let r = newsx_ner::evaluate_conll(Path::new(f), &tagger).expect("eval");
        println!("== {f}\n{r}");
    }
}
