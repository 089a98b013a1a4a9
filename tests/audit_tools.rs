//! What is done with a log afterwards: reading it back, the summary table, and learning a
//! policy that allows what the log saw (`pyseal audit summary|policy LOG`).

use pyseal::audit::AuditEvent;
use pyseal::audit::{
    AuditError, AuditLog, Location, MemorySink, NamespaceKind, cli_policy, cli_summary,
    learn_policy, learn_policy_toml, parse_log, summary,
};
use pyseal::policy::{Decision, Op, OpSet, Policy, WriteRequest};

/// One attempt, as the write choke point would report it: (target, op, decision, line).
type Attempt = (&'static str, Op, Decision, u32);

/// Runs attempts through an AuditLog into memory, as a run would.
fn record(policy: &str, attempts: &[Attempt]) -> Vec<AuditEvent> {
    let sink = MemorySink::new();
    let events = sink.handle();
    let mut log = AuditLog::new(Some(Box::new(sink)), policy);
    log.run_start("script.py");
    for &(target, op, decision, line) in attempts {
        log.namespace_write(
            target,
            op,
            NamespaceKind::Module,
            decision,
            None,
            Some(Location::new("script.py", line, "main")),
        );
    }
    log.run_end("exit 1");
    drop(log);
    events.lock().unwrap().clone()
}

const ATTEMPTS: &[Attempt] = &[
    ("json.dumps", Op::Set, Decision::Denied, 12),
    ("sys.stdout", Op::Set, Decision::Allowed, 3),
    ("json.dumps", Op::Set, Decision::Denied, 40),
    ("helper.Klass.cache", Op::Add, Decision::Denied, 7),
    ("json.dumps", Op::Delete, Decision::Denied, 41),
    ("helper.Klass.cache", Op::Set, Decision::Audited, 8),
];

#[test]
fn summary_table() {
    let table = summary(&record("default", ATTEMPTS));
    assert_eq!(
        table,
        "\
target              op      decision  count  first location
json.dumps          set     denied        2  script.py:12
sys.stdout          set     allowed       1  script.py:3
helper.Klass.cache  add     denied        1  script.py:7
json.dumps          delete  denied        1  script.py:41
helper.Klass.cache  set     audited       1  script.py:8
"
    );
}

#[test]
fn summary_of_kernel_events_and_empty_logs() {
    let sink = MemorySink::new();
    let events = sink.handle();
    let mut log = AuditLog::new(Some(Box::new(sink)), "untrusted");
    log.memory_write(0xabc000, None, None, Decision::Denied);
    log.syscall_denied("socket");
    drop(log);
    let table = summary(&events.lock().unwrap());
    assert_eq!(
        table,
        "\
target    op  decision  count  first location
0xabc000  -   denied        1  -
socket    -   denied        1  -
"
    );
    assert_eq!(
        summary(&[]),
        "target  op  decision  count  first location\n"
    );
}

#[test]
fn learned_policy_allows_everything_the_log_denied_or_audited() {
    let events = record("default", ATTEMPTS);
    let learned = learn_policy(&events, "learned");
    assert_eq!(learned.name, "learned");
    assert_eq!(learned.mode, pyseal::policy::Mode::Enforce);
    for &(target, op, _, _) in ATTEMPTS {
        let request = WriteRequest {
            target,
            op,
            origin: None,
        };
        assert_eq!(
            learned.decide(&request).decision,
            Decision::Allowed,
            "{op} {target}"
        );
    }
    // Still read-only for everything else.
    let other = WriteRequest {
        target: "json.loads",
        op: Op::Set,
        origin: None,
    };
    assert_eq!(learned.decide(&other).decision, Decision::Denied);
}

#[test]
fn learned_rules_merge_ops_and_say_why() {
    let default = Policy::builtin("default").unwrap();
    let learned = learn_policy(&record("default", ATTEMPTS), "learned");
    // The default rules come first, unchanged.
    assert_eq!(learned.allow[..default.allow.len()], default.allow[..]);
    let extra = &learned.allow[default.allow.len()..];
    let summary: Vec<(&str, OpSet, &str)> = extra
        .iter()
        .map(|r| (r.target.as_str(), r.ops, r.why.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "json.dumps",
                OpSet::from(Op::Set).with(Op::Delete),
                "seen in audit log: 3 attempts, first at script.py:12"
            ),
            (
                "helper.Klass.cache",
                OpSet::from(Op::Add).with(Op::Set),
                "seen in audit log: 2 attempts, first at script.py:7"
            ),
        ]
    );
    for (i, rule) in learned.allow.iter().enumerate() {
        assert_eq!(rule.index, i);
    }
}

#[test]
fn learning_from_a_strict_run_skips_what_default_allows() {
    let events = record(
        "strict",
        &[
            ("sys.stdout", Op::Set, Decision::Denied, 1),
            ("m.f", Op::Set, Decision::Denied, 2),
        ],
    );
    let learned = learn_policy(&events, "x");
    let default_len = Policy::builtin("default").unwrap().allow.len();
    assert_eq!(learned.allow.len(), default_len + 1);
    assert_eq!(learned.allow[default_len].target.as_str(), "m.f");
}

#[test]
fn learned_toml_reads_back() {
    let events = record("audit", ATTEMPTS);
    let text = learn_policy_toml(&events, "learned");
    assert!(
        text.starts_with(
            "# Generated by `pyseal audit policy` from 8 event(s); 2 rule(s) learned.\n"
        )
    );
    let policy = Policy::from_toml(&text, "learned.toml").unwrap();
    assert_eq!(policy, learn_policy(&events, "learned"));
}

#[test]
fn read_log_errors_name_file_and_line() {
    let good = record("default", &ATTEMPTS[..1])[1].to_json_line();
    let text = format!("{good}\n\n{good}\n{{\"seq\": 3,\n");
    assert_eq!(
        parse_log(&text, "run.jsonl").unwrap_err().to_string(),
        "cannot read audit log 'run.jsonl': line 4: column 10: EOF while parsing a value"
    );
    let text = format!("{good}\n{{\"seq\": 2}}\n");
    assert_eq!(
        parse_log(&text, "run.jsonl").unwrap_err().to_string(),
        "cannot read audit log 'run.jsonl': line 2: column 10: missing field 'time'"
    );
    let text = good.replace("namespace.write", "namespace.wrote");
    let err = parse_log(&text, "run.jsonl").unwrap_err();
    assert!(
        matches!(err, AuditError::Malformed { line: 1, .. }),
        "{err}"
    );
    assert!(
        err.to_string()
            .contains("unknown variant 'namespace.wrote'"),
        "{err}"
    );
    assert_eq!(parse_log(&format!("{good}\n\n"), "r").unwrap().len(), 1);
}

#[test]
fn cli_helpers_read_files() {
    let dir = std::env::temp_dir().join(format!("pyseal-audit-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("run.jsonl");
    let path_str = path.to_str().unwrap();
    let lines: Vec<String> = record("default", ATTEMPTS)
        .iter()
        .map(AuditEvent::to_json_line)
        .collect();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();

    let table = cli_summary(path_str).unwrap();
    assert!(table.starts_with("target "));
    assert_eq!(table.lines().count(), 6);
    let policy = Policy::from_toml(&cli_policy(path_str).unwrap(), "learned.toml").unwrap();
    assert_eq!(policy.name, "learned");

    let missing = dir.join("missing.jsonl");
    assert_eq!(
        cli_summary(missing.to_str().unwrap())
            .unwrap_err()
            .to_string(),
        format!(
            "cannot read audit log '{}': no such file",
            missing.display()
        )
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
