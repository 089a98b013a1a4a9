//! The `sys` module.

use std::rc::Rc;

use crate::builtins::args::check;
use crate::builtins::io;
use crate::objects::*;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("exit", exit),
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("getrefcount", getrefcount),
    ("exc_info", exc_info),
    ("excepthook", excepthook),
    ("unraisablehook", unraisablehook),
    ("exception", exception),
    ("addaudithook", addaudithook),
    ("audit", audit),
    ("getsizeof", getsizeof),
    ("intern", intern),
    ("getdefaultencoding", getdefaultencoding),
    ("getfilesystemencoding", getdefaultencoding),
    ("getfilesystemencodeerrors", getfilesystemencodeerrors),
    ("is_finalizing", is_finalizing),
    ("gettrace", gettrace),
    ("getprofile", gettrace),
    ("getswitchinterval", getswitchinterval),
    ("_getframe", getframe),
    ("get_int_max_str_digits", get_int_max_str_digits),
    ("set_int_max_str_digits", set_int_max_str_digits),
];

/// `sys.get_int_max_str_digits()`.
fn get_int_max_str_digits(vm: &mut Vm, a: Args) -> PyResult {
    if !a.pos.is_empty() || !a.kw.is_empty() {
        let n = a.pos.len() + a.kw.len();
        return Err(vm.type_error(format!(
            "sys.get_int_max_str_digits() takes no arguments ({n} given)"
        )));
    }
    Ok(Value::Int(crate::format::int_max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least the check threshold.
fn set_int_max_str_digits(vm: &mut Vm, a: Args) -> PyResult {
    const NAME: &str = "set_int_max_str_digits";
    if a.pos.len() + a.kw.len() > 1 {
        return Err(vm.type_error(format!(
            "{NAME}() takes at most 1 argument ({} given)",
            a.pos.len() + a.kw.len()
        )));
    }
    let arg = match (a.pos.first(), a.kw.first()) {
        (Some(v), _) => v.clone(),
        (None, Some((k, v))) if k.as_str() == "maxdigits" => v.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "{NAME}() missing required argument 'maxdigits' (pos 1)"
            )));
        }
    };
    let n = match arg {
        Value::BigInt(_) => None,
        _ => Some(vm.to_index(&arg)?).filter(|n| i32::try_from(*n).is_ok()),
    }
    .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?;
    if n != 0 && n < STR_DIGITS_CHECK_THRESHOLD {
        return Err(vm.value_error(format!(
            "maxdigits must be 0 or larger than {STR_DIGITS_CHECK_THRESHOLD}"
        )));
    }
    crate::format::set_int_max_str_digits(n as usize);
    Ok(Value::None)
}

/// The smallest limit `sys.set_int_max_str_digits()` accepts (besides 0); below it CPython
/// never checks.
const STR_DIGITS_CHECK_THRESHOLD: i64 = 640;

/// `sys._getframe(depth=0)`: a frame record of a running Python frame (`f_code`,
/// `f_globals`, `f_lineno`, `f_back`).
fn getframe(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "_getframe", &a, 0, 1)?;
    let depth = match a.pos.first() {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    frame_record(vm, (n - 1 - depth) as usize)
}

fn frame_record(vm: &mut Vm, index: usize) -> PyResult {
    let f = vm.frames[index];
    let code = f.code_rc();
    let line = code.line_of(f.pc as u32);
    let back = if index == 0 {
        Value::None
    } else {
        frame_record(vm, index - 1)?
    };
    let cls = vm.types.frame.clone();
    let d = Rc::new(DictObj::new());
    d.set_str_raw(vm.intern_static("f_code"), Value::Code(code));
    d.set_str_raw(vm.intern_static("f_globals"), Value::Dict(f.globals()));
    d.set_str_raw(vm.intern_static("f_lineno"), Value::Int(line as i64));
    d.set_str_raw(vm.intern_static("f_back"), back);
    Ok(Value::Instance(Rc::new(Instance {
        class: cls.into(),
        dict: Some(d),
        slots: Default::default(),
        payload: Payload::None,
    })))
}

