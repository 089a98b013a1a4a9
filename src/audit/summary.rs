//! Reading audit logs back and summarising them (`pyseal audit summary LOG`).

use std::collections::HashMap;

use super::{AuditError, AuditEvent, EventKind};
use crate::policy::describe_io_error;

/// Reads a JSON Lines audit log. Blank lines are skipped; any other line that is not an audit
/// event is an error naming the file and line.
pub fn read_log(path: &str) -> Result<Vec<AuditEvent>, AuditError> {
    let text = std::fs::read_to_string(path).map_err(|err| AuditError::Read {
        path: path.to_string(),
        reason: describe_io_error(&err),
    })?;
    parse_log(&text, path)
}

/// Parses JSON Lines audit text; `path` is only used in errors.
pub fn parse_log(text: &str, path: &str) -> Result<Vec<AuditEvent>, AuditError> {
    let mut events = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let event = serde_json::from_str(line).map_err(|err| AuditError::Malformed {
            path: path.to_string(),
            line: index + 1,
            message: json_error_message(&err),
        })?;
        events.push(event);
    }
    Ok(events)
}

/// serde_json's message without its "at line 1 column N" suffix, with the column kept.
fn json_error_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let message = match text.rfind(" at line ") {
        Some(at) => &text[..at],
        None => &text,
    };
    format!("column {}: {}", err.column(), message.replace('`', "'"))
}

/// One row of the summary: attempts with the same target, op and decision.
struct Row {
    target: String,
    op: &'static str,
    decision: &'static str,
    count: usize,
    first_location: String,
}

/// A table of write attempts: target, op, decision, count and the location of the first one,
/// in order of first appearance. `run.start`/`run.end` are not attempts and are left out.
pub fn summary(events: &[AuditEvent]) -> String {
    let mut rows: Vec<Row> = Vec::new();
    let mut row_of: HashMap<(String, &str, &str), usize> = HashMap::new();
    for event in events {
        if matches!(event.event, EventKind::RunStart | EventKind::RunEnd) {
            continue;
        }
        let target = event
            .target
            .clone()
            .or_else(|| event.address.map(|a| format!("{a:#x}")))
            .or_else(|| event.detail.clone())
            .unwrap_or_else(|| "-".to_string());
        let op = event.op.map_or("-", |op| op.as_str());
        let decision = event.decision.map_or("-", |d| d.as_str());
        let key = (target, op, decision);
        match row_of.get(&key) {
            Some(&row) => rows[row].count += 1,
            None => {
                rows.push(Row {
                    target: key.0.clone(),
                    op,
                    decision,
                    count: 1,
                    first_location: event
                        .location
                        .as_ref()
                        .map_or_else(|| "-".to_string(), |l| l.to_string()),
                });
                row_of.insert(key, rows.len() - 1);
            }
        }
    }

    let header = ["target", "op", "decision", "count", "first location"];
    let cells: Vec<[String; 5]> = rows
        .iter()
        .map(|r| {
            [
                r.target.clone(),
                r.op.to_string(),
                r.decision.to_string(),
                r.count.to_string(),
                r.first_location.clone(),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut push_row = |row: [&str; 5]| {
        let mut line = String::new();
        for (column, (cell, width)) in row.iter().zip(widths).enumerate() {
            if column > 0 {
                line.push_str("  ");
            }
            // The count is a number: right-aligned.
            if column == 3 {
                line.push_str(&format!("{cell:>width$}"));
            } else {
                line.push_str(&format!("{cell:<width$}"));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    };
    push_row(header);
    for row in &cells {
        push_row([&row[0], &row[1], &row[2], &row[3], &row[4]]);
    }
    out
}
