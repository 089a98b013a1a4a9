//! compile (in progress).
