//! Feature extraction. Every token is described once ([`Tok`]: hashes of its forms, shape, affixes,
//! cluster path, gazetteer matches, capitalisation evidence); features are then 64-bit hashes of
//! (template, value) pairs over a ±2 window, computed without allocating per token.
//!
//! Sentences written in ALL CAPS or Title Case ("caps mode": headlines, tables) get case-blind word
//! and shape features, so that they look the same whichever way the headline was capitalised.

use std::ops::Range;

use crate::hash::{fmix, hash_exact, hash_lower, hash_title, mix, HashKeyed, SEED};
use crate::lexicon::Lexicon;
use crate::tags::{self, bilou_to_chunks, NT};

const F_CAP: u8 = 1;
const F_ALLCAPS: u8 = 2;
const F_ALPHA: u8 = 4;
const F_INIT: u8 = 8;
const F_CAPSMODE: u8 = 16;
const F_TABLE: u8 = 32;
const F_SHORT: u8 = 64;

/// Everything the features need to know about one token.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Tok {
    pub word: u64,
    pub lower: u64,
    pub shape: u64,
    pub pre: [u64; 4],
    pub suf: [u64; 4],
    pub cluster: u32,
    pub capr: u8,
    pub doccase: u8,
    pub flags: u8,
    pub gaz: u64,
}

impl Tok {
    fn boundary(which: u64) -> Tok {
        Tok {
            word: which,
            lower: which,
            shape: which,
            cluster: 0,
            ..Tok::default()
        }
    }
    #[inline]
    pub(crate) fn is_cap(&self) -> bool {
        self.flags & F_CAP != 0
    }
    #[inline]
    pub(crate) fn is_alpha(&self) -> bool {
        self.flags & F_ALPHA != 0
    }
    #[inline]
    pub(crate) fn caps_mode(&self) -> bool {
        self.flags & F_CAPSMODE != 0
    }
    #[inline]
    pub(crate) fn sentence_initial(&self) -> bool {
        self.flags & F_INIT != 0
    }
}

const BOS: u64 = 0x1111_2222_3333_4444;
const EOS: u64 = 0x5555_6666_7777_8888;
const CAPS_SALT: u64 = 0x0bad_cafe_f00d_d00d;

/// Cluster path prefix of length `len` (0 when the word has no cluster).
#[inline]
fn cluster_prefix(packed: u32, len: u32) -> u64 {
    if packed == 0 {
        return 0;
    }
    let full = packed >> 24;
    let path = packed & 0x00ff_ffff;
    let l = len.min(full);
    let p = if l == 0 { 0 } else { path >> (full - l) };
    ((l as u64) << 32) | p as u64 | 1 << 40
}

