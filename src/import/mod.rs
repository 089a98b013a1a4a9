//! The import system: finding `.py` modules and packages on `sys.path`, loading them into
//! sealed images, `sys.modules`, relative imports, and binding submodules on their package
//! (a namespace write through the choke point, caused by import).

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::modules::lib_index;
use crate::objects::*;
use crate::readonly::{self, Cause, Target, Write};
use crate::vm::Vm;

/// `IMPORT_NAME`: imports `name` (relative to `globals` when `level > 0`).
pub fn import_name(
    vm: &mut Vm,
    globals: &Rc<DictObj>,
    name: &str,
    fromlist: &Value,
    level: usize,
) -> PyResult {
    let full = if level > 0 {
        resolve_relative(vm, globals, name, level)?
    } else {
        name.to_string()
    };
    if full.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let mut module = Value::None;
    let mut top = Value::None;
    let mut prefix = String::new();
    for (i, part) in full.split('.').enumerate() {
        if i > 0 {
            prefix.push('.');
        }
        prefix.push_str(part);
        module = import_module(vm, &prefix)?;
        if i == 0 {
            top = module.clone();
        }
    }
    let has_fromlist = match fromlist {
        Value::Tuple(t) => !t.0.is_empty(),
        Value::List(l) => !l.0.borrow().is_empty(),
        Value::None => false,
        _ => true,
    };
    if has_fromlist || level > 0 && name.is_empty() {
        return Ok(module);
    }
    if level > 0 {
        // `from . import x` style with a dotted name still returns the leaf.
        return Ok(module);
    }
    Ok(top)
}

