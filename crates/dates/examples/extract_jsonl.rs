//! Prints every expression found in JSON-lines articles (`{"id","date","text"}` per line, on stdin) as TSV:
//! id, text, type, value, mod — for comparing two versions of the rules on raw news.
use std::io::BufRead;

fn main() {
    let ex = newsx_dates::DatesExtractor::new(newsx_dates::DatesOptions::default()).unwrap();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or_default();
        let id = v["id"].to_string();
        let dct = v["date"]
            .as_str()
            .and_then(|d| newsx_core::parse_civil_date(d.get(..10).unwrap_or(d)));
        for t in ex.extract_str(text, dct) {
            println!(
                "{id}\t{}\t{}\t{}\t{}",
                &text[t.start..t.end].replace(['\n', '\t'], " "),
                t.kind.as_str(),
                t.value,
                t.modifier.unwrap_or("")
            );
        }
    }
}
