//! `object`, `type` and `BaseException` methods.

use std::rc::Rc;

use crate::builtins::args::check_method;
use crate::objects::*;
use crate::vm::Vm;

/// `object.__sizeof__()`: the object's own size as CPython 3.11 (64-bit) reports it, without
/// the headers `sys.getsizeof` adds for the collector.
fn object_sizeof(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__sizeof__", &a, 0, 0)?;
    let v = &a.pos[0];
    let size = crate::modules::sys::cpython_sizeof(v)
        .saturating_sub(crate::modules::sys::sizeof_header(v));
    Ok(Value::Int(size as i64))
}

pub const OBJECT_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", object_init),
    ("__new__", object_new),
    ("__setattr__", object_setattr),
    ("__delattr__", object_delattr),
    ("__getattribute__", object_getattribute),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__hash__", object_hash),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__format__", object_format),
    ("__init_subclass__", object_init_subclass),
    ("__subclasshook__", object_subclasshook),
    ("__dir__", object_dir),
    ("__reduce_ex__", object_reduce_ex),
    ("__reduce__", object_reduce),
    ("__getstate__", object_getstate),
    ("__sizeof__", object_sizeof),
    ("__lt__", object_lt),
    ("__le__", object_le),
    ("__gt__", object_gt),
    ("__ge__", object_ge),
];

/// `object.__lt__` and the other orderings: always NotImplemented (the comparison protocol
/// then tries the reflected method). The ordered built-in types have their own.
fn object_order(vm: &mut Vm, a: Args, _op: crate::bytecode::CmpOp) -> PyResult {
    if a.pos.len() != 2 || !a.kw.is_empty() {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    Ok(Value::NotImplemented)
}

fn object_lt(vm: &mut Vm, a: Args) -> PyResult {
    object_order(vm, a, crate::bytecode::CmpOp::Lt)
}

fn object_le(vm: &mut Vm, a: Args) -> PyResult {
    object_order(vm, a, crate::bytecode::CmpOp::Le)
}

fn object_gt(vm: &mut Vm, a: Args) -> PyResult {
    object_order(vm, a, crate::bytecode::CmpOp::Gt)
}

fn object_ge(vm: &mut Vm, a: Args) -> PyResult {
    object_order(vm, a, crate::bytecode::CmpOp::Ge)
}

/// Calls a function of the embedded `copyreg` module, where object's pickling support lives.
fn copyreg_call(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult {
    let module = crate::import::import_module(vm, "copyreg")?;
    let key = vm.intern(name);
    let f = vm.get_attr(&module, &key)?;
    vm.call(&f, args, &[])
}

fn object_reduce_ex(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__reduce_ex__", &a, 1, 1)?;
    let proto = vm.to_index(&a.pos[1])?;
    copyreg_call(
        vm,
        "_object_reduce_ex",
        &[a.pos[0].clone(), Value::Int(proto)],
    )
}

fn object_reduce(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__reduce__", &a, 0, 0)?;
    copyreg_call(vm, "_object_reduce", &[a.pos[0].clone()])
}

fn object_getstate(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__getstate__", &a, 0, 0)?;
    copyreg_call(vm, "_object_getstate", &[a.pos[0].clone()])
}

pub const TYPE_METHODS: &[(&str, NativeFn)] = &[
    ("mro", type_mro),
    ("__subclasses__", type_subclasses),
    ("__new__", type_new),
    ("__init__", type_init),
    ("__call__", type_call),
    ("__instancecheck__", type_instancecheck),
    ("__subclasscheck__", type_subclasscheck),
    ("__or__", type_or),
    ("__ror__", type_ror),
];

/// `type.__instancecheck__(cls, obj)`: the check `isinstance` makes without a metaclass
/// hook (what a metaclass's `super().__instancecheck__(obj)` reaches): the object's type,
/// or the class its `__class__` claims, is a subclass of `cls`.
fn type_instancecheck(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "type.__instancecheck__", &a, 1, 1)?;
    let Value::Class(cls) = &a.pos[0] else {
        return Err(type_descriptor_error(vm, "__instancecheck__", &a.pos[0]));
    };
    let obj = &a.pos[1];
    if vm.types.type_of(obj).is_subclass(cls) {
        return Ok(Value::from_bool(true));
    }
    let key = vm.intern_static("__class__");
    Ok(Value::from_bool(match vm.get_attr_opt(obj, &key)? {
        Some(Value::Class(c)) => c.is_subclass(cls),
        _ => false,
    }))
}

/// `type.__subclasscheck__(cls, sub)`: `sub`'s MRO contains `cls`.
fn type_subclasscheck(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "type.__subclasscheck__", &a, 1, 1)?;
    let Value::Class(cls) = &a.pos[0] else {
        return Err(type_descriptor_error(vm, "__subclasscheck__", &a.pos[0]));
    };
    match &a.pos[1] {
        Value::Class(sub) => Ok(Value::from_bool(sub.is_subclass(cls))),
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

/// `type.__or__`: `cls | other`, a `types.UnionType` (NotImplemented for a non-type).
fn type_or(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "type.__or__", &a, 1, 1)?;
    vm.type_form("_union", &[a.pos[0].clone(), a.pos[1].clone()])
}

/// `type.__ror__`: `other | cls`.
fn type_ror(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "type.__ror__", &a, 1, 1)?;
    vm.type_form("_union", &[a.pos[1].clone(), a.pos[0].clone()])
}

