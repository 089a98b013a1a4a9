//! `dict` methods and dict views.

use std::rc::Rc;

use crate::builtins::args::{check_method, payload, self_dict};
use crate::builtins::ctors::dict_update;
use crate::objects::*;
use crate::vm::Vm;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("get", get),
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("pop", pop),
    ("popitem", popitem),
    ("setdefault", setdefault),
    ("update", update),
    ("clear", clear),
    ("copy", copy),
    ("fromkeys", fromkeys),
    ("__init__", init),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__contains__", contains),
    ("__len__", len),
    ("__iter__", iter),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__repr__", repr),
];

pub const VIEW_METHODS: &[(&str, NativeFn)] = &[
    ("isdisjoint", view_isdisjoint),
    ("__len__", view_len),
    ("__iter__", view_iter),
];

/// `dict_values` is not set-like: no `isdisjoint`.
pub const VALUES_VIEW_METHODS: &[(&str, NativeFn)] =
    &[("__len__", view_len), ("__iter__", view_iter)];

fn get(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "get", &a, 1, 2)?;
    let d = self_dict(vm, &a, "get")?;
    Ok(vm
        .dict_get(&d, &a.pos[1])?
        .unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, a: &Args, kind: ViewKind, name: &str) -> PyResult {
    check_method(vm, name, a, 0, 0)?;
    let d = self_dict(vm, a, name)?;
    Ok(Value::DictView(Rc::new(DictView { dict: d, kind })))
}

fn keys(vm: &mut Vm, a: Args) -> PyResult {
    view(vm, &a, ViewKind::Keys, "keys")
}

fn values(vm: &mut Vm, a: Args) -> PyResult {
    view(vm, &a, ViewKind::Values, "values")
}

fn items(vm: &mut Vm, a: Args) -> PyResult {
    view(vm, &a, ViewKind::Items, "items")
}

fn pop(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "pop", &a, 1, 2)?;
    let d = self_dict(vm, &a, "pop")?;
    // An empty dict answers without hashing the key (CPython: `{}.pop([])` is a KeyError).
    let found = if d.is_empty() && !d.is_namespace() {
        None
    } else {
        vm.dict_del(&d, &a.pos[1])?
    };
    match found {
        Some(v) => Ok(v),
        None => match a.pos.get(2) {
            Some(def) => Ok(def.clone()),
            None => Err(vm.key_error(a.pos[1].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "popitem", &a, 0, 0)?;
    let d = self_dict(vm, &a, "popitem")?;
    let last = d.table.borrow().last_live();
    match last {
        Some(ix) => {
            let key = d.table.borrow().entry(ix).key.clone();
            let v = vm.dict_del(&d, &key)?.unwrap_or(Value::None);
            d.table.borrow_mut().trim_tail();
            Ok(Value::tuple(vec![key, v]))
        }
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn setdefault(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "setdefault", &a, 1, 2)?;
    let d = self_dict(vm, &a, "setdefault")?;
    if let Some(v) = vm.dict_get(&d, &a.pos[1])? {
        return Ok(v);
    }
    let def = a.pos.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, a.pos[1].clone(), def.clone())?;
    Ok(def)
}

fn update(vm: &mut Vm, a: Args) -> PyResult {
    let d = self_dict(vm, &a, "update")?;
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    dict_update(vm, &d, &a.pos[1..], a.kw)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "clear", &a, 0, 0)?;
    let d = self_dict(vm, &a, "clear")?;
    if d.is_namespace() {
        for k in d.table.borrow().keys() {
            let _ = k;
        }
        let keys = d.table.borrow().keys();
        for k in keys {
            vm.dict_del(&d, &k)?;
        }
        return Ok(Value::None);
    }
    d.table.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "copy", &a, 0, 0)?;
    let d = self_dict(vm, &a, "copy")?;
    let t = d.table.borrow().clone();
    Ok(Value::Dict(Rc::new(DictObj::from_table(t))))
}

