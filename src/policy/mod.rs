//! Policies: the model, TOML loading and writing, the built-in policies, and the decision on
//! a write to a frozen namespace.
//!
//! A pure library: it knows nothing of the VM, namespaces or objects. The write choke point in
//! `readonly` describes a write as a [`WriteRequest`] and gets back a [`PolicyDecision`]; it
//! never matches patterns itself. The schema users write is documented in `policies/README.md`.

mod builtin;
#[rustfmt::skip]
mod builtin_data;
mod error;
mod pattern;
mod sandbox;
mod schema;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use builtin::BUILTIN_NAMES;
pub use error::PolicyError;
pub(crate) use error::describe_io_error;
pub use pattern::{Pattern, PatternError};
pub use sandbox::{Limits, SCRIPT_DIR, SandboxConfig};

/// A policy: what freezes, which writes to frozen namespaces are allowed, and how an untrusted
/// run is confined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub name: String,
    pub description: String,
    pub mode: Mode,
    pub freeze: FreezeConfig,
    /// Allow rules, in file order; the first that matches decides.
    pub allow: Vec<AllowRule>,
    pub sandbox: SandboxConfig,
}

/// How a policy treats writes that no rule allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// Denied: `ReadOnlyError`, nothing changes.
    #[default]
    Enforce,
    /// Done anyway and audited as `audited` ("would have been denied").
    Audit,
    /// Nothing freezes at all; the baseline for measuring overhead.
    Off,
}

/// Which namespaces freeze, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FreezeConfig {
    /// Module globals freeze when the module finishes importing.
    pub modules: bool,
    /// Classes created by a module's top-level code freeze with it.
    pub classes: bool,
    /// Functions created by a module's top-level code freeze with it.
    pub functions: bool,
    /// Functions and classes defined by `__main__`'s top-level code freeze once their statement
    /// completes.
    pub main: bool,
    /// Functions and classes created after their module froze freeze once their statement
    /// completes.
    pub runtime_definitions: bool,
}

impl Default for FreezeConfig {
    fn default() -> Self {
        FreezeConfig {
            modules: true,
            classes: true,
            functions: true,
            main: false,
            runtime_definitions: false,
        }
    }
}

/// One `[[allow]]` rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllowRule {
    pub target: Pattern,
    pub ops: OpSet,
    /// When set, the rule only matches writes made by that trigger.
    pub on: Option<Trigger>,
    /// Why the exception exists. Never empty.
    pub why: String,
    /// Position in the policy's `allow` list, from 0.
    pub index: usize,
}

/// What a write does to a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// Rebind an existing name.
    Set,
    /// Bind a name that did not exist.
    Add,
    /// Unbind a name.
    Delete,
}

/// A set of [`Op`]s.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct OpSet(u8);

/// A condition on the origin of a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Trigger {
    /// The import system binding a submodule on its parent package.
    Import,
    /// A module's own code rebinding one of its globals (`global x; x = ...`, `del x`).
    Global,
    /// `unittest.mock`'s patchers replacing an attribute and putting it back: scoped to a
    /// `with` block, a decorated test or a `start()`/`stop()` pair.
    Patch,
}

/// A write to a frozen namespace, as the policy sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteRequest<'a> {
    /// Dotted path of the binding, e.g. `json.dumps` or `helper.Klass.attr`.
    pub target: &'a str,
    pub op: Op,
    /// The origin of the write that rules with `on` select (the import system, a module's
    /// own `global` statement, a mock patcher); None for any other code.
    pub origin: Option<Trigger>,
}

/// The outcome for a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// A rule allows it (or the policy is off): write to the overlay.
    Allowed,
    /// No rule allows it: raise `ReadOnlyError`, change nothing.
    Denied,
    /// No rule allows it but the policy is in audit mode: write, and say it would be denied.
    Audited,
}

/// Which allow rule matched: its target pattern and index.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RuleRef {
    pub target: String,
    pub index: usize,
}

/// The decision and the rule behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyDecision {
    pub decision: Decision,
    pub rule: Option<RuleRef>,
}

impl Policy {
    /// Decides a write to a frozen namespace.
    ///
    /// - enforce: the first matching rule allows, else denied;
    /// - audit: the first matching rule allows, else audited;
    /// - off: allowed (nothing is frozen in off mode anyway).
    pub fn decide(&self, req: &WriteRequest<'_>) -> PolicyDecision {
        if self.mode == Mode::Off {
            return PolicyDecision {
                decision: Decision::Allowed,
                rule: None,
            };
        }
        if let Some(rule) = self.allow.iter().find(|rule| rule.matches(req)) {
            return PolicyDecision {
                decision: Decision::Allowed,
                rule: Some(rule.to_ref()),
            };
        }
        let decision = match self.mode {
            Mode::Audit => Decision::Audited,
            _ => Decision::Denied,
        };
        PolicyDecision {
            decision,
            rule: None,
        }
    }

