//! `newsx eval …` and `newsx train …`: the project's own accuracy measurements and model training.
//!
//! Every report is printed as a table (or JSON with `--json`); `--floor KEY=MIN` makes the command fail
//! (exit 1) when a score of the report, addressed by its JSON path (`strict.f1`, `per_type.PER.f1`,
//! `at_0_3.quoted.f1`), is below `MIN`. CI uses the floors so that accuracy never regresses.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::ExitStatus;

/// `newsx eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Which evaluation.
    #[command(subcommand)]
    pub corpus: EvalCorpus,
}

/// Options every evaluation takes.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Fail (exit 1) when the score at this JSON path is below MIN, e.g. `--floor relaxed.f1=93`.
    #[arg(long, value_name = "KEY=MIN", value_parser = parse_floor)]
    pub floor: Vec<(String, f64)>,
}

/// The evaluations.
#[derive(Debug, Subcommand)]
pub enum EvalCorpus {
    /// Dates: TimeML `.tml` files or directories (TempEval-3 strict/relaxed span, type and value F1).
    #[cfg(feature = "dates")]
    Timeml {
        /// `.tml` files or directories holding them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Also list every disagreement on stderr, one per line (TSV: kind — missed, spurious, extent,
        /// type or value —, file, gold, system, context), for error analysis.
        #[arg(long)]
        errors: bool,
        /// Output and floors.
        #[command(flatten)]
        report: ReportArgs,
    },
    /// The entity tagger: a CoNLL file (IOB1/IOB2), conlleval exact span and type, per type.
    #[cfg(feature = "ner")]
    Conll {
        /// The CoNLL file (word first, tag last; `-DOCSTART-` separates documents).
        file: PathBuf,
        /// A model file (default: the model built into the binary).
        #[arg(long)]
        model: Option<PathBuf>,
        /// Output and floors.
        #[command(flatten)]
        report: ReportArgs,
    },
    /// Quotes: a PolNeAR split directory (brat standoff), attribution P/R/F1, speaker and cue accuracy.
    #[cfg(feature = "quotes")]
    Polnear {
        /// The split directory, e.g. ../shared/data/quotes/polnear/data/dev.
        split_dir: PathBuf,
        /// Do not run entities and organizations first (surface speakers only).
        #[arg(long)]
        surface_only: bool,
        /// Output and floors.
        #[command(flatten)]
        report: ReportArgs,
    },
}

/// `newsx train`.
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Which model.
    #[command(subcommand)]
    pub model: TrainModel,
}

/// The trainable models.
#[derive(Debug, Subcommand)]
pub enum TrainModel {
    /// The entity tagger, from CoNLL-2003-style files (reproducible: fixed seed).
    #[cfg(feature = "ner")]
    Ner {
        /// Training file (CoNLL format).
        #[arg(long)]
        train: PathBuf,
        /// Development file, used only to choose the number of epochs.
        #[arg(long)]
        dev: Option<PathBuf>,
        /// Where to write the model.
        #[arg(long)]
        out: PathBuf,
        /// Random seed.
        #[arg(long)]
        seed: Option<u64>,
        /// Maximum epochs per pass.
        #[arg(long)]
        epochs: Option<usize>,
    },
}

fn parse_floor(s: &str) -> Result<(String, f64), String> {
    let (key, min) = s.split_once('=').ok_or("expected KEY=MIN")?;
    let min = min
        .trim()
        .parse()
        .map_err(|e| format!("bad minimum `{min}`: {e}"))?;
    Ok((key.trim().to_string(), min))
}

/// Runs `newsx eval`.
pub fn eval(args: EvalArgs) -> Result<ExitStatus> {
    match args.corpus {
        #[cfg(feature = "dates")]
        EvalCorpus::Timeml {
            paths,
            errors,
            report,
        } => {
            let r = newsx_dates::eval::evaluate_timeml(&paths).context("TimeML evaluation")?;
            if errors {
                for m in &r.mismatches {
                    eprintln!(
                        "{}\t{}\t{}\t{}\t{}",
                        m.kind, m.file, m.gold, m.system, m.context
                    );
                }
            }
            finish(&r, &report)
        }
        #[cfg(feature = "ner")]
        EvalCorpus::Conll {
            file,
            model,
            report,
        } => {
            let tagger = match model {
                Some(p) => newsx_ner::Tagger::load(&p),
                None => newsx_ner::Tagger::embedded(),
            }
            .context("loading the tagger model")?;
            let r = newsx_ner::evaluate_conll(&file, &tagger).context("CoNLL evaluation")?;
            finish(&r, &report)
        }
        #[cfg(feature = "quotes")]
        EvalCorpus::Polnear {
            split_dir,
            surface_only,
            report,
        } => {
            let r = polnear(&split_dir, surface_only)?;
            finish(&r, &report)
        }
    }
}

