//! Which expressions CPython's AST optimizer turns into constants.
//!
//! Only the yes/no answer matters here (the value is still computed at run time): a set
//! display of constants is made from a frozenset constant, which can order its items
//! differently from a set built item by item. CPython folds unary and binary operations on
//! constants unless they raise or would make an int wider than 128 bits (or a str, bytes or
//! tuple longer than its limit), so the same limits are applied here.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use ruff_python_ast::{self as ast, Expr};

use crate::bytecode::Const;

const MAX_INT_BITS: u64 = 128;
const MAX_COLLECTION: usize = 256;
const MAX_STR: usize = 4096;

/// The abstract value of a folded constant: exact for ints and floats, a length for sequences.
#[derive(Clone)]
enum Cv {
    Int(BigInt),
    Float(f64),
    Complex,
    Str(usize),
    Bytes(usize),
    Tuple(usize),
    Other,
}

/// Whether CPython 3.11 folds `e` into one constant.
pub(crate) fn is_constant(e: &Expr) -> bool {
    value(e).is_some()
}

/// The type CPython's compiler infers for `e` when it checks for a likely missing comma
/// (`"abc"["x"]`, `None()`): the type of the constant `e` folds to, or of a display.
pub(crate) fn inferred_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::BooleanLiteral(_) => "bool",
        Expr::NoneLiteral(_) => "NoneType",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not && is_constant(&u.operand) => "bool",
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) => "str",
        other => match value(other)? {
            Cv::Int(_) => "int",
            Cv::Float(_) => "float",
            Cv::Complex => "complex",
            Cv::Str(_) => "str",
            Cv::Bytes(_) => "bytes",
            Cv::Tuple(_) => "tuple",
            Cv::Other => "bool",
        },
    })
}

fn value(e: &Expr) -> Option<Cv> {
    Some(match e {
        Expr::NumberLiteral(n) => match super::expr::number_const(&n.value) {
            Const::Int(i) => Cv::Int(BigInt::from(i)),
            Const::BigInt(s) => Cv::Int(s.parse().ok()?),
            Const::Float(f) => Cv::Float(f),
            _ => Cv::Complex,
        },
        Expr::StringLiteral(s) => Cv::Str(s.value.to_str().chars().count()),
        Expr::BytesLiteral(b) => Cv::Bytes(b.value.bytes().count()),
        Expr::BooleanLiteral(b) => Cv::Int(BigInt::from(b.value as i64)),
        Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_) => Cv::Other,
        Expr::Tuple(t) => {
            for x in &t.elts {
                value(x)?;
            }
            Cv::Tuple(t.elts.len())
        }
        Expr::UnaryOp(u) => unary(u.op, value(&u.operand)?)?,
        Expr::BinOp(b) => binary(b.op, value(&b.left)?, value(&b.right)?)?,
        _ => return None,
    })
}

