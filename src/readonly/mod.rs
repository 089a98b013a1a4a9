//! Namespaces and THE write choke point.
//!
//! Module globals, class dicts and function attributes are namespaces. Every set, add or
//! delete of a binding in any of them — `STORE_GLOBAL`, `STORE_NAME` in a class body,
//! `setattr` on a module, class or function, `globals()[k] = v`, `vars(m)[k] = v`,
//! `m.__dict__[k] = v`, import binding a submodule, `from m import *` — calls [`write`].
//! No other code mutates a namespace: dict methods route namespace dicts here, and the raw
//! setters on [`DictObj`] are crate-private and used only below (and on plain dicts).

use std::rc::Rc;

use crate::objects::{Class, DictObj, Function, Module, PyResult, PyStr, Value};
use crate::vm::Vm;

/// Who owns a namespace dict: used to name write targets (`m.x`, `m.Klass.attr`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NsOwner {
    /// A module, by name.
    Module(String),
    /// A class, by `module.qualname`.
    Class(String),
}

/// The namespace a write is aimed at.
#[derive(Clone, Copy)]
pub enum Target<'a> {
    Module(&'a Rc<Module>),
    Class(&'a Rc<Class>),
    Function(&'a Rc<Function>),
    /// A namespace reached through its dict (`globals()`, `vars(m)`, `m.__dict__`).
    Dict(&'a Rc<DictObj>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpKind {
    Set,
    Add,
    Delete,
}

impl OpKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OpKind::Set => "set",
            OpKind::Add => "add",
            OpKind::Delete => "delete",
        }
    }
}

/// What the write does.
pub enum Write {
    Set(Value),
    Delete,
}

/// Why a write happens, for policies that allow only some causes (e.g. import).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    Code,
    Import,
}

/// One namespace write as the choke point saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteRecord {
    pub target: String,
    pub op: OpKind,
    pub kind: &'static str,
}

/// THE choke point. Returns `Ok(false)` when a delete found no such name (the caller raises
/// the error its path calls for: NameError, AttributeError or KeyError).
pub fn write(
    vm: &mut Vm,
    target: Target,
    name: &Rc<PyStr>,
    what: Write,
    _cause: Cause,
) -> PyResult<bool> {
    let (dict, kind) = match target {
        Target::Module(m) => (m.dict.clone(), "module"),
        Target::Class(c) => (c.dict.clone(), "class"),
        Target::Dict(d) => (d.clone(), dict_kind(d)),
        Target::Function(f) => return write_function(vm, f, name, what),
    };
    let exists = dict.contains_str(name);
    let op = match (&what, exists) {
        (Write::Delete, _) => OpKind::Delete,
        (Write::Set(_), true) => OpKind::Set,
        (Write::Set(_), false) => OpKind::Add,
    };
    if let Some(log) = vm.write_log.as_mut() {
        log.push(WriteRecord {
            target: target_path(&dict, name.as_str()),
            op,
            kind,
        });
    }
    if kind == "class" {
        // Cached MRO lookups of every class may depend on this dict.
        crate::objects::bump_class_epoch();
    }
    match what {
        Write::Set(v) => {
            if let (Target::Class(c), "__getattr__" | "__getattribute__") = (target, name.as_str())
            {
                c.has_getattr.set(true);
            }
            dict.set_str_raw(name.clone(), v);
            Ok(true)
        }
        Write::Delete => Ok(dict.del_str_raw(name).is_some()),
    }
}

fn dict_kind(d: &DictObj) -> &'static str {
    match &*d.owner.borrow() {
        Some(NsOwner::Class(_)) => "class",
        _ => "module",
    }
}

/// `module.name` or `module.Qualname.attr` for a namespace dict.
pub fn target_path(dict: &DictObj, name: &str) -> String {
    match &*dict.owner.borrow() {
        Some(NsOwner::Module(m)) | Some(NsOwner::Class(m)) => format!("{m}.{name}"),
        None => name.to_string(),
    }
}

/// Function attributes: the special ones live in fields, the rest in `__dict__`.
fn write_function(vm: &mut Vm, f: &Rc<Function>, name: &Rc<PyStr>, what: Write) -> PyResult<bool> {
    let special = matches!(
        name.as_str(),
        "__code__"
            | "__defaults__"
            | "__kwdefaults__"
            | "__doc__"
            | "__name__"
            | "__qualname__"
            | "__module__"
            | "__annotations__"
    );
    let op = match (&what, special) {
        (Write::Delete, _) => OpKind::Delete,
        (Write::Set(_), true) => OpKind::Set,
        (Write::Set(_), false) => {
            let exists = f
                .dict
                .borrow()
                .as_ref()
                .is_some_and(|d| d.contains_str(name));
            if exists { OpKind::Set } else { OpKind::Add }
        }
    };
    if let Some(log) = vm.write_log.as_mut() {
        let module = match &*f.module.borrow() {
            Value::Str(s) => s.as_str().to_string(),
            _ => String::new(),
        };
        let target = format!(
            "{module}.{}.{}",
            f.qualname.borrow().as_str(),
            name.as_str()
        );
        log.push(WriteRecord {
            target,
            op,
            kind: "function",
        });
    }
    crate::vm::attr::apply_function_attr(vm, f, name, what)
}
