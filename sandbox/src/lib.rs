//! pyseal-sandbox: every Linux mechanism pyseal relies on, and nothing about Python.
//!
//! All OS-level `unsafe` of the project lives in this crate; each block carries a
//! `// SAFETY:` comment saying why its invariants hold.
//!
//! - [`alloc`]: the small-object global allocator of the `pyseal` binary, and one malloc
//!   arena for the interpreter thread (start-up cost).
//! - [`memfd`]: sealed code images ([`SealedImage`]): bytes written once to a memfd, sealed,
//!   and mapped read-only, with a read-only anonymous fallback.
//! - [`fiber`]: several call stacks on the interpreter's one OS thread, switched
//!   cooperatively (Python threads).
//! - [`entry`]: the binary's C `main`, without Rust's runtime start-up (start-up cost).
//! - [`signals`]: ending the process by a signal (an uncaught `KeyboardInterrupt`).
//! - [`probe`]: what this kernel and user offer ([`Probe`]), for `pyseal doctor` and for
//!   choosing a mechanism per layer.
//!
//! This crate never interprets the bytes it protects.

pub mod alloc;
pub mod entry;
pub mod fiber;
pub mod memfd;
pub mod probe;
pub mod process;
pub mod signals;

pub use memfd::{SealError, SealMechanism, SealedImage};
pub use probe::{Probe, probe};
