//! Prints the frequency of each cue word among the cue spans of a PolNeAR split (the evidence behind
//! `data/cues.tsv`):
//! `cargo run --release -p newsx-quotes --example cue_frequencies -- ../shared/data/quotes/polnear/data/train [N]`
use std::collections::HashMap;
use std::path::Path;

use newsx_quotes::eval::load_polnear;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: cue_frequencies SPLIT_DIR [N]")?;
    let top: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(200);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for doc in load_polnear(Path::new(&dir))? {
        let chars: Vec<char> = doc.text.chars().collect();
        for a in &doc.attributions {
            for &(s, e) in &a.cue {
                let cue: String = chars[s.min(chars.len())..e.min(chars.len())]
                    .iter()
                    .collect();
                for w in cue
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                {
                    *counts.entry(w.to_lowercase()).or_default() += 1;
                }
            }
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (w, n) in v.into_iter().take(top) {
        println!("{n}\t{w}");
    }
    Ok(())
}
