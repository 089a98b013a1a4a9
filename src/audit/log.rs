//! The audit log: numbers events, stamps them with time, pid and policy, and hands them to the
//! sink. Without a sink it does nothing at all, so an unaudited run pays one branch per write.

use super::clock;
use super::{AuditEvent, AuditSink, EventKind, Layer, Location, NamespaceKind};
use crate::policy::{Decision, Op, RuleRef};

/// Numbers and stamps events for one run and passes them to its sink.
pub struct AuditLog {
    sink: Option<Box<dyn AuditSink>>,
    next_seq: u64,
    pid: u32,
    policy: String,
}

impl AuditLog {
    /// A log for a run under `policy` (its name); `None` records nothing.
    pub fn new(sink: Option<Box<dyn AuditSink>>, policy: &str) -> AuditLog {
        AuditLog {
            sink,
            next_seq: 1,
            pid: std::process::id(),
            policy: policy.to_string(),
        }
    }

    /// A log that records nothing.
    pub fn disabled() -> AuditLog {
        AuditLog::new(None, "")
    }

    pub fn is_enabled(&self) -> bool {
        self.sink.is_some()
    }

    /// The pid stamped on events (a supervisor logs for its child).
    pub fn set_pid(&mut self, pid: u32) {
        self.pid = pid;
    }

    /// Records `event`: assigns the next `seq`, and fills `time`, `pid` and `policy` unless the
    /// event already has them (events forwarded from a sandboxed child keep theirs). Returns
    /// the `seq`, or `None` when the log is disabled.
    pub fn record(&mut self, mut event: AuditEvent) -> Option<u64> {
        let sink = self.sink.as_mut()?;
        event.seq = self.next_seq;
        self.next_seq += 1;
        if event.time.is_empty() {
            event.time = clock::now();
        }
        if event.pid == 0 {
            event.pid = self.pid;
        }
        if event.policy.is_empty() {
            event.policy.clone_from(&self.policy);
        }
        sink.record(&event);
        Some(event.seq)
    }

    /// Records a write to a frozen namespace, as decided by the policy.
    pub fn namespace_write(
        &mut self,
        target: &str,
        op: Op,
        kind: NamespaceKind,
        decision: Decision,
        rule: Option<&RuleRef>,
        location: Option<Location>,
    ) -> Option<u64> {
        if !self.is_enabled() {
            return None;
        }
        self.record(AuditEvent {
            decision: Some(decision),
            target: Some(target.to_string()),
            op: Some(op),
            kind: Some(kind),
            rule: rule.cloned(),
            location,
            ..AuditEvent::new(EventKind::NamespaceWrite, Layer::Interpreter)
        })
    }

    /// Records a raw write to a protected page, caught by the kernel layer.
    pub fn memory_write(
        &mut self,
        address: u64,
        target: Option<&str>,
        kind: Option<NamespaceKind>,
        decision: Decision,
    ) -> Option<u64> {
        if !self.is_enabled() {
            return None;
        }
        self.record(AuditEvent {
            decision: Some(decision),
            target: target.map(str::to_string),
            kind,
            address: Some(address),
            ..AuditEvent::new(EventKind::MemoryWrite, Layer::Kernel)
        })
    }

    /// Records a system call refused by seccomp; `detail` names it (e.g. `socket`).
    pub fn syscall_denied(&mut self, detail: &str) -> Option<u64> {
        self.with_detail(
            EventKind::SyscallDenied,
            Layer::Kernel,
            Some(Decision::Denied),
            detail,
        )
    }

    /// Records a resource limit being reached; `detail` says which (e.g. `wall_seconds=10`).
    pub fn limit_exceeded(&mut self, layer: Layer, detail: &str) -> Option<u64> {
        self.with_detail(
            EventKind::LimitExceeded,
            layer,
            Some(Decision::Denied),
            detail,
        )
    }

    /// Records the start of a run; `detail` says what runs (e.g. `script.py`).
    pub fn run_start(&mut self, detail: &str) -> Option<u64> {
        self.with_detail(EventKind::RunStart, Layer::Interpreter, None, detail)
    }

    /// Records the end of a run; `detail` says how it ended (e.g. `exit 0`).
    pub fn run_end(&mut self, detail: &str) -> Option<u64> {
        self.with_detail(EventKind::RunEnd, Layer::Interpreter, None, detail)
    }

    fn with_detail(
        &mut self,
        event: EventKind,
        layer: Layer,
        decision: Option<Decision>,
        detail: &str,
    ) -> Option<u64> {
        if !self.is_enabled() {
            return None;
        }
        self.record(AuditEvent {
            decision,
            detail: Some(detail.to_string()),
            ..AuditEvent::new(event, layer)
        })
    }

    pub fn flush(&mut self) {
        if let Some(sink) = self.sink.as_mut() {
            sink.flush();
        }
    }
}

impl Drop for AuditLog {
    fn drop(&mut self) {
        self.flush();
    }
}
