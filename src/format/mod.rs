//! format (in progress).
