//! Reading and writing policy TOML: strict validation with one-line errors, the built-in
//! policies, loading by name or path, and round trips.

use proptest::prelude::*;
use pyseal::policy::{
    AllowRule, BUILTIN_NAMES, FreezeConfig, Limits, Mode, Op, OpSet, Pattern, Policy, PolicyError,
    SandboxConfig, Trigger,
};

/// Asserts that `src` is rejected with exactly `expected` (after "cannot read policy 'x.toml': ").
#[track_caller]
fn fails(src: &str, expected: &str) {
    match Policy::from_toml(src, "x.toml") {
        Ok(policy) => panic!("accepted {src:?} as {policy:?}"),
        Err(err) => {
            let text = err.to_string();
            assert_eq!(text, format!("cannot read policy 'x.toml': {expected}"));
            assert!(!text.contains('\n'), "error spans lines: {text:?}");
        }
    }
}

const RULE: &str = "[[allow]]\ntarget = \"a.b\"\nwhy = \"w\"\n";

#[test]
fn unknown_top_level_key_names_line_and_key() {
    fails(
        "name = \"x\"\nmode = \"enforce\"\nalow = 1\n",
        "line 3: unknown key 'alow' (did you mean 'allow'?)",
    );
    fails("zzz = 1\n", "line 1: unknown key 'zzz'");
}

#[test]
fn unknown_key_in_a_section_names_the_section() {
    fails(
        "[freeze]\nmodules = true\nmian = true\n",
        "line 3: unknown key 'mian' in [freeze] (did you mean 'main'?)",
    );
    fails(
        &format!("{RULE}extra = 1\n"),
        "line 4: unknown key 'extra' in [[allow]]",
    );
    fails(
        "[sandbox.limits]\nwal = 3\n",
        "line 2: unknown key 'wal' in [sandbox.limits] (did you mean 'wall_seconds'?)",
    );
    fails(
        "[sandbox]\nnetwork = false\nnet = true\n",
        "line 3: unknown key 'net' in [sandbox] (did you mean 'network'?)",
    );
}

#[test]
fn wrong_types() {
    fails(
        "name = 3\n",
        "line 1: key 'name': expected a string, found integer 3",
    );
    fails(
        "\n[freeze]\nmain = \"yes\"\n",
        "line 3: key 'main': expected a boolean, found string \"yes\"",
    );
    fails(
        "allow = 3\n",
        "line 1: key 'allow': expected an array, found integer 3",
    );
    fails(
        "[[allow]]\ntarget = \"a\"\nwhy = \"w\"\nops = [\n  \"set\",\n  3\n]\n",
        "line 6: key 'ops': expected a string, found integer 3",
    );
    fails(
        "[sandbox.limits]\nmemory_mb = \"lots\"\n",
        "line 2: key 'memory_mb': expected an integer, found string \"lots\"",
    );
}

#[test]
fn bad_mode() {
    fails(
        "name = \"x\"\nmode = \"enforcing\"\n",
        "line 2: key 'mode': unknown mode 'enforcing' (expected enforce, audit or off)",
    );
}

#[test]
fn bad_ops() {
    fails(
        &format!("{RULE}\n[[allow]]\ntarget = \"a.c\"\nops = [\"set\", \"write\"]\nwhy = \"w\"\n"),
        "line 7: key 'ops': unknown op 'write' (expected set, add or delete)",
    );
    fails(
        "[[allow]]\ntarget = \"a\"\nops = []\nwhy = \"w\"\n",
        "line 3: key 'ops': an allow rule needs at least one op (leave 'ops' out for all three)",
    );
    fails(
        "[[allow]]\ntarget = \"a\"\nops = [\"set\", \"set\"]\nwhy = \"w\"\n",
        "line 3: key 'ops': op 'set' listed twice",
    );
}

#[test]
fn bad_trigger() {
    fails(
        &format!("{RULE}on = \"load\"\n"),
        "line 4: key 'on': unknown trigger 'load' (expected import, global or patch)",
    );
}

