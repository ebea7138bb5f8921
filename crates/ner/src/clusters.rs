//! Word clusters and capitalisation statistics learned from unlabelled news (training time only).
//!
//! A cheap stand-in for Brown clustering: each frequent word gets a vector of its left and right
//! neighbours (the 400 most frequent words, plus the shape class of rarer neighbours), log-scaled and
//! L2-normalised; a deterministic bisecting spherical 2-means then builds a binary tree whose root-to-leaf
//! paths are used like Brown cluster bit strings (prefixes of length 4, 6, 10, 20 become features).

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

use newsx_core::{TextAnalysis, TokenKind};

use crate::hash::{hash_exact, hash_lower, HashKeyed, Rng};
use crate::lexicon::Lexicon;
use crate::NerError;

/// Settings of cluster learning.
#[derive(Debug, Clone)]
pub(crate) struct ClusterOptions {
    pub min_count: u32,
    pub max_vocab: usize,
    pub contexts: usize,
    pub max_depth: u32,
    pub seed: u64,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            min_count: 4,
            max_vocab: 60_000,
            contexts: 400,
            max_depth: 20,
            seed: 7,
        }
    }
}

/// Statistics gathered from the corpora.
#[derive(Debug, Default)]
pub(crate) struct CorpusStats {
    pub tokens: usize,
    pub articles: usize,
    pub vocab: usize,
}

fn shape_class(w: &str) -> usize {
    let c = w.chars().next().unwrap_or(' ');
    if c.is_uppercase() {
        0
    } else if c.is_alphabetic() {
        1
    } else if c.is_numeric() {
        2
    } else {
        3
    }
}

/// Reads JSONL corpora (`title`, `text` fields), learns clusters and capitalisation buckets into `lex`.
pub(crate) fn learn(
    corpora: &[&Path],
    opts: &ClusterOptions,
    lex: &mut Lexicon,
) -> Result<CorpusStats, NerError> {
    let mut stats = CorpusStats::default();
    // Sentences as vectors of word ids.
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut words: Vec<String> = Vec::new();
    let mut counts: Vec<u32> = Vec::new();
    let mut sentences: Vec<Vec<u32>> = Vec::new();
    // Lower-case form -> (capitalised mid-sentence, lower-case mid-sentence).
    let mut caps: HashMap<String, (u32, u32)> = HashMap::new();
    for path in corpora {
        let file =
            std::fs::File::open(path).map_err(|e| NerError::Io(path.display().to_string(), e))?;
        let jsonl = path.extension().is_some_and(|e| e == "jsonl");
        let mut texts: Vec<String> = Vec::new();
        if !jsonl {
            // A CoNLL file used as unlabelled text: one line per sentence.
            let docs = crate::eval::read_conll(path)?;
            for d in docs {
                let mut t = String::new();
                for r in &d.sentences {
                    t.push_str(&d.words[r.clone()].join(" "));
                    t.push('\n');
                }
                texts.push(t);
            }
        }
        let lines: Box<dyn Iterator<Item = std::io::Result<String>>> = if jsonl {
            Box::new(std::io::BufReader::new(file).lines())
        } else {
            Box::new(texts.into_iter().map(Ok))
        };
        for line in lines {
            let line = line.map_err(|e| NerError::Io(path.display().to_string(), e))?;
            let owned;
            let text: &str = if jsonl {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
                    continue;
                };
                let Some(t) = v.get("text").and_then(|t| t.as_str()) else {
                    continue;
                };
                owned = t.to_string();
                &owned
            } else {
                &line
            };
            stats.articles += 1;
            let a = TextAnalysis::new(text);
            for s in &a.sentences {
                let toks = &a.tokens[s.tokens.clone()];
                let alpha: Vec<&str> = toks
                    .iter()
                    .map(|t| t.text(text))
                    .filter(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic))
                    .collect();
                let upper = alpha
                    .iter()
                    .filter(|w| !w.chars().any(char::is_lowercase))
                    .count();
                let shouting = alpha.len() >= 2 && upper * 4 >= alpha.len() * 3;
                let mut sent = Vec::with_capacity(toks.len());
                let mut first_word = true;
                for t in toks {
                    let w = t.text(text);
                    let id = *ids.entry(w.to_string()).or_insert_with(|| {
                        words.push(w.to_string());
                        counts.push(0);
                        (words.len() - 1) as u32
                    });
                    counts[id as usize] += 1;
                    sent.push(id);
                    stats.tokens += 1;
                    if t.kind == TokenKind::Word
                        && w.chars().next().is_some_and(char::is_alphabetic)
                    {
                        if !first_word && !shouting {
                            let e = caps.entry(w.to_lowercase()).or_default();
                            if w.chars().next().is_some_and(char::is_uppercase) {
                                e.0 += 1;
                            } else {
                                e.1 += 1;
                            }
                        }
                        first_word = false;
                    } else if t.is_wordlike() {
                        first_word = false;
                    }
                }
                sentences.push(sent);
            }
        }
    }
    // Capitalisation buckets.
    for (w, (c, l)) in &caps {
        let total = c + l;
        if total < 3 {
            continue;
        }
        let r = *c as f64 / total as f64;
        let bucket = if r < 0.05 {
            1
        } else if r < 0.3 {
            2
        } else if r < 0.7 {
            3
        } else if r < 0.95 {
            4
        } else {
            5
        };
        lex.capitalised.insert(hash_lower(w), bucket);
    }
    // Vocabulary and context words by frequency (ties broken by the word, for determinism).
    let mut order: Vec<u32> = (0..words.len() as u32).collect();
    order.sort_by(|&a, &b| {
        counts[b as usize]
            .cmp(&counts[a as usize])
            .then_with(|| words[a as usize].cmp(&words[b as usize]))
    });
    let vocab: Vec<u32> = order
        .iter()
        .copied()
        .filter(|&i| counts[i as usize] >= opts.min_count)
        .take(opts.max_vocab)
        .collect();
    stats.vocab = vocab.len();
    let mut ctx_index = vec![u32::MAX; words.len()];
    for (k, &i) in order.iter().take(opts.contexts).enumerate() {
        ctx_index[i as usize] = k as u32;
    }
    let mut vrow = vec![u32::MAX; words.len()];
    for (k, &i) in vocab.iter().enumerate() {
        vrow[i as usize] = k as u32;
    }
    let k = opts.contexts as u32;
    let dim = 2 * k + 10;
    let mut ctx: Vec<HashMap<u32, f32>> = vec![HashMap::new(); vocab.len()];
    let feature = |w: Option<u32>, side: u32| -> u32 {
        match w {
            None => 2 * k + 8 + side,
            Some(w) => {
                let c = ctx_index[w as usize];
                if c != u32::MAX {
                    side * k + c
                } else {
                    2 * k + side * 4 + shape_class(&words[w as usize]) as u32
                }
            }
        }
    };
    for s in &sentences {
        for (j, &w) in s.iter().enumerate() {
            let r = vrow[w as usize];
            if r == u32::MAX {
                continue;
            }
            let left = if j > 0 { Some(s[j - 1]) } else { None };
            let right = s.get(j + 1).copied();
            let m = &mut ctx[r as usize];
            *m.entry(feature(left, 0)).or_default() += 1.0;
            *m.entry(feature(right, 1)).or_default() += 1.0;
        }
    }
    drop(sentences);
    let vecs: Vec<Vec<(u32, f32)>> = ctx
        .into_iter()
        .map(|m| {
            let mut v: Vec<(u32, f32)> = m.into_iter().map(|(d, c)| (d, (1.0 + c).ln())).collect();
            v.sort_unstable_by_key(|e| e.0);
            let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt().max(1e-9);
            for e in &mut v {
                e.1 /= norm;
            }
            v
        })
        .collect();
    let paths = bisect(&vecs, dim as usize, opts);
    // Store: exact spelling -> path, lower-case -> path of the most frequent spelling.
    let mut lower_best: HashKeyed<(u32, u32)> = HashKeyed::default();
    for (k, &i) in vocab.iter().enumerate() {
        let (path, len) = paths[k];
        let packed = (len << 24) | (path & 0x00ff_ffff);
        let w = &words[i as usize];
        lex.clusters.insert(hash_exact(w), packed);
        let e = lower_best.entry(hash_lower(w)).or_insert((0, packed));
        if counts[i as usize] > e.0 {
            *e = (counts[i as usize], packed);
        }
    }
    for (h, (_, p)) in lower_best {
        lex.clusters_lower.insert(h, p);
    }
    Ok(stats)
}

