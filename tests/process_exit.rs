//! How a run ends: the process exits from the interpreter thread with the program's status,
//! and nothing the program wrote is lost on the way (buffered stdout, files still open).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh directory for one test (the tests run in parallel).
fn scratch_dir() -> PathBuf {
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let n = RUNS.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("pyseal-exit-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `code` as a script in `dir`: (stdout, stderr, exit status).
fn run_in(dir: &Path, code: &str) -> (String, String, Option<i32>) {
    std::fs::write(dir.join("prog.py"), code).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pyseal"))
        .current_dir(dir)
        .args(["run", "prog.py"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| format!("<{e}>"))
}

/// Files the program never closed and still references at exit get their buffered writes,
/// as CPython's finalization flushes them: a global, an attribute, a reference cycle, a
/// binary file, an appending one.
#[test]
fn files_left_open_are_flushed_at_exit() {
    let dir = scratch_dir();
    std::fs::write(dir.join("log.txt"), "old\n").unwrap();
    let (out, err, status) = run_in(
        &dir,
        "g = open('global.txt', 'w')\n\
         g.write('kept in a global')\n\
         class Box: pass\n\
         b = Box(); b.f = open('attr.txt', 'w'); b.f.write('kept in an attribute')\n\
         c = Box(); c.me = c; c.f = open('cycle.bin', 'wb'); c.f.write(b'\\x00\\x01cycle')\n\
         a = open('log.txt', 'a'); a.write('appended\\n')\n\
         print('done')\n",
    );
    assert_eq!(
        (out.as_str(), err.as_str(), status),
        ("done\n", "", Some(0))
    );
    assert_eq!(read(&dir, "global.txt"), "kept in a global");
    assert_eq!(read(&dir, "attr.txt"), "kept in an attribute");
    assert_eq!(
        std::fs::read(dir.join("cycle.bin")).unwrap(),
        b"\x00\x01cycle"
    );
    assert_eq!(read(&dir, "log.txt"), "old\nappended\n");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The same when the program ends by an uncaught exception or by `sys.exit`, with their
/// statuses.
#[test]
fn files_are_flushed_whatever_ends_the_program() {
    let dir = scratch_dir();
    let (_, err, status) = run_in(
        &dir,
        "f = open('a.txt', 'w')\nf.write('before the error')\nraise ValueError('boom')\n",
    );
    assert_eq!(status, Some(1));
    assert!(err.ends_with("ValueError: boom\n"), "{err}");
    assert_eq!(read(&dir, "a.txt"), "before the error");

    let (out, _, status) = run_in(
        &dir,
        "import sys\nf = open('b.txt', 'w')\nf.write('before exit')\nprint('out', end='')\nsys.exit(3)\n",
    );
    assert_eq!((out.as_str(), status), ("out", Some(3)));
    assert_eq!(read(&dir, "b.txt"), "before exit");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A file closed by the program, or reopened and rewritten, is left as the program left it:
/// the exit flush writes nothing twice.
#[test]
fn closed_files_are_not_written_again() {
    let dir = scratch_dir();
    let (_, _, status) = run_in(
        &dir,
        "f = open('c.txt', 'w')\nf.write('first')\nf.close()\n\
         g = open('c.txt', 'w')\ng.write('second')\n\
         h = open('d.txt', 'w')\nh.write('flushed')\nh.flush()\n",
    );
    assert_eq!(status, Some(0));
    assert_eq!(read(&dir, "c.txt"), "second");
    assert_eq!(read(&dir, "d.txt"), "flushed");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Writing to a pipe whose reader has gone fails with EPIPE (SIGPIPE is ignored, as in
/// CPython), so the program ends with a Python error, not killed by the signal.
#[test]
fn a_closed_pipe_is_an_error_not_a_signal() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyseal"))
        .args(["run", "-c", "while True: print('x' * 1000)"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    // Killed by SIGPIPE, the status would have no code.
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Broken pipe") || err.contains("BrokenPipeError"),
        "{err}"
    );
}