fn resolve_relative(
    vm: &mut Vm,
    globals: &Rc<DictObj>,
    name: &str,
    level: usize,
) -> PyResult<String> {
    let package = match globals.get_name("__package__") {
        Some(Value::Str(p)) => p.as_str().to_string(),
        _ => {
            let modname = match globals.get_name("__name__") {
                Some(Value::Str(n)) => n.as_str().to_string(),
                _ => String::new(),
            };
            if globals.get_name("__path__").is_some() {
                modname
            } else {
                modname
                    .rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        let c = vm.types.import_error.clone();
        return Err(vm.new_error(&c, "attempted relative import with no known parent package"));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        let c = vm.types.import_error.clone();
        return Err(vm.new_error(&c, "attempted relative import beyond top-level package"));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// Imports one fully qualified module whose parent (if any) is already imported.
pub fn import_module(vm: &mut Vm, full: &str) -> PyResult {
    let key = vm.intern(full);
    if let Some(m) = vm.modules.get_str(&key) {
        if m.is_none() {
            let c = vm.types.module_not_found_error.clone();
            return Err(vm.new_error(&c, format!("import of {full} halted; None in sys.modules")));
        }
        return Ok(m);
    }
    vm.audit_event(
        "import",
        &[
            Value::str(full),
            Value::None,
            Value::None,
            Value::None,
            Value::None,
        ],
    )?;
    if let Some(m) = own_native(vm, full) {
        readonly::native_module_loaded(vm, &m);
        return Ok(Value::Module(m));
    }
    if let Some(m) = crate::modules::load_native(vm, full) {
        // readonly: a native module freezes as soon as it exists.
        readonly::native_module_loaded(vm, &m);
        return Ok(Value::Module(m));
    }
    let (parent, leaf) = match full.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, full),
    };
    if let Some(src) = crate::modules::embedded_source(full) {
        // A file of the same name before the standard library on `sys.path` wins, as in
        // CPython (the script's own `json.py` shadows `json`).
        if parent.is_none()
            && let Some(Found::Source { file, is_pkg }) = find(&shadowing_entries(vm, full)?, leaf)
        {
            return load_file(vm, full, &file, is_pkg);
        }
        let file = PathBuf::from(lib_index::filename(full));
        let m = load_source(vm, full, &file, src.to_string(), false)?;
        // An embedded submodule (`collections.abc`) is bound on its parent like a file one.
        if let Some(p) = parent {
            bind_on_parent(vm, p, leaf, &m)?;
        }
        return Ok(m);
    }
    let search: Vec<PathBuf> = match parent {
        Some(p) => {
            let pm = vm.modules.get_name(p).unwrap_or(Value::None);
            let path = match &pm {
                Value::Module(m) => m.dict.get_name("__path__"),
                _ => None,
            };
            match path {
                Some(v) => vm
                    .iterate(&v)?
                    .iter()
                    .filter_map(|x| x.as_str().map(|s| PathBuf::from(s.as_str())))
                    .collect(),
                // An embedded package (`collections`) has no directory: nothing more is found.
                None if crate::modules::embedded_is_package(p) || own_is_package(p) => Vec::new(),
                None => {
                    let c = vm.types.module_not_found_error.clone();
                    let err = vm.new_error(
                        &c,
                        format!("No module named '{full}'; '{p}' is not a package"),
                    );
                    if let Some(d) = &err.0.dict {
                        d.set_str_raw(vm.intern_static("name"), Value::str(full));
                    }
                    return Err(err);
                }
            }
        }
        None => {
            let path = vm.sys.dict.get_name("path").unwrap_or(Value::None);
            vm.iterate(&path)?
                .iter()
                .filter_map(|x| x.as_str().map(|s| PathBuf::from(s.as_str())))
                .collect()
        }
    };
    let Some(found) = find(&search, leaf) else {
        let c = vm.types.module_not_found_error.clone();
        let err = vm.new_error(&c, format!("No module named '{full}'"));
        if let Some(d) = &err.0.dict {
            d.set_str_raw(vm.intern_static("name"), Value::str(full));
        }
        return Err(err);
    };
    let m = match found {
        Found::Source { file, is_pkg } => load_file(vm, full, &file, is_pkg)?,
        Found::Namespace(portions) => load_namespace(vm, full, &portions)?,
    };
    if let Some(p) = parent {
        bind_on_parent(vm, p, leaf, &m)?;
    }
    Ok(m)
}

// ---- importlib ----------------------------------------------------------------------------

/// The module of spec and loader classes, loaded on first need. Loading it is the import
/// system's own business: it raises no `import` audit event (CPython has it from start-up).
fn spec_classes(vm: &mut Vm) -> PyResult {
    const NAME: &str = "_frozen_importlib";
    if let Some(m) = vm.modules.get_name(NAME) {
        return Ok(m);
    }
    let file = PathBuf::from(lib_index::filename(NAME));
    let src = crate::modules::embedded_source(NAME).unwrap_or_default();
    load_source(vm, NAME, &file, src.to_string(), false)
}

/// Calls the spec-making function `maker` of `_frozen_importlib` with `args`.
fn make_spec(vm: &mut Vm, maker: &str, args: &[Value]) -> PyResult {
    let classes = spec_classes(vm)?;
    let f = vm.get_attr_str(&classes, maker)?;
    vm.call(&f, args, &[])
}

/// `__spec__` and `__loader__` of a module built into pyseal, made when first asked for (most
/// programs never ask, and making them for each built-in module would slow every import).
/// None when `name` is not one of them or the module is not a built-in one.
pub fn builtin_module_attr(vm: &mut Vm, m: &Rc<Module>, name: &str) -> PyResult<Option<Value>> {
    if !matches!(name, "__spec__" | "__loader__") || m.dict.get_name("__spec__").is_some() {
        return Ok(None);
    }
    let full = m.name.as_str().to_string();
    let registered =
        matches!(vm.modules.get_name(&full), Some(Value::Module(r)) if Rc::ptr_eq(&r, m));
    if !registered {
        return Ok(None);
    }
    let Some(Location::Builtin { is_pkg }) = locate(vm, &full)? else {
        return Ok(None);
    };
    let spec = make_spec(
        vm,
        "_builtin_spec",
        &[Value::str(&full), Value::from_bool(is_pkg)],
    )?;
    let loader = vm.get_attr_str(&spec, "loader")?;
    for (k, v) in [("__spec__", &spec), ("__loader__", &loader)] {
        let key = vm.intern(k);
        m.dict.set_str_raw(key, v.clone());
    }
    Ok(Some(if name == "__spec__" { spec } else { loader }))
}

fn own_is_package(name: &str) -> bool {
    name == "importlib"
}

/// `_imp`: what `importlib` needs from the import system in Rust.
fn own_native(vm: &mut Vm, full: &str) -> Option<Rc<Module>> {
    if full != "_imp" {
        return None;
    }
    let funcs: &[(&'static str, NativeFn)] = &[("locate", imp_locate), ("reload", imp_reload)];
    Some(crate::modules::native_module(vm, "_imp", funcs))
}

/// Where the import system would find a module, without loading it.
enum Location {
    /// Built into the binary (native or embedded Python).
    Builtin { is_pkg: bool },
    /// A source file on a search path.
    File { file: PathBuf, is_pkg: bool },
    /// A namespace package: its directories, and no origin.
    Namespace(Vec<PathBuf>),
}

/// The location of `full`, whose parent (if any) must already be imported.
fn locate(vm: &mut Vm, full: &str) -> PyResult<Option<Location>> {
    let native = matches!(
        vm.modules.get_name(full),
        Some(Value::Module(m)) if m.dict.get_name("__file__").is_none()
    );
    if !native
        && !full.contains('.')
        && crate::modules::embedded_source(full).is_some()
        && let Some(Found::Source { file, is_pkg }) = find(&shadowing_entries(vm, full)?, full)
    {
        return Ok(Some(Location::File { file, is_pkg }));
    }
    if native || crate::modules::embedded_source(full).is_some() {
        let is_pkg = own_is_package(full) || crate::modules::embedded_is_package(full);
        return Ok(Some(Location::Builtin { is_pkg }));
    }
    let (parent, leaf) = match full.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, full),
    };
    let path = match parent {
        Some(p) => match vm.modules.get_name(p) {
            Some(Value::Module(m)) => m.dict.get_name("__path__"),
            _ => None,
        },
        None => vm.sys.dict.get_name("path"),
    };
    let Some(path) = path else {
        return Ok(None);
    };
    let search: Vec<PathBuf> = vm
        .iterate(&path)?
        .iter()
        .filter_map(|x| x.as_str().map(|s| PathBuf::from(s.as_str())))
        .collect();
    Ok(find(&search, leaf).map(|found| match found {
        Found::Source { file, is_pkg } => Location::File { file, is_pkg },
        Found::Namespace(portions) => Location::Namespace(portions),
    }))
}

/// `_imp.locate(name)`: None, or `(origin, is_package)` where origin is a file name or
/// `'built-in'`, or `(None, True, directories)` for a namespace package.
fn imp_locate(vm: &mut Vm, a: Args) -> PyResult {
    crate::builtins::args::check(vm, "locate", &a, 1, 1)?;
    let name = crate::builtins::args::str_arg(vm, &a.pos[0], "locate() argument")?;
    Ok(match locate(vm, name.as_str())? {
        None => Value::None,
        Some(Location::Builtin { is_pkg }) => {
            Value::tuple(vec![Value::str("built-in"), Value::from_bool(is_pkg)])
        }
        Some(Location::File { file, is_pkg }) => Value::tuple(vec![
            Value::string(file.to_string_lossy().into_owned()),
            Value::from_bool(is_pkg),
        ]),
        Some(Location::Namespace(portions)) => {
            let dirs = portions
                .iter()
                .map(|p| Value::string(p.to_string_lossy().into_owned()))
                .collect();
            Value::tuple(vec![Value::None, Value::from_bool(true), Value::list(dirs)])
        }
    })
}

/// `_imp.reload(module)`: runs the module's file again. Its namespace is sealed, so the new
/// code runs in a fresh module that replaces the old one in `sys.modules` and on its parent
/// package; the old module object keeps its old contents. A module built into the binary is
/// returned as it is. If the new code fails, the old module stays registered.
fn imp_reload(vm: &mut Vm, a: Args) -> PyResult {
    crate::builtins::args::check(vm, "reload", &a, 1, 1)?;
    let Value::Module(m) = &a.pos[0] else {
        return Err(vm.type_error("reload() argument must be a module"));
    };
    let full = m.name.as_str().to_string();
    let registered = vm.modules.get_name(&full);
    if !matches!(&registered, Some(Value::Module(r)) if Rc::ptr_eq(r, m)) {
        let c = vm.types.import_error.clone();
        let err = vm.new_error(&c, format!("module {full} not in sys.modules"));
        if let Some(d) = &err.0.dict {
            d.set_str_raw(vm.intern_static("name"), Value::str(&full));
        }
        return Err(err);
    }
    let old = a.pos[0].clone();
    let Some(Location::File { file, is_pkg }) = locate(vm, &full)? else {
        return Ok(old);
    };
    match load_file(vm, &full, &file, is_pkg) {
        Ok(new) => {
            if let Some((parent, leaf)) = full.rsplit_once('.') {
                bind_on_parent(vm, parent, leaf, &new)?;
            }
            Ok(new)
        }
        Err(e) => {
            let key = vm.intern(&full);
            vm.modules.set_str_raw(key, old);
            Err(e)
        }
    }
}

/// Binds a freshly imported submodule as attribute `leaf` of its parent module `parent`.
fn bind_on_parent(vm: &mut Vm, parent: &str, leaf: &str, m: &Value) -> PyResult<()> {
    if let Some(Value::Module(pm)) = vm.modules.get_name(parent) {
        let leaf_name = vm.intern(leaf);
        readonly::write(
            vm,
            Target::Module(&pm),
            &leaf_name,
            Write::Set(m.clone()),
            Cause::Import,
        )?;
    }
    Ok(())
}

thread_local! {
    /// The `sys.path` a run started with (the script's directory, then `PYTHONPATH`): the
    /// embedded standard library sits right after these entries, as CPython's own library
    /// directories follow them.
    static STARTUP_PATH: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Records the `sys.path` entries that come before the standard library.
pub fn set_startup_path(entries: &[String]) {
    STARTUP_PATH.with(|p| *p.borrow_mut() = entries.to_vec());
}

/// Embedded modules no file can shadow: CPython builds them in
/// ([`CPYTHON_BUILTIN_MODULES`]), freezes them or imports them before the script runs.
/// Names with a leading underscore are the runtime's own.
fn never_shadowed(name: &str) -> bool {
    const FROZEN_OR_STARTUP: &[&str] = &[
        "abc",
        "codecs",
        "encodings",
        "genericpath",
        "importlib",
        "io",
        "os",
        "posixpath",
        "runpy",
        "site",
        "stat",
        "zipimport",
    ];
    name.starts_with('_')
        || CPYTHON_BUILTIN_MODULES.contains(&name)
        || FROZEN_OR_STARTUP.contains(&name)
}

/// The `sys.path` entries searched before the embedded standard library for top-level
/// module `name`: those up to the last start-up entry still on the path (entries appended
/// later come after the library, as in CPython).
fn shadowing_entries(vm: &mut Vm, name: &str) -> PyResult<Vec<PathBuf>> {
    if never_shadowed(name) {
        return Ok(Vec::new());
    }
    let path = vm.sys.dict.get_name("path").unwrap_or(Value::None);
    let entries: Vec<String> = vm
        .iterate(&path)?
        .iter()
        .filter_map(|x| x.as_str().map(|s| s.as_str().to_string()))
        .collect();
    let last = STARTUP_PATH.with(|p| {
        let startup = p.borrow();
        entries.iter().rposition(|e| startup.contains(e))
    });
    Ok(match last {
        Some(i) => entries[..=i].iter().map(PathBuf::from).collect(),
        None => Vec::new(),
    })
}

/// What a search of path entries found for one module name.
enum Found {
    /// `leaf.py` or `leaf/__init__.py` (a regular package when the flag is set).
    Source { file: PathBuf, is_pkg: bool },
    /// Directories named `leaf` without `__init__.py`: the portions of a namespace package.
    Namespace(Vec<PathBuf>),
}

/// Searches `search` in order: the first module or regular package wins; directories met
/// before it (or without one) only count when nothing else is found.
fn find(search: &[PathBuf], leaf: &str) -> Option<Found> {
    // An empty name (from `a..b`) would find the directory searched itself.
    if leaf.is_empty() {
        return None;
    }
    let mut portions = Vec::new();
    for dir in search {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir.as_path()
        };
        let sub = dir.join(leaf);
        let pkg = sub.join("__init__.py");
        if pkg.is_file() {
            return Some(Found::Source {
                file: pkg,
                is_pkg: true,
            });
        }
        let file = dir.join(format!("{leaf}.py"));
        if file.is_file() {
            return Some(Found::Source {
                file,
                is_pkg: false,
            });
        }
        if sub.is_dir() {
            portions.push(sub);
        }
    }
    (!portions.is_empty()).then_some(Found::Namespace(portions))
}

/// Makes namespace package `full` from its directories: no code runs, `__file__` is None and
/// `__path__` lists the directories.
fn load_namespace(vm: &mut Vm, full: &str, portions: &[PathBuf]) -> PyResult {
    let m = vm.new_module(full);
    let dirs: Vec<Value> = portions
        .iter()
        .map(|p| Value::string(p.to_string_lossy().into_owned()))
        .collect();
    let spec = make_spec(
        vm,
        "_namespace_spec",
        &[Value::str(full), Value::list(dirs.clone())],
    )?;
    for (k, v) in [
        ("__file__", Value::None),
        ("__package__", Value::str(full)),
        ("__path__", Value::list(dirs)),
        ("__spec__", spec),
        ("__loader__", Value::None),
    ] {
        let key = vm.intern(k);
        m.dict.set_str_raw(key, v);
    }
    let key = vm.intern(full);
    let mv = Value::Module(m.clone());
    vm.modules.set_str_raw(key, mv.clone());
    readonly::module_imported(vm, &m);
    Ok(mv)
}

/// Compiles, seals and runs a module file, registering it in `sys.modules` first.
pub fn load_file(vm: &mut Vm, full: &str, file: &Path, is_pkg: bool) -> PyResult {
    let src = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            let c = vm.types.import_error.clone();
            return Err(vm.new_error(&c, format!("cannot read {}: {e}", file.display())));
        }
    };
    let filename = Value::string(file.to_string_lossy().into_owned());
    let spec = make_spec(vm, "_spec_from_file", &[Value::str(full), filename])?;
    let loader = vm.get_attr_str(&spec, "loader")?;
    let cached = vm.get_attr_str(&spec, "cached")?;
    let attrs = [
        ("__spec__", spec),
        ("__loader__", loader),
        ("__cached__", cached),
    ];
    run_source(vm, full, file, src, is_pkg, &attrs)
}

