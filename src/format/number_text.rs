//! Number text: `int(s, base)`, `float(s)`, `hex/oct/bin` text, and exact int to float.
//!
//! Rules follow CPython 3.11: surrounding whitespace, a sign, single underscores between
//! digits, base prefixes, Unicode decimal digits, and the messages quote the original string.

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::ToPrimitive;

use super::error::FmtError;
use crate::text::{decimal_value, is_python_space, str_repr};

/// CPython's default for `sys.set_int_max_str_digits()`.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// `sys.set_int_max_str_digits(n)`: the limit on decimal digits in int <-> str conversions
/// (0 = no limit). Process-wide: the VM validates `n` (0 or >= 640) before calling.
pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// `sys.get_int_max_str_digits()`.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

fn str_digits_error() -> FmtError {
    FmtError::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        int_max_str_digits()
    ))
}

/// Decimal digits of a magnitude, honouring the int max str digits limit.
pub(crate) fn decimal_digits(m: &BigUint) -> Result<String, FmtError> {
    // Up to 38 digits: far cheaper than the general radix conversion (Decimal coefficients
    // and money arithmetic live here).
    if let Some(u) = m.to_u128() {
        return Ok(u.to_string());
    }
    let limit = int_max_str_digits();
    // log2(10) ~ 3.3219: a value with more bits than this surely has too many digits.
    if limit > 0 && m.bits() as f64 > limit as f64 * 3.322 + 4.0 {
        return Err(str_digits_error());
    }
    let s = m.to_str_radix(10);
    if limit > 0 && s.len() > limit {
        return Err(str_digits_error());
    }
    Ok(s)
}

/// `repr(s)` cut to 200 characters, as CPython's `%.200R` does in error messages.
fn repr_200(s: &str) -> String {
    let r = str_repr(s);
    match r.char_indices().nth(200) {
        Some((i, _)) => r[..i].to_owned(),
        None => r,
    }
}

fn invalid_int(s: &str, base: u32) -> FmtError {
    FmtError::value(format!(
        "invalid literal for int() with base {base}: {}",
        repr_200(s)
    ))
}

fn strip_space(s: &str) -> &str {
    s.trim_matches(is_python_space)
}

/// The value of `c` as a digit in bases up to 36 (ASCII letters and Unicode decimals).
fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        'a'..='z' => Some(c as u32 - 'a' as u32 + 10),
        'A'..='Z' => Some(c as u32 - 'A' as u32 + 10),
        _ if c.is_ascii() => None,
        _ => decimal_value(c),
    }
}

