//! `bytes`/`bytearray` methods as pure functions on `&[u8]`: ASCII semantics throughout,
//! indices in bytes.

use std::io::BufRead;

use crate::format::FmtError;

pub use super::str_ops::adjust_indices;

/// `bytes.isspace` whitespace: space, \t \n \r \x0b \x0c.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// First index of `byte` in `hay`: std's memchr, reached through `BufRead::skip_until`
/// (which stops just past the first match, or at the end).
pub fn memchr(byte: u8, hay: &[u8]) -> Option<usize> {
    let mut rest = hay;
    let n = rest.skip_until(byte).ok()?;
    (n > 0 && hay[n - 1] == byte).then(|| n - 1)
}

/// First index of `needle` in `hay`. Candidates come from a memchr on the needle's first
/// byte; if they keep failing (a needle like `b"aaab"` in `b"aaaa..."`), the rest of the
/// search is Knuth-Morris-Pratt, so no input costs more than linear time.
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n == 0 {
        return Some(0);
    }
    if n > hay.len() {
        return None;
    }
    let last_start = hay.len() - n;
    let mut i = 0;
    let mut verified = 0usize;
    while i <= last_start {
        i += memchr(needle[0], &hay[i..=last_start])?;
        if hay[i..i + n] == *needle {
            return Some(i);
        }
        verified += n;
        if verified > 4 * i + 4096 {
            return kmp_find(&hay[i + 1..], needle).map(|k| i + 1 + k);
        }
        i += 1;
    }
    None
}

/// Knuth-Morris-Pratt: the first index of a non-empty `needle` in `hay`, in O(len) time.
fn kmp_find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    // border[q]: length of the longest proper prefix of needle[..=q] that is also its suffix.
    let mut border = vec![0usize; needle.len()];
    let mut k = 0;
    for q in 1..needle.len() {
        while k > 0 && needle[q] != needle[k] {
            k = border[k - 1];
        }
        if needle[q] == needle[k] {
            k += 1;
        }
        border[q] = k;
    }
    let mut k = 0;
    for (i, &b) in hay.iter().enumerate() {
        while k > 0 && b != needle[k] {
            k = border[k - 1];
        }
        if b == needle[k] {
            k += 1;
        }
        if k == needle.len() {
            return Some(i + 1 - k);
        }
    }
    None
}

/// Last index of `needle` in `hay`, with the same linear-time guarantee as [`find_bytes`].
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n == 0 {
        return Some(hay.len());
    }
    if n > hay.len() {
        return None;
    }
    let mut end = hay.len() - n + 1; // candidates start below `end`
    let mut verified = 0usize;
    while end > 0 {
        let i = hay[..end].iter().rposition(|&b| b == needle[0])?;
        if hay[i..i + n] == *needle {
            return Some(i);
        }
        verified += n;
        if verified > 4 * (hay.len() - i) + 4096 {
            // The reversed needle's first match in the reversed text is the last match here.
            let rev_hay: Vec<u8> = hay[..i + n - 1].iter().rev().copied().collect();
            let rev_needle: Vec<u8> = needle.iter().rev().copied().collect();
            return kmp_find(&rev_hay, &rev_needle).map(|k| i + n - 1 - k - n);
        }
        end = i;
    }
    None
}

fn window(s: &[u8], start: Option<i64>, end: Option<i64>) -> Option<(&[u8], usize)> {
    let (st, en) = adjust_indices(start, end, s.len());
    (st <= en).then(|| (&s[st..en], st))
}

pub fn find(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (w, st) = window(s, start, end)?;
    find_bytes(w, sub).map(|i| i + st)
}

pub fn rfind(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (w, st) = window(s, start, end)?;
    rfind_bytes(w, sub).map(|i| i + st)
}

