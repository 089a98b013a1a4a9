//! `_decimal_core`: native fast paths for the embedded pure-Python `decimal` module.
//!
//! `decimal.Decimal` stays a Python class with four slots (`_sign`, `_coef`, `_exp`,
//! `_special`); this module supplies native methods that `decimal.py` installs over its own
//! hottest ones (arithmetic, comparisons, `quantize`, `str`). Each native method handles the
//! common case of finite operands whose coefficients fit a machine word, with the current
//! context's precision and rounding, and hands every other call, arguments untouched, to the
//! Python method it replaced. The split is invisible: results, flags and signals are the ones
//! the Python method would give.
//!
//! It never raises a signal itself (a trapped signal is the Python method's business: the
//! native path defers whenever one could trip), never changes a context except to set the
//! `Inexact`/`Rounded` flags of an untrapped rounding, and never builds an instance of any
//! class but `Decimal`.

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::objects::*;
use crate::vm::Vm;

/// The methods this module supplies, in `FALLBACK` index order: the Python method each one
/// replaces is called for every case the native one does not take.
const METHODS: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("quantize", quantize),
    ("__str__", to_str),
    ("__repr__", repr),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__hash__", hash),
    ("__bool__", truth),
];

#[derive(Clone, Copy)]
enum Op {
    Add,
    Radd,
    Sub,
    Rsub,
    Mul,
    Rmul,
    TrueDiv,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Quantize,
    Str,
    Repr,
    Neg,
    Pos,
    Abs,
    Hash,
    Bool,
}

/// What `install` recorded: the class results are made of, the current context (mirrored by
/// `decimal.setcontext`; None until `decimal.getcontext`, which makes it, first runs), the two
/// signals a rounding flags, and the replaced Python methods.
struct State {
    decimal: Rc<Class>,
    context: Value,
    getcontext: Value,
    inexact: Value,
    rounded: Value,
    fallback: Vec<Value>,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

pub fn create(vm: &mut Vm) -> Rc<Module> {
    let m = super::native_module(
        vm,
        "_decimal_core",
        &[
            ("install", install),
            ("set_context", set_context),
            ("format_fixed", format_fixed),
        ],
    );
    let mut names = Vec::new();
    for &(name, func) in METHODS {
        let f = Value::Builtin(Rc::new(Builtin {
            name,
            func,
            receiver: Value::Undef,
            owner: Some("Decimal"),
        }));
        let k = vm.intern(name);
        m.dict.set_str_raw(k, f);
        names.push(Value::str(name));
    }
    let k = vm.intern("METHODS");
    m.dict.set_str_raw(k, Value::tuple(names));
    m
}

/// `install(Decimal, Inexact, Rounded, getcontext, replaced)`: `replaced` holds the Python
/// methods, one per name in `METHODS`, in that order.
fn install(vm: &mut Vm, a: Args) -> PyResult {
    let [
        Value::Class(cls),
        inexact,
        rounded,
        getcontext,
        Value::Tuple(replaced),
    ] = a.pos
    else {
        return Err(
            vm.type_error("install(Decimal, Inexact, Rounded, getcontext, methods) expected")
        );
    };
    if replaced.0.len() != METHODS.len() || cls.slot_layout.len() != 4 {
        return Err(vm.type_error("install(): wrong number of methods or slots"));
    }
    let state = State {
        decimal: cls.clone(),
        context: Value::None,
        getcontext: getcontext.clone(),
        inexact: inexact.clone(),
        rounded: rounded.clone(),
        fallback: replaced.0.clone(),
    };
    STATE.with(|s| *s.borrow_mut() = Some(state));
    Ok(Value::None)
}

/// `set_context(ctx)`: the context the native paths use (decimal's current context).
fn set_context(vm: &mut Vm, a: Args) -> PyResult {
    let [ctx] = a.pos else {
        return Err(vm.type_error("set_context() takes one argument"));
    };
    STATE.with(|s| {
        if let Some(st) = s.borrow_mut().as_mut() {
            st.context = ctx.clone();
        }
    });
    Ok(Value::None)
}

// ---- reading operands and the context --------------------------------------------------

/// A finite Decimal whose coefficient fits a machine word.
#[derive(Clone, Copy)]
struct Fin {
    neg: bool,
    coef: i128,
    exp: i64,
}

impl Fin {
    fn signed(self) -> i128 {
        if self.neg { -self.coef } else { self.coef }
    }
}

/// The parts of a Decimal instance (of `Decimal` or a subclass) when it is finite with a
/// small coefficient.
fn fin_of(v: &Value) -> Option<Fin> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let slots = inst.slots.borrow();
    match slots.get(..4)? {
        [
            Value::Int(sign),
            Value::Int(coef),
            Value::Int(exp),
            Value::None,
        ] if (*sign == 0 || *sign == 1) && *coef >= 0 => Some(Fin {
            neg: *sign == 1,
            coef: *coef as i128,
            exp: *exp,
        }),
        _ => None,
    }
}

