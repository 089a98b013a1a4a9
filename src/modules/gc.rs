//! `_gc`: what the embedded `gc.py` needs from the VM.
//!
//! pyseal frees objects by reference counting, so a collection finds no cycles; it runs the
//! finalizers of objects already dropped (closing abandoned generators, `__del__` methods).

use std::rc::Rc;

use crate::builtins::args::check;
use crate::objects::*;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[("collect", collect)];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_gc", FUNCS)
}

/// `_gc.collect()`: runs pending finalizers; returns how many unreachable objects were found
/// (always 0).
fn collect(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "collect", &a, 0, 0)?;
    vm.close_abandoned_generators();
    Ok(Value::Int(0))
}
