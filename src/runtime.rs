//! The embedding API: run a script, a command string, a module or stdin as `__main__`, the
//! way `python3` does (argv, sys.path, tracebacks on stderr, exit statuses).

use crate::audit::{AuditLog, AuditSink};
use crate::objects::*;
use crate::policy::Policy;
use crate::vm::Vm;
use std::path::{Path, PathBuf};

/// What to run as `__main__`.
#[derive(Clone, Debug)]
pub enum Source {
    File(PathBuf),
    Command(String),
    Module(String),
    Stdin,
}

#[derive(Clone, Debug)]
pub struct RunOptions {
    pub source: Source,
    /// Arguments after the script (sys.argv[1:]).
    pub args: Vec<String>,
    /// Keep code images in sealed memfds (the default).
    pub seal: bool,
    /// The policy deciding writes to frozen namespaces (its mode included); `None` means the
    /// built-in `default`.
    pub policy: Option<Policy>,
    /// Where audit events go: a file path, or `-` for stderr; `None` records nothing.
    pub audit_log: Option<String>,
}

impl RunOptions {
    /// Runs `source` with no arguments under the `default` policy, unaudited.
    pub fn new(source: Source) -> RunOptions {
        RunOptions {
            source,
            args: Vec::new(),
            seal: true,
            policy: None,
            audit_log: None,
        }
    }
}

/// The built-in `default` policy (always present: it is embedded in the binary).
pub fn default_policy() -> Policy {
    Policy::builtin("default").expect("the default policy is built in")
}

/// Puts `vm` under `policy`, auditing to `sink`. Call before running code: the namespaces
/// freeze as modules finish importing; builtins and native modules freeze in [`run_main`]
/// (or with [`crate::readonly::freeze_startup`] for embedders that run code otherwise).
pub fn install_policy(vm: &mut Vm, policy: Policy, sink: Option<Box<dyn AuditSink>>) {
    let audit = AuditLog::new(sink, &policy.name);
    vm.readonly = crate::readonly::ReadOnlyState::new(policy, audit);
}

/// Interpreter stack: deep Python recursion is bounded by the recursion limit and by a stack
/// check against this size, so it raises RecursionError instead of overflowing.
pub const STACK_SIZE: usize = 512 * 1024 * 1024;

/// Runs a program to completion on a dedicated interpreter thread; returns the exit status.
pub fn run(opts: RunOptions) -> i32 {
    let handle = std::thread::Builder::new()
        .name("pyseal".into())
        .stack_size(STACK_SIZE)
        .spawn(move || run_on_this_thread(opts));
    match handle {
        // A panic has already printed its one line (the hook in main); exit cleanly.
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("pyseal: cannot start the interpreter thread: {e}");
            70
        }
    }
}

fn run_on_this_thread(opts: RunOptions) -> i32 {
    let sink = match opts.audit_log.as_deref().map(crate::audit::open_sink) {
        None => None,
        Some(Ok(sink)) => Some(sink),
        Some(Err(e)) => {
            eprintln!("pyseal: {e}");
            return 2;
        }
    };
    let mut vm = Vm::new();
    vm.set_stack_base(STACK_SIZE);
    vm.seal_images = opts.seal;
    let policy = opts.policy.clone().unwrap_or_else(default_policy);
    if policy.name == "untrusted" || policy.sandbox != crate::policy::SandboxConfig::default() {
        // Say so rather than let anyone believe the script is contained.
        eprintln!(
            "pyseal: warning: policy '{}' describes a sandbox, but sandboxed runs (seccomp, \
             Landlock, limits, supervisor) are not implemented yet; the script runs unconfined",
            policy.name
        );
    }
    install_policy(&mut vm, policy, sink);
    let what = match &opts.source {
        Source::File(p) => p.to_string_lossy().into_owned(),
        Source::Command(_) => "-c".to_string(),
        Source::Module(m) => format!("-m {m}"),
        Source::Stdin => "-".to_string(),
    };
    vm.readonly.audit.run_start(&what);
    let status = run_main(&mut vm, &opts);
    vm.flush_stdout();
    vm.readonly.audit.run_end(&format!("exit {status}"));
    vm.readonly.audit.flush();
    status
}

fn read_source(vm: &mut Vm, opts: &RunOptions) -> Result<(String, String, String, String), i32> {
    match &opts.source {
        Source::File(p) => match std::fs::read(p) {
            Ok(bytes) => {
                let src = String::from_utf8_lossy(&bytes).into_owned();
                let dir = p
                    .parent()
                    .map(|d| {
                        if d.as_os_str().is_empty() {
                            Path::new(".")
                        } else {
                            d
                        }
                    })
                    .unwrap_or(Path::new("."));
                let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
                let _ = vm;
                // As CPython 3.9+, code objects and __file__ name the script by absolute path.
                let abs = std::path::absolute(p).unwrap_or_else(|_| p.clone());
                Ok((
                    src,
                    abs.to_string_lossy().into_owned(),
                    p.to_string_lossy().into_owned(),
                    dir.to_string_lossy().into_owned(),
                ))
            }
            Err(e) => {
                let abs = std::fs::canonicalize(p.parent().unwrap_or(Path::new(".")))
                    .map(|d| d.join(p.file_name().unwrap_or_default()))
                    .unwrap_or_else(|_| p.clone());
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = if errno == 2 {
                    "No such file or directory".to_string()
                } else {
                    e.to_string()
                };
                eprintln!(
                    "pyseal: can't open file '{}': [Errno {errno}] {msg}",
                    abs.display()
                );
                Err(2)
            }
        },
        Source::Command(c) => Ok((c.clone(), "<string>".into(), "-c".into(), String::new())),
        Source::Stdin => {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
            Ok((s, "<stdin>".into(), "-".into(), String::new()))
        }
        Source::Module(m) => {
            let cwd = std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default();
            let rel = format!("{}.py", m.replace('.', "/"));
            let path = Path::new(&cwd).join(&rel);
            let pkg_main = Path::new(&cwd)
                .join(m.replace('.', "/"))
                .join("__main__.py");
            let file = if path.is_file() {
                path
            } else if pkg_main.is_file() {
                pkg_main
            } else {
                eprintln!("pyseal: No module named {m}");
                return Err(1);
            };
            match std::fs::read_to_string(&file) {
                Ok(src) => Ok((
                    src,
                    file.to_string_lossy().into_owned(),
                    file.to_string_lossy().into_owned(),
                    cwd,
                )),
                Err(e) => {
                    eprintln!("pyseal: cannot read '{}': {e}", file.display());
                    Err(1)
                }
            }
        }
    }
}

