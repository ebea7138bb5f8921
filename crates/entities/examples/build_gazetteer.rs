//! Rebuilds `data/places.tsv`, the compact GeoNames table the entities extractor embeds.
//!
//! ```text
//! cargo run -p newsx-entities --example build_gazetteer -- /work/shared/data/gazetteers \
//!     > crates/entities/data/places.tsv
//! ```
//!
//! Output: one place per line, `kind id country admin1 population lat lon name alternates`
//! (tab-separated; kind `K` continent, `C` country, `S` US state, `T` city; admin1 is the state
//! code for US states and the GeoNames admin1 code for cities; alternates `|`-separated). Cities keep
//! their Latin-script alternate names only when the city has at least 100,000 inhabitants, and only
//! capitalised, ASCII, not-all-caps alternates of three letters or more (airport codes and lower-case
//! transliterations are dropped). Source: GeoNames (geonames.org), CC BY 4.0.

use std::collections::BTreeSet;
use std::io::{self, BufWriter, Write};
use std::path::Path;

const ALT_MIN_POPULATION: u64 = 100_000;

fn read(dir: &Path, name: &str) -> io::Result<String> {
    std::fs::read_to_string(dir.join(name))
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dir.join(name).display())))
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

fn keep_alternate(alt: &str, name: &str) -> bool {
    alt != name
        && alt.len() >= 3
        && alt.is_ascii()
        && alt.starts_with(|c: char| c.is_ascii_uppercase())
        && alt.chars().any(|c| c.is_ascii_lowercase())
        && !alt
            .chars()
            .any(|c| c.is_ascii_digit() || c == '\t' || c == '|')
}

fn main() -> io::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/gazetteers".to_string());
    let dir = Path::new(&dir);
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    for r in rows(&read(dir, "geonames-continents.tsv")?) {
        if let [_code, name, id, ..] = r[..] {
            writeln!(out, "K\t{id}\t\t\t\t\t\t{}\t", name.trim())?;
        }
    }
    for r in rows(&read(dir, "geonames-countries.tsv")?) {
        if let [iso, _iso3, name, _capital, _continent, population, id, ..] = r[..] {
            writeln!(out, "C\t{id}\t{iso}\t\t{population}\t\t\t{}\t", name.trim())?;
        }
    }
    for r in rows(&read(dir, "geonames-us-states.tsv")?) {
        if let [code, name, id, ..] = r[..] {
            writeln!(out, "S\t{id}\tUS\t{code}\t\t\t\t{}\t", name.trim())?;
        }
    }
    for r in rows(&read(dir, "geonames-cities15000.tsv")?) {
        if let [id, name, country, admin1, population, lat, lon, alternates, ..] = r[..] {
            let pop: u64 = population.parse().unwrap_or(0);
            let alts: BTreeSet<&str> = if pop >= ALT_MIN_POPULATION {
                alternates
                    .split('|')
                    .filter(|a| keep_alternate(a, name))
                    .collect()
            } else {
                BTreeSet::new()
            };
            let alts: Vec<&str> = alts.into_iter().collect();
            let lat: f64 = lat.parse().unwrap_or(0.0);
            let lon: f64 = lon.parse().unwrap_or(0.0);
            writeln!(
                out,
                "T\t{id}\t{country}\t{admin1}\t{pop}\t{lat:.4}\t{lon:.4}\t{name}\t{}",
                alts.join("|")
            )?;
        }
    }
    out.flush()
}
