//! # newsx-cli
//!
//! The `newsx` command line: `newsx run`, `newsx extractors`, `newsx check-config`, `newsx eval`,
//! `newsx train`.
//!
//! Exit codes: 0 success; 1 the run finished but wrote error records for some documents; 2 a fatal
//! problem (bad configuration, missing input, unwritable output, write failure), reported on one line
//! of standard error. A closed standard output (`newsx run ... | head`) ends the run quietly with 0.
//!
//! Adding a subcommand: add a variant to [`Command`] (with a clap `Args` struct) and an arm to
//! [`dispatch`]; use [`load_config`] and [`build_pipeline`] to get the same configuration handling as
//! `run`. Return [`ExitStatus`].
//!
//! ```
//! use clap::Parser;
//! use newsx_cli::{Cli, Command};
//! let cli = Cli::try_parse_from(["newsx", "run", "--threads", "2", "--shard", "1/4", "in.jsonl"]).unwrap();
//! match cli.command {
//!     Command::Run(args) => {
//!         assert_eq!(args.threads, Some(2));
//!         assert_eq!(args.inputs.len(), 1);
//!     }
//!     _ => unreachable!(),
//! }
//! ```
#![forbid(unsafe_code)]

#[cfg(any(feature = "dates", feature = "ner", feature = "quotes"))]
pub mod eval;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use newsx_runner::{
    registry, Config, ExtractorKind, OutputFormat, OutputTarget, Pipeline, Progress, RunError,
    RunOptions, Shard, Summary,
};

/// Who said what, who, where and when in English news, at corpus scale.
#[derive(Debug, Parser)]
#[command(name = "newsx", version, about, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract from articles (JSON Lines, plain-text files, directories, .gz, `-` for stdin).
    Run(RunArgs),
    /// List the extractors, what they emit and their options.
    Extractors,
    /// Validate a configuration file.
    CheckConfig {
        /// The TOML file.
        file: PathBuf,
    },
    /// Score an extractor on an annotated corpus (TimeML, CoNLL, PolNeAR).
    #[cfg(any(feature = "dates", feature = "ner", feature = "quotes"))]
    Eval(eval::EvalArgs),
    /// Train a model (the entity tagger).
    #[cfg(feature = "ner")]
    Train(eval::TrainArgs),
}

/// Output format flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// One JSON object per document.
    Jsonl,
    /// One CSV row per record.
    Csv,
}

/// `newsx run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Configuration file (default: the embedded config/newsx.toml, every extractor on).
    #[arg(long, short)]
    pub config: Option<PathBuf>,
    /// Output file, or `-` for standard output (the default).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Output format (overrides `[output] format`).
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Worker threads (default: every core).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Continue an interrupted run writing to --output.
    #[arg(long, conflicts_with = "force")]
    pub resume: bool,
    /// Overwrite an existing --output.
    #[arg(long)]
    pub force: bool,
    /// Only documents whose position modulo N equals I (e.g. `--shard 3/16` for Slurm arrays).
    #[arg(long, value_name = "I/N")]
    pub shard: Option<Shard>,
    /// No progress bar, no summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Inputs: files, directories (walked recursively in sorted order), `-` for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

/// How the process ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0.
    Success,
    /// 1: some documents became error records.
    DocumentErrors,
    /// 2: fatal.
    Fatal,
}

impl ExitStatus {
    /// The process exit code.
    pub fn code(self) -> i32 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::DocumentErrors => 1,
            ExitStatus::Fatal => 2,
        }
    }
}

/// Reports panics on one line each (the first few only): the runner turns a panicking extractor into
/// an error record for that document, so a systematic panic must not flood stderr.
fn install_panic_hook() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static PANICS: AtomicUsize = AtomicUsize::new(0);
    std::panic::set_hook(Box::new(|info| {
        let n = PANICS.fetch_add(1, Ordering::Relaxed);
        if n < 5 {
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let at = info
                .location()
                .map(|l| format!(" at {l}"))
                .unwrap_or_default();
            eprintln!("newsx: warning: panic{at}: {message}");
        } else if n == 5 {
            eprintln!("newsx: warning: more panics; not reporting them (see the error records)");
        }
    }));
}