/// Runs module source (from a file or embedded) as module `full`.
pub fn load_source(vm: &mut Vm, full: &str, file: &Path, src: String, is_pkg: bool) -> PyResult {
    run_source(vm, full, file, src, is_pkg, &[])
}

/// Runs module source as module `full`, whose namespace starts with `attrs` besides the
/// attributes every module has.
fn run_source(
    vm: &mut Vm,
    full: &str,
    file: &Path,
    src: String,
    is_pkg: bool,
    attrs: &[(&str, Value)],
) -> PyResult {
    let filename = file.to_string_lossy().into_owned();
    let m = vm.new_module(full);
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let key = vm.intern(k);
        m.dict.set_str_raw(key, v);
    };
    set(vm, "__file__", Value::str(&filename));
    for (k, v) in attrs {
        set(vm, k, v.clone());
    }
    let package = if is_pkg {
        full.to_string()
    } else {
        full.rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    };
    set(vm, "__package__", Value::string(package));
    if is_pkg {
        let dir = file
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        set(vm, "__path__", Value::list(vec![Value::string(dir)]));
    }
    let bm = Value::Module(vm.builtins_module.clone());
    set(vm, "__builtins__", bm);
    let key = vm.intern(full);
    let mv = Value::Module(m.clone());
    vm.modules.set_str_raw(key.clone(), mv.clone());
    // An embedded module loads the image the build made of it, if there is one.
    let built = if filename == lib_index::filename(full) {
        crate::vm::code::embedded_code(vm, full)
    } else {
        None
    };
    let code = match built.unwrap_or_else(|| {
        crate::vm::code::compile_code(vm, &src, &filename, crate::compile::Mode::Exec, full)
    }) {
        Ok(c) => c,
        Err(e) => {
            vm.modules.del_str_raw(&key);
            return Err(e);
        }
    };
    INITIALIZING.with(|l| l.borrow_mut().push(m.clone()));
    let ran = crate::vm::code::run_code(vm, &code, m.dict.clone(), None);
    INITIALIZING.with(|l| l.borrow_mut().retain(|x| !Rc::ptr_eq(x, &m)));
    if let Err(e) = ran {
        vm.modules.del_str_raw(&key);
        return Err(e);
    }
    // readonly: the import finished; the module and what its top-level code made freeze.
    readonly::module_imported(vm, &m);
    // A module may replace itself in sys.modules.
    Ok(vm.modules.get_str(&key).unwrap_or(mv))
}

