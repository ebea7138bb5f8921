//! Annotation records: what extractors return and the runner writes.

use std::borrow::Cow;

use crate::Span;

/// One annotation: a labelled span plus ordered attributes.
///
/// In output a record is written as `{"<label_key>": label, "text", "start", "end", [field], attrs…}`,
/// e.g. `{"type": "PERSON", "text": "Peskov", "start": 10, "end": 16, "canonical": "Dmitry Peskov"}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The key of the label (`"type"` for entities and dates, `"kind"` for quotes).
    pub label_key: &'static str,
    /// The label (`"PERSON"`, `"DATE"`, `"direct"`…).
    pub label: Cow<'static, str>,
    /// Where the record is in the document.
    pub span: Span,
    /// Further attributes, in output order. Absent optional attributes are simply not pushed.
    pub attrs: Vec<(&'static str, Value)>,
}

/// An attribute value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// JSON `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A float (written with full precision; NaN and infinities become `null`).
    Float(f64),
    /// A string.
    Str(Cow<'static, str>),
    /// A mention in the document, written as `{"text", "start", "end", attrs…}` (a quote's speaker or cue).
    Span(Span, Vec<(&'static str, Value)>),
    /// A nested object with ordered keys.
    Object(Vec<(&'static str, Value)>),
    /// A list.
    List(Vec<Value>),
}

impl Value {
    /// A string value.
    pub fn str(s: impl Into<Cow<'static, str>>) -> Value {
        Value::Str(s.into())
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Looks a key up in a [`Value::Object`] or in the attributes of a [`Value::Span`].
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(attrs) | Value::Span(_, attrs) => lookup(attrs, key),
            _ => None,
        }
    }
}

impl From<&'static str> for Value {
    fn from(s: &'static str) -> Self {
        Value::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(Cow::Owned(s))
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}

impl From<f64> for Value {
    fn from(x: f64) -> Self {
        Value::Float(x)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

fn lookup<'v>(attrs: &'v [(&'static str, Value)], key: &str) -> Option<&'v Value> {
    attrs.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
}

impl Record {
    /// A record with a label and a span, no attributes yet.
    pub fn new(label_key: &'static str, label: impl Into<Cow<'static, str>>, span: Span) -> Self {
        Record {
            label_key,
            label: label.into(),
            span,
            attrs: Vec::new(),
        }
    }

    /// Appends an attribute (builder style).
    #[must_use]
    pub fn with(mut self, key: &'static str, value: impl Into<Value>) -> Self {
        self.attrs.push((key, value.into()));
        self
    }

    /// Appends an attribute if it is present.
    #[must_use]
    pub fn with_opt(self, key: &'static str, value: Option<impl Into<Value>>) -> Self {
        match value {
            Some(v) => self.with(key, v),
            None => self,
        }
    }

    /// The attribute named `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        lookup(&self.attrs, key)
    }

    /// The attribute named `key`, if it is a string.
    pub fn get_str(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Value::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_keep_order_and_are_found_by_key() {
        let r = Record::new("type", "PERSON", Span::new(0, 6))
            .with("canonical", "Dmitry Peskov")
            .with_opt("title", None::<&'static str>)
            .with("score", 0.5);
        assert_eq!(r.get_str("canonical"), Some("Dmitry Peskov"));
        assert_eq!(r.get("title"), None);
        assert_eq!(
            r.attrs.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            ["canonical", "score"]
        );
        let speaker = Value::Span(Span::new(0, 2), vec![("canonical", "Dmitry Peskov".into())]);
        assert_eq!(
            speaker.get("canonical").and_then(Value::as_str),
            Some("Dmitry Peskov")
        );
    }
}