pub fn install(vm: &mut Vm) {
    let m = vm.sys.clone();
    *m.dict.owner.borrow_mut() = Some(crate::readonly::NsOwner::Module("sys".into()));
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let key = vm.intern(k);
        m.dict.set_str_raw(key, v);
    };
    set(vm, "__name__", Value::str("sys"));
    set(vm, "__doc__", Value::None);
    for (name, f) in FUNCS {
        let v = vm.builtin_fn(name, *f);
        if *name == "excepthook" {
            set(vm, "__excepthook__", v.clone());
        }
        if *name == "unraisablehook" {
            set(vm, "__unraisablehook__", v.clone());
        }
        set(vm, name, v);
    }
    let stdin = io::std_stream("<stdin>", io::STDIN);
    let stdout = io::std_stream("<stdout>", io::STDOUT);
    let stderr = io::std_stream("<stderr>", io::STDERR);
    for (k, v) in [
        ("stdin", &stdin),
        ("stdout", &stdout),
        ("stderr", &stderr),
        ("__stdin__", &stdin),
        ("__stdout__", &stdout),
        ("__stderr__", &stderr),
    ] {
        set(vm, k, v.clone());
    }
    set(vm, "argv", Value::list(vec![Value::str("")]));
    set(vm, "path", Value::list(vec![]));
    set(vm, "modules", Value::Dict(vm.modules.clone()));
    set(vm, "maxsize", Value::Int(i64::MAX));
    set(vm, "byteorder", Value::str("little"));
    set(vm, "platform", Value::str("linux"));
    set(vm, "executable", Value::str(""));
    set(vm, "implementation_name", Value::str("pyseal"));
    set(vm, "version", Value::str("3.11.7 (pyseal 0.1.0)"));
    set(vm, "hexversion", Value::Int(0x030b07f0));
    set(vm, "maxunicode", Value::Int(0x10ffff));
    for k in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        set(vm, k, Value::str("/usr/local"));
    }
    set(vm, "platlibdir", Value::str("lib"));
    set(vm, "abiflags", Value::str(""));
    set(vm, "pycache_prefix", Value::None);
    set(vm, "api_version", Value::Int(1013));
    set(vm, "warnoptions", Value::list(vec![]));
    // The import system is native: no finder or hook objects to list.
    set(vm, "meta_path", Value::list(vec![]));
    set(vm, "path_hooks", Value::list(vec![]));
    set(
        vm,
        "path_importer_cache",
        Value::Dict(Rc::new(DictObj::new())),
    );
    set(vm, "dont_write_bytecode", Value::Bool(Truth::TRUE));
    set(
        vm,
        "builtin_module_names",
        Value::tuple(vec![
            Value::str("builtins"),
            Value::str("math"),
            Value::str("sys"),
        ]),
    );
    let vi = structseq(
        vm,
        "version_info",
        &[
            ("major", Value::Int(3)),
            ("minor", Value::Int(11)),
            ("micro", Value::Int(7)),
            ("releaselevel", Value::str("final")),
            ("serial", Value::Int(0)),
        ],
    );
    set(vm, "version_info", vi);
    let seeded = std::env::var("PYTHONHASHSEED").is_ok_and(|s| s != "random");
    let dont_write = std::env::var("PYTHONDONTWRITEBYTECODE").is_ok_and(|s| !s.is_empty());
    let flags = structseq(
        vm,
        "flags",
        &[
            ("debug", Value::Int(0)),
            ("inspect", Value::Int(0)),
            ("interactive", Value::Int(0)),
            ("optimize", Value::Int(0)),
            ("dont_write_bytecode", Value::Int(dont_write as i64)),
            ("no_user_site", Value::Int(0)),
            ("no_site", Value::Int(0)),
            ("ignore_environment", Value::Int(0)),
            ("verbose", Value::Int(0)),
            ("bytes_warning", Value::Int(0)),
            ("quiet", Value::Int(0)),
            ("hash_randomization", Value::Int(!seeded as i64)),
            ("isolated", Value::Int(0)),
            ("dev_mode", Value::Bool(Truth::FALSE)),
            ("utf8_mode", Value::Int(0)),
            ("warn_default_encoding", Value::Int(0)),
            ("safe_path", Value::Bool(Truth::FALSE)),
            ("int_max_str_digits", Value::Int(-1)),
        ],
    );
    set(vm, "flags", flags);
    let hash_info = structseq(
        vm,
        "hash_info",
        &[
            ("width", Value::Int(64)),
            ("modulus", Value::Int((1i64 << 61) - 1)),
            ("inf", Value::Int(314159)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1000003)),
            ("algorithm", Value::str("siphash13")),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(128)),
            ("cutoff", Value::Int(0)),
        ],
    );
    set(vm, "hash_info", hash_info);
    let thread_info = structseq(
        vm,
        "thread_info",
        &[
            ("name", Value::str("pthread")),
            ("lock", Value::str("semaphore")),
            ("version", Value::str("NPTL 2.36")),
        ],
    );
    set(vm, "thread_info", thread_info);
    let float_info = structseq(
        vm,
        "float_info",
        &[
            ("max", Value::float(f64::MAX)),
            ("max_exp", Value::Int(f64::MAX_EXP as i64)),
            ("max_10_exp", Value::Int(f64::MAX_10_EXP as i64)),
            ("min", Value::float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(f64::MIN_EXP as i64)),
            ("min_10_exp", Value::Int(f64::MIN_10_EXP as i64)),
            ("dig", Value::Int(f64::DIGITS as i64)),
            ("mant_dig", Value::Int(f64::MANTISSA_DIGITS as i64)),
            ("epsilon", Value::float(f64::EPSILON)),
            ("radix", Value::Int(2)),
            ("rounds", Value::Int(1)),
        ],
    );
    set(vm, "float_info", float_info);
    let int_info = structseq(
        vm,
        "int_info",
        &[
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            (
                "default_max_str_digits",
                Value::Int(crate::format::DEFAULT_INT_MAX_STR_DIGITS as i64),
            ),
            (
                "str_digits_check_threshold",
                Value::Int(STR_DIGITS_CHECK_THRESHOLD),
            ),
        ],
    );
    set(vm, "int_info", int_info);
    set(vm, "float_repr_style", Value::str("short"));
    let version = record(
        vm,
        "sys.version_info",
        &[("major", Value::Int(3)), ("minor", Value::Int(11))],
    );
    let implementation = record(
        vm,
        "types.SimpleNamespace",
        &[
            ("name", Value::str("pyseal")),
            ("cache_tag", Value::None),
            ("version", version),
        ],
    );
    set(vm, "implementation", implementation);
    let k = vm.intern_static("sys");
    vm.modules.set_str_raw(k, Value::Module(m.clone()));
}

