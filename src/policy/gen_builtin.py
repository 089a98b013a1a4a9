#!/usr/bin/env python3
"""Regenerates builtin_data.rs, the built-in policies as Rust, from policies/*.toml.

    python3 src/policy/gen_builtin.py > src/policy/builtin_data.rs

Parsing TOML took 15% of start-up's instructions; building the same `Policy` from Rust takes
a fraction of that. Keys a file leaves out stay out here too (the struct-update defaults are
the parser's), and a unit test in builtin.rs checks that every generated policy equals what
`Policy::from_toml` makes of its file, so the two cannot drift.
"""
import json
import sys
import tomllib
from pathlib import Path

POLICIES = Path(__file__).resolve().parents[2] / "policies"
NAMES = ["default", "strict", "audit", "untrusted"]


def rust_str(s):
    # A JSON string is a valid Rust string literal for the text policies hold.
    return json.dumps(s, ensure_ascii=False)


def rust_bool(b):
    return "true" if b else "false"


def struct(name, fields, default):
    body = "".join(f" {k}: {v}," for k, v in fields)
    rest = f" ..{default}" if default else ""
    return f"{name} {{{body}{rest} }}"


def ops(rule):
    if "ops" not in rule:
        return "OpSet::ALL"
    return "OpSet::EMPTY" + "".join(f".with(Op::{op.capitalize()})" for op in rule["ops"])


def policy(name):
    doc = tomllib.loads((POLICIES / f"{name}.toml").read_text())
    print(f"pub(super) fn {name}() -> Policy {{")
    print("    Policy {")
    print(f"        name: {rust_str(doc.get('name', name))}.to_string(),")
    print(f"        description: {rust_str(doc.get('description', ''))}.to_string(),")
    mode = doc.get("mode")
    print(f"        mode: {'Mode::' + mode.capitalize() if mode else 'Mode::default()'},")
    freeze = [(k, rust_bool(v)) for k, v in doc.get("freeze", {}).items()]
    print(f"        freeze: {struct('FreezeConfig', freeze, 'FreezeConfig::default()')},")
    print("        allow: vec![")
    for i, rule in enumerate(doc.get("allow", [])):
        on = f"Some(Trigger::{rule['on'].capitalize()})" if "on" in rule else "None"
        print(f"            rule({i}, {rust_str(rule['target'])}, {ops(rule)}, {on},")
        print(f"                 {rust_str(rule['why'])}),")
    print("        ],")
    sandbox = doc.get("sandbox")
    if sandbox is None:
        print("        sandbox: SandboxConfig::default(),")
    else:
        fields = []
        for k, v in sandbox.items():
            if k == "limits":
                limits = [(lk, str(lv)) for lk, lv in v.items()]
                fields.append(("limits", struct("Limits", limits, "Limits::default()")))
            elif isinstance(v, bool):
                fields.append((k, rust_bool(v)))
            else:
                items = ", ".join(f"{rust_str(p)}.to_string()" for p in v)
                fields.append((k, f"vec![{items}]"))
        print(f"        sandbox: {struct('SandboxConfig', fields, 'SandboxConfig::default()')},")
    print("    }")
    print("}")


print("//! The built-in policies as Rust, generated from policies/*.toml by gen_builtin.py;")
print("//! do not edit by hand. builtin.rs tests that each equals the parse of its file.")
print("// Keys a file spells out in full still get `..Default::default()` from the generator.")
print("#![allow(clippy::needless_update)]")
print()
print("use super::builtin::rule;")
print("use crate::policy::{FreezeConfig, Limits, Mode, Op, OpSet, Policy, SandboxConfig, Trigger};")
for n in NAMES:
    print()
    policy(n)
