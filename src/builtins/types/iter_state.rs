//! `__reduce__` and `__setstate__` of the built-in iterators, which is how `copy` and `pickle`
//! copy them: `iter(seq)` or the iterator's class called again, then moved to where the
//! original stands. It only reads an iterator's state, never advances the original.
//!
//! A range iterator does not remember where its range started, so its reduction is the range
//! of the items left (at position 0), and `__setstate__(n)` skips n items from where it is.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::builtins::args::check_method;
use crate::objects::*;
use crate::vm::Vm;

/// Iterators over a sequence, which can also be moved to a position.
pub const SEEKABLE_ITERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("__next__", super::misc::it_next),
    ("__iter__", super::misc::identity),
    ("__length_hint__", super::misc::it_length_hint),
    ("__reduce__", it_reduce),
    ("__setstate__", it_setstate),
];

/// Iterators over a dict or set: they copy as an iterator over a list of the items left.
pub const SIZED_ITERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("__next__", super::misc::it_next),
    ("__iter__", super::misc::identity),
    ("__length_hint__", super::misc::it_length_hint),
    ("__reduce__", it_reduce),
];

/// enumerate, map, filter and callable iterators.
pub const ITERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("__next__", super::misc::it_next),
    ("__iter__", super::misc::identity),
    ("__reduce__", it_reduce),
];

/// zip, whose state is its `strict` flag.
pub const ZIP_METHODS: &[(&str, NativeFn)] = &[
    ("__next__", super::misc::it_next),
    ("__iter__", super::misc::identity),
    ("__reduce__", it_reduce),
    ("__setstate__", it_setstate),
];

fn builtin(vm: &mut Vm, name: &str) -> Value {
    vm.builtins_module
        .dict
        .get_name(name)
        .unwrap_or(Value::None)
}

fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<std::rc::Rc<IterObj>> {
    match a.pos.first() {
        Some(Value::Iter(it)) => Ok(it.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires an iterator"))),
    }
}

/// `it.__reduce__()`: `(callable, args[, state])` rebuilding an iterator that yields what `it`
/// has left to yield.
fn it_reduce(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__reduce__", &a, 0, 0)?;
    let it = this(vm, &a, "__reduce__")?;
    let iter_fn = builtin(vm, "iter");
    let kind = it.0.borrow();
    let with_state =
        |f: Value, arg: Value, state: Value| Value::tuple(vec![f, Value::tuple(vec![arg]), state]);
    let plain = |f: Value, args: Vec<Value>| Value::tuple(vec![f, Value::tuple(args)]);
    let r = match &*kind {
        IterKind::Seq { seq, index } => with_state(iter_fn, seq.clone(), Value::Int(*index as i64)),
        IterKind::Str { s, byte } if *byte >= s.as_str().len() => {
            exhausted(vm, iter_fn, IterTag::Str)
        }
        IterKind::Str { s, byte } => {
            let index = s.as_str()[..*byte].chars().count() as i64;
            with_state(iter_fn, Value::Str(s.clone()), Value::Int(index))
        }
        IterKind::Range { next, stop, step } => {
            let (next, stop, step) = (*next as i128, *stop as i128, *step as i128);
            let n = if step > 0 && next < stop {
                (stop - next + step - 1) / step
            } else if step < 0 && next > stop {
                (next - stop - step - 1) / -step
            } else {
                0
            };
            let end = BigInt::from(next + n * step);
            let range = RangeObj::from_big(next.into(), end, step.into());
            with_state(
                iter_fn,
                Value::Range(std::rc::Rc::new(range)),
                Value::Int(0),
            )
        }
        IterKind::LongRange { next, step, left } => {
            let left = if left.is_negative() {
                BigInt::zero()
            } else {
                left.clone()
            };
            let end = next + &left * step;
            let range = RangeObj::from_big(next.clone(), end, step.clone());
            with_state(
                iter_fn,
                Value::Range(std::rc::Rc::new(range)),
                Value::Int(0),
            )
        }
        IterKind::Dict {
            dict,
            index,
            kind: view,
            len,
            ..
        } => {
            let t = dict.table.borrow();
            let mut items = Vec::new();
            if t.len() == *len {
                let mut pos = *index;
                while let Some((e, next)) = t.next_from(pos) {
                    items.push(view_item(*view, e));
                    pos = next;
                }
            }
            plain(iter_fn, vec![Value::list(items)])
        }
        IterKind::DictRev {
            dict,
            pos,
            kind: view,
            len,
        } => {
            let t = dict.table.borrow();
            let mut items = Vec::new();
            if t.len() == *len {
                let mut pos = *pos;
                while let Some((e, prev)) = t.prev_from(pos) {
                    items.push(view_item(*view, e));
                    pos = prev;
                }
            }
            plain(iter_fn, vec![Value::list(items)])
        }
        IterKind::Set { set, index, len } => {
            let t = set.table.borrow();
            let mut items = Vec::new();
            if t.len() == *len {
                let mut pos = *index;
                while let Some((e, next)) = t.next_from(pos) {
                    items.push(e.clone());
                    pos = next;
                }
            }
            plain(iter_fn, vec![Value::list(items)])
        }
        IterKind::Enumerate { it: inner, count } => {
            let class = builtin(vm, "enumerate");
            plain(class, vec![inner.clone(), count.clone()])
        }
        IterKind::Zip { its, strict } => {
            let class = builtin(vm, "zip");
            let args = Value::tuple(its.clone());
            if *strict {
                Value::tuple(vec![class, args, Value::from_bool(true)])
            } else {
                Value::tuple(vec![class, args])
            }
        }
        IterKind::Map { func, its } => {
            let class = builtin(vm, "map");
            let mut args = vec![func.clone()];
            args.extend(its.iter().cloned());
            plain(class, args)
        }
        IterKind::Filter { func, it: inner } => {
            let class = builtin(vm, "filter");
            plain(class, vec![func.clone(), inner.clone()])
        }
        IterKind::Reversed { seq, index } => {
            let class = builtin(vm, "reversed");
            if *index < 0 {
                exhausted(vm, iter_fn, kind.tag())
            } else {
                with_state(class, seq.clone(), Value::Int(*index))
            }
        }
        IterKind::Callable { func, sentinel } => {
            plain(iter_fn, vec![func.clone(), sentinel.clone()])
        }
        IterKind::Exhausted(tag) => exhausted(vm, iter_fn, *tag),
    };
    Ok(r)
}

fn view_item(view: ViewKind, e: &crate::objects::dict::Entry) -> Value {
    match view {
        ViewKind::Keys => e.key.clone(),
        ViewKind::Values => e.value.clone(),
        ViewKind::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
    }
}

/// The reduction of an iterator that has run out: one over an empty container of the kind it
/// iterated.
fn exhausted(vm: &mut Vm, iter_fn: Value, tag: IterTag) -> Value {
    let empty = match tag {
        IterTag::List
        | IterTag::ListReversed
        | IterTag::DictKeys
        | IterTag::DictValues
        | IterTag::DictItems
        | IterTag::DictRevKeys
        | IterTag::DictRevValues
        | IterTag::DictRevItems
        | IterTag::Set => Value::list(Vec::new()),
        IterTag::Str | IterTag::StrAscii => vm.new_str(""),
        IterTag::Range | IterTag::LongRange => {
            Value::Range(std::rc::Rc::new(RangeObj::new(0, 0, 1)))
        }
        _ => Value::tuple(Vec::new()),
    };
    let f = if tag == IterTag::Reversed {
        builtin(vm, "reversed")
    } else {
        iter_fn
    };
    Value::tuple(vec![f, Value::tuple(vec![empty])])
}

/// `it.__setstate__(state)`: the position of a sequence iterator (clamped to the sequence),
/// or zip's `strict` flag.
fn it_setstate(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "__setstate__", &a, 1, 1)?;
    let it = this(vm, &a, "__setstate__")?;
    let state = a.pos[1].clone();
    if matches!(&*it.0.borrow(), IterKind::Zip { .. }) {
        let strict = vm.truthy(&state)?;
        if let IterKind::Zip { strict: s, .. } = &mut *it.0.borrow_mut() {
            *s = strict;
        }
        return Ok(Value::None);
    }
    let n = match &state {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
            vm.to_index(&state)?
        }
        _ => return Err(vm.type_error("an integer is required")),
    };
    let seq_len = match &*it.0.borrow() {
        IterKind::Seq { seq, .. } | IterKind::Reversed { seq, .. } => Some(seq.clone()),
        _ => None,
    };
    let len = match seq_len {
        Some(seq) => vm.len(&seq)? as i64,
        None => 0,
    };
    let mut kind = it.0.borrow_mut();
    match &mut *kind {
        IterKind::Seq { index, .. } => *index = n.clamp(0, len) as usize,
        IterKind::Reversed { index, .. } => *index = n.clamp(-1, len - 1),
        IterKind::Str { s, byte } => {
            let text = s.as_str();
            let skip = n.max(0) as usize;
            *byte = text.char_indices().nth(skip).map_or(text.len(), |(b, _)| b);
        }
        IterKind::Range { next, stop, step } => {
            let (cur, end, st) = (*next as i128, *stop as i128, *step as i128);
            let left = if st > 0 && cur < end {
                (end - cur + st - 1) / st
            } else if st < 0 && cur > end {
                (cur - end - st - 1) / -st
            } else {
                0
            };
            let skip = (n as i128).clamp(0, left);
            // Within the range's items, so it fits in an i64 (or ends at the stop).
            *next = i64::try_from(cur + skip * st).unwrap_or(*stop);
        }
        IterKind::LongRange { next, step, left } => {
            let skip = BigInt::from(n.max(0)).min(left.clone());
            *next += &skip * &*step;
            *left -= skip;
        }
        _ => {}
    }
    Ok(Value::None)
}
