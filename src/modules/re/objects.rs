//! Native methods of `re.Pattern` and `re.Match`, the per-match path: `Pattern.match`,
//! `search` and `fullmatch` build the `Match` directly, and `Match.group`, `__getitem__`,
//! `groups`, `groupdict`, `start`, `end` and `span` read its slots without a Python frame.
//!
//! The classes themselves stay in `lib/re.py`, which hands them over with `_re.register`;
//! these methods rely on their slot layouts (kept in step below). Anything off the common
//! path of a search (str or bytes subclasses, bytearray subjects, non-int bounds) goes to the
//! Python fallback registered with them, so the behaviour stays in one place. `scanner.rs`
//! (finditer) and `rewrite.rs` (sub, split) build on the helpers here.

use std::cell::RefCell;
use std::rc::Rc;

use super::exec::Mode;
use super::{
    FindAll, FindOne, Program, Subject, bounds, program, subject, subject_len, with_units,
};
use crate::builtins::args::payload;
use crate::objects::dict::{DictTable, new_dict};
use crate::objects::*;
use crate::vm::Vm;

// Slot layout of `Match` (its `__slots__` order in lib/re.py).
const M_SPANS: usize = 0;
const M_TEXT: usize = 1;
const M_RE: usize = 3;
const M_SLOTS: usize = 6;
// Slot layout of `Pattern`.
pub(super) const P_PATTERN: usize = 0;
pub(super) const P_HANDLE: usize = 4;
const P_NAMES: usize = 6;
pub(super) const P_TEMPLATES: usize = 7;
const P_SLOTS: usize = 8;

pub(super) struct Registered {
    pub match_class: Rc<Class>,
    pub pattern_class: Rc<Class>,
    /// `_sre.SRE_Scanner`, whose slot layout `scanner.rs` keeps.
    pub scanner_class: Rc<Class>,
    /// `_find(pattern, mode, string, pos, endpos)`: the Python path for the uncommon calls.
    slow: Value,
    /// `_findall(pattern, string, pos, endpos)`: the same for `findall`.
    slow_findall: Value,
    /// `Pattern._template(pattern, repl)`: a replacement template parsed (and cached) as a
    /// list of literal strings and group numbers.
    pub template: Value,
}

thread_local! {
    static REGISTERED: RefCell<Option<Rc<Registered>>> = const { RefCell::new(None) };
}

pub const METHODS: &[(&str, &str, NativeFn)] = &[
    ("Match", "group", match_group),
    ("Match", "__getitem__", match_getitem),
    ("Match", "groups", match_groups),
    ("Match", "groupdict", match_groupdict),
    ("Match", "start", match_start),
    ("Match", "end", match_end),
    ("Match", "span", match_span),
    ("Pattern", "search", pattern_search),
    ("Pattern", "match", pattern_match),
    ("Pattern", "fullmatch", pattern_fullmatch),
    ("Pattern", "findall", pattern_findall),
    ("Pattern", "finditer", super::scanner::pattern_finditer),
    ("Pattern", "scanner", super::scanner::pattern_scanner),
    ("Pattern", "split", super::rewrite::pattern_split),
    ("Pattern", "sub", super::rewrite::pattern_sub),
    ("Pattern", "subn", super::rewrite::pattern_subn),
    ("Match", "__repr__", match_repr),
    ("Match", "lastindex", match_lastindex),
    ("Match", "lastgroup", match_lastgroup),
    ("Match", "regs", match_regs),
    ("SRE_Scanner", "search", super::scanner::scanner_search),
    ("SRE_Scanner", "match", super::scanner::scanner_match),
];

