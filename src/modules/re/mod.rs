//! The `_re` native module: the regular-expression engine behind `re` (whose Python layer,
//! `lib/re.py`, builds `Pattern` and `Match` objects from what this returns).
//!
//! Compiled programs live in a per-thread table and are named by an integer handle, so no new
//! `Value` kind is needed and a pattern is compiled once however often it is used. Matches
//! come back as tuples of positions. This module never calls back into Python.

pub mod chars;
pub mod compile;
pub mod exec;
pub mod flags;
pub mod objects;
#[rustfmt::skip]
mod fold_table;
pub mod parse;
pub mod rewrite;
pub mod scanner;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::builtins::args::{check, payload};
use crate::objects::*;
use crate::vm::Vm;
use compile::Program;
use exec::{Matcher, Mode, UNSET};

const FUNCS: &[(&str, NativeFn)] = &[
    ("compile", re_compile),
    ("match", re_match),
    ("scan", re_scan),
    ("register", objects::register),
];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    let m = super::native_module(vm, "_re", FUNCS);
    // The per-match methods, as method descriptors for lib/re.py to put in its classes.
    for &(owner, name, func) in objects::METHODS {
        let method = Value::Builtin(Rc::new(Builtin {
            name,
            func,
            receiver: Value::Undef,
            owner: Some(owner),
        }));
        let k = vm.intern(&format!(
            "{}_{}",
            owner.to_lowercase(),
            name.trim_matches('_')
        ));
        m.dict.set_str_raw(k, method);
    }
    m
}

/// Compiled programs, named by their index; the map finds a program by (bytes?, pattern,
/// flags) so recompiling an equal pattern reuses it.
#[derive(Default)]
struct ProgramTable {
    programs: Vec<Rc<Program>>,
    index: HashMap<(bool, Vec<u32>, u32), usize>,
}

/// The last non-ASCII subject, decoded to code points: loops that match one long string at
/// increasing positions decode it once.
type WideCache = Option<(Rc<PyStr>, Rc<Vec<u32>>)>;

thread_local! {
    static PROGRAMS: RefCell<ProgramTable> = RefCell::new(ProgramTable::default());
    static LAST_WIDE: RefCell<WideCache> = const { RefCell::new(None) };
}

/// A subject string in the form the matcher reads.
enum Subject {
    /// ASCII text: its bytes are its characters.
    Narrow(Rc<PyStr>),
    Wide(Rc<Vec<u32>>),
    Bytes(Rc<PyBytes>),
    Owned(Vec<u8>),
}

fn pattern_units(vm: &mut Vm, v: &Value) -> PyResult<(bool, Vec<u32>)> {
    match payload(v) {
        Value::Str(s) => Ok((false, s.as_str().chars().map(|c| c as u32).collect())),
        Value::Bytes(b) => Ok((true, b.data.iter().map(|&b| b as u32).collect())),
        Value::ByteArray(b) => Ok((true, b.borrow().iter().map(|&b| b as u32).collect())),
        other => {
            let t = vm.type_name(&other);
            Err(vm.type_error(format!("expected string or bytes-like object, got '{t}'")))
        }
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::BigInt(b) => {
            use num_traits::Signed;
            Ok(if b.is_negative() { i64::MIN } else { i64::MAX })
        }
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// `_re.compile(pattern, flags)` -> `(handle, groups, ((name, index), ...), flags, warnings)`,
/// or `(None, message, position or None, kind, warnings)` for a bad pattern (kind 0:
/// `re.error`, 1: `OverflowError`, 2: `RecursionError`); `warnings` are the FutureWarning
/// messages to give first.
fn re_compile(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "compile", &a, 2, 2)?;
    let (is_bytes, units) = pattern_units(vm, &a.pos[0])?;
    let flags = int_arg(vm, &a.pos[1])? as u32;
    let key = (is_bytes, units, flags);
    if let Some(h) = PROGRAMS.with(|t| t.borrow().index.get(&key).copied()) {
        let prog = PROGRAMS.with(|t| t.borrow().programs[h].clone());
        return Ok(describe(h, &prog));
    }
    let parsed = match parse::parse(&key.1, is_bytes, flags) {
        Ok(p) => p,
        Err(e) => {
            return Ok(Value::tuple(vec![
                Value::None,
                Value::string(e.msg),
                e.pos.map_or(Value::None, |p| Value::Int(p as i64)),
                Value::Int(match e.kind {
                    parse::ErrorKind::Syntax => 0,
                    parse::ErrorKind::Overflow => 1,
                    parse::ErrorKind::Recursion => 2,
                }),
                Value::tuple(e.warnings.iter().map(|w| Value::str(w)).collect()),
            ]));
        }
    };
    if parsed.flags & flags::TEMPLATE != 0
        && let Some(op) = first_repeat(&parsed.node)
    {
        let msg = format!("internal: unsupported template operator {op}");
        return Ok(Value::tuple(vec![
            Value::None,
            Value::string(msg),
            Value::None,
            Value::Int(0),
            Value::tuple(parsed.warnings.iter().map(|w| Value::str(w)).collect()),
        ]));
    }
    let ascii_fold = is_bytes || parsed.flags & flags::ASCII != 0;
    let mut prog = compile::compile(&parsed.node, parsed.groups, ascii_fold);
    prog.names = parsed.names;
    prog.flags = parsed.flags;
    prog.warnings = parsed.warnings;
    let prog = Rc::new(prog);
    let h = PROGRAMS.with(|t| {
        let mut t = t.borrow_mut();
        t.programs.push(prog.clone());
        let h = t.programs.len() - 1;
        t.index.insert(key, h);
        h
    });
    Ok(describe(h, &prog))
}

/// The name CPython gives the first repeat (in pattern order) of `node`, which a
/// `re.TEMPLATE` pattern may not have.
fn first_repeat(node: &parse::Node) -> Option<&'static str> {
    use parse::{Node, RepeatKind};
    match node {
        Node::Repeat { kind, .. } => Some(match kind {
            RepeatKind::Greedy => "MAX_REPEAT",
            RepeatKind::Lazy => "MIN_REPEAT",
            RepeatKind::Possessive => "POSSESSIVE_REPEAT",
        }),
        Node::Cat(items) | Node::Alt(items) => items.iter().find_map(first_repeat),
        Node::Group { node, .. } | Node::Atomic(node) | Node::Look { node, .. } => {
            first_repeat(node)
        }
        Node::Cond { yes, no, .. } => first_repeat(yes).or_else(|| first_repeat(no)),
        _ => None,
    }
}

