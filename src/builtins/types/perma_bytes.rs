//! `perma_bytes`: what `code.co_code` returns, a read-only bytes-like view of sealed memory.
//!
//! A `perma_bytes` is `Value::PermaBytes(Rc<Code>)`: the handle (and its refcount) lives in the
//! heap, the bytes are the code object's instruction words inside its sealed image. Reading
//! behaves as `bytes` does; every write raises `TypeError`.
//!
//! This file must never copy the data out of the mapping except to build a `bytes` (or
//! `bytearray`) the user asked for: a slice, `bytes(x)`, `bytearray(x)`. Lookups, `in`,
//! `count`, `find`, `hex` and hashing read the mapping in place. The helpers [`data`],
//! [`get_item`], [`contains`] and [`hash`] are what the VM's generic paths (`x[i]`, `in`,
//! `hash()`) should call for a `perma_bytes`, so they stay copy-free too.

use std::rc::Rc;

use crate::builtins::args::check_method;
use crate::objects::*;
use crate::vm::Vm;

pub const PERMA_BYTES_METHODS: &[(&str, NativeFn)] = &[
    ("__len__", pb_len),
    ("__getitem__", pb_getitem),
    ("__contains__", pb_contains),
    ("__iter__", pb_iter),
    ("__bytes__", pb_bytes),
    ("__hash__", pb_hash),
    ("__setitem__", pb_setitem),
    ("__delitem__", pb_delitem),
    ("hex", pb_hex),
    ("count", pb_count),
    ("find", pb_find),
    ("rfind", pb_rfind),
    ("index", pb_index),
    ("startswith", pb_startswith),
    ("endswith", pb_endswith),
    ("decode", pb_decode),
];

/// The bytes a `perma_bytes` shows: a slice of the sealed mapping itself, never a copy.
#[inline]
pub fn data(code: &Code) -> &[u8] {
    code.code_bytes()
}

/// `hash(x)`: equal to the hash of the equal `bytes`, computed on the mapping in place.
pub fn hash(code: &Code) -> i64 {
    crate::objects::str::str_hash(data(code))
}

/// `x[key]`: an int for an index, a new `bytes` for a slice (the only copy, and the user asked
/// for it).
pub fn get_item(vm: &mut Vm, code: &Code, key: &Value) -> PyResult {
    let bytes = data(code);
    if let Value::Slice(s) = key {
        let idx = vm.slice_indices(s, bytes.len())?;
        let out: Vec<u8> = if idx.step == 1 {
            let start = idx.start as usize;
            bytes[start..start + idx.len].to_vec()
        } else {
            idx.indices().map(|k| bytes[k]).collect()
        };
        return Ok(Value::bytes(out));
    }
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(_) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
        }
        Value::Instance(_) => vm.to_index(key)?,
        other => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!(
                "perma_bytes indices must be integers or slices, not {t}"
            )));
        }
    };
    let j = if i < 0 { i + bytes.len() as i64 } else { i };
    match usize::try_from(j).ok().and_then(|j| bytes.get(j)) {
        Some(&b) => Ok(Value::Int(b as i64)),
        None => Err(vm.index_error("index out of range")),
    }
}

/// `item in x`: an int in 0..256, or a bytes-like subsequence.
pub fn contains(vm: &mut Vm, code: &Code, item: &Value) -> PyResult<bool> {
    let hay = data(code);
    match item {
        Value::Int(_) | Value::Bool(_) | Value::Instance(_) => {
            let b = byte_value(vm, item)?;
            Ok(hay.contains(&b))
        }
        _ => match with_bytes_like(item, |needle| find_in(hay, needle).is_some()) {
            Some(found) => Ok(found),
            None => {
                let t = vm.type_name(item);
                Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
            }
        },
    }
}

/// Runs `f` on the bytes of a bytes-like value, borrowed in place.
fn with_bytes_like<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match v {
        Value::Bytes(b) => Some(f(&b.data)),
        Value::ByteArray(b) => Some(f(&b.borrow())),
        Value::PermaBytes(c) => Some(f(data(c))),
        _ => None,
    }
}

/// An int argument that must be a byte, with CPython's messages.
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = vm.to_index(v)?;
    u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Applies `f` to the receiver's data and the needle argument (an int byte or bytes-like).
fn with_needle<R>(vm: &mut Vm, a: &Args, name: &str, f: impl Fn(&[u8], &[u8]) -> R) -> PyResult<R> {
    check_method(vm, name, a, 1, 1)?;
    let code = self_code(vm, a)?;
    let hay = data(&code);
    let arg = &a.pos[1];
    if let Some(r) = with_bytes_like(arg, |needle| f(hay, needle)) {
        return Ok(r);
    }
    match arg {
        Value::Int(_) | Value::Bool(_) | Value::Instance(_) => {
            let b = byte_value(vm, arg)?;
            Ok(f(hay, &[b]))
        }
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{t}'"
            )))
        }
    }
}

