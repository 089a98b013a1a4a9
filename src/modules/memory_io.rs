//! `_memoryio`: the state and the hot paths of `io.StringIO` and `io.BytesIO`.
//!
//! Each is a class whose methods are native and whose state lives in slots, so that `io`
//! subclasses it in Python (adding the rarely used methods) and scripts can subclass that in
//! turn. A StringIO keeps its text as one `str` that writes at the end grow in place while no
//! one else holds it; positions count characters, as CPython's do. A BytesIO keeps a
//! `bytearray`. Nothing here calls back into Python while a slot is borrowed.

use std::rc::Rc;

use crate::objects::*;
use crate::vm::Vm;

// StringIO slots (consecutive; a subclass may put other slots before them).
const SIO_TEXT: usize = 0;
const SIO_POS: usize = 1;
const SIO_CLOSED: usize = 2;
const SIO_NEWLINE: usize = 3;
/// Line endings seen by a translating or universal StringIO (for `newlines`).
const SIO_SEEN: usize = 4;
/// The byte offset of the position in the text when known (None otherwise), so that reading
/// line after line through non-ASCII text does not look each position up again.
const SIO_AT: usize = 5;
const SIO_SLOTS: [&str; 6] = [
    "_sio_text",
    "_sio_pos",
    "_sio_closed",
    "_sio_newline",
    "_sio_seen",
    "_sio_at",
];

// BytesIO slots.
const BIO_DATA: usize = 0;
const BIO_POS: usize = 1;
const BIO_CLOSED: usize = 2;
const BIO_SLOTS: [&str; 3] = ["_bio_data", "_bio_pos", "_bio_closed"];

const SEEN_CR: i64 = 1;
const SEEN_LF: i64 = 2;
const SEEN_CRLF: i64 = 4;

const SIO_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", sio_init),
    ("write", sio_write),
    ("getvalue", sio_getvalue),
    ("read", sio_read),
    ("readline", sio_readline),
    ("__next__", sio_next),
    ("tell", sio_tell),
    ("seek", sio_seek),
    ("truncate", sio_truncate),
    ("close", sio_close),
    ("readable", sio_true),
    ("writable", sio_true),
    ("seekable", sio_true),
];

const BIO_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", bio_init),
    ("write", bio_write),
    ("getvalue", bio_getvalue),
    ("read", bio_read),
    ("read1", bio_read),
    ("readline", bio_readline),
    ("__iter__", bio_iter),
    ("__next__", bio_next),
    ("tell", bio_tell),
    ("seek", bio_seek),
    ("truncate", bio_truncate),
    ("close", bio_close),
    ("readable", bio_true),
    ("writable", bio_true),
    ("seekable", bio_true),
];

pub fn create(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = super::native_module(vm, "_memoryio", &[]);
    let sio_props = vec![
        ("closed", property("closed", "StringIO", sio_closed)),
        (
            "line_buffering",
            property("line_buffering", "StringIO", sio_line_buffering),
        ),
        ("newlines", property("newlines", "StringIO", sio_newlines)),
    ];
    let sio = super::native_class(vm, "StringIO", "_io", &SIO_SLOTS, SIO_METHODS, sio_props)?;
    let bio_props = vec![("closed", property("closed", "BytesIO", bio_closed))];
    let bio = super::native_class(vm, "BytesIO", "_io", &BIO_SLOTS, BIO_METHODS, bio_props)?;
    FIRST_SLOTS.with(|f| {
        *f.borrow_mut() = [
            sio.slot_layout.first().cloned(),
            bio.slot_layout.first().cloned(),
        ]
    });
    for (name, c) in [("StringIO", sio), ("BytesIO", bio)] {
        let k = vm.intern(name);
        m.dict.set_str_raw(k, Value::Class(c));
    }
    Ok(m)
}

fn property(name: &'static str, owner: &'static str, func: NativeFn) -> Value {
    let fget = Value::Builtin(Rc::new(Builtin {
        name,
        func,
        receiver: Value::Undef,
        owner: Some(owner),
    }));
    Value::Property(Rc::new(Property {
        fget,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }))
}

// ---------------------------------------------------------------------------------------
// Shared argument handling

thread_local! {
    /// The first slot name of StringIO and of BytesIO as every subclass's layout holds it
    /// (the same string), so that finding the state of `self` is a pointer comparison.
    static FIRST_SLOTS: std::cell::RefCell<[Option<Rc<PyStr>>; 2]> = const {
        std::cell::RefCell::new([None, None])
    };
}

