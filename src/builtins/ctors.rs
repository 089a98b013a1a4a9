//! Constructors of the built-in types: `int(x)`, `list(it)`, `type(name, bases, ns)`, ...

use std::cell::RefCell;
use std::rc::Rc;

use super::args::get;
use crate::objects::*;
use crate::vm::Vm;
use crate::vm::call::Kw;

pub fn construct(vm: &mut Vm, cls: &Rc<Class>, args: &[Value], kw: &Kw) -> PyResult {
    let a = Args { pos: args, kw };
    if Rc::ptr_eq(cls, &vm.types.bytearray) {
        // Called as `bytearray(...)` itself, its `__init__` takes only these.
        super::args::check_params(vm, "bytearray", &a, &["source", "encoding", "errors"], 0)?;
    }
    build(vm, cls, args, kw)
}

/// The built-in value of `cls` (a built-in type) that an instance of a user subclass carries,
/// made from the arguments the instance was created with (they also go to the class's
/// `__init__`). A bytearray starts empty, as CPython's `bytearray.__new__` leaves it:
/// `bytearray.__init__` (the subclass's own, or the one it inherits) fills it.
pub fn construct_base(vm: &mut Vm, cls: &Rc<Class>, args: &[Value], kw: &Kw) -> PyResult {
    if Rc::ptr_eq(cls, &vm.types.bytearray) {
        return Ok(Value::ByteArray(Rc::new(RefCell::new(Vec::new()))));
    }
    build(vm, cls, args, kw)
}

/// `bytearray.__init__(self, source=..., encoding=..., errors=...)`: refills `self` (also an
/// instance of a subclass) with what `bytearray(...)` would hold.
pub fn bytearray_init(vm: &mut Vm, a: Args) -> PyResult {
    let target = match a.pos.first().map(super::args::payload) {
        Some(Value::ByteArray(b)) => b,
        Some(_) => {
            let got = a.pos[0].clone();
            return Err(super::args::descriptor_mismatch(
                vm,
                "bytearray",
                "__init__",
                &got,
            ));
        }
        None => return Err(super::args::descriptor_unbound(vm, "bytearray", "__init__")),
    };
    let rest = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    let params = ["source", "encoding", "errors"];
    super::args::check_params(vm, "bytearray", &rest, &params, 0)?;
    let bytearray = vm.types.bytearray.clone();
    if let Value::ByteArray(fresh) = build(vm, &bytearray, rest.pos, rest.kw)? {
        let data = std::mem::take(&mut *fresh.borrow_mut());
        *target.borrow_mut() = data;
    }
    Ok(Value::None)
}

