//! No input makes pyseal panic, abort, overflow its stack or hang.
//!
//! Each case runs the `pyseal` binary on a generated program (large or adversarial inputs that
//! do not fit a conformance golden file) under a time limit, and checks that it ends as a
//! Python program: no Rust panic, abort or signal, and, where given, the last stderr line
//! CPython 3.11 prints for the same input (checked by hand against `python3` when the case was
//! written; nothing here runs CPython).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

struct Outcome {
    status: Option<i32>,
    stdout: String,
    stderr: String,
    path: PathBuf,
}

impl Outcome {
    fn last_err_line(&self) -> &str {
        self.stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
    }
}

fn scratch_dir() -> PathBuf {
    static N: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "pyseal-robust-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs `pyseal <verb> prog.py` on `src` in a fresh directory.
fn run_verb(verb: &str, src: &[u8]) -> Outcome {
    let dir = scratch_dir();
    let path = dir.join("prog.py");
    std::fs::write(&path, src).expect("write program");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyseal"))
        .arg(verb)
        .arg("prog.py")
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn pyseal");
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            let _ = std::fs::remove_dir_all(&dir);
            panic!(
                "pyseal hung (> {TIMEOUT:?}) on:\n{}",
                preview(&String::from_utf8_lossy(src))
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut stdout = String::new();
    let mut stderr = String::new();
    if let Some(mut o) = child.stdout.take() {
        let mut b = Vec::new();
        let _ = std::io::Read::read_to_end(&mut o, &mut b);
        stdout = String::from_utf8_lossy(&b).into_owned();
    }
    if let Some(mut e) = child.stderr.take() {
        let mut b = Vec::new();
        let _ = std::io::Read::read_to_end(&mut e, &mut b);
        stderr = String::from_utf8_lossy(&b).into_owned();
    }
    let _ = std::fs::remove_dir_all(&dir);
    let out = Outcome {
        status: status.code(),
        stdout,
        stderr,
        path,
    };
    assert_sane(&out, src);
    out
}

fn run(src: &str) -> Outcome {
    run_verb("run", src.as_bytes())
}

fn preview(src: &str) -> String {
    let s: String = src.chars().take(300).collect();
    if src.chars().count() > 300 {
        format!("{s}...")
    } else {
        s
    }
}

/// The process ended as a Python program does: exit status 0, 1 or 2 (no signal, no abort,
/// no panic status), and no sign of a Rust panic or stack overflow on stderr.
fn assert_sane(out: &Outcome, src: &[u8]) {
    let src = String::from_utf8_lossy(src);
    assert!(
        matches!(out.status, Some(0..=2)),
        "pyseal ended with status {:?} on:\n{}\nstderr:\n{}",
        out.status,
        preview(&src),
        preview(&out.stderr)
    );
    for bad in [
        "panicked",
        "internal error",
        "overflowed its stack",
        "RUST_BACKTRACE",
    ] {
        assert!(
            !out.stderr.contains(bad),
            "pyseal printed {bad:?} on:\n{}\nstderr:\n{}",
            preview(&src),
            preview(&out.stderr)
        );
    }
}

/// Runs `src` and checks the last stderr line and the exit status 1.
fn expect_error(src: &str, last: &str) {
    let out = run(src);
    assert_eq!(
        out.last_err_line(),
        last,
        "on:\n{}\nstderr:\n{}",
        preview(src),
        out.stderr
    );
    assert_eq!(out.status, Some(1), "exit status on:\n{}", preview(src));
}

/// Runs `src` and checks it succeeds with this stdout.
fn expect_output(src: &str, stdout: &str) {
    let out = run(src);
    assert_eq!(out.status, Some(0), "on:\n{}\n{}", preview(src), out.stderr);
    assert_eq!(out.stdout, stdout, "stdout on:\n{}", preview(src));
}

#[test]
fn deeply_nested_brackets() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let deep = format!("x = {}1{}\n", open.repeat(201), close.repeat(201));
        expect_error(&deep, "SyntaxError: too many nested parentheses");
    }
    let ok = format!("x = {}1{}\nprint(x)\n", "(".repeat(150), ")".repeat(150));
    expect_output(&ok, "1\n");
    let lists = format!(
        "x = {}{}\nprint(len(x))\n",
        "[".repeat(150),
        "]".repeat(150)
    );
    expect_output(&lists, "1\n");
    expect_error(
        "eval('(' * 1000 + ')' * 1000)\n",
        "SyntaxError: too many nested parentheses",
    );
}