/// Whether slot name `n` is `name`, the first slot of the class `FIRST_SLOTS[which]`.
#[inline(always)]
fn is_first_slot(n: &Rc<PyStr>, which: usize, name: &str) -> bool {
    let same = FIRST_SLOTS.with(|f| f.borrow()[which].as_ref().is_some_and(|k| Rc::ptr_eq(k, n)));
    same || n.as_str() == name
}

/// The instance `self` and where its slots `names` start, or CPython's descriptor error.
#[inline(always)]
fn receiver(
    vm: &mut Vm,
    a: &Args,
    class: &str,
    method: &str,
    names: &[&str],
) -> PyResult<(Rc<Instance>, usize)> {
    if let Some(Value::Instance(inst)) = a.pos.first() {
        let layout = &inst.class().slot_layout;
        // The native class's own instances and most subclasses have these slots first.
        let which = usize::from(class == "BytesIO");
        let base = if layout
            .first()
            .is_some_and(|n| is_first_slot(n, which, names[0]))
        {
            Some(0)
        } else {
            layout.iter().position(|n| n.as_str() == names[0])
        };
        // (The slots themselves are checked: an exception instance has none.)
        if let Some(base) = base
            && inst.slots.borrow().len() >= base + names.len()
        {
            return Ok((inst.clone(), base));
        }
    }
    Err(not_a_receiver(vm, a, class, method))
}

#[cold]
fn not_a_receiver(vm: &mut Vm, a: &Args, class: &str, method: &str) -> PyErr {
    match a.pos.first() {
        Some(v) => {
            let t = vm.type_name(v);
            vm.type_error(format!(
                "descriptor '{method}' for '_io.{class}' objects doesn't apply to a '{t}' object"
            ))
        }
        None => vm.type_error(format!(
            "unbound method {class}.{method}() needs an argument"
        )),
    }
}

/// Checks the count of arguments after `self` (no keywords), with CPython's messages.
#[inline(always)]
fn arity(vm: &mut Vm, a: &Args, class: &str, method: &str, min: usize, max: usize) -> PyResult<()> {
    let n = a.pos.len().saturating_sub(1);
    if a.kw.is_empty() && (min..=max).contains(&n) {
        return Ok(());
    }
    Err(arity_error(vm, a, class, method, min, max))
}

#[cold]
fn arity_error(vm: &mut Vm, a: &Args, class: &str, method: &str, min: usize, max: usize) -> PyErr {
    if !a.kw.is_empty() {
        return vm.type_error(format!("{class}.{method}() takes no keyword arguments"));
    }
    let n = a.pos.len().saturating_sub(1);
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    vm.type_error(match (min, max) {
        (0, 0) => format!("{class}.{method}() takes no arguments ({n} given)"),
        (1, 1) => format!("{class}.{method}() takes exactly one argument ({n} given)"),
        _ if n > max => format!("{method} expected at most {max} {}, got {n}", plural(max)),
        _ => format!("{method} expected at least {min} {}, got {n}", plural(min)),
    })
}

/// A size argument that may be None (`default`), as `read`, `readline` and `truncate` take.
fn optional_size(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(Value::Int(i)) => Ok(*i),
        Some(v @ (Value::Bool(_) | Value::BigInt(_))) => vm.to_index(v),
        Some(v @ Value::Instance(inst))
            if inst.class().lookup(&PyStr::new("__index__")).is_some() =>
        {
            vm.to_index(v)
        }
        Some(v) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("argument should be integer or None, not '{t}'")))
        }
    }
}

fn int_slot(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        _ => 0,
    }
}

fn os_error(vm: &mut Vm, msg: &str) -> PyErr {
    let c = vm.types.os_error.clone();
    vm.new_error(&c, msg)
}

// ---------------------------------------------------------------------------------------
// StringIO

/// How a StringIO treats line endings (its `newline` argument).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Newline {
    /// `'\n'`: nothing translated; lines end at `\n`.
    Lf,
    /// `None`: `\r\n` and `\r` written become `\n`; lines end at `\n`.
    Translate,
    /// `''`: nothing translated; lines end at `\n`, `\r` or `\r\n`.
    Universal,
    /// `'\r'`: `\n` written becomes `\r`; lines end at `\r`.
    Cr,
    /// `'\r\n'`: `\n` written becomes `\r\n`; lines end at `\r\n`.
    CrLf,
}

