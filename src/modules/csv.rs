//! `_csvcore`: the per-record work of `csv.py`, parsing one record from an iterator of lines
//! and joining one row into a line, following the dialect the Python side has validated.
//!
//! The dialect arrives as a tuple built once per reader or writer (see `csv.py`), so nothing
//! here looks attributes up per field. Errors are `csv.Error` (the class is in the tuple) with
//! CPython's messages; a str subclass counts as a str, as in CPython.

use std::rc::Rc;

use crate::builtins::args::{check, payload};
use crate::objects::*;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[("read_record", read_record), ("join_row", join_row)];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_csvcore", FUNCS)
}

const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;

/// One character of a dialect tuple: `None` (or an empty string) is no character.
fn opt_char(v: &Value) -> Option<char> {
    match payload(v) {
        Value::Str(s) => s.as_str().chars().next(),
        _ => None,
    }
}

fn int_of(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(b.get()),
        _ => 0,
    }
}

fn truth(v: &Value) -> bool {
    match v {
        Value::Bool(b) => b.get(),
        Value::Int(i) => *i != 0,
        Value::None => false,
        _ => true,
    }
}

fn error_class(vm: &mut Vm, v: &Value) -> PyResult<Rc<Class>> {
    match v {
        Value::Class(c) => Ok(c.clone()),
        _ => Err(vm.type_error("_csvcore: the dialect tuple has no error class")),
    }
}

// ---------------------------------------------------------------------------------------
// Reading

/// `(delimiter, quotechar, escapechar, doublequote, skipinitialspace, strict, quoting,
/// Error, float)`, as `csv.reader` builds it.
struct ReadDialect {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    doublequote: bool,
    skipinitialspace: bool,
    strict: bool,
    quoting: i64,
    error: Rc<Class>,
    float: Value,
}

impl ReadDialect {
    fn parse(vm: &mut Vm, t: &Value) -> PyResult<ReadDialect> {
        let items = match t {
            Value::Tuple(t) if t.0.len() == 9 => &t.0,
            _ => return Err(vm.type_error("_csvcore: bad dialect tuple")),
        };
        Ok(ReadDialect {
            delimiter: opt_char(&items[0]).unwrap_or(','),
            quotechar: opt_char(&items[1]),
            escapechar: opt_char(&items[2]),
            doublequote: truth(&items[3]),
            skipinitialspace: truth(&items[4]),
            strict: truth(&items[5]),
            quoting: int_of(&items[6]),
            error: error_class(vm, &items[7])?,
            float: items[8].clone(),
        })
    }

    fn is_quote(&self, c: char) -> bool {
        self.quoting != QUOTE_NONE && Some(c) == self.quotechar
    }
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// A character of input, or the end of a line.
#[derive(Clone, Copy, PartialEq)]
enum Input {
    Char(char),
    Eol,
}

/// The record being parsed.
struct Record<'d> {
    d: &'d ReadDialect,
    state: State,
    fields: Vec<Value>,
    field: String,
    /// Characters in `field` (the limit counts characters).
    field_len: usize,
    numeric: bool,
    limit: i64,
}

