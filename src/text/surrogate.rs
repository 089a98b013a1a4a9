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

/// The value of a non-raw str literal's source `body` (between its quotes), with surrogate
/// escapes (`\ud800`) as stand-ins. The parser replaces lone surrogates with U+FFFD; the
/// compiler reads such literals again with this. `None` if `body` holds no surrogate escape
/// or a malformed escape (the parser has reported those).
pub fn str_literal_with_surrogates(
    body: &str,
    named: impl Fn(&str) -> Option<char>,
) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    let mut found = false;
    let mut rest = body;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let esc = &rest[at + 1..];
        let e = esc.chars().next()?;
        let (c, used) = match e {
            '\n' => (None, 1),
            '\r' => (None, if esc[1..].starts_with('\n') { 2 } else { 1 }),
            '\\' | '\'' | '"' => (Some(e), 1),
            'a' => (Some('\x07'), 1),
            'b' => (Some('\x08'), 1),
            'f' => (Some('\x0c'), 1),
            'n' => (Some('\n'), 1),
            'r' => (Some('\r'), 1),
            't' => (Some('\t'), 1),
            'v' => (Some('\x0b'), 1),
            '0'..='7' => {
                let digits = esc
                    .bytes()
                    .take(3)
                    .take_while(|d| (b'0'..=b'7').contains(d))
                    .count();
                let n = u32::from_str_radix(&esc[..digits], 8).ok()?;
                (char_of_code_point(n), digits)
            }
            'x' | 'u' | 'U' => {
                let width = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex = esc.get(1..1 + width)?;
                let n = u32::from_str_radix(hex, 16).ok()?;
                found |= SURROGATES.contains(&n);
                (Some(char_of_code_point(n)?), 1 + width)
            }
            'N' => {
                let close = esc.find('}')?;
                let name = esc.get(2..close)?;
                (Some(named(name)?), close + 1)
            }
            // Not an escape: the backslash stays.
            _ => {
                out.push('\\');
                rest = esc;
                continue;
            }
        };
        out.extend(c);
        rest = &esc[used..];
    }
    out.push_str(rest);
    found.then_some(out)
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

    #[test]
    fn literals_with_surrogate_escapes() {
        let read = |b: &str| str_literal_with_surrogates(b, |_| Some('*'));
        assert_eq!(read(r"plain \n \u00e9"), None);
        assert_eq!(
            read(r"a\ud800b\x41\101\N{X}\q\\\udcff").as_deref(),
            Some("a\u{10e800}bAA*\\q\\\u{10ecff}")
        );
        assert_eq!(read(r"\U0000dc80").as_deref(), Some("\u{10ec80}"));
    }
}
