//! `str` methods, built on the pure text library.

use std::rc::Rc;

use crate::builtins::args::{
    c_int_arg, check_method, check_method_params, check_method_parsed, get, opt_slice_index,
    payload, self_str, str_arg,
};
use crate::objects::*;
use crate::text;
use crate::vm::Vm;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("replace", replace),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("upper", upper),
    ("lower", lower),
    ("casefold", casefold),
    ("swapcase", swapcase),
    ("capitalize", capitalize),
    ("title", title),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("partition", partition),
    ("rpartition", rpartition),
    ("isdigit", isdigit),
    ("isnumeric", isnumeric),
    ("isdecimal", isdecimal),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("isidentifier", isidentifier),
    ("isprintable", isprintable),
    ("isascii", isascii),
    ("format", format),
    ("format_map", format_map),
    ("encode", encode),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("maketrans", maketrans),
    ("translate", translate),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__contains__", contains),
    ("__add__", add),
    ("__mul__", mul),
    ("__mod__", rem),
    ("__eq__", eq),
    ("__lt__", lt),
    ("__hash__", hash),
    ("__str__", to_str),
    ("__repr__", repr),
    ("__iter__", iter),
    ("__format__", dunder_format),
];

fn new_str(s: &str) -> Value {
    Value::str(s)
}

fn fmt_err(vm: &mut Vm, e: crate::format::FmtError) -> PyErr {
    vm.fmt_error(e)
}

fn split_impl(vm: &mut Vm, a: &Args, name: &str, right: bool) -> PyResult {
    check_method_params(vm, name, a, &["sep", "maxsplit"], 0)?;
    let s = self_str(vm, a, name)?;
    let rest = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    let sep = match get(&rest, 0, "sep") {
        None | Some(Value::None) => None,
        Some(v) => match payload(v) {
            Value::Str(x) => Some(x),
            _ => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("must be str or None, not {t}")));
            }
        },
    };
    let maxsplit = match get(&rest, 1, "maxsplit") {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let parts = if right {
        text::rsplit(s.as_str(), sep.as_deref().map(PyStr::as_str), maxsplit)
    } else {
        text::split(s.as_str(), sep.as_deref().map(PyStr::as_str), maxsplit)
    }
    .map_err(|e| fmt_err(vm, e))?;
    Ok(Value::list(parts.into_iter().map(new_str).collect()))
}

fn split(vm: &mut Vm, a: Args) -> PyResult {
    split_impl(vm, &a, "split", false)
}

fn rsplit(vm: &mut Vm, a: Args) -> PyResult {
    split_impl(vm, &a, "rsplit", true)
}

fn splitlines(vm: &mut Vm, a: Args) -> PyResult {
    check_method_params(vm, "splitlines", &a, &["keepends"], 0)?;
    let s = self_str(vm, &a, "splitlines")?;
    let rest = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    let keep = match get(&rest, 0, "keepends") {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    Ok(Value::list(
        text::splitlines(s.as_str(), keep)
            .into_iter()
            .map(new_str)
            .collect(),
    ))
}

fn join(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "join", &a, 1, 1)?;
    let s = self_str(vm, &a, "join")?;
    // A list or tuple of exact strs, the usual argument, is read in place.
    let joined = match &a.pos[1] {
        Value::List(l) => join_exact(s.as_str(), &l.0.borrow()),
        Value::Tuple(t) => join_exact(s.as_str(), &t.0),
        _ => None,
    };
    if let Some(out) = joined {
        return Ok(Value::string(out.map_err(|_| memory_error(vm))?));
    }
    let items = vm.iterate_or(&a.pos[1], "can only join an iterable")?;
    let mut parts = Vec::with_capacity(items.len());
    let mut total = s.as_str().len() as u128 * items.len().saturating_sub(1) as u128;
    for (i, it) in items.iter().enumerate() {
        match crate::builtins::args::payload(it) {
            Value::Str(x) => {
                total += x.as_str().len() as u128;
                parts.push(x);
            }
            _ => {
                let t = vm.type_name(it);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
    }
    let mut out = text::text_buffer(total).map_err(|_| memory_error(vm))?;
    for (i, x) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(s.as_str());
        }
        out.push_str(x.as_str());
    }
    Ok(Value::string(out))
}

/// `sep.join(items)` when every item is an exact str; `None` otherwise (the general path
/// then reports the first item of another type).
fn join_exact(sep: &str, items: &[Value]) -> Option<Result<String, ()>> {
    let mut total = sep.len() as u128 * items.len().saturating_sub(1) as u128;
    for it in items {
        let Value::Str(x) = it else { return None };
        total += x.as_str().len() as u128;
    }
    let Ok(mut out) = text::text_buffer(total) else {
        return Some(Err(()));
    };
    for (i, it) in items.iter().enumerate() {
        if let Value::Str(x) = it {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(x.as_str());
        }
    }
    Some(Ok(out))
}

/// MemoryError (CPython's, with no message) for a result too large to allocate.
fn memory_error(vm: &mut Vm) -> PyErr {
    let cls = vm.types.memory_error.clone();
    vm.new_error(&cls, "")
}