impl Record<'_> {
    fn save_field(&mut self, vm: &mut Vm) -> PyResult<()> {
        let text = std::mem::take(&mut self.field);
        self.field_len = 0;
        let v = Value::string(text);
        let v = if self.numeric {
            self.numeric = false;
            vm.call(&self.d.float, &[v], &[])?
        } else {
            v
        };
        self.fields.push(v);
        Ok(())
    }

    fn add_char(&mut self, vm: &mut Vm, c: char) -> PyResult<()> {
        if self.field_len as i64 >= self.limit {
            let msg = format!("field larger than field limit ({})", self.limit);
            return Err(vm.new_error(&self.d.error, msg));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    /// Ends the field at a line end (`Eol`, or a '\n' or '\r' inside the line).
    fn end_line(&mut self, vm: &mut Vm, c: Input) -> PyResult<()> {
        self.save_field(vm)?;
        self.state = if c == Input::Eol {
            State::StartRecord
        } else {
            State::EatCrnl
        };
        Ok(())
    }

    fn process(&mut self, vm: &mut Vm, input: Input) -> PyResult<()> {
        let d = self.d;
        let is_nl = matches!(input, Input::Char('\n' | '\r'));
        let line_end = input == Input::Eol || is_nl;
        let ch = match input {
            Input::Char(c) => Some(c),
            Input::Eol => None,
        };
        let is = |x: Option<char>| x.is_some() && ch == x;
        if self.state == State::StartRecord {
            if input == Input::Eol {
                return Ok(());
            }
            if is_nl {
                self.state = State::EatCrnl;
                return Ok(());
            }
            self.state = State::StartField;
        }
        match self.state {
            State::StartRecord => {}
            State::StartField => {
                if line_end {
                    self.end_line(vm, input)?;
                } else if ch.is_some_and(|c| d.is_quote(c)) {
                    self.state = State::InQuotedField;
                } else if is(d.escapechar) {
                    self.state = State::EscapedChar;
                } else if ch == Some(' ') && d.skipinitialspace {
                } else if ch == Some(d.delimiter) {
                    self.save_field(vm)?;
                } else if let Some(c) = ch {
                    if d.quoting == QUOTE_NONNUMERIC {
                        self.numeric = true;
                    }
                    self.add_char(vm, c)?;
                    self.state = State::InField;
                }
            }
            State::EscapedChar => {
                if is_nl {
                    self.add_char(vm, ch.unwrap_or('\n'))?;
                    self.state = State::AfterEscapedCrnl;
                    return Ok(());
                }
                self.add_char(vm, ch.unwrap_or('\n'))?;
                self.state = State::InField;
            }
            // After an escaped line end, characters go on the field as in InField, but the
            // state stays (as CPython's does) until a delimiter or a line end.
            State::AfterEscapedCrnl | State::InField => {
                if self.state == State::AfterEscapedCrnl && input == Input::Eol {
                    return Ok(());
                }
                if line_end {
                    self.end_line(vm, input)?;
                } else if is(d.escapechar) {
                    self.state = State::EscapedChar;
                } else if ch == Some(d.delimiter) {
                    self.save_field(vm)?;
                    self.state = State::StartField;
                } else if let Some(c) = ch {
                    self.add_char(vm, c)?;
                }
            }
            State::InQuotedField => match ch {
                None => {}
                Some(_) if is(d.escapechar) => self.state = State::EscapeInQuotedField,
                Some(c) if d.is_quote(c) => {
                    self.state = if d.doublequote {
                        State::QuoteInQuotedField
                    } else {
                        State::InField
                    };
                }
                Some(c) => self.add_char(vm, c)?,
            },
            State::EscapeInQuotedField => {
                self.add_char(vm, ch.unwrap_or('\n'))?;
                self.state = State::InQuotedField;
            }
            State::QuoteInQuotedField => {
                if ch.is_some_and(|c| d.is_quote(c)) {
                    self.add_char(vm, ch.unwrap_or('"'))?;
                    self.state = State::InQuotedField;
                } else if ch == Some(d.delimiter) {
                    self.save_field(vm)?;
                    self.state = State::StartField;
                } else if line_end {
                    self.end_line(vm, input)?;
                } else if !d.strict {
                    if let Some(c) = ch {
                        self.add_char(vm, c)?;
                    }
                    self.state = State::InField;
                } else {
                    let msg = format!(
                        "'{}' expected after '{}'",
                        d.delimiter,
                        d.quotechar.unwrap_or('"')
                    );
                    return Err(vm.new_error(&d.error, msg));
                }
            }
            State::EatCrnl => {
                if is_nl {
                } else if input == Input::Eol {
                    self.state = State::StartRecord;
                } else {
                    return Err(vm.new_error(
                        &d.error,
                        "new-line character seen in unquoted field - \
                         do you need to open the file in universal-newline mode?",
                    ));
                }
            }
        }
        Ok(())
    }

    fn feed(&mut self, vm: &mut Vm, line: &str) -> PyResult<()> {
        for c in line.chars() {
            self.process(vm, Input::Char(c))?;
        }
        self.process(vm, Input::Eol)
    }
}

/// The text of a line from the reader's iterator, or CPython's error for anything else.
fn line_text(vm: &mut Vm, line: &Value, error: &Rc<Class>) -> PyResult<Rc<PyStr>> {
    match payload(line) {
        Value::Str(s) => Ok(s),
        other => {
            let t = vm.type_name(&other);
            let t: String = t.chars().take(200).collect();
            let msg = format!(
                "iterator should return strings, not {t} (the file should be opened in text mode)"
            );
            Err(vm.new_error(error, msg))
        }
    }
}

/// `read_record(count, lines, dialect_tuple, field_limit)`: the next record of `lines` as a
/// list of fields, adding the lines it read to `count[0]` (the reader's `line_num`).
/// StopIteration at the end.
fn read_record(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "read_record", &a, 4, 4)?;
    let Value::List(count) = &a.pos[0] else {
        return Err(vm.type_error("_csvcore: the line count must be a list"));
    };
    let lines = &a.pos[1];
    let d = ReadDialect::parse(vm, &a.pos[2])?;
    let limit = match &a.pos[3] {
        Value::Int(i) => *i,
        _ => i64::MAX,
    };
    let mut read = 0i64;
    let result = parse_record(vm, lines, &d, limit, &mut read);
    if read > 0 {
        let mut c = count.0.borrow_mut();
        match c.first_mut() {
            Some(Value::Int(n)) => *n += read,
            _ => *c = vec![Value::Int(read)],
        }
    }
    match result? {
        Some(fields) => Ok(fields),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// Whether `line` holds a character that ends a line or starts quoting or escaping.
fn has_special(line: &str, d: &ReadDialect) -> bool {
    let q = d.quotechar.unwrap_or('\n');
    let e = d.escapechar.unwrap_or('\n');
    if q.is_ascii() && e.is_ascii() {
        // Bytes of multi-byte characters are never ASCII, so a byte scan finds exactly these.
        let (q, e) = (q as u8, e as u8);
        return line
            .bytes()
            .any(|b| b == b'\n' || b == b'\r' || b == q || b == e);
    }
    line.contains(['\r', '\n', q, e])
}

fn parse_record(
    vm: &mut Vm,
    lines: &Value,
    d: &ReadDialect,
    limit: i64,
    read: &mut i64,
) -> PyResult<Option<Value>> {
    let Some(first) = vm.next(lines)? else {
        return Ok(None);
    };
    let text = line_text(vm, &first, &d.error)?;
    *read += 1;
    let body = text.as_str();
    // A line with nothing to unquote or unescape is split in one go.
    if d.quoting != QUOTE_NONNUMERIC && !d.skipinitialspace {
        let body = body.trim_end_matches(['\r', '\n']);
        if !body.is_empty() && !has_special(body, d) {
            let fields: Vec<&str> = body.split(d.delimiter).collect();
            let fits = body.len() as i64 <= limit
                || fields.iter().all(|f| f.chars().count() as i64 <= limit);
            if fits {
                return Ok(Some(Value::list(
                    fields.into_iter().map(Value::str).collect(),
                )));
            }
        }
    }
    let mut rec = Record {
        d,
        state: State::StartRecord,
        fields: Vec::new(),
        field: String::new(),
        field_len: 0,
        numeric: false,
        limit,
    };
    rec.feed(vm, body)?;
    while rec.state != State::StartRecord {
        let Some(line) = vm.next(lines)? else {
            // As CPython: a record ends at the end of data only with a field under way.
            if rec.field_len != 0 || rec.state == State::InQuotedField {
                if d.strict {
                    return Err(vm.new_error(&d.error, "unexpected end of data"));
                }
                rec.save_field(vm)?;
                break;
            }
            return Ok(None);
        };
        let text = line_text(vm, &line, &d.error)?;
        *read += 1;
        rec.feed(vm, text.as_str())?;
    }
    Ok(Some(Value::list(rec.fields)))
}

// ---------------------------------------------------------------------------------------
// Writing

/// `(delimiter, quotechar, escapechar, doublequote, quoting, lineterminator, Error)`, as
/// `csv.writer` builds it.
struct WriteDialect {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    doublequote: bool,
    quoting: i64,
    lineterminator: Rc<PyStr>,
    error: Rc<Class>,
}

impl WriteDialect {
    fn parse(vm: &mut Vm, t: &Value) -> PyResult<WriteDialect> {
        let items = match t {
            Value::Tuple(t) if t.0.len() == 7 => &t.0,
            _ => return Err(vm.type_error("_csvcore: bad dialect tuple")),
        };
        let lineterminator = match payload(&items[5]) {
            Value::Str(s) => s,
            _ => return Err(vm.type_error("_csvcore: bad dialect tuple")),
        };
        Ok(WriteDialect {
            delimiter: opt_char(&items[0]).unwrap_or(','),
            quotechar: opt_char(&items[1]),
            escapechar: opt_char(&items[2]),
            doublequote: truth(&items[3]),
            quoting: int_of(&items[4]),
            lineterminator,
            error: error_class(vm, &items[6])?,
        })
    }

    fn special(&self, c: char) -> bool {
        c == self.delimiter
            || Some(c) == self.escapechar
            || Some(c) == self.quotechar
            || self.lineterminator.as_str().contains(c)
    }

    /// Appends `field` to `out`, quoted when `quoted` or when a character needs it, with
    /// quote characters doubled or escaped as the dialect says.
    fn put_field(
        &self,
        vm: &mut Vm,
        field: &str,
        mut quoted: bool,
        out: &mut String,
    ) -> PyResult<()> {
        if !field.contains(|c| self.special(c)) {
            self.put_plain(field, quoted, out);
            return Ok(());
        }
        let mut text = String::with_capacity(field.len() + 4);
        for c in field.chars() {
            if self.special(c) {
                let mut escape = false;
                if self.quoting == QUOTE_NONE {
                    escape = true;
                } else {
                    if Some(c) == self.quotechar {
                        if self.doublequote {
                            text.push(c);
                        } else {
                            escape = true;
                        }
                    } else if Some(c) == self.escapechar {
                        escape = true;
                    }
                    if !escape {
                        quoted = true;
                    }
                }
                if escape {
                    let Some(e) = self.escapechar else {
                        return Err(
                            vm.new_error(&self.error, "need to escape, but no escapechar set")
                        );
                    };
                    text.push(e);
                }
            }
            text.push(c);
        }
        self.put_plain(&text, quoted, out);
        Ok(())
    }

    fn put_plain(&self, text: &str, quoted: bool, out: &mut String) {
        let q = self.quotechar.filter(|_| quoted);
        if let Some(q) = q {
            out.push(q);
        }
        out.push_str(text);
        if let Some(q) = q {
            out.push(q);
        }
    }
}

/// `join_row(row, dialect_tuple, is_number)`: the line `csv.writer.writerow(row)` writes,
/// line terminator included. `is_number(field)` decides QUOTE_NONNUMERIC for objects that are
/// not plain numbers or strings.
fn join_row(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "join_row", &a, 3, 3)?;
    let d = WriteDialect::parse(vm, &a.pos[1])?;
    let row = &a.pos[0];
    let items = match vm.get_iter(row) {
        Ok(it) => it,
        Err(_) => {
            let t = vm.type_name(row);
            let t: String = t.chars().take(200).collect();
            return Err(vm.new_error(&d.error, format!("iterable expected, not {t}")));
        }
    };
    let mut out = String::new();
    let mut count = 0usize;
    let mut only_empty = false;
    while let Some(field) = vm.next(&items)? {
        if count > 0 {
            out.push(d.delimiter);
        }
        count += 1;
        let quoted = match d.quoting {
            QUOTE_NONNUMERIC => !match &field {
                Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_) => true,
                Value::Str(_) | Value::None => false,
                other => {
                    let r = vm.call(&a.pos[2], std::slice::from_ref(other), &[])?;
                    vm.truthy(&r)?
                }
            },
            QUOTE_ALL => true,
            _ => false,
        };
        let start = out.len();
        match &field {
            Value::None => d.put_plain("", quoted, &mut out),
            Value::Str(s) => d.put_field(vm, s.as_str(), quoted, &mut out)?,
            Value::Int(i) => {
                let text = i.to_string();
                d.put_field(vm, &text, quoted, &mut out)?
            }
            other => {
                // A str subclass is written as its text, anything else as str() of it.
                let text = match payload(other) {
                    Value::Str(s) => s.as_str().to_string(),
                    _ => vm.to_str(other)?,
                };
                d.put_field(vm, &text, quoted, &mut out)?
            }
        }
        only_empty = out.len() == start;
    }
    if count == 1 && only_empty {
        if d.quoting == QUOTE_NONE {
            return Err(vm.new_error(&d.error, "single empty field record must be quoted"));
        }
        let q = d.quotechar.unwrap_or('"');
        out.push(q);
        out.push(q);
    }
    out.push_str(d.lineterminator.as_str());
    Ok(Value::string(out))
}