/// A struct sequence of `sys` (`sys.version_info`, `sys.float_info`, ...): a tuple of the
/// values that also names them as attributes, shown as `sys.name(field=value, ...)`.
fn structseq(vm: &mut Vm, name: &str, fields: &[(&str, Value)]) -> Value {
    let names: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
    let cls = structseq_class(vm, name, "sys", &names);
    let values: Vec<Value> = fields.iter().map(|(_, v)| v.clone()).collect();
    structseq_instance(vm, &cls, &names, values)
}

/// The class of a struct sequence with fields `names`, defined in `module`.
fn structseq_class(vm: &mut Vm, name: &str, module: &str, names: &[&str]) -> Rc<Class> {
    let cls = crate::vm::types::new_class(name, vec![vm.types.tuple.clone()], BaseKind::Tuple);
    let n = names.len() as i64;
    for (k, v) in [
        ("__module__", Value::str(module)),
        (
            "__match_args__",
            Value::tuple(names.iter().map(|k| Value::str(k)).collect()),
        ),
        ("n_fields", Value::Int(n)),
        ("n_sequence_fields", Value::Int(n)),
        ("n_unnamed_fields", Value::Int(0)),
    ] {
        let key = vm.intern(k);
        cls.dict.set_str_raw(key, v);
    }
    let repr = vm.builtin_fn("__repr__", structseq_repr);
    let key = vm.intern_static("__repr__");
    cls.dict.set_str_raw(key, repr);
    cls
}