/// The other operand of an arithmetic or comparison: a `Decimal` (exactly) or an int.
fn operand(v: &Value, decimal: &Rc<Class>) -> Option<Fin> {
    match v {
        Value::Int(i) => Some(Fin {
            neg: *i < 0,
            coef: (*i as i128).abs(),
            exp: 0,
        }),
        Value::Instance(inst) if inst.class_is(decimal) => fin_of(v),
        _ => None,
    }
}

/// The current context's numbers the fast paths need (`Context._fast_limits` and `prec`).
struct Limits {
    /// 10 ** prec (capped: a bound past i128 lets every coefficient of ours through).
    bound: i128,
    emin: i64,
    etop: i64,
    prec: i64,
}

fn inst_attr(inst: &Instance, vm: &mut Vm, name: &'static str) -> Option<Value> {
    let key = vm.intern_static(name);
    inst.dict.as_ref()?.get_str(&key)
}

fn limits(vm: &mut Vm, ctx: &Instance) -> Option<Limits> {
    let Value::Tuple(t) = inst_attr(ctx, vm, "_fast_limits")? else {
        return None;
    };
    let [bound, Value::Int(emin), Value::Int(etop)] = t.0.as_slice() else {
        return None;
    };
    let bound = match bound {
        Value::Int(b) => *b as i128,
        Value::BigInt(b) => b.to_i128().unwrap_or(i128::MAX),
        _ => return None,
    };
    let Value::Int(prec) = inst_attr(ctx, vm, "prec")? else {
        return None;
    };
    Some(Limits {
        bound,
        emin: *emin,
        etop: *etop,
        prec,
    })
}

/// What a native method works with: the `Decimal` class and the current context.
struct Env {
    decimal: Rc<Class>,
    ctx: Rc<Instance>,
    inexact: Value,
    rounded: Value,
}

fn env(vm: &mut Vm) -> Option<Env> {
    let read = || {
        STATE.with(|s| {
            let s = s.borrow();
            let st = s.as_ref()?;
            let Value::Instance(ctx) = &st.context else {
                return Some(Err(st.getcontext.clone()));
            };
            Some(Ok(Env {
                decimal: st.decimal.clone(),
                ctx: ctx.clone(),
                inexact: st.inexact.clone(),
                rounded: st.rounded.clone(),
            }))
        })
    };
    match read()? {
        Ok(env) => Some(env),
        Err(getcontext) => {
            // The first operation of the program: getcontext() makes the context (from
            // DefaultContext as it is now) and hands it to set_context.
            vm.call(&getcontext, &[], &[]).ok()?;
            read()?.ok()
        }
    }
}