#[test]
fn bad_patterns() {
    let cases = [
        ("a..b", "empty segment in pattern 'a..b'"),
        (".a", "empty segment in pattern '.a'"),
        ("a.", "empty segment in pattern 'a.'"),
        ("", "empty pattern"),
        ("a.b**", "'**' must be a whole segment in pattern 'a.b**'"),
        ("a b", "character ' ' is not allowed in pattern 'a b'"),
    ];
    for (pattern, problem) in cases {
        fails(
            &format!("\n[[allow]]\ntarget = \"{pattern}\"\nwhy = \"w\"\n"),
            &format!("line 3: key 'target': {problem}"),
        );
    }
}

#[test]
fn every_rule_needs_a_why_and_a_target() {
    fails(
        &format!("{RULE}\n[[allow]]\ntarget = \"sys.path\"\nops = [\"set\"]\n"),
        "line 5: allow rule for 'sys.path' has no 'why' (every exception must say why it exists)",
    );
    fails(
        "[[allow]]\ntarget = \"a\"\nwhy = \"  \"\n",
        "line 3: key 'why': must not be empty",
    );
    fails(
        "\n[[allow]]\nwhy = \"w\"\n",
        "line 2: allow rule has no 'target'",
    );
}

#[test]
fn bad_sandbox_values() {
    fails(
        "[sandbox.limits]\nmemory_mb = 0\n",
        "line 2: key 'memory_mb': must be a positive integer",
    );
    fails(
        "[sandbox]\nread = [\"relative/dir\"]\n",
        "line 2: key 'read': path 'relative/dir' must be absolute or start with '{script_dir}'",
    );
    fails(
        "[sandbox]\nwrite = [\"{tmp}/x\"]\n",
        "line 2: key 'write': unknown placeholder in '{tmp}/x' (only '{script_dir}' is known)",
    );
}

#[test]
fn syntax_errors_are_one_line() {
    fails(
        "name = \"x\"\nname = \"y\"\n",
        "line 2: duplicate key 'name' in document root",
    );
    fails("name = \n", "line 1: invalid string");
}

#[test]
fn missing_keys_take_defaults() {
    let policy = Policy::from_toml("", "ci/my-policy.toml").unwrap();
    assert_eq!(policy.name, "my-policy");
    assert_eq!(policy.description, "");
    assert_eq!(policy.mode, Mode::Enforce);
    assert_eq!(policy.freeze, FreezeConfig::default());
    assert!(policy.allow.is_empty());
    assert_eq!(policy.sandbox, SandboxConfig::default());

    let rule = Policy::from_toml(RULE, "x.toml").unwrap().allow.remove(0);
    assert_eq!(rule.ops, OpSet::ALL);
    assert_eq!(rule.on, None);
    assert_eq!(rule.index, 0);
}

#[test]
fn freeze_defaults() {
    let f = FreezeConfig::default();
    assert!(f.modules && f.classes && f.functions);
    assert!(!f.main && !f.runtime_definitions);
    let partial = Policy::from_toml("[freeze]\nmain = true\n", "x.toml").unwrap();
    assert_eq!(
        partial.freeze,
        FreezeConfig {
            main: true,
            ..FreezeConfig::default()
        }
    );
}

#[test]
fn every_builtin_loads() {
    for name in BUILTIN_NAMES {
        let policy = Policy::builtin(name).unwrap_or_else(|| panic!("no built-in {name}"));
        assert_eq!(policy.name, name);
        assert!(!policy.description.is_empty());
        assert!(policy.allow.iter().all(|r| !r.why.trim().is_empty()));
        for (i, rule) in policy.allow.iter().enumerate() {
            assert_eq!(rule.index, i);
        }
        assert_eq!(Policy::load(name).unwrap(), policy);
    }
    assert_eq!(Policy::builtin("nope"), None);
}