/// A struct sequence of class `cls` holding `values`, one per field of `names`.
fn structseq_instance(vm: &mut Vm, cls: &Rc<Class>, names: &[&str], values: Vec<Value>) -> Value {
    let dict = Rc::new(DictObj::new());
    for (k, v) in names.iter().zip(values.iter()) {
        dict.set_str_raw(vm.intern(k), v.clone());
    }
    Value::Instance(Rc::new(Instance {
        class: cls.clone().into(),
        dict: Some(dict),
        slots: Default::default(),
        payload: Payload::Builtin(std::cell::RefCell::new(Value::tuple(values))),
    }))
}

fn structseq_repr(vm: &mut Vm, a: Args) -> PyResult {
    let Some(Value::Instance(inst)) = a.pos.first() else {
        return Err(vm.type_error("descriptor '__repr__' needs a struct sequence"));
    };
    let names = match inst.class().dict.get_name("__match_args__") {
        Some(v) => vm.iterate(&v)?,
        None => Vec::new(),
    };
    let values = match &inst.payload {
        Payload::Builtin(v) => {
            let v = v.borrow().clone();
            vm.iterate(&v)?
        }
        _ => Vec::new(),
    };
    let mut out = match inst.class().dict.get_name("__module__") {
        Some(Value::Str(m)) if m.as_str() != "builtins" => {
            format!("{}.{}(", m.as_str(), inst.class().name())
        }
        _ => format!("{}(", inst.class().name()),
    };
    for (i, (k, v)) in names.iter().zip(values.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.to_str(k)?);
        out.push('=');
        out.push_str(&vm.repr(v)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

/// A read-only record like `sys.implementation`: attributes and a CPython-style repr.
fn record(vm: &mut Vm, name: &str, fields: &[(&str, Value)]) -> Value {
    let cls = crate::vm::types::new_class(name, vec![vm.types.object.clone()], BaseKind::Other);
    let dict = Rc::new(DictObj::new());
    for (k, v) in fields {
        dict.set_str_raw(vm.intern(k), v.clone());
    }
    Value::Instance(Rc::new(Instance {
        class: cls.into(),
        dict: Some(dict),
        slots: Default::default(),
        payload: Payload::None,
    }))
}

/// Sets `sys.argv` and `sys.path[0]` for a run.
pub fn set_argv(vm: &mut Vm, argv: Vec<String>, path0: String) {
    let m = vm.sys.clone();
    m.dict.set_str_raw(
        vm.intern_static("argv"),
        Value::list(argv.into_iter().map(Value::string).collect()),
    );
    let mut entries = vec![path0];
    if let Ok(extra) = std::env::var("PYTHONPATH") {
        entries.extend(extra.split(':').filter(|p| !p.is_empty()).map(String::from));
    }
    crate::import::set_startup_path(&entries);
    let path = entries.into_iter().map(Value::string).collect();
    m.dict
        .set_str_raw(vm.intern_static("path"), Value::list(path));
}

fn exit(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "exit", &a, 0, 1)?;
    let c = vm.types.system_exit.clone();
    // As CPython's `PyErr_SetObject(SystemExit, arg)`: a tuple is the argument list once the
    // exception is caught, but an uncaught one exits showing the tuple itself; spreading only
    // tuples of two or more keeps both right (their `code` is the whole tuple either way).
    let args = match a.pos.first() {
        // An instance of SystemExit itself is raised as it is.
        Some(Value::Instance(inst)) if inst.class().is_subclass(&c) => {
            return Err(PyErr(inst.clone()));
        }
        None | Some(Value::None) => vec![],
        Some(Value::Tuple(t)) if t.0.len() >= 2 => t.0.to_vec(),
        Some(v) => vec![v.clone()],
    };
    Err(vm.new_exc_args(&c, args))
}

fn getrecursionlimit(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::Int(_vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "setrecursionlimit", &a, 1, 1)?;
    let n = match &a.pos[0] {
        Value::Int(i) => *i,
        other => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        let c = vm.types.recursion_error.clone();
        return Err(vm.new_error(&c, format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth)));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn getrefcount(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "getrefcount", &a, 1, 1)?;
    let v = &a.pos[0];
    // One more than the holders, as CPython counts the argument itself.
    let n = match v {
        Value::Str(r) => Rc::strong_count(r),
        Value::List(r) => Rc::strong_count(r),
        Value::Tuple(r) => Rc::strong_count(r),
        Value::Dict(r) => Rc::strong_count(r),
        Value::Instance(r) => Rc::strong_count(r),
        Value::Function(r) => Rc::strong_count(r),
        Value::Class(r) => Rc::strong_count(r),
        Value::Module(r) => Rc::strong_count(r),
        Value::Set(r) | Value::FrozenSet(r) => Rc::strong_count(r),
        Value::Bytes(r) => Rc::strong_count(r),
        Value::BigInt(r) => Rc::strong_count(r),
        _ => 1_000_000,
    };
    Ok(Value::Int(n as i64))
}

fn exc_info(vm: &mut Vm, _a: Args) -> PyResult {
    let e = vm.exc_info.clone();
    if e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Class(vm.types.type_of(&e));
    let tb = vm.get_attr_str(&e, "__traceback__")?;
    Ok(Value::tuple(vec![t, e, tb]))
}

/// `sys.excepthook(type, value, traceback)` (also `sys.__excepthook__`): prints the
/// exception's traceback to the current `sys.stderr`.
fn excepthook(vm: &mut Vm, a: Args) -> PyResult {
    if !a.kw.is_empty() {
        return Err(vm.type_error("excepthook() takes no keyword arguments"));
    }
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "excepthook expected 3 arguments, got {}",
            a.pos.len()
        )));
    }
    let text = match &a.pos[1] {
        Value::Instance(inst) if inst.class().is_subclass(&vm.types.base_exception.clone()) => {
            vm.format_traceback(&PyErr(inst.clone()))
        }
        other => {
            let t = vm.type_name(other);
            format!("TypeError: print_exception(): Exception expected for value, {t} found\n")
        }
    };
    let err = vm.sys.dict.get_name("stderr").unwrap_or(Value::None);
    io::write_to(vm, &err, &text)?;
    Ok(Value::None)
}