impl Newline {
    fn code(self) -> i64 {
        self as i64
    }

    fn from_code(c: i64) -> Newline {
        match c {
            1 => Newline::Translate,
            2 => Newline::Universal,
            3 => Newline::Cr,
            4 => Newline::CrLf,
            _ => Newline::Lf,
        }
    }

    fn tracks_seen(self) -> bool {
        matches!(self, Newline::Translate | Newline::Universal)
    }
}

/// The line endings in `s`, as `SEEN_*` bits.
fn seen_endings(s: &str) -> i64 {
    let b = s.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => seen |= SEEN_LF,
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                seen |= SEEN_CRLF;
                i += 1;
            }
            b'\r' => seen |= SEEN_CR,
            _ => {}
        }
        i += 1;
    }
    seen
}

/// What writing `s` stores, after the newline translation of `mode`.
fn translate(s: &str, mode: Newline) -> std::borrow::Cow<'_, str> {
    match mode {
        Newline::Translate if s.contains('\r') => {
            s.replace("\r\n", "\n").replace('\r', "\n").into()
        }
        Newline::Cr if s.contains('\n') => s.replace('\n', "\r").into(),
        Newline::CrLf if s.contains('\n') => s.replace('\n', "\r\n").into(),
        _ => s.into(),
    }
}

/// The byte just past the end of the line starting at byte `from` of `s` (or `s.len()`).
fn line_end(s: &str, from: usize, mode: Newline) -> usize {
    let b = &s.as_bytes()[from..];
    let found = match mode {
        Newline::Lf | Newline::Translate => b.iter().position(|&c| c == b'\n').map(|i| i + 1),
        Newline::Cr => b.iter().position(|&c| c == b'\r').map(|i| i + 1),
        Newline::CrLf => b.windows(2).position(|w| w == b"\r\n").map(|i| i + 2),
        Newline::Universal => b.iter().position(|&c| c == b'\n' || c == b'\r').map(|i| {
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            }
        }),
    };
    found.map_or(s.len(), |n| from + n)
}

