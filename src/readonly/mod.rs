//! Namespaces and THE write choke point.
//!
//! Module globals, class dicts and function attributes are namespaces. Every set, add or
//! delete of a binding in any of them — `STORE_GLOBAL`, `STORE_NAME` in a class body,
//! `setattr` on a module, class or function, `globals()[k] = v`, `vars(m)[k] = v`,
//! `m.__dict__[k] = v`, import binding a submodule, `from m import *` — calls [`write`].
//! No other code mutates a namespace: dict methods route namespace dicts here, and the raw
//! setters on [`DictObj`] are crate-private and used only below (and on plain dicts).

mod freeze;
pub mod patch;
mod state;
mod table;

use std::rc::Rc;

use crate::audit::{Location, NamespaceKind};
use crate::objects::{Class, DictObj, Function, Module, PyResult, PyStr, Value};
use crate::policy::{Decision, Trigger, WriteRequest};
use crate::vm::Vm;

pub use freeze::{
    begin_definition, class_path, end_definition, freeze_class, freeze_function, freeze_startup,
    function_is_frozen, function_path, is_frozen, module_imported, native_module_loaded,
    set_initialized,
};
pub use state::ReadOnlyState;
pub use table::{FrozenNs, FrozenTable, Grant, NsKind, NsObject, Overlay, Slot};

/// Who owns a namespace dict, and whether it is still building or frozen.
///
/// The building variants name the target of writes (`m.x`, `m.Klass.attr`); a frozen
/// namespace is a different type, [`FrozenNs`], whose only mutable part is its overlay.
#[derive(Clone)]
pub enum NsOwner {
    /// A building module, by name.
    Module(String),
    /// A building class, by `module.qualname`.
    Class(String),
    /// A frozen module, class or function namespace.
    Frozen(Box<FrozenNs>),
}

impl std::fmt::Debug for NsOwner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NsOwner::Module(m) => write!(f, "Module({m:?})"),
            NsOwner::Class(c) => write!(f, "Class({c:?})"),
            NsOwner::Frozen(ns) => write!(f, "Frozen({} {:?})", ns.kind.as_str(), ns.path()),
        }
    }
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

/// What a write does to a binding: `set`, `add` (a new name) or `delete`.
pub type OpKind = crate::policy::Op;

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
    /// `STORE_GLOBAL` / `DELETE_GLOBAL`: a module's own code rebinding its globals.
    Global,
    /// `unittest.mock`'s patcher setting or restoring an attribute (see [`patch`]).
    Patch,
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
    cause: Cause,
) -> PyResult<bool> {
    let dict = match target {
        Target::Module(m) => &m.dict,
        Target::Class(c) => &c.dict,
        Target::Dict(d) => d,
        Target::Function(f) => return write_function(vm, f, name, what, cause),
    };
    let mut frozen = is_frozen(dict);
    if !frozen && vm.readonly.lazy_freezing {
        let class = match target {
            Target::Class(c) => Some(c),
            _ => None,
        };
        frozen = freeze::runtime_class(vm, dict, class);
    }
    // Whether the name is bound matters only to the audit log and to frozen namespaces; an
    // ordinary store into a live module (a module-level loop) skips the extra lookup.
    let exists = (frozen || vm.write_log.is_some()) && dict.contains_str(name);
    let op = op_of(&what, exists);
    if let Some(log) = vm.write_log.as_mut() {
        log.push(WriteRecord {
            target: target_path(dict, name.as_str()),
            op,
            kind: dict_kind(dict).as_str(),
        });
    }
    if dict_kind(dict) == NsKind::Class {
        // Cached MRO lookups of every class may depend on this dict.
        crate::objects::bump_class_epoch();
    }
    if frozen {
        if matches!(what, Write::Delete) && !exists {
            return Ok(false);
        }
        let grant = decide(vm, dict, name, op, cause)?;
        let value = match &what {
            Write::Set(v) => Some(v.clone()),
            Write::Delete => None,
        };
        if let Some(NsOwner::Frozen(ns)) = &mut *dict.owner.borrow_mut() {
            ns.apply(grant, dict, name, value);
            ns.object.mark_modified();
        }
    }
    let dict = dict.clone();
    match what {
        Write::Set(v) => {
            if let (Target::Class(c), "__getattr__" | "__getattribute__") = (target, name.as_str())
            {
                c.has_getattr.set(true);
            }
            if vm.readonly.freeze_main && !frozen {
                freeze::main_binding(vm, &dict, &v);
            }
            dict.set_str_raw(name.clone(), v);
            Ok(true)
        }
        Write::Delete => Ok(dict.del_str_raw(name).is_some()),
    }
}

