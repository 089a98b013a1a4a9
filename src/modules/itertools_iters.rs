//! The rest of `_itertools`: `count`, `cycle`, `repeat`, `islice`, `zip_longest`, `starmap`,
//! `takewhile`, `dropwhile`, `compress`, `filterfalse`, `pairwise` and `tee` (with its
//! `_tee` objects), as classes with native methods.
//!
//! Written in Python each item cost a generator resumption or a Python-level `__next__`
//! call; here one native `__next__` does the work. Each iterator keeps its state in slots,
//! read and written around the calls back into Python (predicates, the source's `__next__`)
//! so that no borrow is held while Python code runs. The arguments, their checks, the
//! messages, the reprs and the order in which the sources are read are CPython's.

use std::rc::Rc;

use super::itertools::{copy_own_state, iter_self, parse, put_slot, set_slots, this};
use crate::bytecode::BinOp;
use crate::objects::*;
use crate::vm::Vm;

type Methods = &'static [(&'static str, NativeFn)];

/// The classes: name, slots, methods, docstring.
const CLASSES: &[(&str, &[&str], Methods, &str)] = &[
    (
        "count",
        &["_cnt", "_step"],
        &[
            ("__init__", init_count),
            ("__iter__", iter_self),
            ("__next__", next_count),
            ("__repr__", repr_count),
        ],
        "Return a count object whose .__next__() method returns consecutive values.\n\n\
         Equivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        \
         while 1:\n            yield x\n            x += step",
    ),
    (
        "cycle",
        &["_cy_it", "_cy_saved", "_cy_index"],
        &[
            ("__init__", init_cycle),
            ("__iter__", iter_self),
            ("__next__", next_cycle),
        ],
        "Return elements from the iterable until it is exhausted. Then repeat the sequence \
         indefinitely.",
    ),
    (
        "repeat",
        &["_rp_obj", "_rp_times"],
        &[
            ("__init__", init_repeat),
            ("__iter__", iter_self),
            ("__next__", next_repeat),
            ("__repr__", repr_repeat),
            ("__length_hint__", length_hint_repeat),
        ],
        "repeat(object [,times]) -> create an iterator which returns the object\n\
         for the specified number of times.  If not specified, returns the object\nendlessly.",
    ),
    (
        "islice",
        &["_is_it", "_is_next", "_is_stop", "_is_step", "_is_cnt"],
        &[
            ("__init__", init_islice),
            ("__iter__", iter_self),
            ("__next__", next_islice),
        ],
        "islice(iterable, stop) --> islice object\n\
         islice(iterable, start, stop[, step]) --> islice object\n\n\
         Return an iterator whose next() method returns selected values from an\n\
         iterable.  If start is specified, will skip all preceding elements;\n\
         otherwise, start defaults to zero.  Step defaults to one.  If\n\
         specified as another value, step determines how many values are\n\
         skipped between successive calls.  Works like a slice() on a list\n\
         but returns an iterator.",
    ),
    (
        "zip_longest",
        &["_zl_its", "_zl_active", "_zl_fill"],
        &[
            ("__init__", init_zip_longest),
            ("__iter__", iter_self),
            ("__next__", next_zip_longest),
            ("__copy__", copy_own_state),
        ],
        "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n\
         Return a zip_longest object whose .__next__() method returns a tuple where\n\
         the i-th element comes from the i-th iterable argument.  The .__next__()\n\
         method continues until the longest iterable in the argument sequence\n\
         is exhausted and then it raises StopIteration.  When the shorter iterables\n\
         are exhausted, the fillvalue is substituted in their place.  The fillvalue\n\
         defaults to None or can be specified by a keyword argument.",
    ),
    (
        "starmap",
        &["_sm_func", "_sm_it"],
        &[
            ("__init__", init_starmap),
            ("__iter__", iter_self),
            ("__next__", next_starmap),
        ],
        "Return an iterator whose values are returned from the function evaluated with an \
         argument tuple taken from the given sequence.",
    ),
    (
        "takewhile",
        &["_tw_pred", "_tw_it", "_tw_stop"],
        &[
            ("__init__", init_takewhile),
            ("__iter__", iter_self),
            ("__next__", next_takewhile),
        ],
        "Return successive entries from an iterable as long as the predicate evaluates to \
         true for each entry.",
    ),
    (
        "dropwhile",
        &["_dw_pred", "_dw_it", "_dw_start"],
        &[
            ("__init__", init_dropwhile),
            ("__iter__", iter_self),
            ("__next__", next_dropwhile),
        ],
        "Drop items from the iterable while predicate(item) is true.\n\n\
         Afterwards, return every element until the iterable is exhausted.",
    ),
    (
        "compress",
        &["_cp_data", "_cp_sel"],
        &[
            ("__init__", init_compress),
            ("__iter__", iter_self),
            ("__next__", next_compress),
        ],
        "Return data elements corresponding to true selector elements.\n\n\
         Forms a shorter iterator from selected data elements using the selectors to\n\
         choose the data elements.",
    ),
    (
        "filterfalse",
        &["_ff_func", "_ff_it"],
        &[
            ("__init__", init_filterfalse),
            ("__iter__", iter_self),
            ("__next__", next_filterfalse),
        ],
        "Return those items of iterable for which function(item) is false.\n\n\
         If function is None, return the items that are false.",
    ),
    (
        "pairwise",
        &["_pw_it", "_pw_old", "_pw_started"],
        &[
            ("__init__", init_pairwise),
            ("__iter__", iter_self),
            ("__next__", next_pairwise),
        ],
        "Return an iterator of overlapping pairs taken from the input iterator.\n\n    \
         s -> (s0, s1), (s1, s2), (s2, s3), ...",
    ),
    (
        "_tee",
        &["_tee_it", "_tee_block", "_tee_index"],
        &[
            ("__init__", init_tee_object),
            ("__iter__", iter_self),
            ("__next__", next_tee),
            ("__copy__", copy_tee),
        ],
        "Iterator wrapped to make it copyable.",
    ),
];

