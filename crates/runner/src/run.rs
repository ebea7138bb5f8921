//! Execution: reader thread → batches → rayon workers → ordered writer, with resume commits.

use std::collections::VecDeque;
use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::config::{Config, OutputFormat};
use crate::input::{
    parse_item, resolve_inputs, InputError, InputFile, ItemReader, RawItem, RawKind,
};
use crate::manifest::{hash_parts, input_hash, manifest_path, Manifest};
use crate::output::Serializer;
use crate::pipeline::Pipeline;

/// Where output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputTarget {
    /// Standard output (flushed after every batch, so newsx works as a filter).
    Stdout,
    /// A file (with a resume manifest beside it).
    File(PathBuf),
    /// Nowhere (benchmarks).
    Discard,
}

/// `--shard I/N`: documents whose position modulo `count` equals `index`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// `I`, below `count`.
    pub index: u64,
    /// `N`, at least 1.
    pub count: u64,
}

impl FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> Result<Shard, String> {
        let (i, n) = s
            .split_once('/')
            .ok_or_else(|| format!("shard must be I/N, got {s:?}"))?;
        let index: u64 = i
            .trim()
            .parse()
            .map_err(|_| format!("bad shard index {i:?}"))?;
        let count: u64 = n
            .trim()
            .parse()
            .map_err(|_| format!("bad shard count {n:?}"))?;
        if count == 0 || index >= count {
            return Err(format!("shard {s:?}: need 0 <= I < N"));
        }
        Ok(Shard { index, count })
    }
}

/// Progress reported after every batch.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    /// Documents written in this run.
    pub documents: u64,
    /// Input bytes read in this run (decompressed).
    pub bytes: u64,
    /// Total input bytes, when known (no stdin, no gzip).
    pub total_bytes: Option<u64>,
}

/// How to run.
#[derive(Default)]
pub struct RunOptions<'a> {
    /// Input paths (`-` = stdin); directories are walked.
    pub inputs: Vec<PathBuf>,
    /// Where output goes (default stdout).
    pub output: Option<OutputTarget>,
    /// Overrides `[output] format`.
    pub format: Option<OutputFormat>,
    /// Overrides `[run] threads` (0 = all cores).
    pub threads: Option<usize>,
    /// Continue an interrupted run writing to the same file.
    pub resume: bool,
    /// Overwrite an existing output.
    pub force: bool,
    /// Only one shard of the documents.
    pub shard: Option<Shard>,
    /// Called after every batch.
    pub progress: Option<&'a (dyn Fn(&Progress) + Sync)>,
}

/// What a run did.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Documents written in this run (error records included).
    pub documents: u64,
    /// Error records written in this run.
    pub errors: u64,
    /// Error records in the whole output (including earlier runs when resuming).
    pub errors_total: u64,
    /// Records per emitted extractor, in output-key order.
    pub records: Vec<(&'static str, u64)>,
    /// Input bytes read (decompressed).
    pub bytes: u64,
    /// Wall time.
    pub elapsed: Duration,
    /// Documents already committed by an earlier run and skipped (`--resume`).
    pub resumed: u64,
}

/// A fatal problem (exit code 2), except [`RunError::BrokenPipe`].
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// An input path is missing or unreadable.
    #[error(transparent)]
    Input(#[from] InputError),
    /// The output cannot be written.
    #[error("{path}: {error}")]
    Output {
        /// The output path (`<stdout>`).
        path: String,
        /// The error.
        error: io::Error,
    },
    /// The run refuses to start (existing output, changed config or input on resume…).
    #[error("{0}")]
    Refused(String),
    /// The worker pool could not be built.
    #[error("cannot start worker threads: {0}")]
    Threads(String),
    /// Standard output was closed by the reader (`| head`): not an error for a filter.
    #[error("standard output closed")]
    BrokenPipe,
}

enum Sink {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    File(BufWriter<File>, PathBuf),
    Discard,
}

impl Sink {
    fn name(&self) -> String {
        match self {
            Sink::Stdout(_) => "<stdout>".into(),
            Sink::File(_, p) => p.display().to_string(),
            Sink::Discard => "<discard>".into(),
        }
    }