/// An integer argument CPython converts to a C `Py_ssize_t`: OverflowError past 64 bits.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::builtins::args::payload(v) {
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.to_index(v),
    }
}

fn strip_impl(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    f: for<'s> fn(&'s str, Option<&str>) -> &'s str,
) -> PyResult {
    check_method(vm, name, a, 0, 1)?;
    let s = self_str(vm, a, name)?;
    let chars = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => match payload(v) {
            Value::Str(x) => Some(x),
            _ => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let r = f(s.as_str(), chars.as_deref().map(PyStr::as_str));
    if r.len() == s.as_str().len() {
        return Ok(Value::Str(s));
    }
    Ok(new_str(r))
}

fn strip(vm: &mut Vm, a: Args) -> PyResult {
    strip_impl(vm, &a, "strip", text::strip)
}

fn lstrip(vm: &mut Vm, a: Args) -> PyResult {
    strip_impl(vm, &a, "lstrip", text::lstrip)
}

fn rstrip(vm: &mut Vm, a: Args) -> PyResult {
    strip_impl(vm, &a, "rstrip", text::rstrip)
}

fn replace(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "replace", &a, 2, 3)?;
    let s = self_str(vm, &a, "replace")?;
    let old = str_arg(vm, &a.pos[1], "replace() argument 1")?;
    let new = str_arg(vm, &a.pos[2], "replace() argument 2")?;
    let count = match a.pos.get(3) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    // Nothing to replace: the str itself, as CPython returns it.
    if count == 0 || (!old.as_str().is_empty() && !text::contains(s.as_str(), old.as_str())) {
        return Ok(Value::Str(s));
    }
    match text::replace(s.as_str(), old.as_str(), new.as_str(), count) {
        Ok(r) => Ok(Value::string(r)),
        Err(_) => Err(memory_error(vm)),
    }
}

/// `self`, the needle, and the optional start and end of a search method.
type FindArgs = (Rc<PyStr>, Rc<PyStr>, Option<i64>, Option<i64>);

fn find_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<FindArgs> {
    check_method_parsed(vm, name, a, 1, 3)?;
    let s = self_str(vm, a, name)?;
    let sub = match payload(&a.pos[1]) {
        Value::Str(x) => x,
        _ => {
            let t = vm.type_name(&a.pos[1]);
            return Err(vm.type_error(format!("must be str, not {t}")));
        }
    };
    let start = opt_slice_index(vm, a.pos.get(2), true)?;
    let end = opt_slice_index(vm, a.pos.get(3), true)?;
    Ok((s, sub, start, end))
}

/// `s[start:end]` (character indices, adjusted as `find` adjusts them) with its first
/// character index; `None` when the range is empty past the end. The window's ends come from
/// the string's offset table, so a search from a late `start` in non-ASCII text does not walk
/// the text before it (measured: a `find` loop over 55,000 non-ASCII characters was 4x
/// CPython's time).
fn char_window(s: &PyStr, start: Option<i64>, end: Option<i64>) -> Option<(&str, usize)> {
    let len = s.char_len();
    let (st, en) = text::adjust_indices(start, end, len);
    if st > en || st > len {
        return None;
    }
    let (b0, b1) = (s.byte_offset(st), s.byte_offset(en.min(len)));
    Some((&s.as_str()[b0..b1], st))
}

/// The character index of the first (or, `last`, the last) match of `sub` in `s[start:end]`.
fn find_in(
    s: &PyStr,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
    last: bool,
) -> Option<usize> {
    let (w, st) = char_window(s, start, end)?;
    let b = if last { w.rfind(sub) } else { w.find(sub) }?;
    // A match of valid UTF-8 starts on a character boundary; count the characters before it.
    Some(
        st + if s.is_ascii() {
            b
        } else {
            w[..b].chars().count()
        },
    )
}

fn find(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, start, end) = find_args(vm, &a, "find")?;
    let r = find_in(&s, sub.as_str(), start, end, false);
    Ok(Value::Int(r.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, start, end) = find_args(vm, &a, "rfind")?;
    let r = find_in(&s, sub.as_str(), start, end, true);
    Ok(Value::Int(r.map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, start, end) = find_args(vm, &a, "index")?;
    match find_in(&s, sub.as_str(), start, end, false) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, start, end) = find_args(vm, &a, "rindex")?;
    match find_in(&s, sub.as_str(), start, end, true) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, start, end) = find_args(vm, &a, "count")?;
    let n = match char_window(&s, start, end) {
        None => 0,
        // The empty string matches before each character and at the end.
        Some((w, _)) if sub.as_str().is_empty() => text::char_len(w) + 1,
        Some((w, _)) => w.matches(sub.as_str()).count(),
    };
    Ok(Value::Int(n as i64))
}

