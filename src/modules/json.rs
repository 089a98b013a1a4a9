//! `_json`: the encoder and scanner behind `json.dumps` and `json.loads`.
//!
//! `lib/json.py` stays the public face (the encoder and decoder classes, `JSONDecodeError`);
//! it hands the work to `encode` and `scan` here with its options spelled out as arguments.
//! Both walk UTF-8 text but speak in character positions, as Python does. Nesting is
//! counted against the VM's recursion limit, so deep input raises RecursionError rather
//! than overflowing the Rust stack. This module keeps no state between calls.

use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::builtins::args::{check, payload, str_arg};
use crate::objects::dict::DictTable;
use crate::objects::*;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[("encode", encode), ("scan", scan)];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_json", FUNCS)
}

/// Enters one level of nesting, as CPython's `Py_EnterRecursiveCall` does.
fn enter(vm: &mut Vm, what: &str) -> PyResult<()> {
    vm.depth += 1;
    if vm.depth > vm.recursion_limit || vm.stack_exhausted() {
        vm.depth -= 1;
        let c = vm.types.recursion_error.clone();
        return Err(vm.new_error(&c, format!("maximum recursion depth exceeded{what}")));
    }
    Ok(())
}

fn leave(vm: &mut Vm) {
    vm.depth -= 1;
}

// ---- encoding ---------------------------------------------------------------------------

const ENCODING: &str = " while encoding a JSON object";

/// `encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
/// item_separator, key_separator, default)`: the JSON text of `obj`. `indent` is None or the
/// string one level of indentation adds.
fn encode(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "encode", &a, 10, 10)?;
    let p = a.pos;
    let indent = match &p[6] {
        Value::None => None,
        v => Some(str_arg(vm, v, "indent")?),
    };
    if indent.is_none() {
        // CPython's C encoder takes the key separator (its argument 5) before the item one.
        for (sep, position) in [(&p[8], 5), (&p[7], 6)] {
            if !matches!(payload(sep), Value::Str(_)) {
                let t = crate::builtins::args::clinic_type_name(vm, sep);
                return Err(vm.type_error(format!(
                    "make_encoder() argument {position} must be str, not {t}"
                )));
            }
        }
    }
    let mut enc = Encoder {
        skipkeys: vm.truthy(&p[1])?,
        ensure_ascii: vm.truthy(&p[2])?,
        check_circular: vm.truthy(&p[3])?,
        allow_nan: vm.truthy(&p[4])?,
        sort_keys: vm.truthy(&p[5])?,
        indent,
        item_sep: str_arg(vm, &p[7], "item_separator")?,
        key_sep: str_arg(vm, &p[8], "key_separator")?,
        default: p[9].clone(),
        markers: Vec::new(),
        out: String::new(),
    };
    enc.value(vm, &p[0], 0)?;
    Ok(Value::string(enc.out))
}

struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<Rc<PyStr>>,
    item_sep: Rc<PyStr>,
    key_sep: Rc<PyStr>,
    default: Value,
    /// Identities of the containers being encoded (the path from the root).
    markers: Vec<usize>,
    out: String,
}

