//! `pyseal run`'s command line: the plain forms read without clap (`run SCRIPT [ARGS]`,
//! `run -c CODE [ARGS]`) must mean what clap makes of the same words, so each case here is
//! checked against the same words behind an option, which always goes through clap.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

const SHOW_ARGV: &str = "import sys; print(sys.argv)";

/// A fresh directory holding `argv.py`, which prints its `sys.argv` (one per run: the tests
/// run in parallel).
fn script_dir() -> PathBuf {
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let n = RUNS.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("pyseal-cli-run-args-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("argv.py"), format!("{SHOW_ARGV}\n")).unwrap();
    dir
}

/// stdout and exit status of `pyseal` with these words.
fn run(words: &[&str]) -> (String, Option<i32>) {
    let dir = script_dir();
    let out = Command::new(env!("CARGO_BIN_EXE_pyseal"))
        .current_dir(&dir)
        .args(words)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code(),
    )
}

/// `run WORDS` prints `expected`, and so does `run --mode enforce WORDS` (clap's reading).
fn same_as_clap(words: &[&str], expected: &str) {
    let mut plain = vec!["run"];
    plain.extend_from_slice(words);
    let mut optioned = vec!["run", "--mode", "enforce"];
    optioned.extend_from_slice(words);
    assert_eq!(run(&plain), (format!("{expected}\n"), Some(0)), "{plain:?}");
    assert_eq!(
        run(&optioned),
        (format!("{expected}\n"), Some(0)),
        "{optioned:?}"
    );
}

#[test]
fn a_script_gets_every_word_after_it() {
    same_as_clap(&["argv.py"], "['argv.py']");
    same_as_clap(&["argv.py", "a", "b"], "['argv.py', 'a', 'b']");
    same_as_clap(
        &["argv.py", "--policy", "strict", "-c", "x"],
        "['argv.py', '--policy', 'strict', '-c', 'x']",
    );
    same_as_clap(&["argv.py", "a", "--", "b"], "['argv.py', 'a', '--', 'b']");
    same_as_clap(&["argv.py", "--help"], "['argv.py', '--help']");
}

#[test]
fn a_command_gets_the_words_after_its_first_argument() {
    same_as_clap(&["-c", SHOW_ARGV], "['-c']");
    same_as_clap(&["-c", SHOW_ARGV, "a", "b"], "['-c', 'a', 'b']");
    same_as_clap(
        &["-c", SHOW_ARGV, "a", "--policy", "b"],
        "['-c', 'a', '--policy', 'b']",
    );
    // An option right after the code is clap's to read.
    same_as_clap(&["-c", SHOW_ARGV, "--", "a"], "['-c', 'a']");
}

#[test]
fn the_exit_status_and_errors_are_unchanged() {
    assert_eq!(run(&["run", "-c", "raise SystemExit(3)"]).1, Some(3));
    assert_eq!(run(&["run", "-c", "1/0"]).1, Some(1));
    let (_, code) = run(&["run", "no_such_script.py"]);
    assert_eq!(code, Some(2));
    let (_, code) = run(&["run"]);
    assert_eq!(code, Some(2));
}
