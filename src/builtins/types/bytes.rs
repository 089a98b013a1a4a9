//! `bytes` and `bytearray` methods: argument handling and CPython's error messages around the
//! pure algorithms of `text::bytes_ops`.
//!
//! Both tables share most functions; a method returns a `bytearray` when `self` is one. Never
//! mutates a `bytes` value; only the bytearray mutators below write, and only to `self`.

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::builtins::args::{check_method, payload};
use crate::bytecode::CmpOp;
use crate::format::{self, ArgSource, FmtError, PercentArgs, PercentNeed, PercentValue};
use crate::objects::*;
use crate::text::bytes_ops as ops;
use crate::vm::Vm;

/// Methods common to `bytes` and `bytearray`.
const SHARED: [(&str, NativeFn); 57] = [
    ("decode", decode as NativeFn),
    ("hex", hex),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("join", join),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("replace", replace),
    ("startswith", startswith),
    ("endswith", endswith),
    ("upper", upper),
    ("lower", lower),
    ("capitalize", capitalize),
    ("title", title),
    ("swapcase", swapcase),
    ("isdigit", isdigit),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("isascii", isascii),
    ("partition", partition),
    ("rpartition", rpartition),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("translate", translate),
    ("maketrans", maketrans),
    ("expandtabs", expandtabs),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__add__", add),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__mod__", mod_),
    ("__repr__", repr),
    ("__str__", to_str),
];

const fn concat<const A: usize, const B: usize, const N: usize>(
    a: [(&'static str, NativeFn); A],
    b: [(&'static str, NativeFn); B],
) -> [(&'static str, NativeFn); N] {
    let mut out: [(&'static str, NativeFn); N] = [("", decode); N];
    let mut i = 0;
    while i < A {
        out[i] = a[i];
        i += 1;
    }
    while i < N {
        out[i] = b[i - A];
        i += 1;
    }
    out
}

const BYTES_ONLY: [(&str, NativeFn); 3] = [
    ("fromhex", bytes_fromhex),
    ("__hash__", hash),
    ("__bytes__", bytes_bytes),
];

const BYTEARRAY_ONLY: [(&str, NativeFn); 14] = [
    ("fromhex", bytearray_fromhex),
    ("append", append),
    ("extend", extend),
    ("pop", pop),
    ("insert", insert),
    ("remove", remove),
    ("reverse", reverse),
    ("clear", clear),
    ("copy", copy),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iadd__", iadd),
    ("__imul__", imul),
    ("__alloc__", alloc),
];

static BYTES_TABLE: [(&str, NativeFn); 60] = concat(SHARED, BYTES_ONLY);
static BYTEARRAY_TABLE: [(&str, NativeFn); 71] = concat(SHARED, BYTEARRAY_ONLY);

pub const BYTES_METHODS: &[(&str, NativeFn)] = &BYTES_TABLE;
pub const BYTEARRAY_METHODS: &[(&str, NativeFn)] = &BYTEARRAY_TABLE;

// ---- arguments ---------------------------------------------------------------------------

/// The bytes of a method's `self`: a `bytes` is shared (it never changes, and copying it made
/// every `data.find(...)` cost the whole buffer); a bytearray is a snapshot, since converting
/// the other arguments may run Python code that resizes it.
enum SelfBytes {
    Shared(Rc<PyBytes>),
    Snapshot(Vec<u8>),
}

impl std::ops::Deref for SelfBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            SelfBytes::Shared(b) => &b.data,
            SelfBytes::Snapshot(v) => v,
        }
    }
}

impl SelfBytes {
    fn into_vec(self) -> Vec<u8> {
        match self {
            SelfBytes::Shared(b) => b.data.clone(),
            SelfBytes::Snapshot(v) => v,
        }
    }
}

/// `self` of a bytes/bytearray method: its bytes, and whether results are bytearrays.
fn this(vm: &mut Vm, a: &Args, method: &str) -> PyResult<(SelfBytes, bool)> {
    match a.pos.first().map(payload) {
        Some(Value::Bytes(b)) => Ok((SelfBytes::Shared(b), false)),
        Some(Value::ByteArray(b)) => Ok((SelfBytes::Snapshot(b.borrow().clone()), true)),
        Some(Value::PermaBytes(c)) => Ok((SelfBytes::Snapshot(c.code_bytes().to_vec()), false)),
        Some(other) => {
            let t = vm.type_name(&other);
            Err(vm.type_error(format!(
                "descriptor '{method}' for 'bytes' objects doesn't apply to a '{t}' object"
            )))
        }
        None => Err(vm.type_error(format!("unbound method bytes.{method}() needs an argument"))),
    }
}

/// `self` of a bytearray mutator.
fn this_mut(vm: &mut Vm, a: &Args, method: &str) -> PyResult<Rc<RefCell<Vec<u8>>>> {
    match a.pos.first().map(payload) {
        Some(Value::ByteArray(b)) => Ok(b),
        Some(other) => {
            let t = vm.type_name(&other);
            Err(vm.type_error(format!(
                "descriptor '{method}' for 'bytearray' objects doesn't apply to a '{t}' object"
            )))
        }
        None => Err(vm.type_error(format!(
            "unbound method bytearray.{method}() needs an argument"
        ))),
    }
}

fn wrap(bytearray: bool, data: Vec<u8>) -> Value {
    if bytearray {
        Value::ByteArray(Rc::new(RefCell::new(data)))
    } else {
        Value::bytes(data)
    }
}

/// The bytes of a bytes-like argument (subclass instances and memoryviews included).
fn buffer_of(vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    vm.bytes_like(&payload(v))
        .or_else(|| super::memoryview::view_bytes(vm, v))
}

/// A bytes-like argument, or "a bytes-like object is required".
fn buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match buffer_of(vm, v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

fn opt_buffer(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Vec<u8>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(x) => buffer(vm, x).map(Some),
    }
}

fn has_index(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(i) => {
            i.class().lookup(&PyStr::new("__index__")).is_some()
                || matches!(
                    payload(v),
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
                )
        }
        _ => false,
    }
}

/// A byte value 0..=255 from an integer argument.
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::BigInt(_) => -1,
        _ => vm.to_index(v)?,
    };
    if !(0..=255).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

/// The needle of find/count/index: an int in range(256) or a bytes-like object.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_of(vm, v) {
        return Ok(b);
    }
    if has_index(v) {
        return Ok(vec![byte_value(vm, v)?]);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{t}'"
    )))
}

/// A slice bound: None or an integer.
fn bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::BigInt(b)) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        })),
        Some(x) => Ok(Some(vm.to_index(x)?)),
    }
}

/// Binds positional and keyword arguments after `self` to `names`, CPython-style.
fn params(vm: &mut Vm, a: &Args, fname: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let pos = &a.pos[1.min(a.pos.len())..];
    let given = pos.len() + a.kw.len();
    if given > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} {}argument{} ({given} given)",
            names.len(),
            if pos.is_empty() { "keyword " } else { "" },
            if names.len() == 1 { "" } else { "s" },
        )));
    }
    let mut out: Vec<Option<Value>> = names
        .iter()
        .enumerate()
        .map(|(i, _)| pos.get(i).cloned())
        .collect();
    for (k, v) in a.kw.iter() {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {fname}()",
                    k.as_str()
                )));
            }
        }
    }
    Ok(out)
}

/// Arity check of a METH_NOARGS / METH_O method, whose messages name the type.
fn check_fixed(vm: &mut Vm, a: &Args, qualname: &str, n: usize) -> PyResult<()> {
    if a.kw.is_empty() && a.pos.len().saturating_sub(1) == n {
        return Ok(());
    }
    if let Some(slot) = qualname.split_once(".__").map(|(_, s)| s) {
        // Dunders: slot wrappers word their errors apart from named methods.
        return crate::builtins::args::check_method(vm, &format!("__{slot}"), a, n, n);
    }
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let given = a.pos.len().saturating_sub(1);
    if given == n {
        return Ok(());
    }
    Err(vm.type_error(match n {
        0 => format!("{qualname}() takes no arguments ({given} given)"),
        _ => format!("{qualname}() takes exactly one argument ({given} given)"),
    }))
}

fn qual(bytearray: bool, name: &str) -> String {
    if bytearray {
        format!("bytearray.{name}")
    } else {
        format!("bytes.{name}")
    }
}

fn fmt_err(vm: &mut Vm, e: FmtError) -> PyErr {
    vm.fmt_error(e)
}

// ---- decoding ----------------------------------------------------------------------------

/// A text encoding pyseal knows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8 {
        sig: bool,
    },
    Ascii,
    Latin1,
    /// UTF-16: `None` = native order with a BOM, else fixed order without one.
    Utf16 {
        big: Option<bool>,
    },
    Utf32 {
        big: Option<bool>,
    },
    /// Windows-1252: latin-1 except for 0x80..=0x9f (see [`CP1252_HIGH`]).
    Cp1252,
    /// `unicode_escape`: ASCII with backslash escapes, as in a string literal.
    UnicodeEscape,
    /// `raw_unicode_escape`: latin-1, with `\uXXXX` / `\UXXXXXXXX` for the rest.
    RawUnicodeEscape,
    /// UTF-7 (RFC 2152): ASCII, with base64 shift sequences for the rest.
    Utf7,
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for a character, into `out`.
fn push_hex_escape(out: &mut Vec<u8>, c: char) {
    let n = crate::text::code_point(c);
    let text = if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    };
    out.extend_from_slice(text.as_bytes());
}

