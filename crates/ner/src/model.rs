//! The tagger: two hashed linear models (a sentence-level first pass and a document-aware second pass),
//! constrained BILOU Viterbi decoding, surname propagation, and the compact model file format.

use std::ops::Range;
use std::path::Path;

use crate::features::{self, Tok};
use crate::hash::{HashKeyed, Reader, Writer};
use crate::lexicon::Lexicon;
use crate::tags::{self, allowed, allowed_end, allowed_start, bilou_to_chunks, make, Tag, NT};
use crate::NerError;

const MAGIC: &[u8; 8] = b"NXNER\x00\x01\x00";
const NEG: f32 = -1.0e30;

/// Quantised weights of one pass: `table[index[h & mask]]` holds the 17 tag weights of hashed feature
/// `h` (`table[0]` is the all-zero row shared by every feature without weights); only the rows that
/// carry weights are stored. The form training produces and the model file stores (as i16); tagging
/// uses [`JointWeights`].
#[derive(Debug, Clone)]
pub(crate) struct Weights {
    pub(crate) index: Vec<u32>,
    pub(crate) table: Vec<[i16; NT]>,
    pub(crate) tr: Transitions,
}

/// The tag-sequence scores of one pass.
#[derive(Debug, Clone)]
pub(crate) struct Transitions {
    /// `trans[a * NT + b]`: score of tag `b` after tag `a` (constrained pairs are -inf).
    pub(crate) trans: Vec<f32>,
    pub(crate) start: [f32; NT],
    pub(crate) end: [f32; NT],
}

impl Transitions {
    /// Sets every transition, start and end that BILOU forbids to -inf.
    fn constrain(&mut self) {
        for a in 0..NT {
            for b in 0..NT {
                if !allowed(a as u8, b as u8) {
                    self.trans[a * NT + b] = NEG;
                }
            }
            if !allowed_start(a as u8) {
                self.start[a] = NEG;
            }
            if !allowed_end(a as u8) {
                self.end[a] = NEG;
            }
        }
    }

