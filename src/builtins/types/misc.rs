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
    ("__await__", coro_await),
];

/// `coro.__await__()`: the iterator that drives the coroutine. The coroutine itself serves
/// (CPython wraps it in a `coroutine_wrapper` with the same send/throw/close), so a
/// hand-written `__await__` can `yield from` it.
fn coro_await(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__await__", &a, 0, 0)?;
    let g = self_gen(vm, &a)?;
    Ok(Value::Generator(g))
}

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
    let Some(Value::ClassMethod(f)) = a.pos.first().map(crate::builtins::args::payload) else {
        return Err(vm.type_error("descriptor requires a 'classmethod' object"));
    };
    let f = (*f).clone();
    let owner = match (a.pos.get(1), a.pos.get(2)) {
        (_, Some(t)) if !t.is_none() => t.clone(),
        (Some(obj), _) if !obj.is_none() => Value::Class(vm.types.type_of(obj)),
        _ => return Err(vm.type_error("__get__(None, None) is invalid")),
    };
    vm.bind_classmethod(&f, owner)
}

fn staticmethod_get(vm: &mut Vm, a: Args) -> PyResult {
    match a.pos.first().map(crate::builtins::args::payload) {
        Some(Value::StaticMethod(f)) => Ok((*f).clone()),
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

pub const CODE_METHODS: &[(&str, NativeFn)] = &[
    ("replace", code_replace),
    ("co_lines", code_lines),
    ("co_positions", code_positions),
];

pub const RANGE_METHODS: &[(&str, NativeFn)] = &[
    ("index", range_index),
    ("count", range_count),
    ("__hash__", crate::builtins::types::object::value_hash),
];

pub const SLICE_METHODS: &[(&str, NativeFn)] = &[("indices", slice_indices)];

pub const MODULE_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", module_init),
    ("is_modified", module_is_modified),
    ("set_initialized", module_set_initialized),
];

pub const FUNCTION_METHODS: &[(&str, NativeFn)] = &[("__get__", function_get)];

/// The arity check of a slot wrapper such as `__next__`, worded as CPython words it
/// (`self` is `a.pos[0]` and not counted).
fn slot_arity(vm: &mut Vm, a: &Args, name: &str, want: usize) -> PyResult<()> {
    let n = a.pos.len().saturating_sub(1);
    if n == want && a.kw.is_empty() {
        return Ok(());
    }
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    Err(vm.type_error(format!("expected {want} arguments, got {n}")))
}

/// `__iter__` of an iterator: the iterator itself.
pub(super) fn identity(vm: &mut Vm, a: Args) -> PyResult {
    slot_arity(vm, &a, "__iter__", 0)?;
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
    coroutine_reuse_check(vm, &g)?;
    let just_started = g.frame.borrow().as_ref().is_some_and(|f| f.pc == 0);
    if g.coroutine && just_started && !a.pos[1].is_none() {
        return Err(vm.type_error("can't send non-None value to a just-started coroutine"));
    }
    let step = vm.gen_step(&g, a.pos[1].clone(), None)?;
    gen_result(vm, step)
}

/// A coroutine that finished (returned, raised or was closed) cannot be resumed: CPython
/// says so instead of raising StopIteration as an exhausted generator does.
fn coroutine_reuse_check(vm: &mut Vm, g: &Generator) -> PyResult<()> {
    if g.coroutine && !g.running.get() && g.frame.borrow().is_none() {
        return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
    }
    Ok(())
}

fn gen_next(vm: &mut Vm, a: Args) -> PyResult {
    slot_arity(vm, &a, "__next__", 0)?;
    let g = self_gen(vm, &a)?;
    let step = vm.gen_step(&g, Value::None, None)?;
    gen_result(vm, step)
}

/// `gen.throw(typ[, val[, tb]])`: the arguments are checked (CPython's wording) before the
/// generator is touched, so a bad call leaves it suspended where it was.
fn gen_throw(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "throw", &a, 1, 3)?;
    let g = self_gen(vm, &a)?;
    coroutine_reuse_check(vm, &g)?;
    let exc = throw_exception(vm, &a.pos[1], a.pos.get(2), a.pos.get(3))?;
    let step = vm.gen_step(&g, Value::None, Some(exc))?;
    gen_result(vm, step)
}