/// Decodes `unicode_escape` (`raw` = `raw_unicode_escape`: only `\u` and `\U` escapes); a
/// malformed escape goes to the `errors=` handler and decoding resumes after it.
fn decode_escapes(vm: &mut Vm, data: &[u8], raw: bool, errors: &str) -> PyResult<String> {
    let codec = if raw {
        "rawunicodeescape"
    } else {
        "unicodeescape"
    };
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        match next_escape(data, i, raw) {
            Ok((Some(c), next)) => {
                out.push(c);
                i = next;
            }
            Ok((None, next)) => i = next,
            Err((end, reason)) => {
                let bad = BadBytes {
                    codec,
                    data,
                    start: i,
                    end,
                    reason,
                };
                i = handle_bad(vm, errors, &mut out, bad)?;
            }
        }
    }
    Ok(out)
}

/// The character the text at `data[at]` decodes to (`None` for an escaped newline) and where
/// the next one starts, or the end and reason of a malformed escape starting at `at`.
fn next_escape(
    data: &[u8],
    at: usize,
    raw: bool,
) -> Result<(Option<char>, usize), (usize, &'static str)> {
    let b = data[at];
    if b != b'\\' {
        return Ok((Some(char::from(b)), at + 1));
    }
    let Some(&e) = data.get(at + 1) else {
        return if raw {
            Ok((Some('\\'), at + 1))
        } else {
            Err((at + 1, "\\ at end of string"))
        };
    };
    if raw {
        // Only an odd run of backslashes before u/U starts an escape.
        let run = data[..at].iter().rev().take_while(|&&c| c == b'\\').count();
        return match e {
            b'u' | b'U' if run % 2 == 0 => hex_escape(data, at, raw),
            _ => Ok((Some('\\'), at + 1)),
        };
    }
    let simple = match e {
        b'\n' => return Ok((None, at + 2)),
        b'\\' | b'\'' | b'"' => char::from(e),
        b'a' => '\x07',
        b'b' => '\x08',
        b'f' => '\x0c',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'v' => '\x0b',
        b'0'..=b'7' => {
            let digits = data[at + 1..]
                .iter()
                .take(3)
                .take_while(|d| (b'0'..=b'7').contains(d))
                .count();
            let n = data[at + 1..at + 1 + digits]
                .iter()
                .fold(0u32, |n, d| n * 8 + u32::from(d - b'0'));
            return Ok((char::from_u32(n), at + 1 + digits));
        }
        b'x' | b'u' | b'U' => return hex_escape(data, at, raw),
        b'N' => return named_escape(data, at),
        // Not an escape: the backslash stays.
        _ => return Ok((Some('\\'), at + 1)),
    };
    Ok((Some(simple), at + 2))
}

/// The character of the hex escape at `data[at]` (`\x`, `\u` or `\U` and its digits).
fn hex_escape(
    data: &[u8],
    at: usize,
    raw: bool,
) -> Result<(Option<char>, usize), (usize, &'static str)> {
    let (width, truncated) = match data[at + 1] {
        b'x' => (2, "truncated \\xXX escape"),
        b'u' => (4, "truncated \\uXXXX escape"),
        _ => (8, "truncated \\UXXXXXXXX escape"),
    };
    let start = at + 2;
    let digits = data[start..]
        .iter()
        .take(width)
        .take_while(|d| d.is_ascii_hexdigit())
        .count();
    if digits < width {
        return Err((start + digits, truncated));
    }
    let n = data[start..start + width].iter().fold(0u32, |n, &d| {
        n.wrapping_mul(16) + char::from(d).to_digit(16).unwrap_or(0)
    });
    match crate::text::char_of_code_point(n) {
        Some(c) => Ok((Some(c), start + width)),
        None if raw => Err((start + width, "\\Uxxxxxxxx out of range")),
        None => Err((start + width, "illegal Unicode character")),
    }
}

/// The character of a `\N{name}` escape at `data[at]`.
fn named_escape(data: &[u8], at: usize) -> Result<(Option<char>, usize), (usize, &'static str)> {
    const MALFORMED: &str = "malformed \\N character escape";
    let open = at + 2;
    if data.get(open) != Some(&b'{') {
        return Err((open.min(data.len()), MALFORMED));
    }
    let Some(len) = data[open + 1..].iter().position(|&b| b == b'}') else {
        return Err((data.len(), MALFORMED));
    };
    if len == 0 {
        return Err((open + 1, MALFORMED));
    }
    let close = open + 1 + len;
    let name = std::str::from_utf8(&data[open + 1..close]).ok();
    match name.and_then(crate::modules::unicodedata::char_named) {
        Some(c) => Ok((Some(c), close + 1)),
        None => Err((close + 1, "unknown Unicode character name")),
    }
}

/// What bytes 0x80..=0x9f decode to in cp1252; 0 marks the five undefined bytes.
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/// The character a cp1252 byte stands for, if any.
fn cp1252_decode(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => match CP1252_HIGH[usize::from(b - 0x80)] {
            0 => None,
            u => char::from_u32(u32::from(u)),
        },
        _ => Some(char::from(b)),
    }
}

/// The cp1252 byte of a character, if it has one.
fn cp1252_encode(c: char) -> Option<u8> {
    match c as u32 {
        0x80..=0x9f => None,
        u @ 0..=0xff => Some(u as u8),
        u => CP1252_HIGH
            .iter()
            .position(|&h| u32::from(h) == u)
            .map(|i| 0x80 + i as u8),
    }
}

impl Codec {
    /// The name errors of this codec carry (CPython's spelling).
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 { .. } => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 { big: None } => "utf-16",
            Codec::Utf16 { big: Some(false) } => "utf-16-le",
            Codec::Utf16 { big: Some(true) } => "utf-16-be",
            Codec::Utf32 { big: None } => "utf-32",
            Codec::Utf32 { big: Some(false) } => "utf-32-le",
            Codec::Utf32 { big: Some(true) } => "utf-32-be",
            Codec::Cp1252 => "charmap",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
            Codec::Utf7 => "utf-7",
        }
    }

    /// The bytes `surrogatepass` writes for the surrogate `unit`, for the UTF codecs.
    pub fn pass_surrogate(self, unit: u16, out: &mut Vec<u8>) -> bool {
        match self {
            Codec::Utf8 { .. } => out.extend_from_slice(&[
                0xe0 | (unit >> 12) as u8,
                0x80 | ((unit >> 6) & 0x3f) as u8,
                0x80 | (unit & 0x3f) as u8,
            ]),
            Codec::Utf16 { big } => out.extend_from_slice(&if big == Some(true) {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            }),
            Codec::Utf32 { big } => out.extend_from_slice(&if big == Some(true) {
                u32::from(unit).to_be_bytes()
            } else {
                u32::from(unit).to_le_bytes()
            }),
            _ => return false,
        }
        true
    }
}

pub fn codec_of(name: &str) -> Option<Codec> {
    // The spellings almost every call uses, without building a normalized copy.
    match name {
        "utf-8" | "utf8" | "UTF-8" => return Some(Codec::Utf8 { sig: false }),
        "ascii" => return Some(Codec::Ascii),
        "latin-1" | "latin1" => return Some(Codec::Latin1),
        _ => {}
    }
    let n = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    match n.as_str() {
        "utf-16" | "utf16" => return Some(Codec::Utf16 { big: None }),
        "utf-16-le" | "utf-16le" => return Some(Codec::Utf16 { big: Some(false) }),
        "utf-16-be" | "utf-16be" => return Some(Codec::Utf16 { big: Some(true) }),
        "utf-32" | "utf32" => return Some(Codec::Utf32 { big: None }),
        "utf-32-le" | "utf-32le" => return Some(Codec::Utf32 { big: Some(false) }),
        "utf-32-be" | "utf-32be" => return Some(Codec::Utf32 { big: Some(true) }),
        _ => {}
    }
    codec_of_normalized(&n)
}

/// The character index and character of the first surrogate in `s`, if it holds one.
fn first_surrogate(s: &str) -> Option<(usize, char)> {
    if !crate::text::has_surrogates(s) {
        return None;
    }
    s.chars()
        .enumerate()
        .find(|&(_, c)| crate::text::surrogate_of(c).is_some())
}

