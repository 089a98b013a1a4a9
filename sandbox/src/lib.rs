//! pyseal-sandbox: every Linux mechanism pyseal relies on, and nothing about Python.
//!
//! All OS-level `unsafe` of the project lives in this crate; each block carries a
//! `// SAFETY:` comment saying why its invariants hold.
