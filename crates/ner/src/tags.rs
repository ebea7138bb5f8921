//! Entity labels, output tags, the internal BILOU tag set with its transition constraints, and
//! conversions between tags and spans (conlleval chunking for IOB1/IOB2).

use std::fmt;

/// An entity type in the CoNLL-2003 scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum Label {
    /// Person.
    Per,
    /// Location (countries, cities, regions, geographic features; national sports teams in CoNLL).
    Loc,
    /// Organisation.
    Org,
    /// Miscellaneous names (nationalities, events, products…).
    Misc,
}

impl Label {
    /// Every label, in tag-id order.
    pub const ALL: [Label; 4] = [Label::Per, Label::Loc, Label::Org, Label::Misc];

    /// "PER", "LOC", "ORG" or "MISC".
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Loc => "LOC",
            Label::Org => "ORG",
            Label::Misc => "MISC",
        }
    }

    /// Parses "PER", "LOC", "ORG", "MISC" (also "PERSON", "LOCATION", "ORGANIZATION").
    pub fn parse(s: &str) -> Option<Label> {
        match s {
            "PER" | "PERSON" => Some(Label::Per),
            "LOC" | "LOCATION" => Some(Label::Loc),
            "ORG" | "ORGANIZATION" => Some(Label::Org),
            "MISC" => Some(Label::Misc),
            _ => None,
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A token's tag in IOB2: outside, beginning or inside an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Outside any entity.
    O,
    /// First token of an entity.
    B(Label),
    /// Later token of an entity.
    I(Label),
}

impl Tag {
    /// The entity label, if inside one.
    pub fn label(self) -> Option<Label> {
        match self {
            Tag::O => None,
            Tag::B(l) | Tag::I(l) => Some(l),
        }
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(l) => write!(f, "B-{l}"),
            Tag::I(l) => write!(f, "I-{l}"),
        }
    }
}

/// Number of internal BILOU tags: O plus B, I, L, U for each of the 4 labels.
pub(crate) const NT: usize = 17;
pub(crate) const O: u8 = 0;

/// Position of a BILOU tag: 0 = O, 1 = B, 2 = I, 3 = L, 4 = U.
#[inline]
pub(crate) fn pos(t: u8) -> u8 {
    if t == 0 {
        0
    } else {
        (t - 1) % 4 + 1
    }
}

/// Label index of a non-O BILOU tag.
#[inline]
pub(crate) fn label_of(t: u8) -> Option<usize> {
    (t != 0).then(|| ((t - 1) / 4) as usize)
}

#[inline]
pub(crate) fn make(label: usize, position: u8) -> u8 {
    1 + label as u8 * 4 + (position - 1)
}

/// May tag `b` follow tag `a`?
pub(crate) fn allowed(a: u8, b: u8) -> bool {
    let (pa, pb) = (pos(a), pos(b));
    match pa {
        1 | 2 => (pb == 2 || pb == 3) && label_of(a) == label_of(b),
        _ => pb == 0 || pb == 1 || pb == 4,
    }
}

/// May a sentence start with tag `t`?
pub(crate) fn allowed_start(t: u8) -> bool {
    matches!(pos(t), 0 | 1 | 4)
}

/// May a sentence end with tag `t`?
pub(crate) fn allowed_end(t: u8) -> bool {
    matches!(pos(t), 0 | 3 | 4)
}

/// An entity span over tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Chunk {
    pub start: usize,
    pub end: usize,
    pub label: usize,
}

/// BILOU tags for chunks over `n` tokens.
pub(crate) fn chunks_to_bilou(chunks: &[Chunk], n: usize) -> Vec<u8> {
    let mut tags = vec![O; n];
    for c in chunks {
        if c.end > n || c.start >= c.end {
            continue;
        }
        if c.end - c.start == 1 {
            tags[c.start] = make(c.label, 4);
        } else {
            tags[c.start] = make(c.label, 1);
            for t in &mut tags[c.start + 1..c.end - 1] {
                *t = make(c.label, 2);
            }
            tags[c.end - 1] = make(c.label, 3);
        }
    }
    tags
}

