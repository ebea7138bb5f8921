//! Writers: one JSON line per document (written directly, no intermediate JSON trees) or CSV rows per
//! record. Byte spans become Unicode code-point offsets.

use std::io::Write;

use newsx_core::{Document, Field, OffsetMap, Output, Record, Span, Value};

use crate::config::{OutputConfig, OutputFormat};
use crate::input::DocError;

/// The CSV header (one row per record).
pub const CSV_HEADER: &[&str] = &[
    "doc_id",
    "extractor",
    "type",
    "kind",
    "text",
    "start",
    "end",
    "canonical",
    "value",
    "speaker",
    "speaker_canonical",
    "cue",
    "field",
];

/// Bytes that must be escaped inside a JSON string: control characters, `"` and `\\`.
static NEEDS_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        table[i] = true;
        i += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// Appends `s` as a JSON string (quoted, escaped) to `out`.
pub fn write_json_str(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(s.len() + 2);
    out.push(b'"');
    let mut rest = s.as_bytes();
    while let Some(i) = rest.iter().position(|&b| NEEDS_ESCAPE[b as usize]) {
        out.extend_from_slice(&rest[..i]);
        let b = rest[i];
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => {
                out.extend_from_slice(b"\\u00");
                out.push(HEX[(b >> 4) as usize]);
                out.push(HEX[(b & 0xf) as usize]);
            }
        }
        rest = &rest[i + 1..];
    }
    out.extend_from_slice(rest);
    out.push(b'"');
}

fn write_u64(out: &mut Vec<u8>, n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

fn key(out: &mut Vec<u8>, first: &mut bool, k: &str) {
    if !*first {
        out.push(b',');
    }
    *first = false;
    write_json_str(out, k);
    out.push(b':');
}

/// Byte → code-point offsets of a document's text and title, built on first use.
struct Offsets<'d> {
    doc: &'d Document,
    text: Option<OffsetMap<'d>>,
    title: Option<OffsetMap<'d>>,
}

impl<'d> Offsets<'d> {
    fn new(doc: &'d Document) -> Self {
        Offsets {
            doc,
            text: None,
            title: None,
        }
    }

    fn field(&self, field: Field) -> &'d str {
        match field {
            Field::Text => &self.doc.text,
            Field::Title => self.doc.title.as_deref().unwrap_or(""),
        }
    }

    fn map(&mut self, field: Field) -> &OffsetMap<'d> {
        let doc = self.doc;
        match field {
            Field::Text => self.text.get_or_insert_with(|| OffsetMap::new(&doc.text)),
            Field::Title => self
                .title
                .get_or_insert_with(|| OffsetMap::new(doc.title.as_deref().unwrap_or(""))),
        }
    }
}

/// A span that does not fit its field (out of range or not on a char boundary): a bug in an extractor,
/// reported as that document's error.
#[derive(Debug)]
pub struct InvalidSpan {
    /// The extractor.
    pub extractor: &'static str,
    /// The span.
    pub span: Span,
}

impl std::fmt::Display for InvalidSpan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: span {}..{} does not fit the document's {}",
            self.extractor,
            self.span.start,
            self.span.end,
            self.span.field.as_str()
        )
    }
}

fn check_spans(name: &'static str, out: &Output, doc: &Document) -> Result<(), InvalidSpan> {
    fn ok(span: &Span, doc: &Document) -> bool {
        let s = match span.field {
            Field::Text => doc.text.as_str(),
            Field::Title => match doc.title.as_deref() {
                Some(t) => t,
                None => return false,
            },
        };
        span.start <= span.end && s.get(span.start..span.end).is_some()
    }
    fn check_value(name: &'static str, v: &Value, doc: &Document) -> Result<(), InvalidSpan> {
        match v {
            Value::Span(span, attrs) => {
                if !ok(span, doc) {
                    return Err(InvalidSpan {
                        extractor: name,
                        span: *span,
                    });
                }
                attrs
                    .iter()
                    .try_for_each(|(_, v)| check_value(name, v, doc))
            }
            Value::Object(attrs) => attrs
                .iter()
                .try_for_each(|(_, v)| check_value(name, v, doc)),
            Value::List(items) => items.iter().try_for_each(|v| check_value(name, v, doc)),
            _ => Ok(()),
        }
    }
    for r in &out.records {
        if !ok(&r.span, doc) {
            return Err(InvalidSpan {
                extractor: name,
                span: r.span,
            });
        }
        r.attrs
            .iter()
            .try_for_each(|(_, v)| check_value(name, v, doc))?;
    }
    Ok(())
}

