//! `int`, `float` and `complex` methods.
//!
//! The named methods (`to_bytes`, `hex`, ...) are implemented here; the special methods
//! (`__add__`, `__eq__`, ...) unwrap `self` (instances of subclasses carry the built-in value)
//! and delegate to the VM's operators, so `super().__add__(x)` in a subclass behaves as in
//! CPython, NotImplemented included.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::args::payload;
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::*;
use crate::vm::Vm;
use crate::vm::ops::to_bigint;

pub const INT_METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", bit_length),
    ("bit_count", bit_count),
    ("to_bytes", to_bytes),
    ("from_bytes", from_bytes),
    ("as_integer_ratio", int_as_integer_ratio),
    ("conjugate", int_conjugate),
    ("__index__", int_index),
    ("__int__", int_int),
    ("__float__", int_float),
    ("__abs__", int_abs),
    ("__neg__", int_neg),
    ("__pos__", int_pos),
    ("__invert__", int_invert),
    ("__bool__", int_bool),
    ("__trunc__", int_trunc),
    ("__floor__", int_floor),
    ("__ceil__", int_ceil),
    ("__round__", int_round),
    ("__add__", int_add),
    ("__radd__", int_radd),
    ("__sub__", int_sub),
    ("__rsub__", int_rsub),
    ("__mul__", int_mul),
    ("__rmul__", int_rmul),
    ("__truediv__", int_truediv),
    ("__rtruediv__", int_rtruediv),
    ("__floordiv__", int_floordiv),
    ("__rfloordiv__", int_rfloordiv),
    ("__mod__", int_mod),
    ("__rmod__", int_rmod),
    ("__divmod__", int_divmod),
    ("__rdivmod__", int_rdivmod),
    ("__pow__", int_pow),
    ("__rpow__", int_rpow),
    ("__lshift__", int_lshift),
    ("__rlshift__", int_rlshift),
    ("__rshift__", int_rshift),
    ("__rrshift__", int_rrshift),
    ("__and__", int_and),
    ("__rand__", int_rand),
    ("__or__", int_or),
    ("__ror__", int_ror),
    ("__xor__", int_xor),
    ("__rxor__", int_rxor),
    ("__eq__", int_eq),
    ("__ne__", int_ne),
    ("__lt__", int_lt),
    ("__le__", int_le),
    ("__gt__", int_gt),
    ("__ge__", int_ge),
    ("__hash__", int_hash),
    ("__format__", int_format),
    ("__repr__", int_repr),
    ("__str__", any_str),
    ("__getnewargs__", int_getnewargs),
];

pub const FLOAT_METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex),
    ("fromhex", float_fromhex),
    ("__getformat__", float_getformat),
    ("conjugate", float_conjugate),
    ("__int__", float_int),
    ("__trunc__", float_trunc),
    ("__floor__", float_floor),
    ("__ceil__", float_ceil),
    ("__round__", float_round),
    ("__float__", float_float),
    ("__abs__", float_abs),
    ("__neg__", float_neg),
    ("__pos__", float_pos),
    ("__bool__", float_bool),
    ("__add__", float_add),
    ("__radd__", float_radd),
    ("__sub__", float_sub),
    ("__rsub__", float_rsub),
    ("__mul__", float_mul),
    ("__rmul__", float_rmul),
    ("__truediv__", float_truediv),
    ("__rtruediv__", float_rtruediv),
    ("__floordiv__", float_floordiv),
    ("__rfloordiv__", float_rfloordiv),
    ("__mod__", float_mod),
    ("__rmod__", float_rmod),
    ("__divmod__", float_divmod),
    ("__rdivmod__", float_rdivmod),
    ("__pow__", float_pow),
    ("__rpow__", float_rpow),
    ("__eq__", float_eq),
    ("__ne__", float_ne),
    ("__lt__", float_lt),
    ("__le__", float_le),
    ("__gt__", float_gt),
    ("__ge__", float_ge),
    ("__hash__", float_hash),
    ("__format__", float_format),
    ("__repr__", float_repr),
    ("__str__", any_str),
    ("__getnewargs__", float_getnewargs),
];

pub const COMPLEX_METHODS: &[(&str, NativeFn)] = &[
    ("conjugate", complex_conjugate),
    ("__complex__", complex_complex),
    ("__getnewargs__", complex_getnewargs),
    ("__abs__", complex_abs),
    ("__neg__", complex_neg),
    ("__pos__", complex_pos),
    ("__bool__", complex_bool),
    ("__add__", complex_add),
    ("__radd__", complex_radd),
    ("__sub__", complex_sub),
    ("__rsub__", complex_rsub),
    ("__mul__", complex_mul),
    ("__rmul__", complex_rmul),
    ("__truediv__", complex_truediv),
    ("__rtruediv__", complex_rtruediv),
    ("__pow__", complex_pow),
    ("__rpow__", complex_rpow),
    ("__eq__", complex_eq),
    ("__ne__", complex_ne),
    ("__hash__", complex_hash),
    ("__repr__", complex_repr),
    ("__str__", any_str),
];