/// `cls.__dict__`: a read-only view of the namespace, listing (as CPython's does) the
/// descriptors for the class's own slots and for the `__dict__` and `__weakref__` it adds,
/// which pyseal serves without storing them (see `_typeforms._class_dict`).
pub fn class_dict_view(vm: &mut Vm, cls: &Rc<Class>) -> PyResult {
    let namespace = Value::Dict(cls.dict.clone());
    let extras: Vec<Value> = if cls.is_builtin {
        let listed = if Rc::ptr_eq(cls, &vm.types.type_) {
            Some(("_getset", TYPE_GETSETS))
        } else {
            crate::builtins::attrs::builtin_data_attrs(cls)
        };
        let Some((form, names)) = listed else {
            return vm.type_form("_class_dict", &[namespace]);
        };
        let kind = if form == "_member" {
            "member"
        } else {
            "getset"
        };
        names
            .iter()
            .map(|n| Value::tuple(vec![Value::str(n), Value::str(kind)]))
            .collect()
    } else {
        class_added_descriptors(cls)
            .into_iter()
            .map(|(name, kind)| Value::tuple(vec![Value::Str(name), Value::str(kind)]))
            .collect()
    };
    vm.type_form(
        "_class_dict",
        &[namespace, Value::Class(cls.clone()), Value::list(extras)],
    )
}

/// The data attributes every class has, listed in `type.__dict__` as getset descriptors
/// (pyseal serves them directly).
const TYPE_GETSETS: &[&str] = &[
    "__name__",
    "__qualname__",
    "__bases__",
    "__mro__",
    "__module__",
    "__abstractmethods__",
    "__dict__",
    "__doc__",
];

/// The descriptors a user class adds for its instances: `(name, "member")` for each own
/// slot, `("__dict__" | "__weakref__", "getset")` when no base provides that already.
fn class_added_descriptors(cls: &Class) -> Vec<(Rc<PyStr>, &'static str)> {
    let names = |c: &Class, n: &str| {
        c.slots
            .as_ref()
            .is_none_or(|s| s.iter().any(|x| x.as_str() == n))
    };
    let bases: Vec<Rc<Class>> = cls.mro.borrow().iter().skip(1).cloned().collect();
    // Built-in bases: exceptions and classes carry a dict; ints, bytes and tuples
    // (variable-size) take no weak-reference slot from a subclass; sets and classes have one.
    let base_has_dict = bases.iter().any(|b| {
        if b.is_builtin {
            matches!(b.base_kind, BaseKind::Exception | BaseKind::Type)
        } else {
            names(b, "__dict__")
        }
    });
    let base_has_weakref = bases.iter().any(|b| {
        if b.is_builtin {
            match b.base_kind {
                BaseKind::Int | BaseKind::Tuple => true,
                BaseKind::Set | BaseKind::FrozenSet | BaseKind::Type => true,
                // `bytearray` shares the kind but is fixed-size: its subclasses get the slot.
                BaseKind::Bytes => b.name.borrow().as_str() == "bytes",
                _ => false,
            }
        } else {
            names(b, "__weakref__")
        }
    });
    let mut out: Vec<(Rc<PyStr>, &'static str)> = cls
        .slots
        .iter()
        .flatten()
        .filter(|n| !matches!(n.as_str(), "__dict__" | "__weakref__"))
        .map(|n| (n.clone(), "member"))
        .collect();
    if names(cls, "__dict__") && !base_has_dict {
        out.push((Rc::new(PyStr::new("__dict__")), "getset"));
    }
    if names(cls, "__weakref__") && !base_has_weakref {
        out.push((Rc::new(PyStr::new("__weakref__")), "getset"));
    }
    out
}

fn type_descriptor_error(vm: &mut Vm, name: &str, got: &Value) -> PyErr {
    let t = vm.type_name(got);
    vm.type_error(format!(
        "descriptor '{name}' requires a 'type' object but received a '{t}'"
    ))
}

fn type_new(vm: &mut Vm, a: Args) -> PyResult {
    match a.pos.first() {
        Some(Value::Class(mcs)) => {
            let mcs = mcs.clone();
            vm.type_new(&mcs, &a.pos[1..], a.kw)
        }
        Some(v) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("type.__new__(X): X is not a type object ({t})")))
        }
        None => Err(vm.type_error("type.__new__(): not enough arguments")),
    }
}

fn type_init(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::None)
}