fn affix(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    f: fn(&str, &str, Option<i64>, Option<i64>) -> bool,
) -> PyResult {
    check_method_parsed(vm, name, a, 1, 3)?;
    let s = self_str(vm, a, name)?;
    let start = opt_slice_index(vm, a.pos.get(2), true)?;
    let end = opt_slice_index(vm, a.pos.get(3), true)?;
    if start.is_none() && end.is_none() {
        // The common case needs no index arithmetic at all.
        let check = |p: &str| {
            if name == "startswith" {
                s.as_str().starts_with(p)
            } else {
                s.as_str().ends_with(p)
            }
        };
        match &a.pos[1] {
            Value::Str(p) => return Ok(Value::from_bool(check(p.as_str()))),
            Value::Tuple(t) if t.0.iter().all(|x| matches!(x, Value::Str(_))) => {
                return Ok(Value::from_bool(
                    t.0.iter()
                        .any(|x| x.as_str().is_some_and(|p| check(p.as_str()))),
                ));
            }
            _ => {}
        }
    }
    {
        let w = char_window(&s, start, end);
        let check = |p: &str| match w {
            Some((w, _)) => {
                if name == "startswith" {
                    w.starts_with(p)
                } else {
                    w.ends_with(p)
                }
            }
            None => false,
        };
        match &a.pos[1] {
            Value::Str(p) => return Ok(Value::from_bool(check(p.as_str()))),
            Value::Tuple(t) if t.0.iter().all(|x| matches!(x, Value::Str(_))) => {
                return Ok(Value::from_bool(
                    t.0.iter()
                        .any(|x| x.as_str().is_some_and(|p| check(p.as_str()))),
                ));
            }
            _ => {}
        }
    }
    match &a.pos[1] {
        Value::Str(p) => Ok(Value::from_bool(f(s.as_str(), p.as_str(), start, end))),
        Value::Tuple(t) => {
            for x in t.0.iter() {
                match x {
                    Value::Str(p) => {
                        if f(s.as_str(), p.as_str(), start, end) {
                            return Ok(Value::Bool(Truth::TRUE));
                        }
                    }
                    other => {
                        let tn = vm.type_name(other);
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {tn}"
                        )));
                    }
                }
            }
            Ok(Value::Bool(Truth::FALSE))
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {tn}"
            )))
        }
    }
}

fn startswith(vm: &mut Vm, a: Args) -> PyResult {
    affix(vm, &a, "startswith", text::startswith)
}

fn endswith(vm: &mut Vm, a: Args) -> PyResult {
    affix(vm, &a, "endswith", text::endswith)
}

fn map_str(vm: &mut Vm, a: &Args, name: &str, f: fn(&str) -> String) -> PyResult {
    if let ([Value::Str(s)], []) = (a.pos, a.kw) {
        return Ok(Value::string(f(s.as_str())));
    }
    check_method(vm, name, a, 0, 0)?;
    let s = self_str(vm, a, name)?;
    Ok(Value::string(f(s.as_str())))
}

fn upper(vm: &mut Vm, a: Args) -> PyResult {
    map_str(vm, &a, "upper", text::upper)
}

fn lower(vm: &mut Vm, a: Args) -> PyResult {
    map_str(vm, &a, "lower", text::lower)
}

fn casefold(vm: &mut Vm, a: Args) -> PyResult {
    map_str(vm, &a, "casefold", text::casefold)
}

fn swapcase(vm: &mut Vm, a: Args) -> PyResult {
    map_str(vm, &a, "swapcase", text::swapcase)
}

fn capitalize(vm: &mut Vm, a: Args) -> PyResult {
    map_str(vm, &a, "capitalize", text::capitalize)
}

/// A str argument checked as CPython's generated argument parsers check it: their message
/// names None as `None` rather than by its type.
fn title(vm: &mut Vm, a: Args) -> PyResult {
    map_str(vm, &a, "title", text::title)
}

type JustifyFn = fn(&str, i64, char) -> Result<String, text::TooLong>;

fn justify(vm: &mut Vm, a: &Args, name: &str, f: JustifyFn) -> PyResult {
    check_method(vm, name, a, 1, 2)?;
    let s = self_str(vm, a, name)?;
    let width = ssize_arg(vm, &a.pos[1])?;
    let fill = match a.pos.get(2) {
        Some(Value::Str(c)) => text::fill_char(c.as_str()).map_err(|e| fmt_err(vm, e))?,
        Some(other) => {
            if let Ok(c) = str_arg(vm, other, "fill character") {
                text::fill_char(c.as_str()).map_err(|e| fmt_err(vm, e))?
            } else {
                let t = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {t}"
                )));
            }
        }
        None => ' ',
    };
    match f(s.as_str(), width, fill) {
        Ok(r) => Ok(Value::string(r)),
        Err(_) => Err(memory_error(vm)),
    }
}

fn center(vm: &mut Vm, a: Args) -> PyResult {
    justify(vm, &a, "center", text::center)
}

fn ljust(vm: &mut Vm, a: Args) -> PyResult {
    justify(vm, &a, "ljust", text::ljust)
}

fn rjust(vm: &mut Vm, a: Args) -> PyResult {
    justify(vm, &a, "rjust", text::rjust)
}

fn zfill(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "zfill", &a, 1, 1)?;
    let s = self_str(vm, &a, "zfill")?;
    let w = ssize_arg(vm, &a.pos[1])?;
    match text::zfill(s.as_str(), w) {
        Ok(r) => Ok(Value::string(r)),
        Err(_) => Err(memory_error(vm)),
    }
}

