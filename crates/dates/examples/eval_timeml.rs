//! Scores the dates extractor on TimeML files: `cargo run -p newsx-dates --release --example eval_timeml -- DIR...`
//! Set `DATES_ERRORS=1` to list every disagreement.
use std::path::PathBuf;

fn main() {
    let paths: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        eprintln!("usage: eval_timeml DIR_OR_FILE...");
        std::process::exit(2);
    }
    match newsx_dates::eval::evaluate_timeml(&paths) {
        Ok(report) => {
            if std::env::var_os("DATES_ERRORS").is_some() {
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
