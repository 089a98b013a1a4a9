//! Float to text: `repr(float)` and the digit renderer shared by `format()` and `%`.
//!
//! Rust's float formatting supplies the digits: `{:e}` gives the shortest round-trip digits and
//! `{:.Ne}` / `{:.N}` give correctly rounded digits (round-half-even on the exact binary value),
//! exactly what CPython's dtoa gives. This module only lays those digits out the way CPython's
//! `format_float_short` does.

use std::fmt::Write;

/// A fixed-capacity `fmt::Write` sink, so the shortest digits of a float need no heap.
pub(crate) struct StackBuf<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> StackBuf<N> {
    pub(crate) fn new() -> Self {
        StackBuf {
            buf: [0; N],
            len: 0,
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        // Only whole `&str`s are ever appended, so the bytes are UTF-8.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl<const N: usize> Write for StackBuf<N> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        if end > N {
            return Err(std::fmt::Error);
        }
        self.buf[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Digits of a finite, non-negative float in scientific form: value = d.ddd × 10^exp.
pub(crate) struct SciDigits<'a> {
    /// The mantissa text as Rust printed it, e.g. "1.2345" or "5".
    mantissa: &'a str,
    pub(crate) exp: i32,
}

impl<'a> SciDigits<'a> {
    /// Splits Rust's `{:e}` output ("1.5e-5") of a non-negative finite value.
    pub(crate) fn parse(s: &'a str) -> Self {
        let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
        SciDigits {
            mantissa,
            exp: exp.parse().unwrap_or(0),
        }
    }

    /// The digit bytes without the decimal point, in order.
    pub(crate) fn digits(&self) -> impl Iterator<Item = u8> + '_ {
        self.mantissa.bytes().filter(|b| *b != b'.')
    }

    pub(crate) fn len(&self) -> usize {
        self.mantissa.len() - usize::from(self.mantissa.contains('.'))
    }

    /// Number of digits once trailing zeros are dropped (at least one).
    pub(crate) fn len_stripped(&self) -> usize {
        let t = self.mantissa.trim_end_matches('0').trim_end_matches('.');
        let n = t.len() - usize::from(t.contains('.'));
        n.max(1)
    }
}

/// How to lay digits out; mirrors the knobs of CPython's `format_float_short`.
pub(crate) struct Layout {
    pub(crate) use_exp: bool,
    /// Show at least this many digit positions (zero padded), counted from the first digit.
    pub(crate) min_digits: i32,
    /// Add ".0" to an integral result (repr and the no-type format with precision).
    pub(crate) add_dot_0: bool,
    /// '#': keep a trailing decimal point.
    pub(crate) alternate: bool,
    pub(crate) upper: bool,
}

/// Appends `digits` (first `ndigits` of them) with the decimal point after `decpt` digits
/// (value = 0.DIGITS × 10^decpt), laid out as CPython does.
pub(crate) fn render_digits(
    out: &mut String,
    digits: &mut dyn Iterator<Item = u8>,
    ndigits: usize,
    decpt: i32,
    layout: &Layout,
) {
    let nd = ndigits as i32;
    let (decpt, exp) = if layout.use_exp {
        (1, decpt - 1)
    } else {
        (decpt, 0)
    };
    let mut vend = nd.max(layout.min_digits);
    if !layout.use_exp && layout.add_dot_0 {
        vend = vend.max(decpt + 1);
    } else {
        vend = vend.max(decpt);
    }
    if decpt <= 0 {
        out.push_str("0.");
        push_zeros(out, -decpt);
    }
    let mut i = 0;
    for d in digits.take(ndigits) {
        if i == decpt && decpt > 0 {
            out.push('.');
        }
        out.push(d as char);
        i += 1;
    }
    while i < vend {
        if i == decpt && decpt > 0 {
            out.push('.');
        }
        out.push('0');
        i += 1;
    }
    if i == decpt && layout.alternate {
        out.push('.');
    }
    if layout.use_exp {
        out.push(if layout.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        let _ = write!(out, "{e}");
    }
}

/// Appends a finite non-negative `x` with `p` digits after the point, rounded half to even on
/// its exact binary value (what `{:.p}` gives), in 128-bit integer arithmetic: Rust's exact
/// formatter often falls back to its bignum algorithm for short precisions. `false`, with
/// nothing appended, when `x` scaled by 10^p does not fit.
pub(crate) fn push_fixed_exact(out: &mut String, x: f64, p: usize) -> bool {
    // 10^22 < 2^74 and the significand < 2^53: the scaled significand fits in 127 bits.
    if p > 22 {
        return false;
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    // x × 10^p = m × 10^p × 2^e
    let scaled = u128::from(m) * 10u128.pow(p as u32);
    let q = if e >= 0 {
        if scaled != 0 && scaled.leading_zeros() as i32 <= e {
            return false;
        }
        scaled << e
    } else if e <= -128 {
        // scaled < 2^127 <= half of 2^-e: below one half, so it rounds to zero.
        0
    } else {
        let shift = -e as u32;
        let q = scaled >> shift;
        let rem = scaled & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    let mut buf = StackBuf::<48>::new();
    let _ = write!(buf, "{q}");
    let digits = buf.as_str();
    if p == 0 {
        out.push_str(digits);
    } else if digits.len() <= p {
        out.push_str("0.");
        push_zeros(out, (p - digits.len()) as i32);
        out.push_str(digits);
    } else {
        let (int, fraction) = digits.split_at(digits.len() - p);
        out.push_str(int);
        out.push('.');
        out.push_str(fraction);
    }
    true
}

pub(crate) fn push_zeros(out: &mut String, n: i32) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

/// Whether the shortest digits `sci` of `x` could be the upper side of an exact tie: the last
/// digit is odd and `x` has few enough fractional bits for its exact decimal expansion to end
/// one digit later.
fn may_be_tie(x: f64, sci: &str) -> bool {
    let mantissa = sci.split('e').next().unwrap_or("");
    let odd = mantissa.bytes().last().is_some_and(|d| d % 2 == 1);
    if !odd || x == 0.0 {
        return false;
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let m = if exp == 0 { frac } else { frac | (1u64 << 52) };
    let e = if exp == 0 { -1074 } else { exp - 1075 } + m.trailing_zeros() as i32;
    (-80..0).contains(&e)
}

/// CPython's `repr(float)` (also `str(float)`): shortest round-trip digits, exponent form
/// when the decimal exponent is below -4 or at least 16.
pub fn float_repr(x: f64) -> String {
    let mut out = String::with_capacity(24);
    push_float_repr(&mut out, x, false);
    out
}

/// Appends `repr(x)` to `out`; `alternate` is the `#` flag of `format(x, "#")`.
pub(crate) fn push_float_repr(out: &mut String, x: f64, alternate: bool) {
    if x.is_nan() {
        out.push_str("nan");
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return;
    }
    push_repr_digits(out, x.abs(), alternate, true);
}

/// Appends the repr digits of a finite non-negative `x`; `add_dot_0` gives an integral value
/// its ".0" (float repr does; complex's parts do not, and show "1." under '#').
pub(crate) fn push_repr_digits(out: &mut String, x: f64, alternate: bool, add_dot_0: bool) {
    let mut buf = StackBuf::<40>::new();
    let _ = write!(buf, "{x:e}");
    if may_be_tie(x, buf.as_str()) {
        // Rust breaks an exact tie between two shortest candidates upwards; CPython's dtoa
        // picks the even one, which exact formatting at that length also gives.
        let n = SciDigits::parse(buf.as_str()).len();
        buf = StackBuf::new();
        let _ = write!(buf, "{x:.prec$e}", prec = n - 1);
    }
    let sci = SciDigits::parse(buf.as_str());
    let decpt = sci.exp + 1;
    let layout = Layout {
        use_exp: decpt <= -4 || decpt > 16,
        min_digits: 0,
        add_dot_0,
        alternate,
        upper: false,
    };
    let n = sci.len();
    render_digits(out, &mut sci.digits(), n, decpt, &layout);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_exact_matches_rust_exact_formatting() {
        let mut xs = vec![
            0.0,
            0.5,
            1.5,
            2.5,
            0.125,
            0.375,
            2.675,
            1e-7,
            5e-324,
            1e22,
            123456.789,
            999.9995,
            9007199254740993.0,
            f64::MAX,
            f64::MIN_POSITIVE,
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let x = f64::from_bits(seed >> 1);
            if x.is_finite() {
                xs.push(x);
                xs.push(x.fract() * 1000.0);
            }
            xs.push((seed % 1_000_000) as f64 / 1000.0);
        }
        for &x in &xs {
            for p in 0..=22 {
                let mut ours = String::new();
                if push_fixed_exact(&mut ours, x, p) {
                    assert_eq!(ours, format!("{x:.p$}"), "x={x:e} p={p}");
                }
            }
        }
    }

    #[test]
    fn repr_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (100.0, "100.0"),
            (1.5, "1.5"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.5e-5, "1.5e-05"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (0.00012345, "0.00012345"),
            (123456789.125, "123456789.125"),
            (1e100, "1e+100"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (-1.25e22, "-1.25e+22"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (123e-20, "1.23e-18"),
            // Exact ties between two shortest candidates go to the even digit.
            (73093799468993.12, "73093799468993.12"),
            (-2050567718082.9062, "-2050567718082.9062"),
            (898565369558554.2, "898565369558554.2"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want, "repr({x:?})");
        }
    }
}