fn unary(op: ast::UnaryOp, v: Cv) -> Option<Cv> {
    match (op, v) {
        (ast::UnaryOp::Not, _) => Some(Cv::Other),
        (ast::UnaryOp::USub, Cv::Int(i)) => Some(Cv::Int(-i)),
        (ast::UnaryOp::UAdd, Cv::Int(i)) => Some(Cv::Int(i)),
        (ast::UnaryOp::Invert, Cv::Int(i)) => Some(Cv::Int(-i - 1)),
        (ast::UnaryOp::USub, Cv::Float(f)) => Some(Cv::Float(-f)),
        (ast::UnaryOp::UAdd, Cv::Float(f)) => Some(Cv::Float(f)),
        (ast::UnaryOp::USub | ast::UnaryOp::UAdd, Cv::Complex) => Some(Cv::Complex),
        _ => None,
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn as_float(v: &Cv) -> Option<f64> {
    match v {
        Cv::Int(i) => i.to_f64().filter(|f| f.is_finite()),
        Cv::Float(f) => Some(*f),
        _ => None,
    }
}

fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    num_integer::Integer::div_floor(a, b)
}

fn binary(op: ast::Operator, l: Cv, r: Cv) -> Option<Cv> {
    use ast::Operator as O;
    match (&l, &r) {
        (Cv::Int(a), Cv::Int(b)) => {
            let out = match op {
                O::Add => a + b,
                O::Sub => a - b,
                O::Mult => {
                    if !a.is_zero() && !b.is_zero() && bits(a) + bits(b) > MAX_INT_BITS {
                        return None;
                    }
                    a * b
                }
                O::FloorDiv | O::Mod if b.is_zero() => return None,
                O::FloorDiv => floor_div(a, b),
                O::Mod => a - floor_div(a, b) * b,
                O::Div => {
                    if b.is_zero() {
                        return None;
                    }
                    return Some(Cv::Float(as_float(&l)? / as_float(&r)?));
                }
                O::Pow => {
                    if b.is_negative() {
                        if a.is_zero() {
                            return None;
                        }
                        return Some(Cv::Float(as_float(&l)?.powf(as_float(&r)?)));
                    }
                    if !a.is_zero() && !b.is_zero() {
                        let w = b.to_u64()?;
                        if bits(a) > MAX_INT_BITS / w {
                            return None;
                        }
                    }
                    a.pow(b.to_u32()?)
                }
                O::LShift | O::RShift if b.is_negative() => return None,
                O::LShift => {
                    if !a.is_zero() && !b.is_zero() {
                        let w = b.to_u64()?;
                        if w > MAX_INT_BITS || bits(a) > MAX_INT_BITS - w {
                            return None;
                        }
                    }
                    a << b.to_usize()?
                }
                O::RShift => match b.to_usize() {
                    Some(s) => a >> s,
                    None => BigInt::from(if a.is_negative() { -1 } else { 0 }),
                },
                O::BitAnd => a & b,
                O::BitOr => a | b,
                O::BitXor => a ^ b,
                O::MatMult => return None,
            };
            Some(Cv::Int(out))
        }
        (Cv::Int(_) | Cv::Float(_), Cv::Int(_) | Cv::Float(_)) => {
            let (a, b) = (as_float(&l)?, as_float(&r)?);
            let out = match op {
                O::Add => a + b,
                O::Sub => a - b,
                O::Mult => a * b,
                O::Div | O::FloorDiv | O::Mod if b == 0.0 => return None,
                O::Div => a / b,
                O::FloorDiv => (a / b).floor(),
                O::Mod => a.rem_euclid(b),
                O::Pow => {
                    if a == 0.0 && b < 0.0 {
                        return None;
                    }
                    if a < 0.0 && b.fract() != 0.0 {
                        return Some(Cv::Complex);
                    }
                    let p = a.powf(b);
                    if !p.is_finite() && a.is_finite() && b.is_finite() {
                        return None;
                    }
                    p
                }
                _ => return None,
            };
            Some(Cv::Float(out))
        }
        (Cv::Complex, Cv::Int(_) | Cv::Float(_) | Cv::Complex)
        | (Cv::Int(_) | Cv::Float(_), Cv::Complex) => match op {
            // Whether a division or power raises depends on values not tracked here.
            O::Add | O::Sub | O::Mult => Some(Cv::Complex),
            _ => None,
        },
        (Cv::Str(a), Cv::Str(b)) if op == O::Add => Some(Cv::Str(a + b)),
        (Cv::Bytes(a), Cv::Bytes(b)) if op == O::Add => Some(Cv::Bytes(a + b)),
        (Cv::Tuple(a), Cv::Tuple(b)) if op == O::Add => Some(Cv::Tuple(a + b)),
        (Cv::Str(n), Cv::Int(k)) | (Cv::Int(k), Cv::Str(n)) if op == O::Mult => {
            repeat(*n, k, MAX_STR).map(Cv::Str)
        }
        (Cv::Bytes(n), Cv::Int(k)) | (Cv::Int(k), Cv::Bytes(n)) if op == O::Mult => {
            repeat(*n, k, MAX_STR).map(Cv::Bytes)
        }
        (Cv::Tuple(n), Cv::Int(k)) | (Cv::Int(k), Cv::Tuple(n)) if op == O::Mult => {
            repeat(*n, k, MAX_COLLECTION).map(Cv::Tuple)
        }
        _ => None,
    }
}

/// A key equal for two displays of literals exactly when CPython merges their frozenset
/// constants: the same set of items, told apart by type (`1`, `1.0` and `True` differ) and
/// by the sign of a float zero. `None` when an item is not a plain literal.
pub(crate) fn frozenset_key(elts: &[Expr]) -> Option<String> {
    let mut keys = elts
        .iter()
        .map(literal_key)
        .collect::<Option<Vec<String>>>()?;
    keys.sort();
    keys.dedup();
    Some(keys.join("\u{1}"))
}

fn literal_key(e: &Expr) -> Option<String> {
    Some(match e {
        Expr::NumberLiteral(n) => number_key(super::expr::number_const(&n.value), false),
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) => {
            let Expr::NumberLiteral(n) = &*u.operand else {
                return None;
            };
            let neg = u.op == ast::UnaryOp::USub;
            number_key(super::expr::number_const(&n.value), neg)
        }
        Expr::StringLiteral(s) => format!("s{:?}", s.value.to_str()),
        Expr::BytesLiteral(b) => format!("b{:?}", b.value.bytes().collect::<Vec<u8>>()),
        Expr::BooleanLiteral(b) => format!("B{}", b.value),
        Expr::NoneLiteral(_) => "N".to_string(),
        Expr::EllipsisLiteral(_) => "E".to_string(),
        Expr::Tuple(t) => {
            let items = t
                .elts
                .iter()
                .map(literal_key)
                .collect::<Option<Vec<String>>>()?;
            format!("t({})", items.join("\u{2}"))
        }
        _ => return None,
    })
}