#[test]
fn runaway_python_recursion_raises_recursion_error() {
    let cases = [
        "def f(n):\n    return f(n + 1)\nf(0)\n",
        "class A:\n    def __eq__(self, o):\n        return self == o\nA() == A()\n",
        "class A:\n    def __hash__(self):\n        return hash(self)\nhash(A())\n",
        "class A:\n    def __getattr__(self, n):\n        return self.x\nA().y\n",
        "class A:\n    def __iter__(self):\n        return iter(self)\nlist(A())\n",
        "class A:\n    def __str__(self):\n        return str(self)\nprint(A())\n",
        "class A:\n    def __bool__(self):\n        return bool(self)\nnot A()\n",
        "class A:\n    def __len__(self):\n        return len(self)\nlen(A())\n",
        "class A:\n    def __getitem__(self, i):\n        return self[i]\nA()[0]\n",
        "class A:\n    def __call__(self):\n        return self()\nA()()\n",
        "class A:\n    @property\n    def x(self):\n        return self.x\nA().x\n",
        "class A:\n    def __setattr__(self, n, v):\n        setattr(self, n, v)\nA().x = 1\n",
        "class A:\n    def __init__(self):\n        A()\nA()\n",
        "class A:\n    def __format__(self, spec):\n        return format(self, spec)\nf'{A()}'\n",
        "def g():\n    yield from g()\nlist(g())\n",
        "def k(x):\n    return sorted([1, 2], key=k)\nsorted([1, 2], key=k)\n",
    ];
    for src in cases {
        expect_error(src, "RecursionError: maximum recursion depth exceeded");
    }
    // Caught, the program goes on with a usable interpreter.
    expect_output(
        "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(type(e).__name__)\nprint(sum(range(10)))\n",
        "RecursionError\n45\n",
    );
}

#[test]
fn very_deep_data_is_freed_without_overflowing() {
    expect_output(
        "x = []\nfor i in range(300000):\n    x = [x]\ndel x\nprint('ok')\n",
        "ok\n",
    );
    expect_output(
        "x = {}\nfor i in range(300000):\n    x = {'a': x}\nx = None\nprint('ok')\n",
        "ok\n",
    );
    expect_output(
        "class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\nhead = None\nfor i in range(300000):\n    head = Node(head)\nhead = None\nprint('ok')\n",
        "ok\n",
    );
}

#[test]
fn huge_sizes_raise_python_errors() {
    expect_error("x = 'a' * 10**12\n", "MemoryError");
    expect_error(
        "int('1' * 5000)\n",
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
    );
    expect_error(
        "chr(0x110000)\n",
        "ValueError: chr() arg not in range(0x110000)",
    );
    expect_error(
        "float(10**400)\n",
        "OverflowError: int too large to convert to float",
    );
    expect_error(
        "int(float('inf'))\n",
        "OverflowError: cannot convert float infinity to integer",
    );
    expect_error("1 << -1\n", "ValueError: negative shift count");
    expect_output(
        "print(1 >> 10**30, pow(2, 10**30, 7), [1, 2, 3][10**30:-10**30:10**30])\n",
        "0 2 []\n",
    );
}