fn expandtabs(vm: &mut Vm, a: Args) -> PyResult {
    check_method_params(vm, "expandtabs", &a, &["tabsize"], 0)?;
    let s = self_str(vm, &a, "expandtabs")?;
    let rest = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    let n = match get(&rest, 0, "tabsize") {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    match text::expandtabs(s.as_str(), n) {
        Ok(r) => Ok(Value::string(r)),
        Err(_) => Err(memory_error(vm)),
    }
}

fn partition_impl(vm: &mut Vm, a: &Args, name: &str, right: bool) -> PyResult {
    check_method(vm, name, a, 1, 1)?;
    let s = self_str(vm, a, name)?;
    let sep = match payload(&a.pos[1]) {
        Value::Str(x) => x,
        _ => {
            let t = vm.type_name(&a.pos[1]);
            return Err(vm.type_error(format!("must be str, not {t}")));
        }
    };
    let r = if right {
        text::rpartition(s.as_str(), sep.as_str())
    } else {
        text::partition(s.as_str(), sep.as_str())
    };
    let (x, y, z) = r.map_err(|e| fmt_err(vm, e))?;
    Ok(Value::tuple(vec![new_str(x), new_str(y), new_str(z)]))
}

fn partition(vm: &mut Vm, a: Args) -> PyResult {
    partition_impl(vm, &a, "partition", false)
}

fn rpartition(vm: &mut Vm, a: Args) -> PyResult {
    partition_impl(vm, &a, "rpartition", true)
}

fn pred(vm: &mut Vm, a: &Args, name: &str, f: fn(&str) -> bool) -> PyResult {
    // `ch.isdigit()` on an exact str runs in loops over every character: no checks to make.
    if let ([Value::Str(s)], []) = (a.pos, a.kw) {
        return Ok(Value::from_bool(f(s.as_str())));
    }
    check_method(vm, name, a, 0, 0)?;
    let s = self_str(vm, a, name)?;
    Ok(Value::from_bool(f(s.as_str())))
}

fn isdigit(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isdigit", text::isdigit)
}
fn isnumeric(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isnumeric", text::isnumeric)
}
fn isdecimal(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isdecimal", text::isdecimal)
}
fn isalpha(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isalpha", text::isalpha)
}
fn isalnum(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isalnum", text::isalnum)
}
fn isspace(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isspace", text::isspace)
}
fn islower(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "islower", text::islower)
}
fn isupper(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isupper", text::isupper)
}
fn istitle(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "istitle", text::istitle)
}
fn isidentifier(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isidentifier", text::isidentifier)
}
fn isprintable(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isprintable", text::isprintable)
}
fn isascii(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isascii", text::isascii)
}

fn format(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_str(vm, &a, "format")?;
    let r = crate::builtins::strfmt::str_format(vm, s.as_str(), &a.pos[1..], a.kw, 0)?;
    Ok(Value::string(r))
}

fn format_map(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "format_map", &a, 1, 1)?;
    let s = self_str(vm, &a, "format_map")?;
    let r = crate::builtins::strfmt::str_format_map(vm, s.as_str(), &a.pos[1])?;
    Ok(Value::string(r))
}

pub(crate) fn encode(vm: &mut Vm, a: Args) -> PyResult {
    check_method_params(vm, "encode", &a, &["encoding", "errors"], 0)?;
    let s = self_str(vm, &a, "encode")?;
    let rest = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    let enc = match get(&rest, 0, "encoding") {
        Some(v) => str_arg(vm, v, "encode() argument 'encoding'")?
            .as_str()
            .to_string(),
        None => "utf-8".into(),
    };
    let errors = match get(&rest, 1, "errors") {
        Some(v) => str_arg(vm, v, "encode() argument 'errors'")?
            .as_str()
            .to_string(),
        None => "strict".into(),
    };
    let encoder = match crate::builtins::types::bytes::codec_of(&enc) {
        Some(codec) => TextEncoder::Builtin(codec),
        None => match text::charmap::code_page(&enc) {
            Some(page) => TextEncoder::Page(page),
            None => {
                let args = [a.pos[0].clone(), Value::str(&enc), Value::str(&errors)];
                return python_codec(vm, "encode", &args);
            }
        },
    };
    let first_bad = match encoder.encode_all(s.as_str()) {
        Ok(b) => return Ok(Value::bytes(b)),
        Err(at) => at,
    };
    encode_with_handler(vm, encoder, &s, first_bad, &errors).map(Value::bytes)
}

/// The bytes-to-bytes and str-to-str codecs (normalized names).
const NON_TEXT_CODECS: &[&str] = &[
    "base64",
    "base_64",
    "base64_codec",
    "bz2",
    "bz2_codec",
    "hex",
    "hex_codec",
    "quopri",
    "quotedprintable",
    "quoted_printable",
    "quopri_codec",
    "rot13",
    "rot_13",
    "uu",
    "uu_codec",
    "zip",
    "zlib",
    "zlib_codec",
];