/// The dict of a context's `flags` or `traps` (a plain dict or decimal's dict subclass,
/// which changes no item access).
fn dict_of(v: Value) -> Option<Rc<DictObj>> {
    match v {
        Value::Dict(d) => Some(d),
        Value::Instance(inst) => match &inst.payload {
            Payload::Builtin(b) => match &*b.borrow() {
                Value::Dict(d) => Some(d.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// Calls the Python method `op` replaced, with the call's own arguments.
#[cold]
fn fallback(vm: &mut Vm, op: Op, a: Args) -> PyResult {
    let f = STATE.with(|s| {
        s.borrow()
            .as_ref()
            .and_then(|st| st.fallback.get(op as usize).cloned())
    });
    match f {
        Some(f) => vm.call(&f, a.pos, a.kw),
        None => Err(vm.type_error("decimal's native methods are not installed")),
    }
}

fn int_value(x: i128) -> Value {
    match i64::try_from(x) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(x)),
    }
}

fn build(decimal: &Rc<Class>, neg: bool, coef: i128, exp: i64) -> Value {
    Value::Instance(Rc::new(Instance {
        class: RefCell::new(decimal.clone()),
        dict: None,
        slots: RefCell::new(vec![
            Value::Int(neg as i64),
            int_value(coef),
            Value::Int(exp),
            Value::None,
        ]),
        payload: Payload::None,
    }))
}

/// 10 ** n for every n whose power fits an i128.
const POW10: [i128; 39] = {
    let mut t = [1i128; 39];
    let mut i = 1;
    while i < 39 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

fn pow10(n: i64) -> Option<i128> {
    usize::try_from(n).ok().and_then(|n| POW10.get(n).copied())
}

fn ndigits(x: i128) -> i64 {
    x.checked_ilog10().map_or(1, |d| d as i64 + 1)
}

/// `a` and `b` as signed coefficients over their common (smaller) exponent.
fn aligned(a: Fin, b: Fin) -> Option<(i128, i128, i64)> {
    let exp = a.exp.min(b.exp);
    let x = a.signed().checked_mul(pow10(a.exp - exp)?)?;
    let y = b.signed().checked_mul(pow10(b.exp - exp)?)?;
    Some((x, y, exp))
}

// ---- rounding --------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Rounding {
    Down,
    HalfUp,
    HalfEven,
    Ceiling,
    Floor,
    Up,
    HalfDown,
    ZeroFiveUp,
}

fn rounding_of(v: &Value) -> Option<Rounding> {
    let Value::Str(s) = v else {
        return None;
    };
    Some(match s.as_str() {
        "ROUND_DOWN" => Rounding::Down,
        "ROUND_HALF_UP" => Rounding::HalfUp,
        "ROUND_HALF_EVEN" => Rounding::HalfEven,
        "ROUND_CEILING" => Rounding::Ceiling,
        "ROUND_FLOOR" => Rounding::Floor,
        "ROUND_UP" => Rounding::Up,
        "ROUND_HALF_DOWN" => Rounding::HalfDown,
        "ROUND_05UP" => Rounding::ZeroFiveUp,
        _ => return None,
    })
}

/// `coef` without its last `drop` digits (1 <= drop <= 38), rounded by `mode` for a number
/// of sign `neg`; and whether anything nonzero was dropped.
fn round_drop(coef: i128, drop: i64, mode: Rounding, neg: bool) -> Option<(i128, bool)> {
    let unit = pow10(drop)?;
    let (q, r) = (coef / unit, coef % unit);
    if r == 0 {
        return Some((q, false));
    }
    let twice = r * 2;
    let up = match mode {
        Rounding::Down => false,
        Rounding::Up => true,
        Rounding::HalfUp => twice >= unit,
        Rounding::HalfDown => twice > unit,
        Rounding::HalfEven => twice > unit || (twice == unit && q & 1 == 1),
        Rounding::Ceiling => !neg,
        Rounding::Floor => neg,
        Rounding::ZeroFiveUp => q % 10 == 0 || q % 10 == 5,
    };
    Some((if up { q + 1 } else { q }, true))
}

/// Sets the flags of an untrapped rounding (Rounded, and Inexact when `inexact`); None,
/// having changed nothing, when either signal is trapped (the Python path then raises it).
fn flag_rounding(vm: &mut Vm, e: &Env, inexact: bool) -> Option<()> {
    let traps = dict_of(inst_attr(&e.ctx, vm, "traps")?)?;
    let flags = dict_of(inst_attr(&e.ctx, vm, "flags")?)?;
    let off = |v: Option<Value>| matches!(v, Some(Value::Bool(b)) if !b.get());
    if !off(vm.dict_get(&traps, &e.rounded).ok()?)
        || (inexact && !off(vm.dict_get(&traps, &e.inexact).ok()?))
    {
        return None;
    }
    let yes = Value::from_bool(true);
    if inexact {
        vm.dict_set(&flags, e.inexact.clone(), yes.clone()).ok()?;
    }
    vm.dict_set(&flags, e.rounded.clone(), yes).ok()?;
    Some(())
}

/// The Decimal `coef * 10 ** exp` (signed `neg`) when it needs no rounding in the context.
fn exact(e: &Env, lim: &Limits, neg: bool, coef: i128, exp: i64) -> Option<Value> {
    (coef < lim.bound && lim.emin <= exp && exp <= lim.etop)
        .then(|| build(&e.decimal, neg, coef, exp))
}

/// `Decimal._fix` for a small coefficient, when the result is neither subnormal nor
/// overflowing nor clamped and no signal is trapped; None (nothing changed) otherwise.
fn fix(vm: &mut Vm, e: &Env, lim: &Limits, neg: bool, coef: i128, exp: i64) -> Option<Value> {
    if let Some(v) = exact(e, lim, neg, coef, exp) {
        return Some(v);
    }
    if coef == 0 {
        return None;
    }
    let etiny = lim.emin - lim.prec + 1;
    let exp_min = ndigits(coef) + exp - lim.prec;
    if exp_min > lim.etop || exp_min < etiny || exp >= exp_min {
        return None;
    }
    let mode = rounding_of(&inst_attr(&e.ctx, vm, "rounding")?)?;
    let (mut coef, inexact) = round_drop(coef, exp_min - exp, mode, neg)?;
    let mut exp = exp_min;
    if ndigits(coef) > lim.prec {
        coef /= 10;
        exp += 1;
        if exp > lim.etop {
            return None;
        }
    }
    flag_rounding(vm, e, inexact)?;
    Some(build(&e.decimal, neg, coef, exp))
}

// ---- the methods -----------------------------------------------------------------------

/// The two operands of a binary method called plainly (`self op other`), with the
/// environment; None for any other call.
fn binary(vm: &mut Vm, a: &Args) -> Option<(Env, Fin, Fin)> {
    if !a.kw.is_empty() {
        return None;
    }
    let [x, y] = a.pos else {
        return None;
    };
    let e = env(vm)?;
    let x = fin_of(x)?;
    let y = operand(y, &e.decimal)?;
    Some((e, x, y))
}

fn sum_of(vm: &mut Vm, a: &Args, negate_other: bool, swap: bool) -> Option<Value> {
    let (e, mut x, mut y) = binary(vm, a)?;
    if swap {
        std::mem::swap(&mut x, &mut y);
    }
    if negate_other {
        y.neg = !y.neg;
    }
    let (p, q, exp) = aligned(x, y)?;
    let total = p.checked_add(q)?;
    // A zero total's sign depends on the rounding: the Python path knows.
    if total == 0 {
        return None;
    }
    let lim = limits(vm, &e.ctx)?;
    if x.coef == 0 || y.coef == 0 {
        // A zero operand adds only its exponent, which the Python path keeps from costing
        // a rounding.
        return exact(&e, &lim, total < 0, total.abs(), exp);
    }
    fix(vm, &e, &lim, total < 0, total.abs(), exp)
}

fn add(vm: &mut Vm, a: Args) -> PyResult {
    match sum_of(vm, &a, false, false) {
        Some(v) => Ok(v),
        None => fallback(vm, Op::Add, a),
    }
}

fn radd(vm: &mut Vm, a: Args) -> PyResult {
    match sum_of(vm, &a, false, true) {
        Some(v) => Ok(v),
        None => fallback(vm, Op::Radd, a),
    }
}

fn sub(vm: &mut Vm, a: Args) -> PyResult {
    match sum_of(vm, &a, true, false) {
        Some(v) => Ok(v),
        None => fallback(vm, Op::Sub, a),
    }
}

fn rsub(vm: &mut Vm, a: Args) -> PyResult {
    match sum_of(vm, &a, true, true) {
        Some(v) => Ok(v),
        None => fallback(vm, Op::Rsub, a),
    }
}

fn product(vm: &mut Vm, a: &Args) -> Option<Value> {
    let (e, x, y) = binary(vm, a)?;
    let coef = x.coef.checked_mul(y.coef)?;
    let lim = limits(vm, &e.ctx)?;
    let neg = x.neg != y.neg;
    let exp = x.exp.checked_add(y.exp)?;
    if coef == 0 {
        return exact(&e, &lim, neg, coef, exp);
    }
    fix(vm, &e, &lim, neg, coef, exp)
}

fn mul(vm: &mut Vm, a: Args) -> PyResult {
    match product(vm, &a) {
        Some(v) => Ok(v),
        None => fallback(vm, Op::Mul, a),
    }
}

fn rmul(vm: &mut Vm, a: Args) -> PyResult {
    match product(vm, &a) {
        Some(v) => Ok(v),
        None => fallback(vm, Op::Rmul, a),
    }
}

/// `x / y` for nonzero finite operands: the quotient to prec + 1 digits with a sticky last
/// digit when inexact, or the exact quotient at the exponent nearest the ideal one.
fn quotient(vm: &mut Vm, a: &Args) -> Option<Value> {
    let (e, x, y) = binary(vm, a)?;
    if x.coef == 0 || y.coef == 0 {
        return None;
    }
    let lim = limits(vm, &e.ctx)?;
    let shift = ndigits(y.coef) - ndigits(x.coef) + lim.prec + 1;
    let ideal = x.exp.checked_sub(y.exp)?;
    let mut exp = ideal.checked_sub(shift)?;
    let scaled = x.coef.checked_mul(pow10(shift)?)?;
    let (mut coef, rest) = (scaled / y.coef, scaled % y.coef);
    if rest != 0 {
        if coef % 5 == 0 {
            coef += 1;
        }
    } else {
        while exp < ideal && coef % 10 == 0 {
            coef /= 10;
            exp += 1;
        }
    }
    fix(vm, &e, &lim, x.neg != y.neg, coef, exp)
}

fn truediv(vm: &mut Vm, a: Args) -> PyResult {
    match quotient(vm, &a) {
        Some(v) => Ok(v),
        None => fallback(vm, Op::TrueDiv, a),
    }
}

/// -1, 0 or 1 for a plain comparison of two finite small operands.
fn order(vm: &mut Vm, a: &Args) -> Option<std::cmp::Ordering> {
    let (_, x, y) = binary(vm, a)?;
    let (p, q, _) = aligned(x, y)?;
    Some(p.cmp(&q))
}

fn compare(vm: &mut Vm, a: Args, op: Op, test: fn(std::cmp::Ordering) -> bool) -> PyResult {
    match order(vm, &a) {
        Some(o) => Ok(Value::from_bool(test(o))),
        None => fallback(vm, op, a),
    }
}

fn eq(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, Op::Eq, |o| o.is_eq())
}

fn ne(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, Op::Ne, |o| o.is_ne())
}

fn lt(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, Op::Lt, |o| o.is_lt())
}