/// Adds the classes and `tee` to `_itertools`.
pub fn add(vm: &mut Vm, m: &Module) -> PyResult<()> {
    for &(name, slots, methods, doc) in CLASSES {
        let extra = vec![("__doc__", Value::str(doc))];
        let class = super::native_class(vm, name, "itertools", slots, methods, extra)?;
        let k = vm.intern(name);
        m.dict.set_str_raw(k, Value::Class(class));
    }
    let tee = vm.builtin_fn("tee", tee);
    let k = vm.intern("tee");
    m.dict.set_str_raw(k, tee);
    Ok(())
}

/// An instance's slots, or None when `__init__` never filled them (a subclass that skipped
/// it): such an iterator is empty.
fn slots_of<const N: usize>(inst: &Instance) -> Option<[Value; N]> {
    let slots = inst.slots.borrow();
    if slots.len() < N || slots[..N].iter().any(Value::is_undef) {
        return None;
    }
    Some(std::array::from_fn(|i| slots[i].clone()))
}

fn stop(vm: &mut Vm) -> PyErr {
    vm.stop_iteration(Value::None)
}

/// CPython's positional-only checks (`PyArg_UnpackTuple`): no keywords, `lo..=hi` values.
fn unpack<'a>(vm: &mut Vm, name: &str, a: &'a Args, lo: usize, hi: usize) -> PyResult<&'a [Value]> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let args = a.pos.get(1..).unwrap_or(&[]);
    let n = args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if lo == hi && n != lo {
        return Err(vm.type_error(format!(
            "{name} expected {lo} argument{}, got {n}",
            plural(lo)
        )));
    }
    if n < lo {
        return Err(vm.type_error(format!(
            "{name} expected at least {lo} argument{}, got {n}",
            plural(lo)
        )));
    }
    if n > hi {
        return Err(vm.type_error(format!(
            "{name} expected at most {hi} argument{}, got {n}",
            plural(hi)
        )));
    }
    Ok(args)
}

/// An index-sized integer (CPython's `PyNumber_AsSsize_t` raising OverflowError).
fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        Value::Instance(_) => {
            let i = vm.to_bigint_index(v)?;
            i64::try_from(&i)
                .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        _ => vm.to_index(v),
    }
}

// ---- count ------------------------------------------------------------------------------

/// Whether `v` is a number to CPython (`PyNumber_Check`).
fn is_number(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_) => {
            true
        }
        Value::Instance(inst) => {
            if crate::vm::ops::unwrap_builtin(v).is_some() {
                return true;
            }
            ["__index__", "__int__", "__float__"].iter().any(|m| {
                let k = vm.intern_static(m);
                inst.class().lookup_rc(&k).is_some()
            })
        }
        _ => false,
    }
}

