//! bytecode (in progress).
