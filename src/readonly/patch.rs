//! `_pyseal_patch`: the writes `unittest.mock`'s patchers make, with their own cause.
//!
//! A patcher replaces an attribute for a scope (a `with` block, a decorated test, a
//! `start()`/`stop()` pair) and puts the original back afterwards. Policies can allow exactly
//! these writes with `on = "patch"` while other rebinding of the same attributes stays denied;
//! every one of them passes the choke point and is audited like any other write.
//!
//! The functions mark the interpreter depth they run at; [`cause_of`] gives writes made at
//! that depth — by the attribute store itself, not by Python code it calls — cause `patch`.

use std::rc::Rc;

use crate::builtins::functions::attr_name;
use crate::objects::{Args, Module, NativeFn, PyResult, Value};
use crate::vm::Vm;

use super::Cause;

const FUNCS: &[(&str, NativeFn)] = &[("setattr", patch_setattr), ("delattr", patch_delattr)];

/// The native module `_pyseal_patch`.
pub fn create(vm: &mut Vm) -> Rc<Module> {
    crate::modules::native_module(vm, "_pyseal_patch", FUNCS)
}

/// The cause a write has: a plain code write made while a patch function runs, at its depth,
/// is the patcher's.
pub(super) fn cause_of(vm: &Vm, cause: Cause) -> Cause {
    if cause == Cause::Code && vm.readonly.patch_depth == Some(vm.depth) {
        Cause::Patch
    } else {
        cause
    }
}

/// Runs `write` with writes at the current depth marked as the patcher's, restoring the mark
/// of an enclosing patch call afterwards (also when the write fails).
fn as_patcher(vm: &mut Vm, write: impl FnOnce(&mut Vm) -> PyResult<()>) -> PyResult {
    let outer = vm.readonly.patch_depth.replace(vm.depth);
    let r = write(vm);
    vm.readonly.patch_depth = outer;
    r.map(|()| Value::None)
}

/// `setattr(obj, name, value)` as a patcher's write.
fn patch_setattr(vm: &mut Vm, a: Args) -> PyResult {
    crate::builtins::args::check(vm, "setattr", &a, 3, 3)?;
    let name = attr_name(vm, &a.pos[1])?;
    let value = a.pos[2].clone();
    as_patcher(vm, |vm| vm.set_attr(&a.pos[0], &name, value))
}

/// `delattr(obj, name)` as a patcher's write.
fn patch_delattr(vm: &mut Vm, a: Args) -> PyResult {
    crate::builtins::args::check(vm, "delattr", &a, 2, 2)?;
    let name = attr_name(vm, &a.pos[1])?;
    as_patcher(vm, |vm| vm.del_attr(&a.pos[0], &name))
}
