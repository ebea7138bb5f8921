//! Input: resolving paths (directories walked recursively in sorted order, `-` for stdin), streaming raw
//! items out of JSON Lines and plain-text files (`.gz` decompressed transparently, bounded memory), and
//! parsing one raw item into a [`Document`] (in the worker threads).

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use newsx_core::{parse_civil_date, Document};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::config::{InputConfig, InputFormat};

/// How one input file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// One JSON object per line.
    Jsonl,
    /// One article per file.
    Text,
}

/// One resolved input: a file or stdin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// The path (`-` for stdin).
    pub path: PathBuf,
    /// How it is named in ids and error records (`<stdin>` for stdin).
    pub display: String,
    /// How it is read.
    pub format: FileFormat,
    /// Size in bytes (None for stdin).
    pub size: Option<u64>,
    /// Modification time in nanoseconds since the epoch, when known.
    pub mtime: Option<u128>,
}

impl InputFile {
    /// True for stdin.
    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }
}

/// A fatal input problem (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// A path given on the command line does not exist.
    #[error("{0}: no such file or directory")]
    NotFound(String),
    /// A path cannot be read.
    #[error("{path}: {error}")]
    Io {
        /// The path.
        path: String,
        /// The error.
        error: io::Error,
    },
}

fn is_jsonl_name(name: &str) -> bool {
    let name = name.strip_suffix(".gz").unwrap_or(name);
    [".jsonl", ".ndjson", ".json"]
        .iter()
        .any(|ext| name.ends_with(ext))
}

fn is_text_name(name: &str) -> bool {
    let name = name.strip_suffix(".gz").unwrap_or(name);
    name.ends_with(".txt")
}

/// Resolves command-line inputs into files, in order; directories are walked recursively in sorted
/// order (hidden entries and symlinked directories skipped; with `format = "auto"` only `.jsonl`, `.ndjson`, `.json` and `.txt`
/// files, optionally `.gz`, are taken from directories).
pub fn resolve_inputs(
    inputs: &[PathBuf],
    format: InputFormat,
) -> Result<Vec<InputFile>, InputError> {
    let mut files = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            files.push(InputFile {
                path: input.clone(),
                display: "<stdin>".into(),
                format: match format {
                    InputFormat::Text => FileFormat::Text,
                    _ => FileFormat::Jsonl,
                },
                size: None,
                mtime: None,
            });
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => InputError::NotFound(input.display().to_string()),
            _ => InputError::Io {
                path: input.display().to_string(),
                error: e,
            },
        })?;
        if meta.is_dir() {
            walk(input, format, &mut files)?;
        } else {
            files.push(input_file(input, &meta, format));
        }
    }
    Ok(files)
}

fn input_file(path: &Path, meta: &std::fs::Metadata, format: InputFormat) -> InputFile {
    let display = path.display().to_string();
    let format = match format {
        InputFormat::Jsonl => FileFormat::Jsonl,
        InputFormat::Text => FileFormat::Text,
        InputFormat::Auto if is_jsonl_name(&display) => FileFormat::Jsonl,
        InputFormat::Auto => FileFormat::Text,
    };
    InputFile {
        path: path.to_path_buf(),
        display,
        format,
        size: Some(meta.len()),
        mtime: meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map(|d| d.as_nanos()),
    }
}

fn walk(dir: &Path, format: InputFormat, files: &mut Vec<InputFile>) -> Result<(), InputError> {
    let io_err = |e: io::Error| InputError::Io {
        path: dir.display().to_string(),
        error: e,
    };
    let mut entries: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .map_err(io_err)?
        .map(|e| e.map(|e| (e.file_name().to_string_lossy().into_owned(), e.path())))
        .collect::<Result<_, _>>()
        .map_err(io_err)?;
    entries.sort();
    for (name, path) in entries {
        if name.starts_with('.') {
            continue;
        }
        let meta = std::fs::metadata(&path).map_err(|e| InputError::Io {
            path: path.display().to_string(),
            error: e,
        })?;
        if meta.is_dir() {
            // Symlinked directories are not followed (no cycles); symlinked files are read.
            let link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
            if !link {
                walk(&path, format, files)?;
            }
        } else if meta.is_file()
            && (format != InputFormat::Auto || is_jsonl_name(&name) || is_text_name(&name))
        {
            files.push(input_file(&path, &meta, format));
        }
    }
    Ok(())
}

