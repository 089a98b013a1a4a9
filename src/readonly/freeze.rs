//! Freezing: turning building namespaces into [`FrozenNs`] — builtins and native modules at
//! start-up, a module with the functions and classes its top-level code created when its
//! import finishes (or at `module.set_initialized()`), what `__main__` defines (with
//! `freeze.main`), and run-time definitions (with `freeze.runtime_definitions`).
//!
//! Freezing never changes a binding; it only swaps a dict's owner for a frozen one and takes
//! the snapshot. It never runs Python code.

use std::rc::Rc;

use super::NsOwner;
use super::table::{FrozenNs, NsKind, NsObject};
use crate::objects::dict::DictRole;
use crate::objects::{Class, DictObj, Function, Module, Value};
use crate::policy::FreezeConfig;
use crate::vm::Vm;

pub fn is_frozen(dict: &DictObj) -> bool {
    matches!(&*dict.owner.borrow(), Some(NsOwner::Frozen(_)))
}

/// Swaps `dict`'s owner for a frozen namespace with a snapshot of its bindings.
fn freeze_dict(dict: &DictObj, kind: NsKind, path: Option<String>, object: NsObject) {
    let ns = FrozenNs::new(kind, path, object);
    dict.role.set(DictRole::Namespace);
    *dict.owner.borrow_mut() = Some(NsOwner::Frozen(Box::new(ns)));
}

/// The freeze configuration in force, or None when nothing freezes (mode off, no policy).
fn config(vm: &Vm) -> Option<FreezeConfig> {
    vm.readonly.policy.as_ref().map(|p| p.freeze)
}

/// Builtins and the native modules loaded so far, with their classes. Runs before user code.
pub fn freeze_startup(vm: &mut Vm) {
    if config(vm).is_none() {
        return;
    }
    let builtins = vm.builtins_module.clone();
    let sys = vm.sys.clone();
    let all = FreezeConfig {
        modules: true,
        classes: true,
        functions: true,
        main: false,
        runtime_definitions: false,
    };
    freeze_module_with(vm, &builtins, all);
    freeze_module_with(vm, &sys, all);
    let loaded: Vec<Rc<Module>> = vm
        .modules
        .table
        .borrow()
        .iter()
        .filter_map(|e| match &e.value {
            Value::Module(m) => Some(m.clone()),
            _ => None,
        })
        .collect();
    for m in loaded {
        if m.name.as_str() != "__main__" {
            freeze_module_with(vm, &m, all);
        }
    }
}

/// A native module just loaded: it freezes whole, like those loaded at start-up.
pub fn native_module_loaded(vm: &mut Vm, m: &Rc<Module>) {
    if config(vm).is_some() {
        let all = FreezeConfig {
            main: false,
            runtime_definitions: false,
            ..FreezeConfig::default()
        };
        freeze_module_with(vm, m, all);
    }
}

/// A module's import finished: it freezes with what its top-level code created, as the
/// policy's `freeze` table says.
pub fn module_imported(vm: &mut Vm, m: &Rc<Module>) {
    if let Some(cfg) = config(vm) {
        freeze_module_with(vm, m, cfg);
    }
}

/// `module.set_initialized()`: the module freezes now, as if its import had finished.
pub fn set_initialized(vm: &mut Vm, m: &Rc<Module>) {
    module_imported(vm, m);
}

fn freeze_module_with(vm: &mut Vm, m: &Rc<Module>, cfg: FreezeConfig) {
    if cfg.modules && !is_frozen(&m.dict) {
        freeze_dict(
            &m.dict,
            NsKind::Module,
            Some(m.name.as_str().to_string()),
            NsObject::Module(Rc::downgrade(m)),
        );
    }
    let main = main_dict(vm);
    let values: Vec<Value> = m
        .dict
        .table
        .borrow()
        .iter()
        .map(|e| e.value.clone())
        .collect();
    for v in values {
        freeze_definition(&v, cfg, main.as_ref());
    }
}

fn main_dict(vm: &Vm) -> Option<Rc<DictObj>> {
    vm.readonly.main.as_ref().map(|(d, _)| d.clone())
}

/// Freezes a function or class bound somewhere in a freezing namespace, and what a class
/// defines. Definitions of `__main__` are left to the `freeze.main` rule.
fn freeze_definition(v: &Value, cfg: FreezeConfig, main: Option<&Rc<DictObj>>) {
    match v {
        Value::Function(f) if cfg.functions => {
            if main.is_some_and(|d| Rc::ptr_eq(d, &f.globals)) {
                return;
            }
            freeze_function(f);
        }
        Value::Class(c) if cfg.classes => {
            if !c.is_builtin
                && main.is_some()
                && c.dict
                    .get_name("__module__")
                    .is_some_and(|m| m.as_str().is_some_and(|s| s.as_str() == "__main__"))
            {
                return;
            }
            freeze_class(c, cfg);
        }
        Value::StaticMethod(inner) | Value::ClassMethod(inner) => {
            freeze_definition(inner, cfg, main)
        }
        Value::Property(p) => {
            for acc in [&p.fget, &p.fset, &p.fdel] {
                freeze_definition(acc, cfg, main);
            }
        }
        _ => {}
    }
}