fn self_code(vm: &mut Vm, a: &Args) -> PyResult<Rc<Code>> {
    match a.pos.first() {
        Some(Value::PermaBytes(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("descriptor requires a 'perma_bytes' object")),
    }
}

fn pb_len(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__len__", &a, 0, 0)?;
    let c = self_code(vm, &a)?;
    Ok(Value::Int(data(&c).len() as i64))
}

fn pb_getitem(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__getitem__", &a, 1, 1)?;
    let c = self_code(vm, &a)?;
    get_item(vm, &c, &a.pos[1])
}

fn pb_contains(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__contains__", &a, 1, 1)?;
    let c = self_code(vm, &a)?;
    Ok(Value::from_bool(contains(vm, &c, &a.pos[1])?))
}

fn pb_iter(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__iter__", &a, 0, 0)?;
    self_code(vm, &a)?;
    // The sequence iterator reads one byte at a time from the mapping.
    vm.get_iter(&a.pos[0])
}

fn pb_bytes(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__bytes__", &a, 0, 0)?;
    let c = self_code(vm, &a)?;
    // The user asked for a bytes object: the one place the data is copied.
    Ok(Value::bytes(data(&c).to_vec()))
}

fn pb_hash(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__hash__", &a, 0, 0)?;
    let c = self_code(vm, &a)?;
    Ok(Value::Int(hash(&c)))
}

fn pb_setitem(vm: &mut Vm, _a: Args) -> PyResult {
    Err(vm.type_error("'perma_bytes' object does not support item assignment"))
}

fn pb_delitem(vm: &mut Vm, _a: Args) -> PyResult {
    Err(vm.type_error("'perma_bytes' object doesn't support item deletion"))
}

fn pb_hex(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "hex", &a, 0, 0)?;
    let c = self_code(vm, &a)?;
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let bytes = data(&c);
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 0xf) as usize] as char);
    }
    Ok(Value::string(out))
}

fn pb_count(vm: &mut Vm, a: Args) -> PyResult {
    let n = with_needle(vm, &a, "count", |hay, needle| {
        if needle.is_empty() {
            return hay.len() + 1;
        }
        // Non-overlapping, as bytes.count.
        let (mut n, mut at) = (0, 0);
        while let Some(p) = find_in(&hay[at..], needle) {
            n += 1;
            at += p + needle.len();
        }
        n
    })?;
    Ok(Value::Int(n as i64))
}

fn pb_find(vm: &mut Vm, a: Args) -> PyResult {
    let p = with_needle(vm, &a, "find", find_in)?;
    Ok(Value::Int(p.map_or(-1, |p| p as i64)))
}

fn pb_rfind(vm: &mut Vm, a: Args) -> PyResult {
    let p = with_needle(vm, &a, "rfind", rfind_in)?;
    Ok(Value::Int(p.map_or(-1, |p| p as i64)))
}

fn pb_index(vm: &mut Vm, a: Args) -> PyResult {
    match with_needle(vm, &a, "index", find_in)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn pb_startswith(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "startswith", &a, 1, 1)?;
    let c = self_code(vm, &a)?;
    affix(vm, data(&c), &a.pos[1], "startswith", <[u8]>::starts_with)
}

fn pb_endswith(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "endswith", &a, 1, 1)?;
    let c = self_code(vm, &a)?;
    affix(vm, data(&c), &a.pos[1], "endswith", <[u8]>::ends_with)
}

/// `startswith`/`endswith`: a bytes-like affix or a tuple of them.
fn affix(
    vm: &mut Vm,
    hay: &[u8],
    arg: &Value,
    name: &str,
    test: fn(&[u8], &[u8]) -> bool,
) -> PyResult {
    if let Some(r) = with_bytes_like(arg, |p| test(hay, p)) {
        return Ok(Value::from_bool(r));
    }
    if let Value::Tuple(t) = arg {
        for item in t.0.iter() {
            match with_bytes_like(item, |p| test(hay, p)) {
                Some(true) => return Ok(Value::Bool(Truth::TRUE)),
                Some(false) => {}
                None => {
                    let t = vm.type_name(item);
                    return Err(
                        vm.type_error(format!("a bytes-like object is required, not '{t}'"))
                    );
                }
            }
        }
        return Ok(Value::Bool(Truth::FALSE));
    }
    let t = vm.type_name(arg);
    Err(vm.type_error(format!(
        "{name} first arg must be bytes or a tuple of bytes, not {t}"
    )))
}

fn pb_decode(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "decode", &a, 0, 2)?;
    let c = self_code(vm, &a)?;
    match std::str::from_utf8(data(&c)) {
        Ok(s) => Ok(Value::str(s)),
        Err(e) => {
            let pos = e.valid_up_to();
            let byte = data(&c)[pos];
            let class = vm.types.unicode_decode_error.clone();
            Err(vm.new_error(
                &class,
                format!(
                    "'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: invalid start byte"
                ),
            ))
        }
    }
}
