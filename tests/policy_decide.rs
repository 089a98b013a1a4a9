//! Policy decisions: per mode, per op, import-only rules, first match wins, and the seed list
//! of writes CPython itself makes, which the default policy must allow.

use pyseal::policy::{Decision, Mode, Op, Policy, PolicyDecision, RuleRef, Trigger, WriteRequest};

fn policy(mode: &str) -> Policy {
    let src = format!(
        r#"mode = "{mode}"

[[allow]]
target = "sys.stdout"
ops = ["set"]
why = "redirect"

[[allow]]
target = "pkg.**"
ops = ["add"]
why = "packages grow"

[[allow]]
on = "import"
target = "**"
why = "submodules"

[[allow]]
target = "pkg.mod"
why = "never reached for add: the rule above matches first"
"#
    );
    Policy::from_toml(&src, "test.toml").unwrap()
}

fn decide(policy: &Policy, target: &str, op: Op, on_import: bool) -> PolicyDecision {
    policy.decide(&WriteRequest {
        target,
        op,
        origin: on_import.then_some(Trigger::Import),
    })
}

/// The decision and the index of the rule behind it.
fn outcome(policy: &Policy, target: &str, op: Op, on_import: bool) -> (Decision, Option<usize>) {
    let d = decide(policy, target, op, on_import);
    (d.decision, d.rule.map(|r| r.index))
}

#[test]
fn enforce_allows_matching_writes_and_denies_the_rest() {
    let p = policy("enforce");
    assert_eq!(
        decide(&p, "sys.stdout", Op::Set, false),
        PolicyDecision {
            decision: Decision::Allowed,
            rule: Some(RuleRef {
                target: "sys.stdout".into(),
                index: 0
            }),
        }
    );
    assert_eq!(
        decide(&p, "json.dumps", Op::Set, false),
        PolicyDecision {
            decision: Decision::Denied,
            rule: None
        }
    );
}

#[test]
fn ops_restrict_rules() {
    let p = policy("enforce");
    assert_eq!(
        outcome(&p, "sys.stdout", Op::Delete, false),
        (Decision::Denied, None)
    );
    assert_eq!(
        outcome(&p, "sys.stdout", Op::Add, false),
        (Decision::Denied, None)
    );
    assert_eq!(
        outcome(&p, "pkg.x.y", Op::Add, false),
        (Decision::Allowed, Some(1))
    );
    assert_eq!(
        outcome(&p, "pkg.x.y", Op::Set, false),
        (Decision::Denied, None)
    );
}

#[test]
fn first_matching_rule_decides() {
    let p = policy("enforce");
    assert_eq!(
        outcome(&p, "pkg.mod", Op::Add, false),
        (Decision::Allowed, Some(1))
    );
    assert_eq!(
        outcome(&p, "pkg.mod", Op::Set, false),
        (Decision::Allowed, Some(3))
    );
}

#[test]
fn import_rules_match_only_import_writes() {
    let p = policy("enforce");
    assert_eq!(
        outcome(&p, "os.path", Op::Add, true),
        (Decision::Allowed, Some(2))
    );
    assert_eq!(
        outcome(&p, "os.path", Op::Add, false),
        (Decision::Denied, None)
    );
    // A rule without `on` matches import writes too.
    assert_eq!(
        outcome(&p, "sys.stdout", Op::Set, true),
        (Decision::Allowed, Some(0))
    );
}

#[test]
fn audit_mode_audits_instead_of_denying() {
    let p = policy("audit");
    assert_eq!(
        outcome(&p, "json.dumps", Op::Set, false),
        (Decision::Audited, None)
    );
    assert_eq!(
        outcome(&p, "sys.stdout", Op::Set, false),
        (Decision::Allowed, Some(0))
    );
}

#[test]
fn off_mode_allows_everything_without_a_rule() {
    let p = policy("off");
    for op in Op::ALL {
        assert_eq!(
            outcome(&p, "json.dumps", op, false),
            (Decision::Allowed, None)
        );
        assert_eq!(
            outcome(&p, "sys.stdout", op, false),
            (Decision::Allowed, None)
        );
    }
}

#[test]
fn with_mode_overrides_the_file() {
    let p = policy("enforce").with_mode(Mode::Audit);
    assert_eq!(
        outcome(&p, "json.dumps", Op::Set, false),
        (Decision::Audited, None)
    );
    assert_eq!("off".parse::<Mode>(), Ok(Mode::Off));
    assert!("loud".parse::<Mode>().is_err());
}

#[test]
fn op_names() {
    assert_eq!(Op::Set.as_str(), "set");
    assert_eq!(Op::Add.as_str(), "add");
    assert_eq!(Op::Delete.as_str(), "delete");
    for op in Op::ALL {
        assert_eq!(op.as_str().parse::<Op>(), Ok(op));
    }
}

/// The places CPython itself writes to frozen namespaces (ARCHITECTURE.md's seed list) are
/// allowed by `default` and by the policies built on it.
#[test]
fn default_allows_the_seed_list() {
    let seed: &[(&str, Op, bool)] = &[
        ("sys.stdout", Op::Set, false),
        ("sys.stderr", Op::Set, false),
        ("sys.stdin", Op::Set, false),
        ("sys.ps1", Op::Add, false),
        ("sys.ps1", Op::Set, false),
        ("sys.ps2", Op::Add, false),
        ("builtins._", Op::Add, false),
        ("builtins._", Op::Set, false),
        ("helper.__warningregistry__", Op::Add, false),
        ("pkg.sub.__warningregistry__", Op::Delete, false),
        ("__warningregistry__", Op::Set, false),
        ("xml.etree", Op::Add, true),
        ("os.path", Op::Set, true),
        ("sys.last_value", Op::Add, false),
        ("sys.excepthook", Op::Set, false),
    ];
    for name in ["default", "untrusted", "audit"] {
        let p = Policy::builtin(name).unwrap();
        for &(target, op, on_import) in seed {
            assert_eq!(
                decide(&p, target, op, on_import).decision,
                Decision::Allowed,
                "{name}: {op} {target}"
            );
        }
    }
}

/// Monkeypatching stays denied under `default`.
#[test]
fn default_denies_monkeypatching() {
    let p = Policy::builtin("default").unwrap();
    for (target, op) in [
        ("json.dumps", Op::Set),
        ("json.extra", Op::Add),
        ("os.path", Op::Set), // not by import
        ("helper.Klass.attr", Op::Set),
        ("helper.func.__defaults__", Op::Set),
        ("sys.stdout", Op::Delete),
        ("sys.__stdout__", Op::Set),
        ("builtins.print", Op::Set),
        ("builtins._", Op::Delete),
    ] {
        assert_eq!(
            decide(&p, target, op, false).decision,
            Decision::Denied,
            "{op} {target}"
        );
    }
}

#[test]
fn strict_allows_only_import_and_warnings() {
    let p = Policy::builtin("strict").unwrap();
    assert_eq!(
        outcome(&p, "sys.stdout", Op::Set, false).0,
        Decision::Denied
    );
    assert_eq!(
        outcome(&p, "builtins._", Op::Set, false).0,
        Decision::Denied
    );
    assert_eq!(
        outcome(&p, "m.__warningregistry__", Op::Add, false).0,
        Decision::Allowed
    );
    assert_eq!(outcome(&p, "pkg.sub", Op::Add, true).0, Decision::Allowed);
}
