//! The seed's known exceptions: places where Python itself writes to frozen namespaces. Each
//! works under the `default` policy, is audited as `allowed` with the rule that allows it,
//! and is denied under a policy without that rule where that makes sense.

#[path = "readonly/support.rs"]
mod support;

use support::{pyseal_source, w};

fn default_run(name: &str, src: &str) -> support::Run {
    let run = pyseal_source(&["--policy", "default"], name, src);
    assert_eq!(run.status, 0, "{name}: {}", run.stderr);
    run
}

#[test]
fn sys_streams_are_reassigned_and_restored() {
    let run = default_run(
        "streams",
        "import sys\n\
         saved = sys.stdout, sys.stderr, sys.stdin\n\
         class Sink:\n    def write(self, s): return len(s)\n    def flush(self): pass\n\
         sys.stdout = Sink()\n\
         print('hidden')\n\
         sys.stderr = Sink()\n\
         sys.stdin = None\n\
         sys.stdout, sys.stderr, sys.stdin = saved\n\
         print('restored', sys.__modified__)\n",
    );
    assert_eq!(run.stdout, "restored True\n");
    let set = |t: &str| w(t, "set", "module", "allowed");
    assert_eq!(
        run.writes(),
        [
            set("sys.stdout"),
            set("sys.stderr"),
            set("sys.stdin"),
            set("sys.stdout"),
            set("sys.stderr"),
            set("sys.stdin"),
        ]
    );
}

#[test]
fn sys_prompts_are_created_and_changed() {
    let run = default_run(
        "prompts",
        "import sys\nsys.ps1 = '>>> '\nsys.ps2 = '... '\nsys.ps1 = 'py> '\nprint(sys.ps1, sys.ps2)\n",
    );
    assert_eq!(run.stdout, "py>  ... \n");
    assert_eq!(
        run.writes(),
        [
            w("sys.ps1", "add", "module", "allowed"),
            w("sys.ps2", "add", "module", "allowed"),
            w("sys.ps1", "set", "module", "allowed"),
        ]
    );
}

#[test]
fn builtins_underscore_holds_the_last_result() {
    let run = default_run(
        "underscore",
        "import builtins\nbuiltins._ = 1\nbuiltins._ = 2\nprint(_)\n",
    );
    assert_eq!(run.stdout, "2\n");
    assert_eq!(
        run.writes(),
        [
            w("builtins._", "add", "module", "allowed"),
            w("builtins._", "set", "module", "allowed"),
        ]
    );
    assert_eq!(run.events[1].rule.as_ref().unwrap().target, "builtins._");
}

#[test]
fn warningregistry_is_added_to_the_callers_module() {
    // `warnings.warn` awaits the warnings module; this is the write it makes, from a function
    // of a frozen module into that module's globals.
    let run = default_run(
        "warningregistry",
        "import helper\nhelper.add_registry()\nprint(helper.__warningregistry__)\n",
    );
    assert_eq!(run.stdout, "{}\n");
    assert_eq!(
        run.writes(),
        [w("helper.__warningregistry__", "add", "module", "allowed")]
    );
    assert_eq!(
        run.events[1].rule.as_ref().unwrap().target,
        "**.__warningregistry__"
    );
}

#[test]
fn warnings_warn_records_in_the_callers_module() {
    let run = default_run(
        "warnings_warn",
        "import helper\nhelper.warn_twice()\nreg = helper.__warningregistry__\n\
         print(sorted(k for k in reg if k != 'version'))\n",
    );
    assert_eq!(
        run.stdout,
        "[('check this', <class 'UserWarning'>, 59), ('check this', <class 'UserWarning'>, 60)]\n"
    );
    assert!(
        run.stderr.contains("helper.py:59: UserWarning: check this"),
        "{}",
        run.stderr
    );
    // The registry is added to helper (a frozen module), allowed by its rule.
    let added: Vec<_> = run
        .writes()
        .into_iter()
        .filter(|e| e.0 == "helper.__warningregistry__")
        .collect();
    assert_eq!(
        added,
        [w("helper.__warningregistry__", "add", "module", "allowed")]
    );
}

#[test]
fn functools_wraps_on_a_wrapper_made_at_run_time() {
    let run = default_run(
        "functools_wraps",
        "import helper\nw = helper.wrap_with_functools(helper.func)\n\
         print(w.__name__, w.__doc__, w.__wrapped__ is helper.func, w(1))\n",
    );
    assert_eq!(run.stdout, "func Adds. True 3\n");
    assert!(
        run.writes().iter().all(|e| !e.0.starts_with("helper.")),
        "nothing of helper is rebound: {:?}",
        run.writes()
    );
}

#[test]
fn importing_a_submodule_of_a_frozen_package() {
    let run = default_run(
        "submodule",
        "import pkg\nimport pkg.sub\nprint(pkg.sub.value, pkg.__modified__)\n",
    );
    assert_eq!(run.stdout, "42 True\n");
    assert_eq!(run.writes(), [w("pkg.sub", "add", "module", "allowed")]);
}

#[test]
fn wraps_on_a_wrapper_made_at_run_time() {
    // What functools.wraps does (functools awaits its module): set __name__, __doc__,
    // __wrapped__ and update __dict__ on a function a frozen module's function creates.
    let run = default_run(
        "wraps",
        "import helper\nw = helper.make_wrapper(helper.func)\n\
         print(w.__name__, w.__doc__, w.__wrapped__ is helper.func, w.extra, w(1))\n",
    );
    assert_eq!(run.stdout, "func Adds. True 1 3\n");
    assert_eq!(run.writes(), [], "a run-time definition is not frozen");
}

