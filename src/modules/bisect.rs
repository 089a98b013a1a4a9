//! `_bisect`: binary search and insertion in sorted sequences, the core of `bisect.py`.
//!
//! Items are compared with `<` only, as CPython does. Lists are read directly; any other
//! sequence through `len()` and indexing, so user sequences work as they do in CPython.

use std::rc::Rc;

use crate::builtins::args::payload;
use crate::objects::*;
use crate::vm::Vm;

use super::heapq::less;

const FUNCS: &[(&str, NativeFn)] = &[
    ("bisect_left", bisect_left),
    ("bisect_right", bisect_right),
    ("insort_left", insort_left),
    ("insort_right", insort_right),
];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_bisect", FUNCS)
}

/// The parsed `(a, x, lo=0, hi=None, *, key=None)` arguments.
struct Call {
    a: Value,
    x: Value,
    lo: i64,
    /// None: up to the length of `a`.
    hi: Option<i64>,
    key: Option<Value>,
}

const PARAMS: [&str; 4] = ["a", "x", "lo", "hi"];

/// Parses arguments as CPython's generated parser does, with its messages.
fn parse(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Call> {
    let n = args.pos.len();
    if n > PARAMS.len() {
        return Err(vm.type_error(format!(
            "{name}() takes at most 4 positional arguments ({n} given)"
        )));
    }
    let mut slots: [Option<Value>; 4] = Default::default();
    for (slot, v) in slots.iter_mut().zip(args.pos) {
        *slot = Some(v.clone());
    }
    let mut key = None;
    for (k, v) in args.kw {
        match PARAMS.iter().position(|p| *p == k.as_str()) {
            Some(i) if i < n => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None if k.as_str() == "key" => key = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    k.as_str()
                )));
            }
        }
    }
    let [a, x, lo, hi] = slots;
    let Some(a) = a else {
        return Err(vm.type_error(format!("{name}() missing required argument 'a' (pos 1)")));
    };
    let Some(x) = x else {
        return Err(vm.type_error(format!("{name}() missing required argument 'x' (pos 2)")));
    };
    let lo = match lo {
        Some(v) => vm.to_index(&v)?,
        None => 0,
    };
    let hi = match hi {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.to_index(&v)?),
    };
    Ok(Call {
        a,
        x,
        lo,
        hi,
        key: key.filter(|k| !k.is_none()),
    })
}

/// Where `x` goes among `c.a[lo:hi]`: before equal items (`left`) or after them.
fn search(vm: &mut Vm, c: &Call, x: &Value, left: bool) -> PyResult<i64> {
    let mut lo = c.lo;
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let list = match payload(&c.a) {
        Value::List(l) => Some(l),
        _ => None,
    };
    // CPython takes -1 (its "absent" value) to mean the length too.
    let mut hi = match c.hi {
        Some(h) if h != -1 => h,
        _ => match &list {
            Some(l) => l.0.borrow().len() as i64,
            None => vm.len(&c.a)? as i64,
        },
    };
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let item = match &list {
            Some(l) => match l.0.borrow().get(mid as usize) {
                Some(v) => v.clone(),
                None => return Err(vm.index_error("list index out of range")),
            },
            None => vm.get_item(&c.a, &Value::Int(mid))?,
        };
        let item = match &c.key {
            Some(k) => vm.call(k, &[item], &[])?,
            None => item,
        };
        let goes_right = if left {
            less(vm, &item, x)?
        } else {
            !less(vm, x, &item)?
        };
        if goes_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect(vm: &mut Vm, a: Args, name: &str, left: bool) -> PyResult {
    let c = parse(vm, &a, name)?;
    Ok(Value::Int(search(vm, &c, &c.x, left)?))
}

fn insort(vm: &mut Vm, a: Args, name: &str, left: bool) -> PyResult {
    let c = parse(vm, &a, name)?;
    let probe = match &c.key {
        Some(k) => vm.call(k, std::slice::from_ref(&c.x), &[])?,
        None => c.x.clone(),
    };
    let at = search(vm, &c, &probe, left)?;
    match &c.a {
        Value::List(l) => {
            let mut v = l.0.borrow_mut();
            let at = (at.max(0) as usize).min(v.len());
            v.insert(at, c.x.clone());
        }
        other => {
            let insert = vm.get_attr_str(other, "insert")?;
            vm.call(&insert, &[Value::Int(at), c.x.clone()], &[])?;
        }
    }
    Ok(Value::None)
}

fn bisect_left(vm: &mut Vm, a: Args) -> PyResult {
    bisect(vm, a, "bisect_left", true)
}

fn bisect_right(vm: &mut Vm, a: Args) -> PyResult {
    bisect(vm, a, "bisect_right", false)
}

fn insort_left(vm: &mut Vm, a: Args) -> PyResult {
    insort(vm, a, "insort_left", true)
}

fn insort_right(vm: &mut Vm, a: Args) -> PyResult {
    insort(vm, a, "insort_right", false)
}