/// Case-sensitive or case-blind shape hash: runs of X (upper), x (lower), d (digit), other chars as is.
fn shape_hash(s: &str, case_blind: bool) -> u64 {
    let mut h = SEED;
    let mut last = '\0';
    let mut n = 0;
    for c in s.chars() {
        let k = if c.is_uppercase() {
            if case_blind {
                'a'
            } else {
                'X'
            }
        } else if c.is_alphabetic() {
            if case_blind {
                'a'
            } else {
                'x'
            }
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if k != last {
            h = mix(h, k as u64);
            last = k;
            n += 1;
            if n > 8 {
                break;
            }
        }
    }
    fmix(h ^ case_blind as u64)
}

/// Per-document token descriptions.
#[derive(Debug, Default)]
pub(crate) struct DocToks {
    pub toks: Vec<Tok>,
}

/// Describes every token of a document (`sents` are ranges into `words`).
pub(crate) fn describe(lex: &Lexicon, words: &[&str], sents: &[Range<usize>]) -> DocToks {
    let n = words.len();
    let mut toks = vec![Tok::default(); n];
    let mut scratch: Vec<char> = Vec::with_capacity(32);
    // Pass 1: case-independent forms and flags.
    for (i, w) in words.iter().enumerate() {
        let t = &mut toks[i];
        t.lower = hash_lower(w);
        let mut chars = w.chars();
        let first = chars.next();
        let alpha = first.is_some_and(char::is_alphabetic);
        let has_lower = w.chars().any(char::is_lowercase);
        let has_upper = w.chars().any(char::is_uppercase);
        if alpha {
            t.flags |= F_ALPHA;
        }
        if first.is_some_and(char::is_uppercase) {
            t.flags |= F_CAP;
        }
        if has_upper && !has_lower {
            t.flags |= F_ALLCAPS;
        }
        t.capr = lex.capitalised.get(&t.lower).copied().unwrap_or(0);
        scratch.clear();
        for c in w.chars() {
            if c.is_ascii() {
                scratch.push(c.to_ascii_lowercase());
            } else {
                scratch.extend(c.to_lowercase());
            }
        }
        let len = scratch.len();
        for k in 0..4 {
            if len > k + 1 {
                let mut hp = SEED ^ 0x70;
                for &c in &scratch[..=k] {
                    hp = mix(hp, c as u64);
                }
                t.pre[k] = fmix(hp);
                let mut hs = SEED ^ 0x73;
                for &c in &scratch[len - k - 1..] {
                    hs = mix(hs, c as u64);
                }
                t.suf[k] = fmix(hs);
            }
        }
    }
    // Pass 2: caps mode per sentence.
    let mut caps_sent = vec![false; sents.len()];
    for (si, r) in sents.iter().enumerate() {
        let r = r.start.min(n)..r.end.min(n);
        let (mut alpha, mut upper, mut common, mut common_cap) = (0, 0, 0, 0);
        for i in r.clone() {
            let t = &toks[i];
            if !t.is_alpha() {
                continue;
            }
            if words[i].chars().count() >= 2 {
                alpha += 1;
                if t.flags & F_ALLCAPS != 0 {
                    upper += 1;
                }
            }
            // Style guides keep short function words lower-case in Title Case headlines.
            if i > r.start && (1..=2).contains(&t.capr) && words[i].len() >= 4 {
                common += 1;
                if t.is_cap() {
                    common_cap += 1;
                }
            }
        }
        let all_caps = alpha >= 2 && upper * 4 >= alpha * 3;
        // Headlines do not end with a full stop; running text full of names does.
        let ends_like_prose = r.end > r.start && matches!(words[r.end - 1], "." | "?" | "!");
        let title_case = common >= 2 && common_cap * 4 >= common * 3 && !ends_like_prose;
        caps_sent[si] = all_caps || title_case;
        let numbers = r
            .clone()
            .filter(|&i| words[i].chars().next().is_some_and(|c| c.is_ascii_digit()))
            .count();
        let lowercase = r
            .clone()
            .filter(|&i| words[i].chars().next().is_some_and(char::is_lowercase))
            .count();
        let table = numbers >= 2 && lowercase * 3 <= r.len();
        let short = r.len() <= 4;
        for i in r.clone() {
            if caps_sent[si] {
                // Case carries no information here: ALL CAPS and Title Case look the same.
                toks[i].flags |= F_CAPSMODE;
                toks[i].flags &= !(F_CAP | F_ALLCAPS);
            }
            if table {
                toks[i].flags |= F_TABLE;
            }
            if short {
                toks[i].flags |= F_SHORT;
            }
        }
        if r.start < r.end {
            toks[r.start].flags |= F_INIT;
        }
    }
    // Pass 3: document case evidence (non-initial tokens of normal sentences).
    let mut case: HashKeyed<u8> = HashKeyed::default();
    for t in &toks {
        if t.is_alpha() && !t.caps_mode() && !t.sentence_initial() {
            let e = case.entry(t.lower).or_insert(0);
            *e |= if t.is_cap() { 1 } else { 2 };
        }
    }
    // Pass 4: case-dependent forms, clusters, gazetteer.
    for (i, w) in words.iter().enumerate() {
        let t = &mut toks[i];
        t.doccase = case.get(&t.lower).copied().unwrap_or(0);
        if t.caps_mode() {
            t.word = mix(t.lower, CAPS_SALT);
            t.shape = shape_hash(w, true);
            t.cluster = lex
                .clusters
                .get(&hash_title(w))
                .or_else(|| lex.clusters_lower.get(&t.lower))
                .copied()
                .unwrap_or(0);
        } else {
            t.word = hash_exact(w);
            t.shape = shape_hash(w, false);
            t.cluster = lex
                .clusters
                .get(&t.word)
                .or_else(|| lex.clusters_lower.get(&t.lower))
                .copied()
                .unwrap_or(0);
        }
    }
    let lower: Vec<u64> = toks.iter().map(|t| t.lower).collect();
    let mut gaz = vec![0u64; n];
    for r in sents {
        let r = r.start.min(n)..r.end.min(n);
        lex.match_phrases(&lower[r.clone()], &mut gaz[r]);
    }
    for (t, g) in toks.iter_mut().zip(gaz) {
        t.gaz = g;
    }
    DocToks { toks }
}

#[inline]
fn f(template: u64, value: u64) -> u64 {
    fmix(mix(
        template.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xabc,
        value,
    ))
}

/// Appends stage-1 feature hashes of token `i` of sentence `s` to `out`.
pub(crate) fn stage1(s: &[Tok], i: usize, out: &mut Vec<u64>) {
    let bos = Tok::boundary(BOS);
    let eos = Tok::boundary(EOS);
    let at = |k: isize| -> &Tok {
        let j = i as isize + k;
        if j < 0 {
            &bos
        } else if j as usize >= s.len() {
            &eos
        } else {
            &s[j as usize]
        }
    };
    let (p2, p1, c, n1, n2) = (at(-2), at(-1), at(0), at(1), at(2));
    let capflag = (c.flags & (F_CAP | F_ALLCAPS | F_CAPSMODE | F_INIT)) as u64;
    out.push(f(1, 0));
    out.push(f(2, c.word));
    out.push(f(3, c.lower));
    out.push(f(4, p1.lower));
    out.push(f(5, n1.lower));
    out.push(f(6, p2.lower));
    out.push(f(7, n2.lower));
    out.push(f(8, p1.word));
    out.push(f(9, n1.word));
    out.push(f(10, mix(p1.lower, c.lower)));
    out.push(f(11, mix(c.lower, n1.lower)));
    out.push(f(12, c.shape));
    out.push(f(13, p1.shape));
    out.push(f(14, n1.shape));
    out.push(f(15, mix(p1.shape, c.shape)));
    out.push(f(16, mix(c.shape, n1.shape)));
    out.push(f(17, mix(mix(p1.shape, c.shape), n1.shape)));
    out.push(f(18, mix(p1.lower, n1.lower)));
    out.push(f(19, mix(c.shape, p1.lower)));
    for k in 0..4 {
        if c.pre[k] != 0 {
            out.push(f(20 + k as u64, c.pre[k]));
        }
        if c.suf[k] != 0 {
            out.push(f(24 + k as u64, c.suf[k]));
        }
    }
    if c.cluster != 0 {
        for (j, len) in [4u32, 6, 10, 20].into_iter().enumerate() {
            out.push(f(30 + j as u64, cluster_prefix(c.cluster, len)));
        }
    }
    for (j, len) in [4u32, 8, 20].into_iter().enumerate() {
        out.push(f(36 + j as u64, cluster_prefix(p1.cluster, len)));
        out.push(f(40 + j as u64, cluster_prefix(n1.cluster, len)));
    }
    let mut g = c.gaz;
    while g != 0 {
        let b = g.trailing_zeros() as u64;
        g &= g - 1;
        out.push(f(50, b));
        out.push(f(51, mix(b, capflag)));
    }
    let mut g = p1.gaz;
    while g != 0 {
        let b = g.trailing_zeros() as u64;
        g &= g - 1;
        out.push(f(52, b));
    }
    let mut g = n1.gaz;
    while g != 0 {
        let b = g.trailing_zeros() as u64;
        g &= g - 1;
        out.push(f(53, b));
    }
    out.push(f(54, capflag));
    out.push(f(55, mix(capflag, c.capr as u64)));
    out.push(f(56, mix(capflag, mix(c.capr as u64, c.doccase as u64))));
    out.push(f(57, mix(p1.capr as u64, (p1.flags & F_CAP) as u64)));
    out.push(f(58, mix(n1.capr as u64, (n1.flags & F_CAP) as u64)));
    out.push(f(59, mix(capflag, c.shape)));
    if c.sentence_initial() {
        out.push(f(60, c.lower));
    }
    out.push(f(61, mix(c.lower, n1.shape)));
    out.push(f(62, mix(p1.shape, c.lower)));
    let layout = (c.flags & (F_TABLE | F_SHORT)) as u64;
    if layout != 0 {
        out.push(f(63, mix(layout, c.shape)));
        out.push(f(64, mix(layout, c.lower)));
        out.push(f(65, mix(layout, mix(p1.shape, n1.shape))));
        out.push(f(66, mix(layout, i.min(4) as u64)));
    }
}

/// Document-level evidence collected from first-pass labels, per lower-cased word.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Agg {
    /// Token counts inside PER/LOC/ORG/MISC entities, then capitalised tokens outside any.
    pub cnt: [u16; 5],
    /// Label bits of multi-token entities the word is part of.
    pub multi: u8,
    /// Last / first token of a multi-token PER entity.
    pub last_per: bool,
    pub first_per: bool,
}

