//! builtins (in progress).