fn is_one(v: &Value) -> bool {
    match v {
        Value::Int(1) => true,
        Value::Bool(b) => b.get(),
        _ => false,
    }
}

fn init_count(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?.clone();
    let args = parse(vm, "count", &a, &["start", "step"], 0)?;
    for v in args.iter().flatten() {
        if !is_number(vm, v) {
            return Err(vm.type_error("a number is required"));
        }
    }
    let start = args[0].cloned().unwrap_or(Value::Int(0));
    let step = args[1].cloned().unwrap_or(Value::Int(1));
    // With an int start and a step of 1 CPython counts in machine integers: bools count as
    // ints from the start.
    let start = match (&start, is_one(&step)) {
        (Value::Bool(b), true) => Value::Int(i64::from(b.get())),
        _ => start,
    };
    set_slots(&inst, vec![start, step]);
    Ok(Value::None)
}

fn next_count(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let Some(s) = slots_of::<2>(&inst) else {
        return Err(stop(vm));
    };
    let (cnt, step) = (&s[0], &s[1]);
    let new = match (cnt, step) {
        (Value::Int(c), Value::Int(d)) if c.checked_add(*d).is_some() => Value::Int(c + d),
        _ => vm.binary_op(cnt, step, BinOp::Add)?,
    };
    put_slot(&inst, 0, new);
    Ok(s[0].clone())
}

fn repr_count(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__repr__")?.clone();
    let name = inst.class().name();
    let Some(s) = slots_of::<2>(&inst) else {
        return Ok(Value::string(format!("{name}(0)")));
    };
    let cnt = vm.repr(&s[0])?;
    // The step is left out when it is an int equal to 1.
    let int_one = match &s[1] {
        Value::Int(1) => true,
        Value::Bool(b) => b.get(),
        Value::Instance(_) => matches!(crate::vm::ops::unwrap_builtin(&s[1]), Some(Value::Int(1))),
        _ => false,
    };
    if int_one {
        return Ok(Value::string(format!("{name}({cnt})")));
    }
    let step = vm.repr(&s[1])?;
    Ok(Value::string(format!("{name}({cnt}, {step})")))
}

// ---- cycle ------------------------------------------------------------------------------

const CY_IT: usize = 0;
const CY_SAVED: usize = 1;
const CY_INDEX: usize = 2;

