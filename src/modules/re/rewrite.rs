//! `Pattern.sub`, `subn` and `split`: the matches are found in one native pass, then the result
//! is put together from slices of the subject and the replacements (a literal, a parsed
//! template's pieces, or what a function of each `Match` returns).
//!
//! Template parsing stays in `lib/re.py` (`Pattern._template`, which caches per pattern); a
//! template already in the pattern's cache is read here without running Python code.

use super::objects::{
    P_HANDLE, P_TEMPLATES, Registered, descriptor_error, method_args, new_match, pattern_is_str,
    registered, slice_value, subject_text, text_len, this,
};
use super::{FindFlat, Found, int_arg, program, spans_value, subject, with_units};
use crate::builtins::args::payload;
use crate::builtins::functions::is_callable;
use crate::objects::*;
use crate::vm::Vm;

/// What replaces each match.
enum Repl {
    /// A template without backslashes: the text itself.
    Literal(Value),
    /// A parsed template: literal text and group numbers.
    Template(Vec<Piece>),
    /// A function of the `Match`.
    Func(Value),
}

enum Piece {
    Text(Value),
    Group(usize),
}

/// The result being put together: text for a str pattern, bytes for a bytes one.
enum Out {
    Str(String),
    Bytes(Vec<u8>),
}

impl Out {
    fn new(is_str: bool, capacity: usize) -> Out {
        if is_str {
            Out::Str(String::with_capacity(capacity))
        } else {
            Out::Bytes(Vec::with_capacity(capacity))
        }
    }

    /// Appends characters `s..e` of `text` (of this result's kind).
    fn push_slice(&mut self, text: &Value, s: usize, e: usize) {
        match (self, text) {
            (Out::Str(o), Value::Str(t)) => {
                if t.is_ascii() {
                    o.push_str(t.as_str().get(s..e).unwrap_or(""));
                } else {
                    o.push_str(t.substring(s, e));
                }
            }
            (Out::Bytes(o), Value::Bytes(b)) => {
                o.extend_from_slice(b.data.get(s..e).unwrap_or(&[]))
            }
            _ => {}
        }
    }

    /// Appends a replacement; false when it is not of this result's kind (the str or
    /// bytes-like object a join would take).
    fn push_value(&mut self, vm: &Vm, v: &Value) -> bool {
        match (self, payload(v)) {
            (Out::Str(o), Value::Str(t)) => o.push_str(t.as_str()),
            (Out::Bytes(o), Value::Bytes(b)) => o.extend_from_slice(&b.data),
            (Out::Bytes(o), other) => match vm.bytes_like(&other).or_else(|| vm.bytes_like(v)) {
                Some(data) => o.extend_from_slice(&data),
                None => return false,
            },
            _ => return false,
        }
        true
    }

    fn finish(self) -> Value {
        match self {
            Out::Str(s) => Value::string(s),
            Out::Bytes(b) => Value::bytes(b),
        }
    }
}

/// `Pattern.sub(repl, string, count=0)`.
pub(super) fn pattern_sub(vm: &mut Vm, a: Args) -> PyResult {
    Ok(substitute(vm, a, "sub")?.0)
}

/// `Pattern.subn(repl, string, count=0)`: `(new string, number of replacements)`.
pub(super) fn pattern_subn(vm: &mut Vm, a: Args) -> PyResult {
    let (s, n) = substitute(vm, a, "subn")?;
    Ok(Value::tuple(vec![s, Value::Int(n as i64)]))
}

fn substitute(vm: &mut Vm, a: Args, name: &str) -> PyResult<(Value, usize)> {
    let reg = registered(vm)?;
    let Some(p) = this(&a, &reg.pattern_class) else {
        return Err(descriptor_error(vm, name, "re.Pattern", a.pos.first()));
    };
    let [repl, string, count] = method_args(vm, &a, name, ["repl", "string", "count"], 2)?;
    let (repl, string) = (repl.unwrap_or(Value::None), string.unwrap_or(Value::None));
    let is_str = pattern_is_str(p);
    // As in CPython, the template is parsed (and its errors raised) before the subject is
    // looked at.
    let repl = replacement(vm, &reg, &a.pos[0], p, repl)?;
    let text = subject_text(vm, is_str, &string)?;
    let count = match count {
        Some(c) => int_arg(vm, &c)?,
        None => 0,
    };
    let len = text_len(&text);
    if count < 0 {
        return Ok((slice_value(&text, 0, len).unwrap_or(text), 0));
    }
    let found = find_all(vm, p, &text, count as usize)?;
    if found.len() == 0 {
        return Ok((text, 0));
    }
    let pattern = &a.pos[0];
    let mut out = Out::new(is_str, len);
    let mut last = 0;
    // The pieces CPython would join, counted for its complaint about the first bad one.
    let mut items = 0;
    let mut bad: Option<(usize, String)> = None;
    for k in 0..found.len() {
        let slots = found.slots(k);
        let (s, e) = (slots[0], slots[1]);
        if s > last {
            out.push_slice(&text, last, s);
            items += 1;
        }
        let r = match &repl {
            Repl::Literal(v) => Some(v.clone()),
            Repl::Func(f) => {
                let spans = spans_value(found.lastindex[k], slots);
                let m = new_match(
                    &reg,
                    spans,
                    text.clone(),
                    string.clone(),
                    pattern.clone(),
                    0,
                    len,
                );
                Some(vm.call(f, &[m], &[])?)
            }
            Repl::Template(pieces) => {
                let mut ok = true;
                for piece in pieces {
                    match piece {
                        Piece::Text(t) => ok &= out.push_value(vm, t),
                        Piece::Group(g) => {
                            let at = |i: usize| slots.get(i).copied().unwrap_or(super::UNSET);
                            let (gs, ge) = (at(2 * g), at(2 * g + 1));
                            if gs != super::UNSET && ge != super::UNSET && gs <= ge {
                                out.push_slice(&text, gs, ge);
                            }
                        }
                    }
                }
                if !ok && bad.is_none() {
                    let t = if is_str { "bytes" } else { "str" };
                    bad = Some((items, t.to_string()));
                }
                items += 1;
                None
            }
        };
        if let Some(r) = r
            && !r.is_none()
        {
            if !out.push_value(vm, &r) && bad.is_none() {
                bad = Some((items, vm.type_name(&r).to_string()));
            }
            items += 1;
        }
        last = e;
    }
    if let Some((i, t)) = bad {
        let want = if is_str {
            "str instance"
        } else {
            "a bytes-like object"
        };
        return Err(vm.type_error(format!("sequence item {i}: expected {want}, {t} found")));
    }
    out.push_slice(&text, last, len);
    Ok((out.finish(), found.len()))
}

