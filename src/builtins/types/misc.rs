//! Methods of generators, iterators, properties, code objects, range, slice.

use std::rc::Rc;

use crate::builtins::args::check_method;
use crate::objects::*;
use crate::vm::Vm;

pub const GENERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__next__", gen_next),
    ("__iter__", identity),
];

pub const COROUTINE_METHODS: &[(&str, NativeFn)] = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
];

pub const ITERATOR_METHODS: &[(&str, NativeFn)] = &[("__next__", it_next), ("__iter__", identity)];

/// `__get__` of the slot wrappers and method descriptors of the built-in types.
pub const DESCRIPTOR_METHODS: &[(&str, NativeFn)] = &[("__get__", descriptor_get)];

/// `descr.__get__(obj, type=None)`: the method bound to `obj`, or the descriptor itself for
/// a class-level access (`obj` None).
fn descriptor_get(vm: &mut Vm, a: Args) -> PyResult {
    if a.pos.len() < 2 || a.pos.len() > 3 {
        let n = a.pos.len().saturating_sub(1);
        let msg = if n < 1 {
            format!("expected at least 1 argument, got {n}")
        } else {
            format!("expected at most 2 arguments, got {n}")
        };
        return Err(vm.type_error(msg));
    }
    if a.pos[1].is_none() {
        return Ok(a.pos[0].clone());
    }
    Ok(Value::BoundMethod(Rc::new(BoundMethod {
        func: a.pos[0].clone(),
        receiver: a.pos[1].clone(),
    })))
}

pub const PROPERTY_METHODS: &[(&str, NativeFn)] = &[
    ("getter", prop_getter),
    ("setter", prop_setter),
    ("deleter", prop_deleter),
    ("__get__", prop_get),
    ("__set__", prop_set),
    ("__delete__", prop_delete),
];

pub const CLASSMETHOD_METHODS: &[(&str, NativeFn)] = &[("__get__", classmethod_get)];

pub const STATICMETHOD_METHODS: &[(&str, NativeFn)] = &[("__get__", staticmethod_get)];

/// `classmethod.__get__(obj, type=None)`: the function bound to `type` (or `type(obj)`).
fn classmethod_get(vm: &mut Vm, a: Args) -> PyResult {
    let Some(Value::ClassMethod(f)) = a.pos.first() else {
        return Err(vm.type_error("descriptor requires a 'classmethod' object"));
    };
    let f = (**f).clone();
    let owner = match (a.pos.get(1), a.pos.get(2)) {
        (_, Some(t)) if !t.is_none() => t.clone(),
        (Some(obj), _) if !obj.is_none() => Value::Class(vm.types.type_of(obj)),
        _ => return Err(vm.type_error("__get__(None, None) is invalid")),
    };
    vm.bind_classmethod(&f, owner)
}

fn staticmethod_get(vm: &mut Vm, a: Args) -> PyResult {
    match a.pos.first() {
        Some(Value::StaticMethod(f)) => Ok((**f).clone()),
        _ => Err(vm.type_error("descriptor requires a 'staticmethod' object")),
    }
}

/// The AttributeError of a property used without the accessor it needs. A property created
/// in a class body is named there (CPython's `__set_name__`): find it along the MRO of the
/// object's class.
fn prop_missing(vm: &mut Vm, prop: &Rc<Property>, obj: &Value, what: &str) -> PyErr {
    let cls = vm.types.type_of(obj);
    let t = cls.qualname.borrow().as_str().to_string();
    let name = cls.mro.borrow().iter().find_map(|c| {
        c.dict
            .table
            .borrow()
            .iter()
            .find_map(|e| match (&e.key, &e.value) {
                (Value::Str(k), Value::Property(p)) if Rc::ptr_eq(p, prop) => {
                    Some(k.as_str().to_string())
                }
                _ => None,
            })
    });
    match name {
        Some(n) => vm.attribute_error(format!("property '{n}' of '{t}' object has no {what}")),
        None => vm.attribute_error(format!("property of '{t}' object has no {what}")),
    }
}