/// One unit of input before parsing: a JSON line, a text file, or a read error in their place.
#[derive(Debug)]
pub(crate) struct RawItem {
    /// Index of the input file.
    pub file: usize,
    /// 1-based line (JSON Lines) or 1 (text files).
    pub line: u64,
    pub kind: RawKind,
}

#[derive(Debug)]
pub(crate) enum RawKind {
    Json(Vec<u8>),
    Text(Vec<u8>),
    /// Not wanted (another shard, or already committed): content not kept.
    Skipped,
    Error {
        kind: &'static str,
        message: String,
    },
}

const BUF_SIZE: usize = 1 << 20;

fn open(file: &InputFile) -> io::Result<Box<dyn BufRead + Send>> {
    let inner: Box<dyn Read + Send> = if file.is_stdin() {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(&file.path)?)
    };
    let mut reader = BufReader::with_capacity(BUF_SIZE, inner);
    let head = reader.fill_buf()?;
    if head.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(BufReader::with_capacity(
            BUF_SIZE,
            flate2::bufread::MultiGzDecoder::new(reader),
        )))
    } else {
        Ok(Box::new(reader))
    }
}

enum Line {
    Eof,
    Complete,
    TooLong(usize),
}

/// Reads one line (without its `\n`) into `buf`, keeping at most `limit` bytes: a longer line is
/// consumed but not kept.
fn read_line(
    r: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
    read: &mut u64,
) -> io::Result<Line> {
    buf.clear();
    let mut seen = 0usize;
    let mut too_long = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(match (seen, too_long) {
                (0, _) => Line::Eof,
                (n, true) => Line::TooLong(n),
                _ => Line::Complete,
            });
        }
        let (chunk, used, done) = match memchr::memchr(b'\n', avail) {
            Some(i) => (&avail[..i], i + 1, true),
            None => (avail, avail.len(), false),
        };
        seen += chunk.len();
        if !too_long {
            if buf.len() + chunk.len() > limit {
                too_long = true;
                buf.clear();
                buf.shrink_to(BUF_SIZE);
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        r.consume(used);
        *read += used as u64;
        if done {
            if seen == 0 && !too_long {
                // An empty line: report it (the caller skips blank lines) without signalling EOF.
                return Ok(Line::Complete);
            }
            return Ok(if too_long {
                Line::TooLong(seen)
            } else {
                Line::Complete
            });
        }
    }
}

/// Streams raw items from the input files, one at a time.
pub(crate) struct ItemReader<'a> {
    files: &'a [InputFile],
    max_doc_bytes: usize,
    file: usize,
    current: Option<Box<dyn BufRead + Send>>,
    line: u64,
    buf: Vec<u8>,
    /// Bytes consumed so far (decompressed).
    pub bytes: u64,
}

impl<'a> ItemReader<'a> {
    pub fn new(files: &'a [InputFile], max_doc_bytes: usize) -> Self {
        ItemReader {
            files,
            max_doc_bytes,
            file: 0,
            current: None,
            line: 0,
            buf: Vec::new(),
            bytes: 0,
        }
    }

    /// The longest JSON line kept: text may be escaped (`\u00e9` is six bytes for two).
    fn line_limit(&self) -> usize {
        self.max_doc_bytes.saturating_mul(3).saturating_add(1 << 20)
    }