fn type_call(vm: &mut Vm, a: Args) -> PyResult {
    match a.pos.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            if c.is_builtin {
                return crate::builtins::ctors::construct(vm, &c, &a.pos[1..], a.kw);
            }
            vm.instantiate(&c, &a.pos[1..], a.kw)
        }
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

pub const EXCEPTION_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", exc_init),
    ("__str__", exc_str),
    ("__repr__", exc_repr),
    ("with_traceback", exc_with_traceback),
    ("add_note", exc_add_note),
    ("__reduce__", exc_reduce),
    ("__setstate__", exc_setstate),
];

/// `BaseException.__reduce__`: `(type, args)`, plus the instance dict when attributes were
/// set, so copying or pickling calls the class again with the exception's args.
fn exc_reduce(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__reduce__", &a, 0, 0)?;
    let Value::Instance(i) = &a.pos[0] else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'BaseException' object"));
    };
    let Some(data) = i.exc_data() else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'BaseException' object"));
    };
    let args = data.borrow().args.clone();
    let mut parts = vec![Value::Class(i.class()), args];
    if let Some(d) = &i.dict
        && !d.is_empty()
    {
        parts.push(Value::Dict(d.clone()));
    }
    Ok(Value::tuple(parts))
}

/// `BaseException.__setstate__(state)`: each item of the state dict becomes an attribute.
fn exc_setstate(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__setstate__", &a, 1, 1)?;
    match &a.pos[1] {
        Value::None => Ok(Value::None),
        Value::Dict(d) => {
            let items: Vec<(Value, Value)> = d
                .table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            for (k, v) in items {
                let Value::Str(name) = &k else {
                    let t = vm.type_name(&k);
                    return Err(vm.type_error(format!("attribute name must be string, not '{t}'")));
                };
                let name = vm.intern(name.as_str());
                vm.set_attr(&a.pos[0], &name, v)?;
            }
            Ok(Value::None)
        }
        _ => Err(vm.type_error("state is not a dictionary")),
    }
}