    fn error(&self, e: io::Error) -> RunError {
        match (self, e.kind()) {
            (Sink::Stdout(_), io::ErrorKind::BrokenPipe) => RunError::BrokenPipe,
            _ => RunError::Output {
                path: self.name(),
                error: e,
            },
        }
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), RunError> {
        let r = match self {
            Sink::Stdout(w) => w.write_all(bytes),
            Sink::File(w, _) => w.write_all(bytes),
            Sink::Discard => Ok(()),
        };
        r.map_err(|e| self.error(e))
    }

    /// Flushes; for files, also fsyncs (the data must be durable before the manifest says so).
    fn commit(&mut self) -> Result<(), RunError> {
        let r = match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File(w, _) => w.flush().and_then(|()| w.get_ref().sync_data()),
            Sink::Discard => Ok(()),
        };
        r.map_err(|e| self.error(e))
    }
}

struct Batch {
    items: Vec<RawItem>,
    /// The input position after the batch's last item (everything before it is in this or earlier batches).
    next_position: u64,
    bytes_read: u64,
}

/// Result of one document: its output bytes, whether it is an error record, records per extractor.
struct DocResult {
    bytes: Vec<u8>,
    error: bool,
    counts: Vec<u32>,
}

const BATCH_BYTES: usize = 32 << 20;

/// Batches processed at once (see `run`).
const IN_FLIGHT: usize = 2;

/// How often a file output is made durable and its resume manifest updated.
const COMMIT_INTERVAL: Duration = Duration::from_millis(500);

