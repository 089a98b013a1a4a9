//! `range` objects: construction, indexing, slicing, membership and their methods, for bounds
//! of any size (machine-integer ranges take the fast paths).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::objects::*;
use crate::vm::Vm;

/// An integer argument as a big integer, through `__index__` (which may return a big int).
fn big_index(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Instance(_) => {
            if let Some(inner) = crate::vm::ops::unwrap_builtin(v)
                && matches!(inner, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
            {
                return big_index(vm, &inner);
            }
            if let Some(r) = vm.call_special(v, "__index__", &[])? {
                return match &r {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => big_index(vm, &r),
                    _ => match crate::vm::ops::unwrap_builtin(&r) {
                        Some(inner @ (Value::Int(_) | Value::BigInt(_))) => big_index(vm, &inner),
                        _ => {
                            let t = vm.type_name(&r);
                            Err(vm.type_error(format!("__index__ returned non-int (type {t})")))
                        }
                    },
                };
            }
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn has_index(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(inst) => {
            matches!(
                crate::vm::ops::unwrap_builtin(v),
                Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
            ) || inst.class().lookup(&PyStr::new("__index__")).is_some()
        }
        _ => false,
    }
}

/// `range(...)` from its positional arguments.
pub fn construct(vm: &mut Vm, args: &[Value]) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "range expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    if let Some(small) = args
        .iter()
        .map(|v| match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(b.get() as i64),
            _ => None,
        })
        .collect::<Option<Vec<i64>>>()
    {
        let (start, stop, step) = match small.as_slice() {
            [stop] => (0, *stop, 1),
            [start, stop] => (*start, *stop, 1),
            _ => (small[0], small[1], small[2]),
        };
        if step == 0 {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        return Ok(Value::Range(Rc::new(RangeObj::new(start, stop, step))));
    }
    let mut ints = Vec::with_capacity(args.len());
    for v in args {
        ints.push(big_index(vm, v)?);
    }
    let mut ints = ints.into_iter();
    let (start, stop, step) = match args.len() {
        1 => (
            BigInt::zero(),
            ints.next().unwrap_or_default(),
            BigInt::from(1),
        ),
        2 => {
            let a = ints.next().unwrap_or_default();
            (a, ints.next().unwrap_or_default(), BigInt::from(1))
        }
        _ => {
            let a = ints.next().unwrap_or_default();
            let b = ints.next().unwrap_or_default();
            (a, b, ints.next().unwrap_or_default())
        }
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(RangeObj::from_big(start, stop, step))))
}

/// `len(range)`: only lengths that fit a machine size can be reported.
pub fn len(vm: &mut Vm, r: &RangeObj) -> PyResult<usize> {
    match r.len_checked() {
        Some(n) => Ok(n as usize),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// One bound of a slice over a sequence of `len` items, clamped as CPython does.
fn slice_bound(
    vm: &mut Vm,
    v: &Value,
    len: &BigInt,
    negative: bool,
    default: &BigInt,
) -> PyResult<BigInt> {
    if v.is_none() {
        return Ok(default.clone());
    }
    if !has_index(v) {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let mut i = big_index(vm, v)?;
    let (lower, upper) = if negative {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    if i.is_negative() {
        i += len;
        if i < lower {
            i = lower;
        }
    } else if i > upper {
        i = upper;
    }
    Ok(i)
}

/// `range[key]`.
pub fn get_item(vm: &mut Vm, r: &Rc<RangeObj>, key: &Value) -> PyResult {
    if let Value::Int(i) = key
        && r.big.is_none()
        && let Some(n) = r.len_checked()
    {
        let n = n as i128;
        let i = *i as i128;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.index_error("range object index out of range".to_string()));
        }
        return Ok(Value::Int((r.start as i128 + j * r.step as i128) as i64));
    }
    if let Value::Slice(s) = key {
        let n = r.big_len();
        let step = if s.step.is_none() {
            BigInt::from(1)
        } else {
            if !has_index(&s.step) {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            big_index(vm, &s.step)?
        };
        if step.is_zero() {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        let negative = step.is_negative();
        let (lower, upper) = if negative {
            (BigInt::from(-1), &n - 1u32)
        } else {
            (BigInt::zero(), n.clone())
        };
        let (start_default, stop_default) = if negative {
            (upper.clone(), lower.clone())
        } else {
            (lower.clone(), upper.clone())
        };
        let start = slice_bound(vm, &s.start, &n, negative, &start_default)?;
        let stop = slice_bound(vm, &s.stop, &n, negative, &stop_default)?;
        let (rstart, _, rstep) = r.bounds();
        let new_start = &rstart + &start * &rstep;
        let new_stop = &rstart + &stop * &rstep;
        let new_step = rstep * step;
        return Ok(Value::Range(Rc::new(RangeObj::from_big(
            new_start, new_stop, new_step,
        ))));
    }
    if !has_index(key) {
        let t = vm.type_name(key);
        return Err(vm.type_error(format!("range indices must be integers or slices, not {t}")));
    }
    let mut i = big_index(vm, key)?;
    let n = r.big_len();
    if i.is_negative() {
        i += &n;
    }
    if i.is_negative() || i >= n {
        return Err(vm.index_error("range object index out of range".to_string()));
    }
    Ok(Value::from_bigint(r.item(&i)))
}

/// An exact int (or bool) as a big integer; subclasses and other numbers compare by `==`.
fn exact_int(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// `item in range`.
pub fn contains(vm: &mut Vm, container: &Value, r: &RangeObj, item: &Value) -> PyResult<bool> {
    if let Value::Int(i) = item {
        return Ok(r.contains_i64(*i));
    }
    if let Some(v) = exact_int(item) {
        return Ok(r.position(&v).is_some());
    }
    let it = vm.get_iter(container)?;
    while let Some(x) = vm.next(&it)? {
        if vm.eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `range.index(x)`.
pub fn index(vm: &mut Vm, container: &Value, r: &RangeObj, item: &Value) -> PyResult {
    if let Some(v) = exact_int(item) {
        if let Some(p) = r.position(&v) {
            return Ok(Value::from_bigint(p));
        }
        let s = vm.repr(item)?;
        return Err(vm.value_error(format!("{s} is not in range")));
    }
    let it = vm.get_iter(container)?;
    let mut k = 0i64;
    while let Some(x) = vm.next(&it)? {
        if vm.eq(&x, item)? {
            return Ok(Value::Int(k));
        }
        k += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

/// `range.count(x)`.
pub fn count(vm: &mut Vm, container: &Value, r: &RangeObj, item: &Value) -> PyResult {
    if let Some(v) = exact_int(item) {
        return Ok(Value::Int(r.position(&v).is_some() as i64));
    }
    let it = vm.get_iter(container)?;
    let mut k = 0i64;
    while let Some(x) = vm.next(&it)? {
        if vm.eq(&x, item)? {
            k += 1;
        }
    }
    Ok(Value::Int(k))
}