/// A function's dotted path: `module.qualname`.
pub fn function_path(f: &Function) -> String {
    let module = match &*f.module.borrow() {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    format!("{module}.{}", f.qualname.borrow().as_str())
}

/// Freezes a function's attributes: its `__dict__` becomes a frozen namespace (created empty
/// when it has none), which also marks the function itself as frozen.
pub fn freeze_function(f: &Rc<Function>) {
    let dict = f
        .dict
        .borrow_mut()
        .get_or_insert_with(|| Rc::new(DictObj::new()))
        .clone();
    if is_frozen(&dict) {
        return;
    }
    freeze_dict(
        &dict,
        NsKind::Function,
        Some(function_path(f)),
        NsObject::Function(Rc::downgrade(f)),
    );
}

pub fn function_is_frozen(f: &Function) -> bool {
    f.dict.borrow().as_ref().is_some_and(|d| is_frozen(d))
}

/// Freezes a class and the functions and classes its body defined.
pub fn freeze_class(c: &Rc<Class>, cfg: FreezeConfig) {
    if is_frozen(&c.dict) {
        return;
    }
    // The path is worked out when first needed, from the class (see `FrozenNs::path`).
    let path = match &*c.dict.owner.borrow() {
        Some(NsOwner::Class(p)) => Some(p.clone()),
        _ => None,
    };
    freeze_dict(
        &c.dict,
        NsKind::Class,
        path,
        NsObject::Class(Rc::downgrade(c)),
    );
    // Freezing a definition never writes this table (only other namespaces' owner cells),
    // so it is walked in place.
    for e in c.dict.table.borrow().iter() {
        freeze_definition(&e.value, cfg, None);
    }
}

/// `module.Qualname` of a class (its namespace owner names it while building).
pub fn class_path(c: &Class) -> String {
    match &*c.dict.owner.borrow() {
        Some(NsOwner::Class(p)) => p.clone(),
        Some(NsOwner::Frozen(ns)) => ns.path().to_string(),
        _ => super::table::defined_class_path(c),
    }
}

/// `freeze.main`: a function or class that `__main__`'s top-level code just bound freezes now
/// (its statement, decorators included, has completed).
pub fn main_binding(vm: &Vm, dict: &Rc<DictObj>, value: &Value) {
    if !matches!(value, Value::Function(_) | Value::Class(_)) {
        return;
    }
    let Some((main, depth)) = &vm.readonly.main else {
        return;
    };
    let Some(cfg) = config(vm) else {
        return;
    };
    if !cfg.main || !Rc::ptr_eq(main, dict) || vm.depth != *depth {
        return;
    }
    match value {
        Value::Function(f) if cfg.functions => freeze_function(f),
        Value::Class(c) if cfg.classes => freeze_class(c, cfg),
        _ => {}
    }
}

/// `freeze.runtime_definitions`: a function created after its module froze is frozen by the
/// time anything writes to it once its statement has completed (freezing lazily, at the first
/// write after that, is indistinguishable from freezing when the statement completed). Its
/// decorators still write to it (`functools.wraps`).
pub fn runtime_function(vm: &Vm, f: &Rc<Function>) -> bool {
    let Some(cfg) = config(vm) else {
        return false;
    };
    if !cfg.runtime_definitions || !cfg.functions {
        return false;
    }
    if being_defined(vm, |v| matches!(v, Value::Function(g) if Rc::ptr_eq(g, f))) {
        return false;
    }
    let in_main = vm
        .readonly
        .main
        .as_ref()
        .is_some_and(|(d, _)| Rc::ptr_eq(d, &f.globals));
    if (in_main && cfg.main) || (!in_main && is_frozen(&f.globals)) {
        freeze_function(f);
        return true;
    }
    false
}

/// Whether a definition matching `is_it` is still running its decorators.
fn being_defined(vm: &Vm, is_it: impl Fn(&Value) -> bool) -> bool {
    vm.readonly.defining.iter().any(|(_, v)| is_it(v))
}

/// `BeginDefinition`: a decorated function or class is made; until [`end_definition`] its
/// decorators may write to it although run-time definitions freeze.
pub fn begin_definition(vm: &mut Vm, made: &Value) {
    if vm.readonly.lazy_freezing && matches!(made, Value::Function(_) | Value::Class(_)) {
        vm.readonly.defining.push((vm.depth, made.clone()));
    }
}

/// `EndDefinition`: the decorators of the innermost decorated definition at this depth have
/// run. Entries of deeper frames are left over from decorators that raised; they go too.
pub fn end_definition(vm: &mut Vm) {
    let depth = vm.depth;
    let defining = &mut vm.readonly.defining;
    while defining.last().is_some_and(|(d, _)| *d > depth) {
        defining.pop();
    }
    if defining.last().is_some_and(|(d, _)| *d == depth) {
        defining.pop();
    }
}

/// The class counterpart of [`runtime_function`], for a class dict being written.
pub fn runtime_class(vm: &Vm, dict: &DictObj, class: Option<&Rc<Class>>) -> bool {
    let Some(cfg) = config(vm) else {
        return false;
    };
    if !cfg.runtime_definitions || !cfg.classes {
        return false;
    }
    if !matches!(&*dict.owner.borrow(), Some(NsOwner::Class(_))) {
        return false;
    }
    if being_defined(
        vm,
        |v| matches!(v, Value::Class(c) if std::ptr::eq(&*c.dict, dict)),
    ) {
        return false;
    }
    let module = match dict.get_name("__module__") {
        Some(Value::Str(m)) => m.as_str().to_string(),
        _ => return false,
    };
    let frozen_module = if module == "__main__" {
        cfg.main
    } else {
        matches!(vm.modules.get_name(&module), Some(Value::Module(m)) if is_frozen(&m.dict))
    };
    if !frozen_module {
        return false;
    }
    match class {
        Some(c) => freeze_class(c, cfg),
        // Reached through its dict only: freeze the dict; its methods freeze on their own
        // first write.
        None => {
            let path = match &*dict.owner.borrow() {
                Some(NsOwner::Class(p)) => p.clone(),
                _ => return false,
            };
            freeze_dict(dict, NsKind::Class, Some(path), NsObject::None);
        }
    }
    true
}
