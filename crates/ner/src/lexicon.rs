//! The tagger's lexical resources, stored inside the model file: gazetteer phrases (GeoNames places,
//! Census/SSA names, hand-written titles, organisation words and nationalities), word clusters learned
//! from unlabelled news, and how often each word is capitalised mid-sentence in that news.

use crate::hash::{fmix, hash_lower, mix, HashKeyed, Reader, Writer};
use crate::NerError;

/// Gazetteer categories (bit numbers).
pub(crate) mod cat {
    pub const COUNTRY: u16 = 0;
    pub const CITY: u16 = 1;
    pub const BIG_CITY: u16 = 2;
    pub const REGION: u16 = 3;
    pub const FIRST: u16 = 4;
    pub const SURNAME: u16 = 5;
    pub const TITLE: u16 = 6;
    pub const ORG_WORD: u16 = 7;
    pub const LEGAL: u16 = 8;
    pub const DEMONYM: u16 = 9;
    pub const TOP_SURNAME: u16 = 10;
    pub const TOP_FIRST: u16 = 11;
    pub const COUNT: u16 = 12;
}

/// Set on a phrase-map entry when a longer phrase continues it.
const PREFIX: u16 = 1 << 15;
const SEQ_SEED: u64 = 0x2545_f491_4f6c_dd1d;
/// Longest gazetteer phrase, in tokens.
pub(crate) const MAX_PHRASE: usize = 6;

/// Gazetteer, clusters and capitalisation statistics.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    /// Phrase hash (lower-cased tokens) → category bits | PREFIX.
    pub(crate) phrases: HashKeyed<u16>,
    /// Exact word hash → packed cluster path (`len << 24 | path`).
    pub(crate) clusters: HashKeyed<u32>,
    /// Lower-cased word hash → packed cluster path of its most frequent spelling.
    pub(crate) clusters_lower: HashKeyed<u32>,
    /// Lower-cased word hash → capitalisation bucket 1..=5 (5 = nearly always capitalised mid-sentence).
    pub(crate) capitalised: HashKeyed<u8>,
}

/// Streaming phrase hash: start with [`phrase_start`], then [`phrase_push`] each token's lower hash.
#[inline]
pub(crate) fn phrase_start() -> u64 {
    SEQ_SEED
}

#[inline]
pub(crate) fn phrase_push(state: u64, lower: u64) -> u64 {
    mix(state, lower)
}

impl Lexicon {
    /// Adds a phrase (already split into tokens) to a category.
    pub(crate) fn add_phrase(&mut self, tokens: &[&str], category: u16) {
        if tokens.is_empty() || tokens.len() > MAX_PHRASE {
            return;
        }
        let mut state = phrase_start();
        for (k, t) in tokens.iter().enumerate() {
            state = phrase_push(state, hash_lower(t));
            let e = self.phrases.entry(fmix(state)).or_insert(0);
            if k + 1 == tokens.len() {
                *e |= 1 << category;
            } else {
                *e |= PREFIX;
            }
        }
    }

    /// Marks gazetteer matches over a sentence given each token's lower-case hash: bit
    /// `category * 4 + position` (position 0 = begin, 1 = inside, 2 = last, 3 = unit) of `out[i]`.
    pub(crate) fn match_phrases(&self, lower: &[u64], out: &mut [u64]) {
        for i in 0..lower.len() {
            let mut state = phrase_start();
            for j in i..lower.len().min(i + MAX_PHRASE) {
                state = phrase_push(state, lower[j]);
                let Some(&v) = self.phrases.get(&fmix(state)) else {
                    break;
                };
                let cats = v & !PREFIX;
                if cats != 0 {
                    for c in 0..cat::COUNT {
                        if cats & (1 << c) == 0 {
                            continue;
                        }
                        let base = c as u32 * 4;
                        if i == j {
                            out[i] |= 1 << (base + 3);
                        } else {
                            out[i] |= 1 << base;
                            for o in out.iter_mut().take(j).skip(i + 1) {
                                *o |= 1 << (base + 1);
                            }
                            out[j] |= 1 << (base + 2);
                        }
                    }
                }
                if v & PREFIX == 0 {
                    break;
                }
            }
        }
    }

    /// Category bits of a single-token phrase.
    pub(crate) fn word_categories(&self, word: &str) -> u16 {
        let state = phrase_push(phrase_start(), hash_lower(word));
        self.phrases.get(&fmix(state)).map_or(0, |v| v & !PREFIX)
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        write_map(w, &self.phrases, |w, v| w.u32(v as u32));
        write_map(w, &self.clusters, |w, v| w.u32(v));
        write_map(w, &self.clusters_lower, |w, v| w.u32(v));
        write_map(w, &self.capitalised, |w, v| w.u32(v as u32));
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Self, NerError> {
        Ok(Lexicon {
            phrases: read_map(r, |x| x as u16)?,
            clusters: read_map(r, |x| x)?,
            clusters_lower: read_map(r, |x| x)?,
            capitalised: read_map(r, |x| x as u8)?,
        })
    }
}

fn write_map<V: Copy>(w: &mut Writer, m: &HashKeyed<V>, put: impl Fn(&mut Writer, V)) {
    let mut entries: Vec<(u64, V)> = m.iter().map(|(k, v)| (*k, *v)).collect();
    entries.sort_unstable_by_key(|e| e.0);
    w.u64(entries.len() as u64);
    for (k, v) in entries {
        w.u64(k);
        put(w, v);
    }
}

fn read_map<V>(r: &mut Reader<'_>, conv: impl Fn(u32) -> V) -> Result<HashKeyed<V>, NerError> {
    let n = r.u64()? as usize;
    if n > 50_000_000 {
        return Err(NerError::Model("implausible table size"));
    }
    // Each entry takes 12 bytes: never reserve more than the input can hold.
    let mut m = HashKeyed::with_capacity_and_hasher(n.min(r.remaining() / 12), Default::default());
    for _ in 0..n {
        let k = r.u64()?;
        let v = r.u32()?;
        m.insert(k, conv(v));
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_with_positions() {
        let mut lex = Lexicon::default();
        lex.add_phrase(&["New", "York"], cat::CITY);
        lex.add_phrase(&["York"], cat::CITY);
        let words = ["in", "NEW", "York", "today"];
        let lower: Vec<u64> = words.iter().map(|w| hash_lower(w)).collect();
        let mut out = vec![0u64; 4];
        lex.match_phrases(&lower, &mut out);
        let base = cat::CITY as u32 * 4;
        assert_eq!(out[0], 0);
        assert_eq!(out[1], 1 << base);
        assert_eq!(out[2], (1 << (base + 2)) | (1 << (base + 3)));
        assert_eq!(out[3], 0);
        assert_eq!(lex.word_categories("york"), 1 << cat::CITY);
    }
}
