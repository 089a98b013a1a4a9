//! audit (in progress).
