//! The audit event format (exact field names and values), the log's numbering and stamping,
//! and the sinks.

use pyseal::audit::{
    AuditEvent, AuditLog, AuditSink, EventKind, FileSink, Layer, Location, MemorySink,
    NamespaceKind, read_log,
};
use pyseal::policy::{Decision, Op, RuleRef};
use serde_json::{Value, json};

fn memory_log(policy: &str) -> (AuditLog, pyseal::audit::SharedEvents) {
    let sink = MemorySink::new();
    let events = sink.handle();
    (AuditLog::new(Some(Box::new(sink)), policy), events)
}

fn is_rfc3339_micros_utc(time: &str) -> bool {
    let b = time.as_bytes();
    b.len() == 27
        && b.iter().enumerate().all(|(i, &c)| match i {
            4 | 7 => c == b'-',
            10 => c == b'T',
            13 | 16 => c == b':',
            19 => c == b'.',
            26 => c == b'Z',
            _ => c.is_ascii_digit(),
        })
}

#[test]
fn namespace_write_has_exactly_the_documented_fields() {
    let (mut log, events) = memory_log("default");
    log.namespace_write(
        "json.dumps",
        Op::Set,
        NamespaceKind::Module,
        Decision::Denied,
        None,
        Some(Location::new("script.py", 12, "main")),
    );
    let event = events.lock().unwrap()[0].clone();
    let value: Value = serde_json::from_str(&event.to_json_line()).unwrap();
    let object = value.as_object().unwrap();
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    let mut expected = vec![
        "seq", "time", "pid", "event", "decision", "layer", "target", "op", "kind", "rule",
        "policy", "location",
    ];
    expected.sort_unstable();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, expected);

    assert!(
        is_rfc3339_micros_utc(value["time"].as_str().unwrap()),
        "{value}"
    );
    assert_eq!(value["pid"], json!(std::process::id()));
    let mut fixed = value.clone();
    fixed["time"] = json!("T");
    fixed["pid"] = json!(0);
    assert_eq!(
        fixed,
        json!({"seq": 1, "time": "T", "pid": 0,
               "event": "namespace.write", "decision": "denied", "layer": "interpreter",
               "target": "json.dumps", "op": "set", "kind": "module",
               "rule": null, "policy": "default",
               "location": {"file": "script.py", "line": 12, "function": "main"}})
    );
}

