//! vm (in progress).
