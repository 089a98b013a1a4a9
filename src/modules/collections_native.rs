//! `_collections`: native helpers of `collections`.
//!
//! - `_count_elements(mapping, iterable)` counts the items of `iterable` into `mapping` (what
//!   `Counter(iterable)` and `Counter.update(iterable)` do), as CPython's helper of that name:
//!   straight into the dict when the mapping's `get` and `__setitem__` are dict's own, through
//!   those methods otherwise.
//! - `_move_last_to_front(d)` moves the last entry of a dict (or dict subclass) to the front:
//!   `OrderedDict.move_to_end(key, last=False)` without rebuilding the dict in Python.
//! - `_odict_move_to_end(d, key, last)` is `OrderedDict.move_to_end`: the entry moves with
//!   its own key object, without a Python-level pop and store.
//! - `_dict_version(d)` is the structural version of a dict (changes when keys are added,
//!   removed or moved): OrderedDict iterators compare it.
//! - `_tuplegetter(index)` is the getter of a namedtuple field: a built-in that reads item
//!   `index` of the tuple it is given, without a Python call.

use std::rc::Rc;

use crate::bytecode::BinOp;
use crate::objects::*;
use crate::vm::Vm;
use crate::vm::ops::unwrap_builtin;

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(
        vm,
        "_collections",
        &[
            ("_count_elements", count_elements),
            ("_tuplegetter", tuplegetter),
            ("_move_last_to_front", move_last_to_front),
            ("_odict_move_to_end", odict_move_to_end),
            ("_dict_version", dict_version),
        ],
    )
}

/// Whether `cls` has dict's own method `name`.
fn dict_method(vm: &mut Vm, cls: &Class, name: &'static str) -> bool {
    let k = vm.intern_static(name);
    match (cls.lookup_rc(&k), vm.types.dict.lookup_rc(&k)) {
        (Some(Value::Builtin(a)), Some(Value::Builtin(b))) => Rc::ptr_eq(&a, &b),
        _ => false,
    }
}

fn count_elements(vm: &mut Vm, a: Args) -> PyResult {
    if !a.kw.is_empty() {
        return Err(vm.type_error("_count_elements() takes no keyword arguments"));
    }
    let [mapping, iterable] = a.pos else {
        return Err(vm.type_error(format!(
            "_count_elements expected 2 arguments, got {}",
            a.pos.len()
        )));
    };
    let it = vm.get_iter(iterable)?;
    let direct = match mapping {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(inst)
            if dict_method(vm, &inst.class(), "get")
                && dict_method(vm, &inst.class(), "__setitem__") =>
        {
            match unwrap_builtin(mapping) {
                Some(Value::Dict(d)) => Some(d),
                _ => None,
            }
        }
        _ => None,
    };
    let one = Value::Int(1);
    if let Some(d) = direct {
        while let Some(elem) = vm.next(&it)? {
            let h = vm.hash(&elem)?;
            match vm.table_find(&d.table, &elem, h)? {
                Some(ix) => {
                    let old = d.table.borrow().value_at(ix);
                    match old {
                        Value::Int(n) if n < i64::MAX => {
                            d.table.borrow_mut().set_value_at(ix, Value::Int(n + 1));
                        }
                        _ => {
                            // Python code may run (and change the dict): store by key.
                            let new = vm.binary_op(&old, &one, BinOp::Add)?;
                            vm.dict_set(&d, elem, new)?;
                        }
                    }
                }
                None => d.table.borrow_mut().insert_new(h, elem, one.clone()),
            }
        }
        return Ok(Value::None);
    }
    let k = vm.intern_static("get");
    let get = vm.get_attr(mapping, &k)?;
    let zero = Value::Int(0);
    while let Some(elem) = vm.next(&it)? {
        let old = vm.call(&get, &[elem.clone(), zero.clone()], &[])?;
        let new = vm.binary_op(&old, &one, BinOp::Add)?;
        vm.set_item(mapping, &elem, new)?;
    }
    Ok(Value::None)
}

/// `_dict_version(d)`: a number that changes whenever a key of the dict is added, removed or
/// moved (what an OrderedDict iterator checks to report mutation).
/// The dict of a dict or of an instance of a dict subclass (an OrderedDict).
fn dict_arg(vm: &mut Vm, d: &Value) -> PyResult<Rc<DictObj>> {
    let dict = match d {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(_) => match unwrap_builtin(d) {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        },
        _ => None,
    };
    dict.ok_or_else(|| {
        let t = vm.type_name(d);
        vm.type_error(format!("expected a dict, not {t}"))
    })
}

fn dict_version(vm: &mut Vm, a: Args) -> PyResult {
    let [d] = a.pos else {
        return Err(vm.type_error("_dict_version expected 1 argument"));
    };
    let dict = dict_arg(vm, d)?;
    let v = dict.table.borrow().version;
    Ok(Value::Int(v as i64))
}

fn move_last_to_front(vm: &mut Vm, a: Args) -> PyResult {
    let [d] = a.pos else {
        return Err(vm.type_error("_move_last_to_front expected 1 argument"));
    };
    let dict = dict_arg(vm, d)?;
    dict.table.borrow_mut().move_last_to_front();
    Ok(Value::None)
}

fn odict_move_to_end(vm: &mut Vm, a: Args) -> PyResult {
    let [d, key, last] = a.pos else {
        return Err(vm.type_error("_odict_move_to_end expected 3 arguments"));
    };
    let dict = dict_arg(vm, d)?;
    let last = vm.truthy(last)?;
    if dict.is_namespace() {
        // A module's or class's namespace goes through the one write path.
        let Some(value) = vm.dict_del(&dict, key)? else {
            return Err(vm.key_error(key.clone()));
        };
        vm.dict_set(&dict, key.clone(), value)?;
    } else {
        let h = vm.hash(key)?;
        // Finding the key may run `__eq__`, which may change the dict: the position found is
        // checked again before the move.
        let moved = match vm.table_find(&dict.table, key, h)? {
            Some(ix) => dict.table.borrow_mut().move_to_back(ix),
            None => false,
        };
        if !moved {
            return Err(vm.key_error(key.clone()));
        }
    }
    if !last {
        dict.table.borrow_mut().move_last_to_front();
    }
    Ok(Value::None)
}

/// `_tuplegetter(index)`: a built-in taking a tuple and returning its item `index`.
fn tuplegetter(vm: &mut Vm, a: Args) -> PyResult {
    let [index] = a.pos else {
        return Err(vm.type_error("_tuplegetter expected 1 argument"));
    };
    let index = vm.to_index(index)?;
    Ok(Value::Builtin(Rc::new(Builtin {
        name: "_tuplegetter",
        func: tuple_item,
        receiver: Value::Int(index),
        owner: None,
    })))
}

fn tuple_item(vm: &mut Vm, a: Args) -> PyResult {
    let [Value::Int(index), obj] = a.pos else {
        return Err(vm.type_error("_tuplegetter expected 1 argument"));
    };
    let tuple = match obj {
        Value::Tuple(t) => Some(t.clone()),
        Value::Instance(_) => match unwrap_builtin(obj) {
            Some(Value::Tuple(t)) => Some(t),
            _ => None,
        },
        _ => None,
    };
    let Some(t) = tuple else {
        let tn = vm.type_name(obj);
        return Err(vm.type_error(format!(
            "descriptor for index '{index}' for tuple subclasses doesn't apply to '{tn}' object"
        )));
    };
    match usize::try_from(*index).ok().and_then(|i| t.0.get(i)) {
        Some(v) => Ok(v.clone()),
        None => Err(vm.index_error("tuple index out of range")),
    }
}
