//! Audit events: what they are, where they go, and what is done with a log afterwards.
//!
//! Owns the event format (JSON Lines with stable field names, documented in
//! `policies/README.md`), the one sink trait and its sinks, the log that numbers events, the
//! summary table and policy learning. Never decides anything: decisions come from `policy`.

mod clock;
mod error;
mod event;
mod learn;
mod log;
mod sink;
mod summary;

pub use clock::{civil_from_days, rfc3339_micros};
pub use error::AuditError;
pub use event::{AuditEvent, EventKind, Layer, Location, NamespaceKind};
pub use learn::{learn_policy, learn_policy_toml};
pub use log::AuditLog;
pub use sink::{AuditSink, FileSink, MemorySink, SharedEvents, StderrSink, open_sink};
pub use summary::{parse_log, read_log, summary};

/// `pyseal audit summary LOG`: the summary table of a log file.
pub fn cli_summary(path: &str) -> Result<String, AuditError> {
    Ok(summary(&read_log(path)?))
}

/// `pyseal audit policy LOG`: a policy, as TOML, that allows what the log saw.
pub fn cli_policy(path: &str) -> Result<String, AuditError> {
    let events = read_log(path)?;
    Ok(learn_policy_toml(&events, "learned"))
}