fn le(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, Op::Le, |o| o.is_le())
}

fn gt(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, Op::Gt, |o| o.is_gt())
}

fn ge(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, Op::Ge, |o| o.is_ge())
}

/// `x.quantize(y[, rounding])` for a nonzero finite x and finite y, the target exponent in
/// the context's plain range and the result within its precision.
fn quantized(vm: &mut Vm, a: &Args) -> Option<Value> {
    let (x, target, rounding) = match (a.pos, a.kw) {
        ([x, t], []) => (x, t, None),
        ([x, t, r], []) => (x, t, Some(r)),
        ([x, t], [(k, r)]) if k.as_str() == "rounding" => (x, t, Some(r)),
        _ => return None,
    };
    let e = env(vm)?;
    let x = fin_of(x)?;
    let Value::Instance(t) = target else {
        return None;
    };
    if !t.class_is(&e.decimal) || x.coef == 0 {
        return None;
    }
    let target = fin_of(target)?.exp;
    let lim = limits(vm, &e.ctx)?;
    if target < lim.emin || target > lim.etop {
        return None;
    }
    if x.exp >= target {
        let coef = x.coef.checked_mul(pow10(x.exp - target)?)?;
        return (coef < lim.bound).then(|| build(&e.decimal, x.neg, coef, target));
    }
    let mode = match rounding {
        None | Some(Value::None) => rounding_of(&inst_attr(&e.ctx, vm, "rounding")?)?,
        Some(r) => rounding_of(r)?,
    };
    let (coef, inexact) = round_drop(x.coef, target - x.exp, mode, x.neg)?;
    if coef >= lim.bound {
        return None;
    }
    flag_rounding(vm, &e, inexact)?;
    Some(build(&e.decimal, x.neg, coef, target))
}

