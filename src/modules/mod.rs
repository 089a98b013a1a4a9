//! Native standard-library modules. Each registers itself in `sys.modules` at start-up and
//! is frozen before user code runs.

pub mod ast_native;
pub mod binary;
pub mod bisect;
pub mod collections_native;
pub mod csv;
pub mod decimal_core;
pub mod deque;
mod digests;
pub mod functools;
pub mod gc;
pub mod heapq;
pub mod itertools;
pub mod itertools_iters;
pub mod json;
#[path = "lib/index.rs"]
pub mod lib_index;
pub mod math;
pub mod memory_io;
pub mod operator;
pub mod os;
pub mod random;
pub mod re;
pub mod slotted;
pub mod sys;
pub mod thread;
pub mod time;
pub mod unicodedata;
#[rustfmt::skip]
pub(crate) mod unicodedata_names;
#[rustfmt::skip]
pub(crate) mod unicodedata_tables;
pub mod weakref;
pub mod zlib;

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

/// A class whose methods are native: `slots` for its instances' state, `methods` (each a
/// plain built-in method owned by the class) and `extra` entries in its namespace. Its
/// `__module__` is `module` and messages name it `module.name`, as CPython's types are.
pub fn native_class(
    vm: &mut Vm,
    name: &'static str,
    module: &str,
    slots: &[&str],
    methods: &[(&'static str, NativeFn)],
    extra: Vec<(&str, Value)>,
) -> PyResult<Rc<Class>> {
    let ns = Rc::new(DictObj::new());
    let slots = Value::tuple(slots.iter().map(|s| Value::str(s)).collect());
    let mut entries = vec![
        ("__slots__", slots),
        ("__qualname__", Value::str(name)),
        ("__module__", Value::str(module)),
        ("__tp_name__", Value::string(format!("{module}.{name}"))),
    ];
    entries.extend(extra);
    for &(method, func) in methods {
        let f = Value::Builtin(Rc::new(Builtin {
            name: method,
            func,
            receiver: Value::Undef,
            owner: Some(name),
        }));
        entries.push((method, f));
    }
    for (k, v) in entries {
        let k = vm.intern(k);
        ns.set_str_raw(k, v);
    }
    vm.new_class(name, vec![], &ns, None)
}

/// Whether an embedded module is a package in CPython (so a missing submodule is just
/// "No module named ...", not "... is not a package").
pub fn embedded_is_package(name: &str) -> bool {
    matches!(
        name,
        "collections"
            | "json"
            | "re"
            | "concurrent"
            | "concurrent.futures"
            | "html"
            | "urllib"
            | "logging"
            | "xml"
            | "xml.etree"
            | "xml.dom"
            | "xml.parsers"
            | "unittest"
            | "email"
            | "email.mime"
    )
}

/// Standard-library modules written in Python and embedded in the binary. They are found
/// before `sys.path`, as CPython's frozen modules are, and load into sealed images like any
/// other module.
pub fn embedded_source(name: &str) -> Option<&'static str> {
    lib_index::EMBEDDED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, src)| *src)
}

/// The code image the build made of embedded module `name` (see `build.rs`) and its notes
/// (bit 0: it defines a `__del__` method; bit 1: it has a generator with cleanup code), if the
/// build could make one.
pub fn embedded_image(name: &str) -> Option<(&'static [u8], u8)> {
    let i = lib_index::EMBEDDED.iter().position(|(n, _)| *n == name)?;
    built::IMAGES.get(i).copied().flatten()
}

/// The build script's output: `IMAGES` (index for index with `lib_index::EMBEDDED`) and
/// `NOT_PRECOMPILED`.
pub mod built {
    include!(concat!(env!("OUT_DIR"), "/stdlib_images.rs"));
}

/// Native modules that load on first import rather than at start-up.
pub fn load_native(vm: &mut Vm, name: &str) -> Option<Rc<Module>> {
    match name {
        "math" => Some(math::create(vm)),
        "_random" => Some(random::create(vm)),
        "_os" => Some(os::create(vm)),
        "_time" => Some(time::create(vm)),
        "_re" => Some(re::create(vm)),
        "_gc" => Some(gc::create(vm)),
        "_json" => Some(json::create(vm)),
        "_heapq" => Some(heapq::create(vm)),
        "_bisect" => Some(bisect::create(vm)),
        "_ast_native" => Some(ast_native::create(vm)),
        "_csvcore" => Some(csv::create(vm)),
        "_operator" => operator::create(vm).ok(),
        "_deque" => deque::create(vm).ok(),
        "_memoryio" => memory_io::create(vm).ok(),
        "_collections" => Some(collections_native::create(vm)),
        "_functools" => functools::create(vm).ok(),
        "_itertools" => itertools::create(vm).ok(),
        "_binary" => Some(binary::create(vm)),
        "_slotted" => Some(slotted::create(vm)),
        "_weakref" => Some(weakref::create(vm)),
        "_zlib" => Some(zlib::create(vm)),
        "_decimal_core" => Some(decimal_core::create(vm)),
        "_fibers" => Some(thread::create(vm)),
        "_pyseal_patch" => Some(crate::readonly::patch::create(vm)),
        "unicodedata" => Some(unicodedata::create(vm)),
        "_io" => {
            // The exception the file objects raise, for io.UnsupportedOperation.
            let m = native_module(vm, "_io", &[]);
            let class = Value::Class(vm.types.unsupported_operation.clone());
            let k = vm.intern("UnsupportedOperation");
            m.dict.set_str_raw(k, class);
            Some(m)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{built, lib_index};

    #[test]
    fn every_embedded_module_has_a_build_time_image() {
        assert_eq!(built::NOT_PRECOMPILED, &[] as &[(&str, &str)]);
        assert_eq!(built::IMAGES.len(), lib_index::EMBEDDED.len());
    }

    /// The build-time image of a module is the image importing it would compile, byte for byte.
    #[test]
    fn build_time_images_equal_import_time_ones() {
        for ((name, source), built) in lib_index::EMBEDDED.iter().zip(built::IMAGES) {
            let (image, _) = built.expect("has an image");
            let filename = lib_index::filename(name);
            let (compiled, warnings) =
                crate::compile::compile_collecting(source, &filename, crate::compile::Mode::Exec);
            assert!(warnings.is_empty(), "{name}: {warnings:?}");
            assert!(
                compiled.expect("compiles") == image,
                "{name}: images differ"
            );
        }
    }
}