// ---- self and arguments ------------------------------------------------------------------

/// The numeric kinds whose methods live here.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Complex,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Complex => "complex",
        }
    }

    /// Is `v` (already unwrapped) an operand this type's methods handle?
    fn accepts(self, v: &Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
            Value::Float(_) => self != Kind::Int,
            Value::Complex(_) => self == Kind::Complex,
            _ => false,
        }
    }

    fn is_self(self, v: &Value) -> bool {
        match self {
            Kind::Int => matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)),
            Kind::Float => matches!(v, Value::Float(_)),
            Kind::Complex => matches!(v, Value::Complex(_)),
        }
    }
}

/// `self`, unwrapped, checked to be of `kind`.
fn this(vm: &mut Vm, a: &Args, kind: Kind, method: &str) -> PyResult<Value> {
    let t = kind.name();
    let Some(v) = a.pos.first().map(payload) else {
        return Err(crate::builtins::args::descriptor_unbound(vm, t, method));
    };
    if kind.is_self(&v) {
        return Ok(v);
    }
    Err(crate::builtins::args::descriptor_mismatch(
        vm, t, method, &a.pos[0],
    ))
}

/// Arity check for methods with exactly `n` positional arguments after `self`, worded as
/// CPython words it for slot wrappers (`__neg__`) and named methods (`int.bit_length`) alike.
fn arity(vm: &mut Vm, a: &Args, name: &str, n: usize) -> PyResult<()> {
    if a.kw.is_empty() && a.pos.len().saturating_sub(1) == n {
        return Ok(());
    }
    crate::builtins::args::check_method(vm, name, a, n, n)
}

fn self_bigint(vm: &mut Vm, a: &Args, method: &str) -> PyResult<BigInt> {
    let v = this(vm, a, Kind::Int, method)?;
    Ok(to_bigint(&v).unwrap_or_default())
}

fn self_f64(vm: &mut Vm, a: &Args, method: &str) -> PyResult<f64> {
    match this(vm, a, Kind::Float, method)? {
        Value::Float(f) => Ok(f.get()),
        _ => Ok(0.0),
    }
}

/// Binds positional-or-keyword and keyword-only arguments after the receiver.
fn bind(
    vm: &mut Vm,
    pos: &[Value],
    kw: &[(Rc<PyStr>, Value)],
    fname: &str,
    positional: &[&str],
    kw_only: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    // All arguments counted first, as CPython's keyword unpacking counts them ("keyword
    // arguments" when all were given by name).
    let (total, max) = (pos.len() + kw.len(), positional.len() + kw_only.len());
    if total > max {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max} {}argument{} ({total} given)",
            if pos.is_empty() { "keyword " } else { "" },
            if max == 1 { "" } else { "s" },
        )));
    }
    if pos.len() > positional.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} positional argument{} ({} given)",
            positional.len(),
            if positional.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = (0..positional.len() + kw_only.len())
        .map(|i| pos.get(i).cloned())
        .collect();
    for (k, v) in kw {
        let i = positional
            .iter()
            .chain(kw_only.iter())
            .position(|n| *n == k.as_str());
        match i {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {fname}()",
                    k.as_str()
                )));
            }
        }
    }
    Ok(out)
}

// ---- special methods shared by the three types -------------------------------------------

/// `self <op> other` (or `other <op> self` when reflected), NotImplemented for foreign types.
fn arith(vm: &mut Vm, a: &Args, kind: Kind, name: &str, op: BinOp, reflected: bool) -> PyResult {
    let x = this(vm, a, kind, name)?;
    arity(vm, a, name, 1)?;
    let y = payload(&a.pos[1]);
    if !kind.accepts(&y) {
        return Ok(Value::NotImplemented);
    }
    if reflected {
        vm.binary_op(&y, &x, op)
    } else {
        vm.binary_op(&x, &y, op)
    }
}

fn divmod_impl(vm: &mut Vm, a: &Args, kind: Kind, name: &str, reflected: bool) -> PyResult {
    let x = this(vm, a, kind, name)?;
    arity(vm, a, name, 1)?;
    let y = payload(&a.pos[1]);
    if !kind.accepts(&y) {
        return Ok(Value::NotImplemented);
    }
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    crate::builtins::functions::divmod_values(vm, &l, &r)
}

fn compare(vm: &mut Vm, a: &Args, kind: Kind, name: &str, op: CmpOp) -> PyResult {
    let x = this(vm, a, kind, name)?;
    arity(vm, a, name, 1)?;
    let y = payload(&a.pos[1]);
    // As CPython's: int.__eq__(5, 5.0) is NotImplemented (float's reflected method answers).
    if !kind.accepts(&y) {
        return Ok(Value::NotImplemented);
    }
    if matches!(y, Value::Complex(_)) && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&x, &y, op)
}