/// Parses the command line, runs it and returns the exit code.
pub fn main() -> i32 {
    install_panic_hook();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match dispatch(cli.command) {
        Ok(status) => status.code(),
        Err(e) => {
            eprintln!("newsx: error: {e:#}");
            ExitStatus::Fatal.code()
        }
    }
}

/// Runs one subcommand. Errors are fatal (exit 2).
pub fn dispatch(command: Command) -> Result<ExitStatus> {
    match command {
        Command::Run(args) => run(args),
        Command::Extractors => {
            print_extractors()?;
            Ok(ExitStatus::Success)
        }
        #[cfg(any(feature = "dates", feature = "ner", feature = "quotes"))]
        Command::Eval(args) => eval::eval(args),
        #[cfg(feature = "ner")]
        Command::Train(args) => eval::train(args),
        Command::CheckConfig { file } => {
            let config = load_config(Some(&file))?;
            let pipeline = build_pipeline(&config)?;
            let skipped = Pipeline::unavailable(&config);
            println!(
                "{}: ok (extractors: {})",
                file.display(),
                if pipeline.is_empty() {
                    "none".to_string()
                } else {
                    pipeline.emitted_names().join(", ")
                }
            );
            if !skipped.is_empty() {
                println!(
                    "not built into this binary, skipped: {}",
                    skipped.join(", ")
                );
            }
            Ok(ExitStatus::Success)
        }
    }
}

/// The configuration file, or the embedded default.
pub fn load_config(path: Option<&Path>) -> Result<Config> {
    Ok(match path {
        Some(p) => Config::load(p)?,
        None => Config::default(),
    })
}

/// The pipeline a configuration asks for.
pub fn build_pipeline(config: &Config) -> Result<Pipeline> {
    Ok(Pipeline::from_config(config)?)
}

fn run(args: RunArgs) -> Result<ExitStatus> {
    let config = load_config(args.config.as_deref())?;
    let pipeline = build_pipeline(&config)?;
    let skipped = Pipeline::unavailable(&config);
    if !skipped.is_empty() && !args.quiet {
        eprintln!(
            "newsx: note: extractors not built into this binary, skipped: {}",
            skipped.join(", ")
        );
    }
    let output = match &args.output {
        None => OutputTarget::Stdout,
        Some(p) if p.as_os_str() == "-" => OutputTarget::Stdout,
        Some(p) => OutputTarget::File(p.clone()),
    };
    let bar = (!args.quiet && std::io::stderr().is_terminal()).then(progress_bar);
    let styled = std::sync::Once::new();
    let on_progress = |p: &Progress| {
        if let Some(bar) = &bar {
            styled.call_once(|| bar.set_style(progress_style(p.total_bytes.is_some())));
            if let Some(total) = p.total_bytes {
                bar.set_length(total);
            }
            bar.set_position(p.bytes);
            bar.set_message(format!("{} docs", p.documents));
        }
    };
    let result = newsx_runner::run(
        &config,
        &pipeline,
        RunOptions {
            inputs: args.inputs.clone(),
            output: Some(output),
            format: args.format.map(|f| match f {
                FormatArg::Jsonl => OutputFormat::Jsonl,
                FormatArg::Csv => OutputFormat::Csv,
            }),
            threads: args.threads,
            resume: args.resume,
            force: args.force,
            shard: args.shard,
            progress: Some(&on_progress),
        },
    );
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let summary = match result {
        Ok(s) => s,
        Err(RunError::BrokenPipe) => return Ok(ExitStatus::Success),
        Err(e) => return Err(e).context("run failed"),
    };
    if !args.quiet {
        eprintln!("newsx: {}", summary_line(&summary));
    }
    Ok(if summary.errors_total > 0 {
        ExitStatus::DocumentErrors
    } else {
        ExitStatus::Success
    })
}

fn progress_bar() -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(
        None,
        indicatif::ProgressDrawTarget::stderr_with_hz(4),
    );
    bar.set_style(progress_style(false));
    bar.enable_steady_tick(Duration::from_millis(250));
    bar
}

/// With a known input size: bytes, rate and ETA; otherwise (stdin, gzip) bytes and rate.
fn progress_style(known_size: bool) -> indicatif::ProgressStyle {
    let template = if known_size {
        "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, eta {eta}) {msg}"
    } else {
        "{spinner} [{elapsed_precise}] {bytes} ({bytes_per_sec}) {msg}"
    };
    indicatif::ProgressStyle::with_template(template)
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner())
}