/// Chunks of a BILOU tag sequence (tolerant of invalid sequences).
pub(crate) fn bilou_to_chunks(tags: &[u8]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let l = label_of(t);
        match pos(t) {
            0 => {
                if let Some((s, lab)) = open.take() {
                    out.push(Chunk {
                        start: s,
                        end: i,
                        label: lab,
                    });
                }
            }
            1 | 4 => {
                if let Some((s, lab)) = open.take() {
                    out.push(Chunk {
                        start: s,
                        end: i,
                        label: lab,
                    });
                }
                open = Some((i, l.unwrap_or(0)));
            }
            _ => match open {
                Some((_, lab)) if Some(lab) == l => {}
                _ => {
                    if let Some((s, lab)) = open.take() {
                        out.push(Chunk {
                            start: s,
                            end: i,
                            label: lab,
                        });
                    }
                    open = Some((i, l.unwrap_or(0)));
                }
            },
        }
        if matches!(pos(t), 3 | 4) {
            if let Some((s, lab)) = open.take() {
                out.push(Chunk {
                    start: s,
                    end: i + 1,
                    label: lab,
                });
            }
        }
    }
    if let Some((s, lab)) = open {
        out.push(Chunk {
            start: s,
            end: tags.len(),
            label: lab,
        });
    }
    out
}

/// conlleval chunking of IOB1/IOB2 string tags ("O", "B-PER", "I-LOC"); unknown types are kept by name.
pub(crate) fn iob_chunks(tags: &[&str]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, t) in tags.iter().enumerate() {
        let (prefix, ty) = match t.split_once('-') {
            Some((p, ty)) if !ty.is_empty() => (p, ty),
            _ => ("O", ""),
        };
        let starts = match prefix {
            "B" | "S" | "U" => true,
            "I" | "E" | "L" => !matches!(open, Some((_, o)) if o == ty),
            _ => false,
        };
        if prefix == "O" || starts {
            if let Some((s, o)) = open.take() {
                out.push((s, i, o.to_string()));
            }
        }
        if starts {
            open = Some((i, ty));
        }
    }
    if let Some((s, o)) = open {
        out.push((s, tags.len(), o.to_string()));
    }
    out
}

/// IOB2 tags from BILOU tags.
pub(crate) fn bilou_to_tags(tags: &[u8]) -> Vec<Tag> {
    let mut out = vec![Tag::O; tags.len()];
    for c in bilou_to_chunks(tags) {
        let l = Label::ALL[c.label.min(3)];
        out[c.start] = Tag::B(l);
        for t in &mut out[c.start + 1..c.end] {
            *t = Tag::I(l);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob1_chunks_like_conlleval() {
        let tags = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG"];
        let c = iob_chunks(&tags);
        assert_eq!(
            c,
            vec![
                (0, 2, "PER".to_string()),
                (2, 3, "PER".to_string()),
                (4, 5, "LOC".to_string()),
                (5, 7, "ORG".to_string())
            ]
        );
    }

    #[test]
    fn bilou_round_trip_and_constraints() {
        let chunks = vec![
            Chunk {
                start: 0,
                end: 2,
                label: 0,
            },
            Chunk {
                start: 3,
                end: 4,
                label: 1,
            },
            Chunk {
                start: 4,
                end: 7,
                label: 2,
            },
        ];
        let tags = chunks_to_bilou(&chunks, 8);
        assert_eq!(bilou_to_chunks(&tags), chunks);
        for w in tags.windows(2) {
            assert!(allowed(w[0], w[1]));
        }
        assert!(allowed_start(tags[0]) && allowed_end(tags[7]));
        assert!(!allowed(make(0, 1), make(1, 2)));
        assert!(!allowed(O, make(0, 2)));
    }
}
