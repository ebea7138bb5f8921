//! Training: builds the lexicon (gazetteers from `gazetteers/`, clusters from unlabelled news), then
//! trains the two passes with an averaged structured perceptron over BILOU tags. The second pass is
//! trained on first-pass predictions made by models that did not see the document (k-fold
//! jackknifing), so its document-level features look at test time as they did in training.
//! Progress goes to stderr. Training is deterministic for a given seed.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Instant;

use newsx_core::Tokenizer;

use crate::clusters::{self, ClusterOptions};
use crate::eval::{read_conll, score_docs, ConllDoc};
use crate::features::{self, Tok};
use crate::hash::{fmix, Rng};
use crate::lexicon::{cat, Lexicon};
use crate::lists;
use crate::model::{propagate_surnames, viterbi, Tagger, Weights};
use crate::tags::{
    allowed, allowed_end, allowed_start, bilou_to_tags, chunks_to_bilou, iob_chunks, Chunk, Label,
    NT,
};
use crate::NerError;

/// What to train on and how.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// CoNLL training file (IOB1 or IOB2).
    pub train: PathBuf,
    /// CoNLL development file, used only to pick the number of epochs.
    pub dev: Option<PathBuf>,
    /// Where to write the model.
    pub out: PathBuf,
    /// Maximum epochs per pass.
    pub epochs: usize,
    /// Seed of every random choice (shuffling, folds, clustering).
    pub seed: u64,
    /// Folder of the gazetteer files (GeoNames, Census, SSA, legal forms); `None` for none.
    pub gazetteers: Option<PathBuf>,
    /// JSONL news corpora (`text` field) for word clusters and capitalisation statistics.
    pub corpora: Vec<PathBuf>,
    /// log2 of the number of hashed feature rows per pass.
    pub hash_bits: u8,
    /// Folds for the jackknifed first-pass predictions the second pass is trained on.
    pub folds: usize,
    /// Probability of hiding each feature occurrence from an update (regularises towards robust
    /// features such as gazetteers, clusters and shapes).
    pub dropout: f32,
    /// Runs per pass (different shuffles) whose averaged weights are averaged again.
    pub ensemble: usize,
}

impl TrainOptions {
    /// Defaults with the shared data laid out as in the project (`../shared/data`).
    pub fn new(train: PathBuf, dev: Option<PathBuf>, out: PathBuf) -> Self {
        let data = Path::new("../shared/data");
        TrainOptions {
            train,
            dev,
            out,
            epochs: 20,
            seed: 1,
            gazetteers: Some(data.join("gazetteers")),
            corpora: [
                "reuters21578.jsonl",
                "bbc_fulltext.jsonl",
                "semeval2019_hyperpartisan_byarticle.jsonl",
            ]
            .iter()
            .map(|f| data.join("corpora").join(f))
            .collect(),
            hash_bits: 20,
            folds: 4,
            dropout: 0.2,
            ensemble: 3,
        }
    }
}

/// What training did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TrainReport {
    /// Training documents, sentences and tokens.
    pub documents: usize,
    /// Training sentences.
    pub sentences: usize,
    /// Training tokens.
    pub tokens: usize,
    /// Gazetteer phrases in the lexicon.
    pub gazetteer_phrases: usize,
    /// Words with a cluster path.
    pub clustered_words: usize,
    /// Epochs chosen for the first and second pass.
    pub epochs: (usize, usize),
    /// Dev F1 (all types) of the first pass and of the full tagger, if a dev file was given.
    pub dev_f1: Option<(f64, f64)>,
    /// Dev F1 for PER+LOC+ORG of the full tagger.
    pub dev_f1_plo: Option<f64>,
    /// Size of the written model, bytes.
    pub model_bytes: usize,
    /// Wall-clock seconds.
    pub seconds: f64,
}

