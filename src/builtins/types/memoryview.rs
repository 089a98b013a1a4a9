//! `memoryview`: a one-dimensional view of a bytes-like object's bytes, as unsigned bytes
//! (format `'B'`) or, after `cast`, as items of a native struct format (`'i'`, `'d'`, `'c'`, ...).
//!
//! A memoryview is an instance of the `memoryview` class whose built-in payload is a
//! [`View`] tuple: the viewed object, where the view starts, its step (in bytes) and length (in
//! items), its item format, whether it is read-only and whether it was released. Slicing makes a new view of the same object; reads
//! and writes go straight to the object's bytes, never to a copy. Only a view of a `bytearray`
//! writes, and only to that bytearray. The public attributes (`nbytes`, `readonly`, `obj`, ...)
//! sit in the instance dict, since native classes have no properties.

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::builtins::args::{check_method, payload};
use crate::objects::*;
use crate::vm::Vm;

pub const MEMORYVIEW_METHODS: &[(&str, NativeFn)] = &[
    ("__len__", mv_len),
    ("__getitem__", mv_getitem),
    ("__setitem__", mv_setitem),
    ("__iter__", mv_iter),
    ("__contains__", mv_contains),
    ("__eq__", mv_eq),
    ("__ne__", mv_ne),
    ("__hash__", mv_hash),
    ("__repr__", mv_repr),
    ("__enter__", mv_enter),
    ("__exit__", mv_exit),
    ("tobytes", mv_tobytes),
    ("tolist", mv_tolist),
    ("hex", mv_hex),
    ("release", mv_release),
    ("toreadonly", mv_toreadonly),
    ("cast", mv_cast),
];

/// An item format a view can have: a native `struct` format character, remembered with the
/// `'@'` prefix it was named with (which `format` shows, and which changes nothing).
#[derive(Clone, Copy)]
struct Format(u8, bool);

impl PartialEq for Format {
    fn eq(&self, other: &Format) -> bool {
        self.0 == other.0
    }
}

impl Format {
    const BYTE: Format = Format(b'B', false);

    fn parse(text: &str) -> Option<Format> {
        let (c, at) = match text.as_bytes() {
            [c] => (*c, false),
            [b'@', c] => (*c, true),
            _ => return None,
        };
        Format(c, at).size().map(|_| Format(c, at))
    }

    /// The format as the payload tuple keeps it (the character, plus 256 for an `'@'`).
    fn code(self) -> i64 {
        i64::from(self.0) + if self.1 { 256 } else { 0 }
    }

    fn from_code(code: i64) -> Option<Format> {
        Some(Format(u8::try_from(code & 0xff).ok()?, code >= 256))
    }

    fn size(self) -> Option<usize> {
        Some(match self.0 {
            b'c' | b'b' | b'B' | b'?' => 1,
            b'h' | b'H' => 2,
            b'i' | b'I' | b'f' => 4,
            b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' => 8,
            _ => return None,
        })
    }

    fn itemsize(self) -> usize {
        self.size().unwrap_or(1)
    }

    /// `'B'`, `'b'` and `'c'`: the formats a cast may start from or go to.
    fn is_byte(self) -> bool {
        matches!(self.0, b'B' | b'b' | b'c')
    }

    fn name(self) -> String {
        let c = char::from(self.0);
        if self.1 {
            format!("@{c}")
        } else {
            c.to_string()
        }
    }

