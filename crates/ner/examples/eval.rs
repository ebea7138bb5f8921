//! Scores a model on CoNLL files:
//! `cargo run -p newsx-ner --release --example eval -- [--model M] [--no-surnames] [--dump OUT] FILE...`
//! (`--dump` writes `word gold predicted` lines for error analysis).
use std::io::Write;
use std::path::Path;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut take = |flag: &str, with_value: bool| -> Option<String> {
        let k = args.iter().position(|a| a == flag)?;
        args.remove(k);
        if with_value {
            Some(args.remove(k))
        } else {
            Some(String::new())
        }
    };
    let model = take("--model", true);
    let no_surnames = take("--no-surnames", false).is_some();
    let dump = take("--dump", true);
    let t0 = std::time::Instant::now();
    let tagger = match &model {
        Some(m) => newsx_ner::Tagger::load(Path::new(m)),
        None => newsx_ner::Tagger::embedded(),
    }
    .expect("model")
    .with_surname_propagation(!no_surnames);
    eprintln!(
        "model loaded in {:.0} ms",
        t0.elapsed().as_secs_f64() * 1000.0
    );
    for f in &args {
        let r = newsx_ner::evaluate_conll(Path::new(f), &tagger).expect("eval");
        println!("== {f}\n{r}");
        if let Some(out) = &dump {
            let docs = newsx_ner::eval::read_conll(Path::new(f)).expect("read");
            let mut w = std::io::BufWriter::new(std::fs::File::create(out).expect("create"));
            for d in &docs {
                let words: Vec<&str> = d.words.iter().map(String::as_str).collect();
                let tags = tagger.tag_words(&words, &d.sentences);
                writeln!(w, "-DOCSTART- O O").unwrap();
                for s in &d.sentences {
                    for i in s.clone() {
                        writeln!(w, "{} {} {}", d.words[i], d.tags[i], tags[i]).unwrap();
                    }
                    writeln!(w).unwrap();
                }
            }
        }
    }
}