/// Trains a model and writes it to `opts.out`.
pub fn train(opts: &TrainOptions) -> Result<TrainReport, NerError> {
    let t0 = Instant::now();
    let mut lex = Lexicon::default();
    if let Some(dir) = &opts.gazetteers {
        load_gazetteers(dir, &mut lex)?;
    }
    add_lists(&mut lex);
    let gazetteer_phrases = lex.phrases.len();
    eprintln!(
        "ner: gazetteer entries {} ({:.1}s)",
        gazetteer_phrases,
        t0.elapsed().as_secs_f64()
    );
    let corpora: Vec<&Path> = opts.corpora.iter().map(PathBuf::as_path).collect();
    if !corpora.is_empty() {
        let copts = ClusterOptions {
            seed: opts.seed,
            ..ClusterOptions::default()
        };
        let s = clusters::learn(&corpora, &copts, &mut lex)?;
        eprintln!(
            "ner: clusters from {} articles, {} tokens, {} words ({:.1}s)",
            s.articles,
            s.tokens,
            s.vocab,
            t0.elapsed().as_secs_f64()
        );
    }
    let train_docs = read_conll(&opts.train)?;
    let dev_docs = match &opts.dev {
        Some(p) => Some(read_conll(p)?),
        None => None,
    };
    let bits = opts.hash_bits.clamp(10, 22) as u32;
    let train = Prepared::new(&lex, &train_docs, bits);
    let dev = dev_docs.as_ref().map(|d| Prepared::new(&lex, d, bits));
    eprintln!(
        "ner: {} training documents, {} sentences, {} tokens ({:.1}s)",
        train_docs.len(),
        train.sents.len(),
        train.toks.len(),
        t0.elapsed().as_secs_f64()
    );
    let mut rng = Rng::new(opts.seed);

    // Pass 1 on all the training data, epochs chosen on dev.
    let (w1, e1, f1_dev1) = train_ensemble(
        &train,
        opts.dropout,
        dev.as_ref(),
        opts.epochs,
        &mut rng,
        "pass 1",
        opts.ensemble,
    );
    let e1 = e1.max(1);

    // Jackknifed first-pass predictions on the training data.
    let folds = opts.folds.max(2);
    let mut doc_order: Vec<usize> = (0..train.docs.len()).collect();
    rng.shuffle(&mut doc_order);
    let mut t1_train = vec![0u8; train.toks.len()];
    for k in 0..folds {
        let held: Vec<usize> = doc_order.iter().copied().skip(k).step_by(folds).collect();
        let mut is_held = vec![false; train.docs.len()];
        for &d in &held {
            is_held[d] = true;
        }
        let sub = train.subset(&is_held, false);
        let (wk, _, _) = train_pass(
            &sub,
            opts.dropout,
            None,
            e1,
            &mut rng,
            &format!("fold {}", k + 1),
        );
        let wq = wk.quantised();
        for &d in &held {
            for s in train.docs[d].clone() {
                let r = train.sents[s].clone();
                decode_pass1(&wq, &train, r.clone(), &mut t1_train[r]);
            }
        }
        eprintln!(
            "ner: fold {}/{} done ({:.1}s)",
            k + 1,
            folds,
            t0.elapsed().as_secs_f64()
        );
    }
    let w1q = w1.quantised();
    let train2 = train.with_pass2(&t1_train);
    let dev2 = dev.as_ref().map(|d| {
        let mut t1 = vec![0u8; d.toks.len()];
        for r in &d.sents {
            decode_pass1(&w1q, d, r.clone(), &mut t1[r.clone()]);
        }
        d.with_pass2(&t1)
    });
    let (w2, e2, f1_dev2) = train_ensemble(
        &train2,
        opts.dropout,
        dev2.as_ref(),
        opts.epochs,
        &mut rng,
        "pass 2",
        opts.ensemble,
    );
    let tagger = Tagger::new(lex, w1q, w2.quantised())?;
    let bytes = tagger.to_bytes();
    std::fs::write(&opts.out, &bytes)
        .map_err(|e| NerError::Io(opts.out.display().to_string(), e))?;
    let mut dev_f1_plo = None;
    if let Some(d) = &dev_docs {
        let r = crate::eval::evaluate_docs(d, &tagger);
        eprintln!("ner: dev with the written model:\n{r}");
        dev_f1_plo = Some(r.overall_plo.f1);
    }
    let report = TrainReport {
        documents: train_docs.len(),
        sentences: train.sents.len(),
        tokens: train.toks.len(),
        gazetteer_phrases,
        clustered_words: tagger.lex.clusters.len(),
        epochs: (e1, e2),
        dev_f1: dev.as_ref().map(|_| (f1_dev1, f1_dev2)),
        dev_f1_plo,
        model_bytes: bytes.len(),
        seconds: t0.elapsed().as_secs_f64(),
    };
    eprintln!(
        "ner: wrote {} ({} bytes) in {:.1}s",
        opts.out.display(),
        bytes.len(),
        report.seconds
    );
    Ok(report)
}

