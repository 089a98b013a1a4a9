//! Iteration and subscripts.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use super::eval::clone_fast;
use super::ops::unwrap_builtin;
use crate::objects::*;
use num_bigint::BigInt;

/// A resolved slice: `start, stop, step` and the number of items it selects.
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

impl Vm {
    pub fn new_iter(&self, kind: IterKind) -> Value {
        Value::Iter(Rc::new(IterObj(RefCell::new(kind))))
    }

    pub fn get_iter(&mut self, v: &Value) -> PyResult {
        Ok(match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::PermaBytes(_) => self.new_iter(IterKind::Seq {
                seq: v.clone(),
                index: 0,
            }),
            Value::Str(s) => self.new_iter(IterKind::Str {
                s: s.clone(),
                byte: 0,
            }),
            Value::Range(r) => self.new_iter(r.iter_kind()),
            Value::Dict(d) => {
                let len = d.len();
                self.new_iter(IterKind::Dict {
                    dict: d.clone(),
                    index: 0,
                    kind: ViewKind::Keys,
                    len,
                    left: len,
                })
            }
            Value::DictView(dv) => {
                let len = dv.dict.len();
                self.new_iter(IterKind::Dict {
                    dict: dv.dict.clone(),
                    index: 0,
                    kind: dv.kind,
                    len,
                    left: len,
                })
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let len = s.table.borrow().len();
                self.new_iter(IterKind::Set {
                    set: s.clone(),
                    index: 0,
                    len,
                })
            }
            Value::Generator(g) if g.coroutine => {
                return Err(self.type_error("'coroutine' object is not iterable"));
            }
            Value::File(f) if f.state.borrow().closed => {
                return Err(self.value_error("I/O operation on closed file."));
            }
            Value::Iter(_) | Value::Generator(_) | Value::File(_) => v.clone(),
            Value::Class(c) if c.metaclass.borrow().is_some() => {
                // A metaclass may make its classes iterable (enum-like classes).
                match self.call_special(v, "__iter__", &[])? {
                    Some(r) => r,
                    None => {
                        let t = self.type_name(v);
                        return Err(self.type_error(format!("'{t}' object is not iterable")));
                    }
                }
            }
            Value::Instance(inst) => {
                let key = self.intern_static("__iter__");
                if let Some(Value::None) = inst.class().lookup_rc(&key) {
                    // `__iter__ = None` declares the class not iterable.
                    let t = self.type_name(v);
                    return Err(self.type_error(format!("'{t}' object is not iterable")));
                }
                if let Some(r) = self.call_special(v, "__iter__", &[])? {
                    let ok = match &r {
                        Value::Instance(_) => self
                            .types
                            .type_of(&r)
                            .lookup(&PyStr::new("__next__"))
                            .is_some(),
                        Value::Iter(_) | Value::Generator(_) | Value::File(_) => true,
                        _ => false,
                    };
                    if !ok {
                        let t = self.type_name(&r);
                        return Err(
                            self.type_error(format!("iter() returned non-iterator of type '{t}'"))
                        );
                    }
                    return Ok(r);
                }
                if let Some(inner) = unwrap_builtin(v) {
                    return self.get_iter(&inner);
                }
                if self
                    .types
                    .type_of(v)
                    .lookup(&PyStr::new("__getitem__"))
                    .is_some()
                {
                    return Ok(self.new_iter(IterKind::Seq {
                        seq: v.clone(),
                        index: 0,
                    }));
                }
                let t = self.type_name(v);
                return Err(self.type_error(format!("'{t}' object is not iterable")));
            }
            _ => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("'{t}' object is not iterable")));
            }
        })
    }

    /// Advances an iterator: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => self.iter_next(i),
            Value::Generator(g) => self.gen_resume(g, Value::None, None),
            Value::File(f) => crate::builtins::io::next_line(self, f),
            Value::Instance(_) => {
                let stop = self.types.stop_iteration.clone();
                match self.call_special(it, "__next__", &[]) {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => {
                        let t = self.type_name(it);
                        Err(self.type_error(format!("'{t}' object is not an iterator")))
                    }
                    Err(e) if e.0.class().is_subclass(&stop) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => {
                let t = self.type_name(it);
                Err(self.type_error(format!("'{t}' object is not an iterator")))
            }
        }
    }

    fn iter_next(&mut self, i: &Rc<IterObj>) -> PyResult<Option<Value>> {
        // Kinds that call back into Python take the state out first.
        let mut st = i.0.borrow_mut();
        match &mut *st {
            IterKind::Seq { seq, index } => {
                let r = match seq {
                    Value::List(l) => l.0.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.0.get(*index).cloned(),
                    Value::Bytes(b) => b.data.get(*index).map(|&x| Value::Int(x as i64)),
                    Value::ByteArray(b) => b.borrow().get(*index).map(|&x| Value::Int(x as i64)),
                    Value::PermaBytes(c) => {
                        c.code_bytes().get(*index).map(|&x| Value::Int(x as i64))
                    }
                    other => {
                        let seq = other.clone();
                        let idx = *index;
                        *index += 1;
                        drop(st);
                        let ie = self.types.index_error.clone();
                        let stop = self.types.stop_iteration.clone();
                        return match self.get_item(&seq, &Value::Int(idx as i64)) {
                            Ok(v) => Ok(Some(v)),
                            Err(e)
                                if e.0.class().is_subclass(&ie)
                                    || e.0.class().is_subclass(&stop) =>
                            {
                                i.0.borrow_mut().exhaust();
                                Ok(None)
                            }
                            Err(e) => Err(e),
                        };
                    }
                };
                if r.is_some() {
                    *index += 1;
                } else {
                    st.exhaust();
                }
                Ok(r)
            }
            IterKind::Str { s, byte } => {
                let text = s.as_str();
                match text[*byte..].chars().next() {
                    Some(c) => {
                        *byte += c.len_utf8();
                        let mut buf = [0u8; 4];
                        let cs: &str = c.encode_utf8(&mut buf);
                        drop(st);
                        Ok(Some(self.new_str(cs)))
                    }
                    None => Ok(None),
                }
            }
            IterKind::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            IterKind::LongRange { next, step, left } => {
                use num_traits::{Signed, Zero};
                if !left.is_positive() {
                    return Ok(None);
                }
                let v = next.clone();
                *next += &*step;
                *left -= 1u32;
                if left.is_zero() {
                    // Nothing further is needed; free the digits early.
                    *next = BigInt::zero();
                }
                Ok(Some(Value::from_bigint(v)))
            }
            IterKind::DictRev {
                dict,
                pos,
                kind,
                len,
            } => {
                let dict = dict.clone();
                let t = dict.table.borrow();
                if t.len() != *len {
                    // Sticky, as CPython: it fails again even if the size comes back.
                    drop(t);
                    *len = usize::MAX;
                    drop(st);
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                match t.prev_from(*pos) {
                    Some((e, prev)) => {
                        *pos = prev;
                        Ok(Some(match kind {
                            ViewKind::Keys => e.key.clone(),
                            ViewKind::Values => e.value.clone(),
                            ViewKind::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                        }))
                    }
                    None => {
                        drop(t);
                        st.exhaust();
                        Ok(None)
                    }
                }
            }
            IterKind::Dict { kind, .. } => {
                let kind = *kind;
                match dict_step(&mut st) {
                    Ok(Some((key, value))) => Ok(Some(match kind {
                        ViewKind::Keys => key,
                        ViewKind::Values => value,
                        ViewKind::Items => Value::tuple(vec![key, value]),
                    })),
                    Ok(None) => Ok(None),
                    Err(msg) => {
                        drop(st);
                        Err(self.runtime_error(msg))
                    }
                }
            }
            IterKind::Set { set, index, len } => {
                let set = set.clone();
                let t = set.table.borrow();
                if t.len() != *len {
                    // Sticky, as CPython: it fails again even if the size comes back.
                    drop(t);
                    *len = usize::MAX;
                    drop(st);
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                match t.next_from(*index) {
                    Some((e, next)) => {
                        *index = next;
                        Ok(Some(e.clone()))
                    }
                    None => Ok(None),
                }
            }
            IterKind::Enumerate { it, count } => {
                if let Value::Int(c) = *count
                    && c < i64::MAX
                    && let Some(r) = self.plain_next(it)
                {
                    return Ok(r.map(|v| {
                        *count = Value::Int(c + 1);
                        Value::tuple(vec![Value::Int(c), v])
                    }));
                }
                let (it, c) = (it.clone(), count.clone());
                drop(st);
                match self.next(&it)? {
                    Some(v) => {
                        let next =
                            self.binary_op(&c, &Value::Int(1), crate::bytecode::BinOp::Add)?;
                        if let IterKind::Enumerate { count, .. } = &mut *i.0.borrow_mut() {
                            *count = next;
                        }
                        Ok(Some(Value::tuple(vec![c, v])))
                    }
                    None => Ok(None),
                }
            }
            IterKind::Zip { its, strict } => {
                let strict = *strict;
                let mut out = Vec::with_capacity(its.len());
                // Plain iterators advance while the zip stays borrowed; the first other one
                // (or the first that runs out) hands over to the general loop below.
                let mut first = None;
                for it in its.iter() {
                    match self.plain_next(it) {
                        Some(Some(v)) => out.push(v),
                        r => {
                            first = r;
                            break;
                        }
                    }
                }
                if out.len() == its.len() {
                    if out.is_empty() {
                        return Ok(None);
                    }
                    return Ok(Some(Value::tuple(out)));
                }
                let its = its.clone();
                drop(st);
                for (k, it) in its.iter().enumerate().skip(out.len()) {
                    let next = match first.take() {
                        Some(r) => r,
                        None => self.next(it)?,
                    };
                    match next {
                        Some(v) => out.push(v),
                        None => {
                            if strict && (k > 0 || its[1..].iter().any(|_| true)) {
                                if k > 0 {
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{} 1{}",
                                        k + 1,
                                        if k > 1 { "s" } else { "" },
                                        if k > 1 {
                                            format!("-{k}")
                                        } else {
                                            String::new()
                                        }
                                    )));
                                }
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if self.next(other)?.is_some() {
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{} 1{}",
                                            j + 1,
                                            if j > 1 { "s" } else { "" },
                                            if j > 1 {
                                                format!("-{j}")
                                            } else {
                                                String::new()
                                            }
                                        )));
                                    }
                                }
                            }
                            i.0.borrow_mut().exhaust();
                            return Ok(None);
                        }
                    }
                }
                if out.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            IterKind::Map { func, its } => {
                let (func, its) = (func.clone(), its.clone());
                drop(st);
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, &args, &[]).map(Some)
            }
            IterKind::Filter { func, it } => {
                let (func, it) = (func.clone(), it.clone());
                drop(st);
                while let Some(v) = self.next(&it)? {
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&func, std::slice::from_ref(&v), &[])?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterKind::Reversed { seq, index } => {
                if *index < 0 {
                    return Ok(None);
                }
                let (seq, idx) = (seq.clone(), *index);
                *index -= 1;
                drop(st);
                match &seq {
                    Value::List(l) => {
                        let r = l.0.borrow().get(idx as usize).cloned();
                        if r.is_none() {
                            i.0.borrow_mut().exhaust();
                        }
                        Ok(r)
                    }
                    other => self.get_item(other, &Value::Int(idx)).map(Some),
                }
            }
            IterKind::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(st);
                let v = self.call(&func, &[], &[])?;
                if self.eq(&v, &sentinel)? {
                    i.0.borrow_mut().exhaust();
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterKind::Exhausted(_) => Ok(None),
        }
    }

    /// The next item of `for a, b in it` as its two parts, without making the pair, for the
    /// iterators that make a fresh 2-tuple each step: `dict.items()`, `enumerate()` over a
    /// plain iterator, and a non-strict `zip()` of two. `None` when `it` is none of these
    /// (nothing consumed); otherwise the pair, or `Some(None)` at the end.
    pub fn next_pair(&mut self, it: &Value) -> PyResult<Option<Option<(Value, Value)>>> {
        let Value::Iter(i) = it else {
            return Ok(None);
        };
        let Ok(mut st) = i.0.try_borrow_mut() else {
            return Ok(None);
        };
        match &mut *st {
            IterKind::Dict {
                kind: ViewKind::Items,
                ..
            } => match dict_step(&mut st) {
                Ok(r) => Ok(Some(r)),
                Err(msg) => {
                    drop(st);
                    Err(self.runtime_error(msg))
                }
            },
            IterKind::Enumerate { it, count } => {
                if let Value::Int(c) = *count
                    && c < i64::MAX
                    && let Some(r) = self.plain_next(it)
                {
                    return Ok(Some(r.map(|v| {
                        *count = Value::Int(c + 1);
                        (Value::Int(c), v)
                    })));
                }
                Ok(None)
            }
            IterKind::Zip { its, strict: false } if its.len() == 2 => {
                let first = match self.plain_next(&its[0]) {
                    None => return Ok(None),
                    Some(None) => return Ok(Some(None)),
                    Some(Some(a)) => a,
                };
                match self.plain_next(&its[1]) {
                    Some(r) => Ok(Some(r.map(|b| (first, b)))),
                    None => {
                        // The second is not a plain iterator: step it unborrowed.
                        let second = its[1].clone();
                        drop(st);
                        Ok(Some(self.next(&second)?.map(|b| (first, b))))
                    }
                }
            }
            _ => Ok(None),
        }
    }

    /// Advances a built-in iterator over a list, tuple, bytes-like, range or str without
    /// calling Python code, so a caller may keep its own iterator borrowed meanwhile; `None`
    /// for every other iterator (and one already borrowed).
    fn plain_next(&mut self, it: &Value) -> Option<Option<Value>> {
        let Value::Iter(i) = it else {
            return None;
        };
        let mut st = i.0.try_borrow_mut().ok()?;
        match &mut *st {
            IterKind::Seq { seq, index } => {
                let r = match seq {
                    Value::List(l) => l.0.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.0.get(*index).cloned(),
                    Value::Bytes(b) => b.data.get(*index).map(|&x| Value::Int(x as i64)),
                    Value::ByteArray(b) => b.borrow().get(*index).map(|&x| Value::Int(x as i64)),
                    _ => return None,
                };
                if r.is_some() {
                    *index += 1;
                } else {
                    st.exhaust();
                }
                Some(r)
            }
            IterKind::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    Some(Some(Value::Int(v)))
                } else {
                    Some(None)
                }
            }
            IterKind::Str { s, byte } => match s.as_str()[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Some(Some(self.new_str(c.encode_utf8(&mut buf))))
                }
                None => Some(None),
            },
            IterKind::Exhausted(_) => Some(None),
            _ => None,
        }
    }

    /// All items of an iterable.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.0.borrow().clone()),
            Value::Tuple(t) => return Ok(t.0.clone()),
            _ => {}
        }
        let mut out = Vec::new();
        if let Value::Range(_) = v {
            // Sized first, as CPython's length hint sizes it: a range past the index range is
            // an OverflowError and one too big for memory a MemoryError, not a long loop.
            let n = self.len(v)?;
            if out.try_reserve_exact(n).is_err() {
                return Err(self.memory_error());
            }
        }
        let it = self.get_iter(v)?;
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// All items of an iterable, as `list()`, `tuple()`, `sorted()` and `list.extend` collect
    /// them: after making the iterator CPython asks an object of a user class for its length
    /// (`__len__`, else `__length_hint__`) to size the result, which such a method can see.
    pub fn iterate_sized(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let Value::Instance(inst) = v else {
            return self.iterate(v);
        };
        let cls = inst.class();
        let it = self.get_iter(v)?;
        let user = |v: Option<Value>| matches!(v, Some(Value::Function(_)));
        if user(cls.lookup(&PyStr::new("__len__"))) {
            if let Err(e) = self.len(v) {
                // A TypeError only means there is no usable length.
                let te = self.types.type_error.clone();
                if !self.exc_matches(&e, &te) {
                    return Err(e);
                }
            }
        } else if user(cls.lookup(&PyStr::new("__length_hint__"))) {
            let hint = self.call_special(v, "__length_hint__", &[])?;
            match hint {
                None | Some(Value::NotImplemented) => {}
                Some(Value::Int(n)) if n < 0 => {
                    return Err(self.value_error("__length_hint__() should return >= 0"));
                }
                Some(Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {}
                Some(other) => {
                    let t = self.type_name(&other);
                    return Err(
                        self.type_error(format!("__length_hint__ must be an integer, not {t}"))
                    );
                }
            }
        }
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// All items of an iterable; a value that is not iterable at all fails with the TypeError
    /// `msg` (`",".join(5)`: "can only join an iterable").
    pub fn iterate_or(&mut self, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
        if matches!(v, Value::List(_) | Value::Tuple(_)) {
            return self.iterate(v);
        }
        let it = match self.get_iter(v) {
            Ok(it) => it,
            Err(e) => {
                let te = self.types.type_error.clone();
                let not_iterable = self.exc_matches(&e, &te)
                    && self
                        .exc_args(&e.0)
                        .first()
                        .and_then(|m| m.as_str())
                        .is_some_and(|m| m.as_str().ends_with("is not iterable"));
                return Err(if not_iterable {
                    self.type_error(msg)
                } else {
                    e
                });
            }
        };
        self.iterate(&it)
    }

    // ---- subscripts ----------------------------------------------------------------------

    /// Resolves a slice against a sequence length.
    pub fn slice_indices(&mut self, s: &SliceObj, len: usize) -> PyResult<SliceIdx> {
        self.slice_indices_inline(s, len)
    }

    /// [`Vm::slice_indices`] in line, for list slicing (measured: the call and its result
    /// plumbing were a quarter of `perm[k::-1]`).
    #[inline(always)]
    fn slice_indices_inline(&mut self, s: &SliceObj, len: usize) -> PyResult<SliceIdx> {
        let len = len as i64;
        let step = if s.step.is_none() {
            1
        } else {
            self.slice_int(&s.step)?
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let norm = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            let i = vm.slice_int(v)?;
            Ok(if i < 0 {
                (i + len).max(lower)
            } else {
                i.min(upper)
            })
        };
        let start = norm(self, &s.start, if step < 0 { upper } else { lower })?;
        let stop = norm(self, &s.stop, if step < 0 { lower } else { upper })?;
        let n = if step > 0 {
            if stop > start {
                (stop - start + step - 1) / step
            } else {
                0
            }
        } else if start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        Ok(SliceIdx {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    /// A slice bound or step as an `i64` (measured: the out-of-line call cost a third of
    /// `perm[k::-1]`'s index arithmetic).
    #[inline(always)]
    fn slice_int(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            other => self.slice_int_other(other),
        }
    }

    #[inline(never)]
    fn slice_int_other(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            Value::Int(i) => Ok(*i),
            Value::Bool(_) | Value::Instance(_) => self.to_index(v).map_err(|_| {
                self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )
            }),
            _ => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// Normalises an index for a sequence of `len` items, or raises IndexError.
    pub fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => b.get() as i64,
            Value::BigInt(_) => {
                return Err(
                    self.index_error("cannot fit 'int' into an index-sized integer".to_string())
                );
            }
            Value::Instance(inst)
                if matches!(inst.payload, Payload::Builtin(_))
                    || inst.class().lookup(&PyStr::new("__index__")).is_some() =>
            {
                self.to_index(key)?
            }
            _ => {
                let t = self.type_name(key);
                let msg = if what == "string" {
                    format!("string indices must be integers, not '{t}'")
                } else if what == "range object" {
                    format!("range indices must be integers or slices, not {t}")
                } else {
                    format!("{what} indices must be integers or slices, not {t}")
                };
                return Err(self.type_error(msg));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = match what {
                "string" => "string index out of range".to_string(),
                "range object" => "range object index out of range".to_string(),
                "byte" => "index out of range".to_string(),
                w => format!("{w} index out of range"),
            };
            return Err(self.index_error(msg));
        }
        Ok(j as usize)
    }

    /// `l[s]` for a slice `s`: a new list.
    pub fn list_get_slice(&mut self, l: &List, s: &SliceObj) -> PyResult {
        let len = l.0.borrow().len();
        let idx = self.slice_indices_inline(s, len)?;
        let items = l.0.borrow();
        // An `__index__` may have shrunk the list meanwhile: clamp, never panic.
        if idx.step == 1 {
            let end = (idx.start as usize + idx.len).min(items.len());
            let start = (idx.start as usize).min(end);
            return Ok(Value::list(
                items[start..end].iter().map(clone_fast).collect(),
            ));
        }
        // `a[k::-1]`: a reversed run.
        if idx.step == -1 && idx.len > 0 && (idx.start as usize) < items.len() {
            let top = idx.start as usize;
            if let Some(low) = (top + 1).checked_sub(idx.len)
                && let Some(run) = items.get(low..=top)
            {
                return Ok(Value::list(run.iter().rev().map(clone_fast).collect()));
            }
        }
        // Filled into an exact-size vector (`filter_map` gives no size hint, so collecting it
        // grew the vector step by step).
        let mut out = Vec::with_capacity(idx.len);
        for k in idx.indices() {
            if let Some(v) = items.get(k) {
                out.push(clone_fast(v));
            }
        }
        Ok(Value::list(out))
    }

    /// `l[s] = value` for a slice `s`.
    pub fn list_set_slice(&mut self, l: &Rc<List>, s: &SliceObj, value: Value) -> PyResult<()> {
        // A list no one else holds (say, `a[i:j] = b[::-1]`) gives up its items rather than
        // having them copied.
        let items = match value {
            Value::List(src) if Rc::strong_count(&src) == 1 && !Rc::ptr_eq(&src, l) => src.0.take(),
            other => {
                let msg = if matches!(s.step, Value::None | Value::Int(1)) {
                    "can only assign an iterable"
                } else {
                    "must assign iterable to extended slice"
                };
                self.iterate_or(&other, msg)?
            }
        };
        let len = l.0.borrow().len();
        let idx = self.slice_indices_inline(s, len)?;
        let mut v = l.0.borrow_mut();
        let len = v.len();
        if idx.step == 1 {
            let start = idx.start.clamp(0, len as i64) as usize;
            let stop = (idx.start + idx.len as i64).clamp(start as i64, len as i64) as usize;
            if stop - start == items.len() {
                // Same length (`perm[:k] = perm[k-1::-1]`): overwrite in place.
                for (slot, it) in v[start..stop].iter_mut().zip(items) {
                    super::eval::drop_inline(std::mem::replace(slot, it));
                }
            } else {
                v.splice(start..stop, items);
            }
            return Ok(());
        }
        if items.len() != idx.len {
            drop(v);
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                idx.len
            )));
        }
        for (k, it) in idx.indices().zip(items) {
            if let Some(slot) = v.get_mut(k) {
                *slot = it;
            }
        }
        Ok(())
    }

    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    return self.list_get_slice(l, s);
                }
                if let Value::Int(i) = key {
                    let items = l.0.borrow();
                    let len = items.len() as i64;
                    let j = if *i < 0 { i + len } else { *i };
                    if j >= 0 && j < len {
                        return Ok(items[j as usize].clone());
                    }
                }
                let len = l.0.borrow().len();
                let i = self.seq_index(key, len, "list")?;
                Ok(l.0.borrow()[i].clone())
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let idx = self.slice_indices(s, t.0.len())?;
                    return Ok(Value::tuple(
                        idx.indices().map(|k| t.0[k].clone()).collect(),
                    ));
                }
                let i = self.seq_index(key, t.0.len(), "tuple")?;
                Ok(t.0[i].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, s.char_len())?;
                    if idx.step == 1 {
                        return Ok(Value::str(
                            s.substring(idx.start as usize, idx.start as usize + idx.len),
                        ));
                    }
                    let out: String = if s.is_ascii() {
                        let b = s.as_str().as_bytes();
                        idx.indices().map(|k| b[k] as char).collect()
                    } else {
                        let chars: Vec<char> = s.as_str().chars().collect();
                        idx.indices().map(|k| chars[k]).collect()
                    };
                    return Ok(Value::string(out));
                }
                let i = self.seq_index(key, s.char_len(), "string")?;
                let c = s.char_at(i).unwrap_or(' ');
                let mut buf = [0u8; 4];
                Ok(self.new_str(c.encode_utf8(&mut buf)))
            }
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Range(r) => crate::builtins::types::range::get_item(self, r, key),
            Value::PermaBytes(c) => crate::builtins::types::perma_bytes::get_item(self, c, key),
            Value::Bytes(_) | Value::ByteArray(_) => {
                // Read in place: copying the buffer made each `data[i]` cost its length.
                let len = match obj {
                    Value::Bytes(b) => b.data.len(),
                    Value::ByteArray(b) => b.borrow().len(),
                    _ => 0,
                };
                let byte_at = |k: usize| match obj {
                    Value::Bytes(b) => b.data.get(k).copied().unwrap_or(0),
                    Value::ByteArray(b) => b.borrow().get(k).copied().unwrap_or(0),
                    _ => 0,
                };
                if let Value::Slice(s) = key {
                    // Index computation may run Python code (`__index__`), which may resize a
                    // bytearray: indices are taken against the length first, then clamped.
                    let idx = self.slice_indices(s, len)?;
                    let out: Vec<u8> = match obj {
                        Value::Bytes(b) => idx.indices().map(|k| b.data[k]).collect(),
                        _ => idx.indices().map(byte_at).collect(),
                    };
                    return Ok(match obj {
                        Value::ByteArray(_) => Value::ByteArray(Rc::new(RefCell::new(out))),
                        _ => Value::bytes(out),
                    });
                }
                let what = if matches!(obj, Value::ByteArray(_)) {
                    "bytearray"
                } else {
                    "byte"
                };
                let i = self.seq_index(key, len, what)?;
                Ok(Value::Int(byte_at(i) as i64))
            }
            Value::Instance(inst) => {
                if let Some(r) = self.call_special(obj, "__getitem__", std::slice::from_ref(key))? {
                    return Ok(r);
                }
                if let Payload::Builtin(b) = &inst.payload {
                    let inner = b.borrow().clone();
                    if let Value::Dict(d) = &inner {
                        if let Some(v) = self.dict_get(d, key)? {
                            return Ok(v);
                        }
                        if let Some(r) =
                            self.call_special(obj, "__missing__", std::slice::from_ref(key))?
                        {
                            return Ok(r);
                        }
                        return Err(self.key_error(key.clone()));
                    }
                    return self.get_item(&inner, key);
                }
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object is not subscriptable")))
            }
            Value::Class(c) => {
                if c.metaclass.borrow().is_some()
                    && let Some(r) =
                        self.call_special(obj, "__getitem__", std::slice::from_ref(key))?
                {
                    return Ok(r);
                }
                let key_name = self.intern_static("__class_getitem__");
                if let Some(f) = c.lookup_rc(&key_name) {
                    let f = match f {
                        Value::ClassMethod(inner) => (*inner).clone(),
                        other => other,
                    };
                    return self.call(&f, &[obj.clone(), key.clone()], &[]);
                }
                let t = &self.types;
                let generic = [
                    &t.list,
                    &t.dict,
                    &t.tuple,
                    &t.set,
                    &t.frozenset,
                    &t.type_,
                    &t.it_enumerate,
                    &t.exception_group,
                    &t.base_exception_group,
                ];
                // `list[int]`, and `OrderedDict[str, int]` for a subclass that inherits
                // `__class_getitem__`: a types.GenericAlias.
                let inherits = c
                    .mro
                    .borrow()
                    .iter()
                    .any(|k| k.is_builtin && generic.iter().any(|g| Rc::ptr_eq(g, k)));
                if inherits {
                    return self.type_form("GenericAlias", &[obj.clone(), key.clone()]);
                }
                let n = c.name();
                Err(self.type_error(format!("type '{n}' is not subscriptable")))
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object is not subscriptable")))
            }
        }
    }

    pub fn set_item(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    return self.list_set_slice(l, s, value);
                }
                let len = l.0.borrow().len();
                let i = match self.seq_index(key, len, "list") {
                    Ok(i) => i,
                    Err(e) => {
                        if e.0.class().is_subclass(&self.types.index_error.clone()) {
                            return Err(self.index_error("list assignment index out of range"));
                        }
                        return Err(e);
                    }
                };
                l.0.borrow_mut()[i] = value;
                Ok(())
            }
            Value::Dict(d) => self.dict_set(d, key.clone(), value),
            Value::ByteArray(b) => {
                crate::builtins::types::bytes::bytearray_set_item(self, b, key, &value)
            }
            // An instance, or a class whose metaclass may define `__setitem__`.
            Value::Instance(_) | Value::Class(_) => {
                if self
                    .call_special(obj, "__setitem__", &[key.clone(), value.clone()])?
                    .is_some()
                {
                    return Ok(());
                }
                if let Some(inner) = unwrap_builtin(obj) {
                    return self.set_item(&inner, key, value);
                }
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object does not support item assignment")))
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object does not support item assignment")))
            }
        }
    }

    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.0.borrow().len();
                    let idx = self.slice_indices(s, len)?;
                    let mut drop_set: Vec<usize> = idx.indices().collect();
                    drop_set.sort_unstable();
                    let mut v = l.0.borrow_mut();
                    let mut k = 0;
                    let mut pos = 0;
                    v.retain(|_| {
                        let keep = !(k < drop_set.len() && drop_set[k] == pos);
                        if !keep {
                            k += 1;
                        }
                        pos += 1;
                        keep
                    });
                    return Ok(());
                }
                let len = l.0.borrow().len();
                let i = match self.seq_index(key, len, "list") {
                    Ok(i) => i,
                    Err(e) => {
                        if e.0.class().is_subclass(&self.types.index_error.clone()) {
                            return Err(self.index_error("list assignment index out of range"));
                        }
                        return Err(e);
                    }
                };
                l.0.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => match self.dict_del(d, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::ByteArray(b) => {
                let len = b.borrow().len();
                if let Value::Slice(s) = key {
                    let idx = self.slice_indices(s, len)?;
                    let drop_set: Vec<usize> = idx.indices().collect();
                    let mut pos = 0;
                    b.borrow_mut().retain(|_| {
                        let keep = !drop_set.contains(&pos);
                        pos += 1;
                        keep
                    });
                    return Ok(());
                }
                let i = self.seq_index(key, len, "bytearray")?;
                b.borrow_mut().remove(i);
                Ok(())
            }
            Value::Instance(_) | Value::Class(_) => {
                if self
                    .call_special(obj, "__delitem__", std::slice::from_ref(key))?
                    .is_some()
                {
                    return Ok(());
                }
                if let Some(inner) = unwrap_builtin(obj) {
                    return self.del_item(&inner, key);
                }
                Err(self.no_item_deletion(obj))
            }
            _ => Err(self.no_item_deletion(obj)),
        }
    }
}