/// The exception `throw()` raises inside the generator, built from its arguments.
fn throw_exception(
    vm: &mut Vm,
    typ: &Value,
    val: Option<&Value>,
    tb: Option<&Value>,
) -> PyResult<PyErr> {
    if let Some(tb) = tb
        && !tb.is_none()
        && !Rc::ptr_eq(&vm.types.type_of(tb), &vm.types.traceback)
    {
        return Err(vm.type_error("throw() third argument must be a traceback object"));
    }
    let val = val.filter(|v| !v.is_none());
    let base = vm.types.base_exception.clone();
    match typ {
        Value::Class(c) if c.is_subclass(&base) => {
            let c = c.clone();
            // CPython makes the instance inside the generator: an error doing so is what
            // the generator sees.
            let made = match val {
                Some(Value::Instance(i)) if i.exc_data().is_some() && i.class().is_subclass(&c) => {
                    return Ok(PyErr(i.clone()));
                }
                None => vm.call_class(&c, &[], &[]),
                Some(Value::Tuple(t)) => vm.call_class(&c, &t.0, &[]),
                Some(other) => vm.call_class(&c, std::slice::from_ref(other), &[]),
            };
            let inst = match made {
                Ok(v) => v,
                Err(e) => return Ok(e),
            };
            match inst {
                Value::Instance(i) if i.exc_data().is_some() => Ok(PyErr(i)),
                other => {
                    let (t, r) = (
                        c.qualname.borrow().as_str().to_string(),
                        vm.type_name(&other),
                    );
                    Ok(vm.type_error(format!(
                        "calling {t} should have returned an instance of BaseException, not {r}"
                    )))
                }
            }
        }
        Value::Instance(i) if i.exc_data().is_some() => {
            if val.is_some() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            Ok(PyErr(i.clone()))
        }
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {t}"
            )))
        }
    }
}

fn gen_close(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "close", &a, 0, 0)?;
    let g = self_gen(vm, &a)?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