/// Training data with precomputed feature rows.
struct Prepared {
    toks: Vec<Tok>,
    gold: Vec<u8>,
    /// Gold tag strings per token (for dev scoring).
    gold_str: Vec<String>,
    sents: Vec<Range<usize>>,
    /// Sentences of each document.
    docs: Vec<Range<usize>>,
    /// Feature rows of each token: `rows[offsets[i]..offsets[i + 1]]`.
    offsets: Vec<usize>,
    rows: Vec<u32>,
    mask: u64,
    bits: u32,
}

impl Prepared {
    fn new(lex: &Lexicon, docs: &[ConllDoc], bits: u32) -> Prepared {
        let mut p = Prepared {
            toks: Vec::new(),
            gold: Vec::new(),
            gold_str: Vec::new(),
            sents: Vec::new(),
            docs: Vec::new(),
            offsets: vec![0],
            rows: Vec::new(),
            mask: (1u64 << bits) - 1,
            bits,
        };
        let mut feats = Vec::with_capacity(128);
        for d in docs {
            let words: Vec<&str> = d.words.iter().map(String::as_str).collect();
            let dt = features::describe(lex, &words, &d.sentences);
            let base = p.toks.len();
            let first_sent = p.sents.len();
            for r in &d.sentences {
                let tags: Vec<&str> = d.tags[r.clone()].iter().map(String::as_str).collect();
                let chunks: Vec<Chunk> = iob_chunks(&tags)
                    .into_iter()
                    .filter_map(|(s, e, l)| {
                        Label::parse(&l).map(|l| Chunk {
                            start: s,
                            end: e,
                            label: l.index(),
                        })
                    })
                    .collect();
                p.gold.extend(chunks_to_bilou(&chunks, r.len()));
                let s = &dt.toks[r.clone()];
                for i in 0..s.len() {
                    feats.clear();
                    features::stage1(s, i, &mut feats);
                    p.rows.extend(feats.iter().map(|h| (h & p.mask) as u32));
                    p.offsets.push(p.rows.len());
                }
                p.sents.push(base + r.start..base + r.end);
            }
            p.gold_str.extend(d.tags.iter().cloned());
            p.toks.extend(dt.toks);
            p.docs.push(first_sent..p.sents.len());
        }
        p
    }

    fn feats(&self, i: usize) -> &[u32] {
        &self.rows[self.offsets[i]..self.offsets[i + 1]]
    }