/// `pow(self, other[, mod])` and its reflection.
fn power(vm: &mut Vm, a: &Args, kind: Kind, name: &str, reflected: bool) -> PyResult {
    let x = this(vm, a, kind, name)?;
    crate::builtins::args::check_method(vm, name, a, 1, 2)?;
    let y = payload(&a.pos[1]);
    if !kind.accepts(&y) {
        return Ok(Value::NotImplemented);
    }
    let (base, exp) = if reflected { (y, x) } else { (x, y) };
    let m = a.pos.get(2).map(payload).unwrap_or(Value::None);
    if m.is_none() {
        return vm.binary_op(&base, &exp, BinOp::Pow);
    }
    if kind != Kind::Int {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let (Some(b), Some(e), Some(md)) = (to_bigint(&base), to_bigint(&exp), to_bigint(&m)) else {
        return Ok(Value::NotImplemented);
    };
    modular_pow(vm, b, e, md)
}

fn modular_pow(vm: &mut Vm, b: BigInt, e: BigInt, md: BigInt) -> PyResult {
    if md.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = md.abs();
    let (b, e) = if e.is_negative() {
        let g = b.extended_gcd(&modulus);
        if g.gcd != BigInt::from(1) {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        (g.x.mod_floor(&modulus), -e)
    } else {
        (b, e)
    };
    let mut r = b.mod_floor(&modulus).modpow(&e, &modulus);
    if md.is_negative() && !r.is_zero() {
        r += &md;
    }
    Ok(Value::from_bigint(r))
}

fn hash_impl(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult {
    let x = this(vm, a, kind, "__hash__")?;
    arity(vm, a, "__hash__", 0)?;
    // (A subclass defining __eq__ without __hash__ has `__hash__ = None` and never gets here.)
    Ok(Value::Int(vm.hash(&x)?))
}

fn format_impl(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult {
    let x = this(vm, a, kind, "__format__")?;
    arity(vm, a, "__format__", 1)?;
    let spec = match payload(&a.pos[1]) {
        Value::Str(s) => s,
        _ => {
            let t = crate::builtins::args::clinic_type_name(vm, &a.pos[1]);
            return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
        }
    };
    let s = if spec.as_str().is_empty() {
        vm.to_str(&a.pos[0])?
    } else {
        vm.format_value(&x, spec.as_str())?
    };
    Ok(Value::string(s))
}

fn repr_impl(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult {
    let x = this(vm, a, kind, "__repr__")?;
    arity(vm, a, "__repr__", 0)?;
    Ok(Value::string(vm.repr(&x)?))
}

/// `__str__` of the numeric types is `object.__str__`: the repr through the type's
/// (possibly overridden) `__repr__`.
fn any_str(vm: &mut Vm, a: Args) -> PyResult {
    let Some(v) = a.pos.first() else {
        return Err(vm.type_error("descriptor '__str__' of 'object' object needs an argument"));
    };
    arity(vm, &a, "__str__", 0)?;
    Ok(Value::string(vm.repr(v)?))
}

// ---- int ---------------------------------------------------------------------------------

fn bit_length(vm: &mut Vm, a: Args) -> PyResult {
    let b = self_bigint(vm, &a, "bit_length")?;
    arity(vm, &a, "int.bit_length", 0)?;
    Ok(Value::Int(b.bits() as i64))
}

fn bit_count(vm: &mut Vm, a: Args) -> PyResult {
    let b = self_bigint(vm, &a, "bit_count")?;
    arity(vm, &a, "int.bit_count", 0)?;
    let ones: u32 = b.magnitude().iter_u64_digits().map(u64::count_ones).sum();
    Ok(Value::Int(ones as i64))
}

fn byteorder_arg(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(false);
    };
    match payload(v) {
        Value::Str(s) => match s.as_str() {
            "big" => Ok(false),
            "little" => Ok(true),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {t}"
            )))
        }
    }
}

fn signed_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => vm.truthy(v),
    }
}

fn to_bytes(vm: &mut Vm, a: Args) -> PyResult {
    let v = self_bigint(vm, &a, "to_bytes")?;
    let p = bind(
        vm,
        &a.pos[1.min(a.pos.len())..],
        a.kw,
        "to_bytes",
        &["length", "byteorder"],
        &["signed"],
    )?;
    let length = match &p[0] {
        None => 1,
        Some(x) => {
            let n = vm.to_bigint_index(x)?;
            if n.is_negative() {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            match n.to_usize() {
                Some(n) if n <= isize::MAX as usize => n,
                _ => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
                }
            }
        }
    };
    let little = byteorder_arg(vm, p[1].as_ref(), "to_bytes")?;
    let signed = signed_arg(vm, p[2].as_ref())?;
    if !signed && v.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    // Bytes needed, sign bit included for signed conversions.
    let needed = if v.is_zero() {
        0
    } else if !signed {
        v.bits().div_ceil(8) as usize
    } else if v.is_negative() {
        let m: BigInt = -&v - 1;
        (m.bits() / 8 + 1) as usize
    } else {
        (v.bits() / 8 + 1) as usize
    };
    if needed > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    if length > (isize::MAX as usize) - 64 {
        return Err(vm.overflow_error("byte string is too large"));
    }
    let Some(mut out) = crate::text::bytes_ops::try_buffer(length) else {
        return Err(crate::builtins::types::bytes::memory_error(vm));
    };
    if v.is_negative() {
        // Two's complement: the bytes of -v - 1 inverted, padded with 0xff.
        let m: BigInt = -&v - 1;
        out.extend(m.to_bytes_le().1.iter().map(|b| !b));
        if m.is_zero() {
            out.clear();
        }
    } else if !v.is_zero() {
        out.extend(v.to_bytes_le().1);
    }
    out.resize(length, if v.is_negative() { 0xff } else { 0 });
    if !little {
        out.reverse();
    }
    Ok(Value::bytes(out))
}