/// Characters in `s`.
fn chars_in(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The byte offset of character `n` of `s` (or `s.len()`).
fn byte_of_char(s: &str, n: usize) -> usize {
    if s.is_ascii() {
        return n.min(s.len());
    }
    s.char_indices().nth(n).map_or(s.len(), |(b, _)| b)
}

/// A StringIO's slots.
struct Sio {
    inst: Rc<Instance>,
    base: usize,
}

impl Sio {
    fn of(vm: &mut Vm, a: &Args, method: &str) -> PyResult<Sio> {
        let (inst, base) = receiver(vm, a, "StringIO", method, &SIO_SLOTS)?;
        Ok(Sio { inst, base })
    }

    /// The text, or the error CPython gives for an object whose __init__ never ran.
    fn text(&self, vm: &mut Vm) -> PyResult<Rc<PyStr>> {
        match &self.inst.slots.borrow()[self.base + SIO_TEXT] {
            Value::Str(s) => Ok(s.clone()),
            _ => Err(vm.value_error("I/O operation on uninitialized object")),
        }
    }

    fn is_closed(&self) -> bool {
        matches!(self.inst.slots.borrow()[self.base + SIO_CLOSED], Value::Bool(b) if b.get())
    }

    /// The text of an initialized, open StringIO.
    fn open_text(&self, vm: &mut Vm) -> PyResult<Rc<PyStr>> {
        let t = self.text(vm)?;
        if self.is_closed() {
            return Err(vm.value_error("I/O operation on closed file"));
        }
        Ok(t)
    }

    fn pos(&self) -> usize {
        int_slot(&self.inst.slots.borrow()[self.base + SIO_POS]).max(0) as usize
    }

    /// Moves to character `p`, whose byte offset is `at` when known.
    fn set_pos(&self, p: usize, at: Option<usize>) {
        let mut slots = self.inst.slots.borrow_mut();
        slots[self.base + SIO_POS] = Value::Int(p as i64);
        slots[self.base + SIO_AT] = at.map_or(Value::None, |b| Value::Int(b as i64));
    }

    /// The byte offset of character `pos` (the position) in `text`.
    fn byte_pos(&self, text: &PyStr, pos: usize) -> usize {
        if let Value::Int(b) = self.inst.slots.borrow()[self.base + SIO_AT]
            && b >= 0
            && text.as_str().is_char_boundary(b as usize)
        {
            return b as usize;
        }
        text.byte_offset(pos)
    }

    fn mode(&self) -> Newline {
        Newline::from_code(int_slot(&self.inst.slots.borrow()[self.base + SIO_NEWLINE]))
    }

    /// Stores `data` (already translated) at the position and moves past it.
    fn put(&self, data: &str) {
        if data.is_empty() {
            return;
        }
        let pos = self.pos();
        let n = chars_in(data);
        let start = match &self.inst.slots.borrow()[self.base + SIO_TEXT] {
            Value::Str(t) if pos < t.char_len() => self.byte_pos(t, pos),
            _ => 0,
        };
        let mut slots = self.inst.slots.borrow_mut();
        let slot = &mut slots[self.base + SIO_TEXT];
        let Value::Str(mut text) = std::mem::take(slot) else {
            return;
        };
        let len = text.char_len();
        if pos >= len {
            // Appending: in place while no one else holds the text (a `getvalue()` result
            // kept by the caller makes one copy, as CPython's does).
            if Rc::get_mut(&mut text).is_none() {
                text = Rc::new(PyStr::new(text.as_str()));
            }
            if let Some(t) = Rc::get_mut(&mut text) {
                if pos > len {
                    t.push_str(&"\0".repeat(pos - len));
                }
                t.push_str(data);
            }
        } else {
            let s = text.as_str();
            let end = text.byte_offset(pos + n);
            let mut out = String::with_capacity(s.len() + data.len());
            out.push_str(&s[..start]);
            out.push_str(data);
            out.push_str(&s[end..]);
            text = Rc::new(PyStr::from_string(out));
        }
        let at = if pos >= len {
            text.as_str().len()
        } else {
            start + data.len()
        };
        *slot = Value::Str(text);
        slots[self.base + SIO_POS] = Value::Int((pos + n) as i64);
        slots[self.base + SIO_AT] = Value::Int(at as i64);
    }

    /// The next line (at most `limit` characters when `limit >= 0`), moving past it.
    fn read_line(&self, text: &PyStr, limit: i64) -> Value {
        let pos = self.pos();
        let len = text.char_len();
        if pos >= len || limit == 0 {
            return Value::str("");
        }
        let s = text.as_str();
        let start = self.byte_pos(text, pos);
        let mut end = line_end(s, start, self.mode());
        if limit > 0 && limit < (end - start) as i64 {
            // A limit below the line's byte length may cut it: count its characters.
            let n = chars_in(&s[start..end]);
            if (limit as usize) < n {
                end = start + byte_of_char(&s[start..end], limit as usize);
            }
        }
        let line = Rc::new(PyStr::new(&s[start..end]));
        self.set_pos(pos + line.char_len(), Some(end));
        Value::Str(line)
    }
}

fn sio_init(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "__init__")?;
    let given = a.pos.len() - 1;
    if given + a.kw.len() > 2 {
        let total = given + a.kw.len();
        return Err(vm.type_error(format!(
            "StringIO() takes at most 2 arguments ({total} given)"
        )));
    }
    let mut value = a.pos.get(1).cloned();
    let mut newline = a.pos.get(2).cloned();
    for (k, v) in a.kw {
        let (slot, at) = match k.as_str() {
            "initial_value" => (&mut value, 1),
            "newline" => (&mut newline, 2),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for StringIO()"
                )));
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for StringIO() given by name ('{}') and position ({at})",
                k.as_str()
            )));
        }
        *slot = Some(v.clone());
    }
    let mode = match &newline {
        None => Newline::Lf,
        Some(Value::None) => Newline::Translate,
        Some(Value::Str(s)) => match s.as_str() {
            "\n" => Newline::Lf,
            "" => Newline::Universal,
            "\r" => Newline::Cr,
            "\r\n" => Newline::CrLf,
            _ => {
                let r = vm.repr(&Value::Str(s.clone()))?;
                return Err(vm.value_error(format!("illegal newline value: {r}")));
            }
        },
        Some(v) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("newline must be str or None, not {t}")));
        }
    };
    let value = match value {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s),
        Some(v) => {
            let t = vm.type_name(&v);
            return Err(vm.type_error(format!("initial_value must be str or None, not {t}")));
        }
    };
    {
        let mut slots = sio.inst.slots.borrow_mut();
        let b = sio.base;
        slots[b + SIO_TEXT] = Value::Str(Rc::new(PyStr::new("")));
        slots[b + SIO_POS] = Value::Int(0);
        slots[b + SIO_CLOSED] = Value::from_bool(false);
        slots[b + SIO_NEWLINE] = Value::Int(mode.code());
        slots[b + SIO_SEEN] = Value::Int(0);
        slots[b + SIO_AT] = Value::Int(0);
    }
    if let Some(v) = value {
        let data = translate(v.as_str(), mode);
        if data.as_ref() == v.as_str() && mode == Newline::Lf {
            // Share the caller's string; the first write at the end copies it.
            sio.inst.slots.borrow_mut()[sio.base + SIO_TEXT] = Value::Str(v.clone());
        } else {
            sio.put(&data);
            sio.set_pos(0, Some(0));
        }
        if mode.tracks_seen() {
            sio.inst.slots.borrow_mut()[sio.base + SIO_SEEN] = Value::Int(seen_endings(v.as_str()));
        }
    }
    Ok(Value::None)
}