pub fn index(
    s: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, FmtError> {
    find(s, sub, start, end).ok_or_else(|| FmtError::value("subsection not found"))
}

pub fn rindex(
    s: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, FmtError> {
    rfind(s, sub, start, end).ok_or_else(|| FmtError::value("subsection not found"))
}

/// `b.count(sub, start, end)`: non-overlapping matches.
pub fn count(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let Some((mut w, _)) = window(s, start, end) else {
        return 0;
    };
    if sub.is_empty() {
        return w.len() + 1;
    }
    let mut n = 0;
    while let Some(i) = find_bytes(w, sub) {
        n += 1;
        w = &w[i + sub.len()..];
    }
    n
}

fn empty_separator() -> FmtError {
    FmtError::value("empty separator")
}

/// `b.split(sep, maxsplit)`.
pub fn split<'a>(
    s: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, FmtError> {
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        None => {
            let mut rest = lstrip(s, None);
            while !rest.is_empty() {
                if out.len() == limit {
                    out.push(rest);
                    break;
                }
                match rest.iter().position(|b| is_space(*b)) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = lstrip(&rest[i..], None);
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
        }
        Some([]) => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = s;
            while out.len() < limit {
                match find_bytes(rest, sep) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            out.push(rest);
        }
    }
    Ok(out)
}

/// `b.rsplit(sep, maxsplit)`.
pub fn rsplit<'a>(
    s: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, FmtError> {
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        None => {
            let mut rest = rstrip(s, None);
            while !rest.is_empty() {
                if out.len() == limit {
                    out.push(rest);
                    break;
                }
                match rest.iter().rposition(|b| is_space(*b)) {
                    Some(i) => {
                        out.push(&rest[i + 1..]);
                        rest = rstrip(&rest[..i], None);
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
        }
        Some([]) => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = s;
            while out.len() < limit {
                match rfind_bytes(rest, sep) {
                    Some(i) => {
                        out.push(&rest[i + sep.len()..]);
                        rest = &rest[..i];
                    }
                    None => break,
                }
            }
            out.push(rest);
        }
    }
    out.reverse();
    Ok(out)
}

/// `b.splitlines(keepends)`: only \n, \r and \r\n end lines.
pub fn splitlines(s: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b == b'\n' || b == b'\r' {
            let mut end = i + 1;
            if b == b'\r' && s.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(&s[start..if keepends { end } else { i }]);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn in_set(set: Option<&[u8]>, b: u8) -> bool {
    match set {
        None => is_space(b),
        Some(set) => set.contains(&b),
    }
}

pub fn lstrip<'a>(s: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let i = s.iter().position(|b| !in_set(chars, *b)).unwrap_or(s.len());
    &s[i..]
}

pub fn rstrip<'a>(s: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let i = s
        .iter()
        .rposition(|b| !in_set(chars, *b))
        .map_or(0, |i| i + 1);
    &s[..i]
}

pub fn strip<'a>(s: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    rstrip(lstrip(s, chars), chars)
}

type Parts<'a> = (&'a [u8], &'a [u8], &'a [u8]);

pub fn partition<'a>(s: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, FmtError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match find_bytes(s, sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, &[], &[]),
    })
}

pub fn rpartition<'a>(s: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, FmtError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match rfind_bytes(s, sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (&[], &[], s),
    })
}