/// Runs `__main__` in an existing VM; returns the exit status.
pub fn run_main(vm: &mut Vm, opts: &RunOptions) -> i32 {
    let (src, filename, argv0, path0) = match read_source(vm, opts) {
        Ok(x) => x,
        Err(code) => return code,
    };
    vm.main_path = match &opts.source {
        Source::File(p) => Some(p.clone()),
        _ => None,
    };
    let mut argv = vec![argv0];
    argv.extend(opts.args.iter().cloned());
    crate::modules::sys::set_argv(vm, argv, path0);
    let main = vm.new_module("__main__");
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let key = vm.intern(k);
        main.dict.set_str_raw(key, v);
    };
    if matches!(opts.source, Source::File(_) | Source::Module(_)) {
        set(vm, "__file__", Value::str(&filename));
    }
    let bm = Value::Module(vm.builtins_module.clone());
    set(vm, "__builtins__", bm);
    set(vm, "__package__", Value::None);
    let key = vm.intern_static("__main__");
    vm.modules.set_str_raw(key, Value::Module(main.clone()));
    // Builtins and native modules freeze before any user code runs; `__main__`'s top-level
    // code runs one frame below the current depth (for `freeze.main`).
    vm.readonly.main = Some((main.dict.clone(), vm.depth + 1));
    crate::readonly::freeze_startup(vm);
    let result =
        crate::vm::code::compile_code(vm, &src, &filename, crate::compile::Mode::Exec, "__main__")
            .and_then(|code| crate::vm::code::run_code(vm, &code, main.dict.clone(), None));
    vm.close_abandoned_generators();
    let status = match result {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, e),
    };
    run_atexit(vm);
    vm.finalize_main(&main.dict);
    vm.flush_stdout();
    status
}

/// Calls the functions registered with `atexit`, if the program imported it.
fn run_atexit(vm: &mut Vm) {
    let Some(Value::Module(m)) = vm.modules.get_name("atexit") else {
        return;
    };
    let Some(run) = m.dict.get_name("_run_exitfuncs") else {
        return;
    };
    if let Err(e) = vm.call(&run, &[], &[]) {
        let tb = vm.format_traceback(&e);
        vm.write_stderr(&tb);
    }
}

/// Prints an uncaught exception the way CPython does and picks the exit status.
pub fn handle_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    vm.flush_stdout();
    if e.0.class.is_subclass(&vm.types.system_exit.clone()) {
        let args = vm.exc_args(&e.0);
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => Value::tuple(args),
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b.get() as i32,
            other => {
                let s = vm.to_str(&other).unwrap_or_default();
                vm.write_stderr(&format!("{s}\n"));
                1
            }
        };
    }
    let tb = vm.format_traceback(&e);
    vm.write_stderr(&tb);
    1
}

/// Compiles a file and returns its disassembly (`pyseal dis`).
pub fn disassemble_file(path: &Path) -> Result<String, String> {
    let src = std::fs::read_to_string(path)
        .map_err(|e| format!("pyseal: can't open file '{}': {e}", path.display()))?;
    let filename = path.to_string_lossy();
    let image =
        crate::compile::compile(&src, &filename, crate::compile::Mode::Exec).map_err(|e| {
            format!(
                "  File \"{}\", line {}\n{}: {}",
                e.filename, e.line, e.kind, e.msg
            )
        })?;
    crate::bytecode::dis::disassemble(&image).map_err(|e| e.to_string())
}

/// Runs source as `__main__` in `vm` and returns the module (for tests and embedding).
pub fn run_source_for_test(vm: &mut Vm, src: &str) -> PyResult {
    let main = vm.new_module("__main__");
    let bm = Value::Module(vm.builtins_module.clone());
    main.dict.set_str_raw(vm.intern_static("__builtins__"), bm);
    let key = vm.intern_static("__main__");
    vm.modules.set_str_raw(key, Value::Module(main.clone()));
    vm.readonly.main = Some((main.dict.clone(), vm.depth + 1));
    crate::readonly::freeze_startup(vm);
    let code =
        crate::vm::code::compile_code(vm, src, "<test>", crate::compile::Mode::Exec, "__main__")?;
    crate::vm::code::run_code(vm, &code, main.dict.clone(), None)?;
    Ok(Value::Module(main))
}