fn sio_write(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "write")?;
    arity(vm, &a, "StringIO", "write", 1, 1)?;
    sio.text(vm)?;
    let Value::Str(s) = &a.pos[1] else {
        let t = vm.type_name(&a.pos[1]);
        return Err(vm.type_error(format!("string argument expected, got '{t}'")));
    };
    if sio.is_closed() {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    let n = s.char_len();
    if n > 0 {
        let mode = sio.mode();
        if mode.tracks_seen() {
            let seen = seen_endings(s.as_str());
            if seen != 0 {
                let mut slots = sio.inst.slots.borrow_mut();
                let old = int_slot(&slots[sio.base + SIO_SEEN]);
                slots[sio.base + SIO_SEEN] = Value::Int(old | seen);
            }
        }
        sio.put(&translate(s.as_str(), mode));
    }
    Ok(Value::Int(n as i64))
}

fn sio_getvalue(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "getvalue")?;
    arity(vm, &a, "StringIO", "getvalue", 0, 0)?;
    Ok(Value::Str(sio.open_text(vm)?))
}

fn sio_read(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "read")?;
    arity(vm, &a, "StringIO", "read", 0, 1)?;
    let size = optional_size(vm, a.pos.get(1), -1)?;
    let text = sio.open_text(vm)?;
    let pos = sio.pos();
    let len = text.char_len();
    if pos >= len {
        return Ok(Value::str(""));
    }
    let s = text.as_str();
    let start = sio.byte_pos(&text, pos);
    if size < 0 || pos.saturating_add(size as usize) >= len {
        sio.set_pos(len, Some(s.len()));
        if pos == 0 {
            return Ok(Value::Str(text));
        }
        return Ok(Value::str(&s[start..]));
    }
    let end = start + byte_of_char(&s[start..], size as usize);
    sio.set_pos(pos + size as usize, Some(end));
    Ok(Value::str(&s[start..end]))
}

fn sio_readline(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "readline")?;
    arity(vm, &a, "StringIO", "readline", 0, 1)?;
    let size = optional_size(vm, a.pos.get(1), -1)?;
    let text = sio.open_text(vm)?;
    Ok(sio.read_line(&text, size))
}

fn sio_next(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "__next__")?;
    arity(vm, &a, "StringIO", "__next__", 0, 0)?;
    let text = sio.open_text(vm)?;
    // A subclass's own readline() is what iteration uses, as in CPython.
    let key = vm.intern_static("readline");
    let native = matches!(
        sio.inst.class().lookup_rc(&key),
        Some(Value::Builtin(b)) if std::ptr::fn_addr_eq(b.func, sio_readline as NativeFn)
    );
    let line = if native {
        sio.read_line(&text, -1)
    } else {
        drop(text);
        let f = vm.get_attr(&a.pos[0], &key)?;
        let line = vm.call(&f, &[], &[])?;
        if !matches!(line, Value::Str(_)) {
            let t = vm.type_name(&line);
            return Err(os_error(
                vm,
                &format!("readline() should have returned a str object, not '{t}'"),
            ));
        }
        line
    };
    match &line {
        Value::Str(s) if s.char_len() == 0 => Err(vm.stop_iteration(Value::None)),
        _ => Ok(line),
    }
}

fn sio_tell(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "tell")?;
    arity(vm, &a, "StringIO", "tell", 0, 0)?;
    sio.open_text(vm)?;
    Ok(Value::Int(sio.pos() as i64))
}