/// `int(s, base)`: base 0 or 2..=36.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, FmtError> {
    if base == 1 || base > 36 {
        return Err(FmtError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let t = strip_space(s);
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower2 = t.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix_base = match lower2.as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 0,
    };
    let mut radix = base;
    let mut body = t;
    let mut had_prefix = false;
    if prefix_base != 0 && (base == 0 || base == prefix_base) {
        radix = prefix_base;
        body = &t[2..];
        had_prefix = true;
    } else if base == 0 {
        radix = 10;
    }
    // A single underscore may follow a prefix; elsewhere only between digits.
    if had_prefix && body.starts_with('_') {
        body = &body[1..];
    }
    let mut small: u64 = 0;
    let mut small_ok = true;
    let mut ndigits = 0usize;
    let mut prev_underscore = false;
    let mut first_digit = None;
    let mut ascii_digits: Option<Vec<u8>> = None;
    for c in body.chars() {
        if c == '_' {
            if ndigits == 0 || prev_underscore {
                return Err(invalid_int(s, base));
            }
            prev_underscore = true;
            continue;
        }
        prev_underscore = false;
        let d = match digit_value(c) {
            Some(d) if d < radix => d,
            _ => return Err(invalid_int(s, base)),
        };
        if first_digit.is_none() {
            first_digit = Some(d);
        }
        ndigits += 1;
        if small_ok {
            match small
                .checked_mul(u64::from(radix))
                .and_then(|v| v.checked_add(u64::from(d)))
            {
                Some(v) => small = v,
                None => {
                    small_ok = false;
                    let mut digits = Vec::with_capacity(body.len());
                    let mut v = small;
                    let mut tmp = Vec::new();
                    while v > 0 {
                        tmp.push((v % u64::from(radix)) as u8);
                        v /= u64::from(radix);
                    }
                    digits.extend(tmp.iter().rev());
                    digits.push(d as u8);
                    ascii_digits = Some(digits);
                    continue;
                }
            }
        }
        if let Some(digits) = ascii_digits.as_mut() {
            digits.push(d as u8);
        }
    }
    if ndigits == 0 || prev_underscore {
        return Err(invalid_int(s, base));
    }
    if base == 0 && !had_prefix && first_digit == Some(0) && (!small_ok || small != 0) {
        return Err(invalid_int(s, base));
    }
    let limit = int_max_str_digits();
    if limit > 0 && ndigits > limit && !radix.is_power_of_two() {
        return Err(FmtError::value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: \
             value has {ndigits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    let magnitude = match ascii_digits {
        None => BigUint::from(small),
        Some(digits) => {
            BigUint::from_radix_be(&digits, radix).ok_or_else(|| invalid_int(s, base))?
        }
    };
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `int(s)` in base 10 when the value fits an `i64`, without touching `BigInt`.
pub fn parse_i64(s: &str) -> Option<i64> {
    let t = s.as_bytes();
    if t.is_empty() || t.len() > 18 || t.iter().skip(1).any(|b| !b.is_ascii_digit()) {
        return None;
    }
    let (neg, digits) = match t[0] {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        b'0'..=b'9' => (false, t),
        _ => return None,
    };
    if digits.is_empty() {
        return None;
    }
    let mut v: i64 = 0;
    for b in digits {
        v = v * 10 + i64::from(b - b'0');
    }
    Some(if neg { -v } else { v })
}

fn invalid_float(s: &str) -> FmtError {
    FmtError::value(format!(
        "could not convert string to float: {}",
        str_repr(s)
    ))
}

/// `float(s)` for a `str`.
pub fn parse_float(s: &str) -> Result<f64, FmtError> {
    let t = strip_space(s);
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let special = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case("nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    // Copy to plain ASCII, checking the underscore rule: each '_' sits between two digits.
    let mut clean = String::with_capacity(body.len() + 1);
    if negative {
        clean.push('-');
    }
    let mut prev: Option<char> = None;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        let c = if c.is_ascii() {
            c
        } else {
            match decimal_value(c) {
                Some(d) => char::from(b'0' + d as u8),
                None => return Err(invalid_float(s)),
            }
        };
        match c {
            '_' => {
                let next_is_digit = chars
                    .peek()
                    .is_some_and(|n| n.is_ascii_digit() || decimal_value(*n).is_some());
                if !prev.is_some_and(|p| p.is_ascii_digit()) || !next_is_digit {
                    return Err(invalid_float(s));
                }
            }
            '0'..='9' | '.' | 'e' | 'E' | '+' | '-' => clean.push(c),
            _ => return Err(invalid_float(s)),
        }
        prev = Some(c);
    }
    // Rust accepts what Python accepts once specials, signs and underscores are handled,
    // except a second sign, which the check below rejects.
    if clean[usize::from(negative)..].starts_with(['+', '-']) {
        return Err(invalid_float(s));
    }
    clean.parse::<f64>().map_err(|_| invalid_float(s))
}

/// `hex(v)`, `oct(v)`, `bin(v)` (with `prefix`) or the bare digits, e.g. `-0x1f`.
pub fn int_to_radix(v: &BigInt, base: u32, prefix: bool) -> String {
    let p = match (prefix, base) {
        (true, 16) => "0x",
        (true, 8) => "0o",
        (true, 2) => "0b",
        _ => "",
    };
    let neg = v.sign() == Sign::Minus;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push_str(p);
    match v.magnitude().to_u64() {
        Some(m) => {
            use std::fmt::Write;
            let _ = match base {
                16 => write!(out, "{m:x}"),
                8 => write!(out, "{m:o}"),
                2 => write!(out, "{m:b}"),
                10 => write!(out, "{m}"),
                _ => {
                    out.push_str(&BigUint::from(m).to_str_radix(base));
                    Ok(())
                }
            };
        }
        None => out.push_str(&v.magnitude().to_str_radix(base)),
    }
    out
}

/// `str(v)` for an int; fails past `sys.get_int_max_str_digits()` digits.
pub fn int_to_decimal(v: &BigInt) -> Result<String, FmtError> {
    if let Some(i) = v.to_i64() {
        return Ok(i.to_string());
    }
    let digits = decimal_digits(v.magnitude())?;
    Ok(if v.sign() == Sign::Minus {
        format!("-{digits}")
    } else {
        digits
    })
}

/// `float(v)` for an int: correctly rounded (half to even), or
/// `OverflowError: int too large to convert to float`.
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, FmtError> {
    let m = v.magnitude();
    let x = biguint_to_f64(m);
    if x.is_infinite() {
        return Err(FmtError::overflow("int too large to convert to float"));
    }
    Ok(if v.sign() == Sign::Minus { -x } else { x })
}

/// Correctly rounded conversion; may return infinity.
pub(crate) fn biguint_to_f64(m: &BigUint) -> f64 {
    let bits = m.bits();
    if bits <= 64 {
        return m.to_u64().map_or(0.0, |u| u as f64);
    }
    // Keep the top 64 bits plus a sticky bit for everything below: rounding that 64-bit
    // value to 53 bits then rounds exactly as the full value would.
    let shift = bits - 64;
    let top = (m >> shift).to_u64().unwrap_or(u64::MAX);
    let sticky = m.trailing_zeros().is_some_and(|tz| tz < shift);
    let top = top | u64::from(sticky);
    let f = top as f64;
    if shift > 2000 {
        return f64::INFINITY;
    }
    f * 2f64.powi(shift as i32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::ErrKind;

    fn pi(s: &str, base: u32) -> String {
        match parse_int(s, base) {
            Ok(v) => v.to_string(),
            Err(e) => format!("{:?}: {}", e.kind, e.msg),
        }
    }

    fn pf(s: &str) -> String {
        match parse_float(s) {
            Ok(v) => crate::format::float_repr(v),
            Err(e) => e.msg,
        }
    }

    #[test]
    fn ints() {
        let cases: &[(&str, u32, &str)] = &[
            ("0x_1f", 16, "31"),
            ("0_0", 0, "0"),
            ("00", 0, "0"),
            ("0b101", 0, "5"),
            ("0o17", 0, "15"),
            ("0B1", 2, "1"),
            ("  -0x1F ", 16, "-31"),
            ("z", 36, "35"),
            ("Z", 36, "35"),
            ("0x1f", 0, "31"),
            ("１２", 10, "12"),
            ("٣", 10, "3"),
            ("1_000", 10, "1000"),
            ("-0", 10, "0"),
            ("\u{3000}42\n", 10, "42"),
            (
                "123456789012345678901234567890",
                10,
                "123456789012345678901234567890",
            ),
            ("-ffffffffffffffffff", 16, "-4722366482869645213695"),
            ("18446744073709551615", 10, "18446744073709551615"),
            ("18446744073709551616", 10, "18446744073709551616"),
            (
                "010",
                0,
                "ValueError: invalid literal for int() with base 0: '010'",
            ),
            (
                "0x",
                16,
                "ValueError: invalid literal for int() with base 16: '0x'",
            ),
            (
                "0x_",
                16,
                "ValueError: invalid literal for int() with base 16: '0x_'",
            ),
            (
                "_1",
                10,
                "ValueError: invalid literal for int() with base 10: '_1'",
            ),
            (
                "1__2",
                10,
                "ValueError: invalid literal for int() with base 10: '1__2'",
            ),
            (
                "1_",
                10,
                "ValueError: invalid literal for int() with base 10: '1_'",
            ),
            (
                "1",
                37,
                "ValueError: int() base must be >= 2 and <= 36, or 0",
            ),
            (
                "9",
                8,
                "ValueError: invalid literal for int() with base 8: '9'",
            ),
            (
                "",
                10,
                "ValueError: invalid literal for int() with base 10: ''",
            ),
            (
                "+",
                10,
                "ValueError: invalid literal for int() with base 10: '+'",
            ),
            (
                " - 1",
                10,
                "ValueError: invalid literal for int() with base 10: ' - 1'",
            ),
            (
                "0_x1",
                0,
                "ValueError: invalid literal for int() with base 0: '0_x1'",
            ),
            (
                "abc",
                10,
                "ValueError: invalid literal for int() with base 10: 'abc'",
            ),
            (
                "0x10",
                10,
                "ValueError: invalid literal for int() with base 10: '0x10'",
            ),
        ];
        for (s, b, want) in cases {
            assert_eq!(pi(s, *b), *want, "int({s:?}, {b})");
        }
        assert_eq!(parse_i64("-123"), Some(-123));
        let long = "1".repeat(4301);
        assert_eq!(
            parse_int(&long, 10).unwrap_err().msg,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 \
             digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert!(parse_int(&long, 16).is_ok());
        assert_eq!(
            parse_int(&"1_".repeat(2200), 10).unwrap_err().kind,
            ErrKind::ValueError
        );
        assert!(parse_int(&format!("{}1", "1_".repeat(2200)), 10).is_ok());
        let big = BigInt::from(10).pow(4300);
        assert_eq!(
            int_to_decimal(&big).unwrap_err().msg,
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(int_to_decimal(&(big - 1)).unwrap().len(), 4300);
        assert_eq!(int_to_decimal(&BigInt::from(-5)).unwrap(), "-5");
        assert_eq!(parse_i64("12a"), None);
    }

    #[test]
    fn floats() {
        let cases: &[(&str, &str)] = &[
            ("1_0.5", "10.5"),
            ("1e1_0", "10000000000.0"),
            ("  1.5  ", "1.5"),
            ("1e500", "inf"),
            ("-iNfinity", "-inf"),
            ("nan", "nan"),
            ("+nan", "nan"),
            ("-.5", "-0.5"),
            ("5.", "5.0"),
            ("١٢٣", "123.0"),
            ("1.5\n", "1.5"),
            ("\u{2003}1.5", "1.5"),
            ("0.1", "0.1"),
            ("-0", "-0.0"),
            ("1E+3", "1000.0"),
            ("1__0", "could not convert string to float: '1__0'"),
            ("_1", "could not convert string to float: '_1'"),
            ("1_", "could not convert string to float: '1_'"),
            ("1_.5", "could not convert string to float: '1_.5'"),
            ("1._5", "could not convert string to float: '1._5'"),
            (".", "could not convert string to float: '.'"),
            ("1e", "could not convert string to float: '1e'"),
            ("0x10", "could not convert string to float: '0x10'"),
            ("in f", "could not convert string to float: 'in f'"),
            ("1 0", "could not convert string to float: '1 0'"),
            ("--1", "could not convert string to float: '--1'"),
            ("", "could not convert string to float: ''"),
        ];
        for (s, want) in cases {
            assert_eq!(pf(s), *want, "float({s:?})");
        }
    }

    #[test]
    fn radix_and_float_conversion() {
        assert_eq!(int_to_radix(&BigInt::from(-31), 16, true), "-0x1f");
        assert_eq!(int_to_radix(&BigInt::from(8), 8, true), "0o10");
        assert_eq!(int_to_radix(&BigInt::from(5), 2, true), "0b101");
        assert_eq!(int_to_radix(&BigInt::from(0), 2, true), "0b0");
        let big: BigInt = "-123456789012345678901234567890".parse().unwrap();
        assert_eq!(int_to_radix(&big, 16, true), "-0x18ee90ff6c373e0ee4e3f0ad2");
        // float(2**53 + 1) rounds to even; float(2**54 + 3) rounds up.
        let v = (BigInt::from(1) << 53) + 1;
        assert_eq!(bigint_to_f64(&v).unwrap(), 9007199254740992.0);
        let v: BigInt = (BigInt::from(1) << 100) + (BigInt::from(1) << 47) + 1;
        assert_eq!(bigint_to_f64(&v).unwrap(), 1.2676506002282297e30);
        assert_eq!(
            bigint_to_f64(&BigInt::from(10).pow(400)).unwrap_err().msg,
            "int too large to convert to float"
        );
        // 2**1024 - 2**970 is halfway between the largest float and 2**1024: overflow.
        let v: BigInt = (BigInt::from(1) << 1024) - (BigInt::from(1) << 970);
        assert_eq!(
            bigint_to_f64(&v).unwrap_err().msg,
            "int too large to convert to float"
        );
        assert_eq!(bigint_to_f64(&(v - 1)).unwrap(), f64::MAX);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::format::{big_true_div, float_repr};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn float_repr_round_trips(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            prop_assume!(!x.is_nan());
            let back = parse_float(&float_repr(x)).unwrap();
            prop_assert_eq!(back.to_bits(), x.to_bits());
        }

        #[test]
        fn radix_text_round_trips(v in any::<i128>(), base in prop::sample::select(vec![2u32, 8, 10, 16])) {
            let v = BigInt::from(v);
            let text = int_to_radix(&v, base, base != 10);
            prop_assert_eq!(parse_int(&text, if base == 10 { 10 } else { 0 }).unwrap(), v);
        }

        #[test]
        fn small_true_division_matches_ieee(a in -(1i64 << 53)..(1i64 << 53), b in -(1i64 << 53)..(1i64 << 53)) {
            prop_assume!(b != 0);
            let got = big_true_div(&BigInt::from(a), &BigInt::from(b)).unwrap();
            prop_assert_eq!(got.to_bits(), (a as f64 / b as f64).to_bits());
            // The general path agrees with the fast path on scaled operands.
            let k = BigInt::from(1) << 70;
            let scaled = big_true_div(&(BigInt::from(a) * &k), &(BigInt::from(b) * &k)).unwrap();
            prop_assert_eq!(scaled.to_bits(), got.to_bits());
        }
    }
}
