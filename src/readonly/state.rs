//! The read-only state of one interpreter: the policy in force, the audit log, and what
//! `__main__` is (for `freeze.main`). Lives in `Vm::readonly`; only `readonly` reads it on
//! the write path.

use std::rc::Rc;

use crate::audit::AuditLog;
use crate::objects::DictObj;
use crate::policy::{Mode, Policy};

pub struct ReadOnlyState {
    /// The policy deciding writes to frozen namespaces; None when nothing freezes (mode off,
    /// or an interpreter made without a policy).
    pub policy: Option<Rc<Policy>>,
    /// The name of the policy, for audit events even in mode off.
    pub audit: AuditLog,
    /// `__main__`'s globals and the frame depth its top-level code runs at.
    pub main: Option<(Rc<DictObj>, usize)>,
    /// True when `freeze.runtime_definitions` is on: writes to building functions and
    /// classes check whether they should have frozen.
    pub lazy_freezing: bool,
    /// True when `freeze.main` is on: bindings in `__main__` may freeze what they bind.
    pub freeze_main: bool,
    /// Distinct for every state made: decisions frozen namespaces cache are valid only for
    /// the policy of the generation they were made under.
    pub generation: u64,
    /// The interpreter depth at which a `_pyseal_patch` call is making its write, while it
    /// makes it: writes at that depth are the patcher's own (cause `patch`); Python code the
    /// write runs (a descriptor's `__set__`) is deeper and keeps its own cause.
    pub patch_depth: Option<usize>,
    /// Decorated functions and classes whose statement is still running its decorators, with
    /// the interpreter depth of the defining frame (kept only while run-time definitions
    /// freeze: they freeze once their statement completes, after the decorators).
    pub defining: Vec<(usize, crate::objects::Value)>,
}

/// The source of [`ReadOnlyState::generation`].
fn next_generation() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl ReadOnlyState {
    /// Nothing freezes, nothing is audited.
    pub fn off() -> ReadOnlyState {
        ReadOnlyState {
            policy: None,
            audit: AuditLog::disabled(),
            main: None,
            lazy_freezing: false,
            freeze_main: false,
            generation: next_generation(),
            patch_depth: None,
            defining: Vec::new(),
        }
    }

    /// The state for `policy` (its mode included), auditing to `audit`.
    pub fn new(policy: Policy, audit: AuditLog) -> ReadOnlyState {
        let lazy_freezing = policy.freeze.runtime_definitions && policy.mode != Mode::Off;
        let freeze_main = policy.freeze.main && policy.mode != Mode::Off;
        ReadOnlyState {
            freeze_main,
            policy: (policy.mode != Mode::Off).then(|| Rc::new(policy)),
            audit,
            main: None,
            lazy_freezing,
            generation: next_generation(),
            patch_depth: None,
            defining: Vec::new(),
        }
    }
}