/// Encodes text; `Err((position, char, codec))` for a character the codec cannot hold.
pub fn encode_text(codec: Codec, s: &str) -> Result<Vec<u8>, (usize, char, &'static str)> {
    // The UTF codecs refuse lone surrogates (`surrogatepass` lets them through).
    if let Codec::Utf8 { .. } | Codec::Utf16 { .. } | Codec::Utf32 { .. } = codec
        && let Some((i, c)) = first_surrogate(s)
    {
        return Err((i, c, codec.name()));
    }
    Ok(match codec {
        Codec::Utf8 { sig } => {
            let mut out = if sig {
                b"\xef\xbb\xbf".to_vec()
            } else {
                Vec::new()
            };
            out.extend_from_slice(s.as_bytes());
            out
        }
        Codec::Ascii | Codec::Latin1 => {
            let (limit, name) = if codec == Codec::Ascii {
                (128, "ascii")
            } else {
                (256, "latin-1")
            };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) >= limit {
                    return Err((i, c, name));
                }
                out.push(c as u8);
            }
            out
        }
        Codec::UnicodeEscape => {
            let mut out = Vec::with_capacity(s.len());
            for c in s.chars() {
                match c {
                    '\\' => out.extend_from_slice(b"\\\\"),
                    '\t' => out.extend_from_slice(b"\\t"),
                    '\n' => out.extend_from_slice(b"\\n"),
                    '\r' => out.extend_from_slice(b"\\r"),
                    ' '..='~' => out.push(c as u8),
                    _ => push_hex_escape(&mut out, c),
                }
            }
            out
        }
        Codec::RawUnicodeEscape => {
            let mut out = Vec::with_capacity(s.len());
            for c in s.chars() {
                if (c as u32) < 0x100 {
                    out.push(c as u8);
                } else {
                    push_hex_escape(&mut out, c);
                }
            }
            out
        }
        Codec::Utf7 => crate::text::encode_utf7(s),
        Codec::Cp1252 => {
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                match cp1252_encode(c) {
                    Some(b) => out.push(b),
                    None => return Err((i, c, "charmap")),
                }
            }
            out
        }
        Codec::Utf16 { big } => {
            let mut out = Vec::new();
            let be = big.unwrap_or(false);
            if big.is_none() {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
        Codec::Utf32 { big } => {
            let mut out = Vec::new();
            let be = big.unwrap_or(false);
            if big.is_none() {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
    })
}

/// Decodes UTF-16/32 as CPython does: a BOM picks the byte order of the plain codec (little
/// endian without one), errors name the byte order actually used and positions count from the
/// start of `data`, BOM included.
fn decode_wide(vm: &mut Vm, codec: Codec, data: &[u8], errors: &str) -> PyResult<String> {
    let (width, big) = match codec {
        Codec::Utf16 { big } => (2, big),
        Codec::Utf32 { big } => (4, big),
        _ => return Err(vm.new_error(&vm.types.value_error.clone(), "not a wide codec")),
    };
    let (be, mut pos) = match big {
        Some(b) => (b, 0),
        None => match (width, data) {
            (2, [0xfe, 0xff, ..]) | (4, [0, 0, 0xfe, 0xff, ..]) => (true, width),
            (2, [0xff, 0xfe, ..]) | (4, [0xff, 0xfe, 0, 0, ..]) => (false, width),
            _ => (false, 0),
        },
    };
    let codec_name = match (width, be) {
        (2, false) => "utf-16-le",
        (2, true) => "utf-16-be",
        (_, false) => "utf-32-le",
        (_, true) => "utf-32-be",
    };
    let unit_at = |i: usize| -> u32 {
        let c = &data[i..i + width];
        let mut u = 0u32;
        for k in 0..width {
            let byte = if be { c[k] } else { c[width - 1 - k] };
            u = (u << 8) | u32::from(byte);
        }
        u
    };
    let mut out = String::with_capacity(data.len() / width);
    while pos < data.len() {
        let bad = |start: usize, end: usize, reason: &'static str| BadBytes {
            codec: codec_name,
            data,
            start,
            end,
            reason,
        };
        if data.len() - pos < width {
            pos = handle_bad(vm, errors, &mut out, bad(pos, data.len(), "truncated data"))?;
            continue;
        }
        let u = unit_at(pos);
        if width == 4 {
            match char::from_u32(u) {
                Some(ch) => out.push(ch),
                None => {
                    let reason = if (0xd800..0xe000).contains(&u) {
                        "code point in surrogate code point range(0xd800, 0xe000)"
                    } else {
                        "code point not in range(0x110000)"
                    };
                    pos = handle_bad(vm, errors, &mut out, bad(pos, pos + 4, reason))?;
                    continue;
                }
            }
            pos += 4;
            continue;
        }
        match u {
            0xd800..=0xdbff => {
                if data.len() - pos < 4 {
                    let b = bad(pos, data.len(), "unexpected end of data");
                    pos = handle_bad(vm, errors, &mut out, b)?;
                    continue;
                }
                let low = unit_at(pos + 2);
                if (0xdc00..=0xdfff).contains(&low) {
                    let c = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    pos += 4;
                } else {
                    let b = bad(pos, pos + 2, "illegal UTF-16 surrogate");
                    pos = handle_bad(vm, errors, &mut out, b)?;
                }
            }
            0xdc00..=0xdfff => {
                pos = handle_bad(vm, errors, &mut out, bad(pos, pos + 2, "illegal encoding"))?;
            }
            _ => {
                out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                pos += 2;
            }
        }
    }
    Ok(out)
}

/// The 8-bit and escape codecs, by a name already trimmed, lowercased and dashed.
fn codec_of_normalized(n: &str) -> Option<Codec> {
    Some(match n {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8 { sig: false },
        "utf-8-sig" | "utf8-sig" => Codec::Utf8 { sig: true },
        "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Codec::Latin1,
        "cp1252" | "windows-1252" | "1252" => Codec::Cp1252,
        "unicode-escape" => Codec::UnicodeEscape,
        "raw-unicode-escape" => Codec::RawUnicodeEscape,
        "utf-7" | "utf7" | "u7" | "unicode-1-1-utf-7" => Codec::Utf7,
        _ => return None,
    })
}

/// An undecodable run of bytes: `data[start..end]` failed in `codec` for `reason`.
struct BadBytes<'a> {
    codec: &'static str,
    data: &'a [u8],
    start: usize,
    end: usize,
    reason: &'static str,
}

/// How `errors=` handles an undecodable run of bytes; returns where decoding resumes (the
/// end of the run, except where the handler says otherwise). The strict error carries
/// CPython's five arguments (encoding, object, start, end, reason); its message is made from
/// them.
fn handle_bad(vm: &mut Vm, errors: &str, out: &mut String, bad: BadBytes<'_>) -> PyResult<usize> {
    let BadBytes {
        codec,
        data,
        start,
        end,
        reason,
    } = bad;
    let strict = |vm: &mut Vm| {
        let c = vm.types.unicode_decode_error.clone();
        let args = vec![
            Value::str(codec),
            Value::bytes(data.to_vec()),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ];
        vm.new_exc_args(&c, args)
    };
    let run = &data[start..end];
    match errors {
        "strict" => Err(strict(vm)),
        "replace" => {
            out.push('\u{fffd}');
            Ok(end)
        }
        "ignore" => Ok(end),
        "backslashreplace" => {
            for b in run {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(end)
        }
        // Each byte of 0x80..=0xff becomes the surrogate U+DC80..U+DCFF, so that encoding
        // with the same handler gives the bytes back; ASCII bytes are never escaped.
        "surrogateescape" => {
            let escaped = run.iter().take(4).take_while(|&&b| b >= 0x80).count();
            if escaped == 0 {
                return Err(strict(vm));
            }
            for &b in &run[..escaped] {
                out.extend(crate::text::char_of_code_point(0xdc00 + u32::from(b)));
            }
            Ok(start + escaped)
        }
        "surrogatepass" => match surrogate_passed(codec, &data[start..]) {
            Some((c, len)) => {
                out.push(c);
                Ok(start + len)
            }
            None => Err(strict(vm)),
        },
        other => {
            let words = (codec, reason);
            let (text, next) = decode_error_replacement(vm, other, words, data, (start, end))?;
            out.push_str(&text);
            Ok(next)
        }
    }
}

/// The surrogate a UTF-8/16/32 codec's bytes at the start of `rest` encode (as a stand-in)
/// and their length: what `surrogatepass` lets through.
fn surrogate_passed(codec: &str, rest: &[u8]) -> Option<(char, usize)> {
    let (unit, len) = match codec {
        "utf-8" => match rest {
            [a, b, c, ..] if a & 0xf0 == 0xe0 && b & 0xc0 == 0x80 && c & 0xc0 == 0x80 => {
                let n =
                    (u32::from(a & 0x0f) << 12) | (u32::from(b & 0x3f) << 6) | u32::from(c & 0x3f);
                (n, 3)
            }
            _ => return None,
        },
        "utf-16-le" | "utf-16-be" => match rest {
            [a, b, ..] => {
                let pair = [*a, *b];
                let n = if codec == "utf-16-le" {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                };
                (u32::from(n), 2)
            }
            _ => return None,
        },
        "utf-32-le" | "utf-32-be" => match rest {
            [a, b, c, d, ..] => {
                let quad = [*a, *b, *c, *d];
                let n = if codec == "utf-32-le" {
                    u32::from_le_bytes(quad)
                } else {
                    u32::from_be_bytes(quad)
                };
                (n, 4)
            }
            _ => return None,
        },
        _ => return None,
    };
    if !(0xd800..0xe000).contains(&unit) {
        return None;
    }
    Some((crate::text::char_of_code_point(unit)?, len))
}

const DECODE_HANDLER_RESULT: &str = "decoding error handler must return (str, int) tuple";

/// What a handler registered with `codecs.register_error` puts in place of the undecodable
/// bytes `data[start..end]`: it is called with the UnicodeDecodeError (`codec`, `reason`) and
/// must return a (str, int) tuple: the replacement and where decoding resumes.
pub(crate) fn decode_error_replacement(
    vm: &mut Vm,
    errors: &str,
    (codec, reason): (&str, &str),
    data: &[u8],
    (start, end): (usize, usize),
) -> PyResult<(String, usize)> {
    let cls = vm.types.unicode_decode_error.clone();
    let args = vec![
        Value::str(codec),
        Value::bytes(data.to_vec()),
        Value::Int(start as i64),
        Value::Int(end as i64),
        Value::str(reason),
    ];
    let exc = vm.new_exc_args(&cls, args).value();
    let (replacement, next) =
        super::str::call_error_handler(vm, errors, exc, data.len(), DECODE_HANDLER_RESULT)?;
    match payload(&replacement) {
        Value::Str(r) => Ok((r.as_str().to_string(), next)),
        _ => Err(vm.type_error(DECODE_HANDLER_RESULT)),
    }
}

fn decode_utf8(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY-free: the prefix was just validated.
                out.push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or_default());
                let start = pos + good;
                let (len, reason) = match e.error_len() {
                    Some(n) => {
                        let lead = data[start];
                        let invalid_start = n == 1 && !(0xc2..=0xf4).contains(&lead);
                        (
                            n,
                            if invalid_start {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            },
                        )
                    }
                    None => (data.len() - start, "unexpected end of data"),
                };
                let bad = BadBytes {
                    codec: "utf-8",
                    data,
                    start,
                    end: start + len,
                    reason,
                };
                pos = handle_bad(vm, errors, &mut out, bad)?;
            }
        }
    }
    Ok(out)
}