/// `b.replace(old, new, count)`.
pub fn replace(s: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(s.len());
    if limit == 0 {
        out.extend_from_slice(s);
        return out;
    }
    if old.is_empty() {
        let mut n = 0;
        for (i, &b) in s.iter().enumerate() {
            if n == limit {
                out.extend_from_slice(&s[i..]);
                return out;
            }
            out.extend_from_slice(new);
            out.push(b);
            n += 1;
        }
        if n < limit {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut rest = s;
    let mut n = 0;
    while n < limit {
        let Some(i) = find_bytes(rest, old) else {
            break;
        };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = &rest[i + old.len()..];
        n += 1;
    }
    out.extend_from_slice(rest);
    out
}

/// The most bytes one bytes operation asks for (16 GiB, as the VM's sequence repetition).
/// CPython's allocator fails past what the machine can hold; asking the OS here, overcommit
/// would "succeed" and the process would die touching the pages.
pub const MAX_ALLOC: usize = 1 << 34;

/// An empty buffer with room for `len` bytes, or None (MemoryError) when it cannot be had.
pub fn try_buffer(len: usize) -> Option<Vec<u8>> {
    if len > MAX_ALLOC {
        return None;
    }
    let mut out = Vec::new();
    out.try_reserve_exact(len).ok()?;
    Some(out)
}

/// `len` copies of `fill`, or None (MemoryError) when they cannot be had.
pub fn try_filled(len: usize, fill: u8) -> Option<Vec<u8>> {
    let mut out = try_buffer(len)?;
    out.resize(len, fill);
    Some(out)
}

/// `s` repeated `n` times, or None (MemoryError) when the result cannot be had.
pub fn try_repeat(s: &[u8], n: usize) -> Option<Vec<u8>> {
    let total = s.len().checked_mul(n)?;
    let mut out = try_buffer(total)?;
    for _ in 0..if s.is_empty() { 0 } else { n } {
        out.extend_from_slice(s);
    }
    Some(out)
}

fn pad(s: &[u8], left: usize, right: usize, fill: u8) -> Option<Vec<u8>> {
    let mut out = try_buffer(s.len().checked_add(left)?.checked_add(right)?)?;
    out.resize(left, fill);
    out.extend_from_slice(s);
    out.resize(out.len() + right, fill);
    Some(out)
}

/// The justifying methods return None when the padded result cannot be allocated.
pub fn center(s: &[u8], width: i64, fill: u8) -> Option<Vec<u8>> {
    if width <= s.len() as i64 {
        return Some(s.to_vec());
    }
    let width = width as usize;
    let marg = width - s.len();
    let left = marg / 2 + (marg & width & 1);
    pad(s, left, marg - left, fill)
}

pub fn ljust(s: &[u8], width: i64, fill: u8) -> Option<Vec<u8>> {
    let n = (width.max(0) as usize).saturating_sub(s.len());
    pad(s, 0, n, fill)
}

pub fn rjust(s: &[u8], width: i64, fill: u8) -> Option<Vec<u8>> {
    let n = (width.max(0) as usize).saturating_sub(s.len());
    pad(s, n, 0, fill)
}

pub fn zfill(s: &[u8], width: i64) -> Option<Vec<u8>> {
    let n = (width.max(0) as usize).saturating_sub(s.len());
    let mut out = try_buffer(s.len().checked_add(n)?)?;
    let rest = match s.first() {
        Some(b'+' | b'-') => {
            out.push(s[0]);
            &s[1..]
        }
        _ => s,
    };
    out.resize(out.len() + n, b'0');
    out.extend_from_slice(rest);
    Some(out)
}

/// `bytes.expandtabs`; None when the expanded text cannot be allocated.
pub fn expandtabs(s: &[u8], tabsize: i64) -> Option<Vec<u8>> {
    // Size the result first: a huge tab size must fail cleanly, not grow until it aborts.
    let step = tabsize.max(0) as u128;
    let (mut total, mut col) = (0u128, 0u128);
    for &b in s {
        match b {
            b'\t' => {
                if step > 0 {
                    let n = step - col % step;
                    total += n;
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                total += 1;
                col = 0;
            }
            _ => {
                total += 1;
                col += 1;
            }
        }
    }
    let mut out = try_buffer(usize::try_from(total).ok()?)?;
    let mut col = 0usize;
    for &b in s {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize as usize - col % tabsize as usize;
                    out.resize(out.len() + n, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Some(out)
}

pub fn lower(s: &[u8]) -> Vec<u8> {
    s.to_ascii_lowercase()
}

pub fn upper(s: &[u8]) -> Vec<u8> {
    s.to_ascii_uppercase()
}

pub fn swapcase(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&b| if b.is_ascii_alphabetic() { b ^ 0x20 } else { b })
        .collect()
}

pub fn capitalize(s: &[u8]) -> Vec<u8> {
    let mut out = s.to_ascii_lowercase();
    if let Some(b) = out.first_mut() {
        b.make_ascii_uppercase();
    }
    out
}

pub fn title(s: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    s.iter()
        .map(|&b| {
            let r = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn all_nonempty(s: &[u8], f: impl Fn(&u8) -> bool) -> bool {
    !s.is_empty() && s.iter().all(f)
}

pub fn isalnum(s: &[u8]) -> bool {
    all_nonempty(s, u8::is_ascii_alphanumeric)
}

pub fn isalpha(s: &[u8]) -> bool {
    all_nonempty(s, u8::is_ascii_alphabetic)
}

pub fn isdigit(s: &[u8]) -> bool {
    all_nonempty(s, u8::is_ascii_digit)
}

pub fn isspace(s: &[u8]) -> bool {
    all_nonempty(s, |b| is_space(*b))
}

pub fn isascii(s: &[u8]) -> bool {
    s.is_ascii()
}

pub fn islower(s: &[u8]) -> bool {
    s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase)
}

pub fn isupper(s: &[u8]) -> bool {
    s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase)
}

pub fn istitle(s: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for b in s {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `b.hex(sep, bytes_per_sep)`: `sep` must be one ASCII char; a positive `bytes_per_sep`
/// groups from the right, a negative one from the left.
pub fn hex(s: &[u8], sep: Option<&str>, bytes_per_sep: i64) -> Result<String, FmtError> {
    let sep = match sep {
        None => None,
        Some(t) => {
            let mut it = t.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => {
                    return Err(FmtError::value("sep must be ASCII."));
                }
                _ => return Err(FmtError::value("sep must be length 1.")),
            }
        }
    };
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = bytes_per_sep.unsigned_abs() as usize;
    if sep.is_none() || group == 0 {
        let mut out = vec![0u8; s.len() * 2];
        for (pair, &b) in out.chunks_exact_mut(2).zip(s) {
            pair[0] = DIGITS[usize::from(b >> 4)];
            pair[1] = DIGITS[usize::from(b & 15)];
        }
        return Ok(String::from_utf8(out).unwrap_or_default());
    }
    let mut out = Vec::with_capacity(s.len() * 3);
    let n = s.len();
    for (i, &b) in s.iter().enumerate() {
        if let Some(c) = sep
            && group > 0
            && i > 0
        {
            let boundary = if bytes_per_sep > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(c as u8);
            }
        }
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 15)]);
    }
    // Hex digits and an ASCII separator: always valid UTF-8.
    Ok(String::from_utf8(out).unwrap_or_default())
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs.
pub fn fromhex(s: &str) -> Result<Vec<u8>, FmtError> {
    let bad = |pos: usize| {
        FmtError::value(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if s.is_ascii() {
        return fromhex_ascii(s.as_bytes()).map_err(bad);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii() && is_space(c as u8) {
            i += 1;
            continue;
        }
        let hi = c.to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `fromhex` of ASCII text, byte by byte; the error is the offending position.
fn fromhex_ascii(s: &[u8]) -> Result<Vec<u8>, usize> {
    let digit = |i: usize| match s.get(i) {
        Some(&c @ b'0'..=b'9') => Ok(c - b'0'),
        Some(&c @ b'a'..=b'f') => Ok(c - b'a' + 10),
        Some(&c @ b'A'..=b'F') => Ok(c - b'A' + 10),
        _ => Err(i),
    };
    let mut out = Vec::with_capacity(s.len() / 2);
    let mut i = 0;
    while i < s.len() {
        if is_space(s[i]) {
            i += 1;
            continue;
        }
        out.push(digit(i)? << 4 | digit(i + 1)?);
        i += 2;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_methods() {
        assert_eq!(
            split(b"  a b  c  ", None, 1).unwrap(),
            [&b"a"[..], b"b  c  "]
        );
        assert_eq!(
            rsplit(b"  a b  c  ", None, 1).unwrap(),
            [&b"  a b"[..], b"c"]
        );
        assert_eq!(
            split(b"a,,b", Some(b","), -1).unwrap(),
            [&b"a"[..], b"", b"b"]
        );
        assert_eq!(
            rsplit(b"a,b,c", Some(b","), 1).unwrap(),
            [&b"a,b"[..], b"c"]
        );
        assert_eq!(
            split(b"a", Some(b""), -1).unwrap_err().msg,
            "empty separator"
        );
        assert_eq!(
            splitlines(b"a\r\nb\rc\x0bd\n", true),
            [&b"a\r\n"[..], b"b\r", b"c\x0bd\n"]
        );
        assert_eq!(strip(b" \x0ba \t", None), b"a");
        assert_eq!(strip(b"xyax", Some(b"xy")), b"a");
        assert_eq!(find(b"abcabc", b"c", Some(3), None), Some(5));
        assert_eq!(rfind(b"abcabc", b"", None, None), Some(6));
        assert_eq!(find(b"abc", b"", Some(4), None), None);
        assert_eq!(count(b"aaaa", b"aa", None, None), 2);
        assert_eq!(count(b"abc", b"", None, None), 4);
        assert_eq!(
            index(b"a", b"b", None, None).unwrap_err().msg,
            "subsection not found"
        );
        assert_eq!(replace(b"abc", b"", b"-", -1), b"-a-b-c-");
        assert_eq!(replace(b"aaa", b"a", b"bb", 2), b"bbbba");
        assert_eq!(
            partition(b"a=b", b"=").unwrap(),
            (&b"a"[..], &b"="[..], &b"b"[..])
        );
        assert_eq!(
            rpartition(b"ab", b"=").unwrap(),
            (&b""[..], &b""[..], &b"ab"[..])
        );
        assert_eq!(center(b"ab", 5, b'*').unwrap(), b"**ab*");
        assert_eq!(zfill(b"-7", 4).unwrap(), b"-007");
        assert_eq!(expandtabs(b"a\tb", 4).unwrap(), b"a   b");
        // Results that cannot be held are None (MemoryError), never an abort.
        assert_eq!(ljust(b"x", 1 << 40, b' '), None);
        assert_eq!(zfill(b"-7", 1 << 40), None);
        assert_eq!(expandtabs(b"\t\t", 1 << 40), None);
        assert_eq!(try_repeat(b"ab", 1 << 40), None);
        assert_eq!(try_repeat(b"ab", usize::MAX), None);
        assert_eq!(try_repeat(b"", usize::MAX).unwrap(), b"");
        assert_eq!(try_repeat(b"ab", 3).unwrap(), b"ababab");
        assert_eq!(title(b"hello wORLD 1a"), b"Hello World 1A");
        assert_eq!(capitalize(b"hELLO"), b"Hello");
        assert_eq!(swapcase(b"aB1"), b"Ab1");
        assert!(istitle(b"Hello World") && !istitle(b"Hello world"));
        assert!(islower(b"a1") && !islower(b"1") && isupper(b"A1"));
        assert!(isspace(b" \x0b\x0c") && !isspace(b"") && !isspace(b"\x1c"));
    }

    #[test]
    fn searches_agree_with_a_naive_scan() {
        fn naive(hay: &[u8], needle: &[u8]) -> (Option<usize>, Option<usize>) {
            let mut starts = (0..=hay.len().saturating_sub(needle.len()))
                .filter(|&i| hay.len() >= needle.len() && hay[i..i + needle.len()] == *needle);
            (starts.clone().next(), starts.next_back())
        }
        // Repetitive text pushes both searches past their budget onto the KMP path.
        let mut hay = b"ab".repeat(3000);
        hay.extend(b"a".repeat(9000));
        hay.extend(b"aab");
        hay.extend(b"a".repeat(9000));
        for needle in [
            &b"a"[..],
            b"b",
            b"ab",
            b"aab",
            b"aaab",
            b"baa",
            b"abab",
            b"bab",
            b"c",
            &b"a".repeat(100),
            &[b"a".repeat(60), b"b".to_vec()].concat(),
            &[b"b".to_vec(), b"a".repeat(60)].concat(),
        ] {
            let (first, last) = naive(&hay, needle);
            assert_eq!(find_bytes(&hay, needle), first, "find {needle:?}");
            assert_eq!(rfind_bytes(&hay, needle), last, "rfind {needle:?}");
        }
        assert_eq!(memchr(1, &[0, 1, 1]), Some(1));
        assert_eq!(memchr(1, &[0, 2]), None);
        assert_eq!(memchr(1, &[]), None);
        assert_eq!(find_bytes(b"", b""), Some(0));
        assert_eq!(rfind_bytes(b"abc", b""), Some(3));
        assert_eq!(find_bytes(b"ab", b"abc"), None);
    }

    #[test]
    fn hex_and_fromhex() {
        let b = b"\x01\x02\x03\x04\x05";
        assert_eq!(hex(b"ab cd", None, 1).unwrap(), "6162206364");
        assert_eq!(hex(b, Some(":"), 1).unwrap(), "01:02:03:04:05");
        assert_eq!(hex(b, Some(":"), 2).unwrap(), "01:0203:0405");
        assert_eq!(hex(b, Some(":"), -2).unwrap(), "0102:0304:05");
        assert_eq!(hex(b"", Some(":"), 1).unwrap(), "");
        assert_eq!(
            hex(b"x", Some(""), 1).unwrap_err().msg,
            "sep must be length 1."
        );
        assert_eq!(
            hex(b"x", Some("ab"), 3).unwrap_err().msg,
            "sep must be length 1."
        );
        assert_eq!(fromhex("0a 1b").unwrap(), b"\n\x1b");
        assert_eq!(fromhex(" 0a1b ").unwrap(), b"\n\x1b");
        assert_eq!(fromhex("0a\t1b").unwrap(), b"\n\x1b");
        assert_eq!(
            fromhex("0a1").unwrap_err().msg,
            "non-hexadecimal number found in fromhex() arg at position 3"
        );
        assert_eq!(
            fromhex("zz").unwrap_err().msg,
            "non-hexadecimal number found in fromhex() arg at position 0"
        );
        assert_eq!(
            fromhex("0 a").unwrap_err().msg,
            "non-hexadecimal number found in fromhex() arg at position 1"
        );
    }
}