/// Runs `pipeline` over the inputs with `config`, writing in input order.
pub fn run(
    config: &Config,
    pipeline: &Pipeline,
    options: RunOptions<'_>,
) -> Result<Summary, RunError> {
    let started = Instant::now();
    let files = resolve_inputs(&options.inputs, config.input.format)?;
    let format = options.format.unwrap_or(config.output.format);
    let serializer = Serializer::new(format, &config.output, &config.input.meta);
    let threads = options
        .threads
        .filter(|&t| t > 0)
        .or((config.run.threads > 0).then_some(config.run.threads))
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| RunError::Threads(e.to_string()))?;

    let shard = options
        .shard
        .map_or_else(String::new, |s| format!("{}/{}", s.index, s.count));
    let order = pipeline.order().join(",");
    let emitted = pipeline.emitted_names().join(",");
    let config_hash = hash_parts(&[
        env!("CARGO_PKG_VERSION"),
        &config.fingerprint(),
        format.as_str(),
        &shard,
        &order,
        &emitted,
    ]);
    let input_hash = input_hash(&files);

    let target = options.output.clone().unwrap_or(OutputTarget::Stdout);
    let mut manifest = Manifest {
        version: 1,
        config_hash,
        input_hash,
        documents: 0,
        output_bytes: 0,
        written: 0,
        errors: 0,
        complete: false,
    };
    let mut header = serializer.header();
    let (mut sink, manifest_file) = match &target {
        OutputTarget::Stdout | OutputTarget::Discard => {
            if options.resume {
                return Err(RunError::Refused(
                    "--resume needs --output FILE (standard output cannot be resumed)".into(),
                ));
            }
            let sink = match target {
                OutputTarget::Stdout => {
                    Sink::Stdout(BufWriter::with_capacity(1 << 20, io::stdout().lock()))
                }
                _ => Sink::Discard,
            };
            (sink, None)
        }
        OutputTarget::File(path) => {
            let mpath = manifest_path(path);
            let shown = path.display();
            let out_err = |e: io::Error| RunError::Output {
                path: shown.to_string(),
                error: e,
            };
            // An empty output without a manifest is what a run killed right after creating it leaves.
            let exists = path.exists()
                && (mpath.exists() || std::fs::metadata(path).map_or(true, |m| m.len() > 0));
            if exists && options.resume {
                if files.iter().any(InputFile::is_stdin) {
                    return Err(RunError::Refused(
                        "--resume cannot be used with stdin input".into(),
                    ));
                }
                let old = Manifest::read(&mpath).map_err(|e| {
                    RunError::Refused(format!(
                        "{shown} exists but its manifest {} cannot be read ({e}); use --force to start over",
                        mpath.display()
                    ))
                })?;
                if old.config_hash != manifest.config_hash {
                    return Err(RunError::Refused(format!(
                        "cannot resume {shown}: the configuration, output format, shard or extractors changed since it was started; use --force to start over"
                    )));
                }
                if old.input_hash != manifest.input_hash {
                    return Err(RunError::Refused(format!(
                        "cannot resume {shown}: the input files changed since it was started; use --force to start over"
                    )));
                }
                let mut file = OpenOptions::new().write(true).open(path).map_err(out_err)?;
                let len = file.metadata().map_err(out_err)?.len();
                if len < old.output_bytes {
                    return Err(RunError::Refused(format!(
                        "cannot resume {shown}: it is shorter ({len} bytes) than its manifest says ({} bytes); use --force to start over",
                        old.output_bytes
                    )));
                }
                file.set_len(old.output_bytes).map_err(out_err)?;
                file.seek(SeekFrom::End(0)).map_err(out_err)?;
                file.sync_all().map_err(out_err)?;
                if old.output_bytes > 0 {
                    header.clear();
                }
                manifest = old;
                (
                    Sink::File(BufWriter::with_capacity(1 << 20, file), path.clone()),
                    Some(mpath),
                )
            } else {
                if exists && !options.force {
                    return Err(RunError::Refused(format!(
                        "{shown} exists; use --resume to continue an interrupted run or --force to overwrite it"
                    )));
                }
                // Open (so that an unwritable path is reported as such), then a fresh manifest, then
                // truncate: a run killed between these steps resumes from zero.
                let file = OpenOptions::new()
                    .write(true)
                    .create(true)
                    .truncate(false)
                    .open(path)
                    .map_err(out_err)?;
                manifest.write(&mpath).map_err(|e| RunError::Output {
                    path: mpath.display().to_string(),
                    error: e,
                })?;
                file.set_len(0).map_err(out_err)?;
                (
                    Sink::File(BufWriter::with_capacity(1 << 20, file), path.clone()),
                    Some(mpath),
                )
            }
        }
    };

    let emitted_names = pipeline.emitted_names();
    let mut summary = Summary {
        documents: 0,
        errors: 0,
        errors_total: manifest.errors,
        records: emitted_names.iter().map(|&n| (n, 0)).collect(),
        bytes: 0,
        elapsed: Duration::ZERO,
        resumed: manifest.documents,
    };
    if manifest.complete {
        summary.elapsed = started.elapsed();
        return Ok(summary);
    }
    let total_bytes = files
        .iter()
        .try_fold(0u64, |acc, f| match (f.size, f.path.extension()) {
            (Some(size), ext) if ext != Some("gz".as_ref()) => Some(acc + size),
            _ => None,
        });
    let skip = manifest.documents;
    let batch_size = config.run.batch_size;
    let max_doc_bytes = config.input.max_doc_bytes;
    let commit_manifest = |m: &Manifest| -> Result<(), RunError> {
        match &manifest_file {
            Some(p) => m.write(p).map_err(|e| RunError::Output {
                path: p.display().to_string(),
                error: e,
            }),
            None => Ok(()),
        }
    };

    std::thread::scope(|scope| -> Result<(), RunError> {
        let (tx, rx) = sync_channel::<Batch>(2);
        let files = &files;
        let shard = options.shard;
        scope.spawn(move || {
            let mut reader = ItemReader::new(files, max_doc_bytes);
            let mut position = 0u64;
            loop {
                let mut items = Vec::with_capacity(batch_size.min(4096));
                let mut bytes = 0usize;
                let mut scanned = 0usize;
                let mut eof = false;
                while items.len() < batch_size
                    && bytes < BATCH_BYTES
                    && scanned < batch_size.saturating_mul(64)
                {
                    let want =
                        position >= skip && shard.is_none_or(|s| position % s.count == s.index);
                    let Some(item) = reader.next_item(want) else {
                        eof = true;
                        break;
                    };
                    position += 1;
                    scanned += 1;
                    if want {
                        bytes += match &item.kind {
                            RawKind::Json(b) | RawKind::Text(b) => b.len(),
                            _ => 0,
                        };
                        items.push(item);
                    }
                }
                let batch = Batch {
                    items,
                    next_position: position,
                    bytes_read: reader.bytes,
                };
                if tx.send(batch).is_err() || eof {
                    break;
                }
            }
        });

        let mut out = Vec::new();
        let mut last_commit = Instant::now();
        let mut batches = rx.into_iter();
        let serializer = &serializer;
        // Two batches are in flight: a worker that finishes its share of one starts on the next instead
        // of idling while the other finishes the last documents, and a batch is written while the next
        // is processed. Batches are still written strictly in input order.
        pool.in_place_scope(|work| -> Result<(), RunError> {
            let mut in_flight = VecDeque::with_capacity(IN_FLIGHT);
            loop {
                while in_flight.len() < IN_FLIGHT {
                    let Some(batch) = batches.next() else { break };
                    let (done, results) = sync_channel::<Vec<DocResult>>(1);
                    let items = batch.items;
                    in_flight.push_back((
                        results,
                        batch.next_position,
                        batch.bytes_read,
                        items.len(),
                    ));
                    work.spawn(move |_| {
                        let results = items
                            .par_iter()
                            .map(|item| process_item(item, files, config, pipeline, serializer))
                            .collect();
                        // The receiver is gone only when the run already failed.
                        let _ = done.send(results);
                    });
                }
                let Some((results, next_position, bytes_read, len)) = in_flight.pop_front() else {
                    return Ok(());
                };
                // A closed channel means the batch panicked: the scope re-raises that panic.
                let Ok(results) = results.recv() else {
                    return Ok(());
                };
                out.clear();
                out.append(&mut header);
                for r in results {
                    out.extend_from_slice(&r.bytes);
                    summary.documents += 1;
                    if r.error {
                        summary.errors += 1;
                    }
                    for (slot, n) in summary.records.iter_mut().zip(&r.counts) {
                        slot.1 += u64::from(*n);
                    }
                }
                // Batches made only of skipped positions (resume, other shards) end before the committed
                // position: nothing to write (and the manifest must never move backwards).
                if !out.is_empty() || next_position > manifest.documents {
                    sink.write(&out)?;
                    manifest.documents = manifest.documents.max(next_position);
                    manifest.output_bytes += out.len() as u64;
                    manifest.written += len as u64;
                    manifest.errors = summary.errors_total + summary.errors;
                    // Standard output is flushed every batch (newsx as a filter); a file is flushed, fsynced
                    // and recorded in the manifest at most once per COMMIT_INTERVAL (fsyncs are slow).
                    if manifest_file.is_none() {
                        sink.commit()?;
                    } else if last_commit.elapsed() >= COMMIT_INTERVAL {
                        sink.commit()?;
                        commit_manifest(&manifest)?;
                        last_commit = Instant::now();
                    }
                }
                summary.bytes = bytes_read;
                if out.capacity() > 4 * BATCH_BYTES {
                    out = Vec::new();
                }
                if let Some(progress) = options.progress {
                    progress(&Progress {
                        documents: summary.documents,
                        bytes: summary.bytes,
                        total_bytes,
                    });
                }
            }
        })
    })?;
    if !header.is_empty() {
        // Nothing was read at all: still write the CSV header.
        sink.write(&header)?;
        manifest.output_bytes += header.len() as u64;
    }
    sink.commit()?;
    manifest.complete = true;
    commit_manifest(&manifest)?;
    summary.errors_total += summary.errors;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

fn process_item(
    item: &RawItem,
    files: &[InputFile],
    config: &Config,
    pipeline: &Pipeline,
    serializer: &Serializer,
) -> DocResult {
    let mut bytes = Vec::with_capacity(256);
    let source = || format!("{}:{}", files[item.file].display, item.line);
    let doc = match parse_item(item, files, &config.input) {
        Ok(doc) => doc,
        Err(e) => {
            serializer.doc_error(&e, &source(), &mut bytes);
            return DocResult {
                bytes,
                error: true,
                counts: Vec::new(),
            };
        }
    };
    let failure = match pipeline.process(&doc) {
        Ok(outputs) => match serializer.document(&doc, &outputs, &mut bytes) {
            Ok(()) => {
                return DocResult {
                    bytes,
                    error: false,
                    counts: outputs
                        .iter()
                        .map(|(_, o)| o.records.len() as u32)
                        .collect(),
                }
            }
            Err(e) => ("invalid_span", e.to_string()),
        },
        Err(f) => (f.kind(), f.to_string()),
    };
    bytes.clear();
    serializer.error(Some(&doc.id), &source(), failure.0, &failure.1, &mut bytes);
    DocResult {
        bytes,
        error: true,
        counts: Vec::new(),
    }
}