/// `_re.register(Match, Pattern, Scanner, _find, _findall, _template)`.
pub fn register(vm: &mut Vm, a: Args) -> PyResult {
    if a.pos.len() != 6 || !a.kw.is_empty() {
        return Err(vm.type_error("register() takes exactly 6 arguments"));
    }
    let (Value::Class(m), Value::Class(p), Value::Class(s)) = (&a.pos[0], &a.pos[1], &a.pos[2])
    else {
        return Err(vm.type_error("register() needs the Match, Pattern and Scanner classes"));
    };
    if m.slot_layout.len() != M_SLOTS
        || p.slot_layout.len() != P_SLOTS
        || s.slot_layout.len() != super::scanner::S_SLOTS
    {
        return Err(vm.type_error("register(): unexpected slot layout"));
    }
    let r = Registered {
        match_class: m.clone(),
        pattern_class: p.clone(),
        scanner_class: s.clone(),
        slow: a.pos[3].clone(),
        slow_findall: a.pos[4].clone(),
        template: a.pos[5].clone(),
    };
    REGISTERED.with(|c| *c.borrow_mut() = Some(Rc::new(r)));
    Ok(Value::None)
}

pub(super) fn registered(vm: &mut Vm) -> PyResult<Rc<Registered>> {
    REGISTERED
        .with(|c| c.borrow().clone())
        .ok_or_else(|| vm.type_error("re classes are not registered"))
}

pub(super) fn descriptor_error(vm: &mut Vm, name: &str, owner: &str, v: Option<&Value>) -> PyErr {
    match v {
        // Dunder methods are slot wrappers, which word it differently.
        Some(v) if name.starts_with("__") => {
            let t = vm.type_name(v);
            vm.type_error(format!(
                "descriptor '{name}' requires a '{owner}' object but received a '{t}'"
            ))
        }
        Some(v) => {
            let t = vm.type_name(v);
            vm.type_error(format!(
                "descriptor '{name}' for '{owner}' objects doesn't apply to a '{t}' object"
            ))
        }
        None if name.starts_with("__") => vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        )),
        None => {
            let short = owner.rsplit('.').next().unwrap_or(owner);
            vm.type_error(format!("unbound method {short}.{name}() needs an argument"))
        }
    }
}

/// The instance `self` when it is of `cls` (or a subclass).
pub(super) fn this<'a>(a: &'a Args, cls: &Rc<Class>) -> Option<&'a Rc<Instance>> {
    match a.pos.first() {
        Some(Value::Instance(i)) if i.class_is(cls) || i.class().is_subclass(cls) => Some(i),
        _ => None,
    }
}

/// What a `Match` method reads: its spans, its text and its pattern.
struct MatchView {
    spans: Value,
    text: Value,
    re: Value,
}

impl MatchView {
    fn spans(&self) -> &[Value] {
        tuple_items(&self.spans)
    }

    fn groups(&self) -> usize {
        self.spans().len().saturating_sub(3) / 2
    }

    fn pos(&self, i: usize) -> i64 {
        match self.spans().get(i) {
            Some(Value::Int(n)) => *n,
            _ => -1,
        }
    }

    /// Group `g`'s text, or `default` when it did not take part.
    fn get(&self, g: usize, default: &Value) -> Value {
        group_text(&payload(&self.text), self.spans(), g, default)
    }

    /// The group number for `g`: an int in range or a group name.
    fn index(&self, vm: &mut Vm, g: &Value) -> PyResult<usize> {
        let n = self.groups();
        match payload(g) {
            Value::Int(i) if i >= 0 && (i as usize) <= n => return Ok(i as usize),
            Value::Bool(b) if (b.get() as usize) <= n => return Ok(b.get() as usize),
            Value::Str(name) => {
                if let Value::Instance(p) = &self.re
                    && let Some(Value::Tuple(names)) = p.slots.borrow().get(P_NAMES)
                {
                    for pair in &names.0 {
                        if let Value::Tuple(pair) = pair
                            && let [Value::Str(k), Value::Int(i)] = pair.0.as_slice()
                            && k.as_str() == name.as_str()
                        {
                            return Ok(*i as usize);
                        }
                    }
                }
            }
            _ => {}
        }
        Err(vm.index_error("no such group"))
    }
}

pub(super) fn tuple_items(v: &Value) -> &[Value] {
    match v {
        Value::Tuple(t) => &t.0,
        _ => &[],
    }
}