    /// The Python value of one item's native (little-endian) bytes.
    fn unpack(self, b: &[u8]) -> Value {
        let mut buf = [0u8; 8];
        buf[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
        let unsigned = u64::from_le_bytes(buf);
        let signed = |bits: u32| ((unsigned << (64 - bits)) as i64) >> (64 - bits);
        match self.0 {
            b'c' => Value::bytes(b.to_vec()),
            b'?' => Value::from_bool(unsigned != 0),
            b'b' => Value::Int(signed(8)),
            b'h' => Value::Int(signed(16)),
            b'i' => Value::Int(signed(32)),
            b'l' | b'q' | b'n' => Value::Int(unsigned as i64),
            b'f' => Value::float(f64::from(f32::from_bits(unsigned as u32))),
            b'd' => Value::float(f64::from_bits(unsigned)),
            _ => match i64::try_from(unsigned) {
                Ok(n) => Value::Int(n),
                Err(_) => Value::from_bigint(num_bigint::BigInt::from(unsigned)),
            },
        }
    }

    /// The native bytes of `v` as one item, or CPython's errors.
    fn pack(self, vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
        let size = self.itemsize();
        let invalid_type = |vm: &mut Vm| {
            let msg = format!("memoryview: invalid type for format '{}'", self.name());
            vm.type_error(msg)
        };
        let invalid_value = |vm: &mut Vm| {
            let msg = format!("memoryview: invalid value for format '{}'", self.name());
            vm.value_error(msg)
        };
        match self.0 {
            b'c' => match payload(v) {
                Value::Bytes(b) if b.data.len() == 1 => Ok(b.data.to_vec()),
                Value::Bytes(_) => Err(invalid_value(vm)),
                _ => Err(invalid_type(vm)),
            },
            b'?' => Ok(vec![u8::from(vm.truthy(v)?)]),
            b'f' | b'd' => {
                if !matches!(
                    payload(v),
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
                ) {
                    return Err(invalid_type(vm));
                }
                let x = vm.to_f64(v)?;
                Ok(if self.0 == b'f' {
                    (x as f32).to_le_bytes().to_vec()
                } else {
                    x.to_le_bytes().to_vec()
                })
            }
            c => {
                let n = match payload(v) {
                    Value::Int(i) => num_bigint::BigInt::from(i),
                    Value::Bool(b) => num_bigint::BigInt::from(u8::from(b.get())),
                    Value::BigInt(b) => (*b).clone(),
                    _ => return Err(invalid_type(vm)),
                };
                let bits = 8 * size as u32;
                let signed = c.is_ascii_lowercase();
                let (lo, hi) = if signed {
                    let half = num_bigint::BigInt::from(1) << (bits - 1);
                    (-half.clone(), half)
                } else {
                    (
                        num_bigint::BigInt::from(0),
                        num_bigint::BigInt::from(1) << bits,
                    )
                };
                if n < lo || n >= hi {
                    return Err(invalid_value(vm));
                }
                let raw = if signed {
                    n.to_i64().map(|x| x as u64)
                } else {
                    n.to_u64()
                };
                Ok(raw.unwrap_or(0).to_le_bytes()[..size].to_vec())
            }
        }
    }
}

/// The state of one view. Kept as a tuple in the instance payload:
/// `(obj, start, step, len, readonly, released, format)`; `start` and `step` count bytes,
/// `len` counts items.
#[derive(Clone)]
struct View {
    obj: Value,
    start: i64,
    step: i64,
    len: usize,
    readonly: bool,
    released: bool,
    format: Format,
}

impl View {
    fn to_value(&self) -> Value {
        Value::tuple(vec![
            self.obj.clone(),
            Value::Int(self.start),
            Value::Int(self.step),
            Value::Int(self.len as i64),
            Value::from_bool(self.readonly),
            Value::from_bool(self.released),
            Value::Int(self.format.code()),
        ])
    }

    fn from_value(v: &Value) -> Option<View> {
        let Value::Tuple(t) = v else { return None };
        match &t.0[..] {
            [
                obj,
                Value::Int(start),
                Value::Int(step),
                Value::Int(len),
                Value::Bool(ro),
                Value::Bool(rel),
                Value::Int(format),
            ] => Some(View {
                obj: obj.clone(),
                start: *start,
                step: *step,
                len: *len as usize,
                readonly: ro.get(),
                released: rel.get(),
                format: Format::from_code(*format)?,
            }),
            _ => None,
        }
    }

    /// Where each item starts in the object's bytes, in view order.
    fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }

    /// The viewed bytes, copied out (items past a shrunk bytearray are skipped).
    fn contents(&self) -> Vec<u8> {
        let size = self.format.itemsize();
        with_bytes(&self.obj, |data| {
            let mut out = Vec::with_capacity(self.len * size);
            for p in self.positions() {
                if let Some(item) = data.get(p..p + size) {
                    out.extend_from_slice(item);
                }
            }
            out
        })
    }

    /// The items as Python values.
    fn items(&self) -> Vec<Value> {
        let size = self.format.itemsize();
        self.contents()
            .chunks_exact(size)
            .map(|c| self.format.unpack(c))
            .collect()
    }

    fn contiguous(&self) -> bool {
        self.step == self.format.itemsize() as i64 || self.len <= 1
    }
}

/// Runs `f` on the bytes of a bytes-like object (a subclass instance included).
fn with_bytes<R>(obj: &Value, f: impl FnOnce(&[u8]) -> R) -> R {
    match payload(obj) {
        Value::Bytes(b) => f(&b.data),
        Value::ByteArray(b) => f(&b.borrow()),
        Value::PermaBytes(c) => f(super::perma_bytes::data(&c)),
        _ => f(&[]),
    }
}

/// Whether `v` is a memoryview.
pub fn is_memoryview(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Instance(i) if Rc::ptr_eq(&i.class(), &vm.types.memoryview))
}

