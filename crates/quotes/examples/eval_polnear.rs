//! Scores the quotes extractor (surface speakers) on a PolNeAR split:
//! `cargo run --release -p newsx-quotes --example eval_polnear -- ../shared/data/quotes/polnear/data/dev [--json] [--beliefs] [--errors N [all|fp|fn|fnq|sp]]`
use std::path::Path;

use newsx_core::Outputs;
use newsx_quotes::eval::{evaluate_polnear, load_polnear, match_pairs, predict};
use newsx_quotes::{QuotesExtractor, QuotesOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().ok_or(
        "usage: eval_polnear SPLIT_DIR [--json] [--beliefs] [--errors N [all|fp|fn|fnq|sp]]",
    )?;
    let options = QuotesOptions {
        beliefs: args.iter().any(|a| a == "--beliefs"),
        ..QuotesOptions::default()
    };
    let extractor = QuotesExtractor::new(options)?;
    let report = evaluate_polnear(Path::new(dir), &extractor, &|_| Outputs::default())?;
    if args.iter().any(|a| a == "--json") {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{report}");
    }
    if let Some(i) = args.iter().position(|a| a == "--errors") {
        let n: usize = args.get(i + 1).and_then(|s| s.parse().ok()).unwrap_or(50);
        let what = args.get(i + 2).map(String::as_str).unwrap_or("all");
        let mut shown = 0;
        for doc in load_polnear(Path::new(dir))? {
            let chars: Vec<char> = doc.text.chars().collect();
            let s = |r: (usize, usize)| {
                chars[r.0.min(chars.len())..r.1.min(chars.len())]
                    .iter()
                    .collect::<String>()
                    .replace('\n', " ")
            };
            let (preds, _) = predict(&doc, &extractor, &|_| Outputs::default());
            let pairs = match_pairs(&preds, &doc.attributions, 0.3);
            for (pi, p) in preds.iter().enumerate() {
                if (what == "fp" || what == "all") && !pairs.iter().any(|x| x.0 == pi) && shown < n
                {
                    shown += 1;
                    println!(
                        "FP{} {:?} | cue {:?} | sp {:?}",
                        if p.quoted { "q" } else { "" },
                        p.content.iter().map(|&r| s(r)).collect::<Vec<_>>(),
                        p.cue.map(s),
                        p.speaker.map(s)
                    );
                }
            }
            for (gi, g) in doc.attributions.iter().enumerate() {
                let m = pairs.iter().find(|x| x.1 == gi);
                if (what == "fn" || what == "all" || (what == "fnq" && g.quoted))
                    && m.is_none()
                    && shown < n
                {
                    shown += 1;
                    let all = || g.content.iter().chain(&g.source).chain(&g.cue);
                    let lo = all().map(|r| r.0).min().unwrap_or(0);
                    let hi = all().map(|r| r.1).max().unwrap_or(0);
                    println!(
                        "FN{} <<{}>> {:?} | cue {:?} | src {:?}",
                        if g.quoted { "q" } else { "" },
                        s((lo.saturating_sub(80), hi + 20)),
                        g.content.iter().map(|&r| s(r)).collect::<Vec<_>>(),
                        g.cue.iter().map(|&r| s(r)).collect::<Vec<_>>(),
                        g.source.iter().map(|&r| s(r)).collect::<Vec<_>>()
                    );
                }
                if what == "sp" && shown < n {
                    if let Some(&(pi, _)) = m {
                        let p = &preds[pi];
                        let ok = p
                            .speaker
                            .is_some_and(|sp| g.source.iter().any(|&(a, b)| sp.0 < b && a < sp.1));
                        if !ok && !g.source.is_empty() {
                            shown += 1;
                            let all = || g.content.iter().chain(&g.source).chain(&g.cue);
                            let lo = all().map(|r| r.0).min().unwrap_or(0);
                            let hi = all().map(|r| r.1).max().unwrap_or(0);
                            print!("<<{}>> ", s((lo.saturating_sub(100), hi + 30)));
                            println!(
                                "SP {:?} | gold src {:?} cue {:?} | pred sp {:?} cue {:?}",
                                g.content.iter().map(|&r| s(r)).collect::<Vec<_>>(),
                                g.source.iter().map(|&r| s(r)).collect::<Vec<_>>(),
                                g.cue.iter().map(|&r| s(r)).collect::<Vec<_>>(),
                                p.speaker.map(s),
                                p.cue.map(s)
                            );
                        }
                    }
                }
            }
        }
    }
    Ok(())
}
