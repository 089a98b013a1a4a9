//! Tracebacks printed by pyseal match CPython 3.11's, line for line.
//!
//! Each program in `tests/tracebacks/` runs under pyseal and under the machine's `python3`;
//! the two stderr texts must be equal once CPython's caret lines (`^^^^`, `~~~^~~`) are
//! dropped, since pyseal does not draw column markers.

use std::path::Path;
use std::process::Command;

fn stderr_of(program: &[&str], file: &Path) -> (String, Option<i32>) {
    let out = Command::new(program[0])
        .args(&program[1..])
        .arg(file.file_name().unwrap())
        .current_dir(file.parent().unwrap())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", program[0]));
    let text = String::from_utf8_lossy(&out.stderr);
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| {
            let t = l.trim();
            t.is_empty() || !t.chars().all(|c| c == '^' || c == '~')
        })
        .collect();
    (kept.join("\n"), out.status.code())
}

fn check(name: &str) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tracebacks")
        .join(name);
    let (ours, our_code) = stderr_of(&[env!("CARGO_BIN_EXE_pyseal"), "run"], &file);
    let (theirs, their_code) = stderr_of(&["python3"], &file);
    assert_eq!(our_code, their_code, "exit status of {name}");
    assert_eq!(ours, theirs, "traceback of {name}");
    assert!(
        ours.starts_with("Traceback (most recent call last):")
            || ours.starts_with("  + Exception Group Traceback (most recent call last):"),
        "{ours}"
    );
}

#[test]
fn chained_exceptions_print_cause_and_context() {
    check("chain.py");
}

#[test]
fn repeated_frames_are_collapsed() {
    check("rec.py");
}

#[test]
fn repeated_frame_pairs_are_not_collapsed() {
    check("mutual.py");
}

#[test]
fn notes_print_under_the_message() {
    check("notes.py");
}

#[test]
fn exception_groups_print_boxed_members() {
    check("eg_nested.py");
}

#[test]
fn except_star_leftovers_and_handler_errors_print_as_one_group() {
    check("eg_except_star.py");
}

#[test]
fn exception_groups_are_cut_at_width_15_and_depth_10() {
    check("eg_limits.py");
}
