//! Native standard-library modules. Each registers itself in `sys.modules` at start-up and
//! is frozen before user code runs.

pub mod math;
pub mod re;
pub mod sys;

use std::rc::Rc;

use crate::objects::*;
use crate::vm::Vm;

/// Creates every native module and registers it in `sys.modules`.
pub fn install(vm: &mut Vm) {
    sys::install(vm);
    let b = Value::Module(vm.builtins_module.clone());
    let k = vm.intern_static("builtins");
    vm.modules.set_str_raw(k, b);
}

/// Makes a native module from a function table, registered under `name`.
pub fn native_module(vm: &mut Vm, name: &str, funcs: &[(&'static str, NativeFn)]) -> Rc<Module> {
    let m = vm.new_module(name);
    for (fname, f) in funcs {
        let v = vm.builtin_fn(fname, *f);
        let k = vm.intern(fname);
        m.dict.set_str_raw(k, v);
    }
    let k = vm.intern(name);
    vm.modules.set_str_raw(k, Value::Module(m.clone()));
    m
}

/// Standard-library modules written in Python and embedded in the binary. They are found
/// before `sys.path`, as CPython's frozen modules are, and load into sealed images like any
/// other module.
pub fn embedded_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "functools" => include_str!("lib/functools.py"),
        "json" => include_str!("lib/json.py"),
        "warnings" => include_str!("lib/warnings.py"),
        "itertools" => include_str!("lib/itertools.py"),
        "operator" => include_str!("lib/operator.py"),
        "collections" => include_str!("lib/collections.py"),
        "keyword" => include_str!("lib/keyword.py"),
        "heapq" => include_str!("lib/heapq.py"),
        "bisect" => include_str!("lib/bisect.py"),
        "copy" => include_str!("lib/copy.py"),
        "string" => include_str!("lib/string.py"),
        "dataclasses" => include_str!("lib/dataclasses.py"),
        "enum" => include_str!("lib/enum.py"),
        "abc" => include_str!("lib/abc.py"),
        "contextlib" => include_str!("lib/contextlib.py"),
        "typing" => include_str!("lib/typing.py"),
        "io" => include_str!("lib/io.py"),
        "re" => include_str!("lib/re.py"),
        _ => return None,
    })
}

/// Native modules that load on first import rather than at start-up.
pub fn load_native(vm: &mut Vm, name: &str) -> Option<Rc<Module>> {
    match name {
        "math" => Some(math::create(vm)),
        "_re" => Some(re::create(vm)),
        _ => None,
    }
}