/// The fields of the record `sys.unraisablehook` receives.
const UNRAISABLE_FIELDS: [&str; 5] = [
    "exc_type",
    "exc_value",
    "exc_traceback",
    "err_msg",
    "object",
];

thread_local! {
    /// `UnraisableHookArgs`, made on the first error reported to a hook (CPython does not
    /// publish the type; a hook sees it as `type(unraisable)`).
    static UNRAISABLE_ARGS: std::cell::RefCell<Option<Rc<Class>>> =
        const { std::cell::RefCell::new(None) };
}

fn unraisable_args_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(cls) = UNRAISABLE_ARGS.with(|c| c.borrow().clone()) {
        return cls;
    }
    let cls = structseq_class(vm, "UnraisableHookArgs", "builtins", &UNRAISABLE_FIELDS);
    UNRAISABLE_ARGS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    cls
}

/// Whether `hook` is the default `sys.unraisablehook` (the one `sys.__unraisablehook__` starts
/// as): errors reported to it are printed without building its argument record.
pub fn is_default_unraisablehook(hook: &Value) -> bool {
    matches!(hook, Value::Builtin(b) if b.name == "unraisablehook" && matches!(b.receiver, Value::Undef))
}

/// The `UnraisableHookArgs` record for `err`, reported with `err_msg` (None: the default
/// "Exception ignored in") about `object`.
pub fn unraisable_args(vm: &mut Vm, err: &PyErr, err_msg: Value, object: Value) -> Value {
    let cls = unraisable_args_class(vm);
    let tb = vm.traceback_of(&err.value());
    let values = vec![
        Value::Class(err.0.class()),
        err.value(),
        tb,
        err_msg,
        object,
    ];
    structseq_instance(vm, &cls, &UNRAISABLE_FIELDS, values)
}