thread_local! {
    /// Modules whose top-level code is running now, innermost last: a name missing from one
    /// of them is most likely a circular import, and the error says so.
    static INITIALIZING: RefCell<Vec<Rc<Module>>> = const { RefCell::new(Vec::new()) };
}

pub fn is_initializing(m: &Rc<Module>) -> bool {
    INITIALIZING.with(|l| l.borrow().iter().any(|x| Rc::ptr_eq(x, m)))
}

/// Modules that CPython 3.11 compiles into its binary: their repr says `(built-in)`.
const CPYTHON_BUILTIN_MODULES: &[&str] = &[
    "_abc",
    "_codecs",
    "_collections",
    "_functools",
    "_imp",
    "_io",
    "_operator",
    "_signal",
    "_sre",
    "_stat",
    "_string",
    "_thread",
    "_warnings",
    "_weakref",
    "atexit",
    "builtins",
    "errno",
    "faulthandler",
    "gc",
    "itertools",
    "marshal",
    "posix",
    "pwd",
    "sys",
    "time",
];

/// A module's repr, as CPython writes it: `(built-in)` for the modules CPython compiles in,
/// with the file it came from, and the bare name for the rest of the embedded standard
/// library and for modules made at run time.
pub fn module_repr(m: &Module) -> String {
    let name = m.name.as_str();
    if CPYTHON_BUILTIN_MODULES.contains(&name) {
        return format!("<module '{name}' (built-in)>");
    }
    match m.dict.get_name("__file__") {
        Some(Value::Str(f)) if !f.as_str().starts_with("<pyseal-lib>") => {
            format!("<module '{name}' from '{}'>", f.as_str())
        }
        _ => format!("<module '{name}'>"),
    }
}

