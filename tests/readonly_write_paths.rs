//! Every write path to a frozen namespace, under enforce, audit and off: the outcome, the
//! effect on the namespace, and the exact audit event. Fixture: `tests/readonly/write_path.py`.

#[path = "readonly/support.rs"]
mod support;

use support::{pyseal, w};

/// `helper`'s state before any write (see `state()` in the fixture).
const BASELINE: &str = "(1, None, 1, None, False, False, (2,), None, 'Adds.', 'func', 'func', \
                        'helper', {}, None, None, None, None, 'abc')";
const UNMODIFIED: &str = "(False, False, False, False, False)";

/// (write path, target, op, kind)
const PATHS: &[(&str, &str, &str, &str)] = &[
    ("module_set", "helper.x", "set", "module"),
    ("module_add", "helper.y", "add", "module"),
    ("module_delete", "helper.x", "delete", "module"),
    ("setattr_module", "helper.x", "set", "module"),
    ("delattr_module", "helper.x", "delete", "module"),
    ("object_setattr", "helper.x", "set", "module"),
    ("type_setattr", "helper.Klass.attr", "set", "class"),
    ("class_set", "helper.Klass.attr", "set", "class"),
    ("class_add", "helper.Klass.extra", "add", "class"),
    ("class_delete", "helper.Klass.attr", "delete", "class"),
    ("class_method_set", "helper.Klass.method", "set", "class"),
    ("delattr_class", "helper.Klass.attr", "delete", "class"),
    ("function_code", "helper.func.__code__", "set", "function"),
    (
        "function_defaults",
        "helper.func.__defaults__",
        "set",
        "function",
    ),
    (
        "function_kwdefaults",
        "helper.func.__kwdefaults__",
        "set",
        "function",
    ),
    ("function_doc", "helper.func.__doc__", "set", "function"),
    ("function_name", "helper.func.__name__", "set", "function"),
    (
        "function_qualname",
        "helper.func.__qualname__",
        "set",
        "function",
    ),
    (
        "function_module",
        "helper.func.__module__",
        "set",
        "function",
    ),
    (
        "function_annotations",
        "helper.func.__annotations__",
        "set",
        "function",
    ),
    ("function_dict_item", "helper.func.tag", "add", "function"),
    ("function_other_attr", "helper.func.tag", "add", "function"),
    (
        "method_defaults",
        "helper.Klass.method.__defaults__",
        "set",
        "function",
    ),
    ("vars_item", "helper.x", "set", "module"),
    ("dict_item", "helper.x", "set", "module"),
    ("dict_item_delete", "helper.x", "delete", "module"),
];

/// `global x; x = ...` / `del x` from code of the frozen module itself: `default` and
/// `audit` allow them by their `on = "global"` rule, `strict` denies them.
const GLOBAL_PATHS: &[(&str, &str, &str, &str)] = &[
    ("global_set", "helper.x", "set", "module"),
    ("global_delete", "helper.x", "delete", "module"),
    ("global_append", "helper.text", "set", "module"),
];

fn message(target: &str, op: &str, kind: &str) -> String {
    let (path, name) = target.rsplit_once('.').unwrap();
    match op {
        "set" => format!("cannot rebind '{name}' of read-only {kind} '{path}'"),
        "add" => format!("cannot add '{name}' to read-only {kind} '{path}'"),
        _ => format!("cannot delete '{name}' from read-only {kind} '{path}'"),
    }
}

#[test]
fn enforce_denies_every_write_path_and_changes_nothing() {
    for &(path, target, op, kind) in PATHS {
        let run = pyseal(&["--mode", "enforce"], &["write_path.py", path]);
        let expected = format!("ReadOnlyError: {}", message(target, op, kind));
        assert_eq!(
            run.lines(),
            [expected.as_str(), BASELINE, UNMODIFIED],
            "{path}: {}",
            run.stderr
        );
        assert_eq!(run.writes(), [w(target, op, kind, "denied")], "{path}");
        assert_eq!(run.status, 0, "{path}");
    }
}

#[test]
fn audit_mode_lets_every_write_through_and_audits_it() {
    for &(path, target, op, kind) in PATHS {
        let run = pyseal(&["--mode", "audit"], &["write_path.py", path]);
        let lines = run.lines();
        assert_eq!(lines[0], "ok", "{path}: {}", run.stderr);
        assert_ne!(lines[1], BASELINE, "{path}: the write must land");
        assert!(
            lines[2].contains("True"),
            "{path}: __modified__ {}",
            lines[2]
        );
        assert_eq!(run.writes(), [w(target, op, kind, "audited")], "{path}");
    }
}