    /// The documents marked (`keep == true`) or unmarked (`keep == false`) in `mask`.
    fn subset(&self, mark: &[bool], keep: bool) -> Prepared {
        let mut p = Prepared {
            toks: Vec::new(),
            gold: Vec::new(),
            gold_str: Vec::new(),
            sents: Vec::new(),
            docs: Vec::new(),
            offsets: vec![0],
            rows: Vec::new(),
            mask: self.mask,
            bits: self.bits,
        };
        for (d, r) in self.docs.iter().enumerate() {
            if mark[d] != keep {
                continue;
            }
            let first = p.sents.len();
            for s in r.clone() {
                let sr = self.sents[s].clone();
                let base = p.toks.len();
                for i in sr.clone() {
                    p.toks.push(self.toks[i]);
                    p.gold.push(self.gold[i]);
                    p.gold_str.push(self.gold_str[i].clone());
                    p.rows.extend_from_slice(self.feats(i));
                    p.offsets.push(p.rows.len());
                }
                p.sents.push(base..p.toks.len());
            }
            p.docs.push(first..p.sents.len());
        }
        p
    }

    /// Adds second-pass features computed from first-pass tags `t1`.
    fn with_pass2(&self, t1: &[u8]) -> Prepared {
        let mut p = Prepared {
            toks: self.toks.clone(),
            gold: self.gold.clone(),
            gold_str: self.gold_str.clone(),
            sents: self.sents.clone(),
            docs: self.docs.clone(),
            offsets: vec![0],
            rows: Vec::with_capacity(self.rows.len() * 5 / 4),
            mask: self.mask,
            bits: self.bits,
        };
        let mut feats = Vec::with_capacity(32);
        for d in &self.docs {
            let srs: Vec<Range<usize>> = d.clone().map(|s| self.sents[s].clone()).collect();
            let start = srs.first().map_or(0, |r| r.start);
            let end = srs.last().map_or(0, |r| r.end);
            let local: Vec<Range<usize>> =
                srs.iter().map(|r| r.start - start..r.end - start).collect();
            let agg = features::aggregate(&self.toks[start..end], &t1[start..end], &local);
            for r in &srs {
                let s = &self.toks[r.clone()];
                for i in 0..s.len() {
                    feats.clear();
                    features::stage2(s, &t1[r.clone()], i, &agg, &mut feats);
                    p.rows.extend_from_slice(self.feats(r.start + i));
                    p.rows.extend(feats.iter().map(|h| (h & p.mask) as u32));
                    p.offsets.push(p.rows.len());
                }
            }
        }
        p
    }
}

/// Averaged-perceptron weights in training.
struct TrainWeights {
    w: Vec<f32>,
    acc: Vec<f32>,
    trans: Vec<f32>,
    trans_acc: Vec<f32>,
    c: f32,
}

impl TrainWeights {
    fn new(bits: u32) -> Self {
        let n = (1usize << bits) * NT;
        TrainWeights {
            w: vec![0.0; n],
            acc: vec![0.0; n],
            trans: vec![0.0; (NT + 2) * NT],
            trans_acc: vec![0.0; (NT + 2) * NT],
            c: 1.0,
        }
    }

    fn averaged(&self) -> Averaged {
        let c = self.c;
        Averaged {
            w: self
                .w
                .iter()
                .zip(&self.acc)
                .map(|(w, a)| w - a / c)
                .collect(),
            trans: self
                .trans
                .iter()
                .zip(&self.trans_acc)
                .map(|(w, a)| w - a / c)
                .collect(),
        }
    }

    fn emissions(
        &self,
        p: &Prepared,
        r: Range<usize>,
        avg: bool,
        keep: Option<&[bool]>,
        em: &mut Vec<[f32; NT]>,
    ) {
        em.clear();
        let inv = 1.0 / self.c;
        let base = p.offsets[r.start];
        for i in r {
            let mut e = [0f32; NT];
            for j in p.offsets[i]..p.offsets[i + 1] {
                if keep.is_some_and(|k| !k[j - base]) {
                    continue;
                }
                let row = p.rows[j];
                let b = row as usize * NT;
                if avg {
                    for t in 0..NT {
                        e[t] += self.w[b + t] - self.acc[b + t] * inv;
                    }
                } else {
                    for t in 0..NT {
                        e[t] += self.w[b + t];
                    }
                }
            }
            em.push(e);
        }
    }