fn quantize(vm: &mut Vm, a: Args) -> PyResult {
    match quantized(vm, &a) {
        Some(v) => Ok(v),
        None => fallback(vm, Op::Quantize, a),
    }
}

/// The text of a finite number in plain notation (exponent <= 0 and not too small), as
/// `Decimal.__str__` writes it; None for the forms with an exponent.
fn plain_text(x: Fin) -> Option<String> {
    if x.exp > 0 {
        return None;
    }
    let digits = x.coef.to_string();
    let sign = if x.neg { "-" } else { "" };
    let point = x.exp + digits.len() as i64;
    if x.exp == 0 {
        Some(format!("{sign}{digits}"))
    } else if point > 0 {
        let (int, frac) = digits.split_at(point as usize);
        Some(format!("{sign}{int}.{frac}"))
    } else if point > -6 {
        Some(format!("{sign}0.{}{digits}", "0".repeat((-point) as usize)))
    } else {
        None
    }
}

fn plain_self(a: &Args) -> Option<String> {
    match (a.pos, a.kw) {
        ([x], []) => plain_text(fin_of(x)?),
        _ => None,
    }
}

fn to_str(vm: &mut Vm, a: Args) -> PyResult {
    match plain_self(&a) {
        Some(s) => Ok(Value::string(s)),
        None => fallback(vm, Op::Str, a),
    }
}

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    match plain_self(&a) {
        Some(s) => Ok(Value::string(format!("Decimal('{s}')"))),
        None => fallback(vm, Op::Repr, a),
    }
}

