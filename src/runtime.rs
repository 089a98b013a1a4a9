//! The embedding API: run a script, a command string, a module or stdin as `__main__`, the
//! way `python3` does (argv, sys.path, tracebacks on stderr, exit statuses).

use crate::audit::{AuditLog, AuditSink};
use crate::objects::*;
use crate::policy::Policy;
use crate::vm::Vm;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

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

/// Set when the program ended with an uncaught KeyboardInterrupt: `run` then ends the process
/// by SIGINT, as CPython does, once the interpreter thread has flushed everything.
static UNCAUGHT_KEYBOARD_INTERRUPT: AtomicBool = AtomicBool::new(false);

/// Runs a program to completion on a dedicated interpreter thread and ends the process with
/// its exit status. Returns only when the thread could not start or ended in a panic (whose
/// hook has printed one line): the status to exit with then.
pub fn run(opts: RunOptions) -> i32 {
    // Before the interpreter thread starts: it then shares the main heap instead of growing
    // an arena of its own page by page.
    pyseal_sandbox::alloc::use_single_arena();
    // Big container tables stay in the heap between uses rather than being mapped afresh.
    pyseal_sandbox::alloc::retain_large_blocks();
    let handle = std::thread::Builder::new()
        .name("pyseal".into())
        .stack_size(STACK_SIZE)
        .spawn(move || end_process(run_on_this_thread(opts)));
    match handle {
        Ok(h) => match h.join() {
            Ok(never) => match never {},
            Err(_) => 70,
        },
        Err(e) => {
            eprintln!("pyseal: cannot start the interpreter thread: {e}");
            70
        }
    }
}

/// Ends the process from the interpreter thread once the program is done and its output
/// flushed. The main thread, waiting in `join`, is not woken only to exit (a context switch,
/// and on a busy machine a wait for a core), and the thread's 512 MiB stack is not unmapped
/// page range by page range first.
fn end_process(status: i32) -> ! {
    if UNCAUGHT_KEYBOARD_INTERRUPT.load(Ordering::SeqCst) {
        // As CPython: the traceback is out, and the process ends by SIGINT.
        pyseal_sandbox::signals::exit_by_sigint();
    }
    // `exit` flushes Rust's own stdout buffer on the way.
    std::process::exit(status & 0xff)
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
                // As CPython 3.9+, code objects and __file__ name the script by absolute path:
                // the working directory joined to the path as given (`./x.py` keeps its `.`).
                let abs = if p.is_absolute() {
                    p.clone()
                } else {
                    std::env::current_dir()
                        .map(|cwd| cwd.join(p))
                        .unwrap_or_else(|_| p.clone())
                };
                let abs = abs.to_string_lossy().into_owned();
                let src = decode_source(&bytes).map_err(|e| e.raise(vm, &abs))?;
                Ok((
                    src,
                    abs,
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
            let mut bytes = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes);
            let s = decode_source(&bytes).map_err(|e| e.raise(vm, "<stdin>"))?;
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
            match std::fs::read(&file) {
                Ok(bytes) => {
                    let name = file.to_string_lossy().into_owned();
                    let src = decode_source(&bytes).map_err(|e| e.raise(vm, &name))?;
                    Ok((src, name.clone(), name, cwd))
                }
                Err(e) => {
                    eprintln!("pyseal: cannot read '{}': {e}", file.display());
                    Err(1)
                }
            }
        }
    }
}

/// Why a script's bytes are not Python source text, as CPython's tokenizer reports it.
#[derive(Debug, PartialEq, Eq)]
pub enum SourceError {
    /// A NUL byte: its 1-based line and the line's text up to the NUL.
    NullByte { line: u32, text: String },
    /// Bytes that are not UTF-8 and no coding declaration: the first bad byte and its line.
    NonUtf8 { byte: u8, line: u32 },
    /// A coding declaration naming no codec we know (or contradicting a UTF-8 BOM).
    Encoding(String),
}

