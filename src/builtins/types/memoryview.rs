//! `memoryview`: a one-dimensional view (format `'B'`) of a bytes-like object's bytes.
//!
//! A memoryview is an instance of the `memoryview` class whose built-in payload is a
//! [`View`] tuple: the viewed object, where the view starts, its step and length, whether it is
//! read-only and whether it was released. Slicing makes a new view of the same object; reads
//! and writes go straight to the object's bytes, never to a copy. Only a view of a `bytearray`
//! writes, and only to that bytearray. The public attributes (`nbytes`, `readonly`, `obj`, ...)
//! sit in the instance dict, since native classes have no properties.

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::builtins::args::payload;
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
];

/// The state of one view. Kept as a tuple in the instance payload:
/// `(obj, start, step, len, readonly, released)`.
#[derive(Clone)]
struct View {
    obj: Value,
    start: i64,
    step: i64,
    len: usize,
    readonly: bool,
    released: bool,
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
            ] => Some(View {
                obj: obj.clone(),
                start: *start,
                step: *step,
                len: *len as usize,
                readonly: ro.get(),
                released: rel.get(),
            }),
            _ => None,
        }
    }

    /// Positions in the object's bytes, in view order.
    fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }

    /// The viewed bytes, copied out (positions past a shrunk bytearray are skipped).
    fn contents(&self) -> Vec<u8> {
        with_bytes(&self.obj, |data| {
            self.positions()
                .filter_map(|p| data.get(p).copied())
                .collect()
        })
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
    let attrs = Rc::new(DictObj::new());
    let shape = Value::tuple(vec![Value::Int(view.len as i64)]);
    let strides = Value::tuple(vec![Value::Int(view.step)]);
    let contiguous = Value::from_bool(view.step == 1 || view.len <= 1);
    let set = |k: &str, v: Value| attrs.set_str_raw(Rc::new(PyStr::new(k)), v);
    set("obj", view.obj.clone());
    set("nbytes", Value::Int(view.len as i64));
    set("readonly", Value::from_bool(view.readonly));
    set("itemsize", Value::Int(1));
    set("format", Value::str("B"));
    set("ndim", Value::Int(1));
    set("shape", shape);
    set("strides", strides);
    set("suboffsets", Value::tuple(vec![]));
    set("c_contiguous", contiguous.clone());
    set("f_contiguous", contiguous.clone());
    set("contiguous", contiguous);
    Value::Instance(Rc::new(Instance {
        class: vm.types.memoryview.clone().into(),
        dict: Some(attrs),
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
    let b = with_bytes(&view.obj, |d| d.get(p).copied());
    match b {
        Some(b) => Ok(Value::Int(i64::from(b))),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

/// A value for a `'B'` item: an int in range(256).
fn item_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match payload(v) {
        Value::Int(i) => i.to_u8(),
        Value::Bool(b) => Some(u8::from(b.get())),
        Value::BigInt(_) => None,
        _ => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
    };
    n.ok_or_else(|| vm.value_error("memoryview: invalid value for format 'B'"))
}

fn mv_setitem(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    let key = arg(vm, &a, "__setitem__")?.clone();
    let Some(value) = a.pos.get(2) else {
        return Err(vm.type_error("expected 2 arguments to memoryview.__setitem__"));
    };
    if view.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Value::ByteArray(target) = payload(&view.obj) else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let (positions, bytes) = if let Value::Slice(s) = &key {
        let sub = sub_view(vm, &view, s)?;
        let src = match payload(value) {
            v @ (Value::Bytes(_) | Value::ByteArray(_) | Value::PermaBytes(_)) => {
                with_bytes(&v, <[u8]>::to_vec)
            }
            _ => match view_bytes(vm, value) {
                Some(b) => b,
                None => {
                    let t = vm.type_name(value);
                    return Err(
                        vm.type_error(format!("a bytes-like object is required, not '{t}'"))
                    );
                }
            },
        };
        if src.len() != sub.len {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        (sub.positions().collect::<Vec<_>>(), src)
    } else {
        let p = position(vm, &view, &key)?;
        let b = item_value(vm, value)?;
        (vec![p], vec![b])
    };
    let mut data = target.borrow_mut();
    for (p, b) in positions.into_iter().zip(bytes) {
        if let Some(slot) = data.get_mut(p) {
            *slot = b;
        }
    }
    Ok(Value::None)
}

fn mv_iter(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    let items = view
        .contents()
        .into_iter()
        .map(|b| Value::Int(i64::from(b)))
        .collect();
    vm.get_iter(&Value::list(items))
}

fn mv_contains(vm: &mut Vm, a: Args) -> PyResult {
    let view = this(vm, &a)?;
    let item = arg(vm, &a, "__contains__")?.clone();
    for b in view.contents() {
        if vm.eq(&Value::Int(i64::from(b)), &item)? {
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
        v @ (Value::Bytes(_) | Value::ByteArray(_) | Value::PermaBytes(_)) => {
            Some(with_bytes(&v, <[u8]>::to_vec))
        }
        _ if is_memoryview(vm, other) => match View::from_value(&payload(other)) {
            Some(v) if v.released => return Ok(Some(false)),
            Some(v) => Some(v.contents()),
            None => None,
        },
        _ => None,
    };
    Ok(theirs.map(|t| t == mine.contents()))
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
    if !view.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    let h = vm.hash(&Value::bytes(view.contents()))?;
    Ok(Value::Int(h))
}

fn mv_repr(vm: &mut Vm, a: Args) -> PyResult {
    let released = match a.pos.first() {
        Some(v) if is_memoryview(vm, v) => View::from_value(&payload(v)).is_none_or(|v| v.released),
        _ => return Err(vm.type_error("descriptor '__repr__' requires a 'memoryview' object")),
    };
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
    Ok(Value::list(
        view.contents()
            .into_iter()
            .map(|b| Value::Int(i64::from(b)))
            .collect(),
    ))
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
