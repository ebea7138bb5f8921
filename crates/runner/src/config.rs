//! The TOML configuration: `[input]`, `[output]`, `[run]` and one `[extractors.<name>]` table per extractor.
//!
//! Every table rejects unknown keys. Errors name the file, the TOML key path (`extractors.dates.anchor`)
//! and, when it can be found, the line.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The default configuration (`config/newsx.toml`), embedded in the binary.
pub const DEFAULT_CONFIG: &str = include_str!("../../../config/newsx.toml");

/// A configuration problem: which file, which key, which line, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The configuration file (or `<embedded default>`).
    pub file: String,
    /// The TOML key path, e.g. `extractors.dates.anchor`, when the problem has one.
    pub key: Option<String>,
    /// The 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(key) = &self.key {
            write!(f, ": key `{key}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

/// How input files are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// By extension: `.jsonl`, `.ndjson`, `.json` (optionally `.gz`) are JSON Lines, anything else is
    /// the plain-text layout; stdin is JSON Lines.
    #[default]
    Auto,
    /// One JSON object per line.
    Jsonl,
    /// One article per file: optional `date YYYY-MM-DD <id>` header line, title line, then the body.
    Text,
}

/// What is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    /// One JSON object per input document.
    #[default]
    Jsonl,
    /// One CSV row per record.
    Csv,
}

impl OutputFormat {
    /// `jsonl` or `csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            OutputFormat::Jsonl => "jsonl",
            OutputFormat::Csv => "csv",
        }
    }
}

/// `[input]`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct InputConfig {
    /// How files are read.
    pub format: InputFormat,
    /// JSON field holding the document id (string or number).
    pub id_field: String,
    /// JSON field holding the body text.
    pub text_field: String,
    /// JSON field holding the title.
    pub title_field: String,
    /// JSON field holding the publication date (`YYYY-MM-DD`, or a timestamp starting with one).
    pub date_field: String,
    /// Input fields copied to the output unchanged, in this order.
    pub meta: Vec<String>,
    /// Documents whose text is longer than this (in bytes) become error records.
    pub max_doc_bytes: usize,
}

impl Default for InputConfig {
    fn default() -> Self {
        InputConfig {
            format: InputFormat::Auto,
            id_field: "id".into(),
            text_field: "text".into(),
            title_field: "title".into(),
            date_field: "date".into(),
            meta: Vec::new(),
            max_doc_bytes: 10_000_000,
        }
    }
}

/// `[output]`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OutputConfig {
    /// `jsonl` or `csv` (the command line's `--format` overrides it).
    pub format: OutputFormat,
    /// Write the document's `title`.
    pub title: bool,
    /// Write the document's `date`.
    pub date: bool,
}

impl Default for OutputConfig {
    fn default() -> Self {
        OutputConfig {
            format: OutputFormat::Jsonl,
            title: true,
            date: true,
        }
    }
}

/// `[run]`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RunConfig {
    /// Worker threads; 0 = every core (the command line's `--threads` overrides it).
    pub threads: usize,
    /// Documents per batch (the unit of parallel work and of resume commits).
    pub batch_size: usize,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            threads: 0,
            batch_size: 1000,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct RawConfig {
    input: InputConfig,
    output: OutputConfig,
    run: RunConfig,
    extractors: BTreeMap<String, toml::Table>,
}

/// One `[extractors.<name>]` table.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtractorTable {
    /// `enabled` (default `true` when the table is present).
    pub enabled: bool,
    /// Every other key: the extractor's options.
    pub options: toml::Table,
}

/// A parsed configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// `[input]`.
    pub input: InputConfig,
    /// `[output]`.
    pub output: OutputConfig,
    /// `[run]`.
    pub run: RunConfig,
    /// `[extractors.<name>]`, by name.
    pub extractors: BTreeMap<String, ExtractorTable>,
    origin: String,
    source: String,
}

impl Default for Config {
    /// The embedded default configuration.
    fn default() -> Self {
        Config::from_toml(DEFAULT_CONFIG, "<embedded default>")
            .expect("the embedded default configuration is valid")
    }
}