impl Encoder {
    fn value(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if b.get() { "true" } else { "false" }),
            Value::Str(s) => push_string(&mut self.out, s.as_str(), self.ensure_ascii),
            Value::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Value::BigInt(_) => {
                let text = vm.repr(v)?;
                self.out.push_str(&text);
            }
            Value::Float(f) => self.float(vm, f.get())?,
            Value::List(l) => self.list(vm, v, Seq::List(l), level)?,
            Value::Tuple(t) => self.list(vm, v, Seq::Tuple(t), level)?,
            Value::Dict(d) => self.dict(vm, v, d, true, level)?,
            Value::Instance(inst) => match &inst.payload {
                Payload::Builtin(inner) => {
                    let inner = inner.borrow().clone();
                    match &inner {
                        Value::Str(s) => push_string(&mut self.out, s.as_str(), self.ensure_ascii),
                        Value::Int(_) | Value::BigInt(_) | Value::Float(_) => {
                            self.value(vm, &inner, level)?
                        }
                        // Like CPython, a subclass's items come from iterating it.
                        // With an indent CPython's Python encoder tests the subclass itself
                        // for emptiness before iterating it.
                        Value::List(_) | Value::Tuple(_) => {
                            let own_len = match &inner {
                                Value::List(l) => l.0.borrow().len(),
                                Value::Tuple(t) => t.0.len(),
                                _ => 0,
                            };
                            let items = vm.iterate(v)?;
                            let empty = if self.newline(level).is_some() {
                                own_len == 0
                            } else {
                                items.is_empty()
                            };
                            self.list_of(vm, v, Seq::Owned(items), empty, level)?
                        }
                        Value::Dict(d) => self.dict(vm, v, d, false, level)?,
                        _ => self.other(vm, v, level)?,
                    }
                }
                _ => self.other(vm, v, level)?,
            },
            _ => self.other(vm, v, level)?,
        }
        Ok(())
    }

    fn float(&mut self, vm: &mut Vm, f: f64) -> PyResult<()> {
        if f.is_finite() {
            self.out.push_str(&crate::format::float_repr(f));
            return Ok(());
        }
        if !self.allow_nan {
            return Err(vm.value_error("Out of range float values are not JSON compliant"));
        }
        self.out.push_str(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    /// Marks a container as being encoded; a second visit is a cycle.
    fn mark(&mut self, vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
        if !self.check_circular {
            return Ok(None);
        }
        let id = v.ptr().unwrap_or(0);
        if self.markers.contains(&id) {
            return Err(vm.value_error("Circular reference detected"));
        }
        self.markers.push(id);
        Ok(Some(id))
    }

    fn unmark(&mut self, id: Option<usize>) {
        if id.is_some() {
            self.markers.pop();
        }
    }

    /// Anything else: whatever `default` turns it into.
    fn other(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        let id = self.mark(vm, v)?;
        let replacement = vm.call(&self.default.clone(), std::slice::from_ref(v), &[])?;
        enter(vm, ENCODING)?;
        let r = self.value(vm, &replacement, level);
        leave(vm);
        r?;
        self.unmark(id);
        Ok(())
    }

    /// A newline and the indentation of `level`, or None without `indent`.
    fn newline(&self, level: usize) -> Option<String> {
        let ind = self.indent.as_ref()?;
        let mut s = String::with_capacity(1 + ind.as_str().len() * level);
        s.push('\n');
        for _ in 0..level {
            s.push_str(ind.as_str());
        }
        Some(s)
    }

    fn list(&mut self, vm: &mut Vm, v: &Value, seq: Seq, level: usize) -> PyResult<()> {
        let empty = seq.len() == 0;
        self.list_of(vm, v, seq, empty, level)
    }

    fn list_of(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        seq: Seq,
        empty: bool,
        level: usize,
    ) -> PyResult<()> {
        if empty {
            self.out.push_str("[]");
            return Ok(());
        }
        let id = self.mark(vm, v)?;
        enter(vm, ENCODING)?;
        let r = self.list_items(vm, seq, level);
        leave(vm);
        r?;
        self.unmark(id);
        Ok(())
    }

    fn list_items(&mut self, vm: &mut Vm, seq: Seq, level: usize) -> PyResult<()> {
        self.out.push('[');
        let nl = self.newline(level + 1);
        let sep = match &nl {
            Some(nl) => format!("{}{nl}", self.item_sep.as_str()),
            None => self.item_sep.as_str().to_string(),
        };
        if let Some(nl) = &nl {
            self.out.push_str(nl);
        }
        let mut i = 0;
        while let Some(item) = seq.get(i) {
            if i > 0 {
                self.out.push_str(&sep);
            }
            self.value(vm, &item, level + 1)?;
            i += 1;
        }
        if nl.is_some()
            && let Some(close) = self.newline(level)
        {
            self.out.push_str(&close);
        }
        self.out.push(']');
        Ok(())
    }

    /// `exact`: a plain dict, whose items are read directly rather than through `items()`.
    fn dict(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        d: &Rc<DictObj>,
        exact: bool,
        level: usize,
    ) -> PyResult<()> {
        if d.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let id = self.mark(vm, v)?;
        enter(vm, ENCODING)?;
        let r = self.dict_items(vm, v, d, exact, level);
        leave(vm);
        r?;
        self.unmark(id);
        Ok(())
    }

    fn dict_items(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        d: &Rc<DictObj>,
        exact: bool,
        level: usize,
    ) -> PyResult<()> {
        self.out.push('{');
        let nl = self.newline(level + 1);
        let sep = match &nl {
            Some(nl) => format!("{}{nl}", self.item_sep.as_str()),
            None => self.item_sep.as_str().to_string(),
        };
        if let Some(nl) = &nl {
            self.out.push_str(nl);
        }
        let mut first = true;
        if exact && !self.sort_keys {
            let mut pos = 0;
            loop {
                let (k, val) = {
                    let t = d.table.borrow();
                    match t.next_from(pos) {
                        Some((e, next)) => {
                            pos = next;
                            (e.key.clone(), e.value.clone())
                        }
                        None => break,
                    }
                };
                self.member(vm, &k, &val, &sep, &mut first, level)?;
            }
        } else {
            for (k, val) in self.items_of(vm, v, d, exact)? {
                self.member(vm, &k, &val, &sep, &mut first, level)?;
            }
        }
        if nl.is_some()
            && let Some(close) = self.newline(level)
        {
            self.out.push_str(&close);
        }
        self.out.push('}');
        Ok(())
    }

    /// The items of a dict as a list: `items()` for a subclass, sorted with `sort_keys`.
    fn items_of(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        d: &Rc<DictObj>,
        exact: bool,
    ) -> PyResult<Vec<(Value, Value)>> {
        let mut items: Vec<Value> = if exact {
            d.table
                .borrow()
                .iter()
                .map(|e| Value::tuple(vec![e.key.clone(), e.value.clone()]))
                .collect()
        } else {
            let method = vm.get_attr_str(v, "items")?;
            let got = vm.call(&method, &[], &[])?;
            vm.iterate(&got)?
        };
        if self.sort_keys {
            crate::builtins::functions::sort_values(vm, &mut items, &Value::None, false)?;
        }
        let mut pairs = Vec::with_capacity(items.len());
        for item in items {
            match &item {
                Value::Tuple(t) if t.0.len() == 2 => pairs.push((t.0[0].clone(), t.0[1].clone())),
                _ => return Err(vm.value_error("items must return 2-tuples")),
            }
        }
        Ok(pairs)
    }

    fn member(
        &mut self,
        vm: &mut Vm,
        k: &Value,
        val: &Value,
        sep: &str,
        first: &mut bool,
        level: usize,
    ) -> PyResult<()> {
        let mark = self.out.len();
        if !*first {
            self.out.push_str(sep);
        }
        if !self.key(vm, k)? {
            self.out.truncate(mark);
            return Ok(());
        }
        *first = false;
        self.out.push_str(self.key_sep.as_str());
        self.value(vm, val, level + 1)
    }

    /// Writes a dict key as a JSON string; false when `skipkeys` drops it.
    fn key(&mut self, vm: &mut Vm, k: &Value) -> PyResult<bool> {
        match &payload(k) {
            Value::Str(s) => push_string(&mut self.out, s.as_str(), self.ensure_ascii),
            Value::Float(f) => {
                self.out.push('"');
                self.float(vm, f.get())?;
                self.out.push('"');
            }
            Value::Bool(b) => self
                .out
                .push_str(if b.get() { "\"true\"" } else { "\"false\"" }),
            Value::None => self.out.push_str("\"null\""),
            Value::Int(i) => {
                let _ = write!(self.out, "\"{i}\"");
            }
            Value::BigInt(b) => {
                let text = vm.repr(&Value::BigInt(b.clone()))?;
                let _ = write!(self.out, "\"{text}\"");
            }
            _ if self.skipkeys => return Ok(false),
            _ => {
                let t = vm.type_name(k);
                return Err(vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {t}"
                )));
            }
        }
        Ok(true)
    }
}