/// `sys.unraisablehook(unraisable)`, the default: writes the report to `sys.stderr` as
/// CPython does (a header naming the object, the traceback, `Type: message`).
fn unraisablehook(vm: &mut Vm, a: Args) -> PyResult {
    if !a.kw.is_empty() {
        return Err(vm.type_error("sys.unraisablehook() takes no keyword arguments"));
    }
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "sys.unraisablehook() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    let cls = unraisable_args_class(vm);
    let fields = match &a.pos[0] {
        Value::Instance(inst) if inst.class().is_subclass(&cls) => {
            let d = inst.dict.clone().unwrap_or_default();
            UNRAISABLE_FIELDS.map(|k| d.get_name(k).unwrap_or(Value::None))
        }
        _ => {
            return Err(
                vm.type_error("sys.unraisablehook argument type must be UnraisableHookArgs")
            );
        }
    };
    let [exc_type, exc_value, exc_tb, err_msg, object] = fields;
    let mut text = String::new();
    if !object.is_none() {
        let header = match &err_msg {
            Value::None => "Exception ignored in".to_string(),
            m => vm.to_str(m)?,
        };
        let what = vm
            .repr(&object)
            .unwrap_or_else(|_| "<object repr() failed>".to_string());
        text.push_str(&format!("{header}: {what}\n"));
    } else if !err_msg.is_none() {
        let header = vm.to_str(&err_msg)?;
        text.push_str(&format!("{header}:\n"));
    }
    match &exc_value {
        Value::Instance(inst)
            if !exc_tb.is_none() && inst.class().is_subclass(&vm.types.base_exception.clone()) =>
        {
            text.push_str(&vm.format_unraisable(&PyErr(inst.clone()), false));
        }
        _ if exc_type.is_none() => {}
        _ => {
            let mut line = match &exc_type {
                Value::Class(c) => {
                    let q = c.qualname.borrow().as_str().to_string();
                    match c.dict.get_name("__module__") {
                        Some(Value::Str(m)) if !matches!(m.as_str(), "builtins" | "__main__") => {
                            format!("{}.{q}", m.as_str())
                        }
                        _ => q,
                    }
                }
                other => vm.repr(other)?,
            };
            if !exc_value.is_none() {
                let msg = vm
                    .to_str(&exc_value)
                    .unwrap_or_else(|_| "<exception str() failed>".to_string());
                line.push_str(&format!(": {msg}"));
            }
            text.push_str(&line);
            text.push('\n');
        }
    }
    let err = vm.sys.dict.get_name("stderr").unwrap_or(Value::None);
    io::write_to(vm, &err, &text)?;
    Ok(Value::None)
}

fn exception(vm: &mut Vm, _a: Args) -> PyResult {
    Ok(vm.exc_info.clone())
}

