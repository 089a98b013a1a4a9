//! The audit event: one JSON object per line, with stable field names (see
//! `policies/README.md` for each field and each event kind).

use serde::{Deserialize, Serialize};

use crate::policy::{Decision, Op, RuleRef};

/// One audit record. Fields are always present (null when they do not apply) except `address`
/// and `detail`, which are left out when absent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    /// Position in the log, from 1.
    pub seq: u64,
    /// RFC 3339, UTC, microseconds: `2026-11-21T10:32:00.123456Z`.
    pub time: String,
    /// The process that made the attempt (the script's, even when a supervisor writes the log).
    pub pid: u32,
    pub event: EventKind,
    /// Null for `run.start` and `run.end`.
    pub decision: Option<Decision>,
    pub layer: Layer,
    /// Dotted path of the binding (`json.dumps`, `helper.Klass.attr`); null when unknown.
    pub target: Option<String>,
    pub op: Option<Op>,
    pub kind: Option<NamespaceKind>,
    /// The allow rule that matched.
    pub rule: Option<RuleRef>,
    /// Name of the policy in force.
    pub policy: String,
    /// Where the Python code made the attempt.
    pub location: Option<Location>,
    /// Kernel-layer events: the faulting address, written as a `0x...` string.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "hex_address")]
    pub address: Option<u64>,
    /// Free text for `run.start`, `run.end`, `limit.exceeded` and `syscall.denied`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventKind {
    /// A write to a frozen namespace reached the interpreter's choke point.
    #[serde(rename = "namespace.write")]
    NamespaceWrite,
    /// A raw write hit a write-protected page of the arena (kernel layer).
    #[serde(rename = "memory.write")]
    MemoryWrite,
    /// seccomp refused a system call.
    #[serde(rename = "syscall.denied")]
    SyscallDenied,
    /// A resource limit was reached.
    #[serde(rename = "limit.exceeded")]
    LimitExceeded,
    #[serde(rename = "run.start")]
    RunStart,
    #[serde(rename = "run.end")]
    RunEnd,
}

/// Which layer saw the attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    /// The interpreter's write choke point (and its limit checks).
    Interpreter,
    /// Write protection, seccomp or rlimits, seen by the supervisor or a fault handler.
    Kernel,
}

/// What kind of namespace the target belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NamespaceKind {
    Module,
    Class,
    Function,
}

/// Where in the Python program an attempt was made.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Location {
    pub file: String,
    pub line: u32,
    pub function: String,
}

impl AuditEvent {
    /// An event of `event` kind with every optional field empty. [`super::AuditLog::record`]
    /// fills `seq`, `time`, `pid` and `policy`.
    pub fn new(event: EventKind, layer: Layer) -> AuditEvent {
        AuditEvent {
            seq: 0,
            time: String::new(),
            pid: 0,
            event,
            decision: None,
            layer,
            target: None,
            op: None,
            kind: None,
            rule: None,
            policy: String::new(),
            location: None,
            address: None,
            detail: None,
        }
    }

    /// The event as one line of JSON, without the newline.
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).expect("an audit event always serializes")
    }
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::NamespaceWrite => "namespace.write",
            EventKind::MemoryWrite => "memory.write",
            EventKind::SyscallDenied => "syscall.denied",
            EventKind::LimitExceeded => "limit.exceeded",
            EventKind::RunStart => "run.start",
            EventKind::RunEnd => "run.end",
        }
    }
}

impl Layer {
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Interpreter => "interpreter",
            Layer::Kernel => "kernel",
        }
    }
}

impl NamespaceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NamespaceKind::Module => "module",
            NamespaceKind::Class => "class",
            NamespaceKind::Function => "function",
        }
    }
}

impl Location {
    pub fn new(file: impl Into<String>, line: u32, function: impl Into<String>) -> Location {
        Location {
            file: file.into(),
            line,
            function: function.into(),
        }
    }
}

impl std::fmt::Display for Location {
    /// `file:line`, as the summary table shows it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// Addresses as `"0x7f3a..."` strings: readable, and exact for JSON readers whose numbers are
/// doubles.
mod hex_address {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(address: &Option<u64>, s: S) -> Result<S::Ok, S::Error> {
        match address {
            Some(a) => s.serialize_str(&format!("{a:#x}")),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        let digits = text
            .strip_prefix("0x")
            .ok_or_else(|| D::Error::custom(format!("address '{text}' must start with 0x")))?;
        u64::from_str_radix(digits, 16)
            .map(Some)
            .map_err(|_| D::Error::custom(format!("invalid address '{text}'")))
    }
}
