//! `set` and `frozenset` methods.

use std::rc::Rc;

use crate::builtins::args::{check_method, check_no_kw, self_set};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::*;
use crate::vm::Vm;

pub const SET_METHODS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("discard", discard),
    ("remove", remove),
    ("pop", pop),
    ("clear", clear),
    ("copy", copy),
    ("update", update),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("intersection_update", intersection_update),
    ("difference_update", difference_update),
    ("symmetric_difference_update", symmetric_difference_update),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
    ("__init__", init),
    ("__contains__", contains),
    ("__len__", len),
    ("__iter__", iter),
    ("__eq__", set_eq),
    ("__ne__", set_ne),
    ("__lt__", set_lt),
    ("__le__", set_le),
    ("__gt__", set_gt),
    ("__ge__", set_ge),
    ("__repr__", repr),
];

pub const FROZENSET_METHODS: &[(&str, NativeFn)] = &[
    ("copy", copy),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
    ("__contains__", contains),
    ("__len__", len),
    ("__iter__", iter),
    ("__eq__", set_eq),
    ("__ne__", set_ne),
    ("__lt__", set_lt),
    ("__le__", set_le),
    ("__gt__", set_gt),
    ("__ge__", set_ge),
    ("__repr__", repr),
    ("__hash__", crate::builtins::types::object::value_hash),
];

/// Sets and frozensets compare with each other (as subsets); anything else is NotImplemented.
macro_rules! set_compare {
    ($($f:ident, $name:literal, $op:expr;)*) => {
        $(fn $f(vm: &mut Vm, a: Args) -> PyResult {
            crate::builtins::attrs::compare_same_kind(vm, &a, $name, $op, |v| {
                matches!(v, Value::Set(_) | Value::FrozenSet(_))
            })
        })*
    };
}

set_compare! {
    set_eq, "__eq__", CmpOp::Eq;
    set_ne, "__ne__", CmpOp::Ne;
    set_lt, "__lt__", CmpOp::Lt;
    set_le, "__le__", CmpOp::Le;
    set_gt, "__gt__", CmpOp::Gt;
    set_ge, "__ge__", CmpOp::Ge;
}

fn add(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "set.add", &a, 1, 1)?;
    let s = self_set(vm, &a, "add")?;
    vm.set_add(&s, a.pos[1].clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "set.discard", &a, 1, 1)?;
    let s = self_set(vm, &a, "discard")?;
    vm.set_discard(&s, &a.pos[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "set.remove", &a, 1, 1)?;
    let s = self_set(vm, &a, "remove")?;
    if !vm.set_discard(&s, &a.pos[1])? {
        return Err(vm.key_error(a.pos[1].clone()));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "pop", &a, 0, 0)?;
    let s = self_set(vm, &a, "pop")?;
    let k = s.table.borrow_mut().pop();
    match k {
        Some(k) => Ok(k),
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

/// `set.__init__(self, iterable=())`: the set holds exactly the iterable's items (a subclass
/// instance starts empty and is filled here).
fn init(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_set(vm, &a, "__init__")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        let (t, n) = (vm.type_name(&a.pos[0]), a.pos.len() - 1);
        return Err(vm.type_error(format!("{t} expected at most 1 argument, got {n}")));
    }
    s.table.borrow_mut().clear();
    if let Some(items) = a.pos.get(1) {
        vm.set_update(&s, items)?;
    }
    Ok(Value::None)
}

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__repr__", &a, 0, 0)?;
    let s = self_set(vm, &a, "__repr__")?;
    let subclass = match &a.pos[0] {
        Value::Instance(inst) => Some(inst.class().name()),
        _ => None,
    };
    let inner = crate::builtins::args::payload(&a.pos[0]);
    Ok(Value::string(vm.set_repr(&inner, &s, subclass)?))
}

fn clear(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "clear", &a, 0, 0)?;
    let s = self_set(vm, &a, "clear")?;
    s.table.borrow_mut().clear();
    Ok(Value::None)
}

fn wrap_like(like: &Value, s: SetObj) -> Value {
    wrap_like_rc(like, Rc::new(s))
}

fn wrap_like_rc(like: &Value, s: Rc<SetObj>) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(s),
        _ => Value::Set(s),
    }
}