fn addaudithook(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "addaudithook", &a, 1, 1)?;
    vm.audit_hooks.borrow_mut().push(a.pos[0].clone());
    Ok(Value::None)
}

fn audit(vm: &mut Vm, a: Args) -> PyResult {
    if a.pos.is_empty() {
        return Err(vm.type_error("audit() missing 1 required positional argument: 'event'"));
    }
    let name = vm.to_str(&a.pos[0])?;
    vm.audit_event(&name, &a.pos[1..])?;
    Ok(Value::None)
}

fn getsizeof(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "getsizeof", &a, 1, 2)?;
    let v = &a.pos[0];
    // A class's own `__sizeof__` gives the size; the collector's headers are added to it.
    if let Value::Instance(inst) = v
        && let Some(f @ Value::Function(_)) = inst.class().lookup(&PyStr::new("__sizeof__"))
    {
        let n = match vm.call(&f, std::slice::from_ref(v), &[])? {
            Value::Int(n) => n,
            Value::Bool(b) => b.get() as i64,
            Value::BigInt(_) => {
                return Err(vm.new_error(
                    &vm.types.overflow_error.clone(),
                    "Python int too large to convert to C ssize_t",
                ));
            }
            _ => return Err(vm.type_error("an integer is required")),
        };
        if n < 0 {
            let c = vm.types.value_error.clone();
            return Err(vm.new_error(&c, "__sizeof__() should return >= 0"));
        }
        return Ok(Value::Int(n.saturating_add(sizeof_header(v) as i64)));
    }
    Ok(Value::Int(cpython_sizeof(v) as i64))
}