/// The bytes a memoryview shows, for the bytes-like argument paths; `None` for anything else
/// (a released view included).
pub fn view_bytes(vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    if !is_memoryview(vm, v) {
        return None;
    }
    View::from_value(&payload(v))
        .filter(|view| !view.released)
        .map(|view| view.contents())
}

/// A new memoryview object for `view`.
fn make(vm: &mut Vm, view: View) -> Value {
    let shape = Value::tuple(vec![Value::Int(view.len as i64)]);
    let strides = Value::tuple(vec![Value::Int(view.step)]);
    let contiguous = Value::from_bool(view.contiguous());
    let size = view.format.itemsize();
    let attrs: [(&'static str, Value); 12] = [
        ("obj", view.obj.clone()),
        ("nbytes", Value::Int((view.len * size) as i64)),
        ("readonly", Value::from_bool(view.readonly)),
        ("itemsize", Value::Int(size as i64)),
        ("format", Value::string(view.format.name())),
        ("ndim", Value::Int(1)),
        ("shape", shape),
        ("strides", strides),
        ("suboffsets", Value::tuple(vec![])),
        ("c_contiguous", contiguous.clone()),
        ("f_contiguous", contiguous.clone()),
        ("contiguous", contiguous),
    ];
    // Interned names carry their hash, and the names are distinct: a fresh table takes them
    // without lookups (a view is made per slice, so this runs per `mv[a:b]`).
    let mut table = DictTable::with_capacity(attrs.len());
    for (name, v) in attrs {
        let key = vm.intern_static(name);
        table.insert_new(key.hash(), Value::Str(key), v);
    }
    Value::Instance(Rc::new(Instance {
        class: vm.types.memoryview.clone().into(),
        dict: Some(Rc::new(DictObj::from_table(table))),
        slots: RefCell::new(vec![]),
        payload: Payload::Builtin(RefCell::new(view.to_value())),
    }))
}

/// `memoryview(object)`.
pub fn memoryview_new(vm: &mut Vm, a: &Args) -> PyResult {
    let obj = match (a.pos, a.kw) {
        ([obj], []) => obj.clone(),
        ([], [(k, obj)]) if k.as_str() == "object" => obj.clone(),
        ([], []) => {
            return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
        }
        _ => {
            let n = a.pos.len() + a.kw.len();
            return Err(vm.type_error(format!("memoryview() takes at most 1 argument ({n} given)")));
        }
    };
    if is_memoryview(vm, &obj) {
        let view = this_view(vm, &obj)?;
        return Ok(make(vm, view));
    }
    let (len, readonly) = match payload(&obj) {
        Value::Bytes(b) => (b.data.len(), true),
        Value::ByteArray(b) => (b.borrow().len(), false),
        Value::PermaBytes(c) => (super::perma_bytes::data(&c).len(), true),
        _ => {
            let t = vm.type_name(&obj);
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{t}'"
            )));
        }
    };
    let view = View {
        obj,
        start: 0,
        step: 1,
        len,
        readonly,
        released: false,
        format: Format::BYTE,
    };
    Ok(make(vm, view))
}

/// The view of a live memoryview, or CPython's errors.
fn this_view(vm: &mut Vm, v: &Value) -> PyResult<View> {
    let view = if is_memoryview(vm, v) {
        View::from_value(&payload(v))
    } else {
        None
    };
    match view {
        Some(view) if view.released => {
            Err(vm.value_error("operation forbidden on released memoryview object"))
        }
        Some(view) => Ok(view),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor for 'memoryview' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn this(vm: &mut Vm, a: &Args) -> PyResult<View> {
    match a.pos.first() {
        Some(v) => this_view(vm, v),
        None => Err(vm.type_error("descriptor of 'memoryview' object needs an argument")),
    }
}

fn arg<'a>(vm: &mut Vm, a: &'a Args, name: &str) -> PyResult<&'a Value> {
    if name != "__setitem__" {
        check_method(vm, name, a, 1, 1)?;
    }
    match a.pos.get(1) {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!("expected 1 argument to memoryview.{name}"))),
    }
}