fn prop_set(vm: &mut Vm, a: Args) -> PyResult {
    let p = self_prop(vm, &a)?;
    if a.pos.len() != 3 {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 2 arguments, got {n}")));
    }
    if p.fset.is_none() {
        return Err(prop_missing(vm, &p, &a.pos[1], "setter"));
    }
    let f = p.fset.clone();
    vm.call(&f, &a.pos[1..3], &[])?;
    Ok(Value::None)
}

fn prop_delete(vm: &mut Vm, a: Args) -> PyResult {
    let p = self_prop(vm, &a)?;
    if a.pos.len() != 2 {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    if p.fdel.is_none() {
        return Err(prop_missing(vm, &p, &a.pos[1], "deleter"));
    }
    let f = p.fdel.clone();
    vm.call(&f, &a.pos[1..2], &[])?;
    Ok(Value::None)
}

pub const CODE_METHODS: &[(&str, NativeFn)] =
    &[("replace", code_replace), ("co_lines", code_lines)];

pub const RANGE_METHODS: &[(&str, NativeFn)] = &[("index", range_index), ("count", range_count)];

pub const SLICE_METHODS: &[(&str, NativeFn)] = &[("indices", slice_indices)];

pub const MODULE_METHODS: &[(&str, NativeFn)] = &[
    ("is_modified", module_is_modified),
    ("set_initialized", module_set_initialized),
];

pub const FUNCTION_METHODS: &[(&str, NativeFn)] = &[("__get__", function_get)];

fn identity(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(a.pos[0].clone())
}

fn self_gen(vm: &mut Vm, a: &Args) -> PyResult<Rc<Generator>> {
    match a.pos.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn gen_result(vm: &mut Vm, step: crate::vm::call::GenStep) -> PyResult {
    match step {
        crate::vm::call::GenStep::Yielded(v) => Ok(v),
        crate::vm::call::GenStep::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_send(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "send", &a, 1, 1)?;
    let g = self_gen(vm, &a)?;
    let step = vm.gen_step(&g, a.pos[1].clone(), None)?;
    gen_result(vm, step)
}

fn gen_next(vm: &mut Vm, a: Args) -> PyResult {
    let g = self_gen(vm, &a)?;
    let step = vm.gen_step(&g, Value::None, None)?;
    gen_result(vm, step)
}

fn gen_throw(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "throw", &a, 1, 3)?;
    let g = self_gen(vm, &a)?;
    let exc = match (&a.pos[1], a.pos.get(2)) {
        (Value::Class(c), Some(v)) if !v.is_none() => {
            let c = c.clone();
            match v {
                Value::Instance(i) if i.exc_data().is_some() => PyErr(i.clone()),
                other => {
                    let inst = vm.call_class(&c, std::slice::from_ref(other), &[])?;
                    vm.to_exception(inst)?
                }
            }
        }
        (v, _) => vm.to_exception(v.clone())?,
    };
    let step = vm.gen_step(&g, Value::None, Some(exc))?;
    gen_result(vm, step)
}

fn gen_close(vm: &mut Vm, a: Args) -> PyResult {
    let g = self_gen(vm, &a)?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

fn it_next(vm: &mut Vm, a: Args) -> PyResult {
    match vm.next(&a.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn self_prop(vm: &mut Vm, a: &Args) -> PyResult<Rc<Property>> {
    match a.pos.first() {
        Some(Value::Property(p)) => Ok(p.clone()),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn prop_getter(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "getter", &a, 1, 1)?;
    let p = self_prop(vm, &a)?;
    Ok(Value::Property(Rc::new(Property {
        fget: a.pos[1].clone(),
        fset: p.fset.clone(),
        fdel: p.fdel.clone(),
        doc: p.doc.clone(),
    })))
}

fn prop_setter(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "setter", &a, 1, 1)?;
    let p = self_prop(vm, &a)?;
    Ok(Value::Property(Rc::new(Property {
        fget: p.fget.clone(),
        fset: a.pos[1].clone(),
        fdel: p.fdel.clone(),
        doc: p.doc.clone(),
    })))
}

fn prop_deleter(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "deleter", &a, 1, 1)?;
    let p = self_prop(vm, &a)?;
    Ok(Value::Property(Rc::new(Property {
        fget: p.fget.clone(),
        fset: p.fset.clone(),
        fdel: a.pos[1].clone(),
        doc: p.doc.clone(),
    })))
}

fn prop_get(vm: &mut Vm, a: Args) -> PyResult {
    let p = self_prop(vm, &a)?;
    match a.pos.get(1) {
        None | Some(Value::None) => Ok(a.pos[0].clone()),
        Some(obj) => {
            if p.fget.is_none() {
                return Err(prop_missing(vm, &p, obj, "getter"));
            }
            let f = p.fget.clone();
            vm.call(&f, std::slice::from_ref(obj), &[])
        }
    }
}

fn self_code(vm: &mut Vm, a: &Args) -> PyResult<Rc<Code>> {
    match a.pos.first() {
        Some(Value::Code(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("descriptor requires a 'code' object")),
    }
}

fn code_replace(vm: &mut Vm, a: Args) -> PyResult {
    let c = self_code(vm, &a)?;
    let r = crate::vm::code::replace_code(vm, &c, a.kw)?;
    Ok(Value::Code(r))
}

fn code_lines(vm: &mut Vm, a: Args) -> PyResult {
    let c = self_code(vm, &a)?;
    let runs = c.rec.line_runs(c.image.bytes());
    let total = c.rec.code_len as i64 * 4;
    let mut out = Vec::new();
    for (k, (start, line)) in runs.iter().enumerate() {
        let end = runs.get(k + 1).map(|r| r.0 as i64 * 4).unwrap_or(total);
        out.push(Value::tuple(vec![
            Value::Int(*start as i64 * 4),
            Value::Int(end),
            Value::Int(*line as i64),
        ]));
    }
    let l = Value::list(out);
    vm.get_iter(&l)
}

fn range_index(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "index", &a, 1, 1)?;
    if let Value::Range(r) = &a.pos[0]
        && vm.contains(&a.pos[0], &a.pos[1])?
        && let Value::Int(i) = &a.pos[1]
    {
        return Ok(Value::Int((i - r.start) / r.step));
    }
    let s = vm.repr(&a.pos[1])?;
    Err(vm.value_error(format!("{s} is not in range")))
}

fn range_count(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "count", &a, 1, 1)?;
    Ok(Value::Int(vm.contains(&a.pos[0], &a.pos[1])? as i64))
}

fn slice_indices(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "indices", &a, 1, 1)?;
    let Value::Slice(s) = &a.pos[0] else {
        return Err(vm.type_error("descriptor requires a 'slice' object"));
    };
    let n = vm.to_index(&a.pos[1])?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let s = s.clone();
    let idx = vm.slice_indices(&s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(idx.start),
        Value::Int(idx.stop),
        Value::Int(idx.step),
    ]))
}

fn module_is_modified(vm: &mut Vm, a: Args) -> PyResult {
    match a.pos.first() {
        Some(Value::Module(m)) => Ok(Value::from_bool(m.modified.get())),
        _ => Err(vm.type_error("descriptor 'is_modified' requires a 'module' object")),
    }
}

fn module_set_initialized(vm: &mut Vm, a: Args) -> PyResult {
    match a.pos.first() {
        Some(Value::Module(m)) => {
            let m = m.clone();
            crate::readonly::set_initialized(vm, &m);
            Ok(Value::None)
        }
        _ => Err(vm.type_error("descriptor 'set_initialized' requires a 'module' object")),
    }
}

fn function_get(_vm: &mut Vm, a: Args) -> PyResult {
    match a.pos.get(1) {
        None | Some(Value::None) => Ok(a.pos[0].clone()),
        Some(obj) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
            func: a.pos[0].clone(),
            receiver: obj.clone(),
        }))),
    }
}
