//! Unicode character properties and case mappings with CPython 3.11's answers.
//!
//! The tables come from CPython's own `unicodedata` (see `gen_unicode_tables.py`), so
//! `isalpha`, `isprintable`, `upper()` etc. agree with CPython rather than with the (newer)
//! Unicode version of Rust's `char` methods. ASCII never reaches the tables.

use super::unicode_tables as t;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn lookup_map(table: &super::StrMap, c: char) -> Option<&'static str> {
    table.get(c as u32)
}

/// The decimal value of a Unicode decimal digit (`unicodedata.decimal`).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = c as u32;
    let i = t::DECIMAL.partition_point(|&(lo, _)| lo <= cp);
    let (lo, hi) = *t::DECIMAL.get(i.checked_sub(1)?)?;
    // Decimal digits come in runs of ten starting at zero.
    (cp <= hi).then(|| (cp - lo) % 10)
}

/// The ASCII spaces of `str.isspace` as a bit set over the byte values below 64.
/// \t \n \v \f \r (9..=13), the separators \x1c..=\x1f, and the space itself.
const ASCII_SPACE_BITS: u64 = (0b1_1111 << 9) | (0b1111 << 0x1c) | (1 << 0x20);

/// `str.isspace` for one byte of ASCII (or UTF-8) text: one compare for the common
/// non-space byte, a bit test otherwise. Bytes >= 0x80 are never ASCII spaces.
#[inline(always)]
pub fn is_ascii_space_byte(b: u8) -> bool {
    b < 64 && (ASCII_SPACE_BITS >> b) & 1 != 0
}

/// `str.isspace` for one char (includes \x1c-\x1f, unlike Rust's `is_whitespace`).
pub fn is_python_space(c: char) -> bool {
    if c.is_ascii() {
        is_ascii_space_byte(c as u8)
    } else {
        in_ranges(t::SPACE, c)
    }
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(t::DECIMAL, c)
    }
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(t::DIGIT, c)
    }
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(t::NUMERIC, c)
    }
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(t::ALPHA, c)
    }
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_ranges(t::PRINTABLE, c)
    }
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_ranges(t::LOWER, c)
    }
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_ranges(t::UPPER, c)
    }
}

pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_ranges(t::TITLE, c)
}

pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(t::CASED, c)
    }
}

pub(crate) fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\'' | '.' | ':' | '^' | '`')
    } else {
        in_ranges(t::CASE_IGNORABLE, c)
    }
}

pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '_'
    } else {
        in_ranges(t::ID_START, c)
    }
}

pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_ranges(t::ID_CONTINUE, c)
    }
}

/// A line boundary for `str.splitlines` (\n \r \v \f \x1c-\x1e \x85 \u2028 \u2029).
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Appends the full uppercase mapping of `c` (e.g. 'ß' -> "SS").
pub(crate) fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        match lookup_map(&t::UPPER_MAP, c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
}

/// Appends the full lowercase mapping of `c` (without the final sigma rule).
pub(crate) fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        match lookup_map(&t::LOWER_MAP, c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
}

/// Appends the titlecase mapping of `c` (e.g. 'ǆ' -> 'ǅ', 'ß' -> "Ss").
pub(crate) fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        match lookup_map(&t::TITLE_MAP, c) {
            Some(s) => out.push_str(s),
            None => push_upper(out, c),
        }
    }
}

/// Appends the case folding of `c`.
pub(crate) fn push_fold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        match lookup_map(&t::FOLD_MAP, c) {
            Some(s) => out.push_str(s),
            None => push_lower(out, c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_match_cpython() {
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('９'), Some(9));
        assert_eq!(decimal_value('²'), None);
        assert!(is_digit('²') && !is_decimal('²'));
        assert!(is_numeric('½') && !is_digit('½'));
        assert!(is_python_space('\x1c') && is_python_space('\u{3000}'));
        assert!(!is_python_space('\u{200b}'));
        assert!(!is_printable('\u{200b}') && is_printable('é') && !is_printable('\x7f'));
        assert!(!is_printable('\u{a0}'));
        assert!(is_alpha('é') && !is_alpha('²'));
        assert!(is_titlecase('ǅ'));
        assert!(is_id_start('é') && !is_id_start('1') && is_id_continue('1'));
    }
    #[test]
    fn ascii_space_bits_are_cpythons_ascii_spaces() {
        // CPython's ASCII whitespace: \t \n \v \f \r, \x1c-\x1f and the space.
        let spaces: Vec<u8> = (0..=255u8).filter(|&b| is_ascii_space_byte(b)).collect();
        assert_eq!(spaces, [9, 10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x1f, 0x20]);
    }
}