#[test]
fn huge_byte_sizes_raise_python_errors() {
    for expr in [
        "bytes(10**12)",
        "bytearray(10**12)",
        "b'ab' * 10**12",
        "bytearray(b'ab') * 10**12",
        "b'x'.ljust(10**12)",
        "b'x'.rjust(10**12, b'-')",
        "b'x'.center(10**12)",
        "bytearray(b'7').zfill(10**12)",
        "(10).to_bytes(10**12, 'big')",
        "(-10).to_bytes(10**12, 'little', signed=True)",
    ] {
        expect_error(&format!("x = {expr}\n"), "MemoryError");
    }
    let ba = "b = bytearray(b'ab')\nb *= 10**12\n";
    expect_error(ba, "MemoryError");
    for expr in ["bytes(2**70)", "bytearray(-2**70)", "b'a'.__mul__(2**64)"] {
        expect_error(
            &format!("{expr}\n"),
            "OverflowError: cannot fit 'int' into an index-sized integer",
        );
    }
    expect_error(
        "b'a\\tb'.expandtabs(10**12)\n",
        "OverflowError: Python int too large to convert to C int",
    );
    expect_error(
        "b'a'.ljust(2**70)\n",
        "OverflowError: Python int too large to convert to C ssize_t",
    );
    expect_output(
        "print(len(bytes(10**6)), len(b'ab' * 10**5), (-1).to_bytes(3, 'big', signed=True))\n",
        "1000000 200000 b'\\xff\\xff\\xff'\n",
    );
}

#[test]
fn deep_nesting_never_crashes_the_compiler() {
    // CPython stops these with RecursionError or MemoryError during compilation; whatever
    // pyseal raises, it must raise it rather than overflow its stack.
    for n in [5_000, 100_000, 1_000_000] {
        for unit in ["not ", "-", "~", "lambda: ", "1 if 1 else "] {
            let src = format!("eval({unit:?} * {n} + '1')\n");
            let out = run(&src);
            assert_eq!(out.status, Some(1), "on {unit:?} * {n}: {}", out.stderr);
        }
        for (head, unit) in [
            ("1", "+1"),
            ("a", ".a"),
            ("a", "[0]"),
            ("a", "()"),
            ("2", "**2"),
        ] {
            let src = format!("eval({head:?} + {unit:?} * {n})\n");
            let out = run(&src);
            assert_eq!(out.status, Some(1), "on {unit:?} * {n}: {}", out.stderr);
        }
    }
    // Just under CPython's limits, deep code still compiles and runs.
    expect_output("print(eval('not ' * 1001 + '1'))\n", "False\n");
    expect_output("print(eval('-' * 2000 + '1'))\n", "1\n");
    expect_output("print(eval('1' + '+1' * 2500))\n", "2501\n");
}

#[test]
fn too_many_indentation_levels() {
    let nested = |levels: usize| {
        let mut src = String::new();
        for i in 0..levels {
            src.push_str(&format!("{}if True:\n", " ".repeat(i)));
        }
        src.push_str(&format!("{}print('deep')\n", " ".repeat(levels)));
        src
    };
    expect_output(&nested(99), "deep\n");
    expect_error(
        &nested(100),
        "IndentationError: too many levels of indentation",
    );
    expect_error(
        &nested(1000),
        "IndentationError: too many levels of indentation",
    );
}

#[test]
fn script_bytes_are_checked_like_cpython() {
    let out = run_verb("run", b"print('before')\nx = 1\x00 + 2\n");
    assert_eq!(
        out.last_err_line(),
        "SyntaxError: source code cannot contain null bytes"
    );
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("line 2\n    x = 1\n"), "{}", out.stderr);

    let out = run_verb("run", b"x = 1\ny = '\xff'\nprint(x)\n");
    assert_eq!(out.status, Some(1));
    let abs = out.path.display().to_string();
    assert_eq!(
        out.last_err_line(),
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file {abs} on line 2, but no \
             encoding declared; see https://peps.python.org/pep-0263/ for details"
        )
    );

    let out = run_verb(
        "run",
        b"#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-15 :\nprint('\xa4', '\xe9')\n",
    );
    assert_eq!(
        (out.status, out.stdout.as_str()),
        (Some(0), "\u{20ac} \u{e9}\n")
    );

    let out = run_verb("run", b"# coding: nope\nprint(1)\n");
    assert_eq!(out.last_err_line(), "SyntaxError: encoding problem: nope");

    let out = run_verb("run", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n");
    assert_eq!(
        out.last_err_line(),
        "SyntaxError: encoding problem: iso-8859-1 with BOM"
    );
}