#[test]
fn builtins_are_what_the_architecture_says() {
    let default = Policy::builtin("default").unwrap();
    let strict = Policy::builtin("strict").unwrap();
    let audit = Policy::builtin("audit").unwrap();
    let untrusted = Policy::builtin("untrusted").unwrap();

    assert_eq!(default.mode, Mode::Enforce);
    assert_eq!(default.freeze, FreezeConfig::default());
    let targets: Vec<&str> = default.allow.iter().map(|r| r.target.as_str()).collect();
    for seed in [
        "sys.stdout",
        "sys.stderr",
        "sys.stdin",
        "sys.ps1",
        "sys.ps2",
        "builtins._",
        "**.__warningregistry__",
    ] {
        assert!(targets.contains(&seed), "default lacks {seed}");
    }
    assert!(
        default
            .allow
            .iter()
            .any(|r| r.on == Some(Trigger::Import) && r.target.as_str() == "**")
    );

    assert_eq!(strict.mode, Mode::Enforce);
    assert!(strict.freeze.main && strict.freeze.runtime_definitions);
    let strict_targets: Vec<(&str, Option<Trigger>)> = strict
        .allow
        .iter()
        .map(|r| (r.target.as_str(), r.on))
        .collect();
    assert_eq!(
        strict_targets,
        [
            ("**.__warningregistry__", None),
            ("**", Some(Trigger::Import))
        ]
    );

    // audit and untrusted share default's rules; the files must not drift apart.
    assert_eq!(audit.mode, Mode::Audit);
    assert_eq!(audit.allow, default.allow);
    assert_eq!(audit.freeze, default.freeze);
    assert_eq!(untrusted.mode, Mode::Enforce);
    assert_eq!(untrusted.allow, default.allow);
    assert_eq!(untrusted.freeze, default.freeze);
    assert!(!untrusted.sandbox.network);
    assert_eq!(untrusted.sandbox.read, ["{script_dir}"]);
    assert!(untrusted.sandbox.write.is_empty());
    assert_eq!(
        untrusted.sandbox.limits,
        Limits {
            wall_seconds: 10,
            cpu_seconds: 10,
            memory_mb: 256,
            output_kb: 1024,
            recursion: 1000
        }
    );
}

#[test]
fn load_reads_a_path_and_reports_missing_files() {
    let dir = std::env::temp_dir().join(format!("pyseal-policy-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mine.toml");
    std::fs::write(&path, format!("description = \"mine\"\n{RULE}")).unwrap();
    let policy = Policy::load(path.to_str().unwrap()).unwrap();
    assert_eq!(policy.name, "mine");
    assert_eq!(policy.allow.len(), 1);

    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "\n\nalow = 1\n").unwrap();
    let err = Policy::load(bad.to_str().unwrap()).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "cannot read policy '{}': line 3: unknown key 'alow' (did you mean 'allow'?)",
            bad.display()
        )
    );
    std::fs::remove_dir_all(&dir).unwrap();

    assert_eq!(
        Policy::load("strcit").unwrap_err().to_string(),
        "cannot read policy 'strcit': no such file or built-in policy \
         (built-in policies: default, strict, audit, untrusted)"
    );
    assert!(matches!(
        Policy::load("/nonexistent/x.toml"),
        Err(PolicyError::Io { ref reason, .. }) if reason == "no such file"
    ));
}

#[test]
fn builtins_round_trip_through_toml() {
    for name in BUILTIN_NAMES {
        let policy = Policy::builtin(name).unwrap();
        let text = policy.to_toml();
        assert_eq!(
            Policy::from_toml(&text, "out.toml").unwrap(),
            policy,
            "{text}"
        );
    }
}

#[test]
fn to_toml_is_readable() {
    let text = Policy::builtin("strict").unwrap().to_toml();
    assert_eq!(
        text,
        r#"name = "strict"
description = "Everything freezes, __main__ and run-time definitions included; only import and warnings may write"
mode = "enforce"

[freeze]
modules = true
classes = true
functions = true
main = true
runtime_definitions = true

[[allow]]
target = "**.__warningregistry__"
why = "warnings records in each module which warnings it has already shown"

[[allow]]
on = "import"
target = "**"
ops = ["set", "add"]
why = "import binds a submodule on its parent package"
"#
    );
}

