//! pyseal: a Python 3 runtime for Linux in which code is read-only.
//!
//! Compiled code lives in sealed images (see `bytecode`), namespaces freeze after import and
//! every write to one passes through `readonly`, the single choke point, which asks `policy`
//! and reports to `audit`.

pub mod audit;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod format;
pub mod import;
pub mod modules;
pub mod objects;
pub mod policy;
pub mod readonly;
pub mod runtime;
pub mod text;
pub mod vm;