/// The LookupError for an encoding `str.encode` / `bytes.decode` cannot use: a bytes-to-bytes
/// or str-to-str codec (`rot13`, `hex`, `base64`, ...) is named as such, as CPython does.
pub(crate) fn unknown_text_encoding(vm: &mut Vm, enc: &str, method: &str) -> PyErr {
    let c = vm.types.lookup_error.clone();
    if NON_TEXT_CODECS.contains(&text::charmap::normalize_encoding(enc).as_str()) {
        return vm.new_error(
            &c,
            format!(
                "'{enc}' is not a text encoding; use codecs.{method}() to handle arbitrary codecs"
            ),
        );
    }
    vm.new_error(&c, format!("unknown encoding: {enc}"))
}

/// `str.encode` / `bytes.decode` (`method`) with `args` = (object, encoding, errors) through a
/// codec written in Python (`idna`, `punycode`, one found by a `codecs.register` search
/// function); bytes-to-bytes codecs are refused as CPython does.
pub(crate) fn python_codec(vm: &mut Vm, method: &str, args: &[Value; 3]) -> PyResult {
    let enc = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    let normalized = text::charmap::normalize_encoding(&enc);
    if NON_TEXT_CODECS.contains(&normalized.as_str()) {
        return Err(unknown_text_encoding(vm, &enc, method));
    }
    let codecs = crate::import::import_module(vm, "codecs")?;
    let name = if method == "encode" {
        "_encode_text"
    } else {
        "_decode_text"
    };
    let func = vm.get_attr_str(&codecs, name)?;
    vm.call(&func, args, &[])
}

/// A codec `str.encode` writes through: one of the built-in codecs or a single-byte code page.
#[derive(Clone, Copy)]
enum TextEncoder {
    Builtin(crate::builtins::types::bytes::Codec),
    Page(&'static text::charmap::CodePage),
}

impl TextEncoder {
    /// All of `s`, or the character index of the first character the codec cannot hold.
    fn encode_all(self, s: &str) -> Result<Vec<u8>, usize> {
        match self {
            TextEncoder::Builtin(codec) => {
                crate::builtins::types::bytes::encode_text(codec, s).map_err(|(i, _, _)| i)
            }
            TextEncoder::Page(page) => {
                let mut out = Vec::with_capacity(s.len());
                for (i, c) in s.chars().enumerate() {
                    out.push(page.encode_char(c).ok_or(i)?);
                }
                Ok(out)
            }
        }
    }

    /// Appends the encoding of `c`; false when the codec cannot hold it.
    fn encode_char(self, c: char, out: &mut Vec<u8>) -> bool {
        use crate::builtins::types::bytes::{Codec, encode_text};
        match self {
            TextEncoder::Builtin(Codec::Ascii) if !c.is_ascii() => false,
            TextEncoder::Builtin(Codec::Latin1) if (c as u32) > 0xff => false,
            TextEncoder::Builtin(Codec::Ascii | Codec::Latin1) => {
                out.push(c as u8);
                true
            }
            TextEncoder::Builtin(codec) => {
                let mut buf = [0u8; 4];
                match encode_text(codec, c.encode_utf8(&mut buf)) {
                    Ok(b) => {
                        out.extend(b);
                        true
                    }
                    Err(_) => false,
                }
            }
            TextEncoder::Page(page) => match page.encode_char(c) {
                Some(b) => {
                    out.push(b);
                    true
                }
                None => false,
            },
        }
    }

    /// Appends the ASCII text an error handler substitutes, in the codec's code units.
    fn encode_ascii(self, replacement: &str, out: &mut Vec<u8>) {
        for c in replacement.chars() {
            self.encode_char(c, out);
        }
    }