fn copy(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "copy", &a, 0, 0)?;
    let s = self_set(vm, &a, "copy")?;
    if let Value::FrozenSet(_) = &a.pos[0] {
        // An exact frozenset is its own copy.
        return Ok(a.pos[0].clone());
    }
    Ok(wrap_like(&a.pos[0], SetObj::copy_of(&s)))
}

/// A set value for `other`: itself when it is a set, else a new set of its items.
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        other => {
            let s = SetObj::new();
            vm.set_update(&s, other)?;
            Ok(Value::Set(Rc::new(s)))
        }
    }
}

fn union(vm: &mut Vm, a: Args) -> PyResult {
    check_no_kw(vm, "union", &a)?;
    let s = self_set(vm, &a, "union")?;
    let r = SetObj::copy_of(&s);
    for o in &a.pos[1..] {
        if let Value::Set(o) | Value::FrozenSet(o) = o
            && Rc::ptr_eq(o, &s)
        {
            // Merging the set itself adds nothing (and would presize the copy).
            continue;
        }
        vm.set_update(&r, o)?;
    }
    Ok(wrap_like(&a.pos[0], r))
}

/// `so & other` where `other` may be any iterable (CPython's `set_intersection`).
fn intersect(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    if matches!(other, Value::Set(_) | Value::FrozenSet(_)) {
        return vm.set_binop(so, other, BinOp::And);
    }
    let (Value::Set(s) | Value::FrozenSet(s)) = so else {
        return Ok(Value::NotImplemented);
    };
    let r = Rc::new(SetObj::new());
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if vm.set_contains(s, &x)? {
            vm.set_add(&r, x)?;
        }
    }
    Ok(if matches!(so, Value::FrozenSet(_)) {
        Value::FrozenSet(r)
    } else {
        Value::Set(r)
    })
}

fn intersection(vm: &mut Vm, a: Args) -> PyResult {
    check_no_kw(vm, "intersection", &a)?;
    let s = self_set(vm, &a, "intersection")?;
    // With arguments the first intersection starts from the set itself (`s.intersection(s)`
    // is then a copy, and the smaller side iterates in its own table order), as in CPython.
    let mut acc = if a.pos.len() > 1 {
        wrap_like_rc(&a.pos[0], s)
    } else {
        wrap_like(&a.pos[0], SetObj::copy_of(&s))
    };
    for o in &a.pos[1..] {
        acc = intersect(vm, &acc, o)?;
    }
    Ok(acc)
}

/// CPython's `set_difference_update_internal`: discard every item of `other`, then rebuild
/// the table if dummies took over more than a quarter of it.
fn discard_all(vm: &mut Vm, s: &SetObj, other: &Value) -> PyResult<()> {
    if let Value::Set(o) | Value::FrozenSet(o) = other
        && std::ptr::eq(Rc::as_ptr(o), s)
    {
        // `s -= s` empties it into a fresh table.
        s.table.borrow_mut().clear();
        return Ok(());
    }
    let items = match other {
        Value::Set(o) | Value::FrozenSet(o) => o.table.borrow().keys(),
        _ => vm.iterate(other)?,
    };
    for x in items {
        vm.set_discard(s, &x)?;
    }
    s.table.borrow_mut().shrink_dummies();
    Ok(())
}

fn difference(vm: &mut Vm, a: Args) -> PyResult {
    check_no_kw(vm, "difference", &a)?;
    let s = self_set(vm, &a, "difference")?;
    // The first difference as `s - other` makes the result (so it iterates as in CPython),
    // then the rest are discarded from it.
    let r: Rc<SetObj> = match a.pos.get(1) {
        Some(first @ (Value::Set(_) | Value::FrozenSet(_))) => {
            match vm.set_binop(&Value::Set(s.clone()), first, BinOp::Sub)? {
                Value::Set(r) | Value::FrozenSet(r) => r,
                _ => Rc::new(SetObj::copy_of(&s)),
            }
        }
        Some(first) => {
            let r = Rc::new(SetObj::copy_of(&s));
            discard_all(vm, &r, first)?;
            r
        }
        None => Rc::new(SetObj::copy_of(&s)),
    };
    for o in a.pos.iter().skip(2) {
        discard_all(vm, &r, o)?;
    }
    Ok(match &a.pos[0] {
        Value::FrozenSet(_) => Value::FrozenSet(r),
        _ => Value::Set(r),
    })
}