impl SourceError {
    /// The message of the SyntaxError, naming the file as CPython does.
    pub fn message(&self, filename: &str) -> String {
        match self {
            SourceError::NullByte { .. } => "source code cannot contain null bytes".to_string(),
            SourceError::NonUtf8 { byte, line } => format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            ),
            SourceError::Encoding(name) => format!("encoding problem: {name}"),
        }
    }

    /// Prints the SyntaxError the way an uncaught one is printed; returns the exit status.
    fn raise(&self, vm: &mut Vm, filename: &str) -> i32 {
        let msg = self.message(filename);
        let err = match self {
            SourceError::NullByte { line, text } => {
                let err = vm.syntax_error(&crate::compile::CompileError {
                    kind: "SyntaxError",
                    msg,
                    filename: filename.to_string(),
                    line: *line,
                    col: 0,
                    end_col: 0,
                    text: Some(text.clone()),
                });
                // CPython names the line but points at no column.
                if let Some(d) = &err.0.dict {
                    d.set_str_raw(vm.intern_static("offset"), Value::None);
                }
                err
            }
            _ => {
                let class = vm.types.syntax_error.clone();
                vm.new_exc_args(&class, vec![Value::str(&msg)])
            }
        };
        handle_uncaught(vm, err)
    }
}

/// Decodes the bytes of a script as CPython's tokenizer does: a UTF-8 BOM is dropped, a PEP 263
/// coding declaration on line 1 or 2 picks the codec (UTF-8, ASCII, Latin-1, Latin-9 and
/// Windows-1252 are known), and NUL bytes or undeclared non-UTF-8 bytes are errors.
pub fn decode_source(bytes: &[u8]) -> Result<String, SourceError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    if let Some(at) = body.iter().position(|&b| b == 0) {
        let line_start = body[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = body[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        return Err(SourceError::NullByte {
            line,
            text: String::from_utf8_lossy(&body[line_start..at]).into_owned(),
        });
    }
    let codec = match coding_declaration(body) {
        None => Codec::Utf8,
        Some(name) => {
            let normal = normalize_encoding(&name);
            match codec_named(&normal) {
                Some(Codec::Utf8) => Codec::Utf8,
                Some(_) if bom => {
                    return Err(SourceError::Encoding(format!("{normal} with BOM")));
                }
                Some(c) => c,
                None if looks_like_codec(&normal) => Codec::Utf8,
                None => return Err(SourceError::Encoding(name)),
            }
        }
    };
    match codec {
        Codec::Utf8 | Codec::Ascii => match std::str::from_utf8(body) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let at = e.valid_up_to();
                let line = body[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
                Err(SourceError::NonUtf8 {
                    byte: body[at],
                    line,
                })
            }
        },
        Codec::Latin1 => Ok(body.iter().map(|&b| b as char).collect()),
        Codec::Latin9 => Ok(body.iter().map(|&b| latin9(b)).collect()),
        Codec::Cp1252 => Ok(body.iter().map(|&b| cp1252(b)).collect()),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Latin9,
    Cp1252,
}

/// The codec named by a `coding[:=]NAME` comment on line 1, or on line 2 after a line 1 that
/// is blank or a comment.
fn coding_declaration(src: &[u8]) -> Option<String> {
    let mut lines = src.split(|&b| b == b'\n');
    let first = lines.next().unwrap_or(b"");
    if let Some(name) = coding_in_line(first) {
        return Some(name);
    }
    let trimmed: Vec<u8> = first
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b' ' | b'\t' | 0x0c))
        .collect();
    if trimmed.is_empty() || trimmed[0] == b'#' || trimmed[0] == b'\r' {
        return lines.next().and_then(coding_in_line);
    }
    None
}

fn coding_in_line(line: &[u8]) -> Option<String> {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | 0x0c))?;
    if line[start] != b'#' {
        return None;
    }
    let text = String::from_utf8_lossy(&line[start..]);
    let at = text.find("coding")?;
    let rest = &text[at + "coding".len()..];
    let rest = rest.strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// CPython's tokenizer spelling of an encoding name: `utf-8` and `iso-8859-1` for their
/// aliases, others lower-cased with `_` as `-`.
fn normalize_encoding(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    let is = |base: &str| lower == base || lower.starts_with(&format!("{base}-"));
    if is("utf-8") {
        "utf-8".to_string()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".to_string()
    } else {
        lower
    }
}