    /// This policy with another mode (`--mode` on the command line).
    pub fn with_mode(mut self, mode: Mode) -> Policy {
        self.mode = mode;
        self
    }

    /// Parses a policy from TOML. Strict: unknown keys, wrong types, bad patterns, unknown
    /// modes, ops or triggers, and allow rules without a `why` are errors naming `origin` (the
    /// file name shown to users) and the line.
    pub fn from_toml(src: &str, origin: &str) -> Result<Policy, PolicyError> {
        schema::parse(src, origin)
    }

    /// Writes the policy as TOML that [`Policy::from_toml`] reads back to an equal policy.
    pub fn to_toml(&self) -> String {
        schema::write(self)
    }

    /// A built-in policy by name: `default`, `strict`, `audit` or `untrusted`.
    pub fn builtin(name: &str) -> Option<Policy> {
        builtin::get(name)
    }

    /// A built-in policy by name, else the policy file at that path.
    pub fn load(name_or_path: &str) -> Result<Policy, PolicyError> {
        if let Some(policy) = Policy::builtin(name_or_path) {
            return Ok(policy);
        }
        match std::fs::read_to_string(name_or_path) {
            Ok(src) => Policy::from_toml(&src, name_or_path),
            Err(err)
                if err.kind() == std::io::ErrorKind::NotFound
                    && !name_or_path.contains('/')
                    && !name_or_path.ends_with(".toml") =>
            {
                Err(PolicyError::NotFound {
                    origin: name_or_path.to_string(),
                })
            }
            Err(err) => Err(PolicyError::Io {
                origin: name_or_path.to_string(),
                reason: describe_io_error(&err),
            }),
        }
    }
}

impl AllowRule {
    /// Does this rule allow the write?
    pub fn matches(&self, req: &WriteRequest<'_>) -> bool {
        let trigger_ok = self.on.is_none() || self.on == req.origin;
        trigger_ok && self.ops.contains(req.op) && self.target.matches(req.target)
    }

    /// The reference recorded in audit events.
    pub fn to_ref(&self) -> RuleRef {
        RuleRef {
            target: self.target.as_str().to_string(),
            index: self.index,
        }
    }
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Enforce => "enforce",
            Mode::Audit => "audit",
            Mode::Off => "off",
        }
    }
}

impl FromStr for Mode {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "enforce" => Ok(Mode::Enforce),
            "audit" => Ok(Mode::Audit),
            "off" => Ok(Mode::Off),
            _ => Err(format!(
                "unknown mode '{s}' (expected enforce, audit or off)"
            )),
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Op {
    /// Every op, in the order they are written.
    pub const ALL: [Op; 3] = [Op::Set, Op::Add, Op::Delete];

    pub fn as_str(self) -> &'static str {
        match self {
            Op::Set => "set",
            Op::Add => "add",
            Op::Delete => "delete",
        }
    }

    fn bit(self) -> u8 {
        match self {
            Op::Set => 1,
            Op::Add => 2,
            Op::Delete => 4,
        }
    }
}

impl FromStr for Op {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "set" => Ok(Op::Set),
            "add" => Ok(Op::Add),
            "delete" => Ok(Op::Delete),
            _ => Err(format!("unknown op '{s}' (expected set, add or delete)")),
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl OpSet {
    pub const EMPTY: OpSet = OpSet(0);
    pub const ALL: OpSet = OpSet(7);

    pub fn contains(self, op: Op) -> bool {
        self.0 & op.bit() != 0
    }

    pub fn with(self, op: Op) -> OpSet {
        OpSet(self.0 | op.bit())
    }

    pub fn union(self, other: OpSet) -> OpSet {
        OpSet(self.0 | other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn is_all(self) -> bool {
        self == OpSet::ALL
    }

    /// The ops in the set, in [`Op::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Op> {
        Op::ALL.into_iter().filter(move |&op| self.contains(op))
    }
}

impl FromIterator<Op> for OpSet {
    fn from_iter<I: IntoIterator<Item = Op>>(iter: I) -> Self {
        iter.into_iter().fold(OpSet::EMPTY, OpSet::with)
    }
}

impl From<Op> for OpSet {
    fn from(op: Op) -> Self {
        OpSet::EMPTY.with(op)
    }
}

impl fmt::Debug for OpSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Trigger {
    pub fn as_str(self) -> &'static str {
        match self {
            Trigger::Import => "import",
            Trigger::Global => "global",
            Trigger::Patch => "patch",
        }
    }
}

impl FromStr for Trigger {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "import" => Ok(Trigger::Import),
            "global" => Ok(Trigger::Global),
            "patch" => Ok(Trigger::Patch),
            _ => Err(format!(
                "unknown trigger '{s}' (expected import, global or patch)"
            )),
        }
    }
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Allowed => "allowed",
            Decision::Denied => "denied",
            Decision::Audited => "audited",
        }
    }
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
