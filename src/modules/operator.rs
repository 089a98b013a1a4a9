//! `_operator`: the functions of `operator` that are one Python operation each (`add`, `lt`,
//! `index`, `getitem`, ...) and the classes `itemgetter` and `attrgetter`, native as in
//! CPython. `operator.py` takes these and keeps the rest (`methodcaller`, `length_hint`,
//! the in-place forms).
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

pub fn create(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = super::native_module(vm, "_operator", FUNCS);
    let itemgetter: &[&str] = &["_items"];
    let attrgetter: &[&str] = &["_attrs", "_parts"];
    for (name, slots, methods) in [
        ("itemgetter", itemgetter, ITEMGETTER),
        ("attrgetter", attrgetter, ATTRGETTER),
    ] {
        let class = super::native_class(vm, name, "operator", slots, methods, vec![])?;
        let k = vm.intern(name);
        m.dict.set_str_raw(k, Value::Class(class));
    }
    Ok(m)
}

// ---- itemgetter and attrgetter ---------------------------------------------------------
// Native classes, as in CPython: they are sort keys and namedtuple field getters, called
// once per item.

const ITEMGETTER: &[(&str, NativeFn)] = &[
    ("__init__", itemgetter_init),
    ("__call__", itemgetter_call),
    ("__repr__", itemgetter_repr),
    ("__reduce__", itemgetter_reduce),
];

const ATTRGETTER: &[(&str, NativeFn)] = &[
    ("__init__", attrgetter_init),
    ("__call__", attrgetter_call),
    ("__repr__", attrgetter_repr),
    ("__reduce__", attrgetter_reduce),
];

/// The getter instance and its first slot, from `self` of one of its methods.
fn getter_state(vm: &mut Vm, a: &Args, class: &str, slot: usize) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = a.pos.first()
        && let Some(v) = inst.slots.borrow().get(slot)
        && !v.is_undef()
    {
        return Ok(v.clone());
    }
    Err(vm.type_error(format!(
        "descriptor of '{class}' needs an initialised {class}"
    )))
}

/// The constructor's items: at least one, no keywords.
fn getter_items<'a>(vm: &mut Vm, a: &Args<'a>, class: &str) -> PyResult<&'a [Value]> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{class}() takes no keyword arguments")));
    }
    let items = a.pos.get(1..).unwrap_or(&[]);
    if items.is_empty() {
        return Err(vm.type_error(format!("{class} expected 1 argument, got 0")));
    }
    Ok(items)
}

/// The one object a getter is called with.
fn getter_arg<'a>(vm: &mut Vm, a: &Args<'a>, class: &str) -> PyResult<&'a Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{class}() takes no keyword arguments")));
    }
    match a.pos.get(1..) {
        Some([obj]) => Ok(obj),
        rest => {
            let n = rest.map_or(0, <[Value]>::len);
            Err(vm.type_error(format!("{class} expected 1 argument, got {n}")))
        }
    }
}

fn set_slots(a: &Args, values: Vec<Value>) {
    if let Some(Value::Instance(inst)) = a.pos.first() {
        *inst.slots.borrow_mut() = values;
    }
}

fn itemgetter_init(vm: &mut Vm, a: Args) -> PyResult {
    let items = getter_items(vm, &a, "itemgetter")?;
    set_slots(&a, vec![Value::tuple(items.to_vec())]);
    Ok(Value::None)
}

fn itemgetter_call(vm: &mut Vm, a: Args) -> PyResult {
    let items = getter_state(vm, &a, "itemgetter", 0)?;
    let obj = getter_arg(vm, &a, "itemgetter")?;
    let Value::Tuple(items) = &items else {
        return Err(vm.type_error("itemgetter state is not a tuple"));
    };
    if let [item] = &items.0[..] {
        return vm.get_item(obj, item);
    }
    let mut out = Vec::with_capacity(items.0.len());
    for item in items.0.iter() {
        out.push(vm.get_item(obj, item)?);
    }
    Ok(Value::tuple(out))
}

/// `operator.itemgetter(1, 'x')`: the class's name and the reprs of `items`.
fn getter_repr(vm: &mut Vm, class: &str, items: &Value) -> PyResult {
    let mut parts = Vec::new();
    if let Value::Tuple(t) = items {
        for v in t.0.iter() {
            parts.push(vm.repr(v)?);
        }
    }
    Ok(Value::string(format!(
        "operator.{class}({})",
        parts.join(", ")
    )))
}

fn itemgetter_repr(vm: &mut Vm, a: Args) -> PyResult {
    let items = getter_state(vm, &a, "itemgetter", 0)?;
    getter_repr(vm, "itemgetter", &items)
}

/// `(type(self), items)`: what copy and pickle rebuild a getter from.
fn getter_reduce(a: &Args, items: Value) -> PyResult {
    let class = match a.pos.first() {
        Some(Value::Instance(inst)) => Value::Class(inst.class()),
        _ => Value::None,
    };
    Ok(Value::tuple(vec![class, items]))
}

fn itemgetter_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let items = getter_state(vm, &a, "itemgetter", 0)?;
    getter_reduce(&a, items)
}

fn attrgetter_init(vm: &mut Vm, a: Args) -> PyResult {
    let names = getter_items(vm, &a, "attrgetter")?;
    let mut paths = Vec::with_capacity(names.len());
    for name in names {
        let Value::Str(s) = name else {
            return Err(vm.type_error("attribute name must be a string"));
        };
        let parts: Vec<Value> = s
            .as_str()
            .split('.')
            .map(|p| Value::Str(vm.intern(p)))
            .collect();
        paths.push(Value::tuple(parts));
    }
    set_slots(&a, vec![Value::tuple(names.to_vec()), Value::tuple(paths)]);
    Ok(Value::None)
}

/// `obj.a.b.c` for the parts of one dotted name.
fn get_path(vm: &mut Vm, obj: &Value, path: &Value) -> PyResult {
    let Value::Tuple(parts) = path else {
        return Err(vm.type_error("attrgetter state is not a tuple"));
    };
    let mut v = obj.clone();
    for part in parts.0.iter() {
        if let Value::Str(name) = part {
            v = vm.get_attr(&v, name)?;
        }
    }
    Ok(v)
}

fn attrgetter_call(vm: &mut Vm, a: Args) -> PyResult {
    let paths = getter_state(vm, &a, "attrgetter", 1)?;
    let obj = getter_arg(vm, &a, "attrgetter")?;
    let Value::Tuple(paths) = &paths else {
        return Err(vm.type_error("attrgetter state is not a tuple"));
    };
    if let [path] = &paths.0[..] {
        return get_path(vm, obj, path);
    }
    let mut out = Vec::with_capacity(paths.0.len());
    for path in paths.0.iter() {
        out.push(get_path(vm, obj, path)?);
    }
    Ok(Value::tuple(out))
}

fn attrgetter_repr(vm: &mut Vm, a: Args) -> PyResult {
    let names = getter_state(vm, &a, "attrgetter", 0)?;
    getter_repr(vm, "attrgetter", &names)
}

fn attrgetter_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let names = getter_state(vm, &a, "attrgetter", 0)?;
    getter_reduce(&a, names)
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