fn fromkeys(vm: &mut Vm, a: Args) -> PyResult {
    if !a.kw.is_empty() {
        return Err(vm.type_error("dict.fromkeys() takes no keyword arguments"));
    }
    // A classmethod: the class comes first. For a subclass, like CPython, the result is
    // `cls()` filled through its `__setitem__`.
    let (cls, args): (Option<Rc<_>>, &[Value]) = match a.pos.first() {
        Some(Value::Class(c)) => (Some(c.clone()), &a.pos[1..]),
        _ => (None, a.pos),
    };
    let Some(src) = args.first() else {
        return Err(vm.type_error("fromkeys expected at least 1 argument, got 0"));
    };
    if args.len() > 2 {
        let n = args.len();
        return Err(vm.type_error(format!("fromkeys expected at most 2 arguments, got {n}")));
    }
    let value = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(c) = cls.filter(|c| !Rc::ptr_eq(c, &vm.types.dict)) {
        let obj = vm.call(&Value::Class(c), &[], &[])?;
        for k in vm.iterate(src)? {
            vm.set_item(&obj, &k, value.clone())?;
        }
        return Ok(obj);
    }
    let d = Rc::new(DictObj::new());
    for k in vm.iterate(src)? {
        vm.dict_set(&d, k, value.clone())?;
    }
    Ok(Value::Dict(d))
}

fn init(vm: &mut Vm, a: Args) -> PyResult {
    let d = self_dict(vm, &a, "__init__")?;
    dict_update(vm, &d, &a.pos[1..], a.kw)?;
    Ok(Value::None)
}

fn getitem(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__getitem__", &a, 1, 1)?;
    let d = self_dict(vm, &a, "__getitem__")?;
    if let Some(v) = vm.dict_get(&d, &a.pos[1])? {
        return Ok(v);
    }
    if let Value::Instance(_) = &a.pos[0]
        && let Some(r) = vm.call_special(&a.pos[0], "__missing__", &a.pos[1..2])?
    {
        return Ok(r);
    }
    Err(vm.key_error(a.pos[1].clone()))
}

fn setitem(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__setitem__", &a, 2, 2)?;
    let d = self_dict(vm, &a, "__setitem__")?;
    vm.dict_set(&d, a.pos[1].clone(), a.pos[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__delitem__", &a, 1, 1)?;
    let d = self_dict(vm, &a, "__delitem__")?;
    match vm.dict_del(&d, &a.pos[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(a.pos[1].clone())),
    }
}

fn contains(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__contains__", &a, 1, 1)?;
    let d = self_dict(vm, &a, "__contains__")?;
    Ok(Value::from_bool(vm.dict_get(&d, &a.pos[1])?.is_some()))
}

fn len(vm: &mut Vm, a: Args) -> PyResult {
    let d = self_dict(vm, &a, "__len__")?;
    check_method(vm, "__len__", &a, 0, 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult {
    let d = self_dict(vm, &a, "__iter__")?;
    check_method(vm, "__iter__", &a, 0, 0)?;
    vm.get_iter(&Value::Dict(d))
}

/// Dicts compare (for equality only) with dicts; anything else is NotImplemented.
fn eq(vm: &mut Vm, a: Args) -> PyResult {
    let op = crate::bytecode::CmpOp::Eq;
    crate::builtins::attrs::compare_same_kind(vm, &a, "__eq__", op, |v| matches!(v, Value::Dict(_)))
}

fn ne(vm: &mut Vm, a: Args) -> PyResult {
    let op = crate::bytecode::CmpOp::Ne;
    crate::builtins::attrs::compare_same_kind(vm, &a, "__ne__", op, |v| matches!(v, Value::Dict(_)))
}

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__repr__", &a, 0, 0)?;
    let x = payload(&a.pos[0]);
    Ok(Value::string(vm.repr(&x)?))
}

fn view_isdisjoint(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "isdisjoint", &a, 1, 1)?;
    let other = vm.iterate(&a.pos[1])?;
    for x in other {
        if vm.contains(&a.pos[0], &x)? {
            return Ok(Value::Bool(Truth::FALSE));
        }
    }
    Ok(Value::Bool(Truth::TRUE))
}

fn view_len(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__len__", &a, 0, 0)?;
    Ok(Value::Int(vm.len(&a.pos[0])? as i64))
}

fn view_iter(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__iter__", &a, 0, 0)?;
    vm.get_iter(&a.pos[0])
}