    fn transitions(&self, avg: bool) -> (Vec<f32>, [f32; NT], [f32; NT]) {
        let get = |k: usize| {
            if avg {
                self.trans[k] - self.trans_acc[k] / self.c
            } else {
                self.trans[k]
            }
        };
        split_transitions(get)
    }

    fn update_row(&mut self, row: usize, tag: usize, delta: f32) {
        let k = row * NT + tag;
        self.w[k] += delta;
        self.acc[k] += self.c * delta;
    }

    fn update_trans(&mut self, a: usize, b: usize, delta: f32) {
        let k = a * NT + b;
        self.trans[k] += delta;
        self.trans_acc[k] += self.c * delta;
    }
}

/// Transition layout in training: rows 0..NT are previous tags, row NT is "start", row NT+1 holds the
/// end scores.
fn split_transitions(get: impl Fn(usize) -> f32) -> (Vec<f32>, [f32; NT], [f32; NT]) {
    let mut trans = vec![0.0; NT * NT];
    let mut start = [0.0; NT];
    let mut end = [0.0; NT];
    for a in 0..NT {
        for b in 0..NT {
            trans[a * NT + b] = if allowed(a as u8, b as u8) {
                get(a * NT + b)
            } else {
                -1e30
            };
        }
    }
    for t in 0..NT {
        start[t] = if allowed_start(t as u8) {
            get(NT * NT + t)
        } else {
            -1e30
        };
        end[t] = if allowed_end(t as u8) {
            get((NT + 1) * NT + t)
        } else {
            -1e30
        };
    }
    (trans, start, end)
}

struct Averaged {
    w: Vec<f32>,
    trans: Vec<f32>,
}

impl Averaged {
    fn quantised(&self) -> Weights {
        let (trans, start, end) = split_transitions(|k| self.trans[k]);
        Weights::quantise(&self.w, &trans, &start, &end)
    }
}

fn decode_pass1(w: &Weights, p: &Prepared, r: Range<usize>, out: &mut [u8]) {
    let mut em = Vec::with_capacity(r.len());
    for i in r {
        let mut acc = [0i32; NT];
        for &row in p.feats(i) {
            let x = w.row(row as usize);
            for t in 0..NT {
                acc[t] += i32::from(x[t]);
            }
        }
        let mut e = [0f32; NT];
        for t in 0..NT {
            e[t] = acc[t] as f32;
        }
        em.push(e);
    }
    let mut back = Vec::new();
    viterbi(&em, &w.tr.trans, &w.tr.start, &w.tr.end, &mut back, out);
}