    /// The next item; `want` says whether its content is needed (text files that are not wanted are
    /// not read).
    pub fn next_item(&mut self, want: bool) -> Option<RawItem> {
        loop {
            let file = self.files.get(self.file)?;
            if file.format == FileFormat::Text {
                self.file += 1;
                let index = self.file - 1;
                if !want {
                    self.bytes += file.size.unwrap_or(0);
                    return Some(RawItem {
                        file: index,
                        line: 1,
                        kind: RawKind::Skipped,
                    });
                }
                return Some(self.read_text(index));
            }
            if self.current.is_none() {
                self.line = 0;
                match open(file) {
                    Ok(r) => self.current = Some(r),
                    Err(e) => {
                        self.file += 1;
                        return Some(RawItem {
                            file: self.file - 1,
                            line: 1,
                            kind: RawKind::Error {
                                kind: "io",
                                message: e.to_string(),
                            },
                        });
                    }
                }
            }
            let limit = self.line_limit();
            let reader = self.current.as_mut().expect("opened above");
            let result = read_line(reader.as_mut(), &mut self.buf, limit, &mut self.bytes);
            self.line += 1;
            let item = |kind| RawItem {
                file: self.file,
                line: self.line,
                kind,
            };
            match result {
                Ok(Line::Eof) => {
                    self.current = None;
                    self.file += 1;
                }
                Ok(Line::Complete) => {
                    let mut line = trim_ascii(&self.buf);
                    if self.line == 1 {
                        line = line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line);
                    }
                    if line.is_empty() {
                        continue;
                    }
                    if !want {
                        return Some(item(RawKind::Skipped));
                    }
                    return Some(item(RawKind::Json(line.to_vec())));
                }
                Ok(Line::TooLong(n)) => {
                    return Some(item(RawKind::Error {
                        kind: "too_large",
                        message: format!("line of {n} bytes exceeds the limit of {limit} bytes"),
                    }));
                }
                Err(e) => {
                    let kind = if e.kind() == io::ErrorKind::InvalidData
                        || e.kind() == io::ErrorKind::InvalidInput
                    {
                        "bad_input"
                    } else {
                        "io"
                    };
                    let r = item(RawKind::Error {
                        kind,
                        message: format!("read error, rest of file skipped: {e}"),
                    });
                    self.current = None;
                    self.file += 1;
                    return Some(r);
                }
            }
        }
    }

    fn read_text(&mut self, index: usize) -> RawItem {
        let file = &self.files[index];
        let limit = self.max_doc_bytes as u64 + (64 << 10);
        let mut content = Vec::new();
        let result = open(file).and_then(|r| r.take(limit + 1).read_to_end(&mut content));
        self.bytes += content.len() as u64;
        let kind = match result {
            Err(e) => RawKind::Error {
                kind: "io",
                message: e.to_string(),
            },
            Ok(_) if content.len() as u64 > limit => RawKind::Error {
                kind: "too_large",
                message: format!("file is larger than max_doc_bytes ({})", self.max_doc_bytes),
            },
            Ok(_) => RawKind::Text(content),
        };
        RawItem {
            file: index,
            line: 1,
            kind,
        }
    }
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &b[start..end]
}

/// A document that could not be read: written as an error record in its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocError {
    /// The document id, when it could be read.
    pub id: Option<String>,
    /// A short machine-readable kind (`malformed_json`, `missing_text`, `invalid_utf8`, …).
    pub kind: &'static str,
    /// A human-readable message.
    pub message: String,
}

impl fmt::Display for DocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl DocError {
    fn new(id: Option<String>, kind: &'static str, message: impl Into<String>) -> Self {
        DocError {
            id,
            kind,
            message: message.into(),
        }
    }
}

/// Parses one raw item into a document.
pub(crate) fn parse_item(
    item: &RawItem,
    files: &[InputFile],
    cfg: &InputConfig,
) -> Result<Document, DocError> {
    let source = || format!("{}:{}", files[item.file].display, item.line);
    match &item.kind {
        RawKind::Json(line) => parse_json_line(line, cfg, source),
        RawKind::Text(bytes) => parse_text_file(bytes, &files[item.file].display, cfg),
        RawKind::Error { kind, message } => Err(DocError::new(None, kind, message.clone())),
        RawKind::Skipped => Err(DocError::new(None, "skipped", "not read")),
    }
}