/// `IMPORT_FROM`: an attribute of the module, or its submodule.
pub fn import_from(vm: &mut Vm, module: &Value, name: &Rc<PyStr>) -> PyResult {
    if let Some(v) = vm.get_attr_opt(module, name)? {
        return Ok(v);
    }
    if let Value::Module(m) = module {
        let full = format!("{}.{}", m.name.as_str(), name.as_str());
        if m.dict.get_name("__path__").is_some() || crate::modules::embedded_source(&full).is_some()
        {
            match import_module(vm, &full) {
                Ok(v) => return Ok(v),
                Err(e)
                    if e.0
                        .class()
                        .is_subclass(&vm.types.module_not_found_error.clone()) => {}
                Err(e) => return Err(e),
            }
        }
        let mname = m.name.as_str().to_string();
        let file = match m.dict.get_name("__file__") {
            Some(Value::Str(f)) => format!(" ({})", f.as_str()),
            _ => " (unknown location)".to_string(),
        };
        let from = if is_initializing(m) {
            format!("partially initialized module '{mname}' (most likely due to a circular import)")
        } else {
            format!("'{mname}'")
        };
        let c = vm.types.import_error.clone();
        let err = vm.new_error(
            &c,
            format!("cannot import name '{}' from {from}{file}", name.as_str()),
        );
        if let Some(d) = &err.0.dict {
            d.set_str_raw(vm.intern_static("name"), Value::string(mname));
            let path = m.dict.get_name("__file__").unwrap_or(Value::None);
            d.set_str_raw(vm.intern_static("path"), path);
        }
        return Err(err);
    }
    let c = vm.types.import_error.clone();
    Err(vm.new_error(&c, format!("cannot import name '{}'", name.as_str())))
}

/// `from m import *` into `target` (a namespace write per name).
pub fn import_star(vm: &mut Vm, module: &Value, target: &Rc<DictObj>) -> PyResult<()> {
    let Value::Module(m) = module else {
        return Err(vm.type_error("import * requires a module"));
    };
    let names: Vec<Rc<PyStr>> = match m.dict.get_name("__all__") {
        Some(all) => {
            let items = vm.iterate(&all)?;
            let mut out = Vec::new();
            for it in items {
                match it {
                    Value::Str(s) => out.push(s),
                    other => {
                        let t = vm.type_name(&other);
                        return Err(vm.type_error(format!(
                            "Item in {}.__all__ must be str, not {t}",
                            m.name.as_str()
                        )));
                    }
                }
            }
            out
        }
        None => m
            .dict
            .table
            .borrow()
            .iter()
            .filter_map(|e| match &e.key {
                Value::Str(s) if !s.as_str().starts_with('_') => Some(s.clone()),
                _ => None,
            })
            .collect(),
    };
    for n in names {
        let v = vm.get_attr(module, &n)?;
        vm.store_in_namespace(target, &n, v)?;
    }
    Ok(())
}