/// `object.__init__(self, *args, **kw)`: extra arguments are an error when the class has its
/// own `__init__` (which passed them on), or no `__new__` that could have taken them.
fn object_init(vm: &mut Vm, a: Args) -> PyResult {
    if a.pos.len() <= 1 && a.kw.is_empty() {
        return Ok(Value::None);
    }
    let Some(Value::Instance(inst)) = a.pos.first() else {
        return Ok(Value::None);
    };
    let cls = inst.class();
    if Rc::ptr_eq(&cls, &vm.types.object) {
        return Err(vm.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    // Built-in bases (exceptions, containers) have initialisers of their own.
    if cls.base_kind != BaseKind::Object || cls.is_builtin {
        return Ok(Value::None);
    }
    let is_object_method = |v: Option<Value>, f: NativeFn| match v {
        Some(Value::Builtin(b)) => std::ptr::fn_addr_eq(b.func, f),
        _ => false,
    };
    if !is_object_method(cls.lookup(&PyStr::new("__init__")), object_init) {
        return Err(vm.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    if is_object_method(cls.lookup(&PyStr::new("__new__")), object_new) {
        let n = cls.name();
        return Err(vm.type_error(format!(
            "{n}.__init__() takes exactly one argument (the instance to initialize)"
        )));
    }
    Ok(Value::None)
}

/// The built-in class whose `__new__` makes instances of `c`: the first class on its MRO
/// with `__new__` (the interned `key`) in its own dict, or `None` when that is a user class
/// (a Python `__new__`).
fn new_provider(c: &Rc<Class>, key: &PyStr) -> Option<Rc<Class>> {
    for k in c.mro.borrow().iter() {
        if k.dict.get_str(key).is_some() {
            return k.is_builtin.then(|| k.clone());
        }
    }
    None
}

/// The checks `T.__new__(X, ...)` makes before it builds anything (CPython's wording): `X`
/// is a class, a subtype of `T`, and `T.__new__` is the constructor that `X`'s nearest class
/// without a Python `__new__` uses (`int.__new__(bool)` is not safe).
fn check_new_target(vm: &mut Vm, owner: &Rc<Class>, a: &Args) -> PyResult<Rc<Class>> {
    let x = match a.pos.first() {
        Some(Value::Class(c)) => c.clone(),
        Some(v) => {
            let t = owner.name();
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("{t}.__new__(X): X is not a type object ({tn})")));
        }
        None => {
            let t = owner.name();
            return Err(vm.type_error(format!("{t}.__new__(): not enough arguments")));
        }
    };
    if !x.is_subclass(owner) {
        let (t, xn) = (owner.name(), x.name());
        return Err(vm.type_error(format!("{t}.__new__({xn}): {xn} is not a subtype of {t}")));
    }
    let key = vm.intern_static("__new__");
    let static_base = x
        .mro
        .borrow()
        .iter()
        .find(|k| new_provider(k, &key).is_some())
        .cloned();
    if let Some(sb) = static_base
        && let Some(p) = new_provider(&sb, &key)
        && !Rc::ptr_eq(&p, owner)
        // Every built-in exception shares one constructor.
        && !(p.is_subclass(&vm.types.base_exception) && owner.is_subclass(&vm.types.base_exception))
    {
        let (t, xn, sn) = (owner.name(), x.name(), sb.name());
        return Err(vm.type_error(format!("{t}.__new__({xn}) is not safe, use {sn}.__new__()")));
    }
    Ok(x)
}

/// `T.__new__(X, *args)` for a built-in type `T` with a constructor of its own.
fn builtin_type_new(vm: &mut Vm, owner: Rc<Class>, a: Args) -> PyResult {
    let x = check_new_target(vm, &owner, &a)?;
    if x.is_builtin {
        // The containers' `__new__` makes an empty one: `__init__` fills it.
        let t = &vm.types;
        if [&t.list, &t.dict, &t.set, &t.bytearray]
            .iter()
            .any(|c| Rc::ptr_eq(c, &x))
        {
            return crate::builtins::ctors::construct(vm, &x, &[], &[]);
        }
        return crate::builtins::ctors::construct(vm, &x, &a.pos[1..], a.kw);
    }
    vm.new_instance(&x, &a.pos[1..], a.kw)
}

/// `str.__getnewargs__()`, `bytes.__getnewargs__()`, `tuple.__getnewargs__()`: a 1-tuple of
/// the plain value, what `copy` and `pickle` pass back to `__new__` for a subclass instance.
fn value_getnewargs(vm: &mut Vm, a: &Args, owner: &str, fits: fn(&Value) -> bool) -> PyResult {
    let value = match a.pos.first().map(crate::builtins::args::payload) {
        Some(v) if fits(&v) => v,
        Some(_) => {
            let got = a.pos[0].clone();
            return Err(crate::builtins::args::descriptor_mismatch(
                vm,
                owner,
                "__getnewargs__",
                &got,
            ));
        }
        None => {
            return Err(crate::builtins::args::descriptor_unbound(
                vm,
                owner,
                "__getnewargs__",
            ));
        }
    };
    check_method(vm, &format!("{owner}.__getnewargs__"), a, 0, 0)?;
    Ok(Value::tuple(vec![value]))
}

fn str_getnewargs(vm: &mut Vm, a: Args) -> PyResult {
    value_getnewargs(vm, &a, "str", |v| matches!(v, Value::Str(_)))
}

fn bytes_getnewargs(vm: &mut Vm, a: Args) -> PyResult {
    value_getnewargs(vm, &a, "bytes", |v| matches!(v, Value::Bytes(_)))
}

fn tuple_getnewargs(vm: &mut Vm, a: Args) -> PyResult {
    value_getnewargs(vm, &a, "tuple", |v| matches!(v, Value::Tuple(_)))
}

macro_rules! typed_new {
    ($($fname:ident => $field:ident),* $(,)?) => {
        $(fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            let owner = vm.types.$field.clone();
            builtin_type_new(vm, owner, a)
        })*
    };
}

typed_new! {
    int_new => int, bool_new => bool_, float_new => float, complex_new => complex,
    str_new => str_, bytes_new => bytes, bytearray_new => bytearray, tuple_new => tuple,
    list_new => list, dict_new => dict, set_new => set, frozenset_new => frozenset,
    base_exception_new => base_exception, exception_new => exception,
    map_new => it_map, zip_new => it_zip, filter_new => it_filter,
    enumerate_new => it_enumerate, reversed_new => it_reversed,
}

type MethodTable = &'static [(&'static str, NativeFn)];

/// The built-in types whose `__new__` is their own (not `object.__new__`).
pub fn typed_new_tables(t: &crate::vm::Types) -> Vec<(Rc<Class>, &'static str, MethodTable)> {
    vec![
        (t.int.clone(), "int", &[("__new__", int_new as NativeFn)]),
        (
            t.bool_.clone(),
            "bool",
            &[("__new__", bool_new as NativeFn)],
        ),
        (
            t.float.clone(),
            "float",
            &[("__new__", float_new as NativeFn)],
        ),
        (
            t.complex.clone(),
            "complex",
            &[("__new__", complex_new as NativeFn)],
        ),
        (
            t.str_.clone(),
            "str",
            &[
                ("__new__", str_new as NativeFn),
                ("__getnewargs__", str_getnewargs),
            ],
        ),
        (
            t.bytes.clone(),
            "bytes",
            &[
                ("__new__", bytes_new as NativeFn),
                ("__getnewargs__", bytes_getnewargs),
            ],
        ),
        (
            t.bytearray.clone(),
            "bytearray",
            &[
                ("__new__", bytearray_new as NativeFn),
                ("__init__", crate::builtins::ctors::bytearray_init),
            ],
        ),
        (
            t.tuple.clone(),
            "tuple",
            &[
                ("__new__", tuple_new as NativeFn),
                ("__getnewargs__", tuple_getnewargs),
            ],
        ),
        (t.list.clone(), "list", &[("__new__", list_new as NativeFn)]),
        (t.dict.clone(), "dict", &[("__new__", dict_new as NativeFn)]),
        (t.set.clone(), "set", &[("__new__", set_new as NativeFn)]),
        (
            t.frozenset.clone(),
            "frozenset",
            &[("__new__", frozenset_new as NativeFn)],
        ),
        (
            t.base_exception.clone(),
            "BaseException",
            &[("__new__", base_exception_new as NativeFn)],
        ),
        (
            t.exception.clone(),
            "Exception",
            &[("__new__", exception_new as NativeFn)],
        ),
        (t.it_map.clone(), "map", &[("__new__", map_new as NativeFn)]),
        (t.it_zip.clone(), "zip", &[("__new__", zip_new as NativeFn)]),
        (
            t.it_filter.clone(),
            "filter",
            &[("__new__", filter_new as NativeFn)],
        ),
        (
            t.it_enumerate.clone(),
            "enumerate",
            &[("__new__", enumerate_new as NativeFn)],
        ),
        (
            t.it_reversed.clone(),
            "reversed",
            &[("__new__", reversed_new as NativeFn)],
        ),
    ]
}

