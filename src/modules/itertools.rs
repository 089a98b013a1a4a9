//! `_itertools`: the combinatoric iterators of `itertools` (`permutations`, `combinations`,
//! `combinations_with_replacement`, `product`) as classes with native methods.
//!
//! Written in Python they cost a generator resumption, a few list operations and a
//! generator expression per tuple (some 30,000 instructions for one permutation of seven
//! items); here one `__next__` call advances the index state in place and builds the tuple.
//!
//! An instance keeps its state in slots: the pool (a tuple, or for `product` a tuple of
//! tuples), the indices and the cycle counters (lists of ints, changed in place), r, and
//! where it stands (not started, running, finished). The order of the tuples, the
//! arguments and the error messages are CPython's.

use std::rc::Rc;

use crate::objects::*;
use crate::vm::Vm;

const POOL: usize = 0;
const INDICES: usize = 1;
const CYCLES: usize = 2;
const R: usize = 3;
const STAGE: usize = 4;
const SLOTS: [&str; 5] = [
    "_it_pool",
    "_it_indices",
    "_it_cycles",
    "_it_r",
    "_it_stage",
];

const NOT_STARTED: i64 = 0;
const RUNNING: i64 = 1;
const FINISHED: i64 = 2;

/// The four iterators: name, `__init__`, `__next__`, docstring.
const CLASSES: &[(&str, NativeFn, NativeFn, &str)] = &[
    (
        "permutations",
        init_permutations,
        next_permutations,
        "Return successive r-length permutations of elements in the iterable.\n\n\
         permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
    ),
    (
        "combinations",
        init_combinations,
        next_combinations,
        "Return successive r-length combinations of elements in the iterable.\n\n\
         combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
    ),
    (
        "combinations_with_replacement",
        init_combinations_with_replacement,
        next_combinations_with_replacement,
        "Return successive r-length combinations of elements in the iterable allowing \
         individual elements to have successive repeats.\n\n\
         combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), \
         ('B','B'), ('B','C'), ('C','C')",
    ),
    (
        "product",
        init_product,
        next_product,
        "Cartesian product of input iterables.  Equivalent to nested for-loops.\n\n\
         For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).",
    ),
];

pub fn create(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = super::native_module(vm, "_itertools", &[]);
    for &(name, init, next, doc) in CLASSES {
        let methods = [
            ("__init__", init),
            ("__iter__", iter_self),
            ("__next__", next),
            ("__copy__", copy_own_state),
        ];
        let extra = vec![("__doc__", Value::str(doc))];
        let class = super::native_class(vm, name, "itertools", &SLOTS, &methods, extra)?;
        let k = vm.intern(name);
        m.dict.set_str_raw(k, Value::Class(class));
    }
    add_more(vm, &m)?;
    super::itertools_iters::add(vm, &m)?;
    Ok(m)
}

/// `it.__copy__()` of the iterators whose state holds lists they change as they go (indices,
/// cycles, saved items, active sources): a new iterator of the same class that shares the
/// sources, as CPython's shallow copy does, but has its own copy of each such list, so
/// advancing one leaves the other where it was.
pub(super) fn copy_own_state(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__copy__")?.clone();
    let slots = inst
        .slots
        .borrow()
        .iter()
        .map(|v| match v {
            Value::List(l) => Value::list(l.0.borrow().clone()),
            other => other.clone(),
        })
        .collect();
    let dict = inst
        .dict
        .as_ref()
        .map(|d| crate::objects::dict::new_dict(d.table.borrow().clone()));
    Ok(Value::Instance(Rc::new(Instance {
        class: inst.class().into(),
        dict,
        slots: std::cell::RefCell::new(slots),
        payload: Payload::None,
    })))
}

pub(super) fn iter_self(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(a.pos.first().cloned().unwrap_or(Value::None))
}