fn from_bytes(vm: &mut Vm, a: Args) -> PyResult {
    // A class method reached as `int.from_bytes(...)`, `cls.from_bytes(...)` or `n.from_bytes(...)`.
    let (cls, rest) = match a.pos.first() {
        Some(Value::Class(c)) => (Some(c.clone()), &a.pos[1..]),
        Some(v) if Kind::Int.is_self(&payload(v)) => (None, &a.pos[1..]),
        _ => (None, a.pos),
    };
    let p = bind(
        vm,
        rest,
        a.kw,
        "from_bytes",
        &["bytes", "byteorder"],
        &["signed"],
    )?;
    let Some(src) = &p[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut data = match vm.bytes_like(&payload(src)) {
        Some(d) => d,
        None => {
            if matches!(payload(src), Value::Str(_)) || vm.get_iter(src).is_err() {
                let t = vm.type_name(src);
                return Err(vm.type_error(format!("cannot convert '{t}' object to bytes")));
            }
            let items = vm.iterate(src)?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                let n = vm.to_index(it)?;
                if !(0..=255).contains(&n) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            out
        }
    };
    let little = byteorder_arg(vm, p[1].as_ref(), "from_bytes")?;
    let signed = signed_arg(vm, p[2].as_ref())?;
    if !little {
        data.reverse();
    }
    let mut n = BigInt::from_bytes_le(Sign::Plus, &data);
    if signed && data.last().is_some_and(|b| b & 0x80 != 0) {
        n -= BigInt::from(1) << (8 * data.len());
    }
    let v = Value::from_bigint(n);
    match cls {
        Some(c) if !Rc::ptr_eq(&c, &vm.types.int) => vm.call(&Value::Class(c), &[v], &[]),
        _ => Ok(v),
    }
}

fn int_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult {
    let b = self_bigint(vm, &a, "as_integer_ratio")?;
    arity(vm, &a, "int.as_integer_ratio", 0)?;
    Ok(Value::tuple(vec![Value::from_bigint(b), Value::Int(1)]))
}

fn int_conjugate(vm: &mut Vm, a: Args) -> PyResult {
    let b = self_bigint(vm, &a, "conjugate")?;
    arity(vm, &a, "int.conjugate", 0)?;
    Ok(Value::from_bigint(b))
}

/// `__index__`, `__int__`, `__trunc__`, `__floor__`, `__ceil__`: the exact int value.
fn int_exact(vm: &mut Vm, a: &Args, name: &str) -> PyResult {
    let b = self_bigint(vm, a, name)?;
    arity(vm, a, name, 0)?;
    Ok(Value::from_bigint(b))
}

fn int_int(vm: &mut Vm, a: Args) -> PyResult {
    int_exact(vm, &a, "__int__")
}

fn int_index(vm: &mut Vm, a: Args) -> PyResult {
    int_exact(vm, &a, "__index__")
}

fn int_trunc(vm: &mut Vm, a: Args) -> PyResult {
    int_exact(vm, &a, "__trunc__")
}

fn int_floor(vm: &mut Vm, a: Args) -> PyResult {
    int_exact(vm, &a, "__floor__")
}

fn int_ceil(vm: &mut Vm, a: Args) -> PyResult {
    int_exact(vm, &a, "__ceil__")
}

fn int_float(vm: &mut Vm, a: Args) -> PyResult {
    let x = this(vm, &a, Kind::Int, "__float__")?;
    arity(vm, &a, "__float__", 0)?;
    Ok(Value::float(vm.to_f64(&x)?))
}

fn int_abs(vm: &mut Vm, a: Args) -> PyResult {
    let b = self_bigint(vm, &a, "__abs__")?;
    arity(vm, &a, "__abs__", 0)?;
    Ok(Value::from_bigint(b.abs()))
}

fn int_neg(vm: &mut Vm, a: Args) -> PyResult {
    let b = self_bigint(vm, &a, "__neg__")?;
    arity(vm, &a, "__neg__", 0)?;
    Ok(Value::from_bigint(-b))
}

fn int_pos(vm: &mut Vm, a: Args) -> PyResult {
    let b = self_bigint(vm, &a, "__pos__")?;
    arity(vm, &a, "__pos__", 0)?;
    Ok(Value::from_bigint(b))
}

fn int_invert(vm: &mut Vm, a: Args) -> PyResult {
    let b = self_bigint(vm, &a, "__invert__")?;
    arity(vm, &a, "__invert__", 0)?;
    Ok(Value::from_bigint(-b - 1))
}

fn int_bool(vm: &mut Vm, a: Args) -> PyResult {
    let b = self_bigint(vm, &a, "__bool__")?;
    arity(vm, &a, "__bool__", 0)?;
    Ok(Value::from_bool(!b.is_zero()))
}

fn int_round(vm: &mut Vm, a: Args) -> PyResult {
    let v = self_bigint(vm, &a, "__round__")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error("int.__round__() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let nd = match a.pos.get(1) {
        None | Some(Value::None) => return Ok(Value::from_bigint(v)),
        Some(x) => vm.to_bigint_index(x)?,
    };
    if !nd.is_negative() {
        return Ok(Value::from_bigint(v));
    }
    // Round half to even at 10**-nd.
    let digits = (-nd).to_usize().unwrap_or(usize::MAX);
    if digits > 5000 && (v.bits() as f64) * 0.302 < digits as f64 {
        return Ok(Value::Int(0));
    }
    let p = num_traits::pow(BigInt::from(10), digits);
    let (q, r) = v.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Ok(Value::from_bigint(q * p))
}

fn int_getnewargs(vm: &mut Vm, a: Args) -> PyResult {
    let b = self_bigint(vm, &a, "__getnewargs__")?;
    arity(vm, &a, "__getnewargs__", 0)?;
    Ok(Value::tuple(vec![Value::from_bigint(b)]))
}

fn int_hash(vm: &mut Vm, a: Args) -> PyResult {
    hash_impl(vm, &a, Kind::Int)
}

fn int_format(vm: &mut Vm, a: Args) -> PyResult {
    format_impl(vm, &a, Kind::Int)
}

fn int_repr(vm: &mut Vm, a: Args) -> PyResult {
    repr_impl(vm, &a, Kind::Int)
}

fn int_divmod(vm: &mut Vm, a: Args) -> PyResult {
    divmod_impl(vm, &a, Kind::Int, "__divmod__", false)
}

fn int_rdivmod(vm: &mut Vm, a: Args) -> PyResult {
    divmod_impl(vm, &a, Kind::Int, "__rdivmod__", true)
}

fn int_pow(vm: &mut Vm, a: Args) -> PyResult {
    power(vm, &a, Kind::Int, "__pow__", false)
}

fn int_rpow(vm: &mut Vm, a: Args) -> PyResult {
    power(vm, &a, Kind::Int, "__rpow__", true)
}

/// One forward and one reflected special method per binary operator.
macro_rules! binops {
    ($kind:expr; $($fwd:ident, $refl:ident, $fname:literal, $rname:literal, $op:expr;)*) => {
        $(
            fn $fwd(vm: &mut Vm, a: Args) -> PyResult {
                arith(vm, &a, $kind, $fname, $op, false)
            }
            fn $refl(vm: &mut Vm, a: Args) -> PyResult {
                arith(vm, &a, $kind, $rname, $op, true)
            }
        )*
    };
}

/// One special method per comparison operator.
macro_rules! cmpops {
    ($kind:expr; $($f:ident, $name:literal, $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, a: Args) -> PyResult {
                compare(vm, &a, $kind, $name, $op)
            }
        )*
    };
}