/// A list (read by index, as it may change while encoding), a tuple, or the items an
/// iteration gave.
enum Seq<'a> {
    List(&'a Rc<List>),
    Tuple(&'a Rc<Tuple>),
    Owned(Vec<Value>),
}

impl Seq<'_> {
    fn len(&self) -> usize {
        match self {
            Seq::List(l) => l.0.borrow().len(),
            Seq::Tuple(t) => t.0.len(),
            Seq::Owned(items) => items.len(),
        }
    }

    fn get(&self, i: usize) -> Option<Value> {
        match self {
            Seq::List(l) => l.0.borrow().get(i).cloned(),
            Seq::Tuple(t) => t.0.get(i).cloned(),
            Seq::Owned(items) => items.get(i).cloned(),
        }
    }
}

/// Appends `s` as a JSON string literal: `"`, `\` and control characters escaped, and with
/// `ascii` everything outside printable ASCII as `\uXXXX` (surrogate pairs above U+FFFF).
fn push_string(out: &mut String, s: &str, ascii: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b >= 0x80 {
            if !ascii {
                i += 1;
                continue;
            }
            let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
            out.push_str(&s[start..i]);
            let n = crate::text::code_point(ch);
            if n > 0xFFFF {
                let m = n - 0x10000;
                let _ = write!(
                    out,
                    "\\u{:04x}\\u{:04x}",
                    0xD800 | (m >> 10),
                    0xDC00 | (m & 0x3FF)
                );
            } else {
                let _ = write!(out, "\\u{n:04x}");
            }
            i += ch.len_utf8();
            start = i;
            continue;
        }
        let esc: Option<&str> = match b {
            b'"' => Some("\\\""),
            b'\\' => Some("\\\\"),
            b'\n' => Some("\\n"),
            b'\r' => Some("\\r"),
            b'\t' => Some("\\t"),
            0x08 => Some("\\b"),
            0x0c => Some("\\f"),
            _ => None,
        };
        if let Some(e) = esc {
            out.push_str(&s[start..i]);
            out.push_str(e);
            start = i + 1;
        } else if b < 0x20 || (ascii && b == 0x7f) {
            out.push_str(&s[start..i]);
            let _ = write!(out, "\\u{b:04x}");
            start = i + 1;
        }
        i += 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

// ---- decoding ---------------------------------------------------------------------------

/// `scan(s, idx, whole, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, error_class)`. With `whole`, the document `s` (whitespace around it
/// allowed, nothing else) and its value; otherwise `(value, end)` for the value starting at
/// character `idx`. Hooks and parsers are None for the defaults. Errors are raised as
/// `error_class(msg, s, pos)`.
fn scan(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "scan", &a, 10, 10)?;
    let p = a.pos;
    let text = str_arg(vm, &p[0], "first argument")?;
    let idx = vm.to_index(&p[1])?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let whole = vm.truthy(&p[2])?;
    let opt = |v: &Value| if v.is_none() { None } else { Some(v.clone()) };
    let float_class = Value::Class(vm.types.float.clone());
    let int_class = Value::Class(vm.types.int.clone());
    let parse_float = opt(&p[6]).filter(|f| !f.is(&float_class));
    let parse_int = opt(&p[7]).filter(|f| !f.is(&int_class));
    let mut sc = Scanner {
        s: text.as_str(),
        b: text.as_str().as_bytes(),
        ascii: text.is_ascii(),
        strict: vm.truthy(&p[3])?,
        object_hook: opt(&p[4]),
        pairs_hook: opt(&p[5]),
        parse_float,
        parse_int,
        parse_constant: opt(&p[8]),
        error_class: p[9].clone(),
        doc: p[0].clone(),
        memo: HashMap::new(),
    };
    let start = text.byte_offset(idx as usize);
    if idx as usize > text.char_len() {
        // Past the end: CPython reports the index asked for.
        return Err(sc.error_at_char(vm, "Expecting value", idx as usize));
    }
    if whole {
        let at = sc.skip_ws(start);
        let (v, end) = sc.value(vm, at)?;
        let end = sc.skip_ws(end);
        if end != sc.b.len() {
            return Err(sc.error(vm, "Extra data", end));
        }
        Ok(v)
    } else {
        let (v, end) = sc.value(vm, start)?;
        let end = sc.char_pos(end) as i64;
        Ok(Value::tuple(vec![v, Value::Int(end)]))
    }
}