/// Parses one JSON line with the configured field names; `source` gives the id of a document without one.
pub fn parse_json_line(
    line: &[u8],
    cfg: &InputConfig,
    source: impl FnOnce() -> String,
) -> Result<Document, DocError> {
    let line = std::str::from_utf8(line).map_err(|e| {
        DocError::new(
            None,
            "invalid_utf8",
            format!("line is not valid UTF-8: {e}"),
        )
    })?;
    let mut de = serde_json::Deserializer::from_str(line);
    let fields = FieldsSeed(cfg)
        .deserialize(&mut de)
        .and_then(|f| de.end().map(|()| f))
        .map_err(|e| DocError::new(None, "malformed_json", e.to_string()))?;
    let id = match fields.id {
        Some(Scalar::Str(s)) => Some(s),
        Some(Scalar::Num(n)) => Some(n),
        Some(Scalar::Null) | None => None,
        Some(Scalar::Other(t)) => {
            return Err(DocError::new(
                None,
                "invalid_id",
                format!(
                    "field `{}` is {t}, expected a string or a number",
                    cfg.id_field
                ),
            ))
        }
    };
    let id = id.unwrap_or_else(source);
    let text = match fields.text {
        Some(Scalar::Str(s)) => s,
        None | Some(Scalar::Null) => {
            return Err(DocError::new(
                Some(id),
                "missing_text",
                format!("no `{}` field", cfg.text_field),
            ))
        }
        Some(other) => {
            return Err(DocError::new(
                Some(id),
                "invalid_text",
                format!(
                    "field `{}` is {}, expected a string",
                    cfg.text_field,
                    other.type_name()
                ),
            ))
        }
    };
    if text.len() > cfg.max_doc_bytes {
        return Err(DocError::new(
            Some(id),
            "too_large",
            format!(
                "text of {} bytes exceeds max_doc_bytes ({})",
                text.len(),
                cfg.max_doc_bytes
            ),
        ));
    }
    let title = match fields.title {
        Some(Scalar::Str(s)) => Some(s),
        None | Some(Scalar::Null) => None,
        Some(other) => {
            return Err(DocError::new(
                Some(id),
                "invalid_title",
                format!(
                    "field `{}` is {}, expected a string",
                    cfg.title_field,
                    other.type_name()
                ),
            ))
        }
    };
    let date = match fields.date {
        Some(Scalar::Str(s)) => Some(parse_civil_date(&s).ok_or_else(|| {
            DocError::new(
                Some(id.clone()),
                "bad_date",
                format!("field `{}` is not a YYYY-MM-DD date: {s:?}", cfg.date_field),
            )
        })?),
        None | Some(Scalar::Null) => None,
        Some(other) => {
            return Err(DocError::new(
                Some(id),
                "bad_date",
                format!(
                    "field `{}` is {}, expected a string",
                    cfg.date_field,
                    other.type_name()
                ),
            ))
        }
    };
    Ok(Document {
        id,
        date,
        title,
        text,
        meta: fields.meta,
    })
}

/// Parses a file in the plain-text layout: optional `date YYYY-MM-DD <id>` line, then a title line,
/// then the body; without the header the whole file is the body and the id is `display`.
pub fn parse_text_file(
    bytes: &[u8],
    display: &str,
    cfg: &InputConfig,
) -> Result<Document, DocError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        DocError::new(
            None,
            "invalid_utf8",
            format!("file is not valid UTF-8: {e}"),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (first, rest) = split_line(text);
    // Scraped files sometimes indent the header line.
    let mut doc = match first.trim_start().strip_prefix("date ") {
        Some(header) => {
            let header = header.trim();
            let (date, id) = header
                .split_once(char::is_whitespace)
                .unwrap_or((header, ""));
            let id = id.trim();
            let id = if id.is_empty() {
                display.to_string()
            } else {
                id.to_string()
            };
            let date = parse_civil_date(date).ok_or_else(|| {
                DocError::new(
                    Some(id.clone()),
                    "bad_date",
                    format!("header date is not YYYY-MM-DD: {date:?}"),
                )
            })?;
            let (title, body) = split_line(rest);
            let title = title.trim();
            Document {
                id,
                date: Some(date),
                title: (!title.is_empty()).then(|| title.to_string()),
                text: body.to_string(),
                meta: Default::default(),
            }
        }
        None => Document::new(display, text),
    };
    if doc.text.len() > cfg.max_doc_bytes {
        return Err(DocError::new(
            Some(std::mem::take(&mut doc.id)),
            "too_large",
            format!(
                "text of {} bytes exceeds max_doc_bytes ({})",
                doc.text.len(),
                cfg.max_doc_bytes
            ),
        ));
    }
    Ok(doc)
}

fn split_line(s: &str) -> (&str, &str) {
    match s.find('\n') {
        Some(i) => (s[..i].trim_end_matches('\r'), &s[i + 1..]),
        None => (s, ""),
    }
}

