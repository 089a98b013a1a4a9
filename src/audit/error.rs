//! Errors from reading and writing audit logs, each one line naming the file (and the line for
//! malformed entries).

/// An audit log could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuditError {
    #[error("cannot read audit log '{path}': {reason}")]
    Read { path: String, reason: String },
    /// A line is not a valid audit event. `line` is 1-based.
    #[error("cannot read audit log '{path}': line {line}: {message}")]
    Malformed {
        path: String,
        line: usize,
        message: String,
    },
    #[error("cannot write audit log '{path}': {reason}")]
    Write { path: String, reason: String },
}