/// The built-in value of built-in type `cls` made from `args` (checked as its constructor
/// checks them).
fn build(vm: &mut Vm, cls: &Rc<Class>, args: &[Value], kw: &Kw) -> PyResult {
    let a = Args { pos: args, kw };
    check_ctor_arity(vm, cls, &a)?;
    if cls.base_kind == BaseKind::Other
        && let Some(make) = iterator_ctor(&vm.types, cls)
    {
        return make(vm, a);
    }
    let t = &vm.types;
    if Rc::ptr_eq(cls, &t.none)
        || Rc::ptr_eq(cls, &t.not_implemented)
        || Rc::ptr_eq(cls, &t.ellipsis)
    {
        if !args.is_empty() || !kw.is_empty() {
            let name = cls.name();
            return Err(vm.type_error(format!("{name} takes no arguments")));
        }
        if Rc::ptr_eq(cls, &t.none) {
            return Ok(Value::None);
        }
        if Rc::ptr_eq(cls, &t.ellipsis) {
            return Ok(Value::Ellipsis);
        }
        return Ok(Value::NotImplemented);
    }
    if Rc::ptr_eq(cls, &t.function) {
        return function_new(vm, &a);
    }
    if cls.base_kind == BaseKind::Exception {
        if cls.is_subclass(&t.base_exception_group) {
            // `__new__` checks the members and may pick `ExceptionGroup`; `__init__` sets args.
            return vm.instantiate(cls, args, kw);
        }
        // OSError(errno, strerror, ...) itself picks the subclass the errno stands for.
        let mut class = cls.clone();
        if Rc::ptr_eq(cls, &vm.types.os_error)
            && (2..=5).contains(&args.len())
            && let Some(sub) = errno_subclass(vm, &args[0])
        {
            class = sub;
        }
        let e = vm.new_exc_args(&class, args.to_vec());
        if let Value::Instance(inst) = e.value() {
            exc_init_fields(vm, &inst, args, kw)?;
        }
        return Ok(e.value());
    }
    let no_kw = |vm: &mut Vm| -> PyResult<()> {
        if !kw.is_empty() {
            let n = cls.name();
            return Err(vm.type_error(format!("{n}() takes no keyword arguments")));
        }
        Ok(())
    };
    if Rc::ptr_eq(cls, &t.object) {
        if !args.is_empty() {
            return Err(vm.type_error("object() takes no arguments"));
        }
        let o = vm.types.object.clone();
        return Ok(Value::Instance(Rc::new(Instance {
            class: o.into(),
            dict: None,
            slots: RefCell::new(vec![]),
            payload: Payload::None,
        })));
    }
    if Rc::ptr_eq(cls, &t.type_) {
        return match args {
            [_] if !kw.is_empty() => Err(vm.type_error("type() takes no keyword arguments")),
            [v] => Ok(Value::Class(vm.types.type_of(v))),
            [_, _, _] => vm.type_three_args(args, kw),
            _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
        };
    }
    if Rc::ptr_eq(cls, &t.int) || Rc::ptr_eq(cls, &t.bool_) {
        if Rc::ptr_eq(cls, &t.bool_) {
            no_kw(vm)?;
            return match args.first() {
                None => Ok(Value::Bool(Truth::FALSE)),
                Some(v) => Ok(Value::from_bool(vm.truthy(v)?)),
            };
        }
        // int([x], base=10): `x` is positional-only. The count is checked before the names.
        if args.len() + kw.len() > 2 {
            let n = args.len() + kw.len();
            return Err(vm.type_error(format!("int() takes at most 2 arguments ({n} given)")));
        }
        if let Some((k, _)) = kw.iter().find(|(k, _)| k.as_str() != "base") {
            let k = k.as_str();
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for int()")));
        }
        return int_new(vm, &a);
    }
    if Rc::ptr_eq(cls, &t.float) {
        no_kw(vm)?;
        return match args.first() {
            None => Ok(Value::float(0.0)),
            Some(Value::Str(s)) => crate::format::parse_float(s.as_str())
                .map(fresh_nan)
                .map(Value::float)
                .map_err(|e| vm.fmt_error(e)),
            Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => {
                let b = vm.bytes_like(v).unwrap_or_default();
                let s = String::from_utf8_lossy(&b).into_owned();
                crate::format::parse_float(&s)
                    .map(fresh_nan)
                    .map(Value::float)
                    .map_err(|_| {
                        // The message shows the argument as given: its repr.
                        let r = match v {
                            Value::ByteArray(_) => {
                                format!("bytearray({})", crate::text::bytes_repr(&b))
                            }
                            _ => crate::text::bytes_repr(&b),
                        };
                        vm.value_error(format!("could not convert string to float: {r}"))
                    })
            }
            Some(v @ Value::Instance(_)) => {
                if let Some(r) = vm.call_special(v, "__float__", &[])? {
                    if !matches!(r, Value::Float(_))
                        && !matches!(crate::vm::ops::unwrap_builtin(&r), Some(Value::Float(_)))
                    {
                        let (owner, t) = (vm.type_name(v), vm.type_name(&r));
                        return Err(vm.type_error(format!(
                            "{owner}.__float__ returned non-float (type {t})"
                        )));
                    }
                    return Ok(r);
                }
                if let Some(r) = vm.call_special(v, "__index__", &[])? {
                    return Ok(Value::float(vm.to_f64(&r)?));
                }
                if vm.types.type_of(v).is_subclass(&vm.types.memoryview)
                    && let Some(b) = vm.bytes_like(v)
                {
                    return construct(vm, cls, &[Value::bytes(b)], kw);
                }
                if let Some(inner) = crate::vm::ops::unwrap_builtin(v) {
                    return construct(vm, cls, &[inner], kw);
                }
                let t = vm.type_name(v);
                Err(vm.type_error(format!(
                    "float() argument must be a string or a real number, not '{t}'"
                )))
            }
            Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_))) => {
                Ok(Value::float(vm.to_f64(v)?))
            }
            Some(v) => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!(
                    "float() argument must be a string or a real number, not '{t}'"
                )))
            }
        };
    }
    if Rc::ptr_eq(cls, &t.complex) {
        let im_given = get(&a, 1, "imag").is_some();
        let mut re = get(&a, 0, "real").cloned().unwrap_or(Value::Int(0));
        let im = get(&a, 1, "imag").cloned().unwrap_or(Value::Int(0));
        if matches!(re, Value::Str(_)) && im_given {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        if matches!(im, Value::Str(_)) {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
        if let Value::Instance(_) = re
            && let Some(r) = vm.call_special(&re, "__complex__", &[])?
        {
            if !matches!(r, Value::Complex(_)) {
                let t = vm.type_name(&r);
                return Err(vm.type_error(format!("__complex__ returned non-complex (type {t})")));
            }
            re = r;
        }
        // An instance of a complex subclass is its value.
        let unwrap = |v: Value| match crate::builtins::args::payload(&v) {
            c @ Value::Complex(_) => c,
            _ => v,
        };
        let (re, im) = (unwrap(re), unwrap(im));
        let (r1, i1) = match &re {
            Value::Complex(c) => (c.0, c.1),
            Value::Str(s) => parse_complex(vm, s.as_str())?,
            other => (
                complex_part(vm, other, "first argument must be a string or")?,
                0.0,
            ),
        };
        let (r2, i2) = match &im {
            Value::Complex(c) => (c.0, c.1),
            other => (complex_part(vm, other, "second argument must be")?, 0.0),
        };
        // As CPython: only a complex (or parsed) argument contributes its other part, so a
        // signed zero given for one part survives.
        let re_complex = matches!(re, Value::Complex(_) | Value::Str(_));
        let im_complex = matches!(im, Value::Complex(_));
        let real = if im_complex { r1 - i2 } else { r1 };
        // With no imag argument the parsed/complex imaginary part is kept as is (`-0.0` too).
        let imag = match (re_complex, im_given) {
            (true, false) => i1,
            (true, true) => i1 + r2,
            (false, _) => r2,
        };
        return Ok(Value::Complex(Rc::new((real, imag))));
    }
    if Rc::ptr_eq(cls, &t.str_) {
        let obj = get(&a, 0, "object").cloned();
        let encoding = get(&a, 1, "encoding").cloned();
        let errors = get(&a, 2, "errors").cloned();
        return match (obj, encoding.is_some() || errors.is_some()) {
            (None, _) => Ok(vm.new_str("")),
            (Some(v), false) => vm.to_str_value(&v),
            // str(data, encoding, errors) decodes.
            (Some(v), true) => {
                for (what, arg) in [("encoding", &encoding), ("errors", &errors)] {
                    if let Some(x) = arg
                        && !matches!(x, Value::Str(_))
                    {
                        let tn = crate::builtins::args::clinic_type_name(vm, x);
                        return Err(
                            vm.type_error(format!("str() argument '{what}' must be str, not {tn}"))
                        );
                    }
                }
                if let Value::Str(_) = v {
                    return Err(vm.type_error("decoding str is not supported"));
                }
                if vm.bytes_like(&v).is_none() {
                    let t = vm.type_name(&v);
                    return Err(vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {t} found"
                    )));
                }
                let data = Value::bytes(vm.bytes_like(&v).unwrap_or_default());
                let enc = encoding.unwrap_or_else(|| Value::str("utf-8"));
                let err = errors.unwrap_or_else(|| Value::str("strict"));
                crate::builtins::types::bytes::decode(
                    vm,
                    Args {
                        pos: &[data, enc, err],
                        kw: &[],
                    },
                )
            }
        };
    }
    if Rc::ptr_eq(cls, &t.bytes) || Rc::ptr_eq(cls, &t.bytearray) {
        let encoding = get(&a, 1, "encoding").cloned();
        let errors = get(&a, 2, "errors").cloned();
        for (what, arg) in [("encoding", &encoding), ("errors", &errors)] {
            if let Some(x) = arg
                && !matches!(x, Value::Str(_))
            {
                let (n, tn) = (cls.name(), crate::builtins::args::clinic_type_name(vm, x));
                return Err(vm.type_error(format!("{n}() argument '{what}' must be str, not {tn}")));
            }
        }
        if (encoding.is_some() || errors.is_some())
            && !matches!(get(&a, 0, "source"), Some(Value::Str(_)))
        {
            let what = if encoding.is_some() {
                "encoding"
            } else {
                "errors"
            };
            return Err(vm.type_error(format!("{what} without a string argument")));
        }
        let data = match get(&a, 0, "source") {
            None => vec![],
            Some(src @ Value::Str(_)) => {
                let Some(enc) = encoding else {
                    return Err(vm.type_error("string argument without an encoding"));
                };
                let err = errors.unwrap_or_else(|| Value::str("strict"));
                let encoded = crate::builtins::types::str::encode(
                    vm,
                    Args {
                        pos: &[src.clone(), enc, err],
                        kw: &[],
                    },
                )?;
                vm.bytes_like(&encoded).unwrap_or_default()
            }
            Some(n @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                let n = crate::builtins::types::bytes::count_arg(vm, n)?;
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                crate::text::bytes_ops::try_filled(n as usize, 0)
                    .ok_or_else(|| crate::builtins::types::bytes::memory_error(vm))?
            }
            Some(v) => match vm.bytes_like(v) {
                Some(b) => b,
                None => {
                    // `bytes(obj)` asks `__bytes__` first; then an `__index__` is a count.
                    if let Value::Instance(_) = v {
                        if Rc::ptr_eq(cls, &vm.types.bytes)
                            && let Some(r) = vm.call_special(v, "__bytes__", &[])?
                        {
                            return match r {
                                Value::Bytes(_) => Ok(r),
                                _ if vm.types.type_of(&r).is_subclass(&vm.types.bytes) => Ok(r),
                                other => {
                                    let t = vm.type_name(&other);
                                    Err(vm.type_error(format!(
                                        "__bytes__ returned non-bytes (type {t})"
                                    )))
                                }
                            };
                        }
                        if let Some(n) = vm.call_special(v, "__index__", &[])? {
                            let n = crate::builtins::types::bytes::count_arg(vm, &n)?;
                            if n < 0 {
                                return Err(vm.value_error("negative count"));
                            }
                            let filled = crate::text::bytes_ops::try_filled(n as usize, 0)
                                .ok_or_else(|| crate::builtins::types::bytes::memory_error(vm))?;
                            return Ok(if Rc::ptr_eq(cls, &vm.types.bytes) {
                                Value::bytes(filled)
                            } else {
                                Value::ByteArray(Rc::new(RefCell::new(filled)))
                            });
                        }
                    }
                    let target = if Rc::ptr_eq(cls, &vm.types.bytes) {
                        "bytes"
                    } else {
                        "bytearray"
                    };
                    let msg = format!("cannot convert '{}' object to {target}", vm.type_name(v));
                    let items = vm.iterate_or(v, &msg)?;
                    let mut out = Vec::with_capacity(items.len());
                    for it in items {
                        let x = vm.to_index(&it)?;
                        if !(0..=255).contains(&x) {
                            // CPython words the two constructors differently.
                            let noun = if target == "bytes" { "bytes" } else { "byte" };
                            return Err(vm.value_error(format!("{noun} must be in range(0, 256)")));
                        }
                        out.push(x as u8);
                    }
                    out
                }
            },
        };
        return Ok(if Rc::ptr_eq(cls, &vm.types.bytes) {
            Value::bytes(data)
        } else {
            Value::ByteArray(Rc::new(RefCell::new(data)))
        });
    }
    if Rc::ptr_eq(cls, &t.tuple) {
        no_kw(vm)?;
        return match args.first() {
            None => Ok(Value::tuple(vec![])),
            Some(v @ Value::Tuple(_)) => Ok(v.clone()),
            Some(v) => Ok(Value::tuple(vm.iterate_sized(v)?)),
        };
    }
    if Rc::ptr_eq(cls, &t.list) {
        no_kw(vm)?;
        return match args.first() {
            None => Ok(Value::list(vec![])),
            Some(v) => Ok(Value::list(vm.iterate_sized(v)?)),
        };
    }
    if Rc::ptr_eq(cls, &t.dict) {
        let d = Rc::new(DictObj::new());
        dict_update(vm, &d, args, kw)?;
        return Ok(Value::Dict(d));
    }
    if Rc::ptr_eq(cls, &t.set) || Rc::ptr_eq(cls, &t.frozenset) {
        no_kw(vm)?;
        let s = Rc::new(SetObj::new());
        if let Some(v) = args.first() {
            vm.set_update(&s, v)?;
        }
        return Ok(if Rc::ptr_eq(cls, &vm.types.set) {
            Value::Set(s)
        } else {
            Value::FrozenSet(s)
        });
    }
    if Rc::ptr_eq(cls, &t.memoryview) {
        return super::types::memoryview::memoryview_new(vm, &a);
    }
    if Rc::ptr_eq(cls, &t.range) {
        no_kw(vm)?;
        return crate::builtins::types::range::construct(vm, args);
    }
    if Rc::ptr_eq(cls, &t.slice) {
        let (start, stop, step) = match args {
            [stop] => (Value::None, stop.clone(), Value::None),
            [start, stop] => (start.clone(), stop.clone(), Value::None),
            [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
            _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        };
        return Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })));
    }
    if Rc::ptr_eq(cls, &t.property) {
        let g = |i, n| get(&a, i, n).cloned().unwrap_or(Value::None);
        let fget = g(0, "fget");
        let mut doc = g(3, "doc");
        if doc.is_none()
            && let Value::Function(f) = &fget
        {
            doc = f.doc.borrow().clone();
        }
        return Ok(Value::Property(Rc::new(Property {
            fget,
            fset: g(1, "fset"),
            fdel: g(2, "fdel"),
            doc,
        })));
    }
    if Rc::ptr_eq(cls, &t.staticmethod) {
        return Ok(Value::StaticMethod(Rc::new(
            args.first().cloned().unwrap_or_default(),
        )));
    }
    if Rc::ptr_eq(cls, &t.classmethod) {
        return Ok(Value::ClassMethod(Rc::new(
            args.first().cloned().unwrap_or_default(),
        )));
    }
    if Rc::ptr_eq(cls, &t.super_) {
        if !kw.is_empty() {
            return Err(vm.type_error("super() takes no keyword arguments"));
        }
        if args.len() > 2 {
            let n = args.len();
            return Err(vm.type_error(format!("super() expected at most 2 arguments, got {n}")));
        }
        return match args {
            [Value::Class(c), obj] => {
                let obj_type = match obj {
                    Value::Class(oc) if oc.is_subclass(c) => oc.clone(),
                    other => vm.types.type_of(other),
                };
                if !obj_type.is_subclass(c) {
                    return Err(vm.type_error(
                        "super(type, obj): obj must be an instance or subtype of type",
                    ));
                }
                Ok(Value::Super(Rc::new(SuperObj {
                    this_class: c.clone(),
                    obj: obj.clone(),
                    obj_type,
                })))
            }
            [] => Err(vm.runtime_error("super(): no arguments")),
            [Value::Class(_)] => Err(vm.type_error("unbound super objects are not supported")),
            [other, ..] => {
                let t = vm.type_name(other);
                Err(vm.type_error(format!("super() argument 1 must be a type, not {t}")))
            }
        };
    }
    if Rc::ptr_eq(cls, &t.module) {
        return construct_module(vm, &a);
    }
    if Rc::ptr_eq(cls, &t.method) {
        no_kw(vm)?;
        let [func, receiver] = args else {
            return Err(vm.type_error(format!("method expected 2 arguments, got {}", args.len())));
        };
        if !super::functions::is_callable(vm, func) {
            return Err(vm.type_error("first argument must be callable"));
        }
        if receiver.is_none() {
            return Err(vm.type_error("instance must not be None"));
        }
        return Ok(Value::BoundMethod(Rc::new(BoundMethod {
            func: func.clone(),
            receiver: receiver.clone(),
        })));
    }
    let name = cls.name();
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`: a function
/// over an existing code object, checked as CPython checks each argument.
fn function_new(vm: &mut Vm, a: &Args) -> PyResult {
    let params = ["code", "globals", "name", "argdefs", "closure"];
    super::args::check_params(vm, "function", a, &params, 2)?;
    let code = match get(a, 0, "code") {
        Some(Value::Code(c)) => c.clone(),
        Some(v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("function() argument 'code' must be code, not {tn}")));
        }
        None => return Err(vm.type_error("function() missing required argument 'code' (pos 1)")),
    };
    let globals = match get(a, 1, "globals") {
        Some(Value::Dict(d)) => d.clone(),
        Some(v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!(
                "function() argument 'globals' must be dict, not {tn}"
            )));
        }
        None => {
            return Err(vm.type_error("function() missing required argument 'globals' (pos 2)"));
        }
    };
    let name = match get(a, 2, "name") {
        None | Some(Value::None) => code.name.clone(),
        Some(Value::Str(s)) => s.clone(),
        Some(_) => return Err(vm.type_error("arg 3 (name) must be None or string")),
    };
    let defaults = match get(a, 3, "argdefs") {
        None | Some(Value::None) => Value::None,
        Some(v @ Value::Tuple(_)) => v.clone(),
        Some(_) => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
    };
    let nfree = code.rec.freevars.len();
    let cells = match get(a, 4, "closure") {
        None | Some(Value::None) if nfree > 0 => {
            return Err(vm.type_error("arg 5 (closure) must be tuple"));
        }
        None | Some(Value::None) => vec![],
        Some(Value::Tuple(t)) => {
            let mut cells = Vec::with_capacity(t.0.len());
            for v in t.0.iter() {
                match v {
                    Value::Cell(c) => cells.push(c.clone()),
                    other => {
                        let tn = vm.type_name(other);
                        return Err(
                            vm.type_error(format!("arg 5 (closure) expected cell, found {tn}"))
                        );
                    }
                }
            }
            cells
        }
        Some(_) => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
    };
    if cells.len() != nfree {
        return Err(vm.value_error(format!(
            "{} requires closure of length {nfree}, not {}",
            code.name.as_str(),
            cells.len()
        )));
    }
    let doc = match code.consts.first() {
        Some(v @ Value::Str(_)) if code.name.as_str() != "<lambda>" => v.clone(),
        _ => Value::None,
    };
    let module = globals.get_name("__name__").unwrap_or(Value::None);
    Ok(Value::Function(Rc::new(Function {
        name: RefCell::new(name),
        qualname: RefCell::new(code.qualname.clone()),
        globals,
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(Value::None),
        annotations: RefCell::new(Value::None),
        closure: cells,
        dict: RefCell::new(None),
        modified: std::cell::Cell::new(false),
        code: RefCell::new(code),
    })))
}

/// The built-in value an instance of `cls`, a user subclass of a built-in class without a
/// layout of its own (`class Squares(map)`, `class cached(property)`), carries: the base
/// class called with the constructor's arguments. `None`: instances carry nothing.
pub fn other_payload(
    vm: &mut Vm,
    cls: &Rc<Class>,
    args: &[Value],
    kw: &Kw,
) -> PyResult<Option<Value>> {
    let Some(base) = vm.builtin_base(cls) else {
        return Ok(None);
    };
    let t = &vm.types;
    let carried = [&t.property, &t.classmethod, &t.staticmethod, &t.super_];
    if iterator_ctor(t, &base).is_none() && !carried.iter().any(|c| Rc::ptr_eq(c, &base)) {
        return Ok(None);
    }
    // CPython's property, staticmethod and classmethod take their arguments in `__init__`,
    // so a subclass's own `__init__` may accept more than they do. Ours fill the built-in
    // part here, from the arguments it understands (`super().__init__` does not refill it).
    let own_init = matches!(
        cls.lookup(&PyStr::new("__init__")),
        Some(Value::Function(_))
    );
    if own_init && iterator_ctor(t, &base).is_none() && !Rc::ptr_eq(&base, &t.super_) {
        let names: &[&str] = if Rc::ptr_eq(&base, &t.property) {
            &["fget", "fset", "fdel", "doc"]
        } else {
            &[]
        };
        let pos = &args[..args.len().min(names.len().max(1))];
        let kw: Vec<_> = kw
            .iter()
            .filter(|(k, _)| {
                names
                    .iter()
                    .position(|n| *n == k.as_str())
                    .is_some_and(|i| i >= pos.len())
            })
            .cloned()
            .collect();
        return construct(vm, &base, pos, &kw).map(Some);
    }
    construct(vm, &base, args, kw).map(Some)
}

/// The constructor of a built-in iterator class that is called to make one (`map(f, xs)`).
pub fn iterator_ctor(t: &crate::vm::Types, cls: &Rc<Class>) -> Option<NativeFn> {
    use super::functions as f;
    let table: [(&Rc<Class>, NativeFn); 5] = [
        (&t.it_map, f::map),
        (&t.it_zip, f::zip),
        (&t.it_filter, f::filter),
        (&t.it_enumerate, f::enumerate),
        (&t.it_reversed, f::reversed),
    ];
    table
        .into_iter()
        .find(|(c, _)| Rc::ptr_eq(c, cls))
        .map(|(_, make)| make)
}

thread_local! {
    static NAN_SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Floats are immediate values, so `is` compares their bits; in CPython each `float("nan")`
/// is a new object, and containment and sequence equality (which try identity before `==`)
/// tell two of them apart: `float("nan") in [float("nan")]` is False while `x in [x]` is True.
/// Each NaN that `float()` parses therefore carries a payload of its own (the quiet bit stays
/// set and the sign is kept; no arithmetic or formatting looks at the payload).
fn fresh_nan(f: f64) -> f64 {
    if !f.is_nan() {
        return f;
    }
    const PAYLOAD: u64 = 0x0007_ffff_ffff_ffff;
    let n = NAN_SERIAL.with(|c| {
        let n = c.get().wrapping_add(1) & PAYLOAD;
        c.set(n);
        n
    });
    f64::from_bits((f.to_bits() & !PAYLOAD) | n)
}

/// `types.ModuleType(name, doc=None)`: a fresh module object that no import registered.
fn construct_module(vm: &mut Vm, a: &Args) -> PyResult {
    let name = match get(a, 0, "name") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("module() argument 'name' must be str, not {t}")));
        }
        None => {
            return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
        }
    };
    let doc = get(a, 1, "doc").cloned().unwrap_or(Value::None);
    let m = vm.new_module(&name);
    m.dict.set_str_raw(vm.intern_static("__doc__"), doc);
    m.dict
        .set_str_raw(vm.intern_static("__package__"), Value::None);
    m.dict
        .set_str_raw(vm.intern_static("__loader__"), Value::None);
    m.dict
        .set_str_raw(vm.intern_static("__spec__"), Value::None);
    Ok(Value::Module(m))
}

/// A real part of `complex(re, im)`: a TypeError that names the argument for a non-number.
fn complex_part(vm: &mut Vm, v: &Value, which: &str) -> PyResult<f64> {
    let numeric = match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Instance(inst) => {
            crate::vm::ops::unwrap_builtin(v).is_some()
                || ["__float__", "__index__"]
                    .iter()
                    .any(|m| inst.class().lookup(&PyStr::new(m)).is_some())
        }
        _ => false,
    };
    if !numeric {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("complex() {which} a number, not '{t}'")));
    }
    vm.to_f64(v)
}

/// Length in bytes of the float literal at the start of `s` (sign, digits with underscores,
/// fraction, exponent, or an inf/infinity/nan word); 0 when there is none.
fn float_prefix_len(s: &str) -> usize {
    let digit = |c: char| c.is_ascii_digit() || c == '_' || (!c.is_ascii() && c.is_numeric());
    let mut i = 0;
    if s.starts_with(['+', '-']) {
        i = 1;
    }
    let rest = &s[i..];
    for word in ["infinity", "inf", "nan"] {
        if rest.len() >= word.len()
            && rest.is_char_boundary(word.len())
            && rest[..word.len()].eq_ignore_ascii_case(word)
        {
            return i + word.len();
        }
    }
    let digits_from = |from: usize| -> usize {
        s[from..]
            .char_indices()
            .find(|&(_, c)| !digit(c))
            .map_or(s.len(), |(k, _)| from + k)
    };
    let int_end = digits_from(i);
    let mut end = int_end;
    let mut any = int_end > i;
    if s[end..].starts_with('.') {
        let frac_end = digits_from(end + 1);
        any |= frac_end > end + 1;
        end = frac_end;
    }
    if !any {
        return 0;
    }
    if s[end..].starts_with(['e', 'E']) {
        let mut j = end + 1;
        if s[j..].starts_with(['+', '-']) {
            j += 1;
        }
        let exp_end = digits_from(j);
        if exp_end > j {
            end = exp_end;
        }
    }
    end
}

fn parse_complex(vm: &mut Vm, s: &str) -> PyResult<(f64, f64)> {
    let bad = |vm: &mut Vm| vm.value_error("complex() arg is a malformed string");
    if s.contains('_') {
        // Underscores must sit between two digits; they are dropped before parsing.
        let digit = |c: char| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric());
        let chars: Vec<char> = s.chars().collect();
        let misplaced = chars.iter().enumerate().any(|(i, &c)| {
            c == '_'
                && !(i > 0 && digit(chars[i - 1]) && chars.get(i + 1).is_some_and(|&n| digit(n)))
        });
        if misplaced {
            let r = crate::text::str_repr(s);
            return Err(vm.value_error(format!("could not convert string to complex: {r}")));
        }
        return parse_complex(vm, &s.replace('_', ""));
    }
    let mut t = s.trim();
    let bracketed = t.starts_with('(');
    if bracketed {
        t = match t[1..].strip_suffix(')') {
            Some(inner) => inner.trim(),
            None => return Err(bad(vm)),
        };
    }
    let number = |vm: &mut Vm, text: &str| crate::format::parse_float(text).map_err(|_| bad(vm));
    let is_j = |r: &str| r.eq_ignore_ascii_case("j");
    let n = float_prefix_len(t);
    let (first, rest) = t.split_at(n);
    if n == 0 {
        // Only a bare imaginary unit is left: "j", "+j", "-j".
        return match t {
            _ if is_j(t) || (t.len() == 2 && t.starts_with('+') && is_j(&t[1..])) => Ok((0.0, 1.0)),
            _ if t.len() == 2 && t.starts_with('-') && is_j(&t[1..]) => Ok((0.0, -1.0)),
            _ => Err(bad(vm)),
        };
    }
    if rest.is_empty() {
        return Ok((number(vm, first)?, 0.0));
    }
    if is_j(rest) {
        return Ok((0.0, number(vm, first)?));
    }
    if !rest.starts_with(['+', '-']) {
        return Err(bad(vm));
    }
    let re = number(vm, first)?;
    let m = float_prefix_len(rest);
    let (second, tail) = rest.split_at(m);
    if !is_j(tail) {
        // "1+j" / "1-j": the sign alone stands for a unit imaginary part.
        if m == 0 && is_j(&rest[1..]) {
            return Ok((re, if rest.starts_with('-') { -1.0 } else { 1.0 }));
        }
        return Err(bad(vm));
    }
    Ok((re, number(vm, second)?))
}

pub fn int_new(vm: &mut Vm, a: &Args) -> PyResult {
    let x = a.pos.first();
    let base = get(a, 1, "base");
    match (x, base) {
        (None, None) => Ok(Value::Int(0)),
        (None, Some(_)) => Err(vm.type_error("int() missing string argument")),
        (Some(v), None) => match v {
            Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
            Value::Float(_) => super::functions::int_of(vm, v),
            Value::Str(s) => {
                if let Some(i) = crate::format::parse_i64(s.as_str()) {
                    return Ok(Value::Int(i));
                }
                crate::format::parse_int(s.as_str(), 10)
                    .map(Value::from_bigint)
                    .map_err(|e| vm.fmt_error(e))
            }
            Value::Bytes(_) | Value::ByteArray(_) => int_from_bytes_text(vm, v, 10),
            Value::Instance(_) => {
                for m in ["__int__", "__index__"] {
                    if let Some(r) = vm.call_special(v, m, &[])? {
                        if !matches!(r, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
                            && !matches!(
                                crate::vm::ops::unwrap_builtin(&r),
                                Some(Value::Int(_) | Value::BigInt(_))
                            )
                        {
                            let t = vm.type_name(&r);
                            return Err(vm.type_error(format!("{m} returned non-int (type {t})")));
                        }
                        return Ok(r);
                    }
                }
                // `__trunc__` may return any object with `__index__` (a deprecated path).
                // CPython warns before it calls `__trunc__`.
                if vm
                    .types
                    .type_of(v)
                    .lookup(&PyStr::new("__trunc__"))
                    .is_some()
                {
                    warn_deprecated(vm, "The delegation of int() to __trunc__ is deprecated.")?;
                    if let Some(r) = vm.call_special(v, "__trunc__", &[])? {
                        // Any result with `__index__` serves; the int it gives is exact.
                        return match r {
                            Value::Int(_) | Value::BigInt(_) => Ok(r),
                            Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
                            other => {
                                let cls = vm.types.type_of(&other);
                                if cls.lookup(&PyStr::new("__index__")).is_none() {
                                    let t = vm.type_name(&other);
                                    return Err(vm.type_error(format!(
                                        "__trunc__ returned non-Integral (type {t})"
                                    )));
                                }
                                Ok(Value::from_bigint(vm.to_bigint_index(&other)?))
                            }
                        };
                    }
                }
                if vm.types.type_of(v).is_subclass(&vm.types.memoryview) {
                    return int_from_bytes_text(vm, v, 10);
                }
                if let Some(inner) = crate::vm::ops::unwrap_builtin(v) {
                    return int_new(vm, &Args::new(&[inner]));
                }
                let t = vm.type_name(v);
                Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{t}'")))
            }
            other => {
                let t = vm.type_name(other);
                Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{t}'")))
            }
        },
        (Some(v), Some(b)) => {
            let base = vm.to_index(b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = match v {
                Value::Str(s) => s.as_str().to_string(),
                Value::Bytes(_) | Value::ByteArray(_) => {
                    return int_from_bytes_text(vm, v, base as u32);
                }
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            crate::format::parse_int(&s, base as u32)
                .map(Value::from_bigint)
                .map_err(|e| vm.fmt_error(e))
        }
    }
}

/// `int(b, base)` for bytes text: the errors quote the bytes (`b'12x'`), except the digit
/// limit's, which quotes nothing.
fn int_from_bytes_text(vm: &mut Vm, v: &Value, base: u32) -> PyResult {
    let b = vm.bytes_like(v).unwrap_or_default();
    let s = String::from_utf8_lossy(&b).into_owned();
    crate::format::parse_int(&s, base)
        .map(Value::from_bigint)
        .map_err(|e| {
            if e.msg.starts_with("invalid literal") {
                // CPython quotes at most 200 characters (`%.200R`).
                let r: String = crate::text::bytes_repr(&b).chars().take(200).collect();
                vm.value_error(format!("invalid literal for int() with base {base}: {r}"))
            } else {
                vm.fmt_error(e)
            }
        })
}

/// `dict(...)` / `d.update(...)`.
pub fn dict_update(vm: &mut Vm, d: &Rc<DictObj>, args: &[Value], kw: &Kw) -> PyResult<()> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len()
        )));
    }
    if let Some(src) = args.first() {
        let is_mapping = match src {
            Value::Dict(_) => true,
            Value::Instance(_) => vm.types.type_of(src).lookup(&PyStr::new("keys")).is_some(),
            _ => false,
        };
        if is_mapping {
            for (k, v) in vm.dict_items_of(src)? {
                vm.dict_set(d, k, v)?;
            }
        } else {
            let items = vm.iterate(src)?;
            for (i, it) in items.iter().enumerate() {
                let pair = match vm.iterate(it) {
                    Ok(p) => p,
                    Err(_) => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )));
                    }
                };
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                vm.dict_set(d, pair[0].clone(), pair[1].clone())?;
            }
        }
    }
    for (k, v) in kw {
        vm.dict_set(d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(())
}

/// Too many positional arguments, or keywords a built-in type does not take, worded as
/// CPython words each.
fn check_ctor_arity(vm: &mut Vm, cls: &Rc<Class>, a: &Args) -> PyResult<()> {
    let t = &vm.types;
    let is = |c: &Rc<Class>| Rc::ptr_eq(cls, c);
    // Types whose parameters can be named are checked as argument clinic checks them.
    let named: Option<&[&str]> = if is(&t.str_) {
        Some(&["object", "encoding", "errors"])
    } else if is(&t.bytes) {
        // Not bytearray: it takes its arguments in `__init__`, and this check cannot tell a
        // subclass's own `__init__` arguments (`Buf(data, tag=...)`) from its own.
        Some(&["source", "encoding", "errors"])
    } else if is(&t.complex) {
        Some(&["real", "imag"])
    } else if is(&t.property) {
        Some(&["fget", "fset", "fdel", "doc"])
    } else if is(&t.memoryview) {
        Some(&["object"])
    } else {
        None
    };
    if let Some(params) = named {
        let name = cls.name();
        let required = usize::from(is(&vm.types.memoryview));
        return super::args::check_params(vm, &name, a, params, required);
    }
    let n = a.pos.len();
    let no_kw = is(&t.slice) || is(&t.staticmethod) || is(&t.classmethod);
    let one_of = [&t.list, &t.tuple, &t.set, &t.frozenset, &t.bool_, &t.float];
    let msg = if no_kw && !a.kw.is_empty() {
        Some(format!("{}() takes no keyword arguments", cls.name()))
    } else if one_of.iter().any(|c| is(c)) {
        (n > 1).then(|| format!("{} expected at most 1 argument, got {n}", cls.name()))
    } else if is(&t.bytearray) {
        (n > 3).then(|| format!("bytearray() takes at most 3 arguments ({n} given)"))
    } else if is(&t.int) {
        (n > 2).then(|| format!("{}() takes at most 2 arguments ({n} given)", cls.name()))
    } else if is(&t.module) {
        (n > 2).then(|| format!("module() takes at most 2 arguments ({n} given)"))
    } else if is(&t.staticmethod) || is(&t.classmethod) {
        (n != 1).then(|| format!("{} expected 1 argument, got {n}", cls.name()))
    } else if is(&t.slice) {
        match n {
            0 => Some("slice expected at least 1 argument, got 0".to_string()),
            1..=3 => None,
            _ => Some(format!("slice expected at most 3 arguments, got {n}")),
        }
    } else if is(&t.object) {
        (n > 0 || !a.kw.is_empty()).then(|| "object() takes no arguments".to_string())
    } else {
        None
    };
    match msg {
        Some(m) => Err(vm.type_error(m)),
        None => Ok(()),
    }
}

/// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) spreads its
/// details over attributes, which are None when never given.
fn syntax_error_fields(vm: &mut Vm, inst: &Rc<Instance>, args: &[Value]) -> PyResult<()> {
    let Some(d) = &inst.dict else {
        return Ok(());
    };
    let names = [
        "msg",
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
        "print_file_and_line",
    ];
    let mut values: Vec<Option<Value>> = vec![None; names.len()];
    if let Some(m) = args.first() {
        values[0] = Some(m.clone());
    }
    if args.len() == 2 {
        // The details are any sequence of four to six items.
        let info = vm.iterate(&args[1])?;
        let n = info.len();
        if !(4..=6).contains(&n) {
            let bound = if n < 4 { "at least 4" } else { "at most 6" };
            return Err(vm.type_error(format!("function takes {bound} arguments ({n} given)")));
        }
        if n == 5 {
            return Err(vm.type_error("end_offset must be provided when end_lineno is provided"));
        }
        for (i, v) in info.into_iter().enumerate() {
            values[i + 1] = Some(v);
        }
    }
    for (name, v) in names.iter().zip(values) {
        let key = vm.intern(name);
        match v {
            Some(v) => d.set_str_raw(key, v),
            None if d.get_str(&key).is_none() => d.set_str_raw(key, Value::None),
            None => {}
        }
    }
    Ok(())
}

/// The OSError subclass an errno value stands for (`OSError(2, ...)` is a
/// FileNotFoundError), looked up as a dict key would be: `True` is errno 1.
fn errno_subclass(vm: &mut Vm, errno: &Value) -> Option<Rc<Class>> {
    let n = match errno {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        _ => return None,
    };
    let name = crate::vm::types::errno_exception_name(n)?;
    match vm.builtins_module.dict.get_name(name) {
        Some(Value::Class(c)) => Some(c),
        _ => None,
    }
}

/// What `BaseException.__init__` and the `__init__` of the built-in exceptions with extra
/// fields do with their arguments: `args` is every positional argument; `AttributeError`
/// takes `name=` and `obj=`, `NameError` `name=`, `ImportError` `name=` and `path=` (other
/// exceptions no keywords); `OSError(errno, strerror[, filename[, winerror[, filename2]]])`
/// keeps the file names as attributes and only `(errno, strerror)` as `args`, and
/// `BlockingIOError`'s third argument may be the number of characters written.
pub fn exc_init_fields(vm: &mut Vm, inst: &Rc<Instance>, pos: &[Value], kw: &Kw) -> PyResult<()> {
    let cls = inst.class();
    let allowed: (&str, &[&str]) = if cls.is_subclass(&vm.types.import_error.clone()) {
        ("ImportError", &["name", "path"])
    } else if cls.is_subclass(&vm.types.attribute_error.clone()) {
        ("AttributeError", &["name", "obj"])
    } else if cls.is_subclass(&vm.types.name_error.clone()) {
        ("NameError", &["name"])
    } else {
        ("", &[])
    };
    if let Some((k, _)) = kw.iter().find(|(k, _)| !allowed.1.contains(&k.as_str())) {
        return Err(if allowed.1.is_empty() {
            vm.type_error(format!("{}() takes no keyword arguments", cls.name()))
        } else {
            vm.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                k.as_str(),
                allowed.0
            ))
        });
    }
    // The codec errors take all their fields, positionally.
    let unicode_arity = if cls.is_subclass(&vm.types.unicode_decode_error.clone())
        || cls.is_subclass(&vm.types.unicode_encode_error.clone())
    {
        Some(5)
    } else if matches!(vm.builtins_module.dict.get_name("UnicodeTranslateError"),
        Some(Value::Class(t)) if cls.is_subclass(&t))
    {
        Some(4)
    } else {
        None
    };
    if let Some(n) = unicode_arity
        && pos.len() != n
    {
        return Err(vm.type_error(format!(
            "function takes exactly {n} arguments ({} given)",
            pos.len()
        )));
    }
    if let Some(d) = inst.exc_data() {
        d.borrow_mut().args = Value::tuple(pos.to_vec());
    }
    let Some(dict) = &inst.dict else {
        return Ok(());
    };
    for (k, v) in kw {
        dict.set_str_raw(k.clone(), v.clone());
    }
    if cls.is_subclass(&vm.types.syntax_error.clone()) {
        return syntax_error_fields(vm, inst, pos);
    }
    if cls.is_subclass(&vm.types.os_error.clone()) && (3..=5).contains(&pos.len()) {
        let filename = &pos[2];
        if filename.is_none() {
            return Ok(());
        }
        let blocking = matches!(vm.builtins_module.dict.get_name("BlockingIOError"),
            Some(Value::Class(b)) if Rc::ptr_eq(&b, &cls));
        if blocking
            && matches!(
                filename,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
            )
        {
            let n = vm.to_index(filename)?;
            dict.set_str_raw(vm.intern_static("characters_written"), Value::Int(n));
            return Ok(());
        }
        dict.set_str_raw(vm.intern_static("filename"), filename.clone());
        if let Some(f2) = pos.get(4).filter(|f| !f.is_none()) {
            dict.set_str_raw(vm.intern_static("filename2"), f2.clone());
        }
        if let Some(d) = inst.exc_data() {
            d.borrow_mut().args = Value::tuple(pos[..2].to_vec());
        }
    }
    Ok(())
}

/// `warnings.warn(message, DeprecationWarning)` on behalf of the innermost Python frame, as
/// CPython's C code warns (the warnings filters decide whether it shows, or raises).
fn warn_deprecated(vm: &mut Vm, message: &str) -> PyResult<()> {
    let module = crate::import::import_module(vm, "warnings")?;
    let key = vm.intern("warn");
    let warn = vm.get_attr(&module, &key)?;
    let category = Value::Class(vm.types.deprecation_warning.clone());
    vm.call(&warn, &[Value::str(message), category], &[])?;
    Ok(())
}