/// Trains one pass; returns the averaged weights of the best epoch (by dev F1 when `dev` is given,
/// else after `epochs`), the epoch count and the dev F1.
fn train_pass(
    p: &Prepared,
    dropout: f32,
    dev: Option<&Prepared>,
    epochs: usize,
    rng: &mut Rng,
    name: &str,
) -> (Averaged, usize, f64) {
    let t0 = Instant::now();
    let mut tw = TrainWeights::new(p.bits);
    let mut order: Vec<usize> = (0..p.sents.len()).collect();
    let mut em = Vec::new();
    let mut back = Vec::new();
    let mut pred = Vec::new();
    let mut keep: Vec<bool> = Vec::new();
    let mut best: Option<(Averaged, usize, f64)> = None;
    let mut since_best = 0;
    for epoch in 1..=epochs.max(1) {
        rng.shuffle(&mut order);
        let mut errors = 0usize;
        for &s in &order {
            let r = p.sents[s].clone();
            keep.clear();
            let (fa, fb) = (p.offsets[r.start], p.offsets[r.end]);
            if dropout > 0.0 {
                let salt = fmix(tw.c as u64 ^ (epoch as u64) << 40);
                let cut = (dropout as f64 * u32::MAX as f64) as u64;
                keep.extend((fa..fb).map(|j| (fmix(salt ^ j as u64) & 0xffff_ffff) >= cut));
            } else {
                keep.resize(fb - fa, true);
            }
            tw.emissions(p, r.clone(), false, Some(&keep), &mut em);
            let (trans, start, end) = tw.transitions(false);
            pred.clear();
            pred.resize(r.len(), 0u8);
            viterbi(&em, &trans, &start, &end, &mut back, &mut pred);
            let gold = &p.gold[r.clone()];
            if pred != gold {
                errors += 1;
                for (k, i) in r.clone().enumerate() {
                    if pred[k] != gold[k] {
                        for j in p.offsets[i]..p.offsets[i + 1] {
                            if !keep[j - fa] {
                                continue;
                            }
                            let row = p.rows[j] as usize;
                            tw.update_row(row, gold[k] as usize, 1.0);
                            tw.update_row(row, pred[k] as usize, -1.0);
                        }
                    }
                }
                for k in 0..=r.len() {
                    let (ga, gb, pa, pb) = if k == 0 {
                        (NT, gold[0] as usize, NT, pred[0] as usize)
                    } else if k == r.len() {
                        (gold[k - 1] as usize, NT + 1, pred[k - 1] as usize, NT + 1)
                    } else {
                        (
                            gold[k - 1] as usize,
                            gold[k] as usize,
                            pred[k - 1] as usize,
                            pred[k] as usize,
                        )
                    };
                    if (ga, gb) != (pa, pb) {
                        let (gi, gj) = trans_index(ga, gb);
                        let (pi, pj) = trans_index(pa, pb);
                        tw.update_trans(gi, gj, 1.0);
                        tw.update_trans(pi, pj, -1.0);
                    }
                }
            }
            tw.c += 1.0;
        }
        let Some(d) = dev else {
            eprintln!(
                "ner: {name} epoch {epoch}: {errors} sentences wrong ({:.1}s)",
                t0.elapsed().as_secs_f64()
            );
            if epoch == epochs.max(1) {
                return (tw.averaged(), epoch, 0.0);
            }
            continue;
        };
        let f1 = dev_f1(&tw, d);
        eprintln!(
            "ner: {name} epoch {epoch}: {errors} sentences wrong, dev F1 {f1:.2} ({:.1}s)",
            t0.elapsed().as_secs_f64()
        );
        if best.as_ref().is_none_or(|b| f1 > b.2) {
            best = Some((tw.averaged(), epoch, f1));
            since_best = 0;
        } else {
            since_best += 1;
            if since_best >= 3 {
                break;
            }
        }
    }
    best.unwrap_or_else(|| (tw.averaged(), epochs, 0.0))
}

/// `runs` passes with different shuffles, weights averaged (parameter mixing); returns the mean
/// epoch count and the dev F1 of the last run.
#[allow(clippy::too_many_arguments)]
fn train_ensemble(
    p: &Prepared,
    dropout: f32,
    dev: Option<&Prepared>,
    epochs: usize,
    rng: &mut Rng,
    name: &str,
    runs: usize,
) -> (Averaged, usize, f64) {
    let runs = runs.max(1);
    let (mut acc, mut e, mut f) = train_pass(p, dropout, dev, epochs, rng, name);
    for k in 1..runs {
        let (w, ek, fk) = train_pass(
            p,
            dropout,
            dev,
            epochs,
            rng,
            &format!("{name} run {}", k + 1),
        );
        for (a, b) in acc.w.iter_mut().zip(&w.w) {
            *a += b;
        }
        for (a, b) in acc.trans.iter_mut().zip(&w.trans) {
            *a += b;
        }
        e += ek;
        f = fk;
    }
    let inv = 1.0 / runs as f32;
    acc.w.iter_mut().for_each(|x| *x *= inv);
    acc.trans.iter_mut().for_each(|x| *x *= inv);
    (acc, (e + runs / 2) / runs, f)
}

