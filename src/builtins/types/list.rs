//! `list` and `tuple` methods.

use crate::builtins::args::{check_method, opt_slice_index, payload, self_list, self_tuple};
use crate::builtins::functions::{sort_kwargs, sort_values};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::*;
use crate::vm::Vm;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("pop", pop),
    ("insert", insert),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("sort", sort),
    ("reverse", reverse),
    ("copy", copy),
    ("clear", clear),
    ("__init__", init),
    ("__len__", list_len),
    ("__getitem__", list_getitem),
    ("__setitem__", dunder_setitem),
    ("__delitem__", dunder_delitem),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__eq__", list_eq),
    ("__ne__", list_ne),
    ("__lt__", list_lt),
    ("__le__", list_le),
    ("__gt__", list_gt),
    ("__ge__", list_ge),
    ("__repr__", dunder_repr),
];

pub const TUPLE_METHODS: &[(&str, NativeFn)] = &[
    ("index", tuple_index),
    ("count", tuple_count),
    ("__len__", tuple_len),
    ("__getitem__", tuple_getitem),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__eq__", tuple_eq),
    ("__ne__", tuple_ne),
    ("__lt__", tuple_lt),
    ("__le__", tuple_le),
    ("__gt__", tuple_gt),
    ("__ge__", tuple_ge),
    ("__hash__", crate::builtins::types::object::value_hash),
    ("__repr__", dunder_repr),
];

fn append(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "list.append", &a, 1, 1)?;
    let l = self_list(vm, &a, "append")?;
    l.0.borrow_mut().push(a.pos[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "list.extend", &a, 1, 1)?;
    let l = self_list(vm, &a, "extend")?;
    let items = vm.iterate_sized(&a.pos[1])?;
    l.0.borrow_mut().extend(items);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "pop", &a, 0, 1)?;
    let l = self_list(vm, &a, "pop")?;
    let i = match a.pos.get(1) {
        Some(&Value::Int(i)) => i,
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let n = l.0.borrow().len();
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.0.borrow_mut().remove(j as usize))
}

fn insert(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "insert", &a, 2, 2)?;
    let l = self_list(vm, &a, "insert")?;
    let i = match a.pos[1] {
        Value::Int(i) => i,
        ref other => vm.to_index(other)?,
    };
    let mut v = l.0.borrow_mut();
    let n = v.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(j as usize, a.pos[2].clone());
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "list.remove", &a, 1, 1)?;
    let l = self_list(vm, &a, "remove")?;
    let items = l.0.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if vm.eq(x, &a.pos[1])? {
            l.0.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

/// Resolves optional start/stop arguments of index() against a length.
fn bounds(vm: &mut Vm, a: &Args, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    let start = opt_slice_index(vm, a.pos.get(first), false)?
        .map(norm)
        .unwrap_or(0);
    let stop = opt_slice_index(vm, a.pos.get(first + 1), false)?
        .map(norm)
        .unwrap_or(len);
    Ok((start, stop))
}

fn index(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "index", &a, 1, 3)?;
    let l = self_list(vm, &a, "index")?;
    let items = l.0.borrow().clone();
    let (start, stop) = bounds(vm, &a, 2, items.len())?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(x, &a.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    let r = vm.repr(&a.pos[1])?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn count(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "count", &a, 1, 1)?;
    let l = self_list(vm, &a, "count")?;
    let items = l.0.borrow().clone();
    let mut n = 0;
    for x in items.iter() {
        if vm.eq(x, &a.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, a: Args) -> PyResult {
    if a.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = self_list(vm, &a, "sort")?;
    let (key, reverse) = sort_kwargs(vm, &a, "sort")?;
    let mut items = std::mem::take(&mut *l.0.borrow_mut());
    let r = sort_values(vm, &mut items, &key, reverse);
    let modified = !l.0.borrow().is_empty();
    *l.0.borrow_mut() = items;
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "reverse", &a, 0, 0)?;
    let l = self_list(vm, &a, "reverse")?;
    l.0.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "copy", &a, 0, 0)?;
    let l = self_list(vm, &a, "copy")?;
    let items = l.0.borrow().clone();
    Ok(Value::list(items))
}

fn clear(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "clear", &a, 0, 0)?;
    let l = self_list(vm, &a, "clear")?;
    l.0.borrow_mut().clear();
    Ok(Value::None)
}

fn init(vm: &mut Vm, a: Args) -> PyResult {
    let l = self_list(vm, &a, "__init__")?;
    let items = match a.pos.get(1) {
        Some(v) => vm.iterate(v)?,
        None => vec![],
    };
    *l.0.borrow_mut() = items;
    Ok(Value::None)
}