binops! { Kind::Int;
    int_add, int_radd, "__add__", "__radd__", BinOp::Add;
    int_sub, int_rsub, "__sub__", "__rsub__", BinOp::Sub;
    int_mul, int_rmul, "__mul__", "__rmul__", BinOp::Mul;
    int_truediv, int_rtruediv, "__truediv__", "__rtruediv__", BinOp::TrueDiv;
    int_floordiv, int_rfloordiv, "__floordiv__", "__rfloordiv__", BinOp::FloorDiv;
    int_mod, int_rmod, "__mod__", "__rmod__", BinOp::Mod;
    int_lshift, int_rlshift, "__lshift__", "__rlshift__", BinOp::LShift;
    int_rshift, int_rrshift, "__rshift__", "__rrshift__", BinOp::RShift;
    int_and, int_rand, "__and__", "__rand__", BinOp::And;
    int_or, int_ror, "__or__", "__ror__", BinOp::Or;
    int_xor, int_rxor, "__xor__", "__rxor__", BinOp::Xor;
}

cmpops! { Kind::Int;
    int_eq, "__eq__", CmpOp::Eq;
    int_ne, "__ne__", CmpOp::Ne;
    int_lt, "__lt__", CmpOp::Lt;
    int_le, "__le__", CmpOp::Le;
    int_gt, "__gt__", CmpOp::Gt;
    int_ge, "__ge__", CmpOp::Ge;
}

// ---- float -------------------------------------------------------------------------------

fn is_integer(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "is_integer")?;
    arity(vm, &a, "float.is_integer", 0)?;
    Ok(Value::from_bool(crate::format::float_is_integer(f)))
}

fn float_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "as_integer_ratio")?;
    arity(vm, &a, "float.as_integer_ratio", 0)?;
    let (n, d) = crate::format::float_as_integer_ratio(f).map_err(|e| vm.fmt_error(e))?;
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

