//! `str`: immutable Unicode text with O(1) indexing for ASCII and a cached hash.

use std::cell::{Cell, OnceCell};

pub struct PyStr {
    /// The text. A `String` (not a `Box<str>`) so that `s += t` on a string no one else
    /// holds can grow it in place (see `push_str`); constructors keep it exactly sized.
    s: String,
    /// Length in characters.
    chars: usize,
    hash: Cell<i64>,
    /// For non-ASCII text, built on first use: the byte offset of every `STRIDE`th character,
    /// so indexing and slicing cost O(STRIDE) rather than a walk from the start.
    marks: OnceCell<Box<[usize]>>,
}

/// Characters between two entries of `PyStr::marks`.
const STRIDE: usize = 64;

const NO_HASH: i64 = -1;

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            chars: char_count(s),
            s: String::from(s),
            hash: Cell::new(NO_HASH),
            marks: OnceCell::new(),
        }
    }

    pub fn from_string(mut s: String) -> PyStr {
        s.shrink_to_fit();
        PyStr {
            chars: char_count(&s),
            s,
            hash: Cell::new(NO_HASH),
            marks: OnceCell::new(),
        }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in characters (what `len()` returns).
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The string's hash (computed once; never -1, as in CPython).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = text_hash(&self.s);
        self.hash.set(h);
        h
    }

    /// Character `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            return self.s.as_bytes().get(i).map(|&b| b as char);
        }
        if i >= self.chars {
            return None;
        }
        self.s[self.byte_offset(i)..].chars().next()
    }

    /// Byte offset of character `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.s.len());
        }
        if i >= self.chars {
            return self.s.len();
        }
        // Short strings are walked; long ones start from the nearest mark at or before i.
        if self.chars <= STRIDE {
            return self
                .s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b);
        }
        let marks = self.marks.get_or_init(|| {
            self.s
                .char_indices()
                .step_by(STRIDE)
                .map(|(b, _)| b)
                .collect()
        });
        let from = marks[i / STRIDE];
        self.s[from..]
            .char_indices()
            .nth(i % STRIDE)
            .map_or(self.s.len(), |(b, _)| from + b)
    }

    /// Appends `t`, for `s += t` where this string has no other holder (the caller owns the
    /// only reference, so no one can see it change). Capacity grows geometrically, so a loop
    /// of appends costs linear time, as CPython's in-place concatenation does.
    pub fn push_str(&mut self, t: &str) {
        self.s.push_str(t);
        self.chars += char_count(t);
        self.hash.set(NO_HASH);
        self.marks = OnceCell::new();
    }

    /// Characters `start..end` (character indices, clamped).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }
}

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The hash of a string's bytes: CPython's SipHash-1-3 over `bytes`, keyed as CPython keys it
/// for `PYTHONHASHSEED` (0 or unset: the all-zero key), so sets of strings iterate in the order
/// CPython gives them under the same seed. Empty input hashes to 0; never -1.
pub fn str_hash(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let (k0, k1) = hash_key();
    let h = siphash13(k0, k1, bytes) as i64;
    if h == -1 { -2 } else { h }
}

/// The hash of a `str` as CPython computes it: over the string in its narrowest fixed-width
/// form (1, 2 or 4 bytes per character, little-endian).
pub fn text_hash(s: &str) -> i64 {
    // ASCII text is its own narrowest form; checking that a word at a time is far cheaper
    // than decoding every character to find the widest.
    if s.is_ascii() {
        return str_hash(s.as_bytes());
    }
    let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        if widest < 0x100 {
            buf.push(c as u8);
        } else if widest < 0x1_0000 {
            buf.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            buf.extend_from_slice(&c.to_le_bytes());
        }
    }
    str_hash(&buf)
}

/// CPython's hash secret for `PYTHONHASHSEED`: zero for 0, unset or anything unparsable
/// (pyseal has no random seed), otherwise the bytes of its linear congruential generator.
fn hash_key() -> (u64, u64) {
    static KEY: std::sync::OnceLock<(u64, u64)> = std::sync::OnceLock::new();
    *KEY.get_or_init(|| {
        let seed = std::env::var("PYTHONHASHSEED")
            .ok()
            .and_then(|v| v.trim().parse::<u32>().ok())
            .unwrap_or(0);
        if seed == 0 {
            return (0, 0);
        }
        let mut x = seed;
        let mut key = [0u8; 16];
        for b in key.iter_mut() {
            x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
            *b = ((x >> 16) & 0xff) as u8;
        }
        let (a, b) = key.split_at(8);
        (
            u64::from_le_bytes(a.try_into().unwrap_or([0; 8])),
            u64::from_le_bytes(b.try_into().unwrap_or([0; 8])),
        )
    })
}

fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ];
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[2] = v[2].wrapping_add(v[3]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[1]);
        v[0] = v[0].wrapping_add(v[3]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].rotate_left(32);
    }
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut b = (data.len() as u64) << 56;
    for (i, &byte) in chunks.remainder().iter().enumerate() {
        b |= (byte as u64) << (8 * i);
    }
    v[3] ^= b;
    round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    round(&mut v);
    round(&mut v);
    round(&mut v);
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}