/// `-x`, `+x` and `abs(x)` (the sign `sign` makes of x's) for a nonzero x: rounded to the
/// context like any result.
fn signed_copy(vm: &mut Vm, a: &Args, sign: fn(bool) -> bool) -> Option<Value> {
    let ([x], []) = (a.pos, a.kw) else {
        return None;
    };
    let e = env(vm)?;
    let x = fin_of(x)?;
    if x.coef == 0 {
        return None;
    }
    let lim = limits(vm, &e.ctx)?;
    fix(vm, &e, &lim, sign(x.neg), x.coef, x.exp)
}

fn neg(vm: &mut Vm, a: Args) -> PyResult {
    match signed_copy(vm, &a, |n| !n) {
        Some(v) => Ok(v),
        None => fallback(vm, Op::Neg, a),
    }
}

fn pos(vm: &mut Vm, a: Args) -> PyResult {
    match signed_copy(vm, &a, |n| n) {
        Some(v) => Ok(v),
        None => fallback(vm, Op::Pos, a),
    }
}

fn abs(vm: &mut Vm, a: Args) -> PyResult {
    match signed_copy(vm, &a, |_| false) {
        Some(v) => Ok(v),
        None => fallback(vm, Op::Abs, a),
    }
}

/// The modulus of numeric hashes (2 ** 61 - 1): equal numbers of any type hash alike.
const HASH_MODULUS: u128 = (1 << 61) - 1;

