//! Data attributes of built-in objects (`x.real`, `f.__name__`, `code.co_code`, ...).

use std::rc::Rc;

use crate::bytecode::{BinOp, CmpOp};
use crate::objects::*;
use crate::vm::Vm;

pub fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(v) = data_attr(vm, obj, name)? {
        return Ok(Some(v));
    }
    if let Some(v) = generic_special(vm, obj, name) {
        return Ok(Some(v));
    }
    // Every object has a `__doc__`: that of its type, which carries none here (a built-in
    // type's own docstring would be found on the type before this).
    Ok((name == "__doc__").then_some(Value::None))
}

fn data_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Class(vm.types.type_of(obj))));
    }
    Ok(match obj {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match name {
            "real" | "numerator" => Some(match obj {
                Value::Bool(b) => Value::Int(b.get() as i64),
                other => other.clone(),
            }),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::float(0.0)),
            _ => None,
        },
        Value::Complex(c) => match name {
            "real" => Some(Value::float(c.0)),
            "imag" => Some(Value::float(c.1)),
            _ => None,
        },
        Value::Range(r) => match name {
            "start" => Some(r.start_value()),
            "stop" => Some(r.stop_value()),
            "step" => Some(r.step_value()),
            _ => None,
        },
        Value::Slice(s) => match name {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        Value::Function(f) => match name {
            "__name__" => Some(Value::Str(f.name.borrow().clone())),
            "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.borrow().clone()),
            "__defaults__" => Some(f.defaults.borrow().clone()),
            "__kwdefaults__" => Some(f.kwdefaults.borrow().clone()),
            "__code__" => Some(Value::Code(f.code.borrow().clone())),
            "__globals__" => Some(Value::Dict(f.globals.clone())),
            "__modified__" => Some(Value::from_bool(f.modified.get())),
            "__closure__" => Some(if f.closure.is_empty() {
                Value::None
            } else {
                Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
            }),
            "__annotations__" => {
                let cur = f.annotations.borrow().clone();
                Some(if cur.is_none() {
                    let d = Value::Dict(Rc::new(DictObj::new()));
                    *f.annotations.borrow_mut() = d.clone();
                    d
                } else {
                    cur
                })
            }
            "__dict__" => {
                let d = f
                    .dict
                    .borrow_mut()
                    .get_or_insert_with(|| Rc::new(DictObj::new()))
                    .clone();
                Some(Value::Dict(d))
            }
            _ => f.dict.borrow().as_ref().and_then(|d| d.get_name(name)),
        },
        Value::Builtin(b) => match name {
            "__name__" => Some(Value::str(b.name)),
            "__qualname__" => Some(match b.owner {
                Some(owner) => Value::string(format!("{owner}.{}", b.name)),
                None => Value::str(b.name),
            }),
            "__self__" => Some(if b.receiver.is_undef() {
                Value::None
            } else {
                b.receiver.clone()
            }),
            "__doc__" => Some(Value::None),
            "__module__" => Some(if b.owner.is_none() {
                native_home(vm, obj).unwrap_or_else(|| Value::str("builtins"))
            } else {
                Value::None
            }),
            _ => None,
        },
        Value::BoundMethod(m) => match name {
            "__self__" => Some(m.receiver.clone()),
            "__func__" => Some(m.func.clone()),
            // The method's own `__call__`, not its function's (which would drop `self`).
            "__call__" => generic_special(vm, obj, name),
            _ => {
                let n = vm.intern(name);
                if let Value::Function(_) = m.func {
                    // A method reads the rest from its function, whose error it passes on.
                    return vm.get_attr(&m.func, &n).map(Some);
                }
                return vm.get_attr_opt(&m.func, &n);
            }
        },
        Value::Property(p) => match name {
            "fget" => Some(p.fget.clone()),
            "fset" => Some(p.fset.clone()),
            "fdel" => Some(p.fdel.clone()),
            "__doc__" => Some(p.doc.clone()),
            // Abstract when any of its functions is.
            "__isabstractmethod__" => {
                let key = vm.intern_static("__isabstractmethod__");
                for f in [p.fget.clone(), p.fset.clone(), p.fdel.clone()] {
                    if f.is_none() {
                        continue;
                    }
                    if let Some(v) = vm.get_attr_opt(&f, &key)?
                        && vm.truthy(&v)?
                    {
                        return Ok(Some(Value::Bool(Truth::TRUE)));
                    }
                }
                Some(Value::Bool(Truth::FALSE))
            }
            _ => None,
        },
        Value::ClassMethod(f) | Value::StaticMethod(f) => match name {
            "__func__" | "__wrapped__" => Some((**f).clone()),
            _ => {
                let n = vm.intern(name);
                return vm.get_attr_opt(f, &n);
            }
        },
        Value::Generator(g) => match name {
            "__name__" => Some(Value::Str(g.name.clone())),
            "__qualname__" => Some(Value::Str(g.qualname.clone())),
            "gi_running" | "cr_running" => Some(Value::from_bool(g.running.get())),
            // Paused at a yield: started, not running, not finished.
            "gi_suspended" | "cr_suspended" => Some(Value::from_bool(
                !g.running.get() && g.frame.borrow().as_ref().is_some_and(|f| f.pc > 0),
            )),
            "gi_frame" | "cr_frame" => {
                let at = g
                    .frame
                    .borrow()
                    .as_ref()
                    .map(|f| (f.code.clone(), f.line(), f.pc));
                Some(match at {
                    // f_lasti is -1 before the first step (inspect.getgeneratorstate).
                    Some((code, line, pc)) => {
                        let lasti = if pc == 0 { -1 } else { 2 * pc as i64 };
                        vm.frame_record(Value::Code(code), line, lasti)
                    }
                    None => Value::None,
                })
            }
            "gi_code" | "cr_code" => {
                let code = g.frame.borrow().as_ref().map(|f| f.code.clone());
                Some(code.map_or(Value::None, Value::Code))
            }
            // The iterator a suspended `yield from` / `await` delegates to.
            "gi_yieldfrom" | "cr_await" => {
                let frame = g.frame.borrow();
                let target = frame.as_ref().and_then(|f| vm.yield_from_target(f));
                Some(target.unwrap_or(Value::None))
            }
            _ => None,
        },
        Value::Cell(c) => match name {
            "cell_contents" => {
                let v = c.0.borrow().clone();
                if v.is_undef() {
                    return Err(vm.value_error("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        },
        Value::File(f) => crate::builtins::io::file_attr(f, name),
        Value::Code(c) => code_attr(c, name),
        Value::DictView(v) => match name {
            "mapping" => Some(vm.type_form("mappingproxy", &[Value::Dict(v.dict.clone())])?),
            _ => None,
        },
        _ => None,
    })
}

/// `co_*` attributes of a code object, with CPython 3.11's types and flag values.
///
/// `co_code` is a `perma_bytes` view of the sealed image (no copy); everything else comes from
/// the code record and the materialised, interned names.
pub fn code_attr(c: &Rc<Code>, name: &str) -> Option<Value> {
    let interned = |v: &[Rc<PyStr>]| Value::tuple(v.iter().cloned().map(Value::Str).collect());
    let strs = |v: &[String]| Value::tuple(v.iter().map(|s| Value::str(s)).collect());
    let r = &c.rec;
    Some(match name {
        "co_name" => Value::Str(c.name.clone()),
        "co_qualname" => Value::Str(c.qualname.clone()),
        "co_filename" => Value::Str(c.filename.clone()),
        "co_firstlineno" => Value::Int(r.firstlineno as i64),
        "co_argcount" => Value::Int(r.argcount as i64),
        "co_posonlyargcount" => Value::Int(r.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(r.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(c.varnames.len() as i64),
        "co_varnames" => interned(&c.varnames),
        "co_cellvars" => strs(&r.cellvars),
        "co_freevars" => strs(&r.freevars),
        "co_names" => interned(&c.names),
        "co_consts" => Value::tuple(c.consts.clone()),
        // CO_NOFREE is internal: CPython 3.11 no longer has it.
        "co_flags" => Value::Int((r.flags & !crate::bytecode::code_flags::NOFREE) as i64),
        "co_stacksize" => Value::Int(r.stacksize as i64),
        "co_code" => Value::PermaBytes(c.clone()),
        _ => return None,
    })
}

/// The name of the native module (one without a `__file__`) that defines the built-in
/// function `f`: `heapq.heappush.__module__` is '_heapq', as in CPython.
fn native_home(vm: &Vm, f: &Value) -> Option<Value> {
    let Value::Builtin(target) = f else {
        return None;
    };
    let modules: Vec<Value> = vm
        .modules
        .table
        .borrow()
        .iter()
        .map(|e| e.value.clone())
        .collect();
    modules.into_iter().find_map(|m| match m {
        Value::Module(m) if m.dict.get_name("__file__").is_none() => {
            let holds = m
                .dict
                .table
                .borrow()
                .iter()
                .any(|e| matches!(&e.value, Value::Builtin(b) if Rc::ptr_eq(b, target)));
            holds.then(|| Value::Str(m.name.clone()))
        }
        _ => None,
    })
}

// ---- special methods reached by name --------------------------------------------------------

/// The operators keys and items views share with sets.
const SET_VIEW_DUNDERS: &[&str] = &[
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
];

/// Special methods of the built-in types that the VM carries out directly (`{1} & s`,
/// `len(range(3))`) and that have no entry in the type's method table: reached by name
/// (`{1}.__and__(s)`, `range(3).__len__()`), they run the same operation. Which type has
/// which is as in CPython.
const TYPE_SPECIALS: &[(&str, &[&str])] = &[
    ("NoneType", &["__bool__"]),
    ("str", &["__rmod__", "__rmul__"]),
    ("bytes", &["__rmod__"]),
    ("bytearray", &["__rmod__"]),
    ("tuple", &["__rmul__"]),
    (
        "list",
        &["__iadd__", "__imul__", "__reversed__", "__rmul__"],
    ),
    ("dict", &["__ior__", "__or__", "__reversed__", "__ror__"]),
    (
        "set",
        &[
            "__and__", "__iand__", "__ior__", "__isub__", "__ixor__", "__or__", "__rand__",
            "__ror__", "__rsub__", "__rxor__", "__sub__", "__xor__",
        ],
    ),
    (
        "frozenset",
        &[
            "__and__", "__or__", "__rand__", "__ror__", "__rsub__", "__rxor__", "__sub__",
            "__xor__",
        ],
    ),
    (
        "range",
        &[
            "__bool__",
            "__contains__",
            "__getitem__",
            "__iter__",
            "__len__",
            "__reversed__",
        ],
    ),
    ("dict_keys", SET_VIEW_DUNDERS),
    ("dict_items", SET_VIEW_DUNDERS),
    ("dict_values", &["__reversed__"]),
    // Callables have `__call__` (`hasattr(f, "__call__")` is how older code asks).
    ("function", &["__call__"]),
    ("builtin_function_or_method", &["__call__"]),
    ("method", &["__call__"]),
    ("method_descriptor", &["__call__"]),
];

const GENERIC_SPECIALS: &[(&str, NativeFn)] = &[
    ("__and__", sp_and),
    ("__or__", sp_or),
    ("__xor__", sp_xor),
    ("__sub__", sp_sub),
    ("__rand__", sp_rand),
    ("__ror__", sp_ror),
    ("__rxor__", sp_rxor),
    ("__rsub__", sp_rsub),
    ("__rmul__", sp_rmul),
    ("__rmod__", sp_rmod),
    ("__iand__", sp_iand),
    ("__ior__", sp_ior),
    ("__ixor__", sp_ixor),
    ("__isub__", sp_isub),
    ("__iadd__", sp_iadd),
    ("__imul__", sp_imul),
    ("__bool__", sp_bool),
    ("__len__", sp_len),
    ("__contains__", sp_contains),
    ("__getitem__", sp_getitem),
    ("__iter__", sp_iter),
    ("__reversed__", sp_reversed),
    ("__call__", sp_call),
];

/// The bound special method `name` of a built-in value, when its type has one that the VM
/// implements directly (see [`TYPE_SPECIALS`]).
fn generic_special(vm: &Vm, obj: &Value, name: &str) -> Option<Value> {
    if matches!(obj, Value::Instance(_) | Value::Class(_) | Value::Module(_)) {
        return None;
    }
    let cls = vm.types.builtin_type_of(obj);
    let tname = cls.name.borrow().clone();
    let owner: &'static str = match TYPE_SPECIALS.iter().find(|(t, _)| *t == tname.as_str()) {
        Some((t, names)) if names.contains(&name) => t,
        _ => return None,
    };
    let &(name, func) = GENERIC_SPECIALS.iter().find(|(n, _)| *n == name)?;
    Some(Value::BoundMethod(Rc::new(BoundMethod {
        func: Value::Builtin(Rc::new(Builtin {
            name,
            func,
            receiver: Value::Undef,
            owner: Some(owner),
        })),
        receiver: obj.clone(),
    })))
}

/// The special method `name` of the built-in class `cls` when the VM carries it out directly
/// (see [`TYPE_SPECIALS`]), unbound: what `set.__or__` and `super().__or__(x)` find.
pub fn type_special(cls: &Class, name: &str) -> Option<Value> {
    if !cls.is_builtin {
        return None;
    }
    let tname = cls.name.borrow().clone();
    let owner: &'static str = match TYPE_SPECIALS.iter().find(|(t, _)| *t == tname.as_str()) {
        Some((t, names)) if names.contains(&name) => t,
        _ => return None,
    };
    let &(name, func) = GENERIC_SPECIALS.iter().find(|(n, _)| *n == name)?;
    Some(Value::Builtin(Rc::new(Builtin {
        name,
        func,
        receiver: Value::Undef,
        owner: Some(owner),
    })))
}

/// The data attributes of the built-in types that [`data_attr`] serves, by type: each reads
/// on the class as a descriptor, made by the `_typeforms` function named with it.
const BUILTIN_DATA_ATTRS: &[(&str, &str, &[&str])] = &[
    (
        "int",
        "_getset",
        &["denominator", "imag", "numerator", "real"],
    ),
    ("float", "_getset", &["imag", "real"]),
    ("complex", "_member", &["imag", "real"]),
    ("range", "_member", &["start", "step", "stop"]),
    ("slice", "_member", &["start", "step", "stop"]),
    ("property", "_member", &["fdel", "fget", "fset"]),
];

/// The `_typeforms` function making the descriptor of built-in class `cls`'s own data
/// attribute `name` (`int.real`), if it has one.
pub fn builtin_data_descriptor(cls: &Class, name: &str) -> Option<&'static str> {
    if !cls.is_builtin {
        return None;
    }
    let tname = cls.name.borrow().clone();
    BUILTIN_DATA_ATTRS
        .iter()
        .find(|(t, _, names)| *t == tname.as_str() && names.contains(&name))
        .map(|(_, form, _)| *form)
}

/// The descriptor-making `_typeforms` function and the names of built-in class `cls`'s own
/// data attributes, as its `__dict__` lists them.
pub fn builtin_data_attrs(cls: &Class) -> Option<(&'static str, &'static [&'static str])> {
    if !cls.is_builtin {
        return None;
    }
    let tname = cls.name.borrow().clone();
    BUILTIN_DATA_ATTRS
        .iter()
        .find(|(t, _, _)| *t == tname.as_str())
        .map(|&(_, form, names)| (form, names))
}

/// The receiver and the one argument of a special method called by name.
fn self_and_other<'a>(vm: &mut Vm, a: &'a Args) -> PyResult<(&'a Value, Value)> {
    if a.pos.len() != 2 || !a.kw.is_empty() {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    // A subclass of a built-in type takes part with its built-in value; other objects of
    // user classes are left to their own methods.
    let other = match &a.pos[1] {
        v @ Value::Instance(_) => match crate::vm::ops::unwrap_builtin(v) {
            Some(inner) => inner,
            None => Value::Undef,
        },
        v => v.clone(),
    };
    Ok((&a.pos[0], other))
}

/// The operation's "unsupported operand" TypeError becomes NotImplemented, as the slot
/// function answers for an operand it does not handle; other errors stand.
fn not_implemented_on_type_error(vm: &mut Vm, r: PyResult) -> PyResult {
    match r {
        Err(e) if e.0.class().is_subclass(&vm.types.type_error.clone()) => {
            let msg = vm.exc_str(&e.0).unwrap_or_default();
            if msg.starts_with("unsupported operand")
                || msg.contains("not supported between instances")
                || msg.starts_with("can't multiply sequence")
                || msg.starts_with("can only concatenate")
            {
                Ok(Value::NotImplemented)
            } else {
                Err(e)
            }
        }
        other => other,
    }
}

/// A rich comparison of a built-in type called by name (`list.__eq__(x, y)`): NotImplemented
/// unless `accepts` the other operand's (built-in) value, as CPython's slot answers; the
/// comparison itself otherwise.
pub(crate) fn compare_same_kind(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    op: CmpOp,
    accepts: fn(&Value) -> bool,
) -> PyResult {
    crate::builtins::args::check_method(vm, name, a, 1, 1)?;
    let x = crate::builtins::args::payload(&a.pos[0]);
    let y = crate::builtins::args::payload(&a.pos[1]);
    if !accepts(&y) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&x, &y, op)
}

pub(crate) fn compare_by_name(vm: &mut Vm, a: Args, op: CmpOp) -> PyResult {
    let (this, other) = self_and_other(vm, &a)?;
    if other.is_undef() {
        return Ok(Value::NotImplemented);
    }
    let this = crate::builtins::args::payload(this);
    let same_type = Rc::ptr_eq(
        vm.types.builtin_type_of(&this),
        vm.types.builtin_type_of(&other),
    );
    if !same_type && !crate::vm::ops::natively_compares(&this, &other, op) {
        // `range.__eq__(range(1), 1)`: the slot does not know the other type.
        return Ok(Value::NotImplemented);
    }
    let r = vm.compare(&this, &other, op);
    not_implemented_on_type_error(vm, r)
}

/// The rich comparisons every ordered built-in type has in its own dict (CPython's
/// `tp_richcompare` slot wrappers), for the types whose method tables leave some out: the
/// VM compares their values directly, and `object`'s methods only answer NotImplemented.
pub const RICH_COMPARISONS: &[(&str, NativeFn)] = &[
    ("__lt__", |vm, a| compare_by_name(vm, a, CmpOp::Lt)),
    ("__le__", |vm, a| compare_by_name(vm, a, CmpOp::Le)),
    ("__eq__", |vm, a| compare_by_name(vm, a, CmpOp::Eq)),
    ("__ne__", |vm, a| compare_by_name(vm, a, CmpOp::Ne)),
    ("__gt__", |vm, a| compare_by_name(vm, a, CmpOp::Gt)),
    ("__ge__", |vm, a| compare_by_name(vm, a, CmpOp::Ge)),
];

fn binary_by_name(vm: &mut Vm, a: Args, op: BinOp, reflected: bool) -> PyResult {
    let (this, other) = self_and_other(vm, &a)?;
    if other.is_undef() {
        return Ok(Value::NotImplemented);
    }
    // Reached through super() from a subclass, the receiver takes part with its built-in value.
    let this = crate::builtins::args::payload(this);
    let r = if reflected {
        vm.binary_op(&other, &this, op)
    } else {
        vm.binary_op(&this, &other, op)
    };
    not_implemented_on_type_error(vm, r)
}

fn inplace_by_name(vm: &mut Vm, a: Args, op: BinOp) -> PyResult {
    let (this, other) = self_and_other(vm, &a)?;
    if other.is_undef() {
        return Ok(Value::NotImplemented);
    }
    // Reached through super() from a subclass, the built-in value inside is updated and the
    // subclass instance is the result.
    let receiver = this.clone();
    let this = crate::builtins::args::payload(this);
    let r = match vm.inplace_op(&this, &other, op) {
        Ok(r) if r.is(&this) => Ok(receiver),
        r => r,
    };
    if matches!(this, Value::List(_)) {
        // list.__iadd__ takes any iterable: its errors are the iteration's.
        return r;
    }
    not_implemented_on_type_error(vm, r)
}

fn no_arguments<'a>(vm: &mut Vm, a: &'a Args) -> PyResult<&'a Value> {
    if a.pos.len() != 1 || !a.kw.is_empty() {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
    }
    Ok(&a.pos[0])
}

macro_rules! by_name {
    ($($f:ident => $body:expr;)*) => {
        $(fn $f(vm: &mut Vm, a: Args) -> PyResult {
            let f: fn(&mut Vm, Args) -> PyResult = $body;
            f(vm, a)
        })*
    };
}

by_name! {
    sp_call => |vm, a| match a.pos.split_first() {
        Some((callee, rest)) => vm.call(callee, rest, a.kw),
        None => Err(vm.type_error("descriptor '__call__' needs an argument")),
    };
    sp_and => |vm, a| binary_by_name(vm, a, BinOp::And, false);
    sp_or => |vm, a| binary_by_name(vm, a, BinOp::Or, false);
    sp_xor => |vm, a| binary_by_name(vm, a, BinOp::Xor, false);
    sp_sub => |vm, a| binary_by_name(vm, a, BinOp::Sub, false);
    sp_rand => |vm, a| binary_by_name(vm, a, BinOp::And, true);
    sp_ror => |vm, a| binary_by_name(vm, a, BinOp::Or, true);
    sp_rxor => |vm, a| binary_by_name(vm, a, BinOp::Xor, true);
    sp_rsub => |vm, a| binary_by_name(vm, a, BinOp::Sub, true);
    sp_rmul => |vm, a| binary_by_name(vm, a, BinOp::Mul, true);
    sp_rmod => |vm, a| binary_by_name(vm, a, BinOp::Mod, true);
    sp_iand => |vm, a| inplace_by_name(vm, a, BinOp::And);
    sp_ior => |vm, a| inplace_by_name(vm, a, BinOp::Or);
    sp_ixor => |vm, a| inplace_by_name(vm, a, BinOp::Xor);
    sp_isub => |vm, a| inplace_by_name(vm, a, BinOp::Sub);
    sp_iadd => |vm, a| inplace_by_name(vm, a, BinOp::Add);
    sp_imul => |vm, a| inplace_by_name(vm, a, BinOp::Mul);
    sp_bool => |vm, a| {
        let v = no_arguments(vm, &a)?.clone();
        Ok(Value::from_bool(vm.truthy(&v)?))
    };
    sp_len => |vm, a| {
        let v = no_arguments(vm, &a)?.clone();
        Ok(Value::Int(vm.len(&v)? as i64))
    };
    sp_iter => |vm, a| {
        let v = no_arguments(vm, &a)?.clone();
        vm.get_iter(&v)
    };
    sp_reversed => |vm, a| {
        // A plain method in CPython, not a slot wrapper: it words its arity error so.
        if a.pos.is_empty() {
            no_arguments(vm, &a)?;
        }
        crate::builtins::args::check_method(vm, "__reversed__", &a, 0, 0)?;
        let v = a.pos[0].clone();
        crate::builtins::functions::reversed_of(vm, &v)
    };
    sp_contains => |vm, a| {
        let (this, item) = (a.pos[0].clone(), one_arg(vm, &a)?);
        Ok(Value::from_bool(vm.contains(&this, &item)?))
    };
    sp_getitem => |vm, a| {
        let (this, key) = (a.pos[0].clone(), one_arg(vm, &a)?);
        vm.get_item(&this, &key)
    };
}

fn one_arg(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() != 2 || !a.kw.is_empty() {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    Ok(a.pos[1].clone())
}
