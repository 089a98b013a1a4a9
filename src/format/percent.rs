//! `str % args`: printf-style formatting with CPython 3.11's rules and messages.
//!
//! The formatter never sees Python objects. It tells the VM which argument it wants
//! ([`ArgSource`]) and what it needs from it ([`PercentNeed`]); the VM converts lazily, in the
//! order CPython does, and reports a value of the wrong type with its type name.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::error::{ErrKind, FmtError};
use super::number_text::decimal_digits;
use super::spec::{
    Align, FormatSpec, MAX_FLOAT_PRECISION, NumberParts, SignOpt, ensure_room, layout_number,
    push_float_body,
};

/// Which argument the formatter wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgSource<'k> {
    /// Item `i` of the right operand, which is a tuple.
    Positional(usize),
    /// The right operand itself (it is not a tuple).
    Whole,
    /// `right[key]`, for `%(key)s`; the VM raises `KeyError` itself.
    Key(&'k str),
}

/// What the formatter needs from an argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentNeed {
    /// `%s`: `str(x)` as [`PercentValue::Text`].
    Str,
    /// `%r`: `repr(x)`.
    Repr,
    /// `%a`: `ascii(x)`.
    Ascii,
    /// `%d %i %u`: an int; real numbers convert with `int(x)` (floats truncate).
    Int,
    /// `%x %X %o`: `operator.index(x)`.
    Index,
    /// `%e %f %g ...`: `float(x)`.
    Float,
    /// `%c`: an int, or a str (the formatter checks its length).
    Char,
    /// `*` width or precision: an int.
    Star,
}

/// An argument converted as asked.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentValue {
    Text(String),
    Int(BigInt),
    /// An int that fits a machine word, which most do: the common `%d` skips big-int digits.
    SmallInt(i64),
    Float(f64),
    /// The argument cannot be converted as asked; holds `type(x).__name__`.
    WrongType(String),
}

/// The VM's side of `%`-formatting.
pub trait PercentArgs {
    /// `Some(len)` when the right operand is a tuple, `None` for any other single object.
    fn tuple_len(&self) -> Option<usize>;
    /// Whether the right operand is a mapping (not a tuple or str): enables `%(key)s` and
    /// excuses unused arguments.
    fn is_mapping(&self) -> bool;
    /// Fetches the argument and converts it. Errors raised by user code (`__str__`,
    /// `__getitem__`, ...) pass through.
    fn convert(
        &mut self,
        source: ArgSource<'_>,
        need: PercentNeed,
    ) -> Result<PercentValue, FmtError>;
}

/// CPython's argument cursor: `arglen` is -1 for a single (non-tuple) argument.
struct Cursor {
    arglen: isize,
    argidx: isize,
    key: Option<(usize, usize)>,
}

impl Cursor {
    fn next<'k>(&mut self, fmt: &'k str) -> Result<ArgSource<'k>, FmtError> {
        if self.argidx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(match self.key {
                    Some((a, b)) => ArgSource::Key(&fmt[a..b]),
                    None => ArgSource::Whole,
                });
            }
            return Ok(ArgSource::Positional((self.argidx - 1) as usize));
        }
        Err(FmtError::type_error(
            "not enough arguments for format string",
        ))
    }
}

fn parse_num(fmt: &[u8], pos: &mut usize, what: &str) -> Result<usize, FmtError> {
    let mut n: usize = 0;
    while let Some(d) = fmt.get(*pos).filter(|b| b.is_ascii_digit()) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(usize::from(d - b'0')))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| FmtError::value(format!("{what} too big")))?;
        *pos += 1;
    }
    Ok(n)
}

fn star_value(v: PercentValue) -> Result<isize, FmtError> {
    match v {
        PercentValue::SmallInt(i) => isize::try_from(i)
            .map_err(|_| FmtError::overflow("Python int too large to convert to C ssize_t")),
        PercentValue::Int(i) => i
            .to_isize()
            .ok_or_else(|| FmtError::overflow("Python int too large to convert to C ssize_t")),
        _ => Err(FmtError::type_error("* wants int")),
    }
}