/// Group `g`'s text in `text` (a str or bytes) by the spans of a match, or `default` when
/// the group did not take part.
fn group_text(text: &Value, spans: &[Value], g: usize, default: &Value) -> Value {
    let at = |i: usize| match spans.get(i) {
        Some(Value::Int(n)) => *n,
        _ => -1,
    };
    let (s, e) = (at(1 + 2 * g), at(2 + 2 * g));
    if s < 0 || e < s {
        return default.clone();
    }
    slice_value(text, s as usize, e as usize).unwrap_or_else(|| default.clone())
}

/// Characters `s..e` of `text` (a str or bytes) as a new exact str or bytes.
pub(super) fn slice_value(text: &Value, s: usize, e: usize) -> Option<Value> {
    match text {
        Value::Str(t) => Some(if t.is_ascii() {
            Value::str(t.as_str().get(s..e).unwrap_or(""))
        } else {
            Value::str(t.substring(s, e))
        }),
        Value::Bytes(b) => Some(Value::bytes(b.data.get(s..e).unwrap_or(&[]).to_vec())),
        _ => None,
    }
}

fn match_view(vm: &mut Vm, a: &Args, name: &str) -> PyResult<MatchView> {
    let reg = registered(vm)?;
    let Some(inst) = this(a, &reg.match_class) else {
        return Err(descriptor_error(vm, name, "re.Match", a.pos.first()));
    };
    let slots = inst.slots.borrow();
    Ok(MatchView {
        spans: slots[M_SPANS].clone(),
        text: slots[M_TEXT].clone(),
        re: slots[M_RE].clone(),
    })
}

fn no_kw(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("Match.{name}() takes no keyword arguments")))
    }
}