fn decode_ascii(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<String> {
    if let Ok(text) = std::str::from_utf8(data)
        && text.is_ascii()
    {
        return Ok(text.to_owned());
    }
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while let Some(&b) = data.get(i) {
        if b < 0x80 {
            out.push(b as char);
            i += 1;
        } else {
            let bad = BadBytes {
                codec: "ascii",
                data,
                start: i,
                end: i + 1,
                reason: "ordinal not in range(128)",
            };
            i = handle_bad(vm, errors, &mut out, bad)?;
        }
    }
    Ok(out)
}

fn decode_utf7(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<String> {
    crate::text::decode_utf7(data, |out, e| {
        let bad = BadBytes {
            codec: "utf7",
            data,
            start: e.start,
            end: e.end,
            reason: e.reason,
        };
        handle_bad(vm, errors, out, bad).map(|_| ())
    })
}

fn decode_cp1252(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<String> {
    decode_single_byte(vm, data, errors, cp1252_decode)
}

fn decode_code_page(
    vm: &mut Vm,
    page: &crate::text::charmap::CodePage,
    data: &[u8],
    errors: &str,
) -> PyResult<String> {
    decode_single_byte(vm, data, errors, |b| page.decode_byte(b))
}

/// Decodes with a single-byte code page's table (`None`: the byte maps to nothing).
fn decode_single_byte(
    vm: &mut Vm,
    data: &[u8],
    errors: &str,
    decode: impl Fn(u8) -> Option<char>,
) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while let Some(&b) = data.get(i) {
        match decode(b) {
            Some(c) => {
                out.push(c);
                i += 1;
            }
            None => {
                let bad = BadBytes {
                    codec: "charmap",
                    data,
                    start: i,
                    end: i + 1,
                    reason: "character maps to <undefined>",
                };
                i = handle_bad(vm, errors, &mut out, bad)?;
            }
        }
    }
    Ok(out)
}

/// Latin-1: every byte is the code point of the same value; ASCII text is copied whole.
fn decode_latin1(data: &[u8]) -> String {
    if let Ok(ascii) = std::str::from_utf8(data)
        && ascii.is_ascii()
    {
        return ascii.to_owned();
    }
    let mut out = String::with_capacity(data.len() + data.len() / 4);
    out.extend(data.iter().map(|&b| char::from(b)));
    out
}

pub(crate) fn decode(vm: &mut Vm, a: Args) -> PyResult {
    let (data, _) = this(vm, &a, "decode")?;
    let p = params(vm, &a, "decode", &["encoding", "errors"])?;
    let encoding = match &p[0] {
        None => "utf-8".to_string(),
        Some(v) => match payload(v) {
            Value::Str(s) => s.as_str().to_string(),
            _ => {
                let t = crate::builtins::args::clinic_type_name(vm, v);
                return Err(
                    vm.type_error(format!("decode() argument 'encoding' must be str, not {t}"))
                );
            }
        },
    };
    let errors = match &p[1] {
        None => "strict".to_string(),
        Some(v) => match payload(v) {
            Value::Str(s) => s.as_str().to_string(),
            _ => {
                let t = crate::builtins::args::clinic_type_name(vm, v);
                return Err(
                    vm.type_error(format!("decode() argument 'errors' must be str, not {t}"))
                );
            }
        },
    };
    let text = match codec_of(&encoding) {
        Some(Codec::Utf8 { sig }) => {
            let body = if sig {
                data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&data)
            } else {
                &data
            };
            decode_utf8(vm, body, &errors)?
        }
        Some(Codec::Ascii) => decode_ascii(vm, &data, &errors)?,
        Some(Codec::Latin1) => decode_latin1(&data),
        Some(Codec::Cp1252) => decode_cp1252(vm, &data, &errors)?,
        Some(Codec::Utf7) => decode_utf7(vm, &data, &errors)?,
        Some(codec @ (Codec::UnicodeEscape | Codec::RawUnicodeEscape)) => {
            decode_escapes(vm, &data, codec == Codec::RawUnicodeEscape, &errors)?
        }
        Some(wide) => decode_wide(vm, wide, &data, &errors)?,
        None => match crate::text::charmap::code_page(&encoding) {
            Some(page) => decode_code_page(vm, page, &data, &errors)?,
            None => {
                let args = [
                    Value::bytes(data.to_vec()),
                    Value::str(&encoding),
                    Value::str(&errors),
                ];
                return super::str::python_codec(vm, "decode", &args);
            }
        },
    };
    Ok(Value::string(text))
}

// ---- hex ---------------------------------------------------------------------------------

pub(super) fn hex(vm: &mut Vm, a: Args) -> PyResult {
    let (data, _) = this(vm, &a, "hex")?;
    let p = params(vm, &a, "hex", &["sep", "bytes_per_sep"])?;
    let sep = match &p[0] {
        None => None,
        Some(v) => match payload(v) {
            Value::Str(s) => Some(s.as_str().to_string()),
            other => match vm.bytes_like(&other) {
                Some(b) => Some(b.iter().map(|&c| c as char).collect()),
                None => {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(format!("object of type '{t}' has no len()")));
                }
            },
        },
    };
    let per = match &p[1] {
        None => 1,
        Some(v) => vm.to_index(v)?,
    };
    let s = ops::hex(&data, sep.as_deref(), per).map_err(|e| fmt_err(vm, e))?;
    Ok(Value::string(s))
}

/// The hex string of `fromhex`, after the receiver (class or instance) if one was passed.
fn fromhex_arg(vm: &mut Vm, a: &Args, owner: &str) -> PyResult<(Vec<u8>, Option<Rc<Class>>)> {
    let (cls, rest) = match a.pos.first() {
        Some(Value::Class(c)) => (Some(c.clone()), &a.pos[1..]),
        Some(v) if a.pos.len() == 2 && buffer_of(vm, v).is_some() => (None, &a.pos[1..]),
        _ => (None, a.pos),
    };
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.fromhex() takes no keyword arguments")));
    }
    if rest.len() != 1 {
        return Err(vm.type_error(format!(
            "{owner}.fromhex() takes exactly one argument ({} given)",
            rest.len()
        )));
    }
    let s = match payload(&rest[0]) {
        Value::Str(s) => s,
        _ => {
            let t = vm.type_name(&rest[0]);
            return Err(vm.type_error(format!("fromhex() argument must be str, not {t}")));
        }
    };
    let data = ops::fromhex(s.as_str()).map_err(|e| fmt_err(vm, e))?;
    Ok((data, cls))
}

/// A result of a class-level constructor, built by a subclass when one was the receiver.
fn as_class(vm: &mut Vm, cls: Option<Rc<Class>>, base: &Rc<Class>, v: Value) -> PyResult {
    match cls {
        Some(c) if !Rc::ptr_eq(&c, base) => vm.call(&Value::Class(c), &[v], &[]),
        _ => Ok(v),
    }
}

fn bytes_fromhex(vm: &mut Vm, a: Args) -> PyResult {
    let (data, cls) = fromhex_arg(vm, &a, "bytes")?;
    let base = vm.types.bytes.clone();
    as_class(vm, cls, &base, Value::bytes(data))
}

fn bytearray_fromhex(vm: &mut Vm, a: Args) -> PyResult {
    let (data, cls) = fromhex_arg(vm, &a, "bytearray")?;
    let base = vm.types.bytearray.clone();
    as_class(vm, cls, &base, wrap(true, data))
}

// ---- splitting and joining ---------------------------------------------------------------

fn split_impl(vm: &mut Vm, a: &Args, name: &str, right: bool) -> PyResult {
    let (data, ba) = this(vm, a, name)?;
    let p = params(vm, a, name, &["sep", "maxsplit"])?;
    let sep = opt_buffer(vm, p[0].as_ref())?;
    let maxsplit = match &p[1] {
        None => -1,
        Some(v) => vm.to_index(v)?,
    };
    let parts = if right {
        ops::rsplit(&data, sep.as_deref(), maxsplit)
    } else {
        ops::split(&data, sep.as_deref(), maxsplit)
    }
    .map_err(|e| fmt_err(vm, e))?;
    Ok(Value::list(
        parts.into_iter().map(|s| wrap(ba, s.to_vec())).collect(),
    ))
}

fn split(vm: &mut Vm, a: Args) -> PyResult {
    split_impl(vm, &a, "split", false)
}

fn rsplit(vm: &mut Vm, a: Args) -> PyResult {
    split_impl(vm, &a, "rsplit", true)
}

fn splitlines(vm: &mut Vm, a: Args) -> PyResult {
    let (data, ba) = this(vm, &a, "splitlines")?;
    let p = params(vm, &a, "splitlines", &["keepends"])?;
    // A C int in CPython, as for `str.splitlines`.
    let keep = match &p[0] {
        None => false,
        Some(v) => crate::builtins::args::c_int_arg(vm, v)? != 0,
    };
    Ok(Value::list(
        ops::splitlines(&data, keep)
            .into_iter()
            .map(|s| wrap(ba, s.to_vec()))
            .collect(),
    ))
}

