//! Scores the dates extractor on TimeML files: `cargo run -p newsx-dates --release --example eval_timeml -- DIR...`
//!
//! Set `DATES_ERRORS=1` to list every disagreement (TSV: kind, file, gold, system, context), or
//! `DATES_ERRORS=all` to list every system and gold timex, agreeing ones too (TSV: status, file, system
//! text, type, value, gold text, type, value), for per-expression precision counts.
use std::path::PathBuf;

fn main() {
    let paths: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        eprintln!("usage: eval_timeml DIR_OR_FILE...");
        std::process::exit(2);
    }
    let mode = std::env::var("DATES_ERRORS").unwrap_or_default();
    if mode == "all" {
        if let Err(e) = dump_all(&paths) {
            eprintln!("{e}");
            std::process::exit(1);
        }
        return;
    }
    match newsx_dates::eval::evaluate_timeml(&paths) {
        Ok(report) => {
            if !mode.is_empty() {
                for m in &report.mismatches {
                    println!(
                        "{}\t{}\tG: {}\tS: {}\t| {}",
                        m.kind, m.file, m.gold, m.system, m.context
                    );
                }
            }
            print!("{report}");
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}

/// Every system timex with the gold timex it overlaps (if any), then every gold timex no system timex
/// overlaps.
fn dump_all(paths: &[PathBuf]) -> Result<(), newsx_dates::DatesError> {
    let ex = newsx_dates::DatesExtractor::new(newsx_dates::DatesOptions::default())?;
    let mut files = Vec::new();
    for p in paths {
        collect(p, &mut files);
    }
    for f in files {
        let doc = newsx_dates::eval::read_timeml(&f)?;
        let name = f.file_name().unwrap_or_default().to_string_lossy();
        let sys = ex.extract_str(&doc.text, doc.dct);
        let mut seen = vec![false; doc.gold.len()];
        for s in &sys {
            let g = doc
                .gold
                .iter()
                .position(|g| s.start < g.end && g.start < s.end);
            let stext = &doc.text[s.start..s.end];
            match g {
                Some(k) => {
                    seen[k] = true;
                    let g = &doc.gold[k];
                    let status = if s.value == g.value && s.kind.as_str() == g.kind {
                        "ok"
                    } else {
                        "diff"
                    };
                    println!(
                        "{status}\t{name}\t{stext}\t{}\t{}\t{}\t{}\t{}",
                        s.kind.as_str(),
                        s.value,
                        &doc.text[g.start..g.end],
                        g.kind,
                        g.value
                    );
                }
                None => println!(
                    "spurious\t{name}\t{stext}\t{}\t{}\t\t\t",
                    s.kind.as_str(),
                    s.value
                ),
            }
        }
        for (k, g) in doc.gold.iter().enumerate() {
            if !seen[k] {
                println!(
                    "missed\t{name}\t\t\t\t{}\t{}\t{}",
                    &doc.text[g.start..g.end],
                    g.kind,
                    g.value
                );
            }
        }
    }
    Ok(())
}

fn collect(path: &std::path::Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for e in entries {
            if e.is_dir() || e.extension().is_some_and(|x| x == "tml") {
                collect(&e, out);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
}