fn match_group(vm: &mut Vm, a: Args) -> PyResult {
    let m = match_view(vm, &a, "group")?;
    no_kw(vm, &a, "group")?;
    match &a.pos[1..] {
        [] => Ok(m.get(0, &Value::None)),
        [g] => {
            let i = m.index(vm, g)?;
            Ok(m.get(i, &Value::None))
        }
        gs => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                let i = m.index(vm, g)?;
                out.push(m.get(i, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn match_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let m = match_view(vm, &a, "__getitem__")?;
    no_kw(vm, &a, "__getitem__")?;
    let [_, g] = a.pos else {
        let given = a.pos.len() - 1;
        return Err(vm.type_error(format!("expected 1 argument, got {given}")));
    };
    let i = m.index(vm, g)?;
    Ok(m.get(i, &Value::None))
}

/// The `default` argument of `groups()` and `groupdict()`.
fn default_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    let given = a.pos.len() - 1 + a.kw.len();
    if given > 1 {
        let what = if a.pos.len() == 1 {
            "keyword argument"
        } else {
            "argument"
        };
        return Err(vm.type_error(format!("{name}() takes at most 1 {what} ({given} given)")));
    }
    if let Some((k, v)) = a.kw.first() {
        if k.as_str() != "default" {
            let k = k.as_str();
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
        return Ok(v.clone());
    }
    Ok(a.pos.get(1).cloned().unwrap_or(Value::None))
}

fn match_groups(vm: &mut Vm, a: Args) -> PyResult {
    let m = match_view(vm, &a, "groups")?;
    let default = default_arg(vm, &a, "groups")?;
    Ok(Value::tuple(
        (1..=m.groups()).map(|g| m.get(g, &default)).collect(),
    ))
}

fn match_groupdict(vm: &mut Vm, a: Args) -> PyResult {
    let m = match_view(vm, &a, "groupdict")?;
    let default = default_arg(vm, &a, "groupdict")?;
    let names = match &m.re {
        Value::Instance(p) => p.slots.borrow().get(P_NAMES).cloned(),
        _ => None,
    };
    let pairs: &[Value] = match &names {
        Some(Value::Tuple(t)) => &t.0,
        _ => &[],
    };
    let mut t = DictTable::with_capacity(pairs.len());
    for pair in pairs {
        if let Value::Tuple(pair) = pair
            && let [Value::Str(k), Value::Int(i)] = pair.0.as_slice()
        {
            let v = m.get(*i as usize, &default);
            t.insert_new(k.hash(), Value::Str(k.clone()), v);
        }
    }
    Ok(Value::Dict(new_dict(t)))
}

/// The group number a `start`, `end` or `span` call asks about.
fn span_index(vm: &mut Vm, a: &Args, m: &MatchView, name: &str) -> PyResult<usize> {
    no_kw(vm, a, name)?;
    if a.pos.len() > 2 {
        let given = a.pos.len() - 1;
        return Err(vm.type_error(format!("{name} expected at most 1 argument, got {given}")));
    }
    match a.pos.get(1) {
        None => Ok(0),
        Some(g) => m.index(vm, g),
    }
}

fn match_start(vm: &mut Vm, a: Args) -> PyResult {
    let m = match_view(vm, &a, "start")?;
    let g = span_index(vm, &a, &m, "start")?;
    Ok(Value::Int(m.pos(1 + 2 * g)))
}

fn match_end(vm: &mut Vm, a: Args) -> PyResult {
    let m = match_view(vm, &a, "end")?;
    let g = span_index(vm, &a, &m, "end")?;
    Ok(Value::Int(m.pos(2 + 2 * g)))
}

fn match_span(vm: &mut Vm, a: Args) -> PyResult {
    let m = match_view(vm, &a, "span")?;
    let g = span_index(vm, &a, &m, "span")?;
    Ok(Value::tuple(vec![
        Value::Int(m.pos(1 + 2 * g)),
        Value::Int(m.pos(2 + 2 * g)),
    ]))
}

fn pattern_search(vm: &mut Vm, a: Args) -> PyResult {
    pattern_find(vm, a, Mode::Search, "search", 0)
}

fn pattern_match(vm: &mut Vm, a: Args) -> PyResult {
    pattern_find(vm, a, Mode::Match, "match", 1)
}

fn pattern_fullmatch(vm: &mut Vm, a: Args) -> PyResult {
    pattern_find(vm, a, Mode::FullMatch, "fullmatch", 2)
}

/// `Pattern.findall(string, pos=0, endpos=sys.maxsize)`: each match's text, or its group's,
/// or a tuple of its groups' (empty for a group that did not take part).
fn pattern_findall(vm: &mut Vm, a: Args) -> PyResult {
    let reg = registered(vm)?;
    let Some(inst) = this(&a, &reg.pattern_class) else {
        return Err(descriptor_error(vm, "findall", "re.Pattern", a.pos.first()));
    };
    let (handle, is_str) = {
        let slots = inst.slots.borrow();
        (
            slots[P_HANDLE].clone(),
            matches!(slots[P_PATTERN], Value::Str(_)),
        )
    };
    let (string, start, stop) = find_args(vm, &a, "findall")?;
    if !fast_call(is_str, &string, &start, &stop) {
        let mut args = vec![a.pos[0].clone(), string];
        args.push(start.unwrap_or(Value::Int(0)));
        args.push(stop.unwrap_or(Value::Int(i64::MAX)));
        return vm.call(&reg.slow_findall, &args, &[]);
    }
    let (prog, sub, pos, end) = prepare(vm, &handle, &string, start, stop)?;
    let found = with_units(
        &sub,
        FindAll {
            prog: &prog,
            pos,
            end,
            limit: 0,
        },
    );
    let empty = if is_str {
        Value::str("")
    } else {
        Value::bytes(Vec::new())
    };
    let groups = prog.groups;
    let out = found
        .iter()
        .map(|sp| {
            let sp = tuple_items(sp);
            match groups {
                0 => group_text(&string, sp, 0, &empty),
                1 => group_text(&string, sp, 1, &empty),
                n => Value::tuple(
                    (1..=n)
                        .map(|g| group_text(&string, sp, g, &empty))
                        .collect(),
                ),
            }
        })
        .collect();
    Ok(Value::list(out))
}

/// Whether a search call can take the native path: a str subject for a str pattern or a
/// bytes one for a bytes pattern (not subclasses), and int bounds.
fn fast_call(is_str: bool, string: &Value, start: &Option<Value>, stop: &Option<Value>) -> bool {
    (match string {
        Value::Str(_) => is_str,
        Value::Bytes(_) => !is_str,
        _ => false,
    }) && [start, stop]
        .iter()
        .all(|v| matches!(v, None | Some(Value::Int(_))))
}

/// `Pattern.search/match/fullmatch(string, pos=0, endpos=sys.maxsize)`: str subjects of str
/// patterns and bytes subjects of bytes patterns, with int bounds, are matched here; every
/// other call goes to the Python path, which checks and converts.
fn pattern_find(vm: &mut Vm, a: Args, mode: Mode, name: &str, code: i64) -> PyResult {
    let reg = registered(vm)?;
    let Some(inst) = this(&a, &reg.pattern_class) else {
        return Err(descriptor_error(vm, name, "re.Pattern", a.pos.first()));
    };
    let (handle, is_str) = {
        let slots = inst.slots.borrow();
        (
            slots[P_HANDLE].clone(),
            matches!(slots[P_PATTERN], Value::Str(_)),
        )
    };
    let (string, start, stop) = find_args(vm, &a, name)?;
    if !fast_call(is_str, &string, &start, &stop) {
        let mut args = vec![a.pos[0].clone(), Value::Int(code), string];
        args.extend(start.or(stop.as_ref().map(|_| Value::Int(0))));
        args.extend(stop);
        return vm.call(&reg.slow, &args, &[]);
    }
    let (prog, sub, pos, end) = prepare(vm, &handle, &string, start, stop)?;
    let spans = with_units(
        &sub,
        FindOne {
            prog: &prog,
            pos,
            end,
            mode,
            must_advance: false,
        },
    );
    if spans.is_none() {
        return Ok(Value::None);
    }
    Ok(new_match(
        &reg,
        spans,
        string.clone(),
        string,
        a.pos[0].clone(),
        pos,
        end,
    ))
}

/// The `(string, pos, endpos)` of a search call.
fn find_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Value, Option<Value>, Option<Value>)> {
    let [string, start, stop] = method_args(vm, a, name, ["string", "pos", "endpos"], 1)?;
    Ok((string.unwrap_or(Value::None), start, stop))
}

/// The arguments after `self` of a method whose parameters are `names` (the first
/// `required` of them required), from positions and keywords, with CPython's complaints.
pub(super) fn method_args<const N: usize>(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let given = a.pos.len().saturating_sub(1) + a.kw.len();
    if given > N {
        let s = if N == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {N} argument{s} ({given} given)"
        )));
    }
    let mut args: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (slot, v) in args.iter_mut().zip(a.pos.iter().skip(1)) {
        *slot = Some(v.clone());
    }
    for (k, v) in a.kw {
        let k = k.as_str();
        let Some(i) = names.iter().position(|n| *n == k) else {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        };
        if args[i].is_some() {
            let at = i + 1;
            return Err(vm.type_error(format!(
                "argument for {name}() given by name ('{k}') and position ({at})"
            )));
        }
        args[i] = Some(v.clone());
    }
    if let Some(i) = args[..required].iter().position(Option::is_none) {
        let (n, at) = (names[i], i + 1);
        return Err(vm.type_error(format!(
            "{name}() missing required argument '{n}' (pos {at})"
        )));
    }
    Ok(args)
}