/// What `repl` makes of each match: a function, a literal, or a template parsed by
/// `Pattern._template` (read from the pattern's cache when it is there).
fn replacement(
    vm: &mut Vm,
    reg: &Registered,
    pattern: &Value,
    p: &Instance,
    repl: Value,
) -> PyResult<Repl> {
    let literal = match payload(&repl) {
        Value::Str(s) => (!s.as_str().contains('\\')).then(|| Value::Str(s)),
        Value::Bytes(b) => (!b.data.contains(&b'\\')).then(|| Value::Bytes(b)),
        other => {
            if is_callable(vm, &repl) {
                return Ok(Repl::Func(repl));
            }
            vm.bytes_like(&other)
                .or_else(|| vm.bytes_like(&repl))
                .filter(|b| !b.contains(&b'\\'))
                .map(Value::bytes)
        }
    };
    if let Some(v) = literal {
        return Ok(Repl::Literal(v));
    }
    let cached = match (&p.slots.borrow()[P_TEMPLATES], &repl) {
        (Value::Dict(d), Value::Str(s)) => d.get_str(s),
        _ => None,
    };
    let items = match cached {
        Some(items) => items,
        None => vm.call(&reg.template, &[pattern.clone(), repl], &[])?,
    };
    let items: Vec<Value> = match &items {
        Value::List(l) => l.0.borrow().clone(),
        Value::Tuple(t) => t.0.clone(),
        _ => Vec::new(),
    };
    let pieces = items
        .into_iter()
        .map(|v| match v {
            Value::Int(g) => Piece::Group(g.max(0) as usize),
            other => Piece::Text(other),
        })
        .collect();
    Ok(Repl::Template(pieces))
}

/// Every non-overlapping match of pattern `p` in `text` (at most `limit`, 0 for all).
fn find_all(vm: &mut Vm, p: &Instance, text: &Value, limit: usize) -> PyResult<Found> {
    let handle = p.slots.borrow()[P_HANDLE].clone();
    let prog = program(vm, &handle)?;
    let sub = subject(vm, text)?;
    Ok(with_units(
        &sub,
        FindFlat {
            prog: &prog,
            pos: 0,
            end: text_len(text),
            limit,
        },
    ))
}

/// `Pattern.split(string, maxsplit=0)`: the text between the matches, each match's groups
/// (None for a group that did not take part) after the text before it.
pub(super) fn pattern_split(vm: &mut Vm, a: Args) -> PyResult {
    let reg = registered(vm)?;
    let Some(p) = this(&a, &reg.pattern_class) else {
        return Err(descriptor_error(vm, "split", "re.Pattern", a.pos.first()));
    };
    let [string, maxsplit] = method_args(vm, &a, "split", ["string", "maxsplit"], 1)?;
    let string = string.unwrap_or(Value::None);
    let text = subject_text(vm, pattern_is_str(p), &string)?;
    let maxsplit = match maxsplit {
        Some(m) => int_arg(vm, &m)?,
        None => 0,
    };
    let len = text_len(&text);
    let slice = |s: usize, e: usize| slice_value(&text, s, e).unwrap_or(Value::None);
    if maxsplit < 0 {
        return Ok(Value::list(vec![slice(0, len)]));
    }
    let found = find_all(vm, p, &text, maxsplit as usize)?;
    let groups = found.stride / 2 - 1;
    let mut out = Vec::with_capacity(found.len() * (groups + 1) + 1);
    let mut last = 0;
    for k in 0..found.len() {
        let slots = found.slots(k);
        out.push(slice(last, slots[0]));
        for g in 1..=groups {
            let (gs, ge) = (slots[2 * g], slots[2 * g + 1]);
            out.push(if gs == super::UNSET || ge == super::UNSET || gs > ge {
                Value::None
            } else {
                slice(gs, ge)
            });
        }
        last = slots[1];
    }
    out.push(slice(last, len));
    Ok(Value::list(out))
}