impl Config {
    /// Reads and parses a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let file = path.display().to_string();
        let source = std::fs::read_to_string(path).map_err(|e| ConfigError {
            file: file.clone(),
            key: None,
            line: None,
            message: format!("cannot read: {e}"),
        })?;
        Config::from_toml(&source, &file)
    }

    /// Parses a configuration; `origin` names it in errors.
    pub fn from_toml(source: &str, origin: &str) -> Result<Config, ConfigError> {
        let de = toml::Deserializer::new(source);
        let raw: RawConfig = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let message = inner.message().to_string();
            let mut key = if path == "." || path.is_empty() {
                None
            } else {
                Some(path)
            };
            if let Some(field) = unknown_field(&message) {
                key = Some(match key {
                    Some(k) if k == field || k.ends_with(&format!(".{field}")) => k,
                    Some(k) => format!("{k}.{field}"),
                    None => field.to_string(),
                });
            }
            let line = inner
                .span()
                .map(|s| line_of(source, s.start))
                .or_else(|| key.as_deref().and_then(|k| find_key_line(source, k)));
            ConfigError {
                file: origin.to_string(),
                key,
                line,
                message,
            }
        })?;
        let mut extractors = BTreeMap::new();
        for (name, mut table) in raw.extractors {
            let enabled = match table.remove("enabled") {
                None => true,
                Some(toml::Value::Boolean(b)) => b,
                Some(other) => {
                    let key = format!("extractors.{name}.enabled");
                    return Err(ConfigError {
                        file: origin.to_string(),
                        line: find_key_line(source, &key),
                        key: Some(key),
                        message: format!("expected a boolean, found {}", other.type_str()),
                    });
                }
            };
            extractors.insert(
                name,
                ExtractorTable {
                    enabled,
                    options: table,
                },
            );
        }
        let config = Config {
            input: raw.input,
            output: raw.output,
            run: raw.run,
            extractors,
            origin: origin.to_string(),
            source: source.to_string(),
        };
        if config.run.batch_size == 0 {
            return Err(config.error_at("run.batch_size", "must be at least 1".into()));
        }
        if config.input.max_doc_bytes == 0 {
            return Err(config.error_at("input.max_doc_bytes", "must be at least 1".into()));
        }
        Ok(config)
    }

    /// Where this configuration came from (a path or `<embedded default>`).
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The TOML text this configuration was parsed from.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// A SHA-256 of the configuration text (hex), used by the resume manifest.
    pub fn fingerprint(&self) -> String {
        hex(&Sha256::digest(self.source.as_bytes()))
    }

    /// An error about `key` in this configuration, with the key's line when it can be found.
    pub fn error_at(&self, key: &str, message: String) -> ConfigError {
        ConfigError {
            file: self.origin.clone(),
            key: Some(key.to_string()),
            line: find_key_line(&self.source, key),
            message,
        }
    }

    /// Deserializes the options of `[extractors.<name>]` into an extractor's options struct; errors name
    /// the full key path.
    pub fn extractor_options<T: serde::de::DeserializeOwned>(
        &self,
        name: &str,
    ) -> Result<T, ConfigError> {
        let table = self
            .extractors
            .get(name)
            .map(|t| t.options.clone())
            .unwrap_or_default();
        serde_path_to_error::deserialize(toml::Value::Table(table)).map_err(|e| {
            let path = e.path().to_string();
            let message = e.inner().message().to_string();
            let mut key = format!("extractors.{name}");
            if path != "." && !path.is_empty() {
                key = format!("{key}.{path}");
            }
            if let Some(field) = unknown_field(&message) {
                if !key.ends_with(&format!(".{field}")) {
                    key = format!("{key}.{field}");
                }
            }
            self.error_at(&key, message)
        })
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// The field named in serde's "unknown field `x`, expected …" message.
fn unknown_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    rest.split('`').next()
}