/// 10 ** -1 modulo the (prime) modulus: 10 ** (modulus - 2), see the test.
const TEN_INVERSE: u128 = 2_075_258_708_292_324_556;

fn pow_mod(mut base: u128, mut e: u64) -> u128 {
    let mut r = 1;
    base %= HASH_MODULUS;
    while e > 0 {
        if e & 1 == 1 {
            r = r * base % HASH_MODULUS;
        }
        base = base * base % HASH_MODULUS;
        e >>= 1;
    }
    r
}

/// The hash of a finite `coef * 10 ** exp`, as for the int or fraction of the same value.
fn finite_hash(x: Fin) -> i64 {
    let ten = if x.exp >= 0 {
        pow_mod(10, x.exp as u64)
    } else {
        pow_mod(TEN_INVERSE, x.exp.unsigned_abs())
    };
    let h = (x.coef as u128 % HASH_MODULUS) * ten % HASH_MODULUS;
    let h = if x.neg { -(h as i64) } else { h as i64 };
    if h == -1 { -2 } else { h }
}

fn hash(vm: &mut Vm, a: Args) -> PyResult {
    match (a.pos, a.kw) {
        ([x], []) if let Some(x) = fin_of(x) => Ok(Value::Int(finite_hash(x))),
        _ => fallback(vm, Op::Hash, a),
    }
}

fn truth(vm: &mut Vm, a: Args) -> PyResult {
    match (a.pos, a.kw) {
        ([x], []) if let Some(x) = fin_of(x) => Ok(Value::from_bool(x.coef != 0)),
        _ => fallback(vm, Op::Bool, a),
    }
}

/// A format spec of the fixed-point kind money is printed with,
/// `[[fill]align][sign][width][,].precision(f|F)`.
struct FixedSpec {
    fill: char,
    align: char,
    sign: char,
    width: usize,
    comma: bool,
    precision: i64,
}

fn fixed_spec(spec: &str) -> Option<FixedSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let (mut fill, mut align) = (' ', '>');
    if chars.len() >= 2 && "<>=^".contains(chars[1]) {
        (fill, align, i) = (chars[0], chars[1], 2);
    } else if chars.first().is_some_and(|c| "<>=^".contains(*c)) {
        (align, i) = (chars[0], 1);
    }
    let mut sign = '-';
    if let Some(&c) = chars.get(i)
        && "-+ ".contains(c)
    {
        (sign, i) = (c, i + 1);
    }
    let number = |i: &mut usize| {
        let start = *i;
        while chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
            *i += 1;
        }
        let text: String = chars[start..*i].iter().collect();
        text
    };
    // A '0' flag ('z' too) and every other spec go to the Python method.
    if chars.get(i) == Some(&'0') {
        return None;
    }
    let width = number(&mut i);
    let width = if width.is_empty() {
        0
    } else {
        width.parse().ok()?
    };
    let comma = chars.get(i) == Some(&',');
    if comma {
        i += 1;
    }
    if chars.get(i) != Some(&'.') {
        return None;
    }
    i += 1;
    let precision = number(&mut i).parse().ok().filter(|p| *p <= 36)?;
    if !matches!(chars.get(i), Some('f' | 'F')) || i + 1 != chars.len() {
        return None;
    }
    Some(FixedSpec {
        fill,
        align,
        sign,
        width,
        comma,
        precision,
    })
}

