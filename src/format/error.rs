//! The error type of every formatting and text routine: a Python exception kind plus
//! CPython's exact message. It never holds Python objects; the VM turns it into an exception.

use std::fmt;

/// Which Python exception a [`FmtError`] becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    ValueError,
    TypeError,
    OverflowError,
    KeyError,
    IndexError,
    ZeroDivisionError,
    MemoryError,
}

/// A failed formatting or parsing operation, with CPython's wording in `msg`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FmtError {
    pub kind: ErrKind,
    pub msg: String,
}

impl FmtError {
    pub fn new(kind: ErrKind, msg: impl Into<String>) -> Self {
        FmtError {
            kind,
            msg: msg.into(),
        }
    }

    pub fn value(msg: impl Into<String>) -> Self {
        Self::new(ErrKind::ValueError, msg)
    }

    pub fn type_error(msg: impl Into<String>) -> Self {
        Self::new(ErrKind::TypeError, msg)
    }

    pub fn overflow(msg: impl Into<String>) -> Self {
        Self::new(ErrKind::OverflowError, msg)
    }

    /// A result too large to allocate, where CPython raises MemoryError (with no message).
    pub fn memory() -> Self {
        Self::new(ErrKind::MemoryError, "")
    }

    pub fn zero_division(msg: impl Into<String>) -> Self {
        Self::new(ErrKind::ZeroDivisionError, msg)
    }
}

impl fmt::Display for FmtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for FmtError {}