fn describe(handle: usize, prog: &Program) -> Value {
    let names = prog
        .names
        .iter()
        .map(|(n, i)| Value::tuple(vec![Value::str(n), Value::Int(*i as i64)]))
        .collect();
    Value::tuple(vec![
        Value::Int(handle as i64),
        Value::Int(prog.groups as i64),
        Value::tuple(names),
        Value::Int(prog.flags as i64),
        Value::tuple(prog.warnings.iter().map(|w| Value::str(w)).collect()),
    ])
}

fn program(vm: &mut Vm, v: &Value) -> PyResult<Rc<Program>> {
    let h = int_arg(vm, v)?;
    match PROGRAMS.with(|t| {
        usize::try_from(h)
            .ok()
            .and_then(|h| t.borrow().programs.get(h).cloned())
    }) {
        Some(p) => Ok(p),
        None => Err(vm.value_error("invalid pattern handle")),
    }
}

fn subject(vm: &mut Vm, v: &Value) -> PyResult<Subject> {
    Ok(match payload(v) {
        Value::Str(s) if s.is_ascii() => Subject::Narrow(s),
        Value::Str(s) => {
            let cached = LAST_WIDE.with(|c| {
                c.borrow()
                    .as_ref()
                    .filter(|(k, _)| Rc::ptr_eq(k, &s))
                    .map(|(_, w)| w.clone())
            });
            let wide = match cached {
                Some(w) => w,
                None => {
                    let w: Rc<Vec<u32>> = Rc::new(s.as_str().chars().map(|c| c as u32).collect());
                    LAST_WIDE.with(|c| *c.borrow_mut() = Some((s.clone(), w.clone())));
                    w
                }
            };
            Subject::Wide(wide)
        }
        Value::Bytes(b) => Subject::Bytes(b),
        Value::ByteArray(b) => Subject::Owned(b.borrow().clone()),
        other => {
            let t = vm.type_name(&other);
            return Err(vm.type_error(format!("expected string or bytes-like object, got '{t}'")));
        }
    })
}

/// Clamps `pos` and `endpos` into the subject as CPython does.
fn bounds(vm: &mut Vm, len: usize, pos: &Value, end: &Value) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| i.clamp(0, len as i64) as usize;
    let p = int_arg(vm, pos)?;
    let e = int_arg(vm, end)?;
    Ok((clamp(p), clamp(e)))
}

/// A match as `(lastindex, start0, end0, start1, end1, ...)`, -1 for unset groups.
fn spans(m: &Matcher) -> Value {
    spans_value(m.lastindex, &m.slots)
}

fn spans_value(lastindex: usize, slots: &[usize]) -> Value {
    let mut out = Vec::with_capacity(slots.len() + 1);
    out.push(Value::Int(lastindex as i64));
    for &s in slots {
        out.push(Value::Int(if s == UNSET { -1 } else { s as i64 }));
    }
    Value::tuple(out)
}

