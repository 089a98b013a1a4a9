//! readonly (in progress).