fn join(vm: &mut Vm, a: Args) -> PyResult {
    let (sep, ba) = this(vm, &a, "join")?;
    check_fixed(vm, &a, &qual(ba, "join"), 1)?;
    let items = vm.iterate_or(&a.pos[1], "can only join an iterable")?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match buffer_of(vm, it) {
            Some(b) => out.extend(b),
            None => {
                let t = vm.type_name(it);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {t} found"
                )));
            }
        }
    }
    Ok(wrap(ba, out))
}

fn strip_impl(vm: &mut Vm, a: &Args, name: &str, f: StripFn) -> PyResult {
    check_method(vm, name, a, 0, 1)?;
    let (data, ba) = this(vm, a, name)?;
    let chars = opt_buffer(vm, a.pos.get(1))?;
    Ok(wrap(ba, f(&data, chars.as_deref()).to_vec()))
}

type StripFn = for<'s> fn(&'s [u8], Option<&[u8]>) -> &'s [u8];

fn strip(vm: &mut Vm, a: Args) -> PyResult {
    strip_impl(vm, &a, "strip", ops::strip)
}

fn lstrip(vm: &mut Vm, a: Args) -> PyResult {
    strip_impl(vm, &a, "lstrip", ops::lstrip)
}

fn rstrip(vm: &mut Vm, a: Args) -> PyResult {
    strip_impl(vm, &a, "rstrip", ops::rstrip)
}

fn partition_impl(vm: &mut Vm, a: &Args, name: &str, right: bool) -> PyResult {
    let (data, ba) = this(vm, a, name)?;
    check_fixed(vm, a, &qual(ba, name), 1)?;
    let sep = buffer(vm, &a.pos[1])?;
    let (x, y, z) = if right {
        ops::rpartition(&data, &sep)
    } else {
        ops::partition(&data, &sep)
    }
    .map_err(|e| fmt_err(vm, e))?;
    // bytes.partition hands back the separator object itself when it was found.
    let mid = if !ba && !y.is_empty() {
        a.pos[1].clone()
    } else {
        wrap(ba, y.to_vec())
    };
    Ok(Value::tuple(vec![
        wrap(ba, x.to_vec()),
        mid,
        wrap(ba, z.to_vec()),
    ]))
}

fn partition(vm: &mut Vm, a: Args) -> PyResult {
    partition_impl(vm, &a, "partition", false)
}

fn rpartition(vm: &mut Vm, a: Args) -> PyResult {
    partition_impl(vm, &a, "rpartition", true)
}

// ---- searching ---------------------------------------------------------------------------

type Window = (SelfBytes, Vec<u8>, Option<i64>, Option<i64>);

/// The count check of the search methods (`count`, `find`, `startswith`, ...), worded as
/// CPython's tuple-parsed methods word it: "count() takes at least 1 argument (0 given)".
fn check_search_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    let given = a.pos.len().saturating_sub(1);
    if !a.kw.is_empty() || (1..=3).contains(&given) {
        return check_method(vm, name, a, 1, 3);
    }
    Err(vm.type_error(if given == 0 {
        format!("{name}() takes at least 1 argument (0 given)")
    } else {
        format!("{name}() takes at most 3 arguments ({given} given)")
    }))
}

fn find_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Window> {
    check_search_args(vm, a, name)?;
    let (data, _) = this(vm, a, name)?;
    let sub = needle(vm, &a.pos[1])?;
    let start = bound(vm, a.pos.get(2))?;
    let end = bound(vm, a.pos.get(3))?;
    Ok((data, sub, start, end))
}

fn position(r: Option<usize>) -> Value {
    Value::Int(r.map_or(-1, |i| i as i64))
}

fn find(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, st, en) = find_args(vm, &a, "find")?;
    Ok(position(ops::find(&s, &sub, st, en)))
}

fn rfind(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, st, en) = find_args(vm, &a, "rfind")?;
    Ok(position(ops::rfind(&s, &sub, st, en)))
}

fn index(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, st, en) = find_args(vm, &a, "index")?;
    let i = ops::index(&s, &sub, st, en).map_err(|e| fmt_err(vm, e))?;
    Ok(Value::Int(i as i64))
}

fn rindex(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, st, en) = find_args(vm, &a, "rindex")?;
    let i = ops::rindex(&s, &sub, st, en).map_err(|e| fmt_err(vm, e))?;
    Ok(Value::Int(i as i64))
}

fn count(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, st, en) = find_args(vm, &a, "count")?;
    Ok(Value::Int(ops::count(&s, &sub, st, en) as i64))
}

fn replace(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "replace", &a, 2, 3)?;
    let (data, ba) = this(vm, &a, "replace")?;
    let old = buffer(vm, &a.pos[1])?;
    let new = buffer(vm, &a.pos[2])?;
    let n = match a.pos.get(3) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    Ok(wrap(ba, ops::replace(&data, &old, &new, n)))
}

/// Does `data[start:end]` start (or end) with `affix`, with CPython's window rules?
fn tail_match(
    data: &[u8],
    affix: &[u8],
    start: Option<i64>,
    end: Option<i64>,
    at_end: bool,
) -> bool {
    let (st, en) = ops::adjust_indices(start, end, data.len());
    if st > data.len() || st + affix.len() > en {
        return false;
    }
    let w = &data[st..en];
    if at_end {
        w.ends_with(affix)
    } else {
        w.starts_with(affix)
    }
}

fn affix(vm: &mut Vm, a: &Args, name: &str, at_end: bool) -> PyResult {
    check_search_args(vm, a, name)?;
    let (data, _) = this(vm, a, name)?;
    let start = bound(vm, a.pos.get(2))?;
    let end = bound(vm, a.pos.get(3))?;
    if let Value::Tuple(t) = &a.pos[1] {
        for x in t.0.iter() {
            let p = buffer(vm, x)?;
            if tail_match(&data, &p, start, end, at_end) {
                return Ok(Value::Bool(Truth::TRUE));
            }
        }
        return Ok(Value::Bool(Truth::FALSE));
    }
    match buffer_of(vm, &a.pos[1]) {
        Some(p) => Ok(Value::from_bool(tail_match(&data, &p, start, end, at_end))),
        None => {
            let t = vm.type_name(&a.pos[1]);
            Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {t}"
            )))
        }
    }
}

fn startswith(vm: &mut Vm, a: Args) -> PyResult {
    affix(vm, &a, "startswith", false)
}

fn endswith(vm: &mut Vm, a: Args) -> PyResult {
    affix(vm, &a, "endswith", true)
}

fn removeprefix(vm: &mut Vm, a: Args) -> PyResult {
    let (data, ba) = this(vm, &a, "removeprefix")?;
    check_fixed(vm, &a, &qual(ba, "removeprefix"), 1)?;
    let p = buffer(vm, &a.pos[1])?;
    Ok(wrap(
        ba,
        data.strip_prefix(p.as_slice()).unwrap_or(&data).to_vec(),
    ))
}

fn removesuffix(vm: &mut Vm, a: Args) -> PyResult {
    let (data, ba) = this(vm, &a, "removesuffix")?;
    check_fixed(vm, &a, &qual(ba, "removesuffix"), 1)?;
    let p = buffer(vm, &a.pos[1])?;
    let out = if p.is_empty() {
        &data[..]
    } else {
        data.strip_suffix(p.as_slice()).unwrap_or(&data)
    };
    Ok(wrap(ba, out.to_vec()))
}

// ---- case, predicates, padding -----------------------------------------------------------

fn map_bytes(vm: &mut Vm, a: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    let (data, ba) = this(vm, a, name)?;
    check_fixed(vm, a, &qual(ba, name), 0)?;
    Ok(wrap(ba, f(&data)))
}

fn upper(vm: &mut Vm, a: Args) -> PyResult {
    map_bytes(vm, &a, "upper", ops::upper)
}

fn lower(vm: &mut Vm, a: Args) -> PyResult {
    map_bytes(vm, &a, "lower", ops::lower)
}

fn capitalize(vm: &mut Vm, a: Args) -> PyResult {
    map_bytes(vm, &a, "capitalize", ops::capitalize)
}

fn title(vm: &mut Vm, a: Args) -> PyResult {
    map_bytes(vm, &a, "title", ops::title)
}

fn swapcase(vm: &mut Vm, a: Args) -> PyResult {
    map_bytes(vm, &a, "swapcase", ops::swapcase)
}

fn pred(vm: &mut Vm, a: &Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult {
    let (data, ba) = this(vm, a, name)?;
    check_fixed(vm, a, &qual(ba, name), 0)?;
    Ok(Value::from_bool(f(&data)))
}

fn isdigit(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isdigit", ops::isdigit)
}

fn isalpha(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isalpha", ops::isalpha)
}

fn isalnum(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isalnum", ops::isalnum)
}

fn isspace(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isspace", ops::isspace)
}

fn islower(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "islower", ops::islower)
}

fn isupper(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isupper", ops::isupper)
}

fn istitle(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "istitle", ops::istitle)
}

fn isascii(vm: &mut Vm, a: Args) -> PyResult {
    pred(vm, &a, "isascii", ops::isascii)
}

/// MemoryError, as CPython raises when an allocation fails (no arguments).
pub(crate) fn memory_error(vm: &mut Vm) -> PyErr {
    let class = vm.types.memory_error.clone();
    vm.new_exc_args(&class, vec![])
}

/// A result buffer, or the MemoryError of a failed allocation.
fn allocated(vm: &mut Vm, data: Option<Vec<u8>>) -> PyResult<Vec<u8>> {
    data.ok_or_else(|| memory_error(vm))
}