fn object_new(vm: &mut Vm, a: Args) -> PyResult {
    // `object.__new__(C)` for a plain Python class (the hot case: a Python `__new__` making
    // its instance) has nothing to check: object is the constructor C's layout uses.
    if let [Value::Class(c)] = a.pos
        && a.kw.is_empty()
        && !c.is_builtin
        && c.base_kind == BaseKind::Object
    {
        let c = c.clone();
        return vm.new_instance(&c, &[], &[]);
    }
    match a.pos.first() {
        Some(Value::Class(_)) => {
            let object = vm.types.object.clone();
            let c = check_new_target(vm, &object, &a)?;
            if c.is_builtin {
                return crate::builtins::ctors::construct(vm, &c, &[], &[]);
            }
            if (a.pos.len() > 1 || !a.kw.is_empty()) && c.base_kind == BaseKind::Object {
                // Extra arguments are for `__init__`: an error when the class has its own
                // `__new__` (which should not pass them on) or no `__init__` to take them.
                let user_defined = |v: Option<Value>| match v {
                    Some(Value::Function(_)) => true,
                    Some(Value::StaticMethod(f)) => matches!(*f, Value::Function(_)),
                    _ => false,
                };
                if user_defined(c.lookup(&PyStr::new("__new__"))) {
                    return Err(vm.type_error(
                        "object.__new__() takes exactly one argument (the type to instantiate)",
                    ));
                }
                if !user_defined(c.lookup(&PyStr::new("__init__"))) {
                    let n = c.name();
                    return Err(vm.type_error(format!("{n}() takes no arguments")));
                }
            }
            vm.new_instance(&c, &a.pos[1..], &[])
        }
        Some(v) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("object.__new__(X): X is not a type object ({t})")))
        }
        None => Err(vm.type_error("object.__new__(): not enough arguments")),
    }
}

fn name_arg(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(vm.intern(s.as_str())),
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!("attribute name must be string, not '{t}'")))
        }
    }
}

