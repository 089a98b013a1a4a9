//! Conformance suite: runs every program in `tests/conformance/` under pyseal and compares
//! what it does with the golden files CPython 3.11 produced (`scripts/regen-golden`).
//!
//! Owns discovery, running and comparing; never writes a golden file.
//!
//! Convention (shared with `scripts/regen-golden`):
//! - a program is any `tests/conformance/**/*.py` with no directory component ending in
//!   `_pkg` (those directories hold helper modules for import tests);
//! - it runs as `pyseal run <name>.py <tmpdir>` with cwd = its directory, stdin from
//!   `<name>.stdin` (empty if absent) and `PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8`;
//! - stdout must equal `<name>.out` exactly; the exit status must be 0, or the `exit: N` of
//!   `<name>.err` (minus the signal for a process a signal ended, as Python's subprocess
//!   says), whose `last: ...` line must equal the last non-empty stderr line.
//!
//! `PYSEAL_CONFORMANCE_BIN` replaces the command (whitespace-separated words), e.g.
//! `PYSEAL_CONFORMANCE_BIN=python3 cargo test --test conformance` checks the suite itself.

use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// A hung program fails its trial instead of blocking the suite.
const TIMEOUT: Duration = Duration::from_secs(10);

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("conformance");
    let command = runner_command();
    let known = known_failures(&root);
    let trials = discover(&root)
        .into_iter()
        .map(|program| {
            let name = trial_name(&root, &program);
            let command = command.clone();
            match known.iter().find(|(n, _)| *n == name) {
                // A known failure still runs: it must still fail, and the day it passes the
                // trial fails so the entry is removed from the list.
                Some((_, reason)) => {
                    let reason = reason.clone();
                    Trial::test(format!("{name} (known failure)"), move || {
                        match check(&command, &program) {
                            Ok(()) => Err(format!(
                                "passes now: remove it from tests/conformance/known-failures.txt ({reason})"
                            )
                            .into()),
                            Err(_) => Ok(()),
                        }
                    })
                }
                None => Trial::test(name, move || check(&command, &program)),
            }
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// `known-failures.txt`: one `area/name  # reason` per line, for programs pyseal does not
/// pass yet. Ignored when the suite checks itself with another interpreter.
fn known_failures(root: &Path) -> Vec<(String, String)> {
    if std::env::var("PYSEAL_CONFORMANCE_BIN").is_ok_and(|v| !v.trim().is_empty()) {
        return Vec::new();
    }
    let text = std::fs::read_to_string(root.join("known-failures.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('#') {
            Some((name, reason)) => (name.trim().to_owned(), reason.trim().to_owned()),
            None => (l.to_owned(), String::new()),
        })
        .collect()
}

/// The command that runs one program, before its two arguments (script, tmpdir).
fn runner_command() -> Vec<String> {
    match std::env::var("PYSEAL_CONFORMANCE_BIN") {
        Ok(words) if !words.trim().is_empty() => {
            words.split_whitespace().map(str::to_owned).collect()
        }
        _ => vec![env!("CARGO_BIN_EXE_pyseal").to_owned(), "run".to_owned()],
    }
}

fn discover(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    walk(root, &mut found);
    found.sort();
    found
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            let helper_dir = path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with("_pkg"));
            if !helper_dir {
                walk(&path, found);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            found.push(path);
        }
    }
}

