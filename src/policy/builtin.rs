//! The built-in policies, embedded from `policies/*.toml` so the binary needs no files.

use super::Policy;

/// Names of the built-in policies, in the order `pyseal` lists them.
pub const BUILTIN_NAMES: [&str; 4] = ["default", "strict", "audit", "untrusted"];

fn source(name: &str) -> Option<&'static str> {
    match name {
        "default" => Some(include_str!("../../policies/default.toml")),
        "strict" => Some(include_str!("../../policies/strict.toml")),
        "audit" => Some(include_str!("../../policies/audit.toml")),
        "untrusted" => Some(include_str!("../../policies/untrusted.toml")),
        _ => None,
    }
}

pub(super) fn get(name: &str) -> Option<Policy> {
    let src = source(name)?;
    let origin = format!("policies/{name}.toml");
    // Every built-in is parsed by the test suite, so this cannot fail in a built binary.
    Some(Policy::from_toml(src, &origin).expect("built-in policies are valid"))
}