pub(super) fn it_next(vm: &mut Vm, a: Args) -> PyResult {
    slot_arity(vm, &a, "__next__", 0)?;
    // An instance of a subclass (`class E(enumerate)`) advances the iterator inside it.
    let it = crate::builtins::args::payload(&a.pos[0]);
    if matches!(it, Value::Instance(_)) {
        // Not a built-in iterator inside: asking it for `__next__` would come back here.
        let t = vm.type_name(&it);
        return Err(vm.type_error(format!(
            "descriptor '__next__' requires a built-in iterator but received a '{t}'"
        )));
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// `it.__length_hint__()` of the built-in container iterators: the items not yet produced
/// (0 once the container changed size under a dict or set iterator, as CPython).
pub(super) fn it_length_hint(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__length_hint__", &a, 0, 0)?;
    let Value::Iter(it) = &a.pos[0] else {
        return Err(vm.type_error("descriptor '__length_hint__' requires an iterator"));
    };
    let kind = it.0.borrow();
    let n: i64 = match &*kind {
        IterKind::Seq { seq, index } => {
            let seq = seq.clone();
            let index = *index as i64;
            drop(kind);
            let n = match &seq {
                Value::List(l) => l.0.borrow().len() as i64,
                Value::Tuple(t) => t.0.len() as i64,
                other => match vm.len(other) {
                    Ok(n) => n as i64,
                    Err(_) => return Ok(Value::NotImplemented),
                },
            };
            (n - index).max(0)
        }
        IterKind::Range { next, stop, step } => {
            let (next, stop, step) = (*next as i128, *stop as i128, *step as i128);
            if step > 0 && next < stop {
                ((stop - next + step - 1) / step) as i64
            } else if step < 0 && next > stop {
                ((next - stop - step - 1) / -step) as i64
            } else {
                0
            }
        }
        IterKind::LongRange { left, .. } => return Ok(Value::from_bigint(left.clone())),
        IterKind::Dict {
            dict, len, left, ..
        } if dict.table.borrow().len() == *len => *left as i64,
        IterKind::DictRev { dict, pos, len, .. } if dict.table.borrow().len() == *len => {
            let t = dict.table.borrow();
            let (mut pos, mut n) = (*pos, 0i64);
            while let Some((_, prev)) = t.prev_from(pos) {
                pos = prev;
                n += 1;
            }
            n
        }
        IterKind::Set { set, index, len } => {
            let t = set.table.borrow();
            if t.len() != *len {
                0
            } else {
                let (mut pos, mut n) = (*index, 0i64);
                while let Some((_, next)) = t.next_from(pos) {
                    pos = next;
                    n += 1;
                }
                n
            }
        }
        IterKind::Str { s, byte } => s.as_str()[*byte..].chars().count() as i64,
        IterKind::Reversed { seq, index } => {
            let (seq, index) = (seq.clone(), *index);
            drop(kind);
            if index < 0 {
                0
            } else {
                let n = vm.len(&seq).map(|n| n as i64).unwrap_or(0);
                if n <= index { 0 } else { index + 1 }
            }
        }
        _ => 0,
    };
    Ok(Value::Int(n))
}

fn self_prop(vm: &mut Vm, a: &Args) -> PyResult<Rc<Property>> {
    // An instance of a property subclass carries its property.
    match a.pos.first().map(crate::builtins::args::payload) {
        Some(Value::Property(p)) => Ok(p.clone()),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

/// A copy of property `p` with new accessors, of the same class as `this` (a subclass of
/// property makes its copies by calling itself, as CPython does).
fn prop_copy(vm: &mut Vm, this: &Value, p: &Property, [fget, fset, fdel]: [Value; 3]) -> PyResult {
    if let Value::Instance(inst) = this {
        let cls = Value::Class(inst.class());
        return vm.call(&cls, &[fget, fset, fdel, p.doc.clone()], &[]);
    }
    Ok(Value::Property(Rc::new(Property {
        fget,
        fset,
        fdel,
        doc: p.doc.clone(),
    })))
}

fn prop_getter(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "getter", &a, 1, 1)?;
    let p = self_prop(vm, &a)?;
    let (fset, fdel) = (p.fset.clone(), p.fdel.clone());
    prop_copy(vm, &a.pos[0], &p, [a.pos[1].clone(), fset, fdel])
}

fn prop_setter(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "setter", &a, 1, 1)?;
    let p = self_prop(vm, &a)?;
    let (fget, fdel) = (p.fget.clone(), p.fdel.clone());
    prop_copy(vm, &a.pos[0], &p, [fget, a.pos[1].clone(), fdel])
}

fn prop_deleter(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "deleter", &a, 1, 1)?;
    let p = self_prop(vm, &a)?;
    let (fget, fset) = (p.fget.clone(), p.fset.clone());
    prop_copy(vm, &a.pos[0], &p, [fget, fset, a.pos[1].clone()])
}

fn prop_get(vm: &mut Vm, a: Args) -> PyResult {
    // CPython's message for `__get__` has no name before "expected".
    let n = a.pos.len().saturating_sub(1);
    if n == 0 {
        return Err(vm.type_error(" expected at least 1 argument, got 0"));
    }
    if n > 2 {
        return Err(vm.type_error(format!(" expected at most 2 arguments, got {n}")));
    }
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

/// `code.co_positions()`: `(line, end_line, col, end_col)` for each 2-byte unit of `co_code`
/// (an instruction is 4 bytes, so two entries each), as CPython's offsets count.
fn code_positions(vm: &mut Vm, a: Args) -> PyResult {
    let c = self_code(vm, &a)?;
    let mut out = Vec::new();
    for p in c.rec.positions(c.image.bytes()) {
        let t = match p {
            Some(p) => Value::tuple(vec![
                Value::Int(p.line as i64),
                Value::Int(p.end_line as i64),
                Value::Int(p.col as i64),
                Value::Int(p.end_col as i64),
            ]),
            None => Value::tuple(vec![Value::None; 4]),
        };
        out.push(t.clone());
        out.push(t);
    }
    let l = Value::list(out);
    vm.get_iter(&l)
}

fn range_index(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "index", &a, 1, 1)?;
    let Value::Range(r) = &a.pos[0] else {
        return Err(vm.type_error("descriptor 'index' requires a 'range' object"));
    };
    let r = r.clone();
    super::range::index(vm, &a.pos[0], &r, &a.pos[1])
}

fn range_count(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "count", &a, 1, 1)?;
    let Value::Range(r) = &a.pos[0] else {
        return Err(vm.type_error("descriptor 'count' requires a 'range' object"));
    };
    let r = r.clone();
    super::range::count(vm, &a.pos[0], &r, &a.pos[1])
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

/// `module.__init__(self, name, doc=None)`: a module made by calling `module` is complete
/// already; an instance of a subclass gets the attributes every module has in its dict.
fn module_init(vm: &mut Vm, a: Args) -> PyResult {
    crate::builtins::args::check_method_params(vm, "module", &a, &["name", "doc"], 1)?;
    let name = crate::builtins::args::get(&a, 1, "name").cloned();
    let doc = crate::builtins::args::get(&a, 2, "doc").cloned();
    let Value::Instance(inst) = &a.pos[0] else {
        return Ok(Value::None);
    };
    let Some(name @ Value::Str(_)) = name else {
        let t = name.map_or("NoneType".to_string(), |n| vm.type_name(&n));
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {t}")));
    };
    if let Some(d) = &inst.dict {
        let fields = [
            ("__name__", name),
            ("__doc__", doc.unwrap_or(Value::None)),
            ("__package__", Value::None),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
        ];
        for (k, v) in fields {
            d.set_str_raw(vm.intern_static(k), v);
        }
    }
    Ok(Value::None)
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
