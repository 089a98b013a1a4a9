//! Float arithmetic with Python's semantics: floor division and modulo (result takes the
//! divisor's sign), `round()`, `as_integer_ratio()`, and correctly rounded int / int.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, ToPrimitive, Zero};

use super::error::FmtError;
use super::number_text::biguint_to_f64;

/// Python's `divmod` core for floats (CPython's `_float_div_mod`): (floordiv, mod).
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a / b` for floats.
pub fn float_truediv(a: f64, b: f64) -> Result<f64, FmtError> {
    if b == 0.0 {
        return Err(FmtError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, FmtError> {
    if b == 0.0 {
        return Err(FmtError::zero_division("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` for floats: the result has the sign of `b`.
pub fn float_mod(a: f64, b: f64) -> Result<f64, FmtError> {
    if b == 0.0 {
        return Err(FmtError::zero_division("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), FmtError> {
    if b == 0.0 {
        return Err(FmtError::zero_division("float divmod()"));
    }
    Ok(div_mod(a, b))
}

/// The result of `round(x[, ndigits])`: an int without `ndigits`, else a float.
#[derive(Debug, Clone, PartialEq)]
pub enum RoundResult {
    Int(BigInt),
    Float(f64),
}

/// `round(x)` (half to even, an int) and `round(x, ndigits)` (correctly rounded, a float).
pub fn float_round(x: f64, ndigits: Option<i64>) -> Result<RoundResult, FmtError> {
    let Some(nd) = ndigits else {
        if x.is_nan() {
            return Err(FmtError::value("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(FmtError::overflow(
                "cannot convert float infinity to integer",
            ));
        }
        let r = x.round_ties_even();
        return Ok(RoundResult::Int(BigInt::from_f64(r).unwrap_or_default()));
    };
    // Beyond these every float is unchanged, or rounds to zero (CPython's NDIGITS_MAX/MIN).
    if nd > 323 || !x.is_finite() || x == 0.0 {
        return Ok(RoundResult::Float(x));
    }
    if nd < -308 {
        return Ok(RoundResult::Float(0f64.copysign(x)));
    }
    if nd >= 0 {
        // Rust prints exactly rounded (half to even on the exact binary value) digits, which
        // is what CPython's dtoa-based round does; reading them back rounds correctly too.
        let text = format!("{x:.prec$}", prec = nd as usize);
        return Ok(RoundResult::Float(text.parse().unwrap_or(x)));
    }
    // Negative ndigits: round x / 10**-nd to an integer exactly, then scale back.
    let (num, den) = exact_ratio(x.abs());
    let p = BigUint::from(10u32).pow((-nd) as u32);
    let (q, r) = num.div_rem(&(&den * &p));
    let twice_r = r << 1u32;
    let full = &den * &p;
    let round_up = twice_r > full || (twice_r == full && q.is_odd());
    let q = if round_up { q + 1u32 } else { q };
    let v = biguint_to_f64(&(q * p));
    if v.is_infinite() {
        return Err(FmtError::overflow("rounded value too large to represent"));
    }
    Ok(RoundResult::Float(v.copysign(x)))
}

/// `x` (finite, non-negative) as an exact fraction num / den with den a power of two.
fn exact_ratio(x: f64) -> (BigUint, BigUint) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if e >= 0 {
        (BigUint::from(mant) << e as u64, BigUint::from(1u32))
    } else {
        let tz = mant.trailing_zeros().min((-e) as u32);
        (
            BigUint::from(mant >> tz),
            BigUint::from(1u32) << ((-e) as u64 - u64::from(tz)),
        )
    }
}

/// `x.as_integer_ratio()`: the exact fraction in lowest terms.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), FmtError> {
    if x.is_nan() {
        return Err(FmtError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(FmtError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let (num, den) = exact_ratio(x.abs());
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    Ok((
        BigInt::from_biguint(sign, num),
        BigInt::from_biguint(Sign::Plus, den),
    ))
}

/// `x.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

/// `x * 2**e` without intermediate overflow or double rounding, for exactly representable
/// results.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// `a / b` for ints: correctly rounded (half to even), like CPython's `long_true_divide`.
pub fn big_true_div(a: &BigInt, b: &BigInt) -> Result<f64, FmtError> {
    if b.is_zero() {
        return Err(FmtError::zero_division("division by zero"));
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let sign = |v: f64| if negative { -v } else { v };
    // Fast path: both exactly representable, so one IEEE division rounds correctly.
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && x.unsigned_abs() <= 1 << 53
        && y.unsigned_abs() <= 1 << 53
    {
        return Ok(x as f64 / y as f64);
    }
    let too_large = || FmtError::overflow("integer division result too large for a float");
    let (a, b) = (a.magnitude(), b.magnitude());
    if a.is_zero() {
        return Ok(sign(0.0));
    }
    const MANT: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > MAX_EXP + 1 {
        return Err(too_large());
    }
    if diff < MIN_EXP - MANT - 1 {
        return Ok(sign(0.0));
    }
    // Scale so the quotient has MANT+2 or MANT+3 bits (fewer for subnormal results).
    let shift = diff.max(MIN_EXP) - MANT - 2;
    let (q, r) = if shift >= 0 {
        a.div_rem(&(b << shift as u64))
    } else {
        (a << (-shift) as u64).div_rem(b)
    };
    let inexact = !r.is_zero();
    let x = q.to_u64().unwrap_or(u64::MAX);
    let x_bits = i64::from(64 - x.leading_zeros());
    let extra = x_bits.max(MIN_EXP - shift) - MANT;
    let mask = 1u64 << (extra - 1);
    let low = x | u64::from(inexact);
    let mut x = x;
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        x += mask;
    }
    x &= !(2 * mask - 1);
    let bits_after = i64::from(64 - x.leading_zeros());
    if bits_after + shift > MAX_EXP {
        return Err(too_large());
    }
    Ok(sign(ldexp(x as f64, shift)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(x: f64, nd: Option<i64>) -> String {
        match float_round(x, nd) {
            Ok(RoundResult::Int(i)) => i.to_string(),
            Ok(RoundResult::Float(f)) => crate::format::float_repr(f),
            Err(e) => format!("{:?}: {}", e.kind, e.msg),
        }
    }

    fn rep(x: f64) -> String {
        crate::format::float_repr(x)
    }

    fn div(a: BigInt, b: BigInt) -> String {
        match big_true_div(&a, &b) {
            Ok(f) => rep(f),
            Err(e) => format!("{:?}: {}", e.kind, e.msg),
        }
    }

    fn p2(n: u32) -> BigInt {
        BigInt::from(1) << n
    }

    #[test]
    fn floordiv_mod_divmod() {
        assert_eq!(
            float_floordiv(1.0, 0.0).unwrap_err().msg,
            "float floor division by zero"
        );
        assert_eq!(float_mod(1.0, 0.0).unwrap_err().msg, "float modulo");
        assert_eq!(float_divmod(1.0, 0.0).unwrap_err().msg, "float divmod()");
        assert_eq!(
            float_truediv(1.0, 0.0).unwrap_err().msg,
            "float division by zero"
        );
        assert_eq!(rep(float_floordiv(-7.5, 2.0).unwrap()), "-4.0");
        assert_eq!(rep(float_mod(7.5, -2.0).unwrap()), "-0.5");
        assert_eq!(rep(float_mod(-0.0, 5.0).unwrap()), "0.0");
        assert_eq!(rep(float_mod(0.0, -5.0).unwrap()), "-0.0");
        assert_eq!(rep(float_mod(-1e-300, 1e300).unwrap()), "1e+300");
        assert_eq!(rep(float_mod(5.0, f64::INFINITY).unwrap()), "5.0");
        assert_eq!(rep(float_mod(-5.0, f64::INFINITY).unwrap()), "inf");
        assert_eq!(rep(float_mod(f64::INFINITY, 5.0).unwrap()), "nan");
        assert_eq!(rep(float_floordiv(f64::INFINITY, 5.0).unwrap()), "nan");
        let dm = |a, b| {
            let (q, m) = float_divmod(a, b).unwrap();
            format!("({}, {})", rep(q), rep(m))
        };
        assert_eq!(dm(-0.0, 5.0), "(-0.0, 0.0)");
        assert_eq!(dm(0.0, -5.0), "(-0.0, -0.0)");
        assert_eq!(dm(-7.5, 2.0), "(-4.0, 0.5)");
        assert_eq!(dm(5.0, f64::INFINITY), "(0.0, 5.0)");
        assert_eq!(dm(-5.0, f64::INFINITY), "(-1.0, inf)");
        assert_eq!(dm(f64::INFINITY, 5.0), "(nan, nan)");
    }

    #[test]
    fn rounding() {
        assert_eq!(
            r(f64::NAN, None),
            "ValueError: cannot convert float NaN to integer"
        );
        assert_eq!(
            r(f64::INFINITY, None),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(
            r(1.7976931348623157e308, Some(-308)),
            "OverflowError: rounded value too large to represent"
        );
        assert_eq!(r(2.675, Some(2)), "2.67");
        assert_eq!(r(0.5, None), "0");
        assert_eq!(r(-0.5, None), "0");
        assert_eq!(r(1.5, None), "2");
        assert_eq!(r(2.5, None), "2");
        assert_eq!(r(1e20, None), "100000000000000000000");
        assert_eq!(r(-0.4, Some(0)), "-0.0");
        assert_eq!(r(15.0, Some(-1)), "20.0");
        assert_eq!(r(25.0, Some(-1)), "20.0");
        assert_eq!(r(-25.0, Some(-1)), "-20.0");
        assert_eq!(r(1e300, Some(-300)), "1e+300");
        assert_eq!(r(5e-324, Some(323)), "0.0");
        assert_eq!(r(1e-320, Some(-5)), "0.0");
        assert_eq!(r(0.1, Some(400)), "0.1");
        assert_eq!(r(123.456, Some(-2)), "100.0");
        assert_eq!(r(1.23456789e20, Some(3)), "1.23456789e+20");
        assert_eq!(r(-1.0, Some(-400)), "-0.0");
    }

    #[test]
    fn ratios() {
        let (n, d) = float_as_integer_ratio(1.5).unwrap();
        assert_eq!((n.to_string(), d.to_string()), ("3".into(), "2".into()));
        let (n, d) = float_as_integer_ratio(-0.1).unwrap();
        assert_eq!(
            (n.to_string(), d.to_string()),
            ("-3602879701896397".into(), "36028797018963968".into())
        );
        let (n, d) = float_as_integer_ratio(1e20).unwrap();
        assert_eq!(
            (n.to_string(), d.to_string()),
            ("100000000000000000000".into(), "1".into())
        );
        assert_eq!(
            float_as_integer_ratio(f64::INFINITY).unwrap_err().msg,
            "cannot convert Infinity to integer ratio"
        );
        assert_eq!(
            float_as_integer_ratio(f64::NAN).unwrap_err().msg,
            "cannot convert NaN to integer ratio"
        );
        assert!(
            float_is_integer(3.0) && !float_is_integer(3.5) && !float_is_integer(f64::INFINITY)
        );
    }

    #[test]
    fn int_true_division() {
        let i = |v: i64| BigInt::from(v);
        assert_eq!(div(i(1), i(0)), "ZeroDivisionError: division by zero");
        assert_eq!(
            div(BigInt::from(10).pow(400), i(1)),
            "OverflowError: integer division result too large for a float"
        );
        assert_eq!(div(i(1), BigInt::from(10).pow(400)), "0.0");
        assert_eq!(
            div(-BigInt::from(10).pow(400), i(3)),
            "OverflowError: integer division result too large for a float"
        );
        assert_eq!(div(p2(1074) + 1, p2(2148)), "5e-324");
        assert_eq!(div(i(1), i(3)), "0.3333333333333333");
        assert_eq!(
            div(BigInt::from(10).pow(30), i(7)),
            "1.4285714285714285e+29"
        );
        assert_eq!(div(p2(53) + 1, i(1)), "9007199254740992.0");
        assert_eq!(div(i(-1), p2(1080)), "-0.0");
        assert_eq!(
            div(p2(1024) - p2(970), i(1)),
            "OverflowError: integer division result too large for a float"
        );
        assert_eq!(div(p2(1024) - p2(970) - 1, i(1)), "1.7976931348623157e+308");
        assert_eq!(div(i(7), i(-2)), "-3.5");
    }
}
