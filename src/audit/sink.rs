//! Where audit events go. One trait, [`AuditSink`], and three sinks: a JSON Lines file, stderr,
//! and an in-memory collector for the embedding API. Sinks write what they are given; they
//! never number, filter or reorder events (that is [`super::AuditLog`]'s job).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::sync::{Arc, Mutex};

use super::{AuditError, AuditEvent};
use crate::policy::describe_io_error;

/// A destination for audit events.
pub trait AuditSink: Send {
    fn record(&mut self, event: &AuditEvent);
    /// Pushes buffered events out. Sinks also flush when dropped.
    fn flush(&mut self) {}
}

/// Events shared between a [`MemorySink`] and whoever embeds the runtime.
pub type SharedEvents = Arc<Mutex<Vec<AuditEvent>>>;

/// JSON Lines in a file, buffered; flushed on [`AuditSink::flush`] and on drop.
pub struct FileSink {
    path: String,
    out: BufWriter<File>,
    /// The first write error; later events are dropped rather than half-written.
    error: Option<AuditError>,
}

impl FileSink {
    /// Creates (or truncates) the log file.
    pub fn create(path: &str) -> Result<FileSink, AuditError> {
        let file = File::create(path).map_err(|err| AuditError::Write {
            path: path.to_string(),
            reason: describe_io_error(&err),
        })?;
        Ok(FileSink {
            path: path.to_string(),
            out: BufWriter::new(file),
            error: None,
        })
    }

    /// The first write error, if writing failed (the disk filled up, ...).
    pub fn error(&self) -> Option<&AuditError> {
        self.error.as_ref()
    }

    fn fail(&mut self, err: &io::Error) {
        if self.error.is_none() {
            self.error = Some(AuditError::Write {
                path: self.path.clone(),
                reason: describe_io_error(err),
            });
        }
    }
}

impl AuditSink for FileSink {
    fn record(&mut self, event: &AuditEvent) {
        if self.error.is_some() {
            return;
        }
        let written = serde_json::to_writer(&mut self.out, event)
            .map_err(io::Error::from)
            .and_then(|()| self.out.write_all(b"\n"));
        if let Err(err) = written {
            self.fail(&err);
        }
    }

    fn flush(&mut self) {
        if let Err(err) = self.out.flush() {
            self.fail(&err);
        }
    }
}

impl Drop for FileSink {
    fn drop(&mut self) {
        AuditSink::flush(self);
    }
}

/// JSON Lines on stderr (`--audit-log -`), one write per event so lines never interleave with
/// the program's own output mid-line.
#[derive(Debug, Default)]
pub struct StderrSink;

impl AuditSink for StderrSink {
    fn record(&mut self, event: &AuditEvent) {
        let mut line = event.to_json_line();
        line.push('\n');
        // Nowhere to report a failing stderr; the event is lost like any other output.
        let _ = io::stderr().lock().write_all(line.as_bytes());
    }
}

/// Keeps events in memory for the embedding API: clone the [`SharedEvents`] handle before
/// giving the sink to the runtime, then read events from it.
#[derive(Debug, Default, Clone)]
pub struct MemorySink {
    events: SharedEvents,
}

impl MemorySink {
    pub fn new() -> MemorySink {
        MemorySink::default()
    }

    /// The shared list the sink appends to.
    pub fn handle(&self) -> SharedEvents {
        Arc::clone(&self.events)
    }
}

impl AuditSink for MemorySink {
    fn record(&mut self, event: &AuditEvent) {
        // A panic while holding the lock cannot leave a half-pushed event, so poison is moot.
        let mut events = self.events.lock().unwrap_or_else(|p| p.into_inner());
        events.push(event.clone());
    }
}

/// The sink for `--audit-log SPEC`: `-` is stderr, anything else a file path.
pub fn open_sink(spec: &str) -> Result<Box<dyn AuditSink>, AuditError> {
    if spec == "-" {
        Ok(Box::new(StderrSink))
    } else {
        Ok(Box::new(FileSink::create(spec)?))
    }
}