/// `basics/int_ops` for `tests/conformance/basics/int_ops.py`.
fn trial_name(root: &Path, program: &Path) -> String {
    let rel = program
        .strip_prefix(root)
        .unwrap_or(program)
        .with_extension("");
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// What the golden files say a run must produce.
struct Expected {
    stdout: String,
    exit_code: i32,
    last_stderr_line: Option<String>,
}

fn load_expected(program: &Path) -> Result<Expected, Failed> {
    let out_path = program.with_extension("out");
    let stdout = std::fs::read_to_string(&out_path).map_err(|e| {
        format!(
            "missing golden file {} ({e}); run scripts/regen-golden",
            out_path.display()
        )
    })?;
    let err_path = program.with_extension("err");
    let (mut exit_code, mut last) = (0, None);
    if let Ok(text) = std::fs::read_to_string(&err_path) {
        for line in text.lines() {
            if let Some(code) = line.strip_prefix("exit: ") {
                exit_code = code
                    .trim()
                    .parse()
                    .map_err(|_| format!("bad {}: {line}", err_path.display()))?;
            } else if let Some(rest) = line.strip_prefix("last: ") {
                last = Some(rest.to_owned());
            } else if line == "last:" {
                last = Some(String::new());
            }
        }
    }
    Ok(Expected {
        stdout,
        exit_code,
        last_stderr_line: last,
    })
}

fn check(command: &[String], program: &Path) -> Result<(), Failed> {
    let expected = load_expected(program)?;
    let tmp = TempDir::new()?;
    let run = run_program(command, program, tmp.path())?;
    let mut problems = Vec::new();

    if run.stdout != expected.stdout {
        problems.push(stdout_diff(&expected.stdout, &run.stdout));
    }
    // A process ended by a signal counts as minus the signal, as Python's subprocess (and so
    // regen-golden) reports it: an uncaught KeyboardInterrupt ends CPython by SIGINT, -2.
    let code = run
        .status
        .code()
        .or_else(|| run.status.signal().map(|s| -s));
    match code {
        Some(code) if code == expected.exit_code => {}
        Some(code) => problems.push(format!(
            "exit status: expected {}, got {code}",
            expected.exit_code
        )),
        None => problems.push(format!(
            "exit status: expected {}, got {}",
            expected.exit_code, run.status
        )),
    }
    if let Some(want) = &expected.last_stderr_line {
        // An empty `last:` means CPython printed nothing to stderr.
        let actual_last = last_non_empty_line(&run.stderr).unwrap_or_default();
        if actual_last != *want {
            let show = |s: &str| {
                if s.is_empty() {
                    "<no stderr>".to_owned()
                } else {
                    s.to_owned()
                }
            };
            problems.push(format!(
                "last stderr line:\n  expected: {}\n  actual:   {}",
                show(want),
                show(&actual_last)
            ));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    if expected.last_stderr_line.is_none() && !run.stderr.trim().is_empty() {
        problems.push(format!("stderr (tail):\n{}", tail(&run.stderr, 8)));
    }
    Err(problems.join("\n").into())
}

struct Run {
    stdout: String,
    stderr: String,
    status: ExitStatus,
}

fn run_program(command: &[String], program: &Path, tmp: &Path) -> Result<Run, Failed> {
    let dir = program.parent().expect("program has a directory");
    let file_name = program.file_name().expect("program has a file name");
    let stdin_data = std::fs::read(program.with_extension("stdin")).unwrap_or_default();

    // A program may ask for pyseal options on its first line (`# pyseal: --mode off`), for
    // behaviour CPython has and pyseal's default policy denies on purpose. Only the pyseal
    // runner gets them; CPython reads the line as a comment.
    let options: Vec<String> = if command.len() > 1 && command[1] == "run" {
        std::fs::read_to_string(program)
            .ok()
            .and_then(|src| src.lines().next().map(str::to_owned))
            .and_then(|l| {
                l.strip_prefix("# pyseal:")
                    .map(|o| o.split_whitespace().map(str::to_owned).collect())
            })
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let mut child = Command::new(&command[0])
        .args(&command[1..])
        .args(&options)
        .arg(file_name)
        .arg(tmp)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group, so a timeout can kill whatever the program spawned too.
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", command[0]))?;

    // Feed stdin and drain both pipes on their own threads so no pipe can fill and deadlock.
    let mut stdin = child.stdin.take().expect("piped stdin");
    let feeder = thread::spawn(move || {
        let _ = stdin.write_all(&stdin_data);
    });
    let stdout_reader = drain(child.stdout.take().expect("piped stdout"));
    let stderr_reader = drain(child.stderr.take().expect("piped stderr"));

    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| format!("wait failed: {e}"))? {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", child.id())])
                .stderr(Stdio::null())
                .status();
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {} s (killed)", TIMEOUT.as_secs()).into());
        }
        thread::sleep(Duration::from_millis(5));
    };
    let _ = feeder.join();
    let stdout = stdout_reader.join().unwrap_or_default();
    let stderr = stderr_reader.join().unwrap_or_default();
    Ok(Run {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        status,
    })
}

fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

fn last_non_empty_line(text: &str) -> Option<String> {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(str::to_owned)
}

fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..]
        .iter()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first differing line, with a little context, in the shape of a unified diff.
fn stdout_diff(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = exp
        .iter()
        .zip(&act)
        .position(|(a, b)| a != b)
        .unwrap_or(exp.len().min(act.len()));
    let mut text = format!(
        "stdout differs at line {} (expected {} lines, got {}):\n",
        first + 1,
        exp.len(),
        act.len()
    );
    for line in &exp[first.saturating_sub(2)..first] {
        text.push_str(&format!("   {}\n", line.trim_end_matches('\n')));
    }
    let show = |line: Option<&&str>| match line {
        Some(l) if l.ends_with('\n') => format!("{:?}", l.trim_end_matches('\n')),
        Some(l) => format!("{l:?} (no newline)"),
        None => "<end of output>".to_owned(),
    };
    text.push_str(&format!("-  {}\n", show(exp.get(first))));
    text.push_str(&format!("+  {}", show(act.get(first))));
    text
}

/// A unique scratch directory for one trial, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<Self, Failed> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let path =
            std::env::temp_dir().join(format!("pyseal-conf-{}-{n}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path)
            .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        Ok(TempDir(path))
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
