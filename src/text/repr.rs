//! `repr()` and `ascii()` of str, and `repr()` of bytes, with CPython's quote choice and
//! escapes.

use std::fmt::Write;

use super::unicode::is_printable;

/// CPython's quote: `'` unless the text has a `'` and no `"`.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

fn push_escaped(out: &mut String, c: char, quote: char, ascii_only: bool) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        ' '..='~' => out.push(c),
        c if !c.is_ascii() && !ascii_only && is_printable(c) => out.push(c),
        c => push_code_point_escape(out, c),
    }
}

/// Appends `c` as the shortest of `\xXX`, `\uXXXX` and `\UXXXXXXXX` (a surrogate stand-in
/// as the surrogate), as `repr`, `ascii` and `backslashreplace` write it.
pub fn push_code_point_escape(out: &mut String, c: char) {
    let cp = super::code_point(c);
    let _ = if cp < 0x100 {
        write!(out, "\\x{cp:02x}")
    } else if cp < 0x10000 {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    if s.bytes()
        .all(|b| (b' '..=b'~').contains(&b) && b != b'\\' && b != quote as u8)
    {
        out.push_str(s);
    } else {
        for c in s.chars() {
            push_escaped(&mut out, c, quote, ascii_only);
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` for a str.
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)` for a str: like `repr` with every non-ASCII char escaped.
pub fn ascii_repr(s: &str) -> String {
    repr_impl(s, true)
}

/// `repr(b)` for bytes: `b'...'`.
pub fn bytes_repr(b: &[u8]) -> String {
    bytes_repr_impl(b, false)
}

/// The body of the bytes and bytearray reprs. CPython's bytearray repr escapes a `'` even
/// inside double quotes (`bytearray(b"\'")`); bytes' does not.
fn bytes_repr_impl(b: &[u8], escape_single: bool) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if byte == quote as u8 || (escape_single && byte == b'\'') => {
                out.push('\\');
                out.push(byte as char);
            }
            b' '..=b'~' => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(bytearray(b))`.
pub fn bytearray_repr(b: &[u8]) -> String {
    format!("bytearray({})", bytes_repr_impl(b, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_reprs() {
        let cases: &[(&str, &str)] = &[
            ("abc", "'abc'"),
            ("", "''"),
            ("it's", "\"it's\""),
            ("it's \"q\"", "'it\\'s \"q\"'"),
            ("say \"hi\"", "'say \"hi\"'"),
            ("a\nb\tc\rd\\", "'a\\nb\\tc\\rd\\\\'"),
            ("\x00\x7f\u{80}\u{a0}", "'\\x00\\x7f\\x80\\xa0'"),
            ("\u{200b}", "'\\u200b'"),
            ("é日本", "'é日本'"),
            ("\u{e0001}", "'\\U000e0001'"),
            ("😀", "'😀'"),
            ("\u{2028}", "'\\u2028'"),
            ("a\u{10ec80}", "'a\\udc80'"),
        ];
        for (s, want) in cases {
            assert_eq!(str_repr(s), *want, "repr({s:?})");
        }
        assert_eq!(ascii_repr("é日😀\n"), "'\\xe9\\u65e5\\U0001f600\\n'");
    }

    #[test]
    fn bytes_reprs() {
        assert_eq!(bytes_repr(b"abc"), "b'abc'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(bytes_repr(b"\x00\n\xff\\"), "b'\\x00\\n\\xff\\\\'");
        assert_eq!(bytearray_repr(b"x"), "bytearray(b'x')");
        assert_eq!(bytearray_repr(b"'"), "bytearray(b\"\\'\")");
        assert_eq!(bytearray_repr(b"'\""), "bytearray(b'\\'\"')");
    }
}