impl Agg {
    fn majority(&self) -> u64 {
        let mut best = 5u64;
        let mut bc = 0;
        for (k, &c) in self.cnt.iter().enumerate() {
            if c > bc {
                bc = c;
                best = k as u64;
            }
        }
        best
    }
}

/// Builds the document aggregates from first-pass BILOU tags (all sentences of one document).
pub(crate) fn aggregate(toks: &[Tok], tags1: &[u8], sents: &[Range<usize>]) -> HashKeyed<Agg> {
    let mut m: HashKeyed<Agg> = HashKeyed::default();
    for r in sents {
        let mut inside = vec![false; r.len()];
        for c in bilou_to_chunks(&tags1[r.clone()]) {
            for k in c.start..c.end {
                inside[k] = true;
                let e = m.entry(toks[r.start + k].lower).or_default();
                e.cnt[c.label] = e.cnt[c.label].saturating_add(1);
                if c.end - c.start > 1 {
                    e.multi |= 1 << c.label;
                }
            }
            if c.label == 0 && c.end - c.start > 1 {
                m.entry(toks[r.start + c.end - 1].lower)
                    .or_default()
                    .last_per = true;
                m.entry(toks[r.start + c.start].lower)
                    .or_default()
                    .first_per = true;
            }
        }
        for (k, &ins) in inside.iter().enumerate() {
            let t = &toks[r.start + k];
            if !ins && t.is_alpha() && t.is_cap() && !t.sentence_initial() {
                let e = m.entry(t.lower).or_default();
                e.cnt[4] = e.cnt[4].saturating_add(1);
            }
        }
    }
    m
}

