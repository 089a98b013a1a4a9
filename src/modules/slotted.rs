//! `_slotted`: builds an instance of a plain slotted Python class with every slot filled, in
//! one call.
//!
//! The embedded pure-Python numeric types (`decimal`) make a new immutable instance for every
//! result; `object.__new__` and one `object.__setattr__` per slot cost more than the
//! arithmetic. `build` does the same in one step. It never runs Python code (no `__new__`,
//! `__init__` or `__setattr__`), never touches an existing object, and builds only what
//! `object.__new__` and `object.__setattr__` could build already.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::*;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[("build", build)];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_slotted", FUNCS)
}

/// `build(cls, *values)`: a new instance of `cls`, a Python class over `object` whose
/// instances have slots and no `__dict__`, with its slots (in layout order: base classes'
/// first, each in `__slots__` order) holding `values`, one value per slot.
fn build(vm: &mut Vm, a: Args) -> PyResult {
    if !a.kw.is_empty() {
        return Err(vm.type_error("build() takes no keyword arguments"));
    }
    let Some((first, values)) = a.pos.split_first() else {
        return Err(vm.type_error("build() missing required argument 'cls' (pos 1)"));
    };
    let Value::Class(cls) = first else {
        let t = vm.type_name(first);
        return Err(vm.type_error(format!("build() argument 1 must be a class, not {t}")));
    };
    // A metaclass (an ABC's, say) may have a say in instantiation: not for build.
    if cls.is_builtin
        || cls.base_kind != BaseKind::Object
        || cls.has_dict
        || cls.metaclass.borrow().is_some()
    {
        let n = cls.name();
        return Err(vm.type_error(format!(
            "build() needs a slotted class without __dict__, not '{n}'"
        )));
    }
    if cls.slot_layout.len() != values.len() {
        let (n, want, got) = (cls.name(), cls.slot_layout.len(), values.len());
        return Err(vm.type_error(format!(
            "build() needs {want} slot values for '{n}', got {got}"
        )));
    }
    Ok(Value::Instance(Rc::new(Instance {
        class: cls.clone().into(),
        dict: None,
        slots: RefCell::new(values.to_vec()),
        payload: Payload::None,
    })))
}