/// Scores quotes, feeding them the entities and organizations the default configuration produces.
#[cfg(feature = "quotes")]
fn polnear(
    split_dir: &std::path::Path,
    surface_only: bool,
) -> Result<newsx_quotes::eval::PolnearReport> {
    use newsx_core::{AnalyzedDocument, Outputs};
    let quotes = newsx_quotes::QuotesExtractor::new(Default::default())?;
    let mut config = newsx_runner::Config::default();
    for (name, table) in config.extractors.iter_mut() {
        table.enabled = !surface_only && (name == "entities" || name == "organizations");
    }
    let speakers = crate::build_pipeline(&config)?;
    let earlier = |doc: &AnalyzedDocument<'_>| {
        let mut outputs = Outputs::default();
        if let Ok(found) = speakers.process(doc.document()) {
            for (name, output) in found {
                outputs.insert(name, output);
            }
        }
        outputs
    };
    Ok(newsx_quotes::eval::evaluate_polnear(
        split_dir, &quotes, &earlier,
    )?)
}

/// Runs `newsx train`.
pub fn train(args: TrainArgs) -> Result<ExitStatus> {
    match args.model {
        #[cfg(feature = "ner")]
        TrainModel::Ner {
            train,
            dev,
            out,
            seed,
            epochs,
        } => {
            let mut options = newsx_ner::train::TrainOptions::new(train, dev, out);
            if let Some(seed) = seed {
                options.seed = seed;
            }
            if let Some(epochs) = epochs {
                options.epochs = epochs;
            }
            let report = newsx_ner::train::train(&options).context("training the tagger")?;
            println!("{}", serde_json::to_string_pretty(&report)?);
            Ok(ExitStatus::Success)
        }
    }
}

/// Prints a report and checks its floors.
fn finish<R: Serialize + std::fmt::Display>(report: &R, args: &ReportArgs) -> Result<ExitStatus> {
    let json = serde_json::to_value(report)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&json)?);
    } else {
        print!("{report}");
    }
    let mut below = Vec::new();
    for (key, min) in &args.floor {
        let score = key
            .split('.')
            .try_fold(&json, |v, k| v.get(k))
            .and_then(serde_json::Value::as_f64);
        let Some(score) = score else {
            bail!("--floor {key}: no such score in the report")
        };
        let verdict = if score + 1e-9 >= *min {
            "ok"
        } else {
            "BELOW FLOOR"
        };
        eprintln!("floor {key}: {score:.2} >= {min:.2}: {verdict}");
        if score + 1e-9 < *min {
            below.push(key.as_str());
        }
    }
    if below.is_empty() {
        Ok(ExitStatus::Success)
    } else {
        eprintln!("newsx: scores below their floors: {}", below.join(", "));
        Ok(ExitStatus::DocumentErrors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Report {
        strict: Score,
    }
    #[derive(Serialize)]
    struct Score {
        f1: f64,
    }
    impl std::fmt::Display for Report {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            writeln!(f, "strict F1 {}", self.strict.f1)
        }
    }

    #[test]
    fn floors_pass_fail_and_reject_unknown_keys() {
        let r = Report {
            strict: Score { f1: 90.0 },
        };
        let args = |floor: &str| ReportArgs {
            json: false,
            floor: vec![parse_floor(floor).unwrap()],
        };
        assert_eq!(
            finish(&r, &args("strict.f1=90")).unwrap(),
            ExitStatus::Success
        );
        assert_eq!(
            finish(&r, &args("strict.f1=90.5")).unwrap(),
            ExitStatus::DocumentErrors
        );
        assert!(finish(&r, &args("strict.recall=1")).is_err());
        assert!(parse_floor("strict.f1").is_err());
    }
}
