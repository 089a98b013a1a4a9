//! `Pattern.scanner` and `Pattern.finditer`. A scanner (`_sre.SRE_Scanner`) steps through its
//! subject one match per `search()` or `match()` call, each starting where the last match
//! ended; `finditer` is `iter(scanner.search, None)`, as in CPython, so it finds each match
//! only when asked for it (a loop that stops early never scans the rest).
//!
//! The scanner's state lives in the slots of the `SRE_Scanner` class of `lib/re.py` (layout
//! below); these functions never run Python code.

use std::cell::RefCell;
use std::rc::Rc;

use super::exec::Mode;
use super::objects::{
    P_HANDLE, Registered, descriptor_error, method_args, new_match, pattern_is_str, registered,
    subject_text, text_len, this,
};
use super::{FindOne, bounds, program, subject, with_units};
use crate::objects::*;
use crate::vm::Vm;

// Slot layout of `SRE_Scanner`.
const S_PATTERN: usize = 0;
const S_STRING: usize = 1;
/// What the pattern reads: the subject's str or bytes.
const S_TEXT: usize = 2;
/// Where the next step starts, or None once a step failed.
const S_NEXT: usize = 3;
const S_POS: usize = 4;
const S_ENDPOS: usize = 5;
/// Whether the last match was empty (the next one must then not be empty at `S_NEXT`).
const S_ADVANCE: usize = 6;
pub(super) const S_SLOTS: usize = 7;

/// `Pattern.scanner(string, pos=0, endpos=sys.maxsize)`.
pub(super) fn pattern_scanner(vm: &mut Vm, a: Args) -> PyResult {
    let reg = registered(vm)?;
    new_scanner(vm, &reg, &a, "scanner")
}

/// `Pattern.finditer(string, pos=0, endpos=sys.maxsize)`: `iter(scanner.search, None)`.
pub(super) fn pattern_finditer(vm: &mut Vm, a: Args) -> PyResult {
    let reg = registered(vm)?;
    let scanner = new_scanner(vm, &reg, &a, "finditer")?;
    let search = Value::Builtin(Rc::new(Builtin {
        name: "search",
        func: scanner_search,
        receiver: scanner,
        owner: Some("SRE_Scanner"),
    }));
    Ok(vm.new_iter(IterKind::Callable {
        func: search,
        sentinel: Value::None,
    }))
}

fn new_scanner(vm: &mut Vm, reg: &Registered, a: &Args, name: &str) -> PyResult {
    let Some(p) = this(a, &reg.pattern_class) else {
        return Err(descriptor_error(vm, name, "re.Pattern", a.pos.first()));
    };
    let is_str = pattern_is_str(p);
    let [string, start, stop] = method_args(vm, a, name, ["string", "pos", "endpos"], 1)?;
    let string = string.unwrap_or(Value::None);
    let text = subject_text(vm, is_str, &string)?;
    let start = start.unwrap_or(Value::Int(0));
    let stop = stop.unwrap_or(Value::Int(i64::MAX));
    let (pos, end) = bounds(vm, text_len(&text), &start, &stop)?;
    Ok(Value::Instance(Rc::new(Instance {
        class: RefCell::new(reg.scanner_class.clone()),
        dict: None,
        slots: RefCell::new(vec![
            a.pos[0].clone(),
            string,
            text,
            Value::Int(pos as i64),
            Value::Int(pos as i64),
            Value::Int(end as i64),
            Value::from_bool(false),
        ]),
        payload: Payload::None,
    })))
}

/// `SRE_Scanner.search()`: the next match anywhere after the last one, or None.
pub(super) fn scanner_search(vm: &mut Vm, a: Args) -> PyResult {
    scanner_step(vm, a, Mode::Search, "search")
}

/// `SRE_Scanner.match()`: the next match right where the last one ended, or None.
pub(super) fn scanner_match(vm: &mut Vm, a: Args) -> PyResult {
    scanner_step(vm, a, Mode::Match, "match")
}

fn scanner_step(vm: &mut Vm, a: Args, mode: Mode, name: &str) -> PyResult {
    let reg = registered(vm)?;
    let Some(sc) = this(&a, &reg.scanner_class) else {
        return Err(descriptor_error(
            vm,
            name,
            "_sre.SRE_Scanner",
            a.pos.first(),
        ));
    };
    if a.pos.len() > 1 || !a.kw.is_empty() {
        let given = a.pos.len() - 1 + a.kw.len();
        return Err(vm.type_error(format!(
            "SRE_Scanner.{name}() takes no arguments ({given} given)"
        )));
    }
    let (pattern, string, text, next, pos, end, advance) = {
        let s = sc.slots.borrow();
        let int = |i: usize| match s[i] {
            Value::Int(n) => Some(n as usize),
            _ => None,
        };
        (
            s[S_PATTERN].clone(),
            s[S_STRING].clone(),
            s[S_TEXT].clone(),
            int(S_NEXT),
            int(S_POS).unwrap_or(0),
            int(S_ENDPOS).unwrap_or(0),
            matches!(s[S_ADVANCE], Value::Bool(b) if b.get()),
        )
    };
    let Some(next) = next else {
        return Ok(Value::None);
    };
    let handle = match &pattern {
        Value::Instance(p) => p.slots.borrow()[P_HANDLE].clone(),
        _ => Value::None,
    };
    let prog = program(vm, &handle)?;
    let sub = subject(vm, &text)?;
    let spans = with_units(
        &sub,
        FindOne {
            prog: &prog,
            pos: next,
            end,
            mode,
            must_advance: advance,
        },
    );
    let mut s = sc.slots.borrow_mut();
    let Value::Tuple(t) = &spans else {
        s[S_NEXT] = Value::None;
        return Ok(Value::None);
    };
    let at = |i: usize| match t.0.get(i) {
        Some(Value::Int(n)) => *n,
        _ => 0,
    };
    let (ms, me) = (at(1), at(2));
    s[S_ADVANCE] = Value::from_bool(ms == me);
    s[S_NEXT] = Value::Int(me);
    drop(s);
    Ok(new_match(&reg, spans, text, string, pattern, pos, end))
}
