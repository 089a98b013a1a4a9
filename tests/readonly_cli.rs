//! The command line: policy selection and errors, modes, audit sinks, `pyseal audit summary`
//! and `pyseal audit policy`; also `freeze.main`, audit hooks and `set_initialized`.

#[path = "readonly/support.rs"]
mod support;

use std::process::Command;

use support::{fixtures, pyseal, pyseal_source, w};

fn pyseal_cmd(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pyseal"))
        .current_dir(fixtures())
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn an_invalid_policy_is_one_line_and_exit_2() {
    let out = pyseal_cmd(&["run", "--policy", "bad_policy.toml", "-c", "pass"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("pyseal: cannot read policy 'bad_policy.toml': line 6: "),
        "{err}"
    );
    assert!(err.contains("alow"), "{err}");
}

#[test]
fn an_unknown_policy_name_is_exit_2() {
    let out = pyseal_cmd(&["run", "--policy", "nosuch", "-c", "pass"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("pyseal: cannot read policy 'nosuch'")
    );
}

#[test]
fn audit_log_dash_writes_json_lines_to_stderr() {
    let out = pyseal_cmd(&[
        "run",
        "--audit-log",
        "-",
        "-c",
        "import sys\nsys.stdout = sys.stdout",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    let events = pyseal::audit::parse_log(&err, "-").unwrap();
    let kinds: Vec<_> = events
        .iter()
        .map(|e| serde_json::to_value(e.event).unwrap())
        .collect();
    assert_eq!(kinds, ["run.start", "namespace.write", "run.end"]);
    assert_eq!(events[1].target.as_deref(), Some("sys.stdout"));
    assert_eq!(events[1].policy, "default");
}

#[test]
fn every_builtin_policy_runs() {
    for policy in ["default", "strict", "audit", "untrusted"] {
        let run = pyseal(&["--policy", policy], &["write_path.py", "module_set"]);
        assert_eq!(run.status, 0, "{policy}: {}", run.stderr);
        let expected = if policy == "audit" {
            "audited"
        } else {
            "denied"
        };
        assert_eq!(
            run.writes(),
            [w("helper.x", "set", "module", expected)],
            "{policy}"
        );
    }
}

#[test]
fn learned_policy_denies_nothing_the_log_saw() {
    let log = std::env::temp_dir().join(format!("pyseal-learn-{}.jsonl", std::process::id()));
    let learned = std::env::temp_dir().join(format!("pyseal-learn-{}.toml", std::process::id()));
    let out = pyseal_cmd(&[
        "run",
        "--policy",
        "audit",
        "--audit-log",
        log.to_str().unwrap(),
        "learn_me.py",
    ]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "10 20 30\n");

    let summary = pyseal_cmd(&["audit", "summary", log.to_str().unwrap()]);
    let table = String::from_utf8_lossy(&summary.stdout);
    for target in [
        "helper.x",
        "helper.Klass.attr",
        "helper.func.__defaults__",
        "helper.y",
    ] {
        assert!(table.contains(target), "{table}");
    }

    let policy = pyseal_cmd(&["audit", "policy", log.to_str().unwrap()]);
    assert_eq!(policy.status.code(), Some(0));
    std::fs::write(&learned, &policy.stdout).unwrap();
    let run = pyseal(
        &["--policy", learned.to_str().unwrap(), "--mode", "enforce"],
        &["learn_me.py"],
    );
    assert_eq!(run.stdout, "10 20 30\n", "{}", run.stderr);
    assert!(
        run.writes().iter().all(|e| e.3 == "allowed"),
        "{:?}",
        run.writes()
    );
    assert_eq!(run.writes().len(), 5);
    let _ = std::fs::remove_file(&log);
    let _ = std::fs::remove_file(&learned);
}

#[test]
fn audit_hooks_see_namespace_writes() {
    let run = pyseal_source(
        &[],
        "hooks",
        "import sys, helper\n\
         seen = []\n\
         sys.addaudithook(lambda ev, args: seen.append(args) if ev == 'namespace.write' else None)\n\
         sys.stdout = sys.stdout\n\
         try:\n    helper.x = 2\nexcept ReadOnlyError:\n    pass\n\
         print(seen)\n",
    );
    assert_eq!(
        run.stdout,
        "[('sys.stdout', 'set', 'allowed'), ('helper.x', 'set', 'denied')]\n"
    );
}

#[test]
fn main_stays_writable_by_default_and_its_definitions_freeze_under_strict() {
    let src = "def f(): pass\nclass K:\n    a = 1\nx = 1\nx = 2\n\
               try:\n    f.tag = 1\nexcept ReadOnlyError as e:\n    print(e)\n\
               try:\n    K.a = 2\nexcept ReadOnlyError as e:\n    print(e)\n\
               print(x, K.a)\n";
    let run = pyseal_source(&["--policy", "default"], "main_default", src);
    assert_eq!(run.stdout, "2 2\n", "{}", run.stderr);
    assert_eq!(run.writes(), []);
    let run = pyseal_source(&["--policy", "strict"], "main_strict", src);
    let name = run.stdout.lines().next().unwrap_or("").to_string();
    assert!(
        name.starts_with("cannot add 'tag' to read-only function '__main__.f'"),
        "{}",
        run.stdout
    );
    assert_eq!(
        run.lines()[1],
        "cannot rebind 'a' of read-only class '__main__.K'"
    );
    assert_eq!(run.lines()[2], "2 1");
}

/// A frozen namespace remembers the policy's decision per name and operation: every repeat
/// of a write is still audited, and a denied write stays denied, with or without a log.
#[test]
fn repeated_writes_are_each_audited_and_stay_denied() {
    let module = format!("_tmp_counter_{}", std::process::id());
    let src = format!(
        "import os\n\
         with open('{module}.py', 'w') as f:\n    \
             f.write('n = 0\\ndef bump():\\n    global n\\n    n += 1\\n')\n\
         import {module} as counter\n\
         os.remove('{module}.py')\n\
         for _ in range(3):\n    counter.bump()\n\
         for _ in range(2):\n    \
             try:\n        counter.n = 5\n    except ReadOnlyError as e:\n        print(e)\n\
         print(counter.n)\n"
    );
    let run = pyseal_source(&[], "repeat", &src);
    let denied = format!("cannot rebind 'n' of read-only module '{module}'");
    assert_eq!(
        run.stdout,
        format!("{denied}\n{denied}\n3\n"),
        "{}",
        run.stderr
    );
    let target = format!("{module}.n");
    let mut expected = vec![w(&target, "set", "module", "allowed"); 3];
    expected.extend(vec![w(&target, "set", "module", "denied"); 2]);
    let writes: Vec<_> = run.writes().into_iter().filter(|e| e.0 == target).collect();
    assert_eq!(writes, expected);

    // Without an audit log, the cached decisions give the same outcome.
    let file = support::fixtures().join(format!("_tmp_{}_repeat_nolog.py", std::process::id()));
    std::fs::write(&file, &src).unwrap();
    let out = pyseal_cmd(&["run", file.file_name().unwrap().to_str().unwrap()]);
    let _ = std::fs::remove_file(&file);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{denied}\n{denied}\n3\n")
    );
}