fn sio_seek(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "seek")?;
    arity(vm, &a, "StringIO", "seek", 1, 2)?;
    let pos = vm.to_index(&a.pos[1])?;
    let whence = match a.pos.get(2) {
        Some(w) => vm.to_index(w)?,
        None => 0,
    };
    let text = sio.open_text(vm)?;
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if pos < 0 && whence == 0 {
        return Err(vm.value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        return Err(os_error(vm, "Can't do nonzero cur-relative seeks"));
    }
    let to = match whence {
        0 if pos == 0 => {
            sio.set_pos(0, Some(0));
            0
        }
        0 => {
            sio.set_pos(pos as usize, None);
            pos as usize
        }
        1 => sio.pos(),
        _ => {
            sio.set_pos(text.char_len(), Some(text.as_str().len()));
            text.char_len()
        }
    };
    Ok(Value::Int(to as i64))
}

fn sio_truncate(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "truncate")?;
    arity(vm, &a, "StringIO", "truncate", 0, 1)?;
    let here = sio.pos() as i64;
    let size = optional_size(vm, a.pos.get(1), here)?;
    let text = sio.open_text(vm)?;
    if size < 0 {
        return Err(vm.value_error(format!("Negative size value {size}")));
    }
    if (size as usize) < text.char_len() {
        let cut = Value::str(text.substring(0, size as usize));
        sio.inst.slots.borrow_mut()[sio.base + SIO_TEXT] = cut;
        sio.set_pos(here as usize, None);
    }
    Ok(Value::Int(size))
}

fn sio_close(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "close")?;
    arity(vm, &a, "StringIO", "close", 0, 0)?;
    sio.inst.slots.borrow_mut()[sio.base + SIO_CLOSED] = Value::from_bool(true);
    Ok(Value::None)
}

/// `readable()`, `writable()` and `seekable()`.
fn sio_true(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "readable")?;
    arity(vm, &a, "StringIO", "readable", 0, 0)?;
    sio.open_text(vm)?;
    Ok(Value::from_bool(true))
}

fn sio_closed(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "closed")?;
    sio.text(vm)?;
    Ok(Value::from_bool(sio.is_closed()))
}

fn sio_line_buffering(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "line_buffering")?;
    sio.open_text(vm)?;
    Ok(Value::from_bool(false))
}

/// The kinds of line ending read so far, for a StringIO that translates or accepts all.
fn sio_newlines(vm: &mut Vm, a: Args) -> PyResult {
    let sio = Sio::of(vm, &a, "newlines")?;
    sio.open_text(vm)?;
    if !sio.mode().tracks_seen() {
        return Ok(Value::None);
    }
    let seen = int_slot(&sio.inst.slots.borrow()[sio.base + SIO_SEEN]);
    let kinds: Vec<Value> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, s)| Value::str(s))
        .collect();
    Ok(match kinds.len() {
        0 => Value::None,
        1 => kinds[0].clone(),
        _ => Value::tuple(kinds),
    })
}

// ---------------------------------------------------------------------------------------
// BytesIO

/// A BytesIO's slots.
struct Bio {
    inst: Rc<Instance>,
    base: usize,
}

impl Bio {
    fn of(vm: &mut Vm, a: &Args, method: &str) -> PyResult<Bio> {
        let (inst, base) = receiver(vm, a, "BytesIO", method, &BIO_SLOTS)?;
        Ok(Bio { inst, base })
    }

    /// The buffer of an open BytesIO.
    fn open_data(&self, vm: &mut Vm) -> PyResult<Rc<std::cell::RefCell<Vec<u8>>>> {
        let slots = self.inst.slots.borrow();
        let closed = matches!(slots[self.base + BIO_CLOSED], Value::Bool(b) if b.get());
        match &slots[self.base + BIO_DATA] {
            Value::ByteArray(d) if !closed => Ok(d.clone()),
            Value::ByteArray(_) => {
                drop(slots);
                Err(vm.value_error("I/O operation on closed file."))
            }
            _ => {
                drop(slots);
                Err(vm.value_error("I/O operation on uninitialized object"))
            }
        }
    }

    fn pos(&self) -> usize {
        int_slot(&self.inst.slots.borrow()[self.base + BIO_POS]).max(0) as usize
    }

    fn set_pos(&self, p: usize) {
        self.inst.slots.borrow_mut()[self.base + BIO_POS] = Value::Int(p as i64);
    }