    /// The codec name and reason a UnicodeEncodeError of this codec carries.
    fn error_words(self) -> (&'static str, &'static str) {
        use crate::builtins::types::bytes::Codec;
        match self {
            TextEncoder::Builtin(Codec::Ascii) => ("ascii", "ordinal not in range(128)"),
            TextEncoder::Builtin(Codec::Latin1) => ("latin-1", "ordinal not in range(256)"),
            TextEncoder::Builtin(
                c @ (Codec::Utf8 { .. } | Codec::Utf16 { .. } | Codec::Utf32 { .. }),
            ) => (c.name(), "surrogates not allowed"),
            _ => ("charmap", "character maps to <undefined>"),
        }
    }
}

/// Encodes `s` through `errors=` once the character at `first_bad` turned out unencodable.
/// Each run of unencodable characters goes to the handler at once, as in CPython; a handler
/// registered with `codecs.register_error` is called with the UnicodeEncodeError.
fn encode_with_handler(
    vm: &mut Vm,
    encoder: TextEncoder,
    s: &Rc<PyStr>,
    first_bad: usize,
    errors: &str,
) -> PyResult<Vec<u8>> {
    use crate::builtins::types::bytes::Codec;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let (codec, reason) = encoder.error_words();
    // The UTF-16 and UTF-32 encoders report surrogates one at a time, the others in runs.
    let one_at_a_time = matches!(
        encoder,
        TextEncoder::Builtin(Codec::Utf16 { .. } | Codec::Utf32 { .. })
    );
    // Bytes from a handler must fill whole code units of the codec.
    let unit = match encoder {
        TextEncoder::Builtin(Codec::Utf16 { .. }) => 2,
        TextEncoder::Builtin(Codec::Utf32 { .. }) => 4,
        _ => 1,
    };
    // A signature or byte-order mark is written once, ahead of the characters.
    let encoder = match encoder {
        TextEncoder::Builtin(Codec::Utf8 { sig: true }) => {
            out.extend_from_slice(b"\xef\xbb\xbf");
            TextEncoder::Builtin(Codec::Utf8 { sig: false })
        }
        TextEncoder::Builtin(Codec::Utf16 { big: None }) => {
            out.extend_from_slice(&[0xff, 0xfe]);
            TextEncoder::Builtin(Codec::Utf16 { big: Some(false) })
        }
        TextEncoder::Builtin(Codec::Utf32 { big: None }) => {
            out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            TextEncoder::Builtin(Codec::Utf32 { big: Some(false) })
        }
        other => other,
    };
    let exc_args = |s: &Rc<PyStr>, start: usize, end: usize| {
        vec![
            Value::str(codec),
            Value::Str(s.clone()),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ]
    };
    let strict_error = |vm: &mut Vm, start: usize, end: usize| {
        let cls = vm.types.unicode_encode_error.clone();
        vm.new_exc_args(&cls, exc_args(s, start, end))
    };
    for &c in &chars[..first_bad.min(chars.len())] {
        encoder.encode_char(c, &mut out);
    }
    let mut i = first_bad;
    while i < chars.len() {
        if encoder.encode_char(chars[i], &mut out) {
            i += 1;
            continue;
        }
        let mut scratch = Vec::new();
        let mut end = i + 1;
        while !one_at_a_time && end < chars.len() && !encoder.encode_char(chars[end], &mut scratch)
        {
            end += 1;
        }
        let bad = &chars[i..end];
        match errors {
            "strict" => return Err(strict_error(vm, i, end)),
            // The surrogates U+DC80..U+DCFF go back to the bytes they escaped; anything
            // else from there to the end of the run is an error.
            "surrogateescape" => {
                let escaped = bad
                    .iter()
                    .map_while(|&ch| match text::surrogate_of(ch) {
                        Some(u @ 0xdc80..=0xdcff) => Some((u - 0xdc00) as u8),
                        _ => None,
                    })
                    .collect::<Vec<u8>>();
                if escaped.len() < bad.len() {
                    return Err(strict_error(vm, i + escaped.len(), end));
                }
                if escaped.len() % unit != 0 {
                    return Err(strict_error(vm, i, end));
                }
                out.extend(escaped);
            }
            // The UTF codecs write surrogates as they would any other code point.
            "surrogatepass" => {
                let TextEncoder::Builtin(codec) = encoder else {
                    return Err(strict_error(vm, i, end));
                };
                for &ch in bad {
                    let passed =
                        text::surrogate_of(ch).is_some_and(|u| codec.pass_surrogate(u, &mut out));
                    if !passed {
                        return Err(strict_error(vm, i, end));
                    }
                }
            }
            "ignore" => {}
            // The replacement text is ASCII, written in the codec's own code units.
            "replace" => {
                for _ in bad {
                    encoder.encode_char('?', &mut out);
                }
            }
            "backslashreplace" => {
                let mut escaped = String::new();
                for &ch in bad {
                    text::push_code_point_escape(&mut escaped, ch);
                }
                encoder.encode_ascii(&escaped, &mut out);
            }
            "xmlcharrefreplace" => {
                for &ch in bad {
                    encoder.encode_ascii(&format!("&#{};", text::code_point(ch)), &mut out);
                }
            }
            "namereplace" => {
                for &ch in bad {
                    let text = match crate::modules::unicodedata::name_of(ch) {
                        Some(n) => format!("\\N{{{n}}}"),
                        None => {
                            let mut escaped = String::new();
                            text::push_code_point_escape(&mut escaped, ch);
                            escaped
                        }
                    };
                    encoder.encode_ascii(&text, &mut out);
                }
            }
            other => {
                let cls = vm.types.unicode_encode_error.clone();
                let exc = vm.new_exc_args(&cls, exc_args(s, i, end)).value();
                let (replacement, next) =
                    call_error_handler(vm, other, exc, chars.len(), ENCODE_HANDLER_RESULT)?;
                match payload(&replacement) {
                    Value::Str(r) => {
                        // The UTF encoders take only ASCII replacement text.
                        let utf = matches!(
                            encoder,
                            TextEncoder::Builtin(
                                Codec::Utf8 { .. } | Codec::Utf16 { .. } | Codec::Utf32 { .. }
                            )
                        );
                        for ch in r.as_str().chars() {
                            if (utf && !ch.is_ascii()) || !encoder.encode_char(ch, &mut out) {
                                return Err(strict_error(vm, i, end));
                            }
                        }
                    }
                    other_value => match vm.bytes_like(&other_value) {
                        // Bytes go out as they are, whole code units only.
                        Some(b) if b.len() % unit == 0 => out.extend(b),
                        Some(_) => return Err(strict_error(vm, i, end)),
                        None => return Err(vm.type_error(ENCODE_HANDLER_RESULT)),
                    },
                }
                i = next;
                continue;
            }
        }
        i = end;
    }
    Ok(out)
}

const ENCODE_HANDLER_RESULT: &str = "encoding error handler must return (str/bytes, int) tuple";

/// Calls the error handler registered as `name` (through `codecs.lookup_error`, which raises
/// LookupError for an unknown name) with the exception `exc`; returns the replacement and the
/// position to resume at, negative positions counting from the end of a text of `len`.
pub(crate) fn call_error_handler(
    vm: &mut Vm,
    name: &str,
    exc: Value,
    len: usize,
    bad_result: &str,
) -> PyResult<(Value, usize)> {
    let codecs = crate::import::import_module(vm, "codecs")?;
    let lookup = vm.get_attr_str(&codecs, "lookup_error")?;
    let handler = vm.call(&lookup, &[Value::str(name)], &[])?;
    let result = vm.call(&handler, &[exc], &[])?;
    let Value::Tuple(t) = payload(&result) else {
        return Err(vm.type_error(bad_result));
    };
    let [replacement, pos] = t.0.as_slice() else {
        return Err(vm.type_error(bad_result));
    };
    let Value::Int(pos) = payload(pos) else {
        return Err(vm.type_error(bad_result));
    };
    let resolved = if pos < 0 { pos + len as i64 } else { pos };
    if resolved < 0 || resolved > len as i64 {
        let c = vm.types.index_error.clone();
        return Err(vm.new_error(
            &c,
            format!("position {pos} from error handler out of bounds"),
        ));
    }
    Ok((replacement.clone(), resolved as usize))
}

fn removeprefix(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "removeprefix", &a, 1, 1)?;
    let s = self_str(vm, &a, "removeprefix")?;
    let p = str_arg(vm, &a.pos[1], "removeprefix() argument")?;
    Ok(new_str(
        s.as_str().strip_prefix(p.as_str()).unwrap_or(s.as_str()),
    ))
}