// ---- property tests: any policy the model can hold survives to_toml -> from_toml ----

fn segment() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z_][a-z0-9_]{0,6}",
        Just("*".to_string()),
        Just("**".to_string()),
        "[a-z]{1,3}\\*[a-z]{0,2}",
        Just("<locals>".to_string()),
    ]
}

fn pattern() -> impl Strategy<Value = Pattern> {
    prop::collection::vec(segment(), 1..5).prop_map(|s| Pattern::parse(&s.join(".")).unwrap())
}

/// Text with quotes, backslashes, control characters and non-ASCII.
fn text() -> impl Strategy<Value = String> {
    "[ -~\\t\\n\\u{1}\\u{7f}éß€😀\"\\\\]{0,30}"
}

fn rule() -> impl Strategy<Value = (Pattern, u8, bool, String)> {
    (
        pattern(),
        1u8..8,
        any::<bool>(),
        text().prop_filter("why", |w| !w.trim().is_empty()),
    )
}

fn sandbox_path() -> impl Strategy<Value = String> {
    prop_oneof!["/[a-z/]{0,10}", "\\{script_dir\\}(/[a-z]{1,5}){0,2}"]
}

prop_compose! {
    fn policy()(
        name in "[a-z][a-z0-9-]{0,10}",
        description in text(),
        mode in prop_oneof![Just(Mode::Enforce), Just(Mode::Audit), Just(Mode::Off)],
        freeze in any::<[bool; 5]>(),
        rules in prop::collection::vec(rule(), 0..6),
        network in any::<bool>(),
        read in prop::collection::vec(sandbox_path(), 0..3),
        write in prop::collection::vec(sandbox_path(), 0..3),
        limits in any::<[u32; 5]>(),
    ) -> Policy {
        let allow = rules
            .into_iter()
            .enumerate()
            .map(|(index, (target, bits, import, why))| AllowRule {
                target,
                ops: Op::ALL
                    .into_iter()
                    .enumerate()
                    .filter(|(i, _)| bits & (1 << i) != 0)
                    .map(|(_, op)| op)
                    .collect(),
                on: import.then_some(Trigger::Import),
                why,
                index,
            })
            .collect();
        let limit = |i: usize| u64::from(limits[i]) + 1;
        Policy {
            name,
            description,
            mode,
            freeze: FreezeConfig {
                modules: freeze[0],
                classes: freeze[1],
                functions: freeze[2],
                main: freeze[3],
                runtime_definitions: freeze[4],
            },
            allow,
            sandbox: SandboxConfig {
                network,
                read,
                write,
                limits: Limits {
                    wall_seconds: limit(0),
                    cpu_seconds: limit(1),
                    memory_mb: limit(2),
                    output_kb: limit(3),
                    recursion: limit(4),
                },
            },
        }
    }
}

proptest! {
    #[test]
    fn toml_round_trip(policy in policy()) {
        let text = policy.to_toml();
        let back = Policy::from_toml(&text, "gen.toml");
        prop_assert_eq!(back.as_ref(), Ok(&policy), "{}", text);
    }
}

/// The fenced blocks of a given language in `policies/README.md`.
fn readme_blocks(lang: &str) -> Vec<String> {
    let readme = include_str!("../policies/README.md");
    let fence = format!("```{lang}\n");
    readme
        .split(fence.as_str())
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap().to_string())
        .collect()
}

#[test]
fn readme_toml_examples_are_valid_policies() {
    let blocks = readme_blocks("toml");
    assert!(blocks.len() >= 5);
    for block in blocks {
        if let Err(err) = Policy::from_toml(&block, "README.md") {
            panic!("{err}\n{block}");
        }
    }
}
