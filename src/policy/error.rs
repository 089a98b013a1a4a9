//! Errors from loading a policy. Each variant displays as one line that names the policy file,
//! and the line and key where there is one, ready for `pyseal: ...` on stderr.

use std::io;

/// A policy could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// The file could not be read.
    #[error("cannot read policy '{origin}': {reason}")]
    Io { origin: String, reason: String },
    /// Neither a built-in policy name nor an existing file.
    #[error(
        "cannot read policy '{origin}': no such file or built-in policy \
         (built-in policies: default, strict, audit, untrusted)"
    )]
    NotFound { origin: String },
    /// The file is not a valid policy. `line` is 1-based.
    #[error("cannot read policy '{origin}': {}", at_line(*.line, .message))]
    Invalid {
        origin: String,
        line: Option<usize>,
        message: String,
    },
}

fn at_line(line: Option<usize>, message: &str) -> String {
    match line {
        Some(line) => format!("line {line}: {message}"),
        None => message.to_string(),
    }
}

/// An I/O error as a short lower-case phrase, without the "(os error N)" suffix.
pub(crate) fn describe_io_error(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let text = err.to_string();
            let text = match text.find(" (os error") {
                Some(at) => &text[..at],
                None => &text,
            };
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => String::new(),
            }
        }
    }
}