struct Scanner<'a> {
    s: &'a str,
    b: &'a [u8],
    ascii: bool,
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    error_class: Value,
    doc: Value,
    /// Object keys seen so far, so repeated keys share one string.
    memo: HashMap<String, Rc<PyStr>>,
}

type Scanned = PyResult<(Value, usize)>;

impl Scanner<'_> {
    fn char_pos(&self, byte: usize) -> usize {
        if self.ascii {
            byte
        } else {
            self.s[..byte.min(self.s.len())].chars().count()
        }
    }

    /// `error_class(msg, doc, pos)` for the character at byte `at`.
    fn error(&self, vm: &mut Vm, msg: &str, at: usize) -> PyErr {
        self.error_at_char(vm, msg, self.char_pos(at))
    }

    /// `error_class(msg, doc, pos)` for character index `pos`.
    fn error_at_char(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyErr {
        let pos = Value::Int(pos as i64);
        let args = [Value::str(msg), self.doc.clone(), pos];
        match vm.call(&self.error_class, &args, &[]) {
            Ok(Value::Instance(inst)) if inst.exc_data().is_some() => PyErr(inst),
            Ok(_) => vm.type_error("exceptions must derive from BaseException"),
            Err(e) => e,
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && matches!(self.b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    fn value(&mut self, vm: &mut Vm, i: usize) -> Scanned {
        let Some(&c) = self.b.get(i) else {
            return Err(self.error(vm, "Expecting value", i));
        };
        let rest = &self.b[i..];
        match c {
            b'"' => {
                let (s, end) = self.string(vm, i + 1)?;
                Ok((Value::Str(s), end))
            }
            b'{' => {
                enter(vm, " while decoding a JSON object from a unicode string")?;
                let r = self.object(vm, i + 1);
                leave(vm);
                r
            }
            b'[' => {
                enter(vm, " while decoding a JSON array from a unicode string")?;
                let r = self.array(vm, i + 1);
                leave(vm);
                r
            }
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::from_bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::from_bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => Ok((self.constant(vm, "NaN")?, i + 3)),
            b'I' if rest.starts_with(b"Infinity") => Ok((self.constant(vm, "Infinity")?, i + 8)),
            b'-' if rest.starts_with(b"-Infinity") => Ok((self.constant(vm, "-Infinity")?, i + 9)),
            _ => self.number(vm, i),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str) -> PyResult {
        if let Some(f) = self.parse_constant.clone() {
            return vm.call(&f, &[Value::str(name)], &[]);
        }
        Ok(Value::float(match name {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            _ => f64::NEG_INFINITY,
        }))
    }

    fn digits(&self, mut i: usize) -> usize {
        while i < self.b.len() && self.b[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`
    fn number(&mut self, vm: &mut Vm, start: usize) -> Scanned {
        let b = self.b;
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(c) if c.is_ascii_digit() => i = self.digits(i),
            _ => return Err(self.error(vm, "Expecting value", start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            is_float = true;
            i = self.digits(i + 1);
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut k = i + 1;
            if matches!(b.get(k), Some(b'+' | b'-')) {
                k += 1;
            }
            if b.get(k).is_some_and(u8::is_ascii_digit) {
                is_float = true;
                i = self.digits(k);
            }
        }
        let text = &self.s[start..i];
        let v = if is_float {
            match self.parse_float.clone() {
                Some(f) => vm.call(&f, &[Value::str(text)], &[])?,
                None => Value::float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match self.parse_int.clone() {
                Some(f) => vm.call(&f, &[Value::str(text)], &[])?,
                None => match text.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => {
                        let big = text.parse::<BigInt>().unwrap_or_default();
                        Value::from_bigint(big)
                    }
                },
            }
        };
        Ok((v, i))
    }

    /// The string whose opening quote is just before byte `start`, and the byte after its
    /// closing quote.
    fn string(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Rc<PyStr>, usize)> {
        let (text, end) = self.string_text(vm, start)?;
        Ok((Rc::new(PyStr::from_string(text)), end))
    }

    fn string_text(&mut self, vm: &mut Vm, start: usize) -> PyResult<(String, usize)> {
        let b = self.b;
        let begin = start - 1;
        let mut out = String::new();
        let mut i = start;
        loop {
            let chunk = i;
            while i < b.len() {
                let c = b[i];
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c < 0x20 && self.strict {
                    return Err(self.error(vm, "Invalid control character at", i));
                }
                i += 1;
            }
            if i >= b.len() {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            }
            out.push_str(&self.s[chunk..i]);
            if b[i] == b'"' {
                return Ok((out, i + 1));
            }
            // A backslash at i.
            let Some(&esc) = b.get(i + 1) else {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            };
            if esc != b'u' {
                out.push(match esc {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(self.error(vm, "Invalid \\escape", i)),
                });
                i += 2;
                continue;
            }
            let u = i + 1;
            let mut cp = self.hex4(vm, u)?;
            i = u + 5;
            if (0xD800..0xDC00).contains(&cp)
                && i + 6 < b.len()
                && b[i] == b'\\'
                && b[i + 1] == b'u'
            {
                let low = self.hex4(vm, i + 1)?;
                if (0xDC00..0xE000).contains(&low) {
                    cp = 0x10000 + (((cp - 0xD800) << 10) | (low - 0xDC00));
                    i += 6;
                }
            }
            // A lone surrogate is kept, as its stand-in.
            out.push(crate::text::char_of_code_point(cp).unwrap_or('\u{fffd}'));
        }
    }

    /// The four hex digits after the `u` at byte `u` (which must leave a character after
    /// them, as the closing quote).
    fn hex4(&self, vm: &mut Vm, u: usize) -> PyResult<u32> {
        let digits = self.b.get(u + 1..u + 5).filter(|_| u + 5 < self.b.len());
        let value = digits.and_then(|d| {
            d.iter().try_fold(0u32, |acc, &c| {
                (c as char).to_digit(16).map(|x| acc * 16 + x)
            })
        });
        value.ok_or_else(|| self.error(vm, "Invalid \\uXXXX escape", u))
    }

    fn key(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Rc<PyStr>, usize)> {
        let (text, end) = self.string_text(vm, start)?;
        if let Some(k) = self.memo.get(text.as_str()) {
            return Ok((k.clone(), end));
        }
        let k = Rc::new(PyStr::new(&text));
        self.memo.insert(text, k.clone());
        Ok((k, end))
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> Scanned {
        let b = self.b;
        let mut pairs: Vec<(Rc<PyStr>, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        if b.get(i) != Some(&b'}') {
            loop {
                if b.get(i) != Some(&b'"') {
                    return Err(self.error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, end) = self.key(vm, i + 1)?;
                i = self.skip_ws(end);
                if b.get(i) != Some(&b':') {
                    return Err(self.error(vm, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, end) = self.value(vm, i)?;
                pairs.push((key, v));
                i = self.skip_ws(end);
                match b.get(i) {
                    Some(b'}') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(self.error(vm, "Expecting ',' delimiter", i)),
                }
            }
        }
        let end = i + 1;
        if let Some(hook) = self.pairs_hook.clone() {
            let list = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![Value::Str(k), v]))
                .collect();
            return Ok((vm.call(&hook, &[Value::list(list)], &[])?, end));
        }
        let mut t = DictTable::with_capacity(pairs.len());
        for (k, v) in pairs {
            match t.find_str(&k) {
                Some(ix) => t.set_value_at(ix, v),
                None => {
                    let h = k.hash();
                    t.insert_new(h, Value::Str(k), v);
                }
            }
        }
        let d = Value::Dict(crate::objects::dict::new_dict(t));
        match self.object_hook.clone() {
            Some(hook) => Ok((vm.call(&hook, &[d], &[])?, end)),
            None => Ok((d, end)),
        }
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> Scanned {
        let b = self.b;
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if b.get(i) != Some(&b']') {
            loop {
                let (v, end) = self.value(vm, i)?;
                items.push(v);
                i = self.skip_ws(end);
                match b.get(i) {
                    Some(b']') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(self.error(vm, "Expecting ',' delimiter", i)),
                }
            }
        }
        Ok((Value::list(items), i + 1))
    }
}