/// The width of a padded result: past what a bytes object could ever hold is OverflowError.
fn width_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let width = ssize_arg(vm, v)?;
    if width > i64::MAX - 64 {
        return Err(vm.overflow_error("byte string is too large"));
    }
    Ok(width)
}

/// An integer argument CPython reads as a C `Py_ssize_t` (the "n" argument format): one past
/// that range is OverflowError, not the IndexError of subscripts.
pub(crate) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.to_index(v),
    }
}

/// A count CPython reads with `PyNumber_AsSsize_t(v, OverflowError)` (`bytes(n)`, `b * n`).
pub(crate) fn count_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        _ => vm.to_index(v),
    }
}

fn justify(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    f: fn(&[u8], i64, u8) -> Option<Vec<u8>>,
) -> PyResult {
    check_method(vm, name, a, 1, 2)?;
    let (data, ba) = this(vm, a, name)?;
    let width = width_arg(vm, &a.pos[1])?;
    let fill = match a.pos.get(2) {
        None => b' ',
        Some(v) => match buffer_of(vm, v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {t}"
                )));
            }
        },
    };
    let out = allocated(vm, f(&data, width, fill))?;
    Ok(wrap(ba, out))
}

fn center(vm: &mut Vm, a: Args) -> PyResult {
    justify(vm, &a, "center", ops::center)
}

fn ljust(vm: &mut Vm, a: Args) -> PyResult {
    justify(vm, &a, "ljust", ops::ljust)
}

fn rjust(vm: &mut Vm, a: Args) -> PyResult {
    justify(vm, &a, "rjust", ops::rjust)
}

fn zfill(vm: &mut Vm, a: Args) -> PyResult {
    let (data, ba) = this(vm, &a, "zfill")?;
    check_fixed(vm, &a, &qual(ba, "zfill"), 1)?;
    let width = width_arg(vm, &a.pos[1])?;
    let out = allocated(vm, ops::zfill(&data, width))?;
    Ok(wrap(ba, out))
}

fn expandtabs(vm: &mut Vm, a: Args) -> PyResult {
    let (data, ba) = this(vm, &a, "expandtabs")?;
    let p = params(vm, &a, "expandtabs", &["tabsize"])?;
    let n = match &p[0] {
        None => 8,
        // A C int in CPython.
        Some(v) => crate::builtins::args::c_int_arg(vm, v)?,
    };
    let out = allocated(vm, ops::expandtabs(&data, n))?;
    Ok(wrap(ba, out))
}

// ---- translate ---------------------------------------------------------------------------

fn translate(vm: &mut Vm, a: Args) -> PyResult {
    let (data, ba) = this(vm, &a, "translate")?;
    let pos = &a.pos[1.min(a.pos.len())..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "translate expected at most 2 arguments, got {}",
            pos.len()
        )));
    }
    if pos.is_empty() {
        return Err(vm.type_error("translate expected at least 1 argument, got 0"));
    }
    let mut delete = pos.get(1).cloned();
    for (k, v) in a.kw.iter() {
        if k.as_str() == "delete" && delete.is_none() {
            delete = Some(v.clone());
        } else {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for translate()",
                k.as_str()
            )));
        }
    }
    let table = opt_buffer(vm, pos.first())?;
    if let Some(t) = &table
        && t.len() != 256
    {
        return Err(vm.value_error("translation table must be 256 characters long"));
    }
    let delete = match &delete {
        Some(v) => buffer(vm, v)?,
        None => Vec::new(),
    };
    let map: [u8; 256] = match &table {
        Some(t) => std::array::from_fn(|i| t[i]),
        None => std::array::from_fn(|i| i as u8),
    };
    let out = if delete.is_empty() {
        data.iter().map(|&b| map[usize::from(b)]).collect()
    } else {
        let mut gone = [false; 256];
        for &d in &delete {
            gone[usize::from(d)] = true;
        }
        data.iter()
            .filter(|&&b| !gone[usize::from(b)])
            .map(|&b| map[usize::from(b)])
            .collect()
    };
    Ok(wrap(ba, out))
}

fn maketrans(vm: &mut Vm, a: Args) -> PyResult {
    // A static method: reached as `bytes.maketrans(f, t)` or `b"".maketrans(f, t)`.
    let args = match a.pos {
        [Value::Class(_), rest @ ..] => rest,
        [_, rest @ ..] if a.pos.len() == 3 => rest,
        all => all,
    };
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    }
    let from = buffer(vm, &args[0])?;
    let to = buffer(vm, &args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(Value::bytes(table))
}

// ---- sequence and comparison protocol ----------------------------------------------------

fn len(vm: &mut Vm, a: Args) -> PyResult {
    let (data, ba) = this(vm, &a, "__len__")?;
    check_fixed(vm, &a, &qual(ba, "__len__"), 0)?;
    Ok(Value::Int(data.len() as i64))
}

fn getitem(vm: &mut Vm, a: Args) -> PyResult {
    let (_, ba) = this(vm, &a, "__getitem__")?;
    check_fixed(vm, &a, &qual(ba, "__getitem__"), 1)?;
    vm.get_item(&payload(&a.pos[0]), &a.pos[1])
}

fn contains(vm: &mut Vm, a: Args) -> PyResult {
    let (data, ba) = this(vm, &a, "__contains__")?;
    check_fixed(vm, &a, &qual(ba, "__contains__"), 1)?;
    Ok(Value::from_bool(bytes_contains(vm, &data, &a.pos[1])?))
}

/// `item in data` for bytes-like `data`: a byte value or a sub-sequence; usable by the VM's
/// `contains`.
pub fn bytes_contains(vm: &mut Vm, data: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(sub) = buffer_of(vm, item) {
        return Ok(ops::find_bytes(data, &sub).is_some());
    }
    if has_index(item) {
        let b = byte_value(vm, item)?;
        return Ok(data.contains(&b));
    }
    let t = vm.type_name(item);
    Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult {
    let (_, ba) = this(vm, &a, "__iter__")?;
    check_fixed(vm, &a, &qual(ba, "__iter__"), 0)?;
    vm.get_iter(&payload(&a.pos[0]))
}

fn rich_compare(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult {
    let (data, ba) = this(vm, a, name)?;
    check_fixed(vm, a, &qual(ba, name), 1)?;
    // bytes compares only with bytes (a bytearray or memoryview answers the reflected
    // comparison itself); bytearray with any buffer.
    if !ba && !matches!(payload(&a.pos[1]), Value::Bytes(_) | Value::PermaBytes(_)) {
        return Ok(Value::NotImplemented);
    }
    let Some(other) = buffer_of(vm, &a.pos[1]) else {
        return Ok(Value::NotImplemented);
    };
    let ord = data.cmp(&other);
    Ok(Value::from_bool(match op {
        CmpOp::Lt => ord.is_lt(),
        CmpOp::Le => ord.is_le(),
        CmpOp::Eq => ord.is_eq(),
        CmpOp::Ne => ord.is_ne(),
        CmpOp::Gt => ord.is_gt(),
        CmpOp::Ge => ord.is_ge(),
    }))
}

fn eq(vm: &mut Vm, a: Args) -> PyResult {
    rich_compare(vm, &a, "__eq__", CmpOp::Eq)
}

fn ne(vm: &mut Vm, a: Args) -> PyResult {
    rich_compare(vm, &a, "__ne__", CmpOp::Ne)
}

fn lt(vm: &mut Vm, a: Args) -> PyResult {
    rich_compare(vm, &a, "__lt__", CmpOp::Lt)
}

fn le(vm: &mut Vm, a: Args) -> PyResult {
    rich_compare(vm, &a, "__le__", CmpOp::Le)
}

fn gt(vm: &mut Vm, a: Args) -> PyResult {
    rich_compare(vm, &a, "__gt__", CmpOp::Gt)
}

fn ge(vm: &mut Vm, a: Args) -> PyResult {
    rich_compare(vm, &a, "__ge__", CmpOp::Ge)
}

/// `bytes.__bytes__()` (3.11): the object itself, or a plain bytes of a subclass's value
/// (what `typing.SupportsBytes` looks for). Not a bytearray method.
fn bytes_bytes(vm: &mut Vm, a: Args) -> PyResult {
    let (data, bytearray) = this(vm, &a, "__bytes__")?;
    if bytearray {
        let t = vm.type_name(&a.pos[0]);
        return Err(vm.type_error(format!(
            "descriptor '__bytes__' for 'bytes' objects doesn't apply to a '{t}' object"
        )));
    }
    check_fixed(vm, &a, "bytes.__bytes__", 0)?;
    match a.pos.first() {
        Some(v @ Value::Bytes(_)) => Ok(v.clone()),
        _ => Ok(Value::bytes(data.into_vec())),
    }
}

fn hash(vm: &mut Vm, a: Args) -> PyResult {
    let (_, ba) = this(vm, &a, "__hash__")?;
    check_fixed(vm, &a, &qual(ba, "__hash__"), 0)?;
    // A subclass that defines __eq__ without __hash__ is unhashable.
    if let Value::Instance(inst) = &a.pos[0]
        && let Some(Value::Function(_)) = inst.class().lookup(&PyStr::new("__eq__"))
        && let Some(Value::Builtin(_)) = inst.class().lookup(&PyStr::new("__hash__"))
    {
        let t = inst.class().name();
        return Err(vm.type_error(format!("unhashable type: '{t}'")));
    }
    let h = vm.hash(&payload(&a.pos[0]))?;
    Ok(Value::Int(h))
}

fn add(vm: &mut Vm, a: Args) -> PyResult {
    let (data, ba) = this(vm, &a, "__add__")?;
    check_fixed(vm, &a, &qual(ba, "__add__"), 1)?;
    match buffer_of(vm, &a.pos[1]) {
        Some(b) => {
            let mut out = data.into_vec();
            out.extend(b);
            Ok(wrap(ba, out))
        }
        None => {
            let t = vm.type_name(&a.pos[1]);
            let me = if ba { "bytearray" } else { "bytes" };
            Err(vm.type_error(format!("can't concat {t} to {me}")))
        }
    }
}

/// `n` of `b * n`, None when `n` is no integer (NotImplemented); negative counts give 0.
fn repeat_count(vm: &mut Vm, a: &Args) -> PyResult<Option<usize>> {
    let v = &a.pos[1];
    if !has_index(v) {
        return Ok(None);
    }
    Ok(Some(count_arg(vm, v)?.max(0) as usize))
}

/// `data * n`: OverflowError past the address space (as CPython words it for bytes), else
/// MemoryError when it cannot be allocated.
fn repeated(vm: &mut Vm, data: &[u8], n: usize, ba: bool) -> PyResult<Vec<u8>> {
    if !ba
        && data
            .len()
            .checked_mul(n)
            .is_none_or(|t| t > isize::MAX as usize)
    {
        return Err(vm.overflow_error("repeated bytes are too long"));
    }
    allocated(vm, ops::try_repeat(data, n))
}

fn mul(vm: &mut Vm, a: Args) -> PyResult {
    let (data, ba) = this(vm, &a, "__mul__")?;
    check_fixed(vm, &a, &qual(ba, "__mul__"), 1)?;
    match repeat_count(vm, &a)? {
        Some(n) => {
            let out = repeated(vm, &data, n, ba)?;
            Ok(wrap(ba, out))
        }
        None => Ok(Value::NotImplemented),
    }
}

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    let (data, ba) = this(vm, &a, "__repr__")?;
    check_fixed(vm, &a, &qual(ba, "__repr__"), 0)?;
    if ba {
        let r = crate::text::bytearray_repr(&data);
        // A subclass shows its own name: `MyArray(b'...')`.
        if let Value::Instance(inst) = &a.pos[0] {
            let name = inst.class().name();
            if let Some(rest) = r.strip_prefix("bytearray") {
                return Ok(Value::string(format!("{name}{rest}")));
            }
        }
        return Ok(Value::string(r));
    }
    Ok(Value::string(crate::text::bytes_repr(&data)))
}

fn to_str(vm: &mut Vm, a: Args) -> PyResult {
    // object.__str__: the repr through the type's (possibly overridden) __repr__.
    crate::builtins::args::check_method(vm, "__str__", &a, 0, 0)?;
    let r = vm.repr(&a.pos[0])?;
    Ok(Value::string(r))
}

// ---- bytearray mutators ------------------------------------------------------------------

fn append(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "append")?;
    check_fixed(vm, &a, "bytearray.append", 1)?;
    let x = byte_value(vm, &a.pos[1])?;
    b.borrow_mut().push(x);
    Ok(Value::None)
}