/// `self` of a list or tuple method reached through the class: the list or tuple itself, or
/// CPython's descriptor error.
fn seq_self(vm: &mut Vm, a: &Args, owner: &str, method: &str) -> PyResult<Value> {
    let Some(first) = a.pos.first() else {
        return Err(crate::builtins::args::descriptor_unbound(vm, owner, method));
    };
    let v = payload(first);
    match (&v, owner) {
        (Value::List(_), "list") | (Value::Tuple(_), "tuple") => Ok(v),
        _ => Err(crate::builtins::args::descriptor_mismatch(
            vm, owner, method, first,
        )),
    }
}

fn list_len(vm: &mut Vm, a: Args) -> PyResult {
    let v = seq_self(vm, &a, "list", "__len__")?;
    check_method(vm, "__len__", &a, 0, 0)?;
    Ok(Value::Int(vm.len(&v)? as i64))
}

fn tuple_len(vm: &mut Vm, a: Args) -> PyResult {
    let v = seq_self(vm, &a, "tuple", "__len__")?;
    check_method(vm, "__len__", &a, 0, 0)?;
    Ok(Value::Int(vm.len(&v)? as i64))
}

fn list_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let v = seq_self(vm, &a, "list", "__getitem__")?;
    check_method(vm, "__getitem__", &a, 1, 1)?;
    vm.get_item(&v, &a.pos[1])
}

fn tuple_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let v = seq_self(vm, &a, "tuple", "__getitem__")?;
    check_method(vm, "__getitem__", &a, 1, 1)?;
    vm.get_item(&v, &a.pos[1])
}

fn dunder_setitem(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__setitem__", &a, 2, 2)?;
    let v = payload(&a.pos[0]);
    vm.set_item(&v, &a.pos[1], a.pos[2].clone())?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__delitem__", &a, 1, 1)?;
    let v = payload(&a.pos[0]);
    vm.del_item(&v, &a.pos[1])?;
    Ok(Value::None)
}

fn dunder_contains(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__contains__", &a, 1, 1)?;
    let v = payload(&a.pos[0]);
    Ok(Value::from_bool(vm.contains(&v, &a.pos[1])?))
}

fn dunder_iter(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__iter__", &a, 0, 0)?;
    let v = payload(&a.pos[0]);
    vm.get_iter(&v)
}

fn dunder_add(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__add__", &a, 1, 1)?;
    let (x, y) = (payload(&a.pos[0]), payload(&a.pos[1]));
    vm.binary_op(&x, &y, BinOp::Add)
}

fn dunder_mul(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__mul__", &a, 1, 1)?;
    let x = payload(&a.pos[0]);
    vm.binary_op(&x, &a.pos[1], BinOp::Mul)
}

/// The comparisons of lists and tuples: each orders only against its own kind; anything else
/// is for the other operand's reflected method (and then the error naming both types).
macro_rules! seq_compare {
    ($($f:ident, $name:literal, $op:expr, $kind:path;)*) => {
        $(fn $f(vm: &mut Vm, a: Args) -> PyResult {
            crate::builtins::attrs::compare_same_kind(vm, &a, $name, $op, |v| matches!(v, $kind(_)))
        })*
    };
}

seq_compare! {
    list_eq, "__eq__", CmpOp::Eq, Value::List;
    list_ne, "__ne__", CmpOp::Ne, Value::List;
    list_lt, "__lt__", CmpOp::Lt, Value::List;
    list_le, "__le__", CmpOp::Le, Value::List;
    list_gt, "__gt__", CmpOp::Gt, Value::List;
    list_ge, "__ge__", CmpOp::Ge, Value::List;
    tuple_eq, "__eq__", CmpOp::Eq, Value::Tuple;
    tuple_ne, "__ne__", CmpOp::Ne, Value::Tuple;
    tuple_lt, "__lt__", CmpOp::Lt, Value::Tuple;
    tuple_le, "__le__", CmpOp::Le, Value::Tuple;
    tuple_gt, "__gt__", CmpOp::Gt, Value::Tuple;
    tuple_ge, "__ge__", CmpOp::Ge, Value::Tuple;
}

fn dunder_repr(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__repr__", &a, 0, 0)?;
    let x = payload(&a.pos[0]);
    Ok(Value::string(vm.repr(&x)?))
}

fn tuple_index(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "index", &a, 1, 3)?;
    let t = self_tuple(vm, &a, "index")?;
    let (start, stop) = bounds(vm, &a, 2, t.0.len())?;
    for (i, x) in t.0.iter().enumerate().take(stop).skip(start) {
        if vm.eq(x, &a.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "count", &a, 1, 1)?;
    let t = self_tuple(vm, &a, "count")?;
    let mut n = 0;
    for x in t.0.iter() {
        if vm.eq(x, &a.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