    /// Up to `limit` bytes (all with a negative limit) of the next line, moving past them.
    fn read_line(&self, data: &[u8], limit: i64) -> Value {
        let pos = self.pos();
        if pos >= data.len() {
            return Value::bytes(Vec::new());
        }
        let rest = &data[pos..];
        let mut n = rest
            .iter()
            .position(|&c| c == b'\n')
            .map_or(rest.len(), |i| i + 1);
        if limit >= 0 && (limit as usize) < n {
            n = limit as usize;
        }
        self.set_pos(pos + n);
        Value::bytes(rest[..n].to_vec())
    }
}

fn bio_init(vm: &mut Vm, a: Args) -> PyResult {
    let bio = Bio::of(vm, &a, "__init__")?;
    let given = a.pos.len() - 1 + a.kw.len();
    if given > 1 {
        return Err(vm.type_error(format!(
            "BytesIO() takes at most 1 argument ({given} given)"
        )));
    }
    let mut initial = a.pos.get(1).cloned();
    for (k, v) in a.kw {
        if k.as_str() != "initial_bytes" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for BytesIO()",
                k.as_str()
            )));
        }
        initial = Some(v.clone());
    }
    let data = match &initial {
        None | Some(Value::None) => Vec::new(),
        Some(v) => bytes_arg(vm, v)?,
    };
    let mut slots = bio.inst.slots.borrow_mut();
    slots[bio.base + BIO_DATA] = Value::ByteArray(Rc::new(std::cell::RefCell::new(data)));
    slots[bio.base + BIO_POS] = Value::Int(0);
    slots[bio.base + BIO_CLOSED] = Value::from_bool(false);
    Ok(Value::None)
}

/// The bytes of a bytes-like argument.
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.bytes_like(v) {
        return Ok(b);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
}

fn bio_write(vm: &mut Vm, a: Args) -> PyResult {
    let bio = Bio::of(vm, &a, "write")?;
    arity(vm, &a, "BytesIO", "write", 1, 1)?;
    let data = bio.open_data(vm)?;
    let owned;
    let src: &[u8] = match &a.pos[1] {
        Value::Bytes(b) => &b.data,
        other => {
            owned = bytes_arg(vm, other)?;
            &owned
        }
    };
    let n = src.len();
    if n == 0 {
        return Ok(Value::Int(0));
    }
    let pos = bio.pos();
    {
        let mut d = data.borrow_mut();
        if pos > d.len() {
            d.resize(pos, 0);
        }
        if pos == d.len() {
            d.extend_from_slice(src);
        } else {
            let end = (pos + n).min(d.len());
            d.splice(pos..end, src.iter().copied());
        }
    }
    bio.set_pos(pos + n);
    Ok(Value::Int(n as i64))
}

fn bio_getvalue(vm: &mut Vm, a: Args) -> PyResult {
    let bio = Bio::of(vm, &a, "getvalue")?;
    arity(vm, &a, "BytesIO", "getvalue", 0, 0)?;
    let data = bio.open_data(vm)?;
    let v = data.borrow().clone();
    Ok(Value::bytes(v))
}

fn bio_read(vm: &mut Vm, a: Args) -> PyResult {
    let bio = Bio::of(vm, &a, "read")?;
    arity(vm, &a, "BytesIO", "read", 0, 1)?;
    let size = optional_size(vm, a.pos.get(1), -1)?;
    let data = bio.open_data(vm)?;
    let d = data.borrow();
    let pos = bio.pos();
    if pos >= d.len() {
        return Ok(Value::bytes(Vec::new()));
    }
    let end = if size < 0 {
        d.len()
    } else {
        d.len().min(pos.saturating_add(size as usize))
    };
    let out = d[pos..end].to_vec();
    drop(d);
    bio.set_pos(end);
    Ok(Value::bytes(out))
}

fn bio_readline(vm: &mut Vm, a: Args) -> PyResult {
    let bio = Bio::of(vm, &a, "readline")?;
    arity(vm, &a, "BytesIO", "readline", 0, 1)?;
    let size = optional_size(vm, a.pos.get(1), -1)?;
    let data = bio.open_data(vm)?;
    let d = data.borrow();
    Ok(bio.read_line(&d, size))
}

fn bio_iter(vm: &mut Vm, a: Args) -> PyResult {
    let _ = Bio::of(vm, &a, "__iter__")?;
    Ok(a.pos[0].clone())
}

fn bio_next(vm: &mut Vm, a: Args) -> PyResult {
    let bio = Bio::of(vm, &a, "__next__")?;
    arity(vm, &a, "BytesIO", "__next__", 0, 0)?;
    let data = bio.open_data(vm)?;
    let line = bio.read_line(&data.borrow(), -1);
    match &line {
        Value::Bytes(b) if b.data.is_empty() => Err(vm.stop_iteration(Value::None)),
        _ => Ok(line),
    }
}

