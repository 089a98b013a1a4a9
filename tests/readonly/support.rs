//! Runs fixture scripts from `tests/readonly/` under the `pyseal` binary with an audit log,
//! and reads back what happened. Shared by the `readonly_*` tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyseal::audit::{AuditEvent, EventKind, parse_log};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/readonly")
}

/// What one run did.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
    /// Every event in the audit log.
    pub events: Vec<AuditEvent>,
}

impl Run {
    /// The `namespace.write` events as `(target, op, kind, decision)`.
    pub fn writes(&self) -> Vec<(String, String, String, String)> {
        self.events
            .iter()
            .filter(|e| e.event == EventKind::NamespaceWrite)
            .map(|e| {
                let json = serde_json::to_value(e).unwrap();
                let s = |k: &str| json[k].as_str().unwrap_or("null").to_string();
                (s("target"), s("op"), s("kind"), s("decision"))
            })
            .collect()
    }

    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

fn temp_log() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("pyseal-readonly-{}-{n}.jsonl", std::process::id()))
}

/// Runs `pyseal run [flags] --audit-log LOG args...` in the fixture folder.
pub fn pyseal(flags: &[&str], args: &[&str]) -> Run {
    let log = temp_log();
    let out = Command::new(env!("CARGO_BIN_EXE_pyseal"))
        .current_dir(fixtures())
        .arg("run")
        .args(flags)
        .arg("--audit-log")
        .arg(&log)
        .args(args)
        .output()
        .expect("run pyseal");
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let _ = std::fs::remove_file(&log);
    let events = parse_log(&text, &log.to_string_lossy()).expect("audit log parses");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code().unwrap_or(-1),
        events,
    }
}

/// Runs a one-off Python source (written next to the fixtures so it can import them).
pub fn pyseal_source(flags: &[&str], name: &str, src: &str) -> Run {
    let file = fixtures().join(format!("_tmp_{}_{name}.py", std::process::id()));
    std::fs::write(&file, src).unwrap();
    let run = pyseal(flags, &[file.file_name().unwrap().to_str().unwrap()]);
    let _ = std::fs::remove_file(&file);
    run
}

pub fn w(target: &str, op: &str, kind: &str, decision: &str) -> (String, String, String, String) {
    (
        target.to_string(),
        op.to_string(),
        kind.to_string(),
        decision.to_string(),
    )
}