fn object_setattr(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__setattr__", &a, 2, 2)?;
    let name = name_arg(vm, &a.pos[1])?;
    match &a.pos[0] {
        Value::Instance(inst) => {
            let inst = inst.clone();
            vm.generic_setattr(&a.pos[0], &inst, &name, Some(a.pos[2].clone()))?
        }
        Value::Class(c) => {
            let c = c.clone();
            vm.type_setattr(&c, &name, Some(a.pos[2].clone()))?
        }
        other => vm.set_attr(other, &name, a.pos[2].clone())?,
    }
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__delattr__", &a, 1, 1)?;
    let name = name_arg(vm, &a.pos[1])?;
    match &a.pos[0] {
        Value::Instance(inst) => {
            let inst = inst.clone();
            vm.generic_setattr(&a.pos[0], &inst, &name, None)?
        }
        Value::Class(c) => {
            let c = c.clone();
            vm.type_setattr(&c, &name, None)?
        }
        other => vm.del_attr(other, &name)?,
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__getattribute__", &a, 1, 1)?;
    let name = name_arg(vm, &a.pos[1])?;
    match &a.pos[0] {
        Value::Instance(inst) => {
            let inst = inst.clone();
            vm.object_getattribute(&a.pos[0], &inst, &name)
        }
        other => vm.get_attr(other, &name),
    }
}

fn object_eq(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__eq__", &a, 1, 1)?;
    Ok(if a.pos[0].is(&a.pos[1]) {
        Value::Bool(Truth::TRUE)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__ne__", &a, 1, 1)?;
    // For an instance of a user class only its own `__eq__` is asked (no reflected
    // method, no identity fallback), as CPython's object.__ne__ does.
    // The type's own `__eq__` answers (the built-in types' too: `str.__ne__('a', 1)` is
    // NotImplemented); a built-in value whose type has none compares as the VM does.
    let r = match vm.call_special(&a.pos[0], "__eq__", std::slice::from_ref(&a.pos[1]))? {
        Some(r) => r,
        None if a.pos[0].is(&a.pos[1]) => Value::Bool(Truth::TRUE),
        None if crate::vm::ops::has_python_type(&a.pos[0]) => Value::NotImplemented,
        None => vm.compare(&a.pos[0], &a.pos[1], crate::bytecode::CmpOp::Eq)?,
    };
    match r {
        Value::NotImplemented => Ok(r),
        other => Ok(Value::from_bool(!vm.truthy(&other)?)),
    }
}

/// `__hash__` of the built-in types that hash by value (`tuple.__hash__`).
pub fn value_hash(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__hash__", &a, 0, 0)?;
    let v = crate::builtins::args::payload(&a.pos[0]);
    Ok(Value::Int(vm.hash(&v)?))
}

fn object_hash(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__hash__", &a, 0, 0)?;
    Ok(Value::Int((a.pos[0].ptr().unwrap_or(0) >> 4) as i64))
}

fn object_repr(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__repr__", &a, 0, 0)?;
    let v = &a.pos[0];
    if let Value::Instance(inst) = v {
        let module = match inst.class().dict.get_name("__module__") {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
            _ => String::new(),
        };
        return Ok(Value::string(format!(
            "<{module}{} object at {:#x}>",
            inst.class().qualname.borrow().as_str(),
            v.ptr().unwrap_or(0)
        )));
    }
    if let Value::Class(c) = v {
        // type.__repr__ itself: reached through super() from a metaclass's __repr__, so a
        // metaclass __repr__ is not asked again.
        return Ok(Value::string(match c.dict.get_name("__module__") {
            Some(Value::Str(m)) if m.as_str() != "builtins" => {
                format!("<class '{}.{}'>", m.as_str(), c.qualname.borrow().as_str())
            }
            _ => format!("<class '{}'>", c.name()),
        }));
    }
    // Any other object: its type's name (module-qualified outside `builtins`) and identity.
    let cls = vm.types.type_of(v);
    let module = match cls.dict.get_name("__module__") {
        Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
        _ => String::new(),
    };
    let id = crate::builtins::functions::object_id(v);
    Ok(Value::string(format!(
        "<{module}{} object at {id:#x}>",
        cls.qualname.borrow().as_str()
    )))
}

fn object_str(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__str__", &a, 0, 0)?;
    Ok(Value::string(vm.repr(&a.pos[0])?))
}

fn object_format(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__format__", &a, 1, 1)?;
    let spec = crate::builtins::args::str_arg(vm, &a.pos[1], "format spec")?;
    if !spec.as_str().is_empty() {
        let t = vm.type_name(&a.pos[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {t}.__format__"
        )));
    }
    vm.to_str_value(&a.pos[0])
}

fn object_init_subclass(vm: &mut Vm, a: Args) -> PyResult {
    if !a.kw.is_empty() {
        let owner = match a.pos.first() {
            Some(Value::Class(c)) => c.qualname.borrow().as_str().to_string(),
            _ => "object".to_string(),
        };
        return Err(vm.type_error(format!(
            "{owner}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `object.__subclasshook__(...)` (a class method): NotImplemented, so `issubclass` against
/// an ABC falls back to its registry and real subclasses.
fn object_subclasshook(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::NotImplemented)
}

fn object_dir(vm: &mut Vm, a: Args) -> PyResult {
    let mut names: Vec<String> = Vec::new();
    let own = match &a.pos[0] {
        Value::Instance(i) => i.dict.clone(),
        Value::Function(f) => f.dict.borrow().clone(),
        _ => None,
    };
    if let Some(d) = &own {
        for e in d.table.borrow().iter() {
            if let Value::Str(s) = &e.key {
                names.push(s.as_str().to_string());
            }
        }
    }
    let c = vm.types.type_of(&a.pos[0]);
    class_dir_names(vm, &c, &mut names);
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn type_mro(vm: &mut Vm, a: Args) -> PyResult {
    match a.pos.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.mro
                .borrow()
                .iter()
                .map(|k| Value::Class(k.clone()))
                .collect(),
        )),
        _ => Err(vm.type_error("descriptor 'mro' of 'type' object needs an argument")),
    }
}

fn type_subclasses(vm: &mut Vm, a: Args) -> PyResult {
    let Some(Value::Class(cls)) = a.pos.first() else {
        return Err(vm.type_error("descriptor '__subclasses__' of 'type' object needs an argument"));
    };
    let subs = crate::vm::types::subclasses_of(cls);
    Ok(Value::list(subs.into_iter().map(Value::Class).collect()))
}

fn exc_init(vm: &mut Vm, a: Args) -> PyResult {
    if let Some(Value::Instance(i)) = a.pos.first()
        && i.exc_data().is_some()
    {
        crate::builtins::ctors::exc_init_fields(vm, i, &a.pos[1..], a.kw)?;
        return Ok(Value::None);
    }
    Err(vm.type_error("descriptor '__init__' requires a 'BaseException' object"))
}

/// `BaseException.__str__` (what `super().__str__()` reaches from a subclass).
fn exc_str(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__str__", &a, 0, 0)?;
    match &a.pos[0] {
        Value::Instance(i) if i.exc_data().is_some() => Ok(Value::string(vm.exc_str(i)?)),
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!(
                "descriptor '__str__' requires a 'BaseException' object but received a '{t}'"
            )))
        }
    }
}

/// `BaseException.__repr__`.
fn exc_repr(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__repr__", &a, 0, 0)?;
    match &a.pos[0] {
        Value::Instance(i) if i.exc_data().is_some() => Ok(Value::string(vm.exc_repr(i)?)),
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!(
                "descriptor '__repr__' requires a 'BaseException' object but received a '{t}'"
            )))
        }
    }
}