fn removesuffix(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "removesuffix", &a, 1, 1)?;
    let s = self_str(vm, &a, "removesuffix")?;
    let p = str_arg(vm, &a.pos[1], "removesuffix() argument")?;
    if p.as_str().is_empty() {
        return Ok(Value::Str(s));
    }
    Ok(new_str(
        s.as_str().strip_suffix(p.as_str()).unwrap_or(s.as_str()),
    ))
}

fn maketrans(vm: &mut Vm, a: Args) -> PyResult {
    // A static method in CPython; installed as a classmethod, so the receiver (the class, or an
    // instance's class) comes first and is not an argument.
    let args: Vec<Value> = match a.pos.first() {
        Some(Value::Class(_)) => a.pos[1..].to_vec(),
        _ => a.pos.to_vec(),
    };
    match args.len() {
        0 => return Err(vm.type_error("maketrans expected at least 1 argument, got 0")),
        n @ 4.. => {
            return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
        }
        _ => {}
    }
    let d = Rc::new(DictObj::new());
    match args.as_slice() {
        [Value::Dict(src)] => {
            let items: Vec<(Value, Value)> = src
                .table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            for (k, v) in items {
                let k = match &k {
                    Value::Str(s) if s.char_len() == 1 => {
                        Value::Int(s.as_str().chars().next().unwrap_or('\0') as i64)
                    }
                    Value::Str(_) => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        );
                    }
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => k.clone(),
                    _ => {
                        return Err(
                            vm.type_error("keys in translate table must be strings or integers")
                        );
                    }
                };
                vm.dict_set(&d, k, v)?;
            }
        }
        [_] => {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        [Value::Str(x), Value::Str(y), rest @ ..] => {
            if x.char_len() != y.char_len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (c1, c2) in x.as_str().chars().zip(y.as_str().chars()) {
                vm.dict_set(&d, Value::Int(c1 as i64), Value::Int(c2 as i64))?;
            }
            if let Some(z) = rest.first() {
                let Value::Str(z) = z else {
                    let t = vm.type_name(z);
                    return Err(
                        vm.type_error(format!("maketrans() argument 3 must be str, not {t}"))
                    );
                };
                for c in z.as_str().chars() {
                    vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        [Value::Str(_), ..] => {
            let (i, bad) = args
                .iter()
                .enumerate()
                .find(|(_, v)| !matches!(v, Value::Str(_)))
                .map(|(i, v)| (i, v.clone()))
                .unwrap_or((0, Value::None));
            let t = vm.type_name(&bad);
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {t}",
                i + 1
            )));
        }
        _ => {
            return Err(vm.type_error(
                "first maketrans argument must be a string if there is a second argument",
            ));
        }
    }
    Ok(Value::Dict(d))
}

/// What `str.translate`'s table says about one character.
#[derive(Clone)]
enum Mapped {
    Keep,
    Drop,
    Char(char),
    Text(Rc<str>),
}