/// Formats `fmt % args`.
pub fn percent_format(fmt: &str, args: &mut dyn PercentArgs) -> Result<String, FmtError> {
    let bytes = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mapping = args.is_mapping();
    let mut cur = match args.tuple_len() {
        Some(n) => Cursor {
            arglen: n as isize,
            argidx: 0,
            key: None,
        },
        None => Cursor {
            arglen: -1,
            argidx: -2,
            key: None,
        },
    };
    let mut pos = 0;
    while pos < bytes.len() {
        let Some(off) = fmt[pos..].find('%') else {
            out.push_str(&fmt[pos..]);
            break;
        };
        out.push_str(&fmt[pos..pos + off]);
        pos += off + 1;
        if bytes.get(pos) == Some(&b'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        if bytes.get(pos) == Some(&b'(') {
            if !mapping {
                return Err(FmtError::type_error("format requires a mapping"));
            }
            let start = pos + 1;
            let mut depth = 1;
            pos += 1;
            while pos < bytes.len() {
                match bytes[pos] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                pos += 1;
            }
            if depth != 0 {
                return Err(FmtError::value("incomplete format key"));
            }
            cur = Cursor {
                arglen: -1,
                argidx: -2,
                key: Some((start, pos)),
            };
            pos += 1;
        }
        let mut left = false;
        let mut plus = false;
        let mut space = false;
        let mut alt = false;
        let mut zero = false;
        while let Some(&b) = bytes.get(pos) {
            match b {
                b'-' => left = true,
                b'+' => plus = true,
                b' ' => space = true,
                b'#' => alt = true,
                b'0' => zero = true,
                _ => break,
            }
            pos += 1;
        }
        let width;
        if bytes.get(pos) == Some(&b'*') {
            pos += 1;
            let src = cur.next(fmt)?;
            let w = star_value(args.convert(src, PercentNeed::Star)?)?;
            if w < 0 {
                left = true;
            }
            width = w.unsigned_abs();
        } else {
            width = parse_num(bytes, &mut pos, "width")?;
        }
        let mut precision = None;
        if bytes.get(pos) == Some(&b'.') {
            pos += 1;
            if bytes.get(pos) == Some(&b'*') {
                pos += 1;
                let src = cur.next(fmt)?;
                let p = star_value(args.convert(src, PercentNeed::Star)?)?;
                if i32::try_from(p).is_err() {
                    return Err(FmtError::overflow(
                        "Python int too large to convert to C int",
                    ));
                }
                precision = Some(p.max(0) as usize);
            } else {
                let p = parse_num(bytes, &mut pos, "precision")?;
                if p > MAX_FLOAT_PRECISION {
                    return Err(FmtError::value("precision too big"));
                }
                precision = Some(p);
            }
        }
        while matches!(bytes.get(pos), Some(b'h' | b'l' | b'L')) {
            pos += 1;
        }
        let Some(ty) = fmt[pos.min(fmt.len())..].chars().next() else {
            return Err(FmtError::value("incomplete format"));
        };
        let ty_at = pos;
        pos += ty.len_utf8();
        let src = cur.next(fmt)?;
        let need = match ty {
            's' => PercentNeed::Str,
            'r' => PercentNeed::Repr,
            'a' => PercentNeed::Ascii,
            'd' | 'i' | 'u' => PercentNeed::Int,
            'x' | 'X' | 'o' => PercentNeed::Index,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => PercentNeed::Float,
            'c' => PercentNeed::Char,
            _ => {
                let shown = if (' '..='~').contains(&ty) { ty } else { '?' };
                let ty_index = fmt[..ty_at].chars().count();
                return Err(FmtError::value(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {ty_index}",
                    ty as u32
                )));
            }
        };
        let value = match args.convert(src, need)? {
            PercentValue::SmallInt(n) => {
                let plain = width == 0 && precision.is_none() && !plus && !space;
                if plain && need == PercentNeed::Int {
                    use std::fmt::Write;
                    let _ = write!(out, "{n}");
                    continue;
                }
                PercentValue::Int(BigInt::from(n))
            }
            other => other,
        };
        ensure_room(width as u128)?;
        let spec = FormatSpec {
            fill: Some(if zero && !left { '0' } else { ' ' }),
            align: Some(if left {
                Align::Left
            } else if zero {
                Align::AfterSign
            } else {
                Align::Right
            }),
            sign: if plus {
                Some(SignOpt::Plus)
            } else if space {
                Some(SignOpt::Space)
            } else {
                None
            },
            width: Some(width),
            ..FormatSpec::default()
        };
        match (need, value) {
            (_, PercentValue::WrongType(t)) => {
                let msg = match need {
                    PercentNeed::Int => format!("%{ty} format: a real number is required, not {t}"),
                    PercentNeed::Index => format!("%{ty} format: an integer is required, not {t}"),
                    PercentNeed::Float => format!("must be real number, not {t}"),
                    PercentNeed::Char => "%c requires int or char".to_owned(),
                    _ => format!("%{ty} format: unexpected argument of type {t}"),
                };
                return Err(FmtError::type_error(msg));
            }
            (PercentNeed::Str | PercentNeed::Repr | PercentNeed::Ascii, PercentValue::Text(s)) => {
                let text = match precision {
                    Some(p) => match s.char_indices().nth(p) {
                        Some((i, _)) => &s[..i],
                        None => &s[..],
                    },
                    None => &s[..],
                };
                push_padded(&mut out, text, width, left);
            }
            (PercentNeed::Char, PercentValue::Int(v)) => {
                let c = v
                    .to_u32()
                    .and_then(char::from_u32)
                    .ok_or_else(|| FmtError::overflow("%c arg not in range(0x110000)"))?;
                push_padded(&mut out, c.encode_utf8(&mut [0; 4]), width, left);
            }
            (PercentNeed::Char, PercentValue::Text(s)) => {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(_), None) => push_padded(&mut out, &s, width, left),
                    _ => return Err(FmtError::type_error("%c requires int or char")),
                }
            }
            (PercentNeed::Int | PercentNeed::Index, PercentValue::Int(v)) => {
                let radix = match ty {
                    'x' | 'X' => 16,
                    'o' => 8,
                    _ => 10,
                };
                let mut digits = if radix == 10 {
                    decimal_digits(v.magnitude())?
                } else {
                    v.magnitude().to_str_radix(radix)
                };
                if ty == 'X' {
                    digits.make_ascii_uppercase();
                }
                if let Some(p) = precision
                    && p > digits.len()
                {
                    ensure_room(p as u128)?;
                    digits.insert_str(0, &"0".repeat(p - digits.len()));
                }
                let prefix = match (alt, ty) {
                    (true, 'x') => "0x",
                    (true, 'X') => "0X",
                    (true, 'o') => "0o",
                    _ => "",
                };
                let parts = NumberParts {
                    negative: v.sign() == Sign::Minus,
                    prefix,
                    int_digits: &digits,
                    rest: "",
                    group: None,
                };
                out.push_str(&layout_number(&parts, &spec));
            }
            (PercentNeed::Float, PercentValue::Float(x)) => {
                let mut body = String::new();
                let upper = matches!(ty, 'E' | 'F' | 'G');
                if x.is_finite() {
                    ensure_room(precision.unwrap_or(0) as u128)?;
                    let t = if ty == 'F' { 'f' } else { ty };
                    push_float_body(
                        &mut body,
                        x.abs(),
                        Some(t),
                        Some(precision.unwrap_or(6)),
                        alt,
                    );
                } else {
                    body.push_str(match (x.is_nan(), upper) {
                        (true, false) => "nan",
                        (true, true) => "NAN",
                        (false, false) => "inf",
                        (false, true) => "INF",
                    });
                }
                let split = if x.is_finite() {
                    body.bytes()
                        .position(|b| !b.is_ascii_digit())
                        .unwrap_or(body.len())
                } else {
                    0
                };
                let parts = NumberParts {
                    negative: x.is_sign_negative() && !x.is_nan(),
                    prefix: "",
                    int_digits: &body[..split],
                    rest: &body[split..],
                    group: None,
                };
                out.push_str(&layout_number(&parts, &spec));
            }
            (_, other) => {
                return Err(FmtError::new(
                    ErrKind::TypeError,
                    format!("%{ty} format: VM supplied {other:?}"),
                ));
            }
        }
    }
    if cur.argidx < cur.arglen && !mapping {
        return Err(FmtError::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

fn push_padded(out: &mut String, text: &str, width: usize, left: bool) {
    let len = if width == 0 { 0 } else { text.chars().count() };
    let pad = width.saturating_sub(len);
    if !left {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    out.push_str(text);
    if left {
        out.extend(std::iter::repeat_n(' ', pad));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{ascii_repr, str_repr};

    /// A tiny model of Python values for tests.
    #[derive(Clone, Debug)]
    enum V {
        S(&'static str),
        I(i64),
        F(f64),
        Other(&'static str),
    }

    enum Right {
        Tuple(Vec<V>),
        Single(V),
        Map(Vec<(&'static str, V)>),
    }

    impl V {
        fn convert(&self, need: PercentNeed) -> PercentValue {
            use PercentNeed as N;
            use PercentValue as P;
            match (self, need) {
                (V::S(s), N::Str | N::Char) => P::Text((*s).to_owned()),
                (V::S(s), N::Repr) => P::Text(str_repr(s)),
                (V::S(s), N::Ascii) => P::Text(ascii_repr(s)),
                (V::I(i), N::Str | N::Repr | N::Ascii) => P::Text(i.to_string()),
                (V::I(i), N::Int | N::Index | N::Char | N::Star) => P::Int(BigInt::from(*i)),
                (V::I(i), N::Float) => P::Float(*i as f64),
                (V::F(f), N::Str | N::Repr | N::Ascii) => P::Text(crate::format::float_repr(*f)),
                (V::F(f), N::Int) => P::Int(BigInt::from(f.trunc() as i64)),
                (V::F(f), N::Float) => P::Float(*f),
                (V::F(_), _) => P::WrongType("float".into()),
                (V::S(_), _) => P::WrongType("str".into()),
                (V::Other(t), N::Str | N::Repr | N::Ascii) => P::Text(format!("<{t}>")),
                (V::Other(t), _) => P::WrongType((*t).into()),
            }
        }
    }

    impl PercentArgs for Right {
        fn tuple_len(&self) -> Option<usize> {
            match self {
                Right::Tuple(v) => Some(v.len()),
                _ => None,
            }
        }
        fn is_mapping(&self) -> bool {
            matches!(self, Right::Map(_))
        }
        fn convert(
            &mut self,
            source: ArgSource<'_>,
            need: PercentNeed,
        ) -> Result<PercentValue, FmtError> {
            Ok(match (self, source) {
                (Right::Tuple(v), ArgSource::Positional(i)) => v[i].convert(need),
                (Right::Single(v), ArgSource::Whole) => v.convert(need),
                (Right::Map(_), ArgSource::Whole) => V::Other("dict").convert(need),
                (Right::Map(m), ArgSource::Key(k)) => match m.iter().find(|(mk, _)| *mk == k) {
                    Some((_, v)) => v.convert(need),
                    None => return Err(FmtError::new(ErrKind::KeyError, str_repr(k))),
                },
                _ => unreachable!(),
            })
        }
    }

    fn pf(fmt: &str, mut right: Right) -> String {
        match percent_format(fmt, &mut right) {
            Ok(s) => s,
            Err(e) => format!("{:?}: {}", e.kind, e.msg),
        }
    }

    fn t(v: &[V]) -> Right {
        Right::Tuple(v.to_vec())
    }

    #[test]
    fn conversions() {
        use Right::*;
        use V::*;
        let cases: Vec<(&str, Right, &str)> = vec![
            ("%s", Single(S("ab")), "ab"),
            ("%s %r %a", t(&[S("é"), S("é"), S("é")]), "é 'é' '\\xe9'"),
            ("%d", Single(F(3.7)), "3"),
            ("%u", Single(I(-3)), "-3"),
            ("%5c", Single(I(97)), "    a"),
            ("%05c", Single(I(97)), "    a"),
            ("%c", Single(S("é")), "é"),
            ("%c", Single(I(0x10ffff)), "\u{10ffff}"),
            ("%-*d", t(&[I(-3), I(1)]), "1  "),
            ("%*d", t(&[I(-5), I(1)]), "1    "),
            ("%.*f", t(&[I(-2), F(1.5)]), "2"),
            ("%.*s", t(&[I(-1), S("abc")]), ""),
            ("%05s", Single(S("ab")), "   ab"),
            ("%-05d", Single(I(3)), "3    "),
            ("%0-5d|", Single(I(1)), "1    |"),
            ("%.3d", Single(I(5)), "005"),
            ("%+.3d", Single(I(-5)), "-005"),
            ("% 05d", Single(I(3)), " 0003"),
            ("%+05.1f", Single(F(2.0)), "+02.0"),
            ("%#5o", Single(I(8)), " 0o10"),
            ("%o", Single(I(-8)), "-10"),
            ("%#.3o", Single(I(-8)), "-0o010"),
            ("%.3x", Single(I(255)), "0ff"),
            ("%#o", Single(I(0)), "0o0"),
            ("%#x", Single(I(255)), "0xff"),
            ("%#X", Single(I(255)), "0XFF"),
            ("%#5.3x", Single(I(1)), "0x001"),
            ("%x", Single(I(-255)), "-ff"),
            ("%#x", Single(I(-255)), "-0xff"),
            ("%08.3x", Single(I(-255)), "-00000ff"),
            ("%#010x", Single(I(255)), "0x000000ff"),
            ("%-#10x|", Single(I(255)), "0xff      |"),
            ("% x", Single(I(255)), " ff"),
            ("%+x", Single(I(255)), "+ff"),
            ("%010.2f", Single(F(-1.5)), "-000001.50"),
            ("%010f", Single(F(f64::INFINITY)), "0000000inf"),
            ("%-10f|", Single(F(f64::NEG_INFINITY)), "-inf      |"),
            ("% d", Single(I(5)), " 5"),
            ("%+ d", Single(I(5)), "+5"),
            ("%e", Single(F(1e300)), "1.000000e+300"),
            ("%g", Single(F(1e-5)), "1e-05"),
            ("%#g", Single(F(1.0)), "1.00000"),
            ("%G", Single(F(f64::NAN)), "NAN"),
            ("%F", Single(F(f64::INFINITY)), "INF"),
            ("%.0f", Single(F(2.5)), "2"),
            ("%.0e", Single(F(0.5)), "5e-01"),
            ("%#.0e", Single(F(1.0)), "1.e+00"),
            ("%#5.0f", Single(F(1.0)), "   1."),
            ("%.1g", Single(F(0.05)), "0.05"),
            ("%f", Single(I(7)), "7.000000"),
            ("%.2s", t(&[S("abc")]), "ab"),
            ("%5.1s|", t(&[S("abc")]), "    a|"),
            ("%.3r", t(&[S("abc")]), "'ab"),
            ("%5s|", t(&[S("日本")]), "   日本|"),
            ("%ld %hd %Lf", t(&[I(1), I(2), F(3.0)]), "1 2 3.000000"),
            ("%s%%%s", t(&[I(1), I(2)]), "1%2"),
            ("%#d", Single(I(5)), "5"),
            ("abc", Map(vec![("a", I(1))]), "abc"),
            ("%s", Map(vec![("a", I(1))]), "<dict>"),
            ("%(a)s %(a)r", Map(vec![("a", S("x"))]), "x 'x'"),
            ("%((a))s", Map(vec![("(a)", I(1))]), "1"),
            ("%s %(a)s", Map(vec![("a", I(1))]), "<dict> 1"),
        ];
        for (fmt, right, want) in cases {
            assert_eq!(pf(fmt, right), want, "{fmt:?}");
        }
    }

    #[test]
    fn errors() {
        use Right::*;
        use V::*;
        let cases: Vec<(&str, Right, &str)> = vec![
            (
                "%5%",
                t(&[]),
                "TypeError: not enough arguments for format string",
            ),
            (
                "%5%",
                Single(I(1)),
                "ValueError: unsupported format character '%' (0x25) at index 2",
            ),
            ("%", t(&[]), "ValueError: incomplete format"),
            ("abc%", t(&[]), "ValueError: incomplete format"),
            ("%(a", Map(vec![]), "ValueError: incomplete format key"),
            ("%(a)s", t(&[I(1)]), "TypeError: format requires a mapping"),
            (
                "%(a)s",
                Single(S("x")),
                "TypeError: format requires a mapping",
            ),
            ("%(a)s", Map(vec![]), "KeyError: 'a'"),
            (
                "%(a)s %s",
                Map(vec![("a", I(1))]),
                "TypeError: not enough arguments for format string",
            ),
            (
                "%(a)*d",
                Map(vec![("a", I(1))]),
                "TypeError: not enough arguments for format string",
            ),
            (
                "abc %z",
                t(&[I(1)]),
                "ValueError: unsupported format character 'z' (0x7a) at index 5",
            ),
            (
                "%é",
                t(&[I(1)]),
                "ValueError: unsupported format character '?' (0xe9) at index 1",
            ),
            (
                "%\x01",
                Single(I(1)),
                "ValueError: unsupported format character '?' (0x1) at index 1",
            ),
            (
                "%s %s",
                t(&[I(1)]),
                "TypeError: not enough arguments for format string",
            ),
            (
                "%s",
                t(&[]),
                "TypeError: not enough arguments for format string",
            ),
            (
                "%s",
                t(&[I(1), I(2)]),
                "TypeError: not all arguments converted during string formatting",
            ),
            (
                "abc",
                Single(I(5)),
                "TypeError: not all arguments converted during string formatting",
            ),
            (
                "%d",
                Single(S("x")),
                "TypeError: %d format: a real number is required, not str",
            ),
            (
                "%x",
                Single(F(3.7)),
                "TypeError: %x format: an integer is required, not float",
            ),
            (
                "%f",
                Single(S("a")),
                "TypeError: must be real number, not str",
            ),
            ("%c", Single(S("ab")), "TypeError: %c requires int or char"),
            ("%c", Single(F(1.5)), "TypeError: %c requires int or char"),
            (
                "%c",
                Single(I(-1)),
                "OverflowError: %c arg not in range(0x110000)",
            ),
            ("%*d", t(&[S("a"), I(1)]), "TypeError: * wants int"),
            (
                "%99999999999999999999d",
                t(&[I(1)]),
                "ValueError: width too big",
            ),
            (
                "%.99999999999999999999d",
                t(&[I(1)]),
                "ValueError: precision too big",
            ),
            (
                "%d %d",
                Single(Other("list")),
                "TypeError: %d format: a real number is required, not list",
            ),
        ];
        for (fmt, right, want) in cases {
            assert_eq!(pf(fmt, right), want, "{fmt:?}");
        }
    }
}