/// Appends stage-2 (document-level) feature hashes of token `i` of a sentence.
pub(crate) fn stage2(s: &[Tok], t1: &[u8], i: usize, agg: &HashKeyed<Agg>, out: &mut Vec<u64>) {
    let tag = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 || j as usize >= s.len() {
            NT as u64 + (k < 0) as u64
        } else {
            t1[j as usize] as u64
        }
    };
    let (a, b, c) = (tag(-1), tag(0), tag(1));
    out.push(f(100, b));
    out.push(f(101, a));
    out.push(f(102, c));
    out.push(f(103, mix(a, b)));
    out.push(f(104, mix(b, c)));
    let get = |j: isize| -> Option<&Agg> {
        if j < 0 || j as usize >= s.len() {
            return None;
        }
        let t = &s[j as usize];
        if !t.is_alpha() || !(t.is_cap() || t.caps_mode()) {
            return None;
        }
        agg.get(&t.lower)
    };
    let me = &s[i];
    let capflag = (me.flags & (F_CAP | F_CAPSMODE | F_INIT)) as u64;
    if let Some(g) = get(i as isize) {
        let maj = g.majority();
        out.push(f(110, maj));
        out.push(f(111, mix(maj, capflag)));
        out.push(f(
            112,
            mix(maj, tags::label_of(b as u8).map_or(9, |l| l as u64)),
        ));
        for k in 0..5 {
            if g.cnt[k] > 0 {
                out.push(f(113, k as u64));
            }
        }
        if g.last_per {
            out.push(f(120, capflag));
        }
        if g.first_per {
            out.push(f(121, capflag));
        }
        for k in 0..4 {
            if g.multi & (1 << k) != 0 {
                out.push(f(122, k as u64));
            }
        }
    } else {
        out.push(f(119, capflag));
    }
    if let Some(g) = get(i as isize - 1) {
        out.push(f(114, g.majority()));
    }
    if let Some(g) = get(i as isize + 1) {
        out.push(f(115, g.majority()));
    }
}