/// Serializes documents and error records in one output format.
#[derive(Debug, Clone)]
pub struct Serializer {
    format: OutputFormat,
    config: OutputConfig,
    meta: Vec<String>,
}

impl Serializer {
    /// A serializer for `format`, with `[output]` settings and the `meta` fields to copy.
    pub fn new(format: OutputFormat, config: &OutputConfig, meta: &[String]) -> Self {
        Serializer {
            format,
            config: config.clone(),
            meta: meta.to_vec(),
        }
    }

    /// The output format.
    pub fn format(&self) -> OutputFormat {
        self.format
    }

    /// Bytes written once at the start of the output (the CSV header).
    pub fn header(&self) -> Vec<u8> {
        match self.format {
            OutputFormat::Jsonl => Vec::new(),
            OutputFormat::Csv => {
                let mut w = csv::Writer::from_writer(Vec::new());
                let _ = w.write_record(CSV_HEADER);
                w.into_inner().unwrap_or_default()
            }
        }
    }

    /// Appends one document's output. Invalid spans (extractor bugs) are reported and nothing is written.
    pub fn document(
        &self,
        doc: &Document,
        outputs: &[(&'static str, Output)],
        out: &mut Vec<u8>,
    ) -> Result<(), InvalidSpan> {
        for (name, o) in outputs {
            check_spans(name, o, doc)?;
        }
        match self.format {
            OutputFormat::Jsonl => self.jsonl(doc, outputs, out),
            OutputFormat::Csv => self.csv(doc, outputs, out),
        }
        Ok(())
    }

    /// Appends an error record in place of a document.
    pub fn error(
        &self,
        id: Option<&str>,
        source: &str,
        kind: &str,
        message: &str,
        out: &mut Vec<u8>,
    ) {
        match self.format {
            OutputFormat::Jsonl => {
                out.extend_from_slice(b"{\"id\":");
                match id {
                    Some(id) => write_json_str(out, id),
                    None => out.extend_from_slice(b"null"),
                }
                out.extend_from_slice(b",\"source\":");
                write_json_str(out, source);
                out.extend_from_slice(b",\"error\":{\"kind\":");
                write_json_str(out, kind);
                out.extend_from_slice(b",\"message\":");
                write_json_str(out, message);
                out.extend_from_slice(b"}}\n");
            }
            OutputFormat::Csv => {
                let mut w = csv_writer(out);
                let _ = w.write_record(
                    [id.unwrap_or(source), "error", kind, "", message]
                        .iter()
                        .copied()
                        .chain(std::iter::repeat_n("", CSV_HEADER.len() - 5)),
                );
                let _ = w.flush();
            }
        }
    }

    /// Appends the error record of a [`DocError`].
    pub fn doc_error(&self, e: &DocError, source: &str, out: &mut Vec<u8>) {
        self.error(e.id.as_deref(), source, e.kind, &e.message, out);
    }

    fn jsonl(&self, doc: &Document, outputs: &[(&'static str, Output)], out: &mut Vec<u8>) {
        let mut offsets = Offsets::new(doc);
        let mut first = true;
        out.push(b'{');
        key(out, &mut first, "id");
        write_json_str(out, &doc.id);
        if self.config.date {
            key(out, &mut first, "date");
            match doc.date {
                Some(d) => {
                    let _ = write!(out, "\"{d}\"");
                }
                None => out.extend_from_slice(b"null"),
            }
        }
        if self.config.title {
            key(out, &mut first, "title");
            match &doc.title {
                Some(t) => write_json_str(out, t),
                None => out.extend_from_slice(b"null"),
            }
        }
        for m in &self.meta {
            if let Some(v) = doc.meta.get(m) {
                key(out, &mut first, m);
                let _ = serde_json::to_writer(&mut *out, v);
            }
        }
        for (name, o) in outputs {
            key(out, &mut first, name);
            out.push(b'[');
            for (i, r) in o.records.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_record(out, r, &mut offsets);
            }
            out.push(b']');
        }
        let warnings = outputs
            .iter()
            .flat_map(|(n, o)| o.warnings.iter().map(move |w| (n, w)));
        let mut any = false;
        for (name, w) in warnings {
            if !any {
                key(out, &mut first, "warnings");
                out.push(b'[');
                any = true;
            } else {
                out.push(b',');
            }
            write_json_str(out, &format!("{name}: {w}"));
        }
        if any {
            out.push(b']');
        }
        out.extend_from_slice(b"}\n");
    }

    fn csv(&self, doc: &Document, outputs: &[(&'static str, Output)], out: &mut Vec<u8>) {
        let mut offsets = Offsets::new(doc);
        let mut w = csv_writer(out);
        let num = |n: usize| n.to_string();
        for (name, o) in outputs {
            for r in &o.records {
                let field = r.span.field;
                let text = offsets.field(field);
                let map = offsets.map(field);
                let (start, end) = (map.char_offset(r.span.start), map.char_offset(r.span.end));
                let label_or = |k: &str| -> String {
                    if r.label_key == k {
                        r.label.to_string()
                    } else {
                        r.get(k).map(plain).unwrap_or_default()
                    }
                };
                let span_text = |k: &str| -> String {
                    match r.get(k) {
                        Some(Value::Span(s, _)) => {
                            offsets.field(s.field)[s.start..s.end].to_string()
                        }
                        Some(v) => plain(v),
                        None => String::new(),
                    }
                };
                let speaker_canonical = match r.get("speaker") {
                    Some(v) => v.get("canonical").map(plain).unwrap_or_default(),
                    None => String::new(),
                };
                let row = [
                    doc.id.clone(),
                    name.to_string(),
                    label_or("type"),
                    label_or("kind"),
                    text[r.span.start..r.span.end].to_string(),
                    num(start),
                    num(end),
                    r.get("canonical").map(plain).unwrap_or_default(),
                    r.get("value").map(plain).unwrap_or_default(),
                    span_text("speaker"),
                    speaker_canonical,
                    span_text("cue"),
                    field.as_str().to_string(),
                ];
                let _ = w.write_record(&row);
            }
        }
        let _ = w.flush();
    }
}

fn csv_writer(out: &mut Vec<u8>) -> csv::Writer<&mut Vec<u8>> {
    csv::WriterBuilder::new()
        .buffer_capacity(1024)
        .from_writer(out)
}

/// A value as plain text for CSV cells: strings as is, everything else as JSON.
fn plain(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Null => String::new(),
        Value::Span(..) => String::new(),
        other => {
            let mut buf = Vec::new();
            write_value(&mut buf, other, None);
            String::from_utf8(buf).unwrap_or_default()
        }
    }
}

fn write_span(out: &mut Vec<u8>, span: &Span, offsets: &mut Offsets<'_>, first: &mut bool) {
    let text = offsets.field(span.field);
    key(out, first, "text");
    write_json_str(out, &text[span.start..span.end]);
    let map = offsets.map(span.field);
    let (start, end) = (map.char_offset(span.start), map.char_offset(span.end));
    key(out, first, "start");
    write_u64(out, start as u64);
    key(out, first, "end");
    write_u64(out, end as u64);
    if span.field == Field::Title {
        key(out, first, "field");
        out.extend_from_slice(b"\"title\"");
    }
}

fn write_record(out: &mut Vec<u8>, r: &Record, offsets: &mut Offsets<'_>) {
    let mut first = true;
    out.push(b'{');
    key(out, &mut first, r.label_key);
    write_json_str(out, &r.label);
    write_span(out, &r.span, offsets, &mut first);
    for (k, v) in &r.attrs {
        key(out, &mut first, k);
        write_value(out, v, Some(offsets));
    }
    out.push(b'}');
}

fn write_value(out: &mut Vec<u8>, v: &Value, mut offsets: Option<&mut Offsets<'_>>) {
    match v {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Int(n) => {
            if *n < 0 {
                out.push(b'-');
            }
            write_u64(out, n.unsigned_abs());
        }
        Value::Float(x) if x.is_finite() => {
            let _ = write!(out, "{x:?}");
        }
        Value::Float(_) => out.extend_from_slice(b"null"),
        Value::Str(s) => write_json_str(out, s),
        Value::Span(span, attrs) => {
            let mut first = true;
            out.push(b'{');
            match offsets.as_deref_mut() {
                Some(o) => write_span(out, span, o, &mut first),
                None => {
                    key(out, &mut first, "start");
                    write_u64(out, span.start as u64);
                    key(out, &mut first, "end");
                    write_u64(out, span.end as u64);
                }
            }
            for (k, v) in attrs {
                key(out, &mut first, k);
                write_value(out, v, offsets.as_deref_mut());
            }
            out.push(b'}');
        }
        Value::Object(attrs) => {
            let mut first = true;
            out.push(b'{');
            for (k, v) in attrs {
                key(out, &mut first, k);
                write_value(out, v, offsets.as_deref_mut());
            }
            out.push(b'}');
        }
        Value::List(items) => {
            out.push(b'[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_value(out, v, offsets.as_deref_mut());
            }
            out.push(b']');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn json_strings_round_trip() {
        for s in [
            "",
            "plain",
            "q\"b\\s/",
            "\n\r\t\u{0}\u{1f}\u{7f}",
            "é “x” 😀 \u{2028}",
        ] {
            let mut out = Vec::new();
            write_json_str(&mut out, s);
            let back: String = serde_json::from_slice(&out).unwrap();
            assert_eq!(back, s);
        }
    }

    #[test]
    fn values_are_valid_json() {
        let v = Value::Object(vec![
            ("a", Value::Int(-42)),
            ("b", Value::Float(0.1)),
            ("c", Value::Float(f64::NAN)),
            (
                "d",
                Value::List(vec![Value::Bool(true), Value::Null, "x".into()]),
            ),
        ]);
        let mut out = Vec::new();
        write_value(&mut out, &v, None);
        let j: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(
            j,
            serde_json::json!({"a": -42, "b": 0.1, "c": null, "d": [true, null, "x"]})
        );
    }

    #[test]
    fn document_lines_have_the_contract_keys() {
        let mut doc = Document::new("7", "Élan “Putin” said.").with_title("Putin’s day");
        doc.meta.insert("url".into(), "http://x".into());
        let text_start = doc.text.find('P').unwrap();
        let title_end = doc.title.as_ref().unwrap().find('’').unwrap();
        let rec = Record::new("kind", "direct", Span::new(text_start, text_start + 5)).with(
            "speaker",
            Value::Span(
                Span::in_field(Field::Title, 0, title_end),
                vec![("canonical", "Vladimir Putin".into())],
            ),
        );
        let mut out = Output::new(vec![rec]);
        out.warnings.push("odd".into());
        let s = Serializer::new(
            OutputFormat::Jsonl,
            &OutputConfig::default(),
            &["url".into(), "missing".into()],
        );
        let mut buf = Vec::new();
        s.document(&doc, &[("quotes", out)], &mut buf).unwrap();
        assert!(buf.ends_with(b"}\n"));
        let line = std::str::from_utf8(&buf).unwrap();
        assert!(
            line.starts_with(
                r#"{"id":"7","date":null,"title":"Putin’s day","url":"http://x","quotes":"#
            ),
            "{line}"
        );
        let j: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(
            j["quotes"][0],
            serde_json::json!({"kind": "direct", "text": "Putin", "start": 6, "end": 11,
                "speaker": {"text": "Putin", "start": 0, "end": 5, "field": "title", "canonical": "Vladimir Putin"}})
        );
        assert_eq!(j["warnings"], serde_json::json!(["quotes: odd"]));
    }

    #[test]
    fn invalid_spans_are_reported() {
        let doc = Document::new("1", "é");
        let s = Serializer::new(OutputFormat::Jsonl, &OutputConfig::default(), &[]);
        let mut buf = Vec::new();
        for span in [
            Span::new(0, 1),
            Span::new(0, 9),
            Span::in_field(Field::Title, 0, 0),
        ] {
            let out = Output::new(vec![Record::new("type", "X", span)]);
            assert!(s.document(&doc, &[("x", out)], &mut buf).is_err());
        }
        assert!(buf.is_empty());
    }

    #[test]
    fn error_records() {
        let s = Serializer::new(OutputFormat::Jsonl, &OutputConfig::default(), &[]);
        let mut buf = Vec::new();
        s.error(None, "a.jsonl:3", "malformed_json", "bad \"x\"", &mut buf);
        let j: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(
            j,
            serde_json::json!({"id": null, "source": "a.jsonl:3",
            "error": {"kind": "malformed_json", "message": "bad \"x\""}})
        );
    }

    /// Returns fixed records whatever the document (the property test's extractor).
    struct Fixed(Vec<Record>);

    impl newsx_core::Extractor for Fixed {
        fn name(&self) -> &'static str {
            "x"
        }
        fn extract(
            &self,
            _: &newsx_core::AnalyzedDocument<'_>,
            _: &newsx_core::Outputs,
        ) -> Result<Output, newsx_core::ExtractError> {
            Ok(Output::new(self.0.clone()))
        }
    }

    proptest! {
        /// For arbitrary Unicode text and title, every emitted start/end (records and nested spans, through
        /// the pipeline and the JSONL writer) is a code-point offset whose slice of the field is the
        /// record's text (Python's `text[start:end]`).
        #[test]
        fn offsets_are_code_points(
            text in "\\PC{0,200}",
            title in "\\PC{0,40}",
            cuts in proptest::collection::vec((any::<bool>(), any::<prop::sample::Index>(), any::<prop::sample::Index>()), 0..8),
        ) {
            let bounds = |s: &str| -> Vec<usize> { s.char_indices().map(|(i, _)| i).chain([s.len()]).collect() };
            let (text_bounds, title_bounds) = (bounds(&text), bounds(&title));
            let mut records = Vec::new();
            for (in_title, a, b) in cuts {
                let (field, bounds) = if in_title { (Field::Title, &title_bounds) } else { (Field::Text, &text_bounds) };
                let (a, b) = (*a.get(bounds), *b.get(bounds));
                let span = Span::in_field(field, a.min(b), a.max(b));
                records.push(Record::new("type", "X", span).with("cue", Value::Span(span, vec![])));
            }
            let doc = Document::new("p", text.clone()).with_title(title.clone());
            let pipeline = crate::Pipeline::from_extractors(vec![Box::new(Fixed(records))]).unwrap();
            let outputs = pipeline.process(&doc).unwrap();
            let s = Serializer::new(OutputFormat::Jsonl, &OutputConfig::default(), &[]);
            let mut buf = Vec::new();
            s.document(&doc, &outputs, &mut buf).unwrap();
            let j: serde_json::Value = serde_json::from_slice(&buf).unwrap();
            let (text_chars, title_chars): (Vec<char>, Vec<char>) = (text.chars().collect(), title.chars().collect());
            let mut last = (false, 0);
            for r in j["x"].as_array().unwrap() {
                for obj in [r, &r["cue"]] {
                    let in_title = obj.get("field").is_some_and(|f| f == "title");
                    let chars = if in_title { &title_chars } else { &text_chars };
                    let (st, en) = (obj["start"].as_u64().unwrap() as usize, obj["end"].as_u64().unwrap() as usize);
                    let slice: String = chars[st..en].iter().collect();
                    prop_assert_eq!(slice.as_str(), obj["text"].as_str().unwrap());
                }
                // Sorted by (field, start).
                let key = (r.get("field").is_some(), r["start"].as_u64().unwrap());
                prop_assert!(key >= last);
                last = key;
            }
        }
    }
}