fn float_conjugate(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "conjugate")?;
    arity(vm, &a, "float.conjugate", 0)?;
    Ok(Value::float(f))
}

/// `float.hex()`: `[-]0x<h>.<13 hex digits>p<exp>`, as CPython prints it.
fn hex_of(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_field == 0 {
        (0, -1022)
    } else {
        (1, exp_field - 1023)
    };
    let esign = if exp < 0 { "-" } else { "+" };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.abs())
}

fn float_hex(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "hex")?;
    arity(vm, &a, "float.hex", 0)?;
    Ok(Value::string(hex_of(f)))
}

/// Parses `float.fromhex` text, rounding half to even; Err(true) means overflow.
fn parse_hex_float(text: &str) -> Result<f64, bool> {
    let s = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN.copysign(sign)),
        _ => {}
    }
    let b = lower
        .strip_prefix("0x")
        .unwrap_or(lower.as_str())
        .as_bytes();
    let mut i = 0;
    let mut mant = BigInt::zero();
    let mut digits = 0usize;
    let mut frac_digits: i64 = 0;
    let mut seen_point = false;
    while i < b.len() {
        match b[i] {
            c @ (b'0'..=b'9' | b'a'..=b'f') => {
                let d = (c as char).to_digit(16).unwrap_or(0);
                mant = (mant << 4) + d;
                digits += 1;
                if seen_point {
                    frac_digits += 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return Err(false);
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let mut eneg = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            eneg = b[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            exp = exp.saturating_mul(10).saturating_add((b[i] - b'0') as i64);
            exp = exp.min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(false);
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(false);
    }
    if mant.is_zero() {
        return Ok(sign * 0.0);
    }
    // value = mant * 2**e
    let e = exp - 4 * frac_digits;
    let top = mant.bits() as i64 - 1 + e;
    if top > 1023 + 1 {
        return Err(true);
    }
    // Exponent of the last kept bit: 53 significant bits, or fewer for subnormals.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let m: BigInt = if shift > 0 {
        let shift = shift as usize;
        let q: BigInt = &mant >> shift;
        let rem: BigInt = &mant - (&q << shift);
        let half: BigInt = BigInt::from(1) << (shift - 1);
        if rem > half || (rem == half && q.is_odd()) {
            q + 1
        } else {
            q
        }
    } else {
        mant << ((-shift) as usize)
    };
    if m.is_zero() {
        return Ok(sign * 0.0);
    }
    if m.bits() as i64 - 1 + lsb > 1023 {
        return Err(true);
    }
    let m = m.to_u64().unwrap_or(0) as f64;
    let half = lsb / 2;
    Ok(sign * m * 2f64.powi(half as i32) * 2f64.powi((lsb - half) as i32))
}

/// `float.__getformat__(typestr)`: how 'double' and 'float' are stored (IEEE, and this
/// machine's byte order).
fn float_getformat(vm: &mut Vm, a: Args) -> PyResult {
    // A class method, reached as `float.__getformat__(t)` or `x.__getformat__(t)`.
    let rest = match a.pos.first() {
        Some(Value::Class(_)) => &a.pos[1..],
        Some(v) if a.pos.len() == 2 && matches!(payload(v), Value::Float(_)) => &a.pos[1..],
        _ => a.pos,
    };
    if !a.kw.is_empty() {
        return Err(vm.type_error("float.__getformat__() takes no keyword arguments"));
    }
    let [arg] = rest else {
        return Err(vm.type_error(format!(
            "float.__getformat__() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    let Value::Str(s) = payload(arg) else {
        let t = vm.type_name(arg);
        return Err(vm.type_error(format!("__getformat__() argument must be str, not {t}")));
    };
    match s.as_str() {
        "double" | "float" if cfg!(target_endian = "little") => {
            Ok(Value::str("IEEE, little-endian"))
        }
        "double" | "float" => Ok(Value::str("IEEE, big-endian")),
        _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

fn float_fromhex(vm: &mut Vm, a: Args) -> PyResult {
    // A class method reached as `float.fromhex(s)`, `cls.fromhex(s)` or `x.fromhex(s)`.
    let (cls, rest) = match a.pos.first() {
        Some(Value::Class(c)) => (Some(c.clone()), &a.pos[1..]),
        Some(v) if a.pos.len() == 2 && matches!(payload(v), Value::Float(_)) => (None, &a.pos[1..]),
        _ => (None, a.pos),
    };
    if rest.len() != 1 || !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            rest.len() + a.kw.len()
        )));
    }
    let s = match payload(&rest[0]) {
        Value::Str(s) => s,
        _ => {
            let t = vm.type_name(&rest[0]);
            return Err(vm.type_error(format!("bad argument type for built-in operation: '{t}'")));
        }
    };
    let f = match parse_hex_float(s.as_str()) {
        Ok(f) => f,
        Err(true) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
        }
        Err(false) => return Err(vm.value_error("invalid hexadecimal floating-point string")),
    };
    let v = Value::float(f);
    match cls {
        Some(c) if !Rc::ptr_eq(&c, &vm.types.float) => vm.call(&Value::Class(c), &[v], &[]),
        _ => Ok(v),
    }
}

/// The int that `f` rounds to with `how` (trunc, floor, ceil), CPython's errors for inf/nan.
fn float_to_int(vm: &mut Vm, f: f64, how: fn(f64) -> f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(Value::from_bigint(
        crate::builtins::functions::f64_to_bigint(how(f)),
    ))
}

fn float_trunc(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "__trunc__")?;
    arity(vm, &a, "__trunc__", 0)?;
    float_to_int(vm, f, f64::trunc)
}

fn float_int(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "__int__")?;
    arity(vm, &a, "__int__", 0)?;
    float_to_int(vm, f, f64::trunc)
}