/// Whether `dict` is a live (unfrozen) module namespace whose stores the choke point passes
/// straight through: the eval loop may then take a str binding out for the moment between an
/// in-place `s += t` and the store of its result back under the same name.
pub fn is_live_module_namespace(vm: &Vm, dict: &DictObj) -> bool {
    !vm.readonly.lazy_freezing && !is_frozen(dict) && dict_kind(dict) == NsKind::Module
}

fn op_of(what: &Write, exists: bool) -> OpKind {
    match (what, exists) {
        (Write::Delete, _) => OpKind::Delete,
        (Write::Set(_), true) => OpKind::Set,
        (Write::Set(_), false) => OpKind::Add,
    }
}

fn dict_kind(d: &DictObj) -> NsKind {
    match &*d.owner.borrow() {
        Some(NsOwner::Class(_)) => NsKind::Class,
        Some(NsOwner::Frozen(ns)) => ns.kind,
        _ => NsKind::Module,
    }
}

/// The dotted path of a namespace: `m`, `m.Klass`, `m.func`; empty when unknown.
fn ns_path(dict: &DictObj) -> String {
    match &*dict.owner.borrow() {
        Some(NsOwner::Module(m)) | Some(NsOwner::Class(m)) => m.clone(),
        Some(NsOwner::Frozen(ns)) => ns.path().to_string(),
        None => String::new(),
    }
}

/// `module.name` or `module.Qualname.attr` for a namespace dict.
pub fn target_path(dict: &DictObj, name: &str) -> String {
    let ns = ns_path(dict);
    if ns.is_empty() {
        name.to_string()
    } else {
        format!("{ns}.{name}")
    }
}

/// Asks the policy about a write to the frozen namespace `dict`, audits the attempt (log and
/// `sys.addaudithook` hooks), and returns the grant to write, or the `ReadOnlyError`.
fn decide(
    vm: &mut Vm,
    dict: &DictObj,
    name: &Rc<PyStr>,
    op: OpKind,
    cause: Cause,
) -> PyResult<Grant> {
    let Some(policy) = vm.readonly.policy.clone() else {
        return Ok(Grant::issue());
    };
    let cause = patch::cause_of(vm, cause);
    let generation = vm.readonly.generation;
    let cached = match &*dict.owner.borrow() {
        Some(NsOwner::Frozen(ns)) => ns.cached_decision(name, op, cause, generation),
        _ => None,
    };
    // An allowed write nobody watches needs nothing more than the cached decision.
    if cached
        .as_ref()
        .is_some_and(|d| d.decision != Decision::Denied)
        && !vm.readonly.audit.is_enabled()
        && vm.audit_hooks.borrow().is_empty()
    {
        return Ok(Grant::issue());
    }
    let (kind, path) = match &*dict.owner.borrow() {
        Some(NsOwner::Frozen(ns)) => (ns.kind, ns.path().to_string()),
        _ => (NsKind::Module, String::new()),
    };
    let target = format!("{path}.{}", name.as_str());
    let decision = match cached {
        Some(d) => d,
        None => {
            let d = policy.decide(&WriteRequest {
                target: &target,
                op,
                origin: match cause {
                    Cause::Code => None,
                    Cause::Import => Some(Trigger::Import),
                    Cause::Global => Some(Trigger::Global),
                    Cause::Patch => Some(Trigger::Patch),
                },
            });
            if let Some(NsOwner::Frozen(ns)) = &*dict.owner.borrow() {
                ns.cache_decision(name, op, cause, generation, &d);
            }
            d
        }
    };
    if vm.readonly.audit.is_enabled() {
        let location = current_location(vm);
        vm.readonly.audit.namespace_write(
            &target,
            op,
            namespace_kind(kind),
            decision.decision,
            decision.rule.as_ref(),
            location,
        );
    }
    vm.audit_event(
        "namespace.write",
        &[
            Value::str(&target),
            Value::str(op.as_str()),
            Value::str(decision_str(decision.decision)),
        ],
    )?;
    if decision.decision == Decision::Denied {
        let msg = denial_message(kind, &path, name.as_str(), op);
        let class = vm.types.readonly_error.clone();
        return Err(vm.new_error(&class, msg));
    }
    Ok(Grant::issue())
}