fn bio_tell(vm: &mut Vm, a: Args) -> PyResult {
    let bio = Bio::of(vm, &a, "tell")?;
    arity(vm, &a, "BytesIO", "tell", 0, 0)?;
    bio.open_data(vm)?;
    Ok(Value::Int(bio.pos() as i64))
}

fn bio_seek(vm: &mut Vm, a: Args) -> PyResult {
    let bio = Bio::of(vm, &a, "seek")?;
    arity(vm, &a, "BytesIO", "seek", 1, 2)?;
    let pos = vm.to_index(&a.pos[1])?;
    let whence = match a.pos.get(2) {
        Some(w) => vm.to_index(w)?,
        None => 0,
    };
    let data = bio.open_data(vm)?;
    if pos < 0 && whence == 0 {
        return Err(vm.value_error(format!("negative seek value {pos}")));
    }
    let to = match whence {
        0 => pos,
        1 => (bio.pos() as i64).saturating_add(pos),
        2 => (data.borrow().len() as i64).saturating_add(pos),
        _ => {
            return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
        }
    };
    let to = to.max(0);
    bio.set_pos(to as usize);
    Ok(Value::Int(to))
}

fn bio_truncate(vm: &mut Vm, a: Args) -> PyResult {
    let bio = Bio::of(vm, &a, "truncate")?;
    arity(vm, &a, "BytesIO", "truncate", 0, 1)?;
    let here = bio.pos() as i64;
    let size = optional_size(vm, a.pos.get(1), here)?;
    let data = bio.open_data(vm)?;
    if size < 0 {
        return Err(vm.value_error(format!("negative size value {size}")));
    }
    data.borrow_mut().truncate(size as usize);
    Ok(Value::Int(size))
}

fn bio_close(vm: &mut Vm, a: Args) -> PyResult {
    let bio = Bio::of(vm, &a, "close")?;
    arity(vm, &a, "BytesIO", "close", 0, 0)?;
    bio.inst.slots.borrow_mut()[bio.base + BIO_CLOSED] = Value::from_bool(true);
    Ok(Value::None)
}

fn bio_true(vm: &mut Vm, a: Args) -> PyResult {
    let bio = Bio::of(vm, &a, "readable")?;
    arity(vm, &a, "BytesIO", "readable", 0, 0)?;
    bio.open_data(vm)?;
    Ok(Value::from_bool(true))
}

fn bio_closed(vm: &mut Vm, a: Args) -> PyResult {
    let bio = Bio::of(vm, &a, "closed")?;
    let slots = bio.inst.slots.borrow();
    Ok(Value::from_bool(
        matches!(slots[bio.base + BIO_CLOSED], Value::Bool(b) if b.get()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_follow_the_newline_mode() {
        let s = "a\r\nb\rc\nd";
        assert_eq!(line_end(s, 0, Newline::Lf), 3);
        assert_eq!(line_end(s, 0, Newline::Cr), 2);
        assert_eq!(line_end(s, 0, Newline::CrLf), 3);
        assert_eq!(line_end(s, 0, Newline::Universal), 3);
        assert_eq!(line_end(s, 3, Newline::Universal), 5);
        assert_eq!(line_end(s, 5, Newline::Universal), 7);
        assert_eq!(line_end(s, 7, Newline::Universal), 8);
        assert_eq!(line_end(s, 7, Newline::CrLf), 8);
    }

    #[test]
    fn writes_translate_per_mode() {
        assert_eq!(translate("a\r\nb\rc\n", Newline::Translate), "a\nb\nc\n");
        assert_eq!(translate("a\nb", Newline::CrLf), "a\r\nb");
        assert_eq!(translate("a\nb", Newline::Cr), "a\rb");
        assert_eq!(translate("a\r\nb", Newline::Universal), "a\r\nb");
        assert_eq!(seen_endings("a\r\nb\rc"), SEEN_CRLF | SEEN_CR);
        assert_eq!(seen_endings("x\n"), SEEN_LF);
    }

    #[test]
    fn char_offsets_in_non_ascii_text() {
        assert_eq!(chars_in("héllo"), 5);
        assert_eq!(byte_of_char("héllo", 2), 3);
        assert_eq!(byte_of_char("abc", 9), 3);
    }
}
