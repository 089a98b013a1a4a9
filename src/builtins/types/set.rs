//! `set` and `frozenset` methods.

use std::rc::Rc;

use crate::builtins::args::{check_method, self_set};
use crate::bytecode::BinOp;
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
    ("__contains__", contains),
    ("__len__", len),
    ("__iter__", iter),
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
];

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
    let first = s.table.borrow().next_from(0).map(|(e, _)| e.key.clone());
    match first {
        Some(k) => {
            vm.set_discard(&s, &k)?;
            Ok(k)
        }
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

fn clear(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_set(vm, &a, "clear")?;
    s.table.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_set(vm, &a, "copy")?;
    let t = s.table.borrow().clone();
    let n = Rc::new(SetObj {
        table: std::cell::RefCell::new(t),
    });
    Ok(match &a.pos[0] {
        Value::FrozenSet(_) => Value::FrozenSet(n),
        _ => Value::Set(n),
    })
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        other => {
            let items = vm.iterate(other)?;
            Ok(Value::Set(vm.make_set(&items)?))
        }
    }
}

fn fold(vm: &mut Vm, a: &Args, op: BinOp, name: &str) -> PyResult {
    let _ = self_set(vm, a, name)?;
    let mut acc = match &a.pos[0] {
        Value::FrozenSet(s) => Value::FrozenSet(Rc::new(SetObj {
            table: std::cell::RefCell::new(s.table.borrow().clone()),
        })),
        Value::Set(s) => Value::Set(Rc::new(SetObj {
            table: std::cell::RefCell::new(s.table.borrow().clone()),
        })),
        other => crate::builtins::args::payload(other),
    };
    for other in &a.pos[1..] {
        let o = as_set(vm, other)?;
        acc = vm.set_binop(&acc, &o, op)?;
    }
    Ok(acc)
}

fn union(vm: &mut Vm, a: Args) -> PyResult {
    fold(vm, &a, BinOp::Or, "union")
}

fn intersection(vm: &mut Vm, a: Args) -> PyResult {
    fold(vm, &a, BinOp::And, "intersection")
}

fn difference(vm: &mut Vm, a: Args) -> PyResult {
    fold(vm, &a, BinOp::Sub, "difference")
}

fn symmetric_difference(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "symmetric_difference", &a, 1, 1)?;
    fold(vm, &a, BinOp::Xor, "symmetric_difference")
}

fn in_place(vm: &mut Vm, a: &Args, op: BinOp, name: &str) -> PyResult {
    let s = self_set(vm, a, name)?;
    let r = fold(vm, a, op, name)?;
    if let Value::Set(n) | Value::FrozenSet(n) = r {
        let t = n.table.borrow().clone();
        *s.table.borrow_mut() = t;
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, a: Args) -> PyResult {
    in_place(vm, &a, BinOp::Or, "update")
}

fn intersection_update(vm: &mut Vm, a: Args) -> PyResult {
    in_place(vm, &a, BinOp::And, "intersection_update")
}

fn difference_update(vm: &mut Vm, a: Args) -> PyResult {
    in_place(vm, &a, BinOp::Sub, "difference_update")
}

fn symmetric_difference_update(vm: &mut Vm, a: Args) -> PyResult {
    in_place(vm, &a, BinOp::Xor, "symmetric_difference_update")
}

fn issubset(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "issubset", &a, 1, 1)?;
    let s = self_set(vm, &a, "issubset")?;
    let o = as_set(vm, &a.pos[1])?;
    let (Value::Set(os) | Value::FrozenSet(os)) = &o else {
        return Ok(Value::Bool(false));
    };
    for k in s.table.borrow().keys() {
        if !vm.set_contains(os, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn issuperset(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "issuperset", &a, 1, 1)?;
    let s = self_set(vm, &a, "issuperset")?;
    for k in vm.iterate(&a.pos[1])? {
        if !vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn isdisjoint(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "isdisjoint", &a, 1, 1)?;
    let s = self_set(vm, &a, "isdisjoint")?;
    for k in vm.iterate(&a.pos[1])? {
        if vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn contains(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__contains__", &a, 1, 1)?;
    let s = self_set(vm, &a, "__contains__")?;
    Ok(Value::Bool(vm.set_contains(&s, &a.pos[1])?))
}

fn len(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_set(vm, &a, "__len__")?;
    let n = s.table.borrow().len();
    Ok(Value::Int(n as i64))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_set(vm, &a, "__iter__")?;
    vm.get_iter(&Value::Set(s))
}