fn codec_named(normal: &str) -> Option<Codec> {
    let compact = normal.replace('-', "");
    Some(match compact.as_str() {
        "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "usascii" | "646" => Codec::Ascii,
        "iso88591" | "latin1" | "latin" | "l1" | "iso8859" | "8859" | "cp819" => Codec::Latin1,
        "iso885915" | "latin9" | "l9" => Codec::Latin9,
        "cp1252" | "windows1252" => Codec::Cp1252,
        _ => return None,
    })
}

/// Whether a name we cannot decode still looks like one of Python's codecs (an ASCII-only
/// script declared in it reads the same as UTF-8).
fn looks_like_codec(normal: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "cp", "iso", "latin", "mac", "koi8", "utf", "euc", "shift", "gb", "big5", "windows", "ibm",
        "hz", "johab", "ks", "tis", "ptcp", "hp", "kz", "sjis", "cyrillic", "greek", "hebrew",
        "arabic", "thai",
    ];
    PREFIXES.iter().any(|p| normal.starts_with(p))
}

fn latin9(b: u8) -> char {
    match b {
        0xa4 => '\u{20ac}',
        0xa6 => '\u{160}',
        0xa8 => '\u{161}',
        0xb4 => '\u{17d}',
        0xb8 => '\u{17e}',
        0xbc => '\u{152}',
        0xbd => '\u{153}',
        0xbe => '\u{178}',
        _ => b as char,
    }
}

fn cp1252(b: u8) -> char {
    const HIGH: [u32; 32] = [
        0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
        0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
        0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
    ];
    match b {
        0x80..=0x9f => char::from_u32(HIGH[(b - 0x80) as usize]).unwrap_or('\u{fffd}'),
        _ => b as char,
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
    // CPython's names and order (`print(dir())`, `list(globals())`); a script run as
    // `__main__` has no spec, and no loader object here.
    set(vm, "__package__", Value::None);
    set(vm, "__loader__", Value::None);
    set(vm, "__spec__", Value::None);
    set(
        vm,
        "__annotations__",
        Value::Dict(std::rc::Rc::new(DictObj::new())),
    );
    let bm = Value::Module(vm.builtins_module.clone());
    set(vm, "__builtins__", bm);
    if matches!(opts.source, Source::File(_) | Source::Module(_)) {
        set(vm, "__file__", Value::str(&filename));
        set(vm, "__cached__", Value::None);
    }
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
    crate::builtins::io::flush_at_exit(vm);
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
    if e.0
        .class()
        .is_subclass(&vm.types.keyboard_interrupt.clone())
    {
        UNCAUGHT_KEYBOARD_INTERRUPT.store(true, Ordering::SeqCst);
    }
    if e.0.class().is_subclass(&vm.types.system_exit.clone()) {
        // The `code` attribute decides, as in CPython (it may have been reassigned).
        let code = vm.get_attr_str(&e.value(), "code").unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b.get() as i32,
            // CPython's conversion to a C long fails: status -1, nothing printed.
            Value::BigInt(_) => -1,
            other => {
                let s = vm.to_str(&other).unwrap_or_default();
                vm.write_stderr(&format!("{s}\n"));
                1
            }
        };
    }
    // sys.excepthook prints it (the default one to the current sys.stderr); a hook that
    // fails is reported, then the original exception, as CPython does.
    let Some(hook) = vm.sys.dict.get_name("excepthook") else {
        vm.write_stderr("sys.excepthook is missing\n");
        let tb = vm.format_traceback(&e);
        vm.write_stderr(&tb);
        return 1;
    };
    let class = Value::Class(e.0.class());
    let tb = vm
        .get_attr_str(&e.value(), "__traceback__")
        .unwrap_or(Value::None);
    if let Err(hook_err) = vm.call(&hook, &[class, e.value(), tb], &[]) {
        vm.flush_stdout();
        vm.write_stderr("Error in sys.excepthook:\n");
        let text = vm.format_traceback(&hook_err);
        vm.write_stderr(&text);
        vm.write_stderr("\nOriginal exception was:\n");
        let text = vm.format_traceback(&e);
        vm.write_stderr(&text);
    }
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