/// A small deterministic generator (xorshift), so every run tries the same inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "=",
    "==",
    ":=",
    "lambda",
    "not",
    "*",
    "**",
    "f'",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "\\",
    "\\x",
    "\\N{",
    "\\u1",
    "\n",
    "\t",
    " ",
    "    ",
    "if",
    "elif",
    "while",
    "else",
    "for",
    "in",
    "yield",
    "def",
    "class",
    "return",
    "@",
    ",",
    ".",
    "0x",
    "1e",
    "1_",
    "0o9",
    "#",
    "é",
    "€",
    "\u{1f600}",
    "global",
    "nonlocal",
    "del",
    "import",
    "from",
    "with",
    "as",
    "try",
    "except",
    "finally",
    "raise",
    "x",
    "y",
    "f(",
    "b'",
    "rb'",
    "fr'",
    "{x!r}",
    "{x:>{w}}",
    "!",
    "$",
    "?",
    "`",
    "\r",
    "\x0c",
    "_",
    "case",
    "match",
    "async",
    "await",
    "->",
    "+=",
    "<<",
    "1",
    "None",
];

/// Compiles (`pyseal dis`) many token soups and mutated conformance programs: whatever the
/// text, the compiler answers with code or a SyntaxError, never a crash.
#[test]
fn random_sources_never_crash_the_compiler() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let mut programs = Vec::new();
    collect_programs(&root, &mut programs);
    programs.sort();
    let mut inputs: Vec<Vec<u8>> = Vec::new();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..120 {
        let n = 1 + rng.below(30);
        let soup: String = (0..n).map(|_| TOKENS[rng.below(TOKENS.len())]).collect();
        inputs.push(soup.into_bytes());
    }
    for _ in 0..60 {
        let Some(path) = programs.get(rng.below(programs.len().max(1))) else {
            break;
        };
        let mut src = std::fs::read(path).unwrap_or_default();
        src.truncate(4000);
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(src.len() + 1);
            match rng.below(3) {
                0 => {
                    let tok = TOKENS[rng.below(TOKENS.len())].as_bytes();
                    src.splice(at..at, tok.iter().copied());
                }
                1 => {
                    let end = (at + 1 + rng.below(20)).min(src.len());
                    src.drain(at..end);
                }
                _ => {
                    let from = rng.below(src.len() + 1);
                    let end = (from + 1 + rng.below(40)).min(src.len());
                    let piece = src[from..end].to_vec();
                    src.splice(at..at, piece);
                }
            }
        }
        inputs.push(src);
    }
    // Two workers: the machine has two cores.
    let half = inputs.len() / 2;
    let (a, b) = inputs.split_at(half);
    std::thread::scope(|s| {
        for part in [a, b] {
            s.spawn(move || {
                for src in part {
                    run_verb("dis", src);
                }
            });
        }
    });
}

fn collect_programs(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_programs(&path, found);
        } else if path.extension().is_some_and(|e| e == "py") {
            found.push(path);
        }
    }
}