#[test]
fn wraps_is_denied_when_runtime_definitions_freeze() {
    let run = pyseal_source(
        &["--policy", "strict"],
        "wraps_strict",
        "import helper\ntry:\n    helper.make_wrapper(helper.func)\nexcept ReadOnlyError as e:\n    print(e)\n",
    );
    assert_eq!(
        run.stdout,
        "cannot rebind '__name__' of read-only function 'helper.make_wrapper.<locals>.wrapper'\n"
    );
}

#[test]
fn lazy_initialisation_through_a_mutable_container() {
    let run = default_run(
        "lazy",
        "import helper\nprint(helper.get_cached(3), helper.get_cached(3), helper.cache)\n",
    );
    assert_eq!(run.stdout, "6 6 {3: 6}\n");
    assert_eq!(
        run.writes(),
        [],
        "mutating a bound dict is not a namespace write"
    );
}

#[test]
fn mock_patch_is_scoped_and_audited_but_assignment_stays_denied() {
    let run = default_run(
        "mock_patch",
        "import json, os\n\
         from unittest import mock\n\
         with mock.patch('os.getcwd', return_value='/fake'):\n    print(os.getcwd())\n\
         print(os.getcwd() != '/fake')\n\
         with mock.patch.object(json, 'extra', 1, create=True):\n    print(json.extra)\n\
         print(hasattr(json, 'extra'))\n\
         try:\n    json.dumps = None\nexcept ReadOnlyError as e:\n    print(e)\n",
    );
    assert_eq!(
        run.stdout,
        "/fake\nTrue\n1\nFalse\ncannot rebind 'dumps' of read-only module 'json'\n"
    );
    let patched: Vec<_> = run
        .writes()
        .into_iter()
        .filter(|e| e.0 != "unittest.mock")
        .collect();
    assert_eq!(
        patched,
        [
            w("os.getcwd", "set", "module", "allowed"),
            w("os.getcwd", "set", "module", "allowed"),
            w("json.extra", "add", "module", "allowed"),
            w("json.extra", "delete", "module", "allowed"),
            w("json.dumps", "set", "module", "denied"),
        ]
    );
    // The patcher's writes carry the patch rule and the patcher's location.
    for e in run.events.iter().filter(|e| {
        e.target.as_deref() == Some("os.getcwd") || e.target.as_deref() == Some("json.extra")
    }) {
        let json = serde_json::to_value(e).unwrap();
        assert_eq!(json["rule"]["target"], "**", "{json}");
        assert_eq!(json["rule"]["index"], 9, "{json}");
        let function = json["location"]["function"].as_str().unwrap_or_default();
        assert!(function.starts_with("_patch."), "{json}");
    }
}

#[test]
fn code_a_patch_runs_keeps_its_own_origin() {
    // The metaclass's __setattr__ is Python code the patch write runs: its own write to a
    // frozen module is an ordinary write and is denied.
    let run = pyseal_source(
        &["--policy", "default"],
        "mock_nested",
        "import json\n\
         from unittest import mock\n\
         class Meta(type):\n    def __setattr__(cls, name, value):\n        json.sneaky = 1\n        super().__setattr__(name, value)\n\
         class C(metaclass=Meta):\n    x = 1\n\
         try:\n    with mock.patch.object(C, 'x', 2):\n        pass\nexcept ReadOnlyError as e:\n    print(e)\n\
         print(C.x, hasattr(json, 'sneaky'))\n",
    );
    assert_eq!(
        run.stdout, "cannot add 'sneaky' to read-only module 'json'\n1 False\n",
        "{}",
        run.stderr
    );
}

#[test]
fn strict_denies_patches() {
    let run = pyseal_source(
        &["--policy", "strict"],
        "mock_strict",
        "import os\n\
         from _pyseal_patch import setattr as patch_set\n\
         try:\n    patch_set(os, 'getcwd', None)\nexcept ReadOnlyError as e:\n    print(e)\n",
    );
    assert_eq!(
        run.stdout, "cannot rebind 'getcwd' of read-only module 'os'\n",
        "{}",
        run.stderr
    );
    assert_eq!(run.writes(), [w("os.getcwd", "set", "module", "denied")]);
}

#[test]
fn decorators_write_to_a_run_time_definition_before_it_freezes() {
    // Under strict, run-time definitions freeze once their statement completes: their
    // decorators (functools.wraps, contextlib.contextmanager) still write to them, later
    // code does not.
    let run = pyseal_source(
        &["--policy", "strict"],
        "decorated_strict",
        "import contextlib, functools\n\
         def deco(fn):\n    @functools.wraps(fn)\n    def wrapper(*a):\n        return fn(*a) * 10\n    return wrapper\n\
         def make():\n    @deco\n    def inner(x):\n        'Inner doc.'\n        return x + 1\n    return inner\n\
         g = make()\n\
         print(g(1), g.__name__, g.__doc__)\n\
         @contextlib.contextmanager\ndef ctx():\n    yield 5\n\
         with ctx() as v:\n    print(v)\n\
         def tagged(cls):\n    cls.tag = cls.__name__.lower()\n    return cls\n\
         def point():\n    @tagged\n    class P:\n        x = 3\n    return P\n\
         P = point()\n\
         print(P.tag, P.x)\n\
         try:\n    g.__name__ = 'other'\nexcept ReadOnlyError as e:\n    print(e)\n\
         try:\n    P.extra = 1\nexcept ReadOnlyError as e:\n    print(e)\n",
    );
    assert_eq!(
        run.stdout,
        "20 inner Inner doc.\n5\np 3\n\
         cannot rebind '__name__' of read-only function '__main__.make.<locals>.inner'\n\
         cannot add 'extra' to read-only class '__main__.point.<locals>.P'\n",
        "{}",
        run.stderr
    );
}