/// The one-line summary printed at the end of a run.
pub fn summary_line(s: &Summary) -> String {
    let secs = s.elapsed.as_secs_f64().max(1e-9);
    let records: Vec<String> = s.records.iter().map(|(n, c)| format!("{n} {c}")).collect();
    let mut line = format!("{} documents, {} errors", s.documents, s.errors);
    if s.resumed > 0 {
        line.push_str(&format!(" ({} committed earlier skipped)", s.resumed));
    }
    if !records.is_empty() {
        line.push_str(&format!(", records: {}", records.join(", ")));
    }
    line.push_str(&format!(
        " | {:.2}s, {:.0} docs/s, {:.1} MB/s",
        secs,
        s.documents as f64 / secs,
        s.bytes as f64 / 1e6 / secs
    ));
    line
}

/// Writes the `newsx extractors` listing (a closed stdout, as in `| head`, is not an error).
fn print_extractors() -> Result<()> {
    use std::fmt::Write as _;
    let mut out = String::new();
    writeln!(out, "Extractors ([extractors.<name>] tables of the configuration; output keys in this order):\n")?;
    for info in registry::KNOWN {
        let status = if registry::is_available(info.name) {
            "built in".to_string()
        } else {
            format!(
                "not built into this binary (Cargo feature `{}`)",
                info.feature
            )
        };
        writeln!(out, "{}  [{}]", info.name, status)?;
        writeln!(out, "    emits:    {}", info.emits)?;
        if !info.requires.is_empty() {
            writeln!(
                out,
                "    requires: {} (run first, hidden unless enabled)",
                info.requires.join(", ")
            )?;
        }
        if !info.uses.is_empty() {
            writeln!(out, "    uses:     {} (when enabled)", info.uses.join(", "))?;
        }
        let section = default_section(info.name);
        if !section.is_empty() {
            writeln!(out, "    default configuration:")?;
            for line in section {
                writeln!(out, "      {line}")?;
            }
        }
        writeln!(out)?;
    }
    let others: Vec<&str> = ExtractorKind::ALL
        .iter()
        .filter(|k| !k.is_test_support() && !registry::KNOWN.iter().any(|i| i.name == k.name()))
        .map(|k| k.name())
        .collect();
    if !others.is_empty() {
        writeln!(out, "Also built in: {}", others.join(", "))?;
    }
    match std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// The lines of `[extractors.<name>]` in the embedded default configuration.
fn default_section(name: &str) -> Vec<&'static str> {
    let header = format!("[extractors.{name}]");
    newsx_runner::DEFAULT_CONFIG
        .lines()
        .skip_while(|l| l.trim() != header)
        .take_while(|l| !l.trim().is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn parses_run_flags() {
        let cli = Cli::try_parse_from([
            "newsx", "run", "-o", "out.csv", "--format", "csv", "--resume", "--quiet", "a", "b",
        ])
        .unwrap();
        let Command::Run(args) = cli.command else {
            panic!("not run")
        };
        assert_eq!(args.format, Some(FormatArg::Csv));
        assert!(args.resume && args.quiet && !args.force);
        assert_eq!(args.inputs, [PathBuf::from("a"), PathBuf::from("b")]);
        assert!(Cli::try_parse_from(["newsx", "run", "--shard", "4/4", "a"]).is_err());
        assert!(Cli::try_parse_from(["newsx", "run", "--resume", "--force", "a"]).is_err());
        assert!(Cli::try_parse_from(["newsx", "run"]).is_err());
    }

    #[test]
    fn default_sections_are_found() {
        assert_eq!(default_section("dates")[0], "[extractors.dates]");
        assert!(default_section("nope").is_empty());
    }

    #[test]
    fn summary_line_reports_rates() {
        let s = Summary {
            documents: 10,
            errors: 1,
            errors_total: 1,
            records: vec![("dates", 4)],
            bytes: 2_000_000,
            elapsed: Duration::from_secs(2),
            resumed: 0,
        };
        assert_eq!(
            summary_line(&s),
            "10 documents, 1 errors, records: dates 4 | 2.00s, 5 docs/s, 1.0 MB/s"
        );
    }
}
