//! Python threads that can never go on end the program with a RuntimeError instead of hanging
//! (CPython hangs on these programs, so they cannot be conformance programs).

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs `source` with `pyseal run -c`, killing it if it takes more than 10 s.
fn run(source: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyseal"))
        .args(["run", "-c", source])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(10) {
            child.kill().unwrap();
            panic!("pyseal hung on:\n{source}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = child.wait_with_output().unwrap();
    let _ = std::io::stderr().write_all(&out.stderr);
    out
}

fn last_stderr_line(out: &Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr);
    err.lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

#[test]
fn two_threads_waiting_for_each_others_lock() {
    let out = run(r#"
import threading
a = threading.Lock(); b = threading.Lock()
both = threading.Barrier(2)
def first():
    with a:
        both.wait()
        with b: print("first got both")
def second():
    with b:
        both.wait()
        with a: print("second got both")
x = threading.Thread(target=first); y = threading.Thread(target=second)
x.start(); y.start()
print("started")
x.join(); y.join()
print("never")
"#);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "started\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        last_stderr_line(&out).starts_with("RuntimeError: deadlock: "),
        "{}",
        last_stderr_line(&out)
    );
}

#[test]
fn main_thread_waiting_for_an_event_nobody_sets() {
    let out = run("import threading\nprint('before')\nthreading.Event().wait()\n");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(last_stderr_line(&out).starts_with("RuntimeError: deadlock: "));
}

#[test]
fn a_waiter_with_a_timeout_is_not_a_deadlock() {
    let out = run(r#"
import threading, queue
q = queue.Queue()
def waiter():
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print("timed out")
t = threading.Thread(target=waiter); t.start(); t.join()
print(threading.Lock().acquire(timeout=0.01), threading.Event().wait(0.01))
"#);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "timed out\nTrue False\n"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn deep_recursion_in_a_thread_is_a_recursion_error() {
    let out = run(r#"
import sys, threading
sys.setrecursionlimit(100000)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
res = []
def work():
    res.append(down(20000))
    try:
        def forever(n): return forever(n + 1)
        forever(0)
    except RecursionError:
        res.append("RecursionError")
t = threading.Thread(target=work); t.start(); t.join()
print(res)
"#);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "[20000, 'RecursionError']\n"
    );
    assert_eq!(out.status.code(), Some(0));
}