fn trans_index(a: usize, b: usize) -> (usize, usize) {
    // Row NT = start (a == NT), row NT + 1 = end (b == NT + 1, stored by previous tag).
    if b == NT + 1 {
        (NT + 1, a)
    } else {
        (a, b)
    }
}

/// Dev F1 (all types, conlleval) of the current averaged weights, with surname propagation.
fn dev_f1(tw: &TrainWeights, d: &Prepared) -> f64 {
    let (trans, start, end) = tw.transitions(true);
    let mut em = Vec::new();
    let mut back = Vec::new();
    let mut tags = vec![0u8; d.toks.len()];
    for r in &d.sents {
        tw.emissions(d, r.clone(), true, None, &mut em);
        viterbi(&em, &trans, &start, &end, &mut back, &mut tags[r.clone()]);
    }
    for dr in &d.docs {
        let srs: Vec<Range<usize>> = dr.clone().map(|s| d.sents[s].clone()).collect();
        let start = srs.first().map_or(0, |r| r.start);
        let end = srs.last().map_or(0, |r| r.end);
        let local: Vec<Range<usize>> = srs.iter().map(|r| r.start - start..r.end - start).collect();
        propagate_surnames(&d.toks[start..end], &local, &mut tags[start..end]);
    }
    let docs = vec![ConllDoc {
        words: vec![String::new(); d.toks.len()],
        tags: d.gold_str.clone(),
        sentences: d.sents.clone(),
    }];
    let pred: Vec<String> = bilou_to_tags(&tags)
        .iter()
        .map(ToString::to_string)
        .collect();
    score_docs(&docs, &[pred]).overall.f1
}

fn read_lines(path: &Path) -> Result<String, NerError> {
    std::fs::read_to_string(path).map_err(|e| NerError::Io(path.display().to_string(), e))
}

fn add(lex: &mut Lexicon, phrase: &str, category: u16) {
    let toks = Tokenizer.tokenize(phrase);
    let words: Vec<&str> = toks.iter().map(|t| t.text(phrase)).collect();
    lex.add_phrase(&words, category);
}

/// Words too common to be useful as place names on their own.
const PLACE_STOP: &[&str] = &[
    "of",
    "the",
    "and",
    "in",
    "on",
    "at",
    "to",
    "by",
    "for",
    "as",
    "is",
    "it",
    "be",
    "an",
    "or",
    "split",
    "mobile",
    "reading",
    "bath",
    "best",
    "deal",
    "march",
    "may",
    "nice",
    "orange",
    "union",
    "university",
    "mission",
    "opportunity",
    "independence",
    "liberty",
    "victoria",
    "colon",
    "police",
    "bar",
    "male",
    "man",
    "sale",
    "van",
    "young",
    "san",
    "santa",
    "la",
    "le",
    "el",
    "de",
    "du",
    "al",
    "bay",
    "city",
    "centre",
    "center",
    "north",
    "south",
    "east",
    "west",
];