fn symmetric_difference(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "symmetric_difference", &a, 1, 1)?;
    let _ = self_set(vm, &a, "symmetric_difference")?;
    let me = crate::builtins::args::payload(&a.pos[0]);
    // A set made from a non-set argument is updated in place, as CPython does.
    let r = match &a.pos[1] {
        Value::Set(_) | Value::FrozenSet(_) => vm.set_binop(&me, &a.pos[1], BinOp::Xor)?,
        other => {
            let built = as_set(vm, other)?;
            vm.set_inplace(&built, &me, BinOp::Xor)?
        }
    };
    Ok(match (&a.pos[0], r) {
        (Value::FrozenSet(_), Value::Set(s)) => Value::FrozenSet(s),
        (_, r) => r,
    })
}

fn update(vm: &mut Vm, a: Args) -> PyResult {
    check_no_kw(vm, "update", &a)?;
    let s = self_set(vm, &a, "update")?;
    for o in &a.pos[1..] {
        vm.set_update(&s, o)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, a: Args) -> PyResult {
    check_no_kw(vm, "intersection_update", &a)?;
    let s = self_set(vm, &a, "intersection_update")?;
    let mut acc = if a.pos.len() > 1 {
        Value::Set(s.clone())
    } else {
        Value::Set(Rc::new(SetObj::copy_of(&s)))
    };
    for o in &a.pos[1..] {
        acc = intersect(vm, &acc, o)?;
    }
    if let Value::Set(n) | Value::FrozenSet(n) = acc {
        let t = n.table.borrow().clone();
        *s.table.borrow_mut() = t;
    }
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, a: Args) -> PyResult {
    check_no_kw(vm, "difference_update", &a)?;
    let s = self_set(vm, &a, "difference_update")?;
    for o in &a.pos[1..] {
        discard_all(vm, &s, o)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "symmetric_difference_update", &a, 1, 1)?;
    let _ = self_set(vm, &a, "symmetric_difference_update")?;
    let other = as_set(vm, &a.pos[1])?;
    let me = crate::builtins::args::payload(&a.pos[0]);
    vm.set_inplace(&me, &other, BinOp::Xor)?;
    Ok(Value::None)
}

fn issubset(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "issubset", &a, 1, 1)?;
    let s = self_set(vm, &a, "issubset")?;
    let o = as_set(vm, &a.pos[1])?;
    let (Value::Set(os) | Value::FrozenSet(os)) = &o else {
        return Ok(Value::Bool(Truth::FALSE));
    };
    for k in s.table.borrow().keys() {
        if !vm.set_contains(os, &k)? {
            return Ok(Value::Bool(Truth::FALSE));
        }
    }
    Ok(Value::Bool(Truth::TRUE))
}

fn issuperset(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "issuperset", &a, 1, 1)?;
    let s = self_set(vm, &a, "issuperset")?;
    for k in vm.iterate(&a.pos[1])? {
        if !vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(Truth::FALSE));
        }
    }
    Ok(Value::Bool(Truth::TRUE))
}

fn isdisjoint(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "isdisjoint", &a, 1, 1)?;
    let s = self_set(vm, &a, "isdisjoint")?;
    for k in vm.iterate(&a.pos[1])? {
        if vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(Truth::FALSE));
        }
    }
    Ok(Value::Bool(Truth::TRUE))
}

fn contains(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__contains__", &a, 1, 1)?;
    let s = self_set(vm, &a, "__contains__")?;
    Ok(Value::from_bool(vm.set_contains(&s, &a.pos[1])?))
}

fn len(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_set(vm, &a, "__len__")?;
    check_method(vm, "__len__", &a, 0, 0)?;
    let n = s.table.borrow().len();
    Ok(Value::Int(n as i64))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_set(vm, &a, "__iter__")?;
    check_method(vm, "__iter__", &a, 0, 0)?;
    vm.get_iter(&Value::Set(s))
}
