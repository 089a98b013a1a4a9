//! The `builtins` module: functions, types and exception classes.

pub mod args;
pub mod asyncs;
pub mod attrs;
pub mod ctors;
pub mod functions;
pub mod io;
pub mod methods;
pub mod site;
pub mod strfmt;
mod timsort;
pub mod types;

use std::rc::Rc;

use crate::objects::*;
use crate::vm::Vm;

/// Fills the builtins namespace. Runs before any user code; the namespace freezes after.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    // Sized once for everything below (about 160 names) rather than grown step by step.
    let names = functions::FUNCTIONS.len() + asyncs::FUNCTIONS.len() + vm.types.exceptions.len();
    if b.is_empty() {
        *b.table.borrow_mut() = DictTable::with_capacity(names + 48);
    }
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let k = vm.intern(name);
        b.set_str_raw(k, v);
    };
    for (name, f) in functions::FUNCTIONS.iter().chain(asyncs::FUNCTIONS) {
        let v = vm.builtin_fn(name, *f);
        set(vm, name, v);
    }
    let t = &vm.types;
    let classes: Vec<(&str, Rc<Class>)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str_.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("memoryview", t.memoryview.clone()),
        ("tuple", t.tuple.clone()),
        ("list", t.list.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
        ("map", t.it_map.clone()),
        ("zip", t.it_zip.clone()),
        ("filter", t.it_filter.clone()),
        ("enumerate", t.it_enumerate.clone()),
        ("reversed", t.it_reversed.clone()),
    ];
    let excs = t.exceptions.clone();
    for (name, c) in classes {
        set(vm, name, Value::Class(c));
    }
    for c in excs {
        let n = c.name();
        set(vm, &n, Value::Class(c));
    }
    let oe = vm.types.os_error.clone();
    set(vm, "EnvironmentError", Value::Class(oe.clone()));
    set(vm, "IOError", Value::Class(oe));
    set(vm, "NotImplemented", Value::NotImplemented);
    set(vm, "Ellipsis", Value::Ellipsis);
    set(vm, "None", Value::None);
    set(vm, "True", Value::Bool(Truth::TRUE));
    set(vm, "False", Value::Bool(Truth::FALSE));
    set(vm, "__name__", Value::str("builtins"));
    set(vm, "__debug__", Value::Bool(Truth::TRUE));
    // Made of native classes only, so it cannot fail short of a broken start-up.
    let _ = site::install(vm, &set);
    let bm = Value::Module(vm.builtins_module.clone());
    let _ = bm;
    *b.owner.borrow_mut() = Some(crate::readonly::NsOwner::Module("builtins".into()));
}

/// Escapes non-ASCII characters the way `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = crate::text::code_point(c);
        if n < 128 {
            out.push(c);
        } else if n < 256 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 65536 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