    fn write(&self, w: &mut Writer) {
        for x in self.trans.iter().chain(&self.start).chain(&self.end) {
            w.f32(x.max(NEG));
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Transitions, NerError> {
        let mut tr = Transitions {
            trans: vec![0.0; NT * NT],
            start: [0.0; NT],
            end: [0.0; NT],
        };
        for x in tr.trans.iter_mut().chain(&mut tr.start).chain(&mut tr.end) {
            *x = r.f32()?;
        }
        tr.constrain();
        Ok(tr)
    }
}

impl Weights {
    /// Quantises float weights (rows are `NT` floats each) with one global scale.
    pub(crate) fn quantise(rows: &[f32], trans: &[f32], start: &[f32], end: &[f32]) -> Weights {
        let mut mags: Vec<f32> = rows
            .iter()
            .filter(|x| **x != 0.0)
            .map(|x| x.abs())
            .collect();
        let q = if mags.is_empty() {
            1.0
        } else {
            let k = (mags.len() as f64 * 0.9999) as usize;
            let k = k.min(mags.len() - 1);
            *mags.select_nth_unstable_by(k, |a, b| a.total_cmp(b)).1
        };
        let scale = if q > 0.0 { 30000.0 / q } else { 1.0 };
        let mut index = Vec::with_capacity(rows.len() / NT);
        let mut table = vec![[0i16; NT]];
        for r in rows.chunks_exact(NT) {
            let mut out = [0i16; NT];
            for (o, x) in out.iter_mut().zip(r) {
                *o = (x * scale).round().clamp(-32767.0, 32767.0) as i16;
            }
            if out.iter().all(|x| *x == 0) {
                index.push(0);
            } else {
                index.push(table.len() as u32);
                table.push(out);
            }
        }
        let mut tr = Transitions {
            trans: trans.iter().map(|x| x * scale).collect(),
            start: [0.0; NT],
            end: [0.0; NT],
        };
        for t in 0..NT {
            tr.start[t] = start[t] * scale;
            tr.end[t] = end[t] * scale;
        }
        tr.constrain();
        Weights { index, table, tr }
    }

    /// The weights of hash row `i` (`i < 2^bits`).
    #[inline]
    pub(crate) fn row(&self, i: usize) -> &[i16; NT] {
        &self.table[self.index[i] as usize]
    }

    fn write(&self, w: &mut Writer) {
        self.tr.write(w);
        w.u8(self.index.len().trailing_zeros() as u8);
        let stored = |k: u32| k != 0 && self.table[k as usize].iter().any(|x| *x != 0);
        let nonzero = self.index.iter().filter(|&&k| stored(k)).count();
        w.u64(nonzero as u64);
        let mut last = 0usize;
        for (i, &k) in self.index.iter().enumerate() {
            if !stored(k) {
                continue;
            }
            let r = &self.table[k as usize];
            w.varint((i - last) as u64);
            last = i;
            let mut mask = 0u32;
            for (t, x) in r.iter().enumerate() {
                if *x != 0 {
                    mask |= 1 << t;
                }
            }
            w.u32(mask);
            for x in r.iter().filter(|x| **x != 0) {
                w.i16(*x);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Weights, NerError> {
        let tr = Transitions::read(r)?;
        let bits = r.u8()?;
        if !(4..=22).contains(&bits) {
            return Err(NerError::Model("bad hash size"));
        }
        let mut index = vec![0u32; 1 << bits];
        let nonzero = r.u64()?;
        if nonzero > index.len() as u64 {
            return Err(NerError::Model("too many rows"));
        }
        let mut table = Vec::with_capacity(nonzero as usize + 1);
        table.push([0i16; NT]);
        let mut i = 0usize;
        for _ in 0..nonzero {
            match i.checked_add(r.varint()? as usize) {
                Some(j) if j < index.len() => i = j,
                _ => return Err(NerError::Model("row index out of range")),
            }
            if index[i] == 0 {
                index[i] = table.len() as u32;
                table.push([0i16; NT]);
            }
            let row = &mut table[index[i] as usize];
            let mask = r.u32()?;
            for (t, x) in row.iter_mut().enumerate() {
                if mask & (1 << t) != 0 {
                    *x = r.i16()?;
                }
            }
        }
        Ok(Weights { index, table, tr })
    }
}

/// Both passes' weights of each hashed feature side by side, for tagging. A stage-1 feature is scored
/// by both passes, so one index read and one 68-byte row serve both (pass 1 adds the first half, and
/// the second half is summed for pass 2 at the same time); the separate tables would cost two index
/// reads and two rows of 68 bytes, in distant cache lines. Tagging is bound by these random reads, and
/// on two cores by the memory traffic they share, so halving them speeds both one thread and scaling.
/// Sums are exact (`i16` weights into `i32`), so tags are identical to scoring each pass on its own.
#[derive(Debug, Clone)]
pub(crate) struct JointWeights {
    index: Vec<u32>,
    rows: Vec<[i16; 2 * NT]>,
}

impl JointWeights {
    fn new(pass1: &Weights, pass2: &Weights) -> Result<JointWeights, NerError> {
        if pass1.index.len() != pass2.index.len() {
            return Err(NerError::Model("the two passes differ in hash size"));
        }
        let mut index = vec![0u32; pass1.index.len()];
        let mut rows = vec![[0i16; 2 * NT]];
        for (slot, (&a, &b)) in index.iter_mut().zip(pass1.index.iter().zip(&pass2.index)) {
            if a == 0 && b == 0 {
                continue;
            }
            let mut row = [0i16; 2 * NT];
            let halves = [&pass1.table[a as usize], &pass2.table[b as usize]];
            for (half, weights) in row.chunks_exact_mut(NT).zip(halves) {
                half.copy_from_slice(weights);
            }
            *slot = rows.len() as u32;
            rows.push(row);
        }
        Ok(JointWeights { index, rows })
    }

    /// The weights of pass `half` (0 or 1) on their own, for writing the model.
    fn pass(&self, half: usize, tr: &Transitions) -> Weights {
        let mut index = vec![0u32; self.index.len()];
        let mut table = vec![[0i16; NT]];
        for (slot, &k) in index.iter_mut().zip(&self.index) {
            let weights = &self.rows[k as usize][half * NT..(half + 1) * NT];
            if weights.iter().any(|x| *x != 0) {
                *slot = table.len() as u32;
                table.push(weights.try_into().expect("a half row has NT weights"));
            }
        }
        Weights {
            index,
            table,
            tr: tr.clone(),
        }
    }

    #[inline]
    fn row(&self, h: u64) -> &[i16; 2 * NT] {
        &self.rows[self.index[h as usize & (self.index.len() - 1)] as usize]
    }

    /// Adds the pass-1 weights of `feats` to `acc1` and their pass-2 weights to `acc2`.
    #[inline]
    fn accumulate_both(&self, feats: &[u64], acc1: &mut [i32; NT], acc2: &mut [i32; NT]) {
        for &h in feats {
            let (w1, w2) = self.row(h).split_at(NT);
            for t in 0..NT {
                acc1[t] += i32::from(w1[t]);
                acc2[t] += i32::from(w2[t]);
            }
        }
    }

    /// Adds the pass-2 weights of `feats` to `acc`.
    #[inline]
    fn accumulate_pass2(&self, feats: &[u64], acc: &mut [i32; NT]) {
        for &h in feats {
            let w2 = &self.row(h)[NT..];
            for t in 0..NT {
                acc[t] += i32::from(w2[t]);
            }
        }
    }
}

/// Constrained first-order Viterbi over emission scores; writes the best tag sequence to `out`.
pub(crate) fn viterbi(
    em: &[[f32; NT]],
    trans: &[f32],
    start: &[f32; NT],
    end: &[f32; NT],
    back: &mut Vec<[u8; NT]>,
    out: &mut [u8],
) {
    let n = em.len();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n, [0; NT]);
    let mut score = [0f32; NT];
    for t in 0..NT {
        score[t] = start[t] + em[0][t];
    }
    for i in 1..n {
        let mut next = [NEG; NT];
        for b in 0..NT {
            let mut best = NEG * 2.0;
            let mut arg = 0u8;
            for a in 0..NT {
                let s = score[a] + trans[a * NT + b];
                if s > best {
                    best = s;
                    arg = a as u8;
                }
            }
            next[b] = best + em[i][b];
            back[i][b] = arg;
        }
        score = next;
    }
    let mut best = NEG * 2.0;
    let mut arg = 0u8;
    for t in 0..NT {
        let s = score[t] + end[t];
        if s > best {
            best = s;
            arg = t as u8;
        }
    }
    out[n - 1] = arg;
    for i in (1..n).rev() {
        out[i - 1] = back[i][out[i] as usize];
    }
}

/// For each tag `b`, the tags `a` that may precede it (`tags::allowed(a, b)`), ascending.
struct Predecessors {
    list: [[u8; NT]; NT],
    len: [u8; NT],
}

static PREDECESSORS: std::sync::LazyLock<Predecessors> = std::sync::LazyLock::new(|| {
    let mut p = Predecessors {
        list: [[0; NT]; NT],
        len: [0; NT],
    };
    for b in 0..NT {
        for a in 0..NT {
            if allowed(a as u8, b as u8) {
                p.list[b][p.len[b] as usize] = a as u8;
                p.len[b] += 1;
            }
        }
    }
    p
});

/// [`viterbi`] for constrained scores (`Transitions::constrain`: every disallowed transition scores
/// `NEG`): only the allowed predecessors of each tag are scored (97 of the 289 pairs). The result is
/// identical to [`viterbi`]'s: after the first token every tag has an allowed predecessor with a
/// finite score, so a disallowed pair (≈ `NEG`) can never be the maximum, and the allowed ones are
/// visited in the same ascending order with the same strict comparison.
pub(crate) fn viterbi_constrained(
    em: &[[f32; NT]],
    w: &Transitions,
    back: &mut Vec<[u8; NT]>,
    out: &mut [u8],
) {
    let n = em.len();
    if n == 0 {
        return;
    }
    let preds = &*PREDECESSORS;
    // Transposed transitions: `tt[b][a]` is the score of `b` after `a`.
    let mut tt = [[0f32; NT]; NT];
    for (a, row) in w.trans.chunks_exact(NT).enumerate() {
        for (b, x) in row.iter().enumerate() {
            tt[b][a] = *x;
        }
    }
    back.clear();
    back.resize(n, [0; NT]);
    let mut score = [0f32; NT];
    for t in 0..NT {
        score[t] = w.start[t] + em[0][t];
    }
    for i in 1..n {
        let mut next = [NEG; NT];
        let bk = &mut back[i];
        for b in 0..NT {
            let mut best = NEG * 2.0;
            let mut arg = 0u8;
            let col = &tt[b];
            for &a in &preds.list[b][..preds.len[b] as usize] {
                let s = score[a as usize] + col[a as usize];
                if s > best {
                    best = s;
                    arg = a;
                }
            }
            next[b] = best + em[i][b];
            bk[b] = arg;
        }
        score = next;
    }
    let mut best = NEG * 2.0;
    let mut arg = 0u8;
    for t in 0..NT {
        let s = score[t] + w.end[t];
        if s > best {
            best = s;
            arg = t as u8;
        }
    }
    out[n - 1] = arg;
    for i in (1..n).rev() {
        out[i - 1] = back[i][out[i] as usize];
    }
}

/// The named-entity tagger. Cheap to share between threads (`&self` everywhere).
#[derive(Debug, Clone)]
pub struct Tagger {
    pub(crate) lex: Lexicon,
    /// The feature weights of both passes.
    joint: JointWeights,
    pass1: Transitions,
    pass2: Transitions,
    pub(crate) propagate_surnames: bool,
}

/// Scratch buffers reused across the sentences of a document.
#[derive(Default)]
pub(crate) struct Scratch {
    feats: Vec<u64>,
    /// The first-pass features of every token, sentence after sentence (both passes use them).
    stage1: Vec<u64>,
    /// `stage1[ends[k - 1]..ends[k]]` are the features of the `k`-th token visited (`ends[0] == 0`).
    ends: Vec<usize>,
    /// The pass-2 scores of each visited token's stage-1 features (summed during pass 1).
    pass2_stage1: Vec<[i32; NT]>,
    em: Vec<[f32; NT]>,
    back: Vec<[u8; NT]>,
}

static EMBEDDED: &[u8] = include_bytes!("../data/ner-model.bin");

impl Tagger {
    /// Loads a model from its serialized bytes (the output of training).
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, NerError> {
        let mut r = Reader::new(bytes);
        if r.bytes(MAGIC.len()).ok() != Some(&MAGIC[..]) {
            return Err(NerError::Model("not a newsx-ner model (bad magic)"));
        }
        let lex = Lexicon::read(&mut r)?;
        let pass1 = Weights::read(&mut r)?;
        let pass2 = Weights::read(&mut r)?;
        if !r.is_empty() {
            return Err(NerError::Model("trailing bytes after model"));
        }
        Tagger::new(lex, pass1, pass2)
    }

    pub(crate) fn new(lex: Lexicon, pass1: Weights, pass2: Weights) -> Result<Tagger, NerError> {
        Ok(Tagger {
            joint: JointWeights::new(&pass1, &pass2)?,
            lex,
            pass1: pass1.tr,
            pass2: pass2.tr,
            propagate_surnames: true,
        })
    }

    /// Loads the model embedded in the library (trained on CoNLL-2003 English; see MODEL.md).
    pub fn embedded() -> Result<Tagger, NerError> {
        Tagger::from_bytes(EMBEDDED)
    }

    /// Loads a model file.
    pub fn load(path: &Path) -> Result<Tagger, NerError> {
        let bytes = std::fs::read(path).map_err(|e| NerError::Io(path.display().to_string(), e))?;
        Tagger::from_bytes(&bytes)
    }

    /// Serializes the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.0.extend_from_slice(MAGIC);
        self.lex.write(&mut w);
        self.joint.pass(0, &self.pass1).write(&mut w);
        self.joint.pass(1, &self.pass2).write(&mut w);
        w.0
    }

    /// Turns surname propagation on or off (on by default): a one-token mention, or a capitalised
    /// untagged word, that is the last word of a full person name elsewhere in the document is a person.
    #[must_use]
    pub fn with_surname_propagation(mut self, on: bool) -> Self {
        self.propagate_surnames = on;
        self
    }

    /// Tags one sentence (a one-sentence document), returning IOB2 tags.
    pub fn tag_tokens(&self, words: &[&str]) -> Vec<Tag> {
        let whole = std::iter::once(0..words.len()).collect::<Vec<_>>();
        self.tag_words(words, &whole)
    }

    /// Tags a whole document given as words and sentence ranges over them, returning IOB2 tags.
    /// Document-level context (the second pass, surname propagation) spans all the sentences.
    pub fn tag_words(&self, words: &[&str], sentences: &[Range<usize>]) -> Vec<Tag> {
        tags::bilou_to_tags(&self.tag_bilou(words, sentences))
    }

    /// Internal: BILOU tags for a document.
    pub(crate) fn tag_bilou(&self, words: &[&str], sentences: &[Range<usize>]) -> Vec<u8> {
        let n = words.len();
        let sents = clean_sentences(sentences, n);
        let doc = features::describe(&self.lex, words, &sents);
        let toks = &doc.toks;
        let mut scratch = Scratch::default();
        // Stage-1 features depend on the sentence only: computed once, used by both passes.
        scratch.ends.push(0);
        for r in &sents {
            let s = &toks[r.clone()];
            for i in 0..s.len() {
                features::stage1(s, i, &mut scratch.stage1);
                scratch.ends.push(scratch.stage1.len());
            }
        }
        let mut t1 = vec![0u8; n];
        let mut k = 0;
        for r in &sents {
            self.decode(&toks[r.clone()], k, None, &mut scratch, &mut t1[r.clone()]);
            k += r.len();
        }
        let agg = features::aggregate(toks, &t1, &sents);
        let mut t2 = vec![0u8; n];
        let mut k = 0;
        for r in &sents {
            self.decode(
                &toks[r.clone()],
                k,
                Some((&t1[r.clone()], &agg)),
                &mut scratch,
                &mut t2[r.clone()],
            );
            k += r.len();
        }
        if self.propagate_surnames {
            propagate_surnames(toks, &sents, &mut t2);
        }
        harmonise_headlines(toks, &sents, &mut t2);
        trim_titles(toks, &sents, &mut t2);
        t2
    }

    /// Decodes sentence `s`, whose first token is the `first`-th token of `sc.ends`: with pass 1's
    /// weights when `second` is `None` (which also sums pass 2's stage-1 scores for later), else with
    /// pass 2's, given the pass-1 tags and the document aggregates.
    fn decode(
        &self,
        s: &[Tok],
        first: usize,
        second: Option<(&[u8], &HashKeyed<features::Agg>)>,
        sc: &mut Scratch,
        out: &mut [u8],
    ) {
        sc.em.clear();
        for i in 0..s.len() {
            let k = first + i;
            let stage1 = &sc.stage1[sc.ends[k]..sc.ends[k + 1]];
            let acc = match second {
                None => {
                    let (mut acc1, mut acc2) = ([0i32; NT], [0i32; NT]);
                    self.joint.accumulate_both(stage1, &mut acc1, &mut acc2);
                    debug_assert_eq!(sc.pass2_stage1.len(), k);
                    sc.pass2_stage1.push(acc2);
                    acc1
                }
                Some((t1, agg)) => {
                    let mut acc = sc.pass2_stage1[k];
                    sc.feats.clear();
                    features::stage2(s, t1, i, agg, &mut sc.feats);
                    self.joint.accumulate_pass2(&sc.feats, &mut acc);
                    acc
                }
            };
            let mut e = [0f32; NT];
            for t in 0..NT {
                e[t] = acc[t] as f32;
            }
            sc.em.push(e);
        }
        let w = if second.is_none() {
            &self.pass1
        } else {
            &self.pass2
        };
        viterbi_constrained(&sc.em, w, &mut sc.back, out);
    }
}

/// Sentence ranges clipped to `n` tokens, without empties; the whole input if none are given.
pub(crate) fn clean_sentences(sentences: &[Range<usize>], n: usize) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = sentences
        .iter()
        .map(|r| r.start.min(n)..r.end.min(n))
        .filter(|r| r.start < r.end)
        .collect();
    if out.is_empty() && n > 0 {
        out.push(0..n);
    }
    out
}

/// Relabels as PER the one-token mentions and capitalised untagged words that are the last word of a
/// multi-token PER mention in the same document.
pub(crate) fn propagate_surnames(toks: &[Tok], sents: &[Range<usize>], tags: &mut [u8]) {
    let mut surnames: HashKeyed<()> = HashKeyed::default();
    for r in sents {
        for c in bilou_to_chunks(&tags[r.clone()]) {
            if c.label == 0 && c.end - c.start > 1 {
                let t = &toks[r.start + c.end - 1];
                if t.is_alpha() {
                    surnames.insert(t.lower, ());
                }
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    for r in sents {
        let s = r.clone();
        let chunks = bilou_to_chunks(&tags[s.clone()]);
        for c in &chunks {
            if c.end - c.start == 1 && c.label != 0 {
                let i = r.start + c.start;
                if surnames.contains_key(&toks[i].lower) {
                    tags[i] = make(0, 4);
                }
            }
        }
        for i in s {
            let t = &toks[i];
            let uncertain_case = t.caps_mode() || t.sentence_initial();
            if tags[i] == tags::O
                && t.is_alpha()
                && (t.is_cap() || t.caps_mode())
                && !(uncertain_case && (1..=2).contains(&t.capr))
                && surnames.contains_key(&t.lower)
            {
                tags[i] = make(0, 4);
            }
        }
    }
}

/// Drops a leading title or honorific ("Mr", "Dr.", "President") from PER mentions (CoNLL keeps titles
/// outside person names).
pub(crate) fn trim_titles(toks: &[Tok], sents: &[Range<usize>], tags: &mut [u8]) {
    let title_bit = 1u64 << (crate::lexicon::cat::TITLE as u32 * 4 + 3);
    // Titles that CoNLL often keeps inside the name ("Prince Charles", "St. John").
    let kept: Vec<u64> = ["prince", "st.", "saint", "pope"]
        .iter()
        .map(|w| crate::hash::hash_lower(w))
        .collect();
    for r in sents {
        for c in bilou_to_chunks(&tags[r.clone()]) {
            let first = r.start + c.start;
            if c.label == 0
                && c.end - c.start >= 2
                && toks[first].gaz & title_bit != 0
                && !kept.contains(&toks[first].lower)
            {
                let rest = tags::chunks_to_bilou(
                    &[tags::Chunk {
                        start: 0,
                        end: c.end - c.start - 1,
                        label: 0,
                    }],
                    c.end - c.start - 1,
                );
                tags[first] = tags::O;
                tags[first + 1..r.start + c.end].copy_from_slice(&rest);
            }
        }
    }
}

/// Relabels PER a mention in an ALL-CAPS or Title Case sentence whose words are mostly tagged PER in
/// the document's ordinary sentences (where case makes the tagger far more reliable). Only PER: the
/// same place name legitimately alternates between LOC and ORG (a country and its national team).
pub(crate) fn harmonise_headlines(toks: &[Tok], sents: &[Range<usize>], tags: &mut [u8]) {
    if !sents.iter().any(|r| toks[r.start].caps_mode()) {
        return;
    }
    let key = |r: &Range<usize>, c: &tags::Chunk| -> u64 {
        let mut h = 0x9e37u64;
        for t in &toks[r.start + c.start..r.start + c.end] {
            h = crate::hash::mix(h, t.lower);
        }
        h
    };
    let mut seen: HashKeyed<[u16; 4]> = HashKeyed::default();
    for r in sents.iter().filter(|r| !toks[r.start].caps_mode()) {
        for c in bilou_to_chunks(&tags[r.clone()]) {
            seen.entry(key(r, &c)).or_default()[c.label] += 1;
        }
    }
    for r in sents.iter().filter(|r| toks[r.start].caps_mode()) {
        for c in bilou_to_chunks(&tags[r.clone()]) {
            let Some(counts) = seen.get(&key(r, &c)) else {
                continue;
            };
            let total: u16 = counts.iter().sum();
            let (best, n) = counts
                .iter()
                .enumerate()
                .max_by_key(|e| *e.1)
                .map_or((0, 0), |(l, n)| (l, *n));
            if best == 0 && c.label != 0 && n * 2 > total {
                let fixed = tags::chunks_to_bilou(
                    &[tags::Chunk {
                        start: 0,
                        end: c.end - c.start,
                        label: best,
                    }],
                    c.end - c.start,
                );
                tags[r.start + c.start..r.start + c.end].copy_from_slice(&fixed);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tags::{chunks_to_bilou, Chunk};

    fn describe(words: &[&str], sents: &[Range<usize>]) -> Vec<Tok> {
        features::describe(&Lexicon::default(), words, sents).toks
    }

    #[test]
    fn embedded_model_round_trips_byte_for_byte() {
        let tagger = Tagger::embedded().unwrap();
        assert_eq!(tagger.to_bytes(), EMBEDDED);
    }

    #[test]
    fn surnames_propagate_to_single_mentions_and_capitalised_words() {
        let words = [
            "Walter",
            "Brandywine",
            "spoke",
            ".",
            "Later",
            "Brandywine",
            "left",
            ".",
            "Then",
            "Brandywine",
            "smiled",
            ".",
        ];
        let sents = [0..4, 4..8, 8..12];
        let toks = describe(&words, &sents);
        let mut tags = chunks_to_bilou(
            &[
                Chunk {
                    start: 0,
                    end: 2,
                    label: 0,
                },
                // Mislabelled ORG in the second sentence; untagged in the third.
                Chunk {
                    start: 5,
                    end: 6,
                    label: 2,
                },
            ],
            words.len(),
        );
        propagate_surnames(&toks, &sents, &mut tags);
        assert_eq!(tags[5], make(0, 4));
        assert_eq!(tags[9], make(0, 4));
        assert_eq!(tags[4], tags::O);
        assert_eq!(tags[0], make(0, 1));
    }

    #[test]
    fn leading_titles_leave_person_spans() {
        let mut lex = Lexicon::default();
        lex.add_phrase(&["President"], crate::lexicon::cat::TITLE);
        lex.add_phrase(&["Prince"], crate::lexicon::cat::TITLE);
        let words = [
            "President",
            "Ada",
            "Lovelace",
            "met",
            "Prince",
            "Charles",
            ".",
        ];
        let sents: Vec<Range<usize>> = std::iter::once(0..words.len()).collect();
        let toks = features::describe(&lex, &words, &sents).toks;
        let mut tags = chunks_to_bilou(
            &[
                Chunk {
                    start: 0,
                    end: 3,
                    label: 0,
                },
                Chunk {
                    start: 4,
                    end: 6,
                    label: 0,
                },
            ],
            words.len(),
        );
        trim_titles(&toks, &sents, &mut tags);
        assert_eq!(&tags[0..3], &[tags::O, make(0, 1), make(0, 3)]);
        // "Prince Charles" stays whole, as in CoNLL.
        assert_eq!(&tags[4..6], &[make(0, 1), make(0, 3)]);
    }

    #[test]
    fn headline_mentions_follow_body_person_labels() {
        let words = [
            "KIRILL",
            "DMITRIEV",
            "TO",
            "BRIEF",
            "PUTIN",
            "Kirill",
            "Dmitriev",
            "met",
            "officials",
            ".",
        ];
        let sents = [0..5, 5..10];
        let toks = describe(&words, &sents);
        assert!(toks[0].caps_mode() && !toks[5].caps_mode());
        let mut tags = chunks_to_bilou(
            &[
                Chunk {
                    start: 0,
                    end: 2,
                    label: 2,
                },
                Chunk {
                    start: 5,
                    end: 7,
                    label: 0,
                },
            ],
            words.len(),
        );
        harmonise_headlines(&toks, &sents, &mut tags);
        assert_eq!(&tags[0..2], &[make(0, 1), make(0, 3)]);
    }
}
