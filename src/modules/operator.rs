//! `_operator`: the functions of `operator` that are one Python operation each (`add`, `lt`,
//! `index`, `getitem`, ...), native as in CPython. `operator.py` takes these and keeps the
//! rest (`attrgetter`, `itemgetter`, `methodcaller`, `length_hint`, the in-place forms).
//!
//! They are the operations the interpreter runs for `a + b`, `a < b`, `a[b]`: same results,
//! same errors. A Python wrapper cost a frame per call, which showed in `reduce(operator.mul,
//! ...)`, `map(operator.add, ...)` and in `random.randrange`, which calls `index` three times.

use std::rc::Rc;

use crate::builtins::args::check_pos;
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::*;
use crate::vm::Vm;
use crate::vm::ops::unwrap_builtin;

const FUNCS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("sub", sub),
    ("mul", mul),
    ("matmul", matmul),
    ("truediv", truediv),
    ("floordiv", floordiv),
    ("mod", mod_),
    ("pow", pow),
    ("lshift", lshift),
    ("rshift", rshift),
    ("and_", and_),
    ("or_", or_),
    ("xor", xor),
    ("lt", lt),
    ("le", le),
    ("eq", eq),
    ("ne", ne),
    ("gt", gt),
    ("ge", ge),
    ("not_", not_),
    ("truth", truth),
    ("is_", is_),
    ("is_not", is_not),
    ("neg", neg),
    ("pos", pos),
    ("inv", inv),
    ("invert", inv),
    ("index", index),
    ("contains", contains),
    ("getitem", getitem),
    ("setitem", setitem),
    ("delitem", delitem),
];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_operator", FUNCS)
}

fn no_keywords(vm: &mut Vm, name: &str, a: &Args) -> PyResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("_operator.{name}() takes no keyword arguments")))
    }
}

/// The one argument of a unary function (CPython: "_operator.neg() takes exactly one ...").
fn one<'a>(vm: &mut Vm, name: &str, a: &Args<'a>) -> PyResult<&'a Value> {
    no_keywords(vm, name, a)?;
    check_pos(vm, &format!("_operator.{name}"), a, 1, 1)?;
    Ok(&a.pos[0])
}

/// The arguments of an n-ary function (CPython: "add expected 2 arguments, got 1").
fn exactly<'a>(vm: &mut Vm, name: &str, a: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    no_keywords(vm, name, a)?;
    check_pos(vm, name, a, n, n)?;
    Ok(a.pos)
}

fn binary(vm: &mut Vm, name: &str, a: Args, op: BinOp) -> PyResult {
    let p = exactly(vm, name, &a, 2)?;
    vm.binary_op(&p[0], &p[1], op)
}

fn compare(vm: &mut Vm, name: &str, a: Args, op: CmpOp) -> PyResult {
    let p = exactly(vm, name, &a, 2)?;
    vm.compare(&p[0], &p[1], op)
}

fn add(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "add", a, BinOp::Add)
}
fn sub(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "sub", a, BinOp::Sub)
}
fn mul(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "mul", a, BinOp::Mul)
}
fn matmul(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "matmul", a, BinOp::MatMul)
}
fn truediv(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "truediv", a, BinOp::TrueDiv)
}
fn floordiv(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "floordiv", a, BinOp::FloorDiv)
}
fn mod_(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "mod", a, BinOp::Mod)
}
fn pow(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "pow", a, BinOp::Pow)
}
fn lshift(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "lshift", a, BinOp::LShift)
}
fn rshift(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "rshift", a, BinOp::RShift)
}
fn and_(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "and_", a, BinOp::And)
}
fn or_(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "or_", a, BinOp::Or)
}
fn xor(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, "xor", a, BinOp::Xor)
}

fn lt(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, "lt", a, CmpOp::Lt)
}
fn le(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, "le", a, CmpOp::Le)
}
fn eq(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, "eq", a, CmpOp::Eq)
}
fn ne(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, "ne", a, CmpOp::Ne)
}
fn gt(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, "gt", a, CmpOp::Gt)
}
fn ge(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, "ge", a, CmpOp::Ge)
}

fn not_(vm: &mut Vm, a: Args) -> PyResult {
    let v = one(vm, "not_", &a)?;
    Ok(Value::Bool(Truth::new(!vm.truthy(v)?)))
}

fn truth(vm: &mut Vm, a: Args) -> PyResult {
    let v = one(vm, "truth", &a)?;
    Ok(Value::Bool(Truth::new(vm.truthy(v)?)))
}

fn is_(vm: &mut Vm, a: Args) -> PyResult {
    let p = exactly(vm, "is_", &a, 2)?;
    Ok(Value::Bool(Truth::new(p[0].is(&p[1]))))
}

fn is_not(vm: &mut Vm, a: Args) -> PyResult {
    let p = exactly(vm, "is_not", &a, 2)?;
    Ok(Value::Bool(Truth::new(!p[0].is(&p[1]))))
}

fn neg(vm: &mut Vm, a: Args) -> PyResult {
    let v = one(vm, "neg", &a)?;
    vm.unary_neg(v)
}

fn pos(vm: &mut Vm, a: Args) -> PyResult {
    let v = one(vm, "pos", &a)?;
    vm.unary_pos(v)
}

fn inv(vm: &mut Vm, a: Args) -> PyResult {
    let v = one(vm, "inv", &a)?;
    vm.unary_invert(v)
}

/// `operator.index(x)`: `x` as an exact int (a bool or an int subclass becomes a plain int,
/// as PyNumber_Index makes it since 3.10); otherwise `x.__index__()`, which must be an int.
fn index(vm: &mut Vm, a: Args) -> PyResult {
    let v = one(vm, "index", &a)?;
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Instance(_) => {
            if let Some(inner @ (Value::Int(_) | Value::BigInt(_))) = unwrap_builtin(v) {
                return Ok(inner);
            }
            match vm.call_special(v, "__index__", &[])? {
                Some(r @ (Value::Int(_) | Value::BigInt(_))) => Ok(r),
                Some(Value::Bool(b)) => Ok(Value::Int(b.get() as i64)),
                Some(r) => match unwrap_builtin(&r) {
                    Some(inner @ (Value::Int(_) | Value::BigInt(_))) => Ok(inner),
                    _ => {
                        let t = vm.type_name(&r);
                        Err(vm.type_error(format!("__index__ returned non-int (type {t})")))
                    }
                },
                None => {
                    let t = vm.type_name(v);
                    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
                }
            }
        }
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn contains(vm: &mut Vm, a: Args) -> PyResult {
    let p = exactly(vm, "contains", &a, 2)?;
    Ok(Value::Bool(Truth::new(vm.contains(&p[0], &p[1])?)))
}

fn getitem(vm: &mut Vm, a: Args) -> PyResult {
    let p = exactly(vm, "getitem", &a, 2)?;
    vm.get_item(&p[0], &p[1])
}

fn setitem(vm: &mut Vm, a: Args) -> PyResult {
    let p = exactly(vm, "setitem", &a, 3)?;
    vm.set_item(&p[0], &p[1], p[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: Args) -> PyResult {
    let p = exactly(vm, "delitem", &a, 2)?;
    vm.del_item(&p[0], &p[1])?;
    Ok(Value::None)
}