fn init_cycle(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?.clone();
    let args = unpack(vm, "cycle", &a, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    set_slots(&inst, vec![it, Value::list(vec![]), Value::Int(0)]);
    Ok(Value::None)
}

fn next_cycle(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let Some(s) = slots_of::<3>(&inst) else {
        return Err(stop(vm));
    };
    let Value::List(saved) = &s[CY_SAVED] else {
        return Err(stop(vm));
    };
    if !s[CY_IT].is_none() {
        if let Some(v) = vm.next(&s[CY_IT])? {
            saved.0.borrow_mut().push(v.clone());
            return Ok(v);
        }
        put_slot(&inst, CY_IT, Value::None);
    }
    let i = match s[CY_INDEX] {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let (item, len) = {
        let saved = saved.0.borrow();
        (saved.get(i).cloned(), saved.len())
    };
    let Some(item) = item else {
        return Err(stop(vm));
    };
    put_slot(
        &inst,
        CY_INDEX,
        Value::Int(if i + 1 >= len { 0 } else { i as i64 + 1 }),
    );
    Ok(item)
}

// ---- repeat -----------------------------------------------------------------------------

fn init_repeat(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?.clone();
    let args = parse(vm, "repeat", &a, &["object", "times"], 1)?;
    let obj = args[0].cloned().unwrap_or(Value::None);
    // None: forever.
    let times = match args[1] {
        None => Value::None,
        Some(t) => Value::Int(ssize(vm, t)?.max(0)),
    };
    set_slots(&inst, vec![obj, times]);
    Ok(Value::None)
}

fn next_repeat(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let Some(s) = slots_of::<2>(&inst) else {
        return Err(stop(vm));
    };
    match s[1] {
        Value::Int(n) if n <= 0 => Err(stop(vm)),
        Value::Int(n) => {
            put_slot(&inst, 1, Value::Int(n - 1));
            Ok(s[0].clone())
        }
        _ => Ok(s[0].clone()),
    }
}

fn repr_repeat(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__repr__")?.clone();
    let name = inst.class().name();
    let Some(s) = slots_of::<2>(&inst) else {
        return Ok(Value::string(format!("{name}(None)")));
    };
    let obj = vm.repr(&s[0])?;
    Ok(Value::string(match s[1] {
        Value::Int(n) => format!("{name}({obj}, {n})"),
        _ => format!("{name}({obj})"),
    }))
}

fn length_hint_repeat(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__length_hint__")?.clone();
    match slots_of::<2>(&inst).map(|s| s[1].clone()) {
        Some(Value::Int(n)) => Ok(Value::Int(n)),
        Some(_) => Err(vm.type_error("len() of unsized object")),
        None => Ok(Value::Int(0)),
    }
}

// ---- islice -----------------------------------------------------------------------------

const IS_IT: usize = 0;
const IS_NEXT: usize = 1;
const IS_STOP: usize = 2;
const IS_STEP: usize = 3;
const IS_CNT: usize = 4;

/// An islice bound: -1 when it is not a usable integer (whatever the error).
fn bound(vm: &mut Vm, v: &Value) -> i64 {
    ssize(vm, v).unwrap_or(-1)
}

fn init_islice(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?.clone();
    let args = unpack(vm, "islice", &a, 2, 4)?;
    let stop_message = "Stop argument for islice() must be None or an integer: 0 <= x <= \
                        sys.maxsize.";
    let (mut start, mut stop, mut step) = (0, -1, 1);
    if args.len() == 2 {
        if !args[1].is_none() {
            stop = bound(vm, &args[1]);
            if stop < 0 {
                return Err(vm.value_error(stop_message));
            }
        }
    } else {
        if !args[1].is_none() {
            start = bound(vm, &args[1]);
        }
        if !args[2].is_none() {
            stop = bound(vm, &args[2]);
            if stop == -1 {
                return Err(vm.value_error(stop_message));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if let Some(s) = args.get(3)
        && !s.is_none()
    {
        step = bound(vm, s);
    }
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.get_iter(&args[0])?;
    set_slots(
        &inst,
        vec![
            it,
            Value::Int(start),
            Value::Int(stop),
            Value::Int(step),
            Value::Int(0),
        ],
    );
    Ok(Value::None)
}

fn int_slot(s: &[Value], i: usize) -> i64 {
    match s.get(i) {
        Some(Value::Int(n)) => *n,
        _ => 0,
    }
}

fn next_islice(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let Some(s) = slots_of::<5>(&inst) else {
        return Err(stop(vm));
    };
    let it = &s[IS_IT];
    if it.is_none() {
        return Err(stop(vm));
    }
    let (next, stop_at, step) = (
        int_slot(&s, IS_NEXT),
        int_slot(&s, IS_STOP),
        int_slot(&s, IS_STEP),
    );
    let mut cnt = int_slot(&s, IS_CNT);
    // Once the source is exhausted (or fails) the islice is finished for good.
    let finish = |vm: &mut Vm, cnt: i64| {
        put_slot(&inst, IS_IT, Value::None);
        put_slot(&inst, IS_CNT, Value::Int(cnt));
        stop(vm)
    };
    while cnt < next {
        match vm.next(it) {
            Ok(Some(_)) => cnt += 1,
            Ok(None) => return Err(finish(vm, cnt)),
            Err(e) => {
                finish(vm, cnt);
                return Err(e);
            }
        }
    }
    if stop_at != -1 && cnt >= stop_at {
        return Err(finish(vm, cnt));
    }
    let item = match vm.next(it) {
        Ok(Some(v)) => v,
        Ok(None) => return Err(finish(vm, cnt)),
        Err(e) => {
            finish(vm, cnt);
            return Err(e);
        }
    };
    cnt += 1;
    let mut new_next = next.saturating_add(step);
    if stop_at != -1 && new_next > stop_at {
        new_next = stop_at;
    }
    put_slot(&inst, IS_CNT, Value::Int(cnt));
    put_slot(&inst, IS_NEXT, Value::Int(new_next));
    Ok(item)
}

// ---- zip_longest ------------------------------------------------------------------------

const ZL_ITS: usize = 0;
const ZL_ACTIVE: usize = 1;
const ZL_FILL: usize = 2;

fn init_zip_longest(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?.clone();
    let fill = match a.kw {
        [] => Value::None,
        [(k, v)] if k.as_str() == "fillvalue" => v.clone(),
        _ => {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
    };
    let mut its = Vec::with_capacity(a.pos.len().saturating_sub(1));
    for v in a.pos.get(1..).unwrap_or(&[]) {
        its.push(vm.get_iter(v)?);
    }
    let n = its.len() as i64;
    set_slots(&inst, vec![Value::list(its), Value::Int(n), fill]);
    Ok(Value::None)
}

fn next_zip_longest(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let Some(s) = slots_of::<3>(&inst) else {
        return Err(stop(vm));
    };
    let Value::List(its) = &s[ZL_ITS] else {
        return Err(stop(vm));
    };
    let mut active = int_slot(&s, ZL_ACTIVE);
    let n = its.0.borrow().len();
    if n == 0 || active == 0 {
        return Err(stop(vm));
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let Some(it) = its.0.borrow().get(i).cloned() else {
            return Err(stop(vm));
        };
        if it.is_none() {
            out.push(s[ZL_FILL].clone());
            continue;
        }
        match vm.next(&it)? {
            Some(v) => out.push(v),
            None => {
                active -= 1;
                put_slot(&inst, ZL_ACTIVE, Value::Int(active));
                if active == 0 {
                    return Err(stop(vm));
                }
                if let Some(slot) = its.0.borrow_mut().get_mut(i) {
                    *slot = Value::None;
                }
                out.push(s[ZL_FILL].clone());
            }
        }
    }
    Ok(Value::tuple(out))
}

// ---- starmap, takewhile, dropwhile, compress, filterfalse ---------------------------------

/// `(function, iterator)` from a two-argument positional-only constructor.
fn init_func_iter(vm: &mut Vm, a: &Args, name: &str, extra: Option<Value>) -> PyResult {
    let inst = this(vm, a, "__init__")?.clone();
    let args = unpack(vm, name, a, 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    let mut slots = vec![args[0].clone(), it];
    slots.extend(extra);
    set_slots(&inst, slots);
    Ok(Value::None)
}

fn init_starmap(vm: &mut Vm, a: Args) -> PyResult {
    init_func_iter(vm, &a, "starmap", None)
}

fn next_starmap(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let Some(s) = slots_of::<2>(&inst) else {
        return Err(stop(vm));
    };
    let Some(item) = vm.next(&s[1])? else {
        return Err(stop(vm));
    };
    match &item {
        Value::Tuple(t) => vm.call(&s[0], &t.0, &[]),
        _ => {
            let args = vm.iterate(&item)?;
            vm.call(&s[0], &args, &[])
        }
    }
}

fn init_takewhile(vm: &mut Vm, a: Args) -> PyResult {
    init_func_iter(vm, &a, "takewhile", Some(Value::Bool(Truth::FALSE)))
}

fn next_takewhile(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let Some(s) = slots_of::<3>(&inst) else {
        return Err(stop(vm));
    };
    if matches!(&s[2], Value::Bool(b) if b.get()) {
        return Err(stop(vm));
    }
    let Some(item) = vm.next(&s[1])? else {
        return Err(stop(vm));
    };
    let r = vm.call(&s[0], std::slice::from_ref(&item), &[])?;
    if vm.truthy(&r)? {
        return Ok(item);
    }
    put_slot(&inst, 2, Value::Bool(Truth::TRUE));
    Err(stop(vm))
}

fn init_dropwhile(vm: &mut Vm, a: Args) -> PyResult {
    init_func_iter(vm, &a, "dropwhile", Some(Value::Bool(Truth::FALSE)))
}

fn next_dropwhile(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let Some(s) = slots_of::<3>(&inst) else {
        return Err(stop(vm));
    };
    loop {
        let Some(item) = vm.next(&s[1])? else {
            return Err(stop(vm));
        };
        if matches!(&s[2], Value::Bool(b) if b.get()) {
            return Ok(item);
        }
        let r = vm.call(&s[0], std::slice::from_ref(&item), &[])?;
        if !vm.truthy(&r)? {
            put_slot(&inst, 2, Value::Bool(Truth::TRUE));
            return Ok(item);
        }
    }
}

fn init_compress(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?.clone();
    let args = parse(vm, "compress", &a, &["data", "selectors"], 2)?;
    let (Some(data), Some(sel)) = (args[0], args[1]) else {
        return Err(vm.type_error("compress() missing required argument"));
    };
    let data = vm.get_iter(data)?;
    let sel = vm.get_iter(sel)?;
    set_slots(&inst, vec![data, sel]);
    Ok(Value::None)
}

fn next_compress(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let Some(s) = slots_of::<2>(&inst) else {
        return Err(stop(vm));
    };
    loop {
        let Some(datum) = vm.next(&s[0])? else {
            return Err(stop(vm));
        };
        let Some(selector) = vm.next(&s[1])? else {
            return Err(stop(vm));
        };
        if vm.truthy(&selector)? {
            return Ok(datum);
        }
    }
}

fn init_filterfalse(vm: &mut Vm, a: Args) -> PyResult {
    init_func_iter(vm, &a, "filterfalse", None)
}

fn next_filterfalse(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let Some(s) = slots_of::<2>(&inst) else {
        return Err(stop(vm));
    };
    let func = &s[0];
    loop {
        let Some(item) = vm.next(&s[1])? else {
            return Err(stop(vm));
        };
        let keep = if func.is_none() {
            !vm.truthy(&item)?
        } else {
            let r = vm.call(func, std::slice::from_ref(&item), &[])?;
            !vm.truthy(&r)?
        };
        if keep {
            return Ok(item);
        }
    }
}

// ---- pairwise ---------------------------------------------------------------------------

fn init_pairwise(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?.clone();
    let args = unpack(vm, "pairwise", &a, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    // The previous item, and whether there is one yet.
    set_slots(&inst, vec![it, Value::None, Value::Bool(Truth::FALSE)]);
    Ok(Value::None)
}

fn next_pairwise(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let Some([it, old, started]) = slots_of::<3>(&inst) else {
        return Err(stop(vm));
    };
    if it.is_none() {
        return Err(stop(vm));
    }
    let finish = |vm: &mut Vm| {
        set_slots(
            &inst,
            vec![Value::None, Value::None, Value::Bool(Truth::FALSE)],
        );
        stop(vm)
    };
    let old = if matches!(started, Value::Bool(b) if b.get()) {
        old
    } else {
        match vm.next(&it) {
            Ok(Some(v)) => {
                set_slots(&inst, vec![it.clone(), v.clone(), Value::Bool(Truth::TRUE)]);
                v
            }
            Ok(None) => return Err(finish(vm)),
            Err(e) => {
                finish(vm);
                return Err(e);
            }
        }
    };
    let new = match vm.next(&it) {
        Ok(Some(v)) => v,
        Ok(None) => return Err(finish(vm)),
        Err(e) => {
            finish(vm);
            return Err(e);
        }
    };
    put_slot(&inst, 1, new.clone());
    Ok(Value::tuple(vec![old, new]))
}

// ---- tee --------------------------------------------------------------------------------
// The tees made from one iterator share a chain of blocks (lists): a block holds up to
// BLOCK items and, once full, the next block as its last element. Each tee keeps its block
// and its position in it; items are read from the source only by the tee that is ahead.

const BLOCK: usize = 57;
const TEE_IT: usize = 0;
const TEE_BLOCK: usize = 1;
const TEE_INDEX: usize = 2;

fn tee_class(vm: &mut Vm) -> PyResult<Rc<Class>> {
    let name = vm.intern_static("_itertools");
    let m = vm.modules.get_str(&name);
    let key = vm.intern_static("_tee");
    if let Some(Value::Module(m)) = m
        && let Some(Value::Class(c)) = m.dict.get_str(&key)
    {
        return Ok(c);
    }
    Err(vm.type_error("itertools._tee is unavailable"))
}

fn new_tee(cls: &Rc<Class>, it: Value, block: Value, index: i64) -> Value {
    Value::Instance(Rc::new(Instance {
        class: cls.clone().into(),
        dict: None,
        slots: std::cell::RefCell::new(vec![it, block, Value::Int(index)]),
        payload: Payload::None,
    }))
}

/// Whether `v` is a `_tee` (or a subclass's instance) with its state.
fn as_tee(v: &Value) -> Option<(Rc<Class>, [Value; 3])> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let s = slots_of::<3>(inst)?;
    match (&s[TEE_BLOCK], &s[TEE_INDEX]) {
        (Value::List(_), Value::Int(_)) if inst.class().name() == "_tee" => Some((inst.class(), s)),
        _ => None,
    }
}

/// A `_tee` over `iterable`: a copy of it when it is one already.
fn tee_from(vm: &mut Vm, cls: &Rc<Class>, iterable: &Value) -> PyResult {
    let it = vm.get_iter(iterable)?;
    if let Some((c, s)) = as_tee(&it) {
        return Ok(new_tee(&c, s[0].clone(), s[1].clone(), int_slot(&s, 2)));
    }
    Ok(new_tee(cls, it, Value::list(vec![]), 0))
}

fn init_tee_object(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?.clone();
    let args = unpack(vm, "_tee", &a, 1, 1)?;
    let cls = inst.class();
    let t = tee_from(vm, &cls, &args[0])?;
    if let Some((_, s)) = as_tee(&t) {
        set_slots(&inst, s.to_vec());
    }
    Ok(Value::None)
}

fn copy_tee(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__copy__")?.clone();
    let Some(s) = slots_of::<3>(&inst) else {
        return Err(vm.type_error("_tee object is not initialised"));
    };
    Ok(new_tee(
        &inst.class(),
        s[0].clone(),
        s[1].clone(),
        int_slot(&s, 2),
    ))
}

fn next_tee(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let Some(s) = slots_of::<3>(&inst) else {
        return Err(stop(vm));
    };
    let Value::List(mut block) = s[TEE_BLOCK].clone() else {
        return Err(stop(vm));
    };
    let mut i = int_slot(&s, TEE_INDEX) as usize;
    if i >= BLOCK {
        // On to the next block, made here when this tee is the first to need it.
        let next = {
            let mut b = block.0.borrow_mut();
            match b.get(BLOCK) {
                Some(Value::List(n)) => n.clone(),
                _ => {
                    let n = Rc::new(List(std::cell::RefCell::new(Vec::new())));
                    b.truncate(BLOCK);
                    b.push(Value::List(n.clone()));
                    n
                }
            }
        };
        block = next;
        i = 0;
        put_slot(&inst, TEE_BLOCK, Value::List(block.clone()));
        put_slot(&inst, TEE_INDEX, Value::Int(0));
    }
    let known = block.0.borrow().get(i).cloned();
    let item = match known {
        Some(v) => v,
        None => {
            let Some(v) = vm.next(&s[TEE_IT])? else {
                return Err(stop(vm));
            };
            let mut b = block.0.borrow_mut();
            if b.len() != i {
                return Err({
                    drop(b);
                    vm.runtime_error("cannot re-enter the tee iterator")
                });
            }
            b.push(v.clone());
            v
        }
    };
    put_slot(&inst, TEE_INDEX, Value::Int(i as i64 + 1));
    Ok(item)
}

/// `tee(iterable, n=2, /)`: n independent iterators over one iterable.
fn tee(vm: &mut Vm, a: Args) -> PyResult {
    if !a.kw.is_empty() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    let n = match a.pos.len() {
        0 => return Err(vm.type_error("tee expected at least 1 argument, got 0")),
        1 => 2,
        2 => vm.to_index(&a.pos[1])?,
        k => {
            return Err(vm.type_error(format!("tee expected at most 2 arguments, got {k}")));
        }
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(Value::tuple(vec![]));
    }
    let it = vm.get_iter(&a.pos[0])?;
    // An iterator that can copy itself is copied; any other is wrapped in a _tee.
    let copy = match &it {
        Value::Instance(_) if as_tee(&it).is_none() => {
            let k = vm.intern_static("__copy__");
            match vm.get_attr(&it, &k) {
                Ok(f) => Some(f),
                Err(e) => {
                    let ae = vm.types.attribute_error.clone();
                    if !e.0.class().is_subclass(&ae) {
                        return Err(e);
                    }
                    None
                }
            }
        }
        _ => None,
    };
    let mut out = Vec::with_capacity((n as usize).min(64));
    if let Some((c, s)) = as_tee(&it) {
        out.push(it);
        for _ in 1..n {
            out.push(new_tee(&c, s[0].clone(), s[1].clone(), int_slot(&s, 2)));
        }
        return Ok(Value::tuple(out));
    }
    if let Some(copy) = copy {
        out.push(it);
        for _ in 1..n {
            out.push(vm.call(&copy, &[], &[])?);
        }
        return Ok(Value::tuple(out));
    }
    let cls = tee_class(vm)?;
    let first = tee_from(vm, &cls, &it)?;
    let Some((c, s)) = as_tee(&first) else {
        return Err(vm.type_error("itertools._tee is unavailable"));
    };
    out.push(first);
    for _ in 1..n {
        out.push(new_tee(&c, s[0].clone(), s[1].clone(), int_slot(&s, 2)));
    }
    Ok(Value::tuple(out))
}
