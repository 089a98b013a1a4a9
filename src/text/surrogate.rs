//! Lone surrogates (U+D800..U+DFFF) in `str`.
//!
//! pyseal's strings are UTF-8, which cannot hold a surrogate code point, yet Python programs
//! make them: `surrogateescape` decoding, `surrogatepass`, `chr(0xdc80)`. Each surrogate is
//! stored as a stand-in character from a block of Supplementary Private Use Area-B that no
//! program uses in practice (U+10E800..U+10EFFF, one stand-in per surrogate, in order). Code
//! that shows or encodes characters asks `code_point` for what Python sees; everything else
//! (length, indexing, slicing, hashing, equality) works on stand-ins unchanged. Known
//! difference: strings holding surrogates sort as if they were above U+10E7FF.

/// The first stand-in; surrogate `0xD800 + k` is stored as `STAND_IN_BASE + k`.
const STAND_IN_BASE: u32 = 0x10_E800;
const SURROGATES: std::ops::Range<u32> = 0xD800..0xE000;

/// The character that stands for code point `n` in a pyseal string: itself, or the stand-in
/// of a surrogate. `None` only past U+10FFFF.
pub fn char_of_code_point(n: u32) -> Option<char> {
    if SURROGATES.contains(&n) {
        char::from_u32(STAND_IN_BASE + (n - SURROGATES.start))
    } else {
        char::from_u32(n)
    }
}

/// The surrogate `c` stands for, if it is a stand-in.
#[inline]
pub fn surrogate_of(c: char) -> Option<u16> {
    let n = c as u32;
    if (STAND_IN_BASE..STAND_IN_BASE + 0x800).contains(&n) {
        Some((n - STAND_IN_BASE + SURROGATES.start) as u16)
    } else {
        None
    }
}

/// The code point Python sees for `c` (what `ord()` returns).
#[inline]
pub fn code_point(c: char) -> u32 {
    match surrogate_of(c) {
        Some(s) => u32::from(s),
        None => c as u32,
    }
}

/// Whether `s` holds a surrogate stand-in (a quick byte scan: every stand-in's UTF-8 form
/// starts F4 8E A0..=BF).
pub fn has_surrogates(s: &str) -> bool {
    let b = s.as_bytes();
    // `contains` on bytes is a memchr: most text has no 0xF4 byte at all.
    if !b.contains(&0xF4) {
        return false;
    }
    let mut from = 0;
    while let Some(i) = b[from..].iter().position(|&x| x == 0xF4) {
        let at = from + i;
        if b.get(at + 1) == Some(&0x8E) && matches!(b.get(at + 2), Some(0xA0..=0xBF)) {
            return true;
        }
        from = at + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_ins_round_trip() {
        for n in [0xD800u32, 0xDBFF, 0xDC80, 0xDCFF, 0xDFFF] {
            let c = char_of_code_point(n).unwrap();
            assert_eq!(code_point(c), n);
            assert_eq!(surrogate_of(c), Some(n as u16));
            assert!(has_surrogates(&format!("ab{c}é")));
        }
        for n in [0u32, 0x41, 0xD7FF, 0xE000, 0x10E7FF, 0x10F000, 0x10FFFF] {
            let c = char_of_code_point(n).unwrap();
            assert_eq!(c as u32, n);
            assert_eq!(code_point(c), n);
            assert!(!has_surrogates(&c.to_string()));
        }
        assert_eq!(char_of_code_point(0x110000), None);
    }
}
