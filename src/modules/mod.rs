//! modules (in progress).