impl Vm {
    /// The TypeError of `del obj[key]` on a type without `__delitem__`. CPython words it
    /// "doesn't" for types that have sequence methods (user classes among them) and
    /// "does not" for the others.
    fn no_item_deletion(&mut self, obj: &Value) -> PyErr {
        let sequence_like = match obj {
            Value::Str(_)
            | Value::Bytes(_)
            | Value::Tuple(_)
            | Value::Range(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::DictView(_) => true,
            Value::Instance(inst) => !inst.class().is_builtin,
            Value::Class(c) => c.metaclass.borrow().as_ref().is_some_and(|m| !m.is_builtin),
            _ => false,
        };
        let t = self.type_name(obj);
        let verb = if sequence_like { "doesn't" } else { "does not" };
        self.type_error(format!("'{t}' object {verb} support item deletion"))
    }
}

/// One step of a dict (or dict view) iterator: the next entry's key and value, `None` at the
/// end, or the message of the RuntimeError a change of the dict during iteration raises.
fn dict_step(st: &mut IterKind) -> Result<Option<(Value, Value)>, &'static str> {
    let IterKind::Dict {
        dict,
        index,
        len,
        left,
        ..
    } = st
    else {
        return Ok(None);
    };
    let dict = dict.clone();
    let t = dict.table.borrow();
    if t.len() != *len {
        // Sticky, as CPython: it fails again even if the size comes back.
        *len = usize::MAX;
        return Err("dictionary changed size during iteration");
    }
    match t.next_from(*index) {
        Some(_) if *left == 0 => {
            // Same size, but an entry beyond the ones it started with.
            drop(t);
            st.exhaust();
            Err("dictionary keys changed during iteration")
        }
        Some((e, next)) => {
            *index = next;
            *left -= 1;
            Ok(Some((e.key.clone(), e.value.clone())))
        }
        None => Ok(None),
    }
}