/// The bytes an iterable of ints (or a buffer) stands for.
fn int_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_of(vm, v) {
        return Ok(b);
    }
    let items = vm.iterate(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(byte_value(vm, it)?);
    }
    Ok(out)
}

fn extend(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "extend")?;
    check_fixed(vm, &a, "bytearray.extend", 1)?;
    let v = &a.pos[1];
    if buffer_of(vm, v).is_none() && vm.get_iter(v).is_err() {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("can't extend bytearray with {t}")));
    }
    let data = int_items(vm, v)?;
    b.borrow_mut().extend(data);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "pop")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error("pop() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "pop expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let i = match a.pos.get(1) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let n = b.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let k = if i < 0 { i + n } else { i };
    if !(0..n).contains(&k) {
        return Err(vm.index_error("pop index out of range"));
    }
    let x = b.borrow_mut().remove(k as usize);
    Ok(Value::Int(x as i64))
}

fn insert(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "insert")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error("insert() takes no keyword arguments"));
    }
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let i = vm.to_index(&a.pos[1])?;
    let x = byte_value(vm, &a.pos[2])?;
    let n = b.borrow().len() as i64;
    let k = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.borrow_mut().insert(k as usize, x);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "remove")?;
    check_fixed(vm, &a, "bytearray.remove", 1)?;
    let x = byte_value(vm, &a.pos[1])?;
    let found = b.borrow().iter().position(|&c| c == x);
    match found {
        Some(k) => {
            b.borrow_mut().remove(k);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn reverse(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "reverse")?;
    check_fixed(vm, &a, "bytearray.reverse", 0)?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "clear")?;
    check_fixed(vm, &a, "bytearray.clear", 0)?;
    b.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "copy")?;
    check_fixed(vm, &a, "bytearray.copy", 0)?;
    let data = b.borrow().clone();
    Ok(wrap(true, data))
}

fn alloc(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "__alloc__")?;
    check_fixed(vm, &a, "bytearray.__alloc__", 0)?;
    let n = b.borrow().capacity().max(b.borrow().len() + 1);
    Ok(Value::Int(n as i64))
}

/// `ba[key] = value`, extended slices included.
fn setitem(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "__setitem__")?;
    crate::builtins::args::check_method(vm, "__setitem__", &a, 2, 2)?;
    bytearray_set_item(vm, &b, &a.pos[1], &a.pos[2])?;
    Ok(Value::None)
}

/// `ba[key] = value` with CPython's semantics and messages (extended slices included);
/// usable by the VM's `set_item` for plain bytearrays.
pub fn bytearray_set_item(
    vm: &mut Vm,
    b: &Rc<RefCell<Vec<u8>>>,
    key: &Value,
    value: &Value,
) -> PyResult<()> {
    let Value::Slice(s) = key else {
        let len = b.borrow().len();
        let i = index_of(vm, key, len)?;
        let x = byte_value(vm, value)?;
        b.borrow_mut()[i] = x;
        return Ok(());
    };
    let data = if buffer_of(vm, value).is_some() {
        buffer_of(vm, value).unwrap_or_default()
    } else if has_index(value) || matches!(payload(value), Value::Str(_)) {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    } else {
        match vm.iterate(value) {
            Ok(items) => {
                let mut out = Vec::with_capacity(items.len());
                for it in &items {
                    out.push(byte_value(vm, it)?);
                }
                out
            }
            Err(_) => {
                return Err(vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
        }
    };
    let len = b.borrow().len();
    let idx = vm.slice_indices(s, len)?;
    if idx.step == 1 {
        let start = idx.start.clamp(0, len as i64) as usize;
        let stop = (start + idx.len).min(len);
        b.borrow_mut().splice(start..stop, data);
        return Ok(());
    }
    if data.len() != idx.len {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            data.len(),
            idx.len
        )));
    }
    let positions: Vec<usize> = idx.indices().collect();
    let mut v = b.borrow_mut();
    for (k, x) in positions.into_iter().zip(data) {
        v[k] = x;
    }
    Ok(())
}

fn index_of(vm: &mut Vm, key: &Value, len: usize) -> PyResult<usize> {
    if !has_index(key) {
        let t = vm.type_name(key);
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {t}"
        )));
    }
    let i = match key {
        Value::BigInt(_) => i64::MAX,
        _ => vm.to_index(key)?,
    };
    let k = if i < 0 { i + len as i64 } else { i };
    if !(0..len as i64).contains(&k) {
        return Err(vm.index_error("bytearray index out of range"));
    }
    Ok(k as usize)
}

fn delitem(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "__delitem__")?;
    check_fixed(vm, &a, "bytearray.__delitem__", 1)?;
    let key = &a.pos[1];
    let len = b.borrow().len();
    let Value::Slice(s) = key else {
        let i = index_of(vm, key, len)?;
        b.borrow_mut().remove(i);
        return Ok(Value::None);
    };
    let idx = vm.slice_indices(s, len)?;
    let mut gone = vec![false; len];
    for k in idx.indices() {
        gone[k] = true;
    }
    let mut pos = 0;
    b.borrow_mut().retain(|_| {
        let keep = !gone[pos];
        pos += 1;
        keep
    });
    Ok(Value::None)
}

fn iadd(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "__iadd__")?;
    check_fixed(vm, &a, "bytearray.__iadd__", 1)?;
    match buffer_of(vm, &a.pos[1]) {
        Some(extra) => {
            b.borrow_mut().extend(extra);
            Ok(a.pos[0].clone())
        }
        None => {
            let t = vm.type_name(&a.pos[1]);
            Err(vm.type_error(format!("can't concat {t} to bytearray")))
        }
    }
}

fn imul(vm: &mut Vm, a: Args) -> PyResult {
    let b = this_mut(vm, &a, "__imul__")?;
    check_fixed(vm, &a, "bytearray.__imul__", 1)?;
    match repeat_count(vm, &a)? {
        Some(n) => {
            let data = {
                let current = b.borrow();
                repeated(vm, &current, n, true)?
            };
            *b.borrow_mut() = data;
            Ok(a.pos[0].clone())
        }
        None => Ok(Value::NotImplemented),
    }
}

// ---- %-formatting (PEP 461) ----------------------------------------------------------------

/// Bytes as text with one char per byte (latin-1), so that the str formatter can lay them
/// out: widths and precisions then count bytes, and every char maps back to one byte.
fn latin1_text(data: &[u8]) -> String {
    data.iter().map(|&b| char::from(b)).collect()
}

