//! `str`: immutable Unicode text with O(1) indexing for ASCII and a cached hash.

use std::cell::Cell;

pub struct PyStr {
    s: Box<str>,
    /// Length in characters.
    chars: usize,
    hash: Cell<i64>,
}

const NO_HASH: i64 = -1;

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            chars: char_count(s),
            s: s.into(),
            hash: Cell::new(NO_HASH),
        }
    }

    pub fn from_string(s: String) -> PyStr {
        PyStr {
            chars: char_count(&s),
            s: s.into_boxed_str(),
            hash: Cell::new(NO_HASH),
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
        let h = str_hash(self.s.as_bytes());
        self.hash.set(h);
        h
    }

    /// Character `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            return self.s.as_bytes().get(i).map(|&b| b as char);
        }
        self.s.chars().nth(i)
    }

    /// Byte offset of character `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.s.len());
        }
        self.s
            .char_indices()
            .nth(i)
            .map(|(b, _)| b)
            .unwrap_or(self.s.len())
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

/// FxHash-style string hash, folded so it is never -1.
pub fn str_hash(bytes: &[u8]) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
    }
    h ^= bytes.len() as u64;
    h = (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 32;
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}