/// The positional-or-keyword arguments of a constructor taking `names` (after `self`), with
/// CPython's messages for its argument parser.
pub(super) fn parse<'a>(
    vm: &mut Vm,
    func: &str,
    a: &'a Args,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let given = a.pos.len().saturating_sub(1);
    if given + a.kw.len() > names.len() {
        return Err(vm.type_error(format!(
            "{func}() takes at most {} arguments ({} given)",
            names.len(),
            given + a.kw.len()
        )));
    }
    let mut out: Vec<Option<&Value>> = a.pos.iter().skip(1).map(Some).collect();
    out.resize(names.len(), None);
    for (i, name) in names.iter().enumerate().skip(given) {
        out[i] =
            a.kw.iter()
                .find(|(k, _)| k.as_str() == *name)
                .map(|(_, v)| v);
    }
    // As CPython's argument clinic: a missing argument is reported before a keyword that
    // repeats a positional one or is unknown.
    if let Some(i) = out[..required].iter().position(Option::is_none) {
        return Err(vm.type_error(format!(
            "{func}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    for (k, _) in a.kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if i < given => {
                return Err(vm.type_error(format!(
                    "argument for {func}() given by name ('{}') and position ({})",
                    names[i],
                    i + 1
                )));
            }
            Some(_) => {}
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {func}()",
                    k.as_str()
                )));
            }
        }
    }
    Ok(out)
}

/// The instance being initialised or advanced (`self`).
pub(super) fn this<'a>(vm: &mut Vm, a: &'a Args, func: &str) -> PyResult<&'a Rc<Instance>> {
    match a.pos.first() {
        Some(Value::Instance(inst)) => Ok(inst),
        _ => Err(vm.type_error(format!("descriptor '{func}' needs an itertools object"))),
    }
}

fn ints(v: impl IntoIterator<Item = usize>) -> Value {
    Value::list(v.into_iter().map(|i| Value::Int(i as i64)).collect())
}

fn set_state(inst: &Instance, pool: Value, indices: Value, cycles: Value, r: usize) {
    let mut slots = inst.slots.borrow_mut();
    slots.clear();
    slots.extend([
        pool,
        indices,
        cycles,
        Value::Int(r as i64),
        Value::Int(NOT_STARTED),
    ]);
}

/// `r` as a length: ValueError when negative.
fn non_negative(vm: &mut Vm, r: i64) -> PyResult<usize> {
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

fn memory_error(vm: &mut Vm) -> PyErr {
    vm.memory_error()
}

/// The most indices an iterator keeps (CPython would fail to allocate more).
const MAX_R: usize = 1 << 28;

fn init_permutations(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?;
    let args = parse(vm, "permutations", &a, &["iterable", "r"], 1)?;
    let pool = vm.iterate(args[0].unwrap_or(&Value::None))?;
    let n = pool.len();
    let r = match args[1] {
        None | Some(Value::None) => n,
        Some(Value::Int(r)) => non_negative(vm, *r)?,
        Some(Value::Bool(b)) => usize::from(b.get()),
        Some(Value::BigInt(b)) if b.sign() == num_bigint::Sign::Minus => {
            return Err(vm.value_error("r must be non-negative"));
        }
        Some(Value::BigInt(_)) => usize::MAX,
        Some(_) => return Err(vm.type_error("Expected int as r")),
    };
    // Past n there is no permutation at all: any larger r means the same.
    let r = r.min(n + 1);
    let cycles = ints((0..r.min(n)).map(|i| n - i));
    set_state(inst, Value::tuple(pool), ints(0..n), cycles, r);
    Ok(Value::None)
}

fn init_combinations(vm: &mut Vm, a: Args) -> PyResult {
    init_combinatoric(vm, a, "combinations", |r| ints(0..r))
}

fn init_combinations_with_replacement(vm: &mut Vm, a: Args) -> PyResult {
    init_combinatoric(vm, a, "combinations_with_replacement", |r| {
        ints(std::iter::repeat_n(0, r))
    })
}

fn init_combinatoric(
    vm: &mut Vm,
    a: Args,
    func: &str,
    start: impl FnOnce(usize) -> Value,
) -> PyResult {
    let inst = this(vm, &a, "__init__")?;
    let args = parse(vm, func, &a, &["iterable", "r"], 2)?;
    let pool = vm.iterate(args[0].unwrap_or(&Value::None))?;
    let r = args[1].cloned().unwrap_or(Value::None);
    let r = vm.to_index(&r)?;
    let r = non_negative(vm, r)?;
    if r > MAX_R && !pool.is_empty() && func != "combinations" {
        return Err(memory_error(vm));
    }
    // An r beyond the pool's size gives nothing: no indices to build.
    let indices = if r > pool.len() && (func == "combinations" || pool.is_empty()) {
        Value::list(vec![])
    } else {
        start(r)
    };
    set_state(inst, Value::tuple(pool), indices, Value::None, r);
    Ok(Value::None)
}

fn init_product(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?;
    let mut repeat = 1;
    for (k, v) in a.kw {
        if k.as_str() != "repeat" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for product()",
                k.as_str()
            )));
        }
        repeat = vm.to_index(v)?;
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::with_capacity(a.pos.len().saturating_sub(1));
    for it in &a.pos[1..] {
        pools.push(Value::tuple(vm.iterate(it)?));
    }
    let repeat = repeat as usize;
    let n = pools.len().saturating_mul(repeat);
    if n > MAX_R {
        return Err(memory_error(vm));
    }
    let all: Vec<Value> = pools.iter().cycle().take(n).cloned().collect();
    set_state(
        inst,
        Value::tuple(all),
        ints(std::iter::repeat_n(0, n)),
        Value::None,
        n,
    );
    Ok(Value::None)
}