/// `format(x, spec)` for a finite small x and a fixed-point spec: x rounded to the spec's
/// places by the context's rounding, grouped and padded.
fn formatted(vm: &mut Vm, a: &Args) -> Option<String> {
    let ([x, Value::Str(spec)], []) = (a.pos, a.kw) else {
        return None;
    };
    let x = fin_of(x)?;
    let spec = fixed_spec(spec.as_str())?;
    let p = spec.precision;
    let coef = if x.exp >= -p {
        x.coef.checked_mul(pow10(x.exp + p)?)?
    } else {
        let e = env(vm)?;
        let mode = rounding_of(&inst_attr(&e.ctx, vm, "rounding")?)?;
        round_drop(x.coef, -p - x.exp, mode, x.neg)?.0
    };
    let unit = pow10(p)?;
    let mut int = (coef / unit).to_string();
    if spec.comma {
        let mut grouped = String::with_capacity(int.len() + int.len() / 3);
        for (k, ch) in int.chars().enumerate() {
            if k > 0 && (int.len() - k) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        int = grouped;
    }
    let body = if p > 0 {
        format!("{int}.{:0width$}", coef % unit, width = p as usize)
    } else {
        int
    };
    let sign = match (x.neg, spec.sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    };
    let len = sign.len() + body.len();
    if len >= spec.width {
        return Some(format!("{sign}{body}"));
    }
    let pad = spec.width - len;
    let fill = |n: usize| spec.fill.to_string().repeat(n);
    Some(match spec.align {
        '<' => format!("{sign}{body}{}", fill(pad)),
        '^' => format!("{}{sign}{body}{}", fill(pad / 2), fill(pad - pad / 2)),
        '=' => format!("{sign}{}{body}", fill(pad)),
        _ => format!("{}{sign}{body}", fill(pad)),
    })
}

/// `format_fixed(x, spec)`: `Decimal.__format__`'s common case, or None for the method to
/// do. (`format()` takes only a Python `__format__`, so this is not a method itself.)
fn format_fixed(vm: &mut Vm, a: Args) -> PyResult {
    Ok(formatted(vm, &a).map_or(Value::None, Value::string))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_inverse_is_the_inverse_of_ten() {
        assert_eq!(TEN_INVERSE * 10 % HASH_MODULUS, 1);
        assert_eq!(pow_mod(10, (HASH_MODULUS - 2) as u64), TEN_INVERSE);
    }

    #[test]
    fn rounding_modes_drop_digits() {
        let r = |c, d, m| round_drop(c, d, m, false).unwrap();
        assert_eq!(r(125, 1, Rounding::HalfEven), (12, true));
        assert_eq!(r(135, 1, Rounding::HalfEven), (14, true));
        assert_eq!(r(125, 1, Rounding::HalfUp), (13, true));
        assert_eq!(r(125, 1, Rounding::HalfDown), (12, true));
        assert_eq!(r(121, 1, Rounding::Up), (13, true));
        assert_eq!(r(120, 1, Rounding::Up), (12, false));
        assert_eq!(r(151, 1, Rounding::ZeroFiveUp), (16, true));
        assert_eq!(round_drop(121, 1, Rounding::Floor, true), Some((13, true)));
    }

    #[test]
    fn fixed_specs() {
        assert!(fixed_spec(",.2f").is_some_and(|s| s.comma && s.precision == 2));
        assert!(fixed_spec("*^12.1F").is_some_and(|s| s.fill == '*' && s.width == 12));
        assert!(fixed_spec("010.2f").is_none());
        assert!(fixed_spec(".2e").is_none());
        assert!(fixed_spec("10f").is_none());
    }
}