/// A view index: an int within the view, or CPython's errors.
fn position(vm: &mut Vm, view: &View, key: &Value) -> PyResult<usize> {
    let i = match payload(key) {
        Value::Int(i) => i,
        Value::Bool(b) => i64::from(b.get()),
        Value::BigInt(_) => i64::MAX,
        Value::Instance(_) => vm.to_index(key)?,
        _ => return Err(vm.type_error("memoryview: invalid slice key")),
    };
    let k = if i < 0 { i + view.len as i64 } else { i };
    if !(0..view.len as i64).contains(&k) {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok((view.start + k * view.step) as usize)
}

/// The sub-view `view[s]`.
fn sub_view(vm: &mut Vm, view: &View, s: &SliceObj) -> PyResult<View> {
    let idx = vm.slice_indices(s, view.len)?;
    Ok(View {
        start: view.start + idx.start * view.step,
        step: view.step * idx.step,
        len: idx.len,
        ..view.clone()
    })
}

fn mv_len(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    check_method(vm, "__len__", &a, 0, 0)?;
    Ok(Value::Int(view.len as i64))
}

fn mv_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    let key = arg(vm, &a, "__getitem__")?;
    if let Value::Slice(s) = key {
        let sub = sub_view(vm, &view, s)?;
        return Ok(make(vm, sub));
    }
    let p = position(vm, &view, key)?;
    let size = view.format.itemsize();
    let item = with_bytes(&view.obj, |d| {
        d.get(p..p + size).map(|b| view.format.unpack(b))
    });
    match item {
        Some(v) => Ok(v),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn mv_setitem(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    check_method(vm, "__setitem__", &a, 2, 2)?;
    let key = arg(vm, &a, "__setitem__")?.clone();
    let Some(value) = a.pos.get(2) else {
        return Err(vm.type_error(" expected 2 arguments, got 1"));
    };
    if view.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Value::ByteArray(target) = payload(&view.obj) else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let (positions, bytes) = if let Value::Slice(s) = &key {
        let sub = sub_view(vm, &view, s)?;
        let (src, src_format) = match payload(value) {
            v @ (Value::Bytes(_) | Value::ByteArray(_) | Value::PermaBytes(_)) => {
                (with_bytes(&v, <[u8]>::to_vec), Format::BYTE)
            }
            _ => match View::from_value(&payload(value)).filter(|_| is_memoryview(vm, value)) {
                Some(v) if !v.released => (v.contents(), v.format),
                _ => {
                    let t = vm.type_name(value);
                    return Err(
                        vm.type_error(format!("a bytes-like object is required, not '{t}'"))
                    );
                }
            },
        };
        if src_format != view.format || src.len() != sub.len * view.format.itemsize() {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        (sub.positions().collect::<Vec<_>>(), src)
    } else {
        let p = position(vm, &view, &key)?;
        let b = view.format.pack(vm, value)?;
        (vec![p], b)
    };
    let size = view.format.itemsize();
    let mut data = target.borrow_mut();
    for (p, item) in positions.into_iter().zip(bytes.chunks_exact(size)) {
        if let Some(slot) = data.get_mut(p..p + size) {
            slot.copy_from_slice(item);
        }
    }
    Ok(Value::None)
}

fn mv_iter(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    check_method(vm, "__iter__", &a, 0, 0)?;
    vm.get_iter(&Value::list(view.items()))
}

fn mv_contains(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    let item = arg(vm, &a, "__contains__")?.clone();
    for v in view.items() {
        if vm.eq(&v, &item)? {
            return Ok(Value::Bool(Truth::TRUE));
        }
    }
    Ok(Value::Bool(Truth::FALSE))
}

fn compare(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Option<bool>> {
    let this_v = &a.pos[0];
    let other = arg(vm, a, name)?;
    if let (Value::Instance(x), Value::Instance(y)) = (this_v, other)
        && Rc::ptr_eq(x, y)
    {
        return Ok(Some(true));
    }
    let mine = View::from_value(&payload(this_v)).filter(|v| !v.released);
    let Some(mine) = mine else {
        return Ok(Some(false));
    };
    let theirs = match payload(other) {
        v @ (Value::Bytes(_) | Value::ByteArray(_) | Value::PermaBytes(_)) => View {
            len: with_bytes(&v, <[u8]>::len),
            obj: v,
            start: 0,
            step: 1,
            readonly: true,
            released: false,
            format: Format::BYTE,
        },
        _ if is_memoryview(vm, other) => match View::from_value(&payload(other)) {
            Some(v) if v.released => return Ok(Some(false)),
            Some(v) => v,
            None => return Ok(None),
        },
        _ => return Ok(None),
    };
    if theirs.format == mine.format {
        return Ok(Some(theirs.contents() == mine.contents()));
    }
    // Different formats compare item by item, by value.
    let (xs, ys) = (mine.items(), theirs.items());
    if xs.len() != ys.len() {
        return Ok(Some(false));
    }
    for (x, y) in xs.iter().zip(&ys) {
        if !vm.eq(x, y)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn mv_eq(vm: &mut Vm, a: Args) -> PyResult {
    Ok(match compare(vm, &a, "__eq__")? {
        Some(b) => Value::from_bool(b),
        None => Value::NotImplemented,
    })
}

fn mv_ne(vm: &mut Vm, a: Args) -> PyResult {
    Ok(match compare(vm, &a, "__ne__")? {
        Some(b) => Value::from_bool(!b),
        None => Value::NotImplemented,
    })
}

fn mv_hash(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    check_method(vm, "__hash__", &a, 0, 0)?;
    if !view.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !view.format.is_byte() {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let h = vm.hash(&Value::bytes(view.contents()))?;
    Ok(Value::Int(h))
}

fn mv_repr(vm: &mut Vm, a: Args) -> PyResult {
    let released = match a.pos.first() {
        Some(v) if is_memoryview(vm, v) => View::from_value(&payload(v)).is_none_or(|v| v.released),
        _ => return Err(vm.type_error("descriptor '__repr__' requires a 'memoryview' object")),
    };
    check_method(vm, "__repr__", &a, 0, 0)?;
    let addr = a.pos[0].ptr().unwrap_or(0);
    let what = if released {
        "released memory"
    } else {
        "memory"
    };
    Ok(Value::string(format!("<{what} at {addr:#x}>")))
}

fn mv_enter(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a)?;
    Ok(a.pos[0].clone())
}

fn mv_exit(vm: &mut Vm, a: Args) -> PyResult {
    mv_release(vm, a)?;
    Ok(Value::None)
}

fn mv_tobytes(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    Ok(Value::bytes(view.contents()))
}

fn mv_tolist(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    Ok(Value::list(view.items()))
}

fn mv_hex(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    // Same arguments and output as bytes.hex().
    let mut all = vec![Value::bytes(view.contents())];
    all.extend_from_slice(&a.pos[1..]);
    super::bytes::hex(
        vm,
        Args {
            pos: &all,
            kw: a.kw,
        },
    )
}

fn mv_release(vm: &mut Vm, a: Args) -> PyResult {
    let Some(Value::Instance(inst)) = a.pos.first().filter(|v| is_memoryview(vm, v)) else {
        return Err(vm.type_error("descriptor 'release' requires a 'memoryview' object"));
    };
    if let Payload::Builtin(state) = &inst.payload {
        let view = View::from_value(&state.borrow());
        if let Some(view) = view {
            *state.borrow_mut() = View {
                released: true,
                ..view
            }
            .to_value();
        }
    }
    // Its attributes go too (CPython raises ValueError for them; here they are just gone).
    if let Some(d) = &inst.dict {
        d.table.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn mv_toreadonly(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    Ok(make(
        vm,
        View {
            readonly: true,
            ..view
        },
    ))
}

/// `view.cast(format, shape=None)`: the same bytes seen as items of another format. As in
/// CPython, one side must be a byte format and the view must be C-contiguous; only
/// one-dimensional shapes exist here.
fn mv_cast(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    let mut format = a.pos.get(1).cloned();
    let mut shape = a.pos.get(2).cloned();
    for (k, v) in a.kw {
        match k.as_str() {
            "format" if format.is_none() => format = Some(v.clone()),
            "shape" if shape.is_none() => shape = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "cast() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let Some(format) = format else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Value::Str(text) = payload(&format) else {
        let t = vm.type_name(&format);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {t}")));
    };
    if !view.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let Some(target) = Format::parse(text.as_str()) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed \
             with an optional '@'",
        ));
    };
    if !view.format.is_byte() && !target.is_byte() {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = view.len * view.format.itemsize();
    let size = target.itemsize();
    let len = match shape.filter(|s| !matches!(s, Value::None)) {
        None => {
            if nbytes % size != 0 {
                return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
            }
            nbytes / size
        }
        Some(s) => {
            let dims = match payload(&s) {
                Value::List(l) => l.0.borrow().clone(),
                Value::Tuple(t) => t.0.to_vec(),
                _ => return Err(vm.type_error("shape must be a list or a tuple")),
            };
            let [dim] = dims.as_slice() else {
                return Err(vm.value_error(format!(
                    "memoryview: pyseal supports one-dimensional casts only, not {}",
                    dims.len()
                )));
            };
            let n = vm.to_index(dim)?;
            if n <= 0 {
                return Err(
                    vm.value_error("memoryview.cast(): elements of shape must be integers > 0")
                );
            }
            if n as usize * size != nbytes {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            n as usize
        }
    };
    Ok(make(
        vm,
        View {
            step: size as i64,
            len,
            format: target,
            ..view
        },
    ))
}
