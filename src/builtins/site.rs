//! The interactive helpers `site` adds to builtins: `exit`/`quit` (CPython's
//! `_sitebuiltins.Quitter`), `copyright`/`credits`/`license` (`_Printer`) and `help`
//! (`_Helper`, which renders through `inspect._help`). Made once at start-up.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::*;
use crate::vm::Vm;

const MODULE: &str = "_sitebuiltins";

const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

const CREDITS: &str = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information.";

/// `(name, eof)` of a Quitter; `(name, repr text, text printed when called)` of a _Printer.
const QUITTER_METHODS: &[(&str, NativeFn)] =
    &[("__repr__", quitter_repr), ("__call__", quitter_call)];
const PRINTER_METHODS: &[(&str, NativeFn)] =
    &[("__repr__", printer_repr), ("__call__", printer_call)];
const HELPER_METHODS: &[(&str, NativeFn)] = &[("__repr__", helper_repr), ("__call__", helper_call)];

/// Adds the helpers to the builtins namespace through `set`.
pub fn install(vm: &mut Vm, set: &dyn Fn(&mut Vm, &str, Value)) -> PyResult<()> {
    let quitter = crate::modules::native_class(
        vm,
        "Quitter",
        MODULE,
        &["name", "eof"],
        QUITTER_METHODS,
        vec![],
    )?;
    let printer = crate::modules::native_class(
        vm,
        "_Printer",
        MODULE,
        &["_Printer__name", "_Printer__data"],
        PRINTER_METHODS,
        vec![],
    )?;
    let helper = crate::modules::native_class(vm, "_Helper", MODULE, &[], HELPER_METHODS, vec![])?;
    let make = |class: &Rc<Class>, slots: Vec<Value>| {
        Value::Instance(Rc::new(Instance {
            class: RefCell::new(class.clone()),
            dict: None,
            slots: RefCell::new(slots),
            payload: Payload::None,
        }))
    };
    let eof = Value::str("Ctrl-D (i.e. EOF)");
    for name in ["exit", "quit"] {
        set(
            vm,
            name,
            make(&quitter, vec![Value::str(name), eof.clone()]),
        );
    }
    for (name, text) in [("copyright", COPYRIGHT), ("credits", CREDITS)] {
        set(
            vm,
            name,
            make(&printer, vec![Value::str(name), Value::str(text)]),
        );
    }
    let license = Value::str("See https://www.python.org/psf/license/");
    set(
        vm,
        "license",
        make(&printer, vec![Value::str("license"), license]),
    );
    set(vm, "help", make(&helper, vec![]));
    Ok(())
}

/// Slot `i` of `self`, if `self` is one of these helpers.
fn slot(vm: &mut Vm, a: &Args, class: &str, i: usize) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = a.pos.first()
        && let Some(v) = inst.slots.borrow().get(i)
    {
        return Ok(v.clone());
    }
    Err(vm.type_error(format!("descriptor requires a '{MODULE}.{class}' object")))
}

fn text(vm: &mut Vm, a: &Args, class: &str, i: usize) -> PyResult<String> {
    match slot(vm, a, class, i)? {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => vm.to_str(&other),
    }
}

fn quitter_repr(vm: &mut Vm, a: Args) -> PyResult {
    let name = text(vm, &a, "Quitter", 0)?;
    let eof = text(vm, &a, "Quitter", 1)?;
    Ok(Value::string(format!("Use {name}() or {eof} to exit")))
}

/// `exit(code=None)`: closes `sys.stdin` (ignoring any error, as CPython does) and raises
/// SystemExit(code).
fn quitter_call(vm: &mut Vm, a: Args) -> PyResult {
    slot(vm, &a, "Quitter", 0)?;
    if let Some(stdin) = vm.sys.dict.get_name("stdin") {
        let close = vm.intern("close");
        if let Ok(f) = vm.get_attr(&stdin, &close) {
            let _ = vm.call(&f, &[], &[]);
        }
    }
    let code = match (a.pos.get(1), a.kwarg("code")) {
        (Some(v), None) | (None, Some(v)) if a.pos.len() + a.kw.len() == 2 => v.clone(),
        _ if a.pos.len() == 1 && a.kw.is_empty() => Value::None,
        _ => {
            let given = a.pos.len() + a.kw.len();
            return Err(vm.type_error(format!(
                "Quitter.__call__() takes from 1 to 2 positional arguments but {given} were given"
            )));
        }
    };
    let c = vm.types.system_exit.clone();
    Err(vm.new_exc_args(&c, vec![code]))
}

/// `repr(copyright)` is the text itself; `repr(license)` points at the call.
fn printer_repr(vm: &mut Vm, a: Args) -> PyResult {
    let name = text(vm, &a, "_Printer", 0)?;
    if name == "license" {
        return Ok(Value::str("Type license() to see the full license text"));
    }
    Ok(Value::string(text(vm, &a, "_Printer", 1)?))
}

fn printer_call(vm: &mut Vm, a: Args) -> PyResult {
    let data = text(vm, &a, "_Printer", 1)?;
    print_line(vm, &data)
}

fn print_line(vm: &mut Vm, line: &str) -> PyResult {
    let print = vm.builtins.get_name("print").unwrap_or(Value::None);
    vm.call(&print, &[Value::str(line)], &[])?;
    Ok(Value::None)
}

fn helper_repr(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::str(
        "Type help() for interactive help, or help(object) for help about object.",
    ))
}

/// `help(obj)`: pydoc's text for `obj`, rendered by `inspect._help`.
fn helper_call(vm: &mut Vm, a: Args) -> PyResult {
    let module = crate::import::import_module(vm, "inspect")?;
    let key = vm.intern("_help");
    let f = vm.get_attr(&module, &key)?;
    vm.call(&f, a.pos.get(1..).unwrap_or(&[]), a.kw)
}