fn translate_lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let key = Value::Int(c as i64);
    let found = match table {
        // An exact dict answers without raising a KeyError per unmapped character.
        Value::Dict(d) => vm.dict_get(d, &key)?,
        _ => match vm.get_item(table, &key) {
            Ok(v) => Some(v),
            Err(e) if e.0.class().is_subclass(&vm.types.lookup_error) => None,
            Err(e) => return Err(e),
        },
    };
    Ok(match found {
        None => Mapped::Keep,
        Some(Value::None) => Mapped::Drop,
        Some(Value::Int(i)) => {
            if !(0..0x110000).contains(&i) {
                return Err(vm.value_error("character mapping must be in range(0x110000)"));
            }
            Mapped::Char(char::from_u32(i as u32).unwrap_or('\u{fffd}'))
        }
        Some(Value::Bool(b)) => Mapped::Char(char::from(u8::from(b.get()))),
        Some(Value::Str(r)) => Mapped::Text(Rc::from(r.as_str())),
        Some(_) => {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
    })
}

fn translate(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "translate", &a, 1, 1)?;
    let s = self_str(vm, &a, "translate")?;
    let table = a.pos[1].clone();
    let mut out = String::with_capacity(s.as_str().len());
    // A plain dict cannot change its answers between lookups, so ASCII answers are kept;
    // any other mapping sees one `__getitem__` per character, as in CPython.
    let cacheable = matches!(table, Value::Dict(_));
    let mut ascii: [Option<Mapped>; 128] = std::array::from_fn(|_| None);
    for c in s.as_str().chars() {
        let m = if cacheable && c.is_ascii() {
            match &ascii[c as usize] {
                Some(m) => m.clone(),
                None => {
                    let m = translate_lookup(vm, &table, c)?;
                    ascii[c as usize] = Some(m.clone());
                    m
                }
            }
        } else {
            translate_lookup(vm, &table, c)?
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Drop => {}
            Mapped::Char(ch) => out.push(ch),
            Mapped::Text(t) => out.push_str(&t),
        }
    }
    Ok(Value::string(out))
}

fn len(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_str(vm, &a, "__len__")?;
    check_method(vm, "__len__", &a, 0, 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

fn getitem(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__getitem__", &a, 1, 1)?;
    let s = self_str(vm, &a, "__getitem__")?;
    vm.get_item(&Value::Str(s), &a.pos[1])
}

fn contains(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__contains__", &a, 1, 1)?;
    let s = self_str(vm, &a, "__contains__")?;
    Ok(Value::from_bool(vm.contains(&Value::Str(s), &a.pos[1])?))
}

fn add(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__add__", &a, 1, 1)?;
    let s = self_str(vm, &a, "__add__")?;
    let o = crate::builtins::args::payload(&a.pos[1]);
    vm.binary_op(&Value::Str(s), &o, crate::bytecode::BinOp::Add)
}

fn mul(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__mul__", &a, 1, 1)?;
    let s = self_str(vm, &a, "__mul__")?;
    vm.binary_op(&Value::Str(s), &a.pos[1], crate::bytecode::BinOp::Mul)
}

fn rem(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__mod__", &a, 1, 1)?;
    let s = self_str(vm, &a, "__mod__")?;
    vm.percent_format(&Value::Str(s), &a.pos[1])
}

fn eq(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__eq__", &a, 1, 1)?;
    let s = self_str(vm, &a, "__eq__")?;
    match crate::builtins::args::payload(&a.pos[1]) {
        Value::Str(o) => Ok(Value::from_bool(s.as_str() == o.as_str())),
        _ => Ok(Value::NotImplemented),
    }
}

fn lt(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__lt__", &a, 1, 1)?;
    let s = self_str(vm, &a, "__lt__")?;
    match crate::builtins::args::payload(&a.pos[1]) {
        Value::Str(o) => Ok(Value::from_bool(s.as_str() < o.as_str())),
        _ => Ok(Value::NotImplemented),
    }
}

fn hash(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_str(vm, &a, "__hash__")?;
    check_method(vm, "__hash__", &a, 0, 0)?;
    Ok(Value::Int(s.hash()))
}

fn to_str(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_str(vm, &a, "__str__")?;
    check_method(vm, "__str__", &a, 0, 0)?;
    Ok(Value::Str(s))
}

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_str(vm, &a, "__repr__")?;
    check_method(vm, "__repr__", &a, 0, 0)?;
    Ok(Value::string(text::str_repr(s.as_str())))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult {
    let s = self_str(vm, &a, "__iter__")?;
    check_method(vm, "__iter__", &a, 0, 0)?;
    vm.get_iter(&Value::Str(s))
}

fn dunder_format(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__format__", &a, 1, 1)?;
    let s = self_str(vm, &a, "__format__")?;
    let spec = str_arg(vm, &a.pos[1], "__format__() argument")?;
    if spec.as_str().is_empty() && !matches!(a.pos[0], Value::Str(_)) {
        // An empty spec formats a str subclass instance as str() of it (its own __str__).
        let text = vm.to_str(&a.pos[0])?;
        return Ok(Value::string(text));
    }
    Ok(Value::string(
        vm.format_value(&Value::Str(s), spec.as_str())?,
    ))
}