fn exc_with_traceback(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "BaseException.with_traceback", &a, 1, 1)?;
    if let Value::Instance(i) = &a.pos[0] {
        vm.set_exc_traceback(i, &a.pos[1])?;
    }
    Ok(a.pos[0].clone())
}

fn exc_add_note(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "add_note", &a, 1, 1)?;
    if !matches!(a.pos[1], Value::Str(_)) {
        let t = vm.type_name(&a.pos[1]);
        return Err(vm.type_error(format!("note must be a str, not '{t}'")));
    }
    if let Value::Instance(i) = &a.pos[0]
        && let Some(d) = &i.dict
    {
        let key = vm.intern_static("__notes__");
        let notes = match d.get_str(&key) {
            Some(Value::List(l)) => l,
            Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
            None => {
                let l = Rc::new(List(std::cell::RefCell::new(vec![])));
                d.set_str_raw(key, Value::List(l.clone()));
                l
            }
        };
        notes.0.borrow_mut().push(a.pos[1].clone());
    }
    Ok(Value::None)
}

/// The names `dir()` finds on a class and its bases: their namespaces, plus what CPython keeps
/// there as slots and descriptors that pyseal answers without a namespace entry.
pub fn class_dir_names(vm: &Vm, c: &Rc<Class>, names: &mut Vec<String>) {
    for k in c.mro.borrow().iter() {
        for e in k.dict.table.borrow().iter() {
            if let Value::Str(s) = &e.key {
                // A built-in type's module is part of its name, not an attribute.
                if k.is_builtin && s.as_str() == "__module__" {
                    continue;
                }
                names.push(s.as_str().to_string());
            }
        }
        let extra = dir_extras(vm, k);
        names.extend(extra.iter().map(|n| n.to_string()));
        if !k.is_builtin {
            names.extend(["__doc__", "__module__"].iter().map(|n| n.to_string()));
            // Each slot is a member descriptor of the class; `__dict__` and `__weakref__`
            // are listed by the class that introduces them.
            names.extend(
                class_added_descriptors(k)
                    .into_iter()
                    .map(|(n, _)| n.as_str().to_string()),
            );
        }
    }
}