fn number_key(c: Const, neg: bool) -> String {
    let f = |x: f64| if neg { -x } else { x };
    match c {
        Const::Int(i) => format!("i{}", if neg { -(i as i128) } else { i as i128 }),
        Const::BigInt(s) => format!("i{}{s}", if neg { "-" } else { "" }),
        Const::Float(x) => format!("f{}", f(x).to_bits()),
        Const::Complex(r, i) => format!("c{},{}", f(r).to_bits(), f(i).to_bits()),
        _ => "?".to_string(),
    }
}

/// The length of a sequence of `n` items repeated `k` times, when CPython folds it.
fn repeat(n: usize, k: &BigInt, limit: usize) -> Option<usize> {
    if n == 0 {
        return Some(0);
    }
    if k.is_negative() {
        return None;
    }
    let k = k.to_usize()?;
    if k > limit / n {
        return None;
    }
    Some(n * k)
}

#[cfg(test)]
mod tests {
    use super::is_constant;

    fn folds(src: &str) -> bool {
        let parsed = ruff_python_parser::parse_expression(src).expect("expression parses");
        is_constant(parsed.expr())
    }

    fn key(src: &str) -> Option<String> {
        let parsed = ruff_python_parser::parse_expression(src).expect("expression parses");
        match parsed.expr() {
            ruff_python_ast::Expr::Set(s) => super::frozenset_key(&s.elts),
            _ => panic!("not a set display"),
        }
    }

    #[test]
    fn equal_frozensets_of_literals_share_a_key() {
        assert_eq!(key("{17, 9, 1}"), key("{1, 9, 17, 9}"));
        assert_eq!(key("{(1, 'a'), -2, b'x'}"), key("{b'x', -2, (1, 'a')}"));
        assert_ne!(key("{1, 9, 17}"), key("{1.0, 9, 17}"));
        assert_ne!(key("{True, 9, 17}"), key("{1, 9, 17}"));
        assert_ne!(key("{0.0, 8, 16}"), key("{-0.0, 8, 16}"));
        assert_ne!(key("{(1, 2), 3, 4}"), key("{(1, 2.0), 3, 4}"));
        assert_eq!(key("{x, 1, 2}"), None);
    }

    #[test]
    fn literals_and_small_arithmetic_fold() {
        for src in [
            "1", "-1", "~5", "2**40", "1 << 100", "10**20", "3 // 2", "7 % -3", "1 / 2",
        ] {
            assert!(folds(src), "{src}");
        }
        for src in [
            "(1, 2) + (3,)",
            "'ab' * 3",
            "(1,) * 256",
            "2.5 ** 2",
            "1 + 2j",
            "not 0",
        ] {
            assert!(folds(src), "{src}");
        }
    }

    #[test]
    fn raising_or_oversized_results_stay_unfolded() {
        for src in [
            "1 // 0", "1 % 0", "1 / 0", "0 ** -1", "1 << -1", "1 << 200", "2**200",
        ] {
            assert!(!folds(src), "{src}");
        }
        for src in [
            "10**40",
            "(2**100) * (2**100)",
            "'a' * 5000",
            "(1,) * 257",
            "'a' * -1",
        ] {
            assert!(!folds(src), "{src}");
        }
        for src in ["x", "f()", "'%s' % 1", "10.0 ** 400", "(x, 1)"] {
            assert!(!folds(src), "{src}");
        }
    }
}