/// Runs `op` over the subject's characters, whatever their width.
fn with_units<R>(sub: &Subject, op: impl UnitOp<R>) -> R {
    match sub {
        Subject::Narrow(s) => op.run(s.as_str().as_bytes()),
        Subject::Wide(w) => op.run(w.as_slice()),
        Subject::Bytes(b) => op.run(b.data.as_slice()),
        Subject::Owned(v) => op.run(v.as_slice()),
    }
}

trait UnitOp<R> {
    fn run<T: exec::Unit>(self, text: &[T]) -> R;
}

fn subject_len(sub: &Subject) -> usize {
    match sub {
        Subject::Narrow(s) => s.as_str().len(),
        Subject::Wide(w) => w.len(),
        Subject::Bytes(b) => b.data.len(),
        Subject::Owned(v) => v.len(),
    }
}

struct FindOne<'a> {
    prog: &'a Program,
    pos: usize,
    end: usize,
    mode: Mode,
    /// Refuse an empty match at `pos` (a scanner's step after an empty match).
    must_advance: bool,
}

impl UnitOp<Value> for FindOne<'_> {
    fn run<T: exec::Unit>(self, text: &[T]) -> Value {
        let mut m = Matcher::new(self.prog);
        if m.find(text, self.pos, self.end, self.mode, self.must_advance) {
            spans(&m)
        } else {
            Value::None
        }
    }
}

struct FindAll<'a> {
    prog: &'a Program,
    pos: usize,
    end: usize,
    limit: usize,
}

impl UnitOp<Vec<Value>> for FindAll<'_> {
    fn run<T: exec::Unit>(self, text: &[T]) -> Vec<Value> {
        let mut m = Matcher::new(self.prog);
        let mut out = Vec::new();
        let mut pos = self.pos;
        let mut must_advance = false;
        while pos <= self.end && (self.limit == 0 || out.len() < self.limit) {
            if !m.find(text, pos, self.end, Mode::Search, must_advance) {
                break;
            }
            out.push(spans(&m));
            must_advance = m.slots[1] == m.slots[0];
            pos = m.slots[1];
        }
        out
    }
}

/// Every non-overlapping match, its capture slots laid end to end (`stride` to a match).
struct Found {
    stride: usize,
    slots: Vec<usize>,
    lastindex: Vec<usize>,
}

impl Found {
    fn len(&self) -> usize {
        self.lastindex.len()
    }

    /// Match `k`'s slots: group g spans `[2g]..[2g + 1]`.
    fn slots(&self, k: usize) -> &[usize] {
        &self.slots[k * self.stride..(k + 1) * self.stride]
    }
}

/// Like [`FindAll`], into a [`Found`]: what `sub` and `split` put together.
struct FindFlat<'a> {
    prog: &'a Program,
    pos: usize,
    end: usize,
    limit: usize,
}

impl UnitOp<Found> for FindFlat<'_> {
    fn run<T: exec::Unit>(self, text: &[T]) -> Found {
        let mut m = Matcher::new(self.prog);
        let mut found = Found {
            stride: m.slots.len(),
            slots: Vec::new(),
            lastindex: Vec::new(),
        };
        let mut pos = self.pos;
        let mut must_advance = false;
        while pos <= self.end && (self.limit == 0 || found.len() < self.limit) {
            if !m.find(text, pos, self.end, Mode::Search, must_advance) {
                break;
            }
            found.slots.extend_from_slice(&m.slots);
            found.lastindex.push(m.lastindex);
            must_advance = m.slots[1] == m.slots[0];
            pos = m.slots[1];
        }
        found
    }
}

/// `_re.match(handle, string, pos, endpos, mode)`: mode 0 search, 1 match, 2 fullmatch.
fn re_match(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "match", &a, 5, 5)?;
    let prog = program(vm, &a.pos[0])?;
    let sub = subject(vm, &a.pos[1])?;
    let (pos, end) = bounds(vm, subject_len(&sub), &a.pos[2], &a.pos[3])?;
    let mode = match int_arg(vm, &a.pos[4])? {
        0 => Mode::Search,
        1 => Mode::Match,
        _ => Mode::FullMatch,
    };
    Ok(with_units(
        &sub,
        FindOne {
            prog: &prog,
            pos,
            end,
            mode,
            must_advance: false,
        },
    ))
}

/// `_re.scan(handle, string, pos, endpos, limit)`: the successive non-overlapping matches
/// (at most `limit`, 0 for all), as `finditer` sees them.
fn re_scan(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "scan", &a, 5, 5)?;
    let prog = program(vm, &a.pos[0])?;
    let sub = subject(vm, &a.pos[1])?;
    let (pos, end) = bounds(vm, subject_len(&sub), &a.pos[2], &a.pos[3])?;
    let limit = int_arg(vm, &a.pos[4])?.max(0) as usize;
    Ok(Value::list(with_units(
        &sub,
        FindAll {
            prog: &prog,
            pos,
            end,
            limit,
        },
    )))
}