fn dir_extras(vm: &Vm, k: &Rc<Class>) -> &'static [&'static str] {
    let t = &vm.types;
    let is = |c: &Rc<Class>| Rc::ptr_eq(k, c);
    if is(&t.object) {
        &["__class__", "__doc__"]
    } else if is(&t.base_exception) {
        &[
            "__cause__",
            "__context__",
            "__dict__",
            "__setstate__",
            "__suppress_context__",
            "__traceback__",
            "args",
        ]
    } else if is(&t.os_error) {
        &[
            "characters_written",
            "errno",
            "filename",
            "filename2",
            "strerror",
        ]
    } else if is(&t.unicode_decode_error) || is(&t.unicode_encode_error) {
        &["encoding", "end", "object", "reason", "start"]
    } else if is(&t.stop_iteration) {
        &["value"]
    } else if is(&t.system_exit) {
        &["code"]
    } else if is(&t.import_error) {
        &["msg", "name", "path"]
    } else if is(&t.name_error) {
        &["name"]
    } else if is(&t.attribute_error) {
        &["name", "obj"]
    } else if is(&t.int) {
        &["denominator", "imag", "numerator", "real"]
    } else if is(&t.float) {
        &["__getformat__", "imag", "real"]
    } else if is(&t.list) {
        &[
            "__class_getitem__",
            "__iadd__",
            "__imul__",
            "__reversed__",
            "__rmul__",
        ]
    } else if is(&t.dict) {
        &[
            "__class_getitem__",
            "__ior__",
            "__or__",
            "__reversed__",
            "__ror__",
        ]
    } else if is(&t.tuple) {
        &["__class_getitem__", "__rmul__"]
    } else if is(&t.set) {
        &[
            "__and__",
            "__class_getitem__",
            "__iand__",
            "__ior__",
            "__isub__",
            "__ixor__",
            "__or__",
            "__rand__",
            "__ror__",
            "__rsub__",
            "__rxor__",
            "__sub__",
            "__xor__",
        ]
    } else if is(&t.str_) {
        &["__rmod__", "__rmul__"]
    } else if is(&t.none) || is(&t.not_implemented) {
        &["__bool__"]
    } else if is(&t.complex) {
        &["__complex__", "imag", "real"]
    } else if is(&t.bytes) {
        &["__bytes__", "__rmod__"]
    } else if is(&t.bytearray) {
        &["__rmod__"]
    } else if is(&t.frozenset) {
        &[
            "__and__",
            "__class_getitem__",
            "__or__",
            "__rand__",
            "__ror__",
            "__rsub__",
            "__rxor__",
            "__sub__",
            "__xor__",
        ]
    } else if is(&t.range) {
        &[
            "__bool__",
            "__contains__",
            "__getitem__",
            "__iter__",
            "__len__",
            "__reversed__",
            "start",
            "step",
            "stop",
        ]
    } else if is(&t.slice) {
        &["start", "step", "stop"]
    } else if is(&t.builtin) {
        &[
            "__call__",
            "__module__",
            "__name__",
            "__qualname__",
            "__self__",
            "__text_signature__",
        ]
    } else if is(&t.function) {
        &[
            "__annotations__",
            "__builtins__",
            "__call__",
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ]
    } else if is(&t.generator) {
        &[
            "__del__",
            "__name__",
            "__qualname__",
            "gi_code",
            "gi_frame",
            "gi_running",
            "gi_suspended",
            "gi_yieldfrom",
        ]
    } else if is(&t.coroutine) {
        &[
            "__await__",
            "__del__",
            "__name__",
            "__qualname__",
            "cr_await",
            "cr_code",
            "cr_frame",
            "cr_origin",
            "cr_running",
            "cr_suspended",
        ]
    } else if is(&t.dict_keys) || is(&t.dict_items) {
        &[
            "__and__",
            "__contains__",
            "__or__",
            "__rand__",
            "__reversed__",
            "__ror__",
            "__rsub__",
            "__rxor__",
            "__sub__",
            "__xor__",
            "mapping",
        ]
    } else if is(&t.dict_values) {
        &["__reversed__", "mapping"]
    } else if is(&t.property) {
        &[
            "__delete__",
            "__isabstractmethod__",
            "__set__",
            "__set_name__",
            "fdel",
            "fget",
            "fset",
        ]
    } else if is(&t.it_list)
        || is(&t.it_tuple)
        || is(&t.it_str)
        || is(&t.it_str_ascii)
        || is(&t.it_range)
        || is(&t.it_list_reversed)
        || is(&t.it_reversed)
        || is(&t.it_bytes)
        || is(&t.it_bytearray)
    {
        &["__length_hint__", "__setstate__"]
    } else if is(&t.it_dict_keys) || is(&t.it_dict_values) || is(&t.it_dict_items) || is(&t.it_set)
    {
        &["__length_hint__"]
    } else if is(&t.it_enumerate) {
        &["__class_getitem__"]
    } else if is(&t.it_zip) {
        &["__setstate__"]
    } else if is(&t.staticmethod) {
        &[
            "__annotations__",
            "__call__",
            "__dict__",
            "__func__",
            "__get__",
            "__isabstractmethod__",
            "__module__",
            "__name__",
            "__qualname__",
            "__wrapped__",
        ]
    } else if is(&t.classmethod) {
        &[
            "__annotations__",
            "__dict__",
            "__func__",
            "__get__",
            "__isabstractmethod__",
            "__module__",
            "__name__",
            "__qualname__",
            "__wrapped__",
        ]
    } else if is(&t.super_) {
        &["__get__", "__self__", "__self_class__", "__thisclass__"]
    } else if is(&t.type_) {
        &[
            "__abstractmethods__",
            "__annotations__",
            "__base__",
            "__bases__",
            "__basicsize__",
            "__dict__",
            "__dictoffset__",
            "__flags__",
            "__instancecheck__",
            "__itemsize__",
            "__module__",
            "__mro__",
            "__name__",
            "__or__",
            "__qualname__",
            "__ror__",
            "__subclasscheck__",
            "__text_signature__",
            "__weakrefoffset__",
        ]
    } else if is(&t.method) {
        &["__call__", "__func__", "__self__"]
    } else if is(&t.wrapper_descriptor) || is(&t.method_descriptor) {
        &[
            "__call__",
            "__name__",
            "__objclass__",
            "__qualname__",
            "__text_signature__",
        ]
    } else if is(&t.method_wrapper) {
        &[
            "__call__",
            "__name__",
            "__objclass__",
            "__qualname__",
            "__self__",
            "__text_signature__",
        ]
    } else {
        &[]
    }
}