fn line_of(source: &str, byte: usize) -> usize {
    let byte = byte.min(source.len());
    source.as_bytes()[..byte]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The line where `key` (a dotted path) is set or its table starts, found by a light scan of the TOML
/// text (bare and quoted keys, `[table]` headers, dotted keys).
pub(crate) fn find_key_line(source: &str, key: &str) -> Option<usize> {
    let mut table = String::new();
    let mut best: Option<(usize, usize)> = None; // (matched length, line)
    for (i, raw_line) in source.lines().enumerate() {
        let line = raw_line.trim();
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let path = if let Some(header) = line.strip_prefix('[') {
            let header = header.trim_start_matches('[');
            let end = header.find(']').unwrap_or(header.len());
            table = normalize_key(&header[..end]);
            table.clone()
        } else if let Some(eq) = line.find('=') {
            let k = normalize_key(&line[..eq]);
            if table.is_empty() {
                k
            } else {
                format!("{table}.{k}")
            }
        } else {
            continue;
        };
        if path == key {
            return Some(i + 1);
        }
        if key.starts_with(&path)
            && key.as_bytes().get(path.len()) == Some(&b'.')
            && best.is_none_or(|(len, _)| path.len() > len)
        {
            best = Some((path.len(), i + 1));
        }
    }
    best.map(|(_, line)| line)
}

fn normalize_key(k: &str) -> String {
    k.split('.')
        .map(|part| part.trim().trim_matches('"').trim_matches('\''))
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_config_parses() {
        let c = Config::default();
        assert_eq!(c.input.max_doc_bytes, 10_000_000);
        assert_eq!(c.output.format, OutputFormat::Jsonl);
        for name in ["entities", "organizations", "dates", "quotes"] {
            assert!(c.extractors.contains_key(name), "{name} missing");
        }
    }

    #[test]
    fn unknown_key_names_path_and_line() {
        let src = "[input]\nid_field = \"doc\"\nformt = \"jsonl\"\n";
        let e = Config::from_toml(src, "my.toml").unwrap_err();
        assert_eq!(e.key.as_deref(), Some("input.formt"));
        assert_eq!(e.line, Some(3));
        assert!(
            e.to_string().starts_with("my.toml:3: key `input.formt`"),
            "{e}"
        );
    }

    #[test]
    fn wrong_type_names_path_and_line() {
        let src = "[run]\n\nthreads = \"many\"\n";
        let e = Config::from_toml(src, "c.toml").unwrap_err();
        assert_eq!(e.key.as_deref(), Some("run.threads"));
        assert_eq!(e.line, Some(3));
    }

    #[test]
    fn extractor_enabled_must_be_bool() {
        let src = "[extractors.dates]\n# note\nenabled = 3\n";
        let e = Config::from_toml(src, "c.toml").unwrap_err();
        assert_eq!(e.key.as_deref(), Some("extractors.dates.enabled"));
        assert_eq!(e.line, Some(3));
    }

    #[derive(Debug, Deserialize, Default)]
    #[serde(default, deny_unknown_fields)]
    struct Opts {
        anchor: String,
        window: u32,
    }

    #[test]
    fn extractor_options_errors_name_key_and_line() {
        let src =
            "[extractors.dates]\nenabled = true\nwindow = 3\n\n[extractors.quotes]\nanchor = 1\n";
        let c = Config::from_toml(src, "c.toml").unwrap();
        let o: Opts = c.extractor_options("dates").unwrap();
        assert_eq!(o.window, 3);
        let e = c.extractor_options::<Opts>("quotes").unwrap_err();
        assert_eq!(e.key.as_deref(), Some("extractors.quotes.anchor"));
        assert_eq!(e.line, Some(6));
        let src = "[extractors.dates]\nanchr = \"x\"\n";
        let c = Config::from_toml(src, "c.toml").unwrap();
        let e = c.extractor_options::<Opts>("dates").unwrap_err();
        assert_eq!(e.key.as_deref(), Some("extractors.dates.anchr"));
        assert_eq!(e.line, Some(2));
    }

    #[test]
    fn syntax_error_has_line() {
        let e = Config::from_toml("[input]\nformat = \n", "c.toml").unwrap_err();
        assert_eq!(e.line, Some(2));
    }

    #[test]
    fn fingerprint_follows_text() {
        let a = Config::from_toml("[run]\nthreads = 1\n", "a").unwrap();
        let b = Config::from_toml("[run]\nthreads = 2\n", "a").unwrap();
        assert_ne!(a.fingerprint(), b.fingerprint());
        assert_eq!(a.fingerprint().len(), 64);
    }
}