/// Bisecting spherical 2-means; returns (path bits, depth) per vector.
fn bisect(vecs: &[Vec<(u32, f32)>], dim: usize, opts: &ClusterOptions) -> Vec<(u32, u32)> {
    let mut paths = vec![(0u32, 0u32); vecs.len()];
    let mut rng = Rng::new(opts.seed);
    let mut stack: Vec<(Vec<usize>, u32, u32)> = vec![((0..vecs.len()).collect(), 0, 0)];
    let dot =
        |v: &[(u32, f32)], c: &[f32]| -> f32 { v.iter().map(|&(d, x)| x * c[d as usize]).sum() };
    while let Some((members, path, depth)) = stack.pop() {
        for &m in &members {
            paths[m] = (path, depth);
        }
        if members.len() < 4 || depth >= opts.max_depth {
            continue;
        }
        // Initialise with two members far apart: a random one, then the least similar of a sample.
        let a = members[rng.below(members.len())];
        let mut ca = vec![0f32; dim];
        for &(d, x) in &vecs[a] {
            ca[d as usize] = x;
        }
        let mut b = members[0];
        let mut worst = f32::MAX;
        for _ in 0..64.min(members.len()) {
            let m = members[rng.below(members.len())];
            let s = dot(&vecs[m], &ca);
            if s < worst && m != a {
                worst = s;
                b = m;
            }
        }
        let mut cb = vec![0f32; dim];
        for &(d, x) in &vecs[b] {
            cb[d as usize] = x;
        }
        let mut side = vec![false; members.len()];
        for _ in 0..6 {
            for (k, &m) in members.iter().enumerate() {
                side[k] = dot(&vecs[m], &cb) > dot(&vecs[m], &ca);
            }
            ca.iter_mut().for_each(|x| *x = 0.0);
            cb.iter_mut().for_each(|x| *x = 0.0);
            for (k, &m) in members.iter().enumerate() {
                let c = if side[k] { &mut cb } else { &mut ca };
                for &(d, x) in &vecs[m] {
                    c[d as usize] += x;
                }
            }
            for c in [&mut ca, &mut cb] {
                let n = c.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
                c.iter_mut().for_each(|x| *x /= n);
            }
        }
        let (left, right): (Vec<usize>, Vec<usize>) = {
            let mut l = Vec::new();
            let mut r = Vec::new();
            for (k, &m) in members.iter().enumerate() {
                if side[k] {
                    r.push(m);
                } else {
                    l.push(m);
                }
            }
            (l, r)
        };
        if left.is_empty() || right.is_empty() {
            continue;
        }
        stack.push((left, path << 1, depth + 1));
        stack.push((right, (path << 1) | 1, depth + 1));
    }
    paths
}