#[test]
fn fields_keep_the_documented_order() {
    let mut event = AuditEvent::new(EventKind::NamespaceWrite, Layer::Interpreter);
    event.rule = Some(RuleRef {
        target: "sys.stdout".into(),
        index: 0,
    });
    let line = event.to_json_line();
    let order = [
        "\"seq\"",
        "\"time\"",
        "\"pid\"",
        "\"event\"",
        "\"decision\"",
        "\"layer\"",
        "\"target\"",
        "\"op\"",
        "\"kind\"",
        "\"rule\"",
        "\"policy\"",
        "\"location\"",
    ];
    let positions: Vec<usize> = order.iter().map(|k| line.find(k).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{line}");
    assert!(
        line.contains(r#""rule":{"target":"sys.stdout","index":0}"#),
        "{line}"
    );
}

#[test]
fn every_value_name() {
    let names = |v: Value| v.as_str().unwrap().to_string();
    let kinds = [
        (EventKind::NamespaceWrite, "namespace.write"),
        (EventKind::MemoryWrite, "memory.write"),
        (EventKind::SyscallDenied, "syscall.denied"),
        (EventKind::LimitExceeded, "limit.exceeded"),
        (EventKind::RunStart, "run.start"),
        (EventKind::RunEnd, "run.end"),
    ];
    for (kind, name) in kinds {
        assert_eq!(names(json!(kind)), name);
        assert_eq!(kind.as_str(), name);
    }
    for (d, name) in [
        (Decision::Allowed, "allowed"),
        (Decision::Denied, "denied"),
        (Decision::Audited, "audited"),
    ] {
        assert_eq!(names(json!(d)), name);
    }
    for (op, name) in [(Op::Set, "set"), (Op::Add, "add"), (Op::Delete, "delete")] {
        assert_eq!(names(json!(op)), name);
    }
    assert_eq!(names(json!(Layer::Interpreter)), "interpreter");
    assert_eq!(names(json!(Layer::Kernel)), "kernel");
    for (k, name) in [
        (NamespaceKind::Module, "module"),
        (NamespaceKind::Class, "class"),
        (NamespaceKind::Function, "function"),
    ] {
        assert_eq!(names(json!(k)), name);
    }
}

#[test]
fn kernel_events_carry_an_address_others_do_not() {
    let (mut log, events) = memory_log("untrusted");
    log.memory_write(
        0x7f00_dead_b000,
        Some("json.dumps"),
        Some(NamespaceKind::Module),
        Decision::Denied,
    );
    log.namespace_write(
        "a.b",
        Op::Add,
        NamespaceKind::Class,
        Decision::Allowed,
        None,
        None,
    );
    let events = events.lock().unwrap();
    let kernel: Value = serde_json::to_value(&events[0]).unwrap();
    assert_eq!(kernel["address"], json!("0x7f00deadb000"));
    assert_eq!(kernel["layer"], json!("kernel"));
    assert_eq!(kernel["event"], json!("memory.write"));
    assert_eq!(kernel["op"], Value::Null);
    assert!(kernel.get("detail").is_none());
    let interp: Value = serde_json::to_value(&events[1]).unwrap();
    assert!(interp.get("address").is_none());
    assert_eq!(interp["location"], Value::Null);
    // Addresses read back exactly.
    let back: AuditEvent = serde_json::from_value(kernel).unwrap();
    assert_eq!(back, events[0]);
}

#[test]
fn run_and_limit_events_carry_detail() {
    let (mut log, events) = memory_log("untrusted");
    log.run_start("script.py");
    log.limit_exceeded(Layer::Kernel, "wall_seconds=10");
    log.syscall_denied("socket");
    log.run_end("exit 124");
    let events = events.lock().unwrap();
    let lines: Vec<Value> = events
        .iter()
        .map(|e| serde_json::to_value(e).unwrap())
        .collect();
    assert_eq!(lines[0]["event"], json!("run.start"));
    assert_eq!(lines[0]["detail"], json!("script.py"));
    assert_eq!(lines[0]["decision"], Value::Null);
    assert_eq!(lines[1]["event"], json!("limit.exceeded"));
    assert_eq!(lines[1]["decision"], json!("denied"));
    assert_eq!(lines[2]["event"], json!("syscall.denied"));
    assert_eq!(lines[2]["layer"], json!("kernel"));
    assert_eq!(lines[3]["detail"], json!("exit 124"));
}

#[test]
fn the_log_numbers_from_one_and_stamps_policy() {
    let (mut log, events) = memory_log("strict");
    assert_eq!(log.run_start("x.py"), Some(1));
    let rule = RuleRef {
        target: "**".into(),
        index: 1,
    };
    assert_eq!(
        log.namespace_write(
            "pkg.sub",
            Op::Add,
            NamespaceKind::Module,
            Decision::Allowed,
            Some(&rule),
            None
        ),
        Some(2)
    );
    log.set_pid(4242);
    log.run_end("exit 0");
    let events = events.lock().unwrap();
    assert_eq!(events.iter().map(|e| e.seq).collect::<Vec<_>>(), [1, 2, 3]);
    assert!(events.iter().all(|e| e.policy == "strict"));
    assert_eq!(events[1].rule.as_ref(), Some(&rule));
    assert_eq!(events[2].pid, 4242);
    assert!(events.windows(2).all(|w| w[0].time <= w[1].time));
}

#[test]
fn forwarded_events_keep_their_stamps_but_get_a_new_seq() {
    let (mut log, events) = memory_log("untrusted");
    let mut forwarded = AuditEvent::new(EventKind::NamespaceWrite, Layer::Interpreter);
    forwarded.seq = 99;
    forwarded.time = "2026-11-21T10:32:00.123456Z".into();
    forwarded.pid = 77;
    forwarded.policy = "child".into();
    log.record(forwarded);
    let e = &events.lock().unwrap()[0];
    assert_eq!(
        (e.seq, e.pid, e.time.as_str(), e.policy.as_str()),
        (1, 77, "2026-11-21T10:32:00.123456Z", "child")
    );
}

#[test]
fn a_disabled_log_records_nothing() {
    let mut log = AuditLog::disabled();
    assert!(!log.is_enabled());
    assert_eq!(log.run_start("x"), None);
    assert_eq!(
        log.namespace_write(
            "a.b",
            Op::Set,
            NamespaceKind::Module,
            Decision::Denied,
            None,
            None
        ),
        None
    );
}

#[test]
fn file_sink_writes_json_lines_that_read_back() {
    let path = std::env::temp_dir().join(format!("pyseal-audit-{}.jsonl", std::process::id()));
    let path = path.to_str().unwrap().to_string();
    {
        let mut log = AuditLog::new(Some(Box::new(FileSink::create(&path).unwrap())), "default");
        log.run_start("s.py");
        log.namespace_write(
            "json.dumps",
            Op::Set,
            NamespaceKind::Module,
            Decision::Denied,
            None,
            Some(Location::new("s.py", 3, "<module>")),
        );
        log.memory_write(0x1000, None, None, Decision::Audited);
        // Dropping the log flushes the file.
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), 3);
    assert!(text.lines().all(|l| l.starts_with("{\"seq\":")));
    let events = read_log(&path).unwrap();
    assert_eq!(events.len(), 3);
    assert_eq!(events[1].target.as_deref(), Some("json.dumps"));
    assert_eq!(events[2].address, Some(0x1000));
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn file_sink_flush_makes_events_visible() {
    let path =
        std::env::temp_dir().join(format!("pyseal-audit-flush-{}.jsonl", std::process::id()));
    let path = path.to_str().unwrap().to_string();
    let mut sink = FileSink::create(&path).unwrap();
    sink.record(&AuditEvent::new(EventKind::RunStart, Layer::Interpreter));
    sink.flush();
    assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count(), 1);
    assert!(sink.error().is_none());
    drop(sink);
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn file_sink_reports_an_unwritable_path() {
    let err = FileSink::create("/nonexistent-dir/log.jsonl")
        .err()
        .unwrap();
    assert_eq!(
        err.to_string(),
        "cannot write audit log '/nonexistent-dir/log.jsonl': no such file"
    );
}

#[test]
fn readme_json_examples_are_valid_events() {
    let readme = include_str!("../policies/README.md");
    let blocks: Vec<&str> = readme
        .split("```json\n")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap())
        .collect();
    assert!(blocks.len() >= 6);
    for block in blocks {
        let event: AuditEvent =
            serde_json::from_str(block).unwrap_or_else(|e| panic!("{e}\n{block}"));
        // And they are written exactly as the runtime writes them (modulo whitespace).
        let compact: Value = serde_json::from_str(block).unwrap();
        assert_eq!(serde_json::to_value(&event).unwrap(), compact);
    }
}
