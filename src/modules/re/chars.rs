//! Character predicates and case folding for matching: `\d \w \s` in their Unicode and ASCII
//! forms, and the folds that IGNORECASE compares.

use super::fold_table::{CANON, FOLDED_FROM, LOWER};
use super::parse::{Category, ClassItem};
use crate::text as unicode;

fn lookup(table: &[(u32, u32)], c: u32) -> Option<u32> {
    table
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// The IGNORECASE fold of `c`: two characters match when their folds are equal.
#[inline]
pub fn fold(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if ascii {
        return c;
    }
    let lo = lookup(LOWER, c).unwrap_or(c);
    lookup(CANON, lo).unwrap_or(lo)
}

/// Every character whose fold is `f`, other than `f` itself, passed to `each`; stops early
/// when `each` returns true.
pub fn any_folding_to(f: u32, ascii: bool, mut each: impl FnMut(u32) -> bool) -> bool {
    if ascii {
        return (b'a' as u32..=b'z' as u32).contains(&f) && each(f - 32);
    }
    let start = FOLDED_FROM.partition_point(|&(k, _)| k < f);
    FOLDED_FROM[start..]
        .iter()
        .take_while(|&&(k, _)| k == f)
        .any(|&(_, c)| each(c))
}

#[inline]
pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    !ascii && char::from_u32(c).is_some_and(unicode::is_alnum)
}

#[inline]
pub fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_digit();
    }
    !ascii && char::from_u32(c).is_some_and(unicode::is_decimal)
}

#[inline]
pub fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return matches!(c as u8, b' ' | b'\t'..=b'\r') || (!ascii && (0x1c..=0x1f).contains(&c));
    }
    !ascii && char::from_u32(c).is_some_and(unicode::is_python_space)
}

pub fn in_category(cat: Category, c: u32, ascii: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, ascii),
        Category::Word => is_word(c, ascii),
        Category::Space => is_space(c, ascii),
    }
}

/// Whether `c` is one of `items` (ignoring case and negation).
pub fn items_contain(items: &[ClassItem], c: u32) -> bool {
    items.iter().any(|item| match *item {
        ClassItem::Char(x) => x == c,
        ClassItem::Range(a, b) => a <= c && c <= b,
        ClassItem::Cat(cat, neg, ascii) => in_category(cat, c, ascii) != neg,
    })
}

/// Whether `c` matches `items` under IGNORECASE: some character with the same fold is in them.
pub fn items_contain_folded(items: &[ClassItem], c: u32, ascii: bool) -> bool {
    if items_contain(items, c) {
        return true;
    }
    let f = fold(c, ascii);
    (f != c && items_contain(items, f))
        || any_folding_to(f, ascii, |x| x != c && items_contain(items, x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_follow_cpython() {
        assert_eq!(fold('K' as u32, false), 'k' as u32);
        assert_eq!(fold(0x212A, false), 'k' as u32); // Kelvin sign
        assert_eq!(fold(0x17F, false), 's' as u32); // long s
        assert_eq!(fold(0x131, false), 'i' as u32); // dotless i
        assert_eq!(fold(0x130, false), 'i' as u32); // I with dot above
        assert_eq!(fold('É' as u32, true), 'É' as u32);
        let mut seen = Vec::new();
        any_folding_to('s' as u32, false, |c| {
            seen.push(c);
            false
        });
        assert!(seen.contains(&('S' as u32)) && seen.contains(&0x17F));
    }

    #[test]
    fn categories() {
        assert!(is_digit('٣' as u32, false) && !is_digit('٣' as u32, true));
        assert!(is_word('é' as u32, false) && !is_word('é' as u32, true));
        assert!(is_space(0x1c, false) && !is_space(0x1c, true));
        assert!(!is_digit('²' as u32, false));
    }
}
