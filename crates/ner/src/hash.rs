//! Allocation-free hashing of strings, case variants and feature keys, a no-op hasher for maps keyed
//! by precomputed hashes, a tiny deterministic RNG and the little-endian codec of the model file.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::NerError;

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Seed of every string hash.
pub(crate) const SEED: u64 = 0x51_7cc1_b727_220a;

/// Mixes one value into a running hash.
#[inline]
pub(crate) fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(26) ^ x).wrapping_mul(K)
}

/// Final avalanche (murmur3 fmix64).
#[inline]
pub(crate) fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hash of a string as written.
#[inline]
pub(crate) fn hash_exact(s: &str) -> u64 {
    let mut h = SEED;
    for c in s.chars() {
        h = mix(h, c as u64);
    }
    fmix(h)
}

/// Hash of a string lower-cased.
#[inline]
pub(crate) fn hash_lower(s: &str) -> u64 {
    let mut h = SEED;
    for c in s.chars() {
        if c.is_ascii() {
            h = mix(h, c.to_ascii_lowercase() as u64);
        } else {
            for l in c.to_lowercase() {
                h = mix(h, l as u64);
            }
        }
    }
    fmix(h)
}

/// Hash of a string in title case (first char upper-cased, the rest lower-cased).
#[inline]
pub(crate) fn hash_title(s: &str) -> u64 {
    let mut h = SEED;
    for (i, c) in s.chars().enumerate() {
        if i == 0 {
            if c.is_ascii() {
                h = mix(h, c.to_ascii_uppercase() as u64);
            } else {
                for u in c.to_uppercase() {
                    h = mix(h, u as u64);
                }
            }
        } else if c.is_ascii() {
            h = mix(h, c.to_ascii_lowercase() as u64);
        } else {
            for l in c.to_lowercase() {
                h = mix(h, l as u64);
            }
        }
    }
    fmix(h)
}

/// A hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct NoHash(u64);

impl Hasher for NoHash {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, b as u64);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by precomputed hashes.
pub(crate) type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<NoHash>>;

/// xorshift64*: a small deterministic RNG for shuffling and initialisation.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(fmix(seed ^ K) | 1)
    }
    pub(crate) fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

/// Little-endian writer for the model file.
#[derive(Default)]
pub(crate) struct Writer(pub(crate) Vec<u8>);

impl Writer {
    pub(crate) fn u8(&mut self, x: u8) {
        self.0.push(x);
    }
    pub(crate) fn u32(&mut self, x: u32) {
        self.0.extend_from_slice(&x.to_le_bytes());
    }
    pub(crate) fn u64(&mut self, x: u64) {
        self.0.extend_from_slice(&x.to_le_bytes());
    }
    pub(crate) fn f32(&mut self, x: f32) {
        self.0.extend_from_slice(&x.to_le_bytes());
    }
    pub(crate) fn i16(&mut self, x: i16) {
        self.0.extend_from_slice(&x.to_le_bytes());
    }
    pub(crate) fn varint(&mut self, mut x: u64) {
        while x >= 0x80 {
            self.0.push((x as u8) | 0x80);
            x >>= 7;
        }
        self.0.push(x as u8);
    }
}

/// Little-endian reader for the model file; every read is bounds-checked.
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Reader { data, pos: 0 }
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        // `let … else` rather than `ok_or(error)`: that built and dropped an error value on every read
        // (a third of the model's load time).
        let Some(end) = self.pos.checked_add(n) else {
            return Err(NerError::Model("overflow"));
        };
        let Some(s) = self.data.get(self.pos..end) else {
            return Err(NerError::Model("truncated model file"));
        };
        self.pos = end;
        Ok(s)
    }
    pub(crate) fn u8(&mut self) -> Result<u8, NerError> {
        Ok(self.take(1)?[0])
    }
    pub(crate) fn u32(&mut self) -> Result<u32, NerError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub(crate) fn u64(&mut self) -> Result<u64, NerError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    pub(crate) fn f32(&mut self) -> Result<f32, NerError> {
        Ok(f32::from_bits(self.u32()?))
    }
    pub(crate) fn i16(&mut self) -> Result<i16, NerError> {
        let b = self.take(2)?;
        Ok(i16::from_le_bytes([b[0], b[1]]))
    }
    pub(crate) fn varint(&mut self) -> Result<u64, NerError> {
        let mut x = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            x |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(x);
            }
        }
        Err(NerError::Model("bad varint"))
    }
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        self.take(n)
    }
    pub(crate) fn remaining(&self) -> usize {
        self.data.len().saturating_sub(self.pos)
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.pos >= self.data.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_variants_hash_alike() {
        assert_eq!(hash_lower("MOSCOW"), hash_exact("moscow"));
        assert_eq!(hash_title("MOSCOW"), hash_exact("Moscow"));
        assert_eq!(hash_lower("ÉCOLE"), hash_exact("école"));
        assert_ne!(hash_exact("Moscow"), hash_exact("moscow"));
    }

    #[test]
    fn codec_round_trips() {
        let mut w = Writer::default();
        w.varint(300);
        w.u32(7);
        w.i16(-5);
        w.f32(1.5);
        let mut r = Reader::new(&w.0);
        assert_eq!(r.varint().unwrap(), 300);
        assert_eq!(r.u32().unwrap(), 7);
        assert_eq!(r.i16().unwrap(), -5);
        assert_eq!(r.f32().unwrap(), 1.5);
        assert!(r.is_empty());
        assert!(r.u8().is_err());
    }
}