fn float_floor(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "__floor__")?;
    arity(vm, &a, "__floor__", 0)?;
    float_to_int(vm, f, f64::floor)
}

fn float_ceil(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "__ceil__")?;
    arity(vm, &a, "__ceil__", 0)?;
    float_to_int(vm, f, f64::ceil)
}

fn float_round(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "__round__")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error("float.__round__() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let nd = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(x) => Some(vm.to_index(x)?),
    };
    match crate::format::float_round(f, nd).map_err(|e| vm.fmt_error(e))? {
        crate::format::RoundResult::Int(i) => Ok(Value::from_bigint(i)),
        crate::format::RoundResult::Float(x) => Ok(Value::float(x)),
    }
}

fn float_float(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "__float__")?;
    arity(vm, &a, "__float__", 0)?;
    Ok(Value::float(f))
}

fn float_abs(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "__abs__")?;
    arity(vm, &a, "__abs__", 0)?;
    Ok(Value::float(f.abs()))
}

fn float_neg(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "__neg__")?;
    arity(vm, &a, "__neg__", 0)?;
    Ok(Value::float(-f))
}

fn float_pos(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "__pos__")?;
    arity(vm, &a, "__pos__", 0)?;
    Ok(Value::float(f))
}

fn float_bool(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "__bool__")?;
    arity(vm, &a, "__bool__", 0)?;
    Ok(Value::from_bool(f != 0.0))
}

fn float_getnewargs(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_f64(vm, &a, "__getnewargs__")?;
    arity(vm, &a, "__getnewargs__", 0)?;
    Ok(Value::tuple(vec![Value::float(f)]))
}

fn float_hash(vm: &mut Vm, a: Args) -> PyResult {
    hash_impl(vm, &a, Kind::Float)
}

fn float_format(vm: &mut Vm, a: Args) -> PyResult {
    format_impl(vm, &a, Kind::Float)
}

fn float_repr(vm: &mut Vm, a: Args) -> PyResult {
    repr_impl(vm, &a, Kind::Float)
}

fn float_divmod(vm: &mut Vm, a: Args) -> PyResult {
    divmod_impl(vm, &a, Kind::Float, "__divmod__", false)
}

fn float_rdivmod(vm: &mut Vm, a: Args) -> PyResult {
    divmod_impl(vm, &a, Kind::Float, "__rdivmod__", true)
}

fn float_pow(vm: &mut Vm, a: Args) -> PyResult {
    power(vm, &a, Kind::Float, "__pow__", false)
}

fn float_rpow(vm: &mut Vm, a: Args) -> PyResult {
    power(vm, &a, Kind::Float, "__rpow__", true)
}

binops! { Kind::Float;
    float_add, float_radd, "__add__", "__radd__", BinOp::Add;
    float_sub, float_rsub, "__sub__", "__rsub__", BinOp::Sub;
    float_mul, float_rmul, "__mul__", "__rmul__", BinOp::Mul;
    float_truediv, float_rtruediv, "__truediv__", "__rtruediv__", BinOp::TrueDiv;
    float_floordiv, float_rfloordiv, "__floordiv__", "__rfloordiv__", BinOp::FloorDiv;
    float_mod, float_rmod, "__mod__", "__rmod__", BinOp::Mod;
}

cmpops! { Kind::Float;
    float_eq, "__eq__", CmpOp::Eq;
    float_ne, "__ne__", CmpOp::Ne;
    float_lt, "__lt__", CmpOp::Lt;
    float_le, "__le__", CmpOp::Le;
    float_gt, "__gt__", CmpOp::Gt;
    float_ge, "__ge__", CmpOp::Ge;
}

// ---- complex -----------------------------------------------------------------------------

fn self_complex(vm: &mut Vm, a: &Args, method: &str) -> PyResult<(f64, f64)> {
    match this(vm, a, Kind::Complex, method)? {
        Value::Complex(c) => Ok(*c),
        _ => Ok((0.0, 0.0)),
    }
}

fn complex_conjugate(vm: &mut Vm, a: Args) -> PyResult {
    let (re, im) = self_complex(vm, &a, "conjugate")?;
    arity(vm, &a, "complex.conjugate", 0)?;
    Ok(Value::Complex(Rc::new((re, -im))))
}