/// What `sys.getsizeof` adds to `__sizeof__()` in CPython 3.11: the collector's header of a
/// tracked type, and the managed-dict pointers in front of an instance with a `__dict__`.
pub(crate) fn sizeof_header(v: &Value) -> usize {
    const GC: usize = 16;
    match v {
        Value::Tuple(_)
        | Value::List(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::FrozenSet(_)
        | Value::Slice(_)
        | Value::Function(_)
        | Value::Builtin(_)
        | Value::BoundMethod(_) => GC,
        Value::Instance(inst) => match &inst.payload {
            Payload::Builtin(b) => sizeof_header(&b.borrow()),
            Payload::Exc(_) => GC,
            Payload::None if inst.class().is_builtin => 0,
            Payload::None if inst.class().has_dict => 2 * GC,
            Payload::None => GC,
        },
        _ => 0,
    }
}

/// What CPython 3.11 (64-bit) reports for `sys.getsizeof(v)`: object headers, the GC header
/// of container types, and table sizes as CPython grows them. Lists count one pointer per
/// item (CPython's over-allocation after appends is not modelled).
pub(crate) fn cpython_sizeof(v: &Value) -> usize {
    const GC: usize = 16;
    match v {
        Value::None | Value::NotImplemented | Value::Ellipsis => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(i.unsigned_abs().checked_ilog2().map_or(0, |b| b as u64 + 1)),
        Value::BigInt(b) => int_size(b.bits()),
        Value::Float(_) => 24,
        Value::Complex(_) => 32,
        Value::Str(s) => {
            let st = s.as_str();
            let n = s.char_len();
            let max = st.chars().map(|c| c as u32).max().unwrap_or(0);
            match max {
                0..=0x7f => 49 + n,
                0x80..=0xff => 73 + n,
                0x100..=0xffff => 74 + 2 * n,
                _ => 76 + 4 * n,
            }
        }
        Value::Bytes(b) => 33 + b.data.len(),
        Value::ByteArray(b) => match b.borrow().len() {
            0 => 56,
            n => 57 + n,
        },
        Value::Tuple(t) => 24 + GC + 8 * t.0.len(),
        Value::List(l) => 40 + GC + 8 * l.0.borrow().len(),
        Value::Dict(d) => dict_size(d),
        Value::Set(s) | Value::FrozenSet(s) => set_size(s.table.borrow().len()),
        Value::Range(_) => 48,
        Value::Slice(_) => 40 + GC,
        Value::Function(_) => 136 + GC,
        Value::Builtin(_) => 56 + GC,
        Value::BoundMethod(_) => 48 + GC,
        Value::Instance(inst) => match &inst.payload {
            Payload::Builtin(b) => cpython_sizeof(&b.borrow()),
            Payload::Exc(_) => 72 + GC,
            Payload::None if inst.class().is_builtin => 16,
            Payload::None if inst.class().has_dict => 40 + GC,
            Payload::None => 16 + GC + 8 * inst.class().slot_layout.len(),
        },
        _ => 48,
    }
}

/// An int of `bits` magnitude bits: 24 bytes plus one 4-byte digit per 30 bits (at least one).
fn int_size(bits: u64) -> usize {
    24 + 4 * (bits.div_ceil(30).max(1) as usize)
}

/// A dict's size: its object, and the keys table it would have grown to (8 slots, doubling,
/// two thirds usable); entries of all-str keys are 16 bytes, others 24.
fn dict_size(d: &DictObj) -> usize {
    let n = d.len();
    if n == 0 {
        return 64;
    }
    let mut size = 8usize;
    while size * 2 / 3 < n {
        size *= 2;
    }
    let index_bytes = match size {
        0..=128 => 1,
        129..=0x8000 => 2,
        _ => 4,
    };
    let all_str = d
        .table
        .borrow()
        .iter()
        .all(|e| matches!(e.key, Value::Str(_)));
    let entry = if all_str { 16 } else { 24 };
    64 + 32 + size * index_bytes + (size * 2 / 3) * entry
}

/// A set of `n` items: the object with its 8 inline slots, or a table grown as insertion
/// grows it (resized to more than four times the items once three fifths are filled).
fn set_size(n: usize) -> usize {
    let mut mask = 7usize;
    let mut fill = 0usize;
    let mut table = 8usize;
    for used in 1..=n {
        fill += 1;
        if fill * 5 >= mask * 3 {
            let want = if used > 50000 { used * 2 } else { used * 4 };
            table = 8;
            while table <= want {
                table <<= 1;
            }
            mask = table - 1;
            fill = used;
        }
    }
    if table == 8 { 216 } else { 216 + 16 * table }
}

fn intern(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "intern", &a, 1, 1)?;
    match &a.pos[0] {
        Value::Str(s) => Ok(Value::Str(vm.intern(s.as_str()))),
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!("intern() argument must be str, not {t}")))
        }
    }
}

fn getdefaultencoding(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "sys.getdefaultencoding", &a, 0, 0)?;
    Ok(Value::str("utf-8"))
}

fn getfilesystemencodeerrors(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "sys.getfilesystemencodeerrors", &a, 0, 0)?;
    Ok(Value::str("surrogateescape"))
}

/// `sys.is_finalizing()`: Python code never runs while the interpreter tears down.
fn is_finalizing(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "sys.is_finalizing", &a, 0, 0)?;
    Ok(Value::from_bool(false))
}

/// `sys.gettrace()` and `sys.getprofile()`: no tracing or profiling function can be set.
fn gettrace(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "sys.gettrace", &a, 0, 0)?;
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "sys.getswitchinterval", &a, 0, 0)?;
    Ok(Value::float(0.005))
}

impl Vm {
    /// Raises a PEP 578 audit event to every hook.
    pub fn audit_event(&mut self, name: &str, args: &[Value]) -> PyResult<()> {
        if self.audit_hooks.borrow().is_empty() {
            return Ok(());
        }
        let hooks = self.audit_hooks.borrow().clone();
        let ev = Value::str(name);
        let args = Value::tuple(args.to_vec());
        for h in hooks {
            self.call(&h, &[ev.clone(), args.clone()], &[])?;
        }
        Ok(())
    }
}