#[test]
fn a_module_rebinds_its_own_globals_under_default_and_audit_but_not_strict() {
    for &(path, target, op, kind) in GLOBAL_PATHS {
        for mode in ["enforce", "audit"] {
            let run = pyseal(&["--mode", mode], &["write_path.py", path]);
            let lines = run.lines();
            assert_eq!(lines[0], "ok", "{path} {mode}: {}", run.stderr);
            assert_ne!(lines[1], BASELINE, "{path} {mode}: the write must land");
            assert!(
                lines[2].contains("True"),
                "{path} {mode}: __modified__ {}",
                lines[2]
            );
            assert_eq!(
                run.writes(),
                [w(target, op, kind, "allowed")],
                "{path} {mode}"
            );
        }
        let run = pyseal(&["--policy", "strict"], &["write_path.py", path]);
        let expected = format!("ReadOnlyError: {}", message(target, op, kind));
        assert_eq!(
            run.lines(),
            [expected.as_str(), BASELINE, UNMODIFIED],
            "{path} strict: {}",
            run.stderr
        );
        assert_eq!(
            run.writes(),
            [w(target, op, kind, "denied")],
            "{path} strict"
        );
    }
}

/// `Klass.__dict__` is a read-only mappingproxy, as in CPython: item assignment through it is
/// a TypeError in every mode, so it never reaches the namespace or the audit log.
#[test]
fn a_class_dict_proxy_is_no_write_path() {
    for mode in ["enforce", "audit", "off"] {
        let run = pyseal(&["--mode", mode], &["write_path.py", "class_dict_item"]);
        assert_eq!(
            run.lines(),
            [
                "TypeError: 'mappingproxy' object does not support item assignment",
                BASELINE,
                UNMODIFIED
            ],
            "{mode}: {}",
            run.stderr
        );
        assert_eq!(run.writes(), [], "{mode}");
    }
}

#[test]
fn off_mode_freezes_nothing_and_audits_nothing() {
    for &(path, _, _, _) in PATHS.iter().chain(GLOBAL_PATHS) {
        let run = pyseal(&["--mode", "off"], &["write_path.py", path]);
        let lines = run.lines();
        assert_eq!(lines[0], "ok", "{path}: {}", run.stderr);
        assert_ne!(lines[1], BASELINE, "{path}: the write must land");
        assert_eq!(lines[2], UNMODIFIED, "{path}");
        assert_eq!(run.writes(), [], "{path}");
    }
}

#[test]
fn a_package_gains_its_submodule_under_every_mode() {
    for (mode, events) in [
        ("enforce", vec![w("pkg.sub", "add", "module", "allowed")]),
        ("audit", vec![w("pkg.sub", "add", "module", "allowed")]),
        ("off", vec![]),
    ] {
        let run = pyseal(&["--mode", mode], &["write_path.py", "package_submodule"]);
        let lines = run.lines();
        assert_eq!(lines[0], "ok", "{mode}: {}", run.stderr);
        assert!(
            lines[1].ends_with("True, None, 'abc')"),
            "{mode}: {}",
            lines[1]
        );
        assert_eq!(run.writes(), events, "{mode}");
    }
}

#[test]
fn a_package_gains_no_submodule_under_a_policy_without_the_import_rule() {
    let policy = support::fixtures().join("no_import_rule.toml");
    let run = pyseal(
        &["--policy", policy.to_str().unwrap()],
        &["write_path.py", "package_submodule"],
    );
    assert_eq!(
        run.lines()[0],
        "ReadOnlyError: cannot add 'sub' to read-only module 'pkg'"
    );
    assert_eq!(run.writes(), [w("pkg.sub", "add", "module", "denied")]);
}

#[test]
fn from_import_star_into_a_frozen_module() {
    let run = pyseal(&["--mode", "enforce"], &["write_path.py", "import_star"]);
    assert_eq!(
        run.lines()[0],
        "ReadOnlyError: cannot add 'value' to read-only module 'star_target'"
    );
    // Importing pkg.sub first binds the submodule on the frozen package (the import rule).
    assert_eq!(
        run.writes(),
        [
            w("pkg.sub", "add", "module", "allowed"),
            w("star_target.value", "add", "module", "denied")
        ]
    );
    let run = pyseal(&["--mode", "audit"], &["write_path.py", "import_star"]);
    assert_eq!(run.lines()[0], "ok");
    assert_eq!(
        run.writes(),
        [
            w("pkg.sub", "add", "module", "allowed"),
            w("star_target.value", "add", "module", "audited")
        ]
    );
}