fn decision_str(d: Decision) -> &'static str {
    match d {
        Decision::Allowed => "allowed",
        Decision::Denied => "denied",
        Decision::Audited => "audited",
    }
}

fn namespace_kind(kind: NsKind) -> NamespaceKind {
    match kind {
        NsKind::Module => NamespaceKind::Module,
        NsKind::Class => NamespaceKind::Class,
        NsKind::Function => NamespaceKind::Function,
    }
}

/// `cannot rebind 'dumps' of read-only module 'json'` and its siblings.
pub fn denial_message(kind: NsKind, path: &str, name: &str, op: OpKind) -> String {
    let kind = kind.as_str();
    match op {
        OpKind::Set => format!("cannot rebind '{name}' of read-only {kind} '{path}'"),
        OpKind::Add => format!("cannot add '{name}' to read-only {kind} '{path}'"),
        OpKind::Delete => format!("cannot delete '{name}' from read-only {kind} '{path}'"),
    }
}

/// Where the Python code making the write is: the innermost running frame's file, line and
/// function.
fn current_location(vm: &Vm) -> Option<Location> {
    let (file, line, function) = vm.current_location()?;
    Some(Location::new(file, line, function))
}

/// Function attributes that live in fields of the function rather than in its `__dict__`.
fn is_function_field(name: &str) -> bool {
    matches!(
        name,
        "__code__"
            | "__defaults__"
            | "__kwdefaults__"
            | "__doc__"
            | "__name__"
            | "__qualname__"
            | "__module__"
            | "__annotations__"
            | "__dict__"
    )
}

/// Function attributes: the special ones live in fields, the rest in `__dict__`. A frozen
/// function's `__dict__` is its frozen namespace; field writes are recorded in its overlay.
fn write_function(
    vm: &mut Vm,
    f: &Rc<Function>,
    name: &Rc<PyStr>,
    what: Write,
    cause: Cause,
) -> PyResult<bool> {
    let field = is_function_field(name.as_str());
    let exists = field
        || f.dict
            .borrow()
            .as_ref()
            .is_some_and(|d| d.contains_str(name));
    let op = op_of(&what, exists);
    if let Some(log) = vm.write_log.as_mut() {
        log.push(WriteRecord {
            target: format!("{}.{}", freeze::function_path(f), name.as_str()),
            op,
            kind: "function",
        });
    }
    let frozen_dict = match &*f.dict.borrow() {
        Some(d) if is_frozen(d) => Some(d.clone()),
        _ => None,
    };
    let frozen_dict = match frozen_dict {
        Some(d) => Some(d),
        None if vm.readonly.lazy_freezing && freeze::runtime_function(vm, f) => {
            f.dict.borrow().clone()
        }
        None => None,
    };
    let Some(dict) = frozen_dict else {
        return crate::vm::attr::apply_function_attr(vm, f, name, what);
    };
    if matches!(what, Write::Delete) && !exists {
        return Ok(false);
    }
    let grant = decide(vm, &dict, name, op, cause)?;
    let value = match &what {
        Write::Set(v) => Some(v.clone()),
        Write::Delete => None,
    };
    let done = crate::vm::attr::apply_function_attr(vm, f, name, what)?;
    let new_dict = match (name.as_str(), &value) {
        ("__dict__", Some(Value::Dict(d))) if !Rc::ptr_eq(d, &dict) => Some(d.clone()),
        _ => None,
    };
    if let Some(NsOwner::Frozen(ns)) = &mut *dict.owner.borrow_mut() {
        // Fields hold a value even after `del` (None); record what the field now holds.
        let recorded = if field {
            value.or(Some(Value::None))
        } else {
            value
        };
        ns.apply(grant, &dict, name, recorded);
        ns.object.mark_modified();
    }
    if new_dict.is_some() {
        // The function's namespace is now the assigned dict: it is frozen in its turn.
        freeze::freeze_function(f);
    }
    Ok(done)
}