/// The parts of an iterator's state `__next__` works on.
struct State {
    pool: Rc<Tuple>,
    indices: Rc<List>,
    cycles: Option<Rc<List>>,
    r: usize,
    stage: i64,
}

fn state(vm: &mut Vm, a: &Args) -> PyResult<(Rc<Instance>, State)> {
    let inst = this(vm, a, "__next__")?.clone();
    let st = {
        let slots = inst.slots.borrow();
        match (
            slots.get(POOL),
            slots.get(INDICES),
            slots.get(R),
            slots.get(STAGE),
        ) {
            (
                Some(Value::Tuple(pool)),
                Some(Value::List(indices)),
                Some(Value::Int(r)),
                Some(Value::Int(stage)),
            ) => Some(State {
                pool: pool.clone(),
                indices: indices.clone(),
                cycles: match slots.get(CYCLES) {
                    Some(Value::List(c)) => Some(c.clone()),
                    _ => None,
                },
                r: *r as usize,
                stage: *stage,
            }),
            _ => None,
        }
    };
    match st {
        Some(st) => Ok((inst, st)),
        // Never initialised (a subclass that skipped __init__): an empty iterator.
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn set_stage(inst: &Instance, stage: i64) {
    if let Some(s) = inst.slots.borrow_mut().get_mut(STAGE) {
        *s = Value::Int(stage);
    }
}

fn index(v: &Value) -> usize {
    match v {
        Value::Int(i) => *i as usize,
        _ => 0,
    }
}

/// The tuple of `pool[i]` for the first `r` indices.
fn pick(pool: &Tuple, indices: &[Value], r: usize) -> Value {
    Value::tuple(
        indices[..r]
            .iter()
            .map(|i| pool.0.get(index(i)).cloned().unwrap_or(Value::None))
            .collect(),
    )
}

/// Runs one step: on the first call `first` decides whether there is a first tuple; later
/// calls `advance` the indices and say whether there was a next one.
fn step(
    vm: &mut Vm,
    a: Args,
    first: impl FnOnce(&State) -> bool,
    advance: impl FnOnce(&State, &mut Vec<Value>) -> bool,
) -> PyResult {
    let (inst, st) = state(vm, &a)?;
    let more = match st.stage {
        NOT_STARTED => {
            let ok = first(&st);
            set_stage(&inst, if ok { RUNNING } else { FINISHED });
            ok
        }
        RUNNING => {
            let ok = advance(&st, &mut st.indices.0.borrow_mut());
            if !ok {
                set_stage(&inst, FINISHED);
            }
            ok
        }
        _ => false,
    };
    if !more {
        return Err(vm.stop_iteration(Value::None));
    }
    let indices = st.indices.0.borrow();
    let r = st.r.min(indices.len());
    Ok(pick(&st.pool, &indices, r))
}

fn next_permutations(vm: &mut Vm, a: Args) -> PyResult {
    step(
        vm,
        a,
        |st| st.r <= st.pool.0.len(),
        |st, indices| {
            let n = indices.len();
            let Some(cycles) = &st.cycles else {
                return false;
            };
            let mut cycles = cycles.0.borrow_mut();
            let r = st.r.min(cycles.len());
            for i in (0..r).rev() {
                let c = index(&cycles[i]) - 1;
                if c == 0 {
                    indices[i..].rotate_left(1);
                    cycles[i] = Value::Int((n - i) as i64);
                } else {
                    cycles[i] = Value::Int(c as i64);
                    indices.swap(i, n - c);
                    return true;
                }
            }
            false
        },
    )
}

fn next_combinations(vm: &mut Vm, a: Args) -> PyResult {
    step(
        vm,
        a,
        |st| st.r <= st.pool.0.len(),
        |st, indices| {
            let (n, r) = (st.pool.0.len(), indices.len());
            let Some(i) = (0..r).rev().find(|&i| index(&indices[i]) != i + n - r) else {
                return false;
            };
            let first = index(&indices[i]) + 1;
            for (v, slot) in (first..).zip(indices[i..].iter_mut()) {
                *slot = Value::Int(v as i64);
            }
            true
        },
    )
}

fn next_combinations_with_replacement(vm: &mut Vm, a: Args) -> PyResult {
    step(
        vm,
        a,
        |st| !st.pool.0.is_empty() || st.r == 0,
        |st, indices| {
            let n = st.pool.0.len();
            let Some(i) = (0..indices.len())
                .rev()
                .find(|&i| index(&indices[i]) != n - 1)
            else {
                return false;
            };
            let v = Value::Int(index(&indices[i]) as i64 + 1);
            for slot in &mut indices[i..] {
                *slot = v.clone();
            }
            true
        },
    )
}

/// `product`: the pool is a tuple of pools and the tuple is one item from each.
fn next_product(vm: &mut Vm, a: Args) -> PyResult {
    let (inst, st) = state(vm, &a)?;
    let pools: Vec<Rc<Tuple>> = st
        .pool
        .0
        .iter()
        .filter_map(|p| match p {
            Value::Tuple(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    let more = match st.stage {
        NOT_STARTED => pools.iter().all(|p| !p.0.is_empty()),
        RUNNING => {
            let mut indices = st.indices.0.borrow_mut();
            let mut advanced = false;
            for i in (0..indices.len().min(pools.len())).rev() {
                let k = index(&indices[i]) + 1;
                if k < pools[i].0.len() {
                    indices[i] = Value::Int(k as i64);
                    advanced = true;
                    break;
                }
                indices[i] = Value::Int(0);
            }
            advanced
        }
        _ => false,
    };
    set_stage(&inst, if more { RUNNING } else { FINISHED });
    if !more {
        return Err(vm.stop_iteration(Value::None));
    }
    let indices = st.indices.0.borrow();
    Ok(Value::tuple(
        pools
            .iter()
            .zip(indices.iter())
            .map(|(p, i)| p.0.get(index(i)).cloned().unwrap_or(Value::None))
            .collect(),
    ))
}

// ---- groupby and accumulate --------------------------------------------------------------
// Per item these ran a generator resumption and a few attribute loads and method calls in
// Python; here one native `__next__` does the work. `groupby` parses its own arguments;
// `accumulate` is made by `itertools.accumulate` after checking them.

const GB_IT: usize = 0;
const GB_KEYFUNC: usize = 1;
const GB_TGTKEY: usize = 2;
const GB_CURRKEY: usize = 3;
const GB_CURRVALUE: usize = 4;
const GB_CURRGROUPER: usize = 5;
const GB_GROUPER_CLASS: usize = 6;
const GB_SLOTS: [&str; 7] = [
    "_gb_it",
    "_gb_keyfunc",
    "_gb_tgtkey",
    "_gb_currkey",
    "_gb_currvalue",
    "_gb_currgrouper",
    "_gb_grouper_class",
];
const GR_PARENT: usize = 0;
const GR_TGTKEY: usize = 1;
const GR_SLOTS: [&str; 2] = ["_gr_parent", "_gr_tgtkey"];

const AC_IT: usize = 0;
const AC_FUNC: usize = 1;
const AC_TOTAL: usize = 2;
/// True while the initial value waits to be yielded, False after, None before the first
/// value is read (there is no total yet).
const AC_PENDING: usize = 3;
const AC_SLOTS: [&str; 4] = ["_ac_it", "_ac_func", "_ac_total", "_ac_pending"];

/// Adds groupby, its _grouper and accumulate to `_itertools`.
pub fn add_more(vm: &mut Vm, m: &Module) -> PyResult<()> {
    let grouper_methods = [
        ("__iter__", iter_self as NativeFn),
        ("__next__", next_grouper),
    ];
    let grouper = super::native_class(
        vm,
        "_grouper",
        "itertools",
        &GR_SLOTS,
        &grouper_methods,
        vec![],
    )?;
    let gb_methods = [
        ("__init__", init_groupby as NativeFn),
        ("__iter__", iter_self),
        ("__next__", next_groupby),
    ];
    let extra = vec![
        (
            "__doc__",
            Value::str(
                "make an iterator that returns consecutive keys and groups from the iterable",
            ),
        ),
        ("_grouper", Value::Class(grouper.clone())),
    ];
    let groupby = super::native_class(vm, "groupby", "itertools", &GB_SLOTS, &gb_methods, extra)?;
    let ac_methods = [
        ("__init__", init_accumulate as NativeFn),
        ("__iter__", iter_self),
        ("__next__", next_accumulate),
    ];
    let accumulate = super::native_class(
        vm,
        "accumulate",
        "itertools",
        &AC_SLOTS,
        &ac_methods,
        vec![],
    )?;
    let chain = chain_class(vm)?;
    for (name, class) in [
        ("groupby", groupby),
        ("_grouper", grouper),
        ("accumulate", accumulate),
        ("chain", chain),
    ] {
        let k = vm.intern(name);
        m.dict.set_str_raw(k, Value::Class(class));
    }
    Ok(())
}

pub(super) fn get_slot(inst: &Instance, i: usize) -> Value {
    inst.slots.borrow().get(i).cloned().unwrap_or(Value::Undef)
}

pub(super) fn put_slot(inst: &Instance, i: usize, v: Value) {
    if let Some(s) = inst.slots.borrow_mut().get_mut(i) {
        *s = v;
    }
}

/// Replaces an instance's slots (its `__init__` ran).
pub(super) fn set_slots(inst: &Instance, values: Vec<Value>) {
    let mut slots = inst.slots.borrow_mut();
    // A subclass's own slots come after these and are kept.
    for (i, v) in values.into_iter().enumerate() {
        match slots.get_mut(i) {
            Some(s) => *s = v,
            None => slots.push(v),
        }
    }
}

fn init_groupby(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?.clone();
    let args = parse(vm, "groupby", &a, &["iterable", "key"], 1)?;
    let it = vm.get_iter(args[0].unwrap_or(&Value::None))?;
    let keyfunc = args[1].cloned().unwrap_or(Value::None);
    let key = vm.intern_static("_grouper");
    let grouper = inst.class().lookup_rc(&key).unwrap_or(Value::None);
    let mut slots = inst.slots.borrow_mut();
    slots.clear();
    slots.extend([
        it,
        keyfunc,
        Value::Undef,
        Value::Undef,
        Value::Undef,
        Value::None,
        grouper,
    ]);
    Ok(Value::None)
}

/// Takes the next value of the groupby's iterator into currvalue/currkey; false at the end.
fn groupby_step(vm: &mut Vm, gb: &Instance) -> PyResult<bool> {
    // No borrow of the slots is held while Python code (the iterator, the key) runs.
    let (it, keyfunc) = {
        let slots = gb.slots.borrow();
        let it = slots.get(GB_IT).cloned().unwrap_or(Value::Undef);
        let keyfunc = match slots.get(GB_KEYFUNC) {
            Some(f) if !f.is_none() && !f.is_undef() => Some(f.clone()),
            _ => None,
        };
        (it, keyfunc)
    };
    let Some(value) = vm.next(&it)? else {
        return Ok(false);
    };
    let key = match keyfunc {
        Some(f) => vm.call(&f, std::slice::from_ref(&value), &[])?,
        None => value.clone(),
    };
    let mut slots = gb.slots.borrow_mut();
    if slots.len() > GB_CURRVALUE {
        slots[GB_CURRVALUE] = value;
        slots[GB_CURRKEY] = key;
    }
    Ok(true)
}

/// `a == b` for groupby's keys: without the protocol when the answer needs no Python code.
fn keys_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match crate::objects::dict::fast_eq(a, b) {
        Some(r) => Ok(r),
        None => vm.eq(a, b),
    }
}

fn next_groupby(vm: &mut Vm, a: Args) -> PyResult {
    let gb = this(vm, &a, "__next__")?.clone();
    if gb.slots.borrow().len() < GB_SLOTS.len() {
        return Err(vm.type_error("groupby object is not initialised"));
    }
    put_slot(&gb, GB_CURRGROUPER, Value::None);
    loop {
        let currkey = get_slot(&gb, GB_CURRKEY);
        if !currkey.is_undef() {
            let tgtkey = get_slot(&gb, GB_TGTKEY);
            if tgtkey.is_undef() || !keys_equal(vm, &tgtkey, &currkey)? {
                break;
            }
        }
        if !groupby_step(vm, &gb)? {
            return Err(vm.stop_iteration(Value::None));
        }
    }
    let currkey = get_slot(&gb, GB_CURRKEY);
    put_slot(&gb, GB_TGTKEY, currkey.clone());
    let Value::Class(class) = get_slot(&gb, GB_GROUPER_CLASS) else {
        return Err(vm.type_error("groupby object is not initialised"));
    };
    let grouper = Value::Instance(Rc::new(Instance {
        class: class.into(),
        dict: None,
        slots: std::cell::RefCell::new(vec![a.pos[0].clone(), currkey.clone()]),
        payload: Payload::None,
    }));
    put_slot(&gb, GB_CURRGROUPER, grouper.clone());
    Ok(Value::tuple(vec![currkey, grouper]))
}

fn next_grouper(vm: &mut Vm, a: Args) -> PyResult {
    let me = this(vm, &a, "__next__")?;
    let (gb, tgtkey) = {
        let slots = me.slots.borrow();
        match (slots.get(GR_PARENT), slots.get(GR_TGTKEY)) {
            (Some(Value::Instance(gb)), Some(t)) => (gb.clone(), t.clone()),
            _ => {
                drop(slots);
                return Err(vm.stop_iteration(Value::None));
            }
        }
    };
    // Only the groupby's current group may advance it.
    let pending = {
        let slots = gb.slots.borrow();
        match slots.get(GB_CURRGROUPER) {
            Some(Value::Instance(cur)) if Rc::ptr_eq(cur, me) => {
                slots.get(GB_CURRVALUE).is_some_and(|v| !v.is_undef())
            }
            _ => {
                drop(slots);
                return Err(vm.stop_iteration(Value::None));
            }
        }
    };
    if !pending && !groupby_step(vm, &gb)? {
        return Err(vm.stop_iteration(Value::None));
    }
    let currkey = get_slot(&gb, GB_CURRKEY);
    if !keys_equal(vm, &tgtkey, &currkey)? {
        return Err(vm.stop_iteration(Value::None));
    }
    let mut slots = gb.slots.borrow_mut();
    if slots.len() <= GB_CURRVALUE {
        drop(slots);
        return Err(vm.stop_iteration(Value::None));
    }
    slots[GB_CURRKEY] = Value::Undef;
    Ok(std::mem::replace(&mut slots[GB_CURRVALUE], Value::Undef))
}

/// `accumulate(iterable, func=None, *, initial=None)`: `func` None adds.
fn init_accumulate(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?.clone();
    let given = a.pos.len().saturating_sub(1);
    if given > 2 {
        return Err(vm.type_error(format!(
            "accumulate() takes at most 2 positional arguments ({given} given)"
        )));
    }
    let args = parse(vm, "accumulate", &a, &["iterable", "func", "initial"], 1)?;
    let it = vm.get_iter(args[0].unwrap_or(&Value::None))?;
    let func = args[1].cloned().unwrap_or(Value::None);
    let initial = args[2].cloned().unwrap_or(Value::None);
    // The initial value is yielded first; `it` is only then read.
    let pending = if initial.is_none() {
        Value::None
    } else {
        Value::Bool(Truth::TRUE)
    };
    set_slots(&inst, vec![it, func, initial, pending]);
    Ok(Value::None)
}

fn next_accumulate(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    let it = get_slot(&inst, AC_IT);
    if it.is_undef() {
        return Err(vm.stop_iteration(Value::None));
    }
    if matches!(get_slot(&inst, AC_PENDING), Value::Bool(b) if b.get()) {
        put_slot(&inst, AC_PENDING, Value::Bool(Truth::FALSE));
        return Ok(get_slot(&inst, AC_TOTAL));
    }
    let Some(value) = vm.next(&it)? else {
        return Err(vm.stop_iteration(Value::None));
    };
    // Nothing yet: the first value is the total (CPython's NULL total, here `started`).
    let started = !matches!(get_slot(&inst, AC_PENDING), Value::None);
    let total = get_slot(&inst, AC_TOTAL);
    let new = if !started {
        put_slot(&inst, AC_PENDING, Value::Bool(Truth::FALSE));
        value
    } else {
        let func = get_slot(&inst, AC_FUNC);
        if func.is_none() {
            vm.binary_op(&total, &value, crate::bytecode::BinOp::Add)?
        } else {
            vm.call(&func, &[total, value], &[])?
        }
    };
    put_slot(&inst, AC_TOTAL, new.clone());
    Ok(new)
}

// ---- chain ------------------------------------------------------------------------------

const CH_SOURCES: usize = 0;
const CH_ACTIVE: usize = 1;
const CH_SLOTS: [&str; 2] = ["_ch_sources", "_ch_active"];

/// The class `chain`, with its class method `from_iterable`.
fn chain_class(vm: &mut Vm) -> PyResult<Rc<Class>> {
    let methods = [
        ("__init__", init_chain as NativeFn),
        ("__iter__", iter_self),
        ("__next__", next_chain),
    ];
    let from_iterable = Value::ClassMethod(Rc::new(Value::Builtin(Rc::new(Builtin {
        name: "from_iterable",
        func: chain_from_iterable,
        receiver: Value::Undef,
        owner: None,
    }))));
    let extra = vec![
        (
            "__doc__",
            Value::str(
                "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() \
                 method returns elements from the\nfirst iterable until it is exhausted, then \
                 elements from the next\niterable, until all of the iterables are exhausted.",
            ),
        ),
        ("from_iterable", from_iterable),
    ];
    super::native_class(vm, "chain", "itertools", &CH_SLOTS, &methods, extra)
}

fn set_chain(inst: &Instance, sources: Value) {
    let mut slots = inst.slots.borrow_mut();
    slots.clear();
    slots.extend([sources, Value::Undef]);
}

fn init_chain(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__init__")?.clone();
    if !a.kw.is_empty() {
        return Err(vm.type_error("chain() takes no keyword arguments"));
    }
    let sources = vm.get_iter(&Value::tuple(a.pos[1..].to_vec()))?;
    set_chain(&inst, sources);
    Ok(Value::None)
}

fn chain_from_iterable(vm: &mut Vm, a: Args) -> PyResult {
    let [Value::Class(cls), iterables] = a.pos else {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    };
    let sources = vm.get_iter(iterables)?;
    let obj = vm.new_instance(cls, &[], &[])?;
    if let Value::Instance(inst) = &obj {
        set_chain(inst, sources);
    }
    Ok(obj)
}

fn next_chain(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a, "__next__")?.clone();
    if inst.slots.borrow().len() < CH_SLOTS.len() {
        return Err(vm.stop_iteration(Value::None));
    }
    loop {
        let mut active = get_slot(&inst, CH_ACTIVE);
        if active.is_undef() {
            let sources = get_slot(&inst, CH_SOURCES);
            if sources.is_none() {
                return Err(vm.stop_iteration(Value::None));
            }
            match vm.next(&sources) {
                Ok(Some(src)) => match vm.get_iter(&src) {
                    Ok(it) => {
                        active = it;
                        put_slot(&inst, CH_ACTIVE, active.clone());
                    }
                    Err(e) => {
                        // As CPython: a source that is not iterable ends the chain.
                        put_slot(&inst, CH_SOURCES, Value::None);
                        return Err(e);
                    }
                },
                Ok(None) => {
                    put_slot(&inst, CH_SOURCES, Value::None);
                    return Err(vm.stop_iteration(Value::None));
                }
                Err(e) => {
                    put_slot(&inst, CH_SOURCES, Value::None);
                    return Err(e);
                }
            }
        }
        if let Some(v) = vm.next(&active)? {
            return Ok(v);
        }
        put_slot(&inst, CH_ACTIVE, Value::Undef);
    }
}
