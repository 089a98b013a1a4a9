//! `pyseal doctor` prints one line per kernel mechanism: what is available, and what pyseal
//! will use.

use std::process::Command;

/// Every mechanism `pyseal doctor` must report, in order.
const MECHANISMS: &[&str] = &[
    "memfd sealing",
    "MFD_NOEXEC_SEAL",
    "F_SEAL_EXEC",
    "userfaultfd write-protect",
    "WP_ASYNC",
    "PAGEMAP_SCAN",
    "seccomp",
    "Landlock",
    "rlimits",
];

fn doctor() -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_pyseal"))
        .arg("doctor")
        .output()
        .expect("spawn pyseal doctor");
    assert!(out.status.success(), "pyseal doctor: {:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

#[test]
fn one_line_per_mechanism_in_order() {
    let out = doctor();
    let names: Vec<&str> = out
        .lines()
        .map(|l| l.split(':').next().unwrap_or_default())
        .collect();
    assert_eq!(names, MECHANISMS, "{out}");
}

#[test]
fn each_line_says_available_or_not_and_what_is_used() {
    let out = doctor();
    for line in out.lines() {
        let (_, rest) = line.split_once(": ").expect("'name: ...'");
        assert!(
            rest.starts_with("available") || rest.starts_with("unavailable"),
            "{line}"
        );
        let (_, used) = rest.split_once(" -> ").expect("'... -> what pyseal uses'");
        assert!(!used.trim().is_empty(), "{line}");
    }
}

#[test]
fn userfaultfd_line_says_whether_user_mode_only_is_needed() {
    let out = doctor();
    let line = out
        .lines()
        .find(|l| l.starts_with("userfaultfd write-protect:"))
        .expect("userfaultfd line");
    assert!(line.contains("USER_MODE_ONLY"), "{line}");
}

#[test]
fn code_images_use_what_doctor_reports() {
    // On this machine memfd sealing is expected; where it is not, the doctor must say that
    // images fall back to a read-only mapping.
    let out = doctor();
    let line = out.lines().next().expect("memfd line");
    if line.starts_with("memfd sealing: available") {
        assert!(line.ends_with("code images in sealed memfds"), "{line}");
    } else {
        assert!(line.contains("read-only"), "{line}");
    }
}
