//! objects (in progress).