/// The right operand of `bytes % args`, converted as the formatter asks. Python errors raised
/// on the way (`__bytes__`, `__getitem__`, CPython's bytes-specific type errors) wait in `err`.
struct BytesPercentArgs<'a> {
    vm: &'a mut Vm,
    args: Value,
    err: Option<PyErr>,
}

impl BytesPercentArgs<'_> {
    /// The right operand as a tuple, when it is one (tuple subclasses included).
    fn tuple(&self) -> Option<Rc<Tuple>> {
        if super::memoryview::is_memoryview(self.vm, &self.args) {
            return None;
        }
        match payload(&self.args) {
            Value::Tuple(t) => Some(t),
            _ => None,
        }
    }

    fn pick(&mut self, source: ArgSource<'_>) -> Result<Value, FmtError> {
        match source {
            ArgSource::Whole => Ok(self.args.clone()),
            ArgSource::Positional(i) => match self.tuple() {
                Some(t) => Ok(t.0.get(i).cloned().unwrap_or_default()),
                None => Ok(self.args.clone()),
            },
            ArgSource::Key(k) => {
                // The key was bytes in the format; give it back as bytes.
                let key = Value::bytes(k.chars().map(|c| c as u8).collect());
                let args = self.args.clone();
                self.vm.get_item(&args, &key).map_err(|e| self.fail(e))
            }
        }
    }

    fn fail(&mut self, e: PyErr) -> FmtError {
        self.err = Some(e);
        FmtError::value("conversion failed")
    }

    /// `%b` / `%s`: a bytes-like object, or the result of `__bytes__`.
    fn bytes_arg(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        if let Some(b) = buffer_of(self.vm, v) {
            return Ok(b);
        }
        if matches!(v, Value::Instance(_))
            && let Some(r) = self.vm.call_special(v, "__bytes__", &[])?
        {
            return match payload(&r) {
                Value::Bytes(b) => Ok(b.data.clone()),
                _ => {
                    let t = self.vm.type_name(&r);
                    Err(self
                        .vm
                        .type_error(format!("__bytes__ returned non-bytes (type {t})")))
                }
            };
        }
        let t = self.vm.type_name(v);
        Err(self.vm.type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
        )))
    }

    /// `%c`: an int in range(256) or a single byte.
    fn char_arg(&mut self, v: &Value) -> PyResult<PercentValue> {
        match payload(v) {
            n @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                let n = crate::vm::ops::to_bigint(&n).unwrap_or_default();
                match n.to_u8() {
                    Some(b) => Ok(PercentValue::Text(char::from(b).to_string())),
                    None => Err(self.vm.overflow_error("%c arg not in range(256)")),
                }
            }
            Value::Bytes(b) if b.data.len() == 1 => Ok(PercentValue::Text(latin1_text(&b.data))),
            Value::ByteArray(b) if b.borrow().len() == 1 => {
                Ok(PercentValue::Text(latin1_text(&b.borrow())))
            }
            _ => Err(self
                .vm
                .type_error("%c requires an integer in range(256) or a single byte")),
        }
    }

    /// `%d %i %u %x %X %o` and `*`: an int (`%d` also truncates real numbers).
    fn int_arg(&mut self, v: &Value, need: PercentNeed) -> PyResult<PercentValue> {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(PercentValue::Int(
                crate::vm::ops::to_bigint(v).unwrap_or_default(),
            )),
            Value::Float(f) if need == PercentNeed::Int => {
                let f = f.get();
                if !f.is_finite() {
                    let what = if f.is_nan() { "NaN" } else { "infinity" };
                    let msg = format!("cannot convert float {what} to integer");
                    return Err(if f.is_nan() {
                        self.vm.value_error(msg)
                    } else {
                        self.vm.overflow_error(msg)
                    });
                }
                Ok(PercentValue::Int(
                    crate::builtins::functions::f64_to_bigint(f.trunc()),
                ))
            }
            Value::Instance(_) if need == PercentNeed::Int => {
                match crate::builtins::strfmt::percent_d_int(self.vm, v)? {
                    Some(i) => Ok(PercentValue::Int(i)),
                    None => Ok(PercentValue::WrongType(self.vm.type_name(v))),
                }
            }
            Value::Instance(_) => match self.vm.to_bigint_index(v) {
                Ok(i) => Ok(PercentValue::Int(i)),
                Err(_) => Ok(PercentValue::WrongType(self.vm.type_name(v))),
            },
            _ => Ok(PercentValue::WrongType(self.vm.type_name(v))),
        }
    }

    /// `%e %f %g ...`: a real number.
    fn float_arg(&mut self, v: &Value) -> PyResult<PercentValue> {
        match v {
            Value::Float(f) => Ok(PercentValue::Float(f.get())),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
                if let Ok(f) = self.vm.to_f64(v) {
                    return Ok(PercentValue::Float(f));
                }
                let t = self.vm.type_name(v);
                Err(self
                    .vm
                    .type_error(format!("float argument required, not {t}")))
            }
            _ => {
                let t = self.vm.type_name(v);
                Err(self
                    .vm
                    .type_error(format!("float argument required, not {t}")))
            }
        }
    }
}

impl PercentArgs for BytesPercentArgs<'_> {
    fn tuple_len(&self) -> Option<usize> {
        self.tuple().map(|t| t.0.len())
    }

    fn is_mapping(&self) -> bool {
        // CPython: anything subscriptable that is not a tuple, str, bytes or bytearray.
        match &self.args {
            Value::Dict(_) | Value::List(_) | Value::Range(_) => true,
            Value::Instance(_) if super::memoryview::is_memoryview(self.vm, &self.args) => true,
            Value::Instance(i) => {
                !matches!(
                    payload(&self.args),
                    Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)
                ) && (i.class().lookup(&PyStr::new("__getitem__")).is_some()
                    || matches!(payload(&self.args), Value::Dict(_) | Value::List(_)))
            }
            _ => false,
        }
    }

    fn convert(
        &mut self,
        source: ArgSource<'_>,
        need: PercentNeed,
    ) -> Result<PercentValue, FmtError> {
        let v = self.pick(source)?;
        let r = match need {
            PercentNeed::Str => self
                .bytes_arg(&v)
                .map(|b| PercentValue::Text(latin1_text(&b))),
            // `%r` is `%a` for bytes: the result must stay ASCII.
            PercentNeed::Repr | PercentNeed::Ascii => self
                .vm
                .repr(&v)
                .map(|r| PercentValue::Text(crate::builtins::ascii_escape(&r))),
            PercentNeed::Char => self.char_arg(&v),
            PercentNeed::Int | PercentNeed::Index | PercentNeed::Star => self.int_arg(&v, need),
            PercentNeed::Float => self.float_arg(&v),
        };
        r.map_err(|e| self.fail(e))
    }
}

/// CPython's wording where bytes formatting differs from str formatting.
fn bytes_percent_error(vm: &mut Vm, e: FmtError) -> PyErr {
    if e.msg == "not all arguments converted during string formatting" {
        return vm.type_error("not all arguments converted during bytes formatting");
    }
    // CPython formats a non-ASCII format character as a negative C `char`, which fails.
    if let Some(rest) = e.msg.strip_prefix("unsupported format character '?' (0x")
        && let Some(hex) = rest.split(')').next()
        && u32::from_str_radix(hex, 16).is_ok_and(|c| c >= 0x80)
    {
        return vm.overflow_error("character argument not in range(0x110000)");
    }
    vm.fmt_error(e)
}

/// Rewrites each `%b` conversion as `%s`, which means the same for bytes, so that the str
/// formatter (which knows no `%b`) can run the format.
fn b_as_s(fmt: &mut [u8]) {
    let mut pos = 0;
    while pos < fmt.len() {
        if fmt[pos] != b'%' {
            pos += 1;
            continue;
        }
        pos += 1;
        if fmt.get(pos) == Some(&b'(') {
            let mut depth = 0;
            while let Some(&c) = fmt.get(pos) {
                pos += 1;
                match c {
                    b'(' => depth += 1,
                    b')' if depth == 1 => break,
                    b')' => depth -= 1,
                    _ => {}
                }
            }
        }
        while matches!(
            fmt.get(pos),
            Some(b'-' | b'+' | b' ' | b'#' | b'0'..=b'9' | b'*' | b'.' | b'h' | b'l' | b'L')
        ) {
            pos += 1;
        }
        if let Some(c) = fmt.get_mut(pos) {
            if *c == b'b' {
                *c = b's';
            }
            pos += 1;
        }
    }
}

/// `fmt % args` for a bytes or bytearray `fmt` (PEP 461); the result has `fmt`'s type.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult {
    let (mut data, bytearray) = match payload(fmt) {
        Value::Bytes(b) => (b.data.clone(), false),
        Value::ByteArray(b) => (b.borrow().clone(), true),
        _ => return Err(vm.type_error("format requires bytes")),
    };
    b_as_s(&mut data);
    let mut a = BytesPercentArgs {
        vm,
        args: args.clone(),
        err: None,
    };
    match format::percent_format(&latin1_text(&data), &mut a) {
        Ok(s) => Ok(wrap(bytearray, s.chars().map(|c| c as u8).collect())),
        Err(e) => match a.err.take() {
            Some(err) => Err(err),
            None => Err(bytes_percent_error(a.vm, e)),
        },
    }
}

fn mod_(vm: &mut Vm, a: Args) -> PyResult {
    let (_, ba) = this(vm, &a, "__mod__")?;
    check_fixed(vm, &a, &qual(ba, "__mod__"), 1)?;
    percent_format(vm, &a.pos[0], &a.pos[1])
}