/// Whether pattern instance `p` is a str pattern (not bytes).
pub(super) fn pattern_is_str(p: &Instance) -> bool {
    matches!(p.slots.borrow()[P_PATTERN], Value::Str(_))
}

/// The text a pattern reads in `string`: the str or bytes itself (the value under a subclass
/// instance), or a bytearray's bytes; CPython's TypeError when it does not suit the pattern.
pub(super) fn subject_text(vm: &mut Vm, is_str: bool, string: &Value) -> PyResult<Value> {
    let text = payload(string);
    match (&text, is_str) {
        (Value::Str(_), true) | (Value::Bytes(_), false) => return Ok(text),
        (Value::Str(_), false) => {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        _ => {}
    }
    match vm.bytes_like(&text).or_else(|| vm.bytes_like(string)) {
        Some(data) if !is_str => Ok(Value::bytes(data)),
        Some(_) => Err(vm.type_error("cannot use a string pattern on a bytes-like object")),
        None => {
            let t = vm.type_name(string);
            Err(vm.type_error(format!("expected string or bytes-like object, got '{t}'")))
        }
    }
}

/// The length in characters of a text from [`subject_text`].
pub(super) fn text_len(text: &Value) -> usize {
    match text {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.data.len(),
        _ => 0,
    }
}

/// A new `Match` over `text` (what `string` reads as) for `spans`, found between `pos` and
/// `endpos` by `pattern`.
pub(super) fn new_match(
    reg: &Registered,
    spans: Value,
    text: Value,
    string: Value,
    pattern: Value,
    pos: usize,
    endpos: usize,
) -> Value {
    Value::Instance(Rc::new(Instance {
        class: RefCell::new(reg.match_class.clone()),
        dict: None,
        slots: RefCell::new(vec![
            spans,
            text,
            string,
            pattern,
            Value::Int(pos as i64),
            Value::Int(endpos as i64),
        ]),
        payload: Payload::None,
    }))
}

/// `Match.lastindex` (a property's getter): the last group closed, or None.
fn match_lastindex(vm: &mut Vm, a: Args) -> PyResult {
    let m = match_view(vm, &a, "lastindex")?;
    Ok(match m.pos(0) {
        n if n > 0 => Value::Int(n),
        _ => Value::None,
    })
}

/// `Match.lastgroup`: the name of the last group closed, or None.
fn match_lastgroup(vm: &mut Vm, a: Args) -> PyResult {
    let m = match_view(vm, &a, "lastgroup")?;
    let last = m.pos(0);
    if last <= 0 {
        return Ok(Value::None);
    }
    if let Value::Instance(p) = &m.re
        && let Some(Value::Tuple(names)) = p.slots.borrow().get(P_NAMES)
    {
        for pair in &names.0 {
            if let Value::Tuple(pair) = pair
                && let [Value::Str(k), Value::Int(i)] = pair.0.as_slice()
                && *i == last
            {
                return Ok(Value::Str(k.clone()));
            }
        }
    }
    Ok(Value::None)
}

/// `Match.regs`: the `(start, end)` of the match and of each group.
fn match_regs(vm: &mut Vm, a: Args) -> PyResult {
    let m = match_view(vm, &a, "regs")?;
    Ok(Value::tuple(
        (0..=m.groups())
            .map(|g| {
                Value::tuple(vec![
                    Value::Int(m.pos(1 + 2 * g)),
                    Value::Int(m.pos(2 + 2 * g)),
                ])
            })
            .collect(),
    ))
}

/// `Match.__repr__`: `<re.Match object; span=(s, e), match='...'>`, the match's repr cut to
/// 50 characters.
fn match_repr(vm: &mut Vm, a: Args) -> PyResult {
    let m = match_view(vm, &a, "__repr__")?;
    let text = m.get(0, &Value::None);
    let r = vm.repr(&text)?;
    let cut: String = r.chars().take(50).collect();
    Ok(Value::string(format!(
        "<re.Match object; span=({}, {}), match={cut}>",
        m.pos(1),
        m.pos(2)
    )))
}

/// A search's compiled program, its subject, and the `pos`/`endpos` bounds clamped to it
/// (absent bounds meaning the whole subject).
fn prepare(
    vm: &mut Vm,
    handle: &Value,
    string: &Value,
    start: Option<Value>,
    stop: Option<Value>,
) -> PyResult<(Rc<Program>, Subject, usize, usize)> {
    let prog = program(vm, handle)?;
    let sub = subject(vm, string)?;
    let len = subject_len(&sub);
    let start = start.unwrap_or(Value::Int(0));
    let stop = stop.unwrap_or(Value::Int(i64::MAX));
    let (pos, end) = bounds(vm, len, &start, &stop)?;
    Ok((prog, sub, pos, end))
}
