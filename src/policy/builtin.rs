//! The built-in policies. Their sources are `policies/*.toml`; the binary builds them from
//! `builtin_data.rs`, generated from those files (`gen_builtin.py`), so that start-up parses
//! no TOML. A test below checks that each generated policy equals the parse of its file.

use super::builtin_data;
use super::{AllowRule, OpSet, Pattern, Policy, Trigger};

/// Names of the built-in policies, in the order `pyseal` lists them.
pub const BUILTIN_NAMES: [&str; 4] = ["default", "strict", "audit", "untrusted"];

pub(super) fn get(name: &str) -> Option<Policy> {
    match name {
        "default" => Some(builtin_data::default()),
        "strict" => Some(builtin_data::strict()),
        "audit" => Some(builtin_data::audit()),
        "untrusted" => Some(builtin_data::untrusted()),
        _ => None,
    }
}

/// The TOML a built-in policy was generated from.
#[cfg(test)]
fn source(name: &str) -> Option<&'static str> {
    match name {
        "default" => Some(include_str!("../../policies/default.toml")),
        "strict" => Some(include_str!("../../policies/strict.toml")),
        "audit" => Some(include_str!("../../policies/audit.toml")),
        "untrusted" => Some(include_str!("../../policies/untrusted.toml")),
        _ => None,
    }
}

/// One allow rule of a generated policy.
pub(super) fn rule(
    index: usize,
    target: &str,
    ops: OpSet,
    on: Option<Trigger>,
    why: &str,
) -> AllowRule {
    AllowRule {
        // The test below parses every built-in rule, so this cannot fail in a built binary.
        target: Pattern::parse(target).expect("built-in patterns are valid"),
        ops,
        on,
        why: why.to_string(),
        index,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_policies_equal_their_toml() {
        for name in BUILTIN_NAMES {
            let parsed = Policy::from_toml(source(name).unwrap(), &format!("policies/{name}.toml"))
                .unwrap_or_else(|e| panic!("policies/{name}.toml: {e}"));
            let built = get(name).unwrap();
            assert_eq!(built, parsed, "rerun src/policy/gen_builtin.py for {name}");
        }
        assert!(get("nosuch").is_none());
    }
}