/// Large generated programs compile and run.
#[test]
fn large_generated_programs_run() {
    let mut src = String::new();
    for i in 0..2000 {
        src.push_str(&format!(
            "def f{i}(a, b={i}):\n    if a > b:\n        return a - b\n    return [a, b, {{'k': a}}]\n"
        ));
    }
    src.push_str("print(sum(len(str(globals()[f'f{i}'](i))) for i in range(2000)))\n");
    let out = run(&src);
    assert_eq!(out.status, Some(0), "{}", out.stderr);
    let mut long = String::from("x = 0\n");
    for i in 0..20000 {
        long.push_str(&format!("x = x + {i}\n"));
    }
    long.push_str("print(x)\n");
    expect_output(&long, "199990000\n");
    let mut chain = String::from("a = 1\nprint(");
    chain.push_str(&vec!["a"; 500].join(" + "));
    chain.push_str(")\n");
    expect_output(&chain, "500\n");
}

/// The extent of a string token in a syntax error is measured in characters: an escape or a
/// character of several bytes inside it must not be cut through (it once was, and crashed).
#[test]
fn syntax_error_extent_over_multibyte_string() {
    expect_error("a = 1 'x€y'\n", "SyntaxError: invalid syntax");
    expect_error("a = 1 'x\\€y€'\n", "SyntaxError: invalid syntax");
    expect_output(
        "try:\n    compile(\"a = 1 'x\\\\€y€'\", '<s>', 'exec')\n\
         except SyntaxError as e:\n    print(e.offset, e.end_offset)\n",
        "7 14\n",
    );
}

/// Every method of the built-in types, every binary operator and every builtin function,
/// called with odd arguments (seeded, so a failure repeats): each call may raise, but the
/// runtime must never panic, abort or hang.
#[test]
fn builtin_calls_with_odd_arguments_never_crash() {
    let src = r#"
import random, operator as op, builtins
random.seed(7)
pool = [0, 1, -1, 2**70, -2**70, 0.5, float('nan'), float('inf'), -0.0, 1j, "", "abc",
        "é€", b"", b"xy", bytearray(b"q"), [], [1, "a"], (), (1, 2), {}, {1: 2}, set(),
        frozenset({1}), None, True, range(3), slice(1, 2), len, int, object(), ...,
        NotImplemented, -10**30, 10**5, "%s%d", "{0}{x}", "\x00", 3, 100, -5]
objs = pool + [memoryview(b"ab")]
skip = {"__del__", "__init__", "__setattr__", "__delattr__", "__set_name__",
        "__init_subclass__", "__class__", "__reduce__", "__reduce_ex__", "__subclasses__",
        "__getstate__", "__sizeof__"}
big = lambda v: isinstance(v, int) and abs(v) > 1000
calls = 0
for o in objs:
    for n in sorted(dir(type(o))):
        if n in skip:
            continue
        try:
            m = getattr(o, n)
        except Exception:
            continue
        if not callable(m):
            continue
        grows = "pow" in n or "lshift" in n or "round" in n
        for _ in range(6):
            args = [random.choice(pool) for _ in range(random.randint(0, 3))]
            if grows and any(big(a) for a in args + [o]):
                continue
            try:
                m(*args)
            except Exception:
                pass
            calls += 1
ops = [op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, op.pow, op.lshift,
       op.rshift, op.and_, op.or_, op.xor, op.matmul, op.lt, op.le, op.eq, op.ne, op.gt,
       op.ge, op.contains, op.getitem, op.iadd, op.imul, op.ior, divmod]
for f in ops:
    for a in pool:
        for b in pool:
            if f in (op.pow, op.lshift, op.mul, op.imul) and (big(a) or big(b)):
                continue
            try:
                f(a, b)
            except Exception:
                pass
            calls += 1
names = sorted(n for n in dir(builtins) if not n.startswith("_") and n not in
               {"input", "exit", "quit", "help", "breakpoint", "open", "exec", "eval",
                "compile", "print", "copyright", "credits", "license"})
for name in names:
    f = getattr(builtins, name)
    if not callable(f):
        continue
    for _ in range(20):
        args = [random.choice(pool) for _ in range(random.randint(0, 3))]
        if any(big(a) for a in args):
            continue
        try:
            f(*args)
        except Exception:
            pass
        calls += 1
print("calls", calls > 20000)
"#;
    expect_output(src, "calls True\n");
}