#[derive(Default)]
struct Fields {
    id: Option<Scalar>,
    text: Option<Scalar>,
    title: Option<Scalar>,
    date: Option<Scalar>,
    meta: serde_json::Map<String, serde_json::Value>,
}

struct FieldsSeed<'c>(&'c InputConfig);

impl<'de> DeserializeSeed<'de> for FieldsSeed<'_> {
    type Value = Fields;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Fields, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldsSeed<'_> {
    type Value = Fields;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        let cfg = self.0;
        let mut fields = Fields::default();
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            let key: &str = &key;
            if key == cfg.text_field {
                fields.text = Some(map.next_value()?);
            } else if key == cfg.id_field {
                fields.id = Some(map.next_value()?);
            } else if key == cfg.title_field {
                fields.title = Some(map.next_value()?);
            } else if key == cfg.date_field {
                fields.date = Some(map.next_value()?);
            } else if cfg.meta.iter().any(|m| m == key) {
                fields.meta.insert(key.to_string(), map.next_value()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(fields)
    }
}

struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(V)
    }
}

enum Scalar {
    Str(String),
    Num(String),
    Null,
    Other(&'static str),
}

impl Scalar {
    fn type_name(&self) -> &'static str {
        match self {
            Scalar::Str(_) => "a string",
            Scalar::Num(_) => "a number",
            Scalar::Null => "null",
            Scalar::Other(t) => t,
        }
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Str(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Scalar, E> {
                Ok(Scalar::Str(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar::Num(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Num(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar::Num(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
                Ok(Scalar::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Scalar, E> {
                Ok(Scalar::Null)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Scalar, E> {
                Ok(Scalar::Other("a boolean"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other("an array"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other("an object"))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> InputConfig {
        InputConfig {
            meta: vec!["url".into()],
            max_doc_bytes: 100,
            ..InputConfig::default()
        }
    }

    fn parse(line: &str) -> Result<Document, DocError> {
        parse_json_line(line.as_bytes(), &cfg(), || "f.jsonl:7".into())
    }

    #[test]
    fn json_lines_parse_with_ids_of_any_kind() {
        let d = parse(r#"{"id": 12, "text": "Body\u00e9", "title": "T", "date": "2025-12-22T10:00:00Z", "url": {"a": [1]}, "x": [1, {"y": null}]}"#).unwrap();
        assert_eq!(d.id, "12");
        assert_eq!(d.text, "Bodyé");
        assert_eq!(d.title.as_deref(), Some("T"));
        assert_eq!(d.date.unwrap().to_string(), "2025-12-22");
        assert_eq!(d.meta["url"], serde_json::json!({"a": [1]}));
        assert_eq!(d.meta.len(), 1);
        assert_eq!(parse(r#"{"text": "x"}"#).unwrap().id, "f.jsonl:7");
        assert_eq!(
            parse(r#"{"id": null, "text": "x", "title": null}"#)
                .unwrap()
                .id,
            "f.jsonl:7"
        );
        assert_eq!(parse(r#"{"id": "a\"b", "text": "x"}"#).unwrap().id, "a\"b");
    }

    #[test]
    fn bad_documents_give_kinds() {
        let kind = |l: &str| parse(l).unwrap_err().kind;
        assert_eq!(kind("{not json"), "malformed_json");
        assert_eq!(kind("[1, 2]"), "malformed_json");
        assert_eq!(kind(r#"{"text": "x"} trailing"#), "malformed_json");
        assert_eq!(kind(r#"{"id": "a"}"#), "missing_text");
        assert_eq!(kind(r#"{"id": "a", "text": 3}"#), "invalid_text");
        assert_eq!(
            kind(r#"{"id": "a", "text": "x", "date": "yesterday"}"#),
            "bad_date"
        );
        assert_eq!(
            kind(r#"{"id": "a", "text": "x", "title": []}"#),
            "invalid_title"
        );
        assert_eq!(
            kind(&format!(r#"{{"id": "a", "text": "{}"}}"#, "x".repeat(101))),
            "too_large"
        );
        let e = parse(r#"{"id": "a", "text": 3}"#).unwrap_err();
        assert_eq!(e.id.as_deref(), Some("a"));
        let e = parse_json_line(b"{\"text\": \"\xff\"}", &cfg(), String::new).unwrap_err();
        assert_eq!(e.kind, "invalid_utf8");
    }

    #[test]
    fn text_layout_with_and_without_header() {
        let c = cfg();
        let d = parse_text_file(
            b"  date 2025-12-22 403\nThe title\nPara one.\nPara two.\n",
            "a.txt",
            &c,
        )
        .unwrap();
        assert_eq!(
            (d.id.as_str(), d.title.as_deref()),
            ("403", Some("The title"))
        );
        assert_eq!(d.text, "Para one.\nPara two.\n");
        assert_eq!(d.date.unwrap().to_string(), "2025-12-22");
        let d = parse_text_file(b"Just a body.\nMore.", "dir/b.txt", &c).unwrap();
        assert_eq!(
            (d.id.as_str(), d.title, d.text.as_str()),
            ("dir/b.txt", None, "Just a body.\nMore.")
        );
        let e = parse_text_file(b"date 2025-13-40 9\nT\nB", "c.txt", &c).unwrap_err();
        assert_eq!((e.kind, e.id.as_deref()), ("bad_date", Some("9")));
        assert_eq!(
            parse_text_file(b"\xff\xfe", "d.txt", &c).unwrap_err().kind,
            "invalid_utf8"
        );
    }

    #[test]
    fn reader_splits_lines_skips_blanks_and_bounds_long_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.jsonl");
        let long = "y".repeat(400);
        std::fs::write(
            &path,
            format!("\u{feff}{{\"a\":1}}\n\n  \r\n{long}\n{{\"b\":2}}"),
        )
        .unwrap();
        let files = resolve_inputs(&[path], InputFormat::Auto).unwrap();
        let mut r = ItemReader::new(&files, 10);
        // limit = 30 + 1 MiB: the long line is kept.
        let mut lines = Vec::new();
        while let Some(item) = r.next_item(true) {
            match item.kind {
                RawKind::Json(l) => lines.push((item.line, l.len())),
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(lines, [(1, 7), (4, 400), (5, 7)]);
        let mut buf = Vec::new();
        let mut n = 0;
        let mut src: &[u8] = b"short\nthis line is too long\nok";
        let mut kinds = Vec::new();
        loop {
            match read_line(&mut src, &mut buf, 8, &mut n).unwrap() {
                Line::Eof => break,
                Line::Complete => kinds.push(String::from_utf8(buf.clone()).unwrap()),
                Line::TooLong(len) => kinds.push(format!("long {len}")),
            }
        }
        assert_eq!(kinds, ["short", "long 21", "ok"]);
        assert_eq!(n, 30);
    }

    #[test]
    fn directories_walk_sorted_and_gz_is_transparent() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("b")).unwrap();
        std::fs::write(dir.path().join("b/2.txt"), "two").unwrap();
        std::fs::write(dir.path().join("a.txt"), "one").unwrap();
        std::fs::write(dir.path().join(".hidden.txt"), "no").unwrap();
        std::fs::write(dir.path().join("notes.md"), "no").unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"{\"id\": \"z\", \"text\": \"zip\"}\n")
            .unwrap();
        std::fs::write(dir.path().join("c.jsonl.gz"), gz.finish().unwrap()).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.path(), dir.path().join("b/loop")).unwrap();
        let files = resolve_inputs(&[dir.path().to_path_buf()], InputFormat::Auto).unwrap();
        let names: Vec<String> = files
            .iter()
            .map(|f| {
                f.path
                    .strip_prefix(dir.path())
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect();
        assert_eq!(names, ["a.txt", "b/2.txt", "c.jsonl.gz"]);
        let mut r = ItemReader::new(&files, 100);
        let c = cfg();
        let mut texts = Vec::new();
        while let Some(item) = r.next_item(true) {
            texts.push(parse_item(&item, &files, &c).unwrap().text);
        }
        assert_eq!(texts, ["one", "two", "zip"]);
        assert!(matches!(
            resolve_inputs(&[dir.path().join("missing")], InputFormat::Auto),
            Err(InputError::NotFound(_))
        ));
    }
}