/// `complex.__complex__()` (3.11): the number itself, or a plain complex of a subclass's
/// value (what `typing.SupportsComplex` looks for).
fn complex_complex(vm: &mut Vm, a: Args) -> PyResult {
    let (re, im) = self_complex(vm, &a, "__complex__")?;
    arity(vm, &a, "__complex__", 0)?;
    match a.pos.first() {
        Some(v @ Value::Complex(_)) => Ok(v.clone()),
        _ => Ok(Value::Complex(Rc::new((re, im)))),
    }
}

fn complex_getnewargs(vm: &mut Vm, a: Args) -> PyResult {
    let (re, im) = self_complex(vm, &a, "__getnewargs__")?;
    arity(vm, &a, "__getnewargs__", 0)?;
    Ok(Value::tuple(vec![Value::float(re), Value::float(im)]))
}

fn complex_abs(vm: &mut Vm, a: Args) -> PyResult {
    let (re, im) = self_complex(vm, &a, "__abs__")?;
    arity(vm, &a, "__abs__", 0)?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::float(r))
}

fn complex_neg(vm: &mut Vm, a: Args) -> PyResult {
    let (re, im) = self_complex(vm, &a, "__neg__")?;
    arity(vm, &a, "__neg__", 0)?;
    Ok(Value::Complex(Rc::new((-re, -im))))
}

fn complex_pos(vm: &mut Vm, a: Args) -> PyResult {
    let (re, im) = self_complex(vm, &a, "__pos__")?;
    arity(vm, &a, "__pos__", 0)?;
    Ok(Value::Complex(Rc::new((re, im))))
}

fn complex_bool(vm: &mut Vm, a: Args) -> PyResult {
    let (re, im) = self_complex(vm, &a, "__bool__")?;
    arity(vm, &a, "__bool__", 0)?;
    Ok(Value::from_bool(re != 0.0 || im != 0.0))
}

fn complex_pow(vm: &mut Vm, a: Args) -> PyResult {
    if a.pos.get(2).is_some_and(|m| !m.is_none()) {
        return Err(vm.value_error("complex modulo"));
    }
    power(vm, &a, Kind::Complex, "__pow__", false)
}

fn complex_rpow(vm: &mut Vm, a: Args) -> PyResult {
    if a.pos.get(2).is_some_and(|m| !m.is_none()) {
        return Err(vm.value_error("complex modulo"));
    }
    power(vm, &a, Kind::Complex, "__rpow__", true)
}

fn complex_hash(vm: &mut Vm, a: Args) -> PyResult {
    hash_impl(vm, &a, Kind::Complex)
}

fn complex_repr(vm: &mut Vm, a: Args) -> PyResult {
    repr_impl(vm, &a, Kind::Complex)
}

binops! { Kind::Complex;
    complex_add, complex_radd, "__add__", "__radd__", BinOp::Add;
    complex_sub, complex_rsub, "__sub__", "__rsub__", BinOp::Sub;
    complex_mul, complex_rmul, "__mul__", "__rmul__", BinOp::Mul;
    complex_truediv, complex_rtruediv, "__truediv__", "__rtruediv__", BinOp::TrueDiv;
}

cmpops! { Kind::Complex;
    complex_eq, "__eq__", CmpOp::Eq;
    complex_ne, "__ne__", CmpOp::Ne;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_hex_matches_cpython() {
        assert_eq!(hex_of(0.1), "0x1.999999999999ap-4");
        assert_eq!(hex_of(3.0), "0x1.8000000000000p+1");
        assert_eq!(hex_of(-0.0), "-0x0.0p+0");
        assert_eq!(hex_of(1e-320), "0x0.00000000007e8p-1022");
        assert_eq!(hex_of(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn float_fromhex_rounds_half_even() {
        assert_eq!(parse_hex_float("0x1.999999999999ap-4"), Ok(0.1));
        assert_eq!(parse_hex_float(" 0X1.8P+1 "), Ok(3.0));
        assert_eq!(parse_hex_float("0x.8"), Ok(0.5));
        assert_eq!(parse_hex_float("1.8"), Ok(1.5));
        assert_eq!(parse_hex_float("0x1p-1074"), Ok(5e-324));
        assert_eq!(parse_hex_float("0x1p-1080"), Ok(0.0));
        assert_eq!(parse_hex_float("0x1.0000000000000800p0"), Ok(1.0));
        assert_eq!(
            parse_hex_float("0x1.0000000000000801p0"),
            Ok(1.0000000000000002)
        );
        assert_eq!(
            parse_hex_float("0x1.0000000000001800p0"),
            Ok(1.0000000000000004)
        );
        assert_eq!(parse_hex_float("0x1.fffffffffffffp1023"), Ok(f64::MAX));
        assert_eq!(parse_hex_float("0x1p1024"), Err(true));
        assert_eq!(parse_hex_float("0x1.fffffffffffff8p1023"), Err(true));
        assert_eq!(parse_hex_float("zz"), Err(false));
        assert_eq!(parse_hex_float("0x"), Err(false));
        assert_eq!(parse_hex_float("0x1p"), Err(false));
    }
}