fn load_gazetteers(dir: &Path, lex: &mut Lexicon) -> Result<(), NerError> {
    let tsv = |name: &str| read_lines(&dir.join(name));
    for (k, line) in tsv("geonames-countries.tsv")?.lines().enumerate() {
        let c: Vec<&str> = line.split('\t').collect();
        if k == 0 || c.len() < 4 {
            continue;
        }
        add(lex, c[2], cat::COUNTRY);
        if !c[3].is_empty() {
            add(lex, c[3], cat::CITY);
            add(lex, c[3], cat::BIG_CITY);
        }
    }
    for f in ["geonames-continents.tsv", "geonames-us-states.tsv"] {
        for (k, line) in tsv(f)?.lines().enumerate() {
            let c: Vec<&str> = line.split('\t').collect();
            if k > 0 && c.len() >= 2 {
                add(lex, c[1], cat::REGION);
            }
        }
    }
    let stop = |s: &str| lists_contains(PLACE_STOP, s);
    for (k, line) in tsv("geonames-cities15000.tsv")?.lines().enumerate() {
        let c: Vec<&str> = line.split('\t').collect();
        if k == 0 || c.len() < 8 {
            continue;
        }
        let pop: u64 = c[4].parse().unwrap_or(0);
        if !stop(c[1]) {
            add(lex, c[1], cat::CITY);
            if pop >= 500_000 {
                add(lex, c[1], cat::BIG_CITY);
            }
        }
        if pop >= 1_000_000 {
            for alt in c[7].split('|') {
                let ok = alt.len() >= 4
                    && alt.chars().next().is_some_and(char::is_uppercase)
                    && alt
                        .chars()
                        .all(|ch| ch.is_ascii_alphabetic() || ch == ' ' || ch == '-')
                    && !stop(alt);
                if ok {
                    add(lex, alt, cat::CITY);
                }
            }
        }
    }
    let title_case = |s: &str| -> String {
        let mut out = String::with_capacity(s.len());
        for (i, ch) in s.chars().enumerate() {
            if i == 0 {
                out.extend(ch.to_uppercase());
            } else {
                out.extend(ch.to_lowercase());
            }
        }
        out
    };
    for (k, line) in tsv("census-dist.all.last.2000.csv")?.lines().enumerate() {
        let c: Vec<&str> = line.split(',').collect();
        if k == 0 || c.len() < 2 {
            continue;
        }
        let rank: u32 = c[1].parse().unwrap_or(u32::MAX);
        if rank <= 40_000 {
            add(lex, &title_case(c[0]), cat::SURNAME);
        }
        if rank <= 3_000 {
            add(lex, &title_case(c[0]), cat::TOP_SURNAME);
        }
    }
    for f in [
        "census-dist.female.first.1990.csv",
        "census-dist.male.first.1990.csv",
    ] {
        for (k, line) in tsv(f)?.lines().enumerate() {
            let c: Vec<&str> = line.split(',').collect();
            if k == 0 || c.len() < 4 {
                continue;
            }
            add(lex, &title_case(c[0]), cat::FIRST);
            if c[3].parse::<u32>().unwrap_or(u32::MAX) <= 300 {
                add(lex, &title_case(c[0]), cat::TOP_FIRST);
            }
        }
    }
    for (k, line) in tsv("ssa-first-names-1880-2017.tsv")?.lines().enumerate() {
        let c: Vec<&str> = line.split('\t').collect();
        if k == 0 || c.len() < 2 {
            continue;
        }
        let total: u64 = c[1].parse().unwrap_or(0);
        if total >= 300 {
            add(lex, c[0], cat::FIRST);
        }
        if total >= 200_000 {
            add(lex, c[0], cat::TOP_FIRST);
        }
    }
    for f in ["legal-forms-by-type.tsv", "legal-forms-by-country.tsv"] {
        for (k, line) in tsv(f)?.lines().enumerate() {
            let c: Vec<&str> = line.split('\t').collect();
            if k > 0 && c.len() >= 2 && !c[1].trim().is_empty() {
                add(lex, c[1].trim(), cat::LEGAL);
            }
        }
    }
    Ok(())
}

fn lists_contains(list: &[&str], s: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(s))
}

fn add_lists(lex: &mut Lexicon) {
    for w in lists::TITLES {
        add(lex, w, cat::TITLE);
    }
    for w in lists::ORG_WORDS {
        add(lex, w, cat::ORG_WORD);
    }
    for w in lists::DEMONYMS {
        add(lex, w, cat::DEMONYM);
        add(lex, &format!("{w}s"), cat::DEMONYM);
    }
    for w in lists::COUNTRY_ALIASES {
        add(lex, w, cat::COUNTRY);
    }
}
