//! `_deque`: `collections.deque`, a class whose methods are native.
//!
//! A deque instance keeps its state in three slots: the item list, the number of dead cells
//! (None) at the front of that list, and `maxlen`. `popleft` only moves the head forward;
//! the dead cells are dropped once they are half the list, and `appendleft` on a full front
//! makes room for as many items as the deque holds, so both ends are amortised O(1). Python
//! code (comparisons, `__eq__`, iterables) never runs while the list is borrowed.

use std::rc::Rc;

use crate::builtins::args::check;
use crate::bytecode::CmpOp;
use crate::objects::*;
use crate::vm::Vm;

const ITEMS: usize = 0;
const HEAD: usize = 1;
const MAXLEN: usize = 2;
/// A counter bumped by every change of length, which iterators compare.
const STATE: usize = 3;

/// Slots of an iterator: the deque, the items already produced, and the deque's state then.
const IT_DEQUE: usize = 0;
const IT_COUNT: usize = 1;
const IT_STATE: usize = 2;

const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
    ("append", append),
    ("appendleft", appendleft),
    ("pop", pop),
    ("popleft", popleft),
    ("extend", extend),
    ("extendleft", extendleft),
    ("clear", clear),
    ("rotate", rotate),
    ("copy", copy),
    ("__copy__", copy),
    ("count", count),
    ("index", index),
    ("insert", insert),
    ("remove", remove),
    ("reverse", reverse),
    ("__len__", len),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__contains__", contains),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__repr__", repr),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
    ("__reduce__", reduce),
];

pub fn create(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = super::native_module(vm, "_deque", &[]);
    let maxlen = Value::Property(Rc::new(Property {
        fget: method("maxlen", maxlen),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }));
    let doc = "deque([iterable[, maxlen]]) --> deque object\n\n\
               A list-like sequence optimized for data accesses near its endpoints.";
    let extra = vec![
        ("__doc__", Value::str(doc)),
        ("__hash__", Value::None),
        ("maxlen", maxlen),
        (
            "__class_getitem__",
            Value::ClassMethod(Rc::new(vm.builtin_fn("__class_getitem__", class_getitem))),
        ),
    ];
    let slots = [
        "_deque_items",
        "_deque_head",
        "_deque_maxlen",
        "_deque_state",
    ];
    let class = super::native_class(vm, "deque", "collections", &slots, METHODS, extra)?;
    let it_slots = ["_it_deque", "_it_count", "_it_state"];
    let forward = super::native_class(
        vm,
        "_deque_iterator",
        "_collections",
        &it_slots,
        ITER_METHODS,
        vec![],
    )?;
    let backward = super::native_class(
        vm,
        "_deque_reverse_iterator",
        "_collections",
        &it_slots,
        REVERSED_METHODS,
        vec![],
    )?;
    for (name, c) in [
        ("deque", class),
        ("_deque_iterator", forward),
        ("_deque_reverse_iterator", backward),
    ] {
        let k = vm.intern(name);
        m.dict.set_str_raw(k, Value::Class(c));
    }
    Ok(m)
}

const ITER_METHODS: &[(&str, NativeFn)] = &[("__iter__", iter_self), ("__next__", next)];
const REVERSED_METHODS: &[(&str, NativeFn)] =
    &[("__iter__", iter_self), ("__next__", next_reversed)];

fn method(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        receiver: Value::Undef,
        owner: Some("deque"),
    }))
}

/// `deque[int]`: a `types.GenericAlias`.
fn class_getitem(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "__class_getitem__", &a, 2, 2)?;
    vm.type_form("GenericAlias", a.pos)
}

/// A deque's state, read from its slots.
struct Dq {
    inst: Rc<Instance>,
    list: Rc<List>,
}

impl Dq {
    /// The deque behind `v`, or None when `v` is not one.
    fn of(v: &Value) -> Option<Dq> {
        let Value::Instance(inst) = v else {
            return None;
        };
        let list = {
            let mut slots = inst.slots.borrow_mut();
            if slots.len() <= STATE {
                return None;
            }
            match &slots[ITEMS] {
                Value::List(l) => l.clone(),
                Value::Undef => {
                    // A subclass whose __init__ never called deque.__init__: an empty deque.
                    let l = Rc::new(List(std::cell::RefCell::new(Vec::new())));
                    slots[ITEMS] = Value::List(l.clone());
                    slots[HEAD] = Value::Int(0);
                    slots[MAXLEN] = Value::None;
                    slots[STATE] = Value::Int(0);
                    l
                }
                _ => return None,
            }
        };
        Some(Dq {
            inst: inst.clone(),
            list,
        })
    }

    fn head(&self) -> usize {
        match self.inst.slots.borrow()[HEAD] {
            Value::Int(h) if h > 0 => h as usize,
            _ => 0,
        }
    }

    fn set_head(&self, h: usize) {
        self.inst.slots.borrow_mut()[HEAD] = Value::Int(h as i64);
    }

    fn state(&self) -> i64 {
        match self.inst.slots.borrow()[STATE] {
            Value::Int(s) => s,
            _ => 0,
        }
    }

    /// Records a change of length, which invalidates running iterators.
    fn touch(&self) {
        let s = self.state().wrapping_add(1);
        self.inst.slots.borrow_mut()[STATE] = Value::Int(s);
    }

    fn maxlen(&self) -> Option<usize> {
        match self.inst.slots.borrow()[MAXLEN] {
            Value::Int(m) if m >= 0 => Some(m as usize),
            _ => None,
        }
    }

    fn len(&self) -> usize {
        self.list.0.borrow().len() - self.head()
    }

    /// The live items, in order.
    fn items(&self) -> Vec<Value> {
        self.list.0.borrow()[self.head()..].to_vec()
    }

    fn set_items(&self, items: Vec<Value>) {
        *self.list.0.borrow_mut() = items;
        self.set_head(0);
        self.touch();
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.list.0.borrow().get(self.head() + i).cloned()
    }

    fn push_back(&self, x: Value) {
        self.touch();
        self.list.0.borrow_mut().push(x);
        if let Some(m) = self.maxlen()
            && self.len() > m
        {
            self.pop_front();
        }
    }

    fn push_front(&self, x: Value) {
        self.touch();
        let head = self.head();
        if head > 0 {
            self.list.0.borrow_mut()[head - 1] = x;
            self.set_head(head - 1);
        } else {
            let mut v = self.list.0.borrow_mut();
            let room = v.len().max(8);
            v.splice(0..0, std::iter::repeat_n(Value::None, room));
            v[room - 1] = x;
            drop(v);
            self.set_head(room - 1);
        }
        if let Some(m) = self.maxlen()
            && self.len() > m
        {
            self.pop_back();
        }
    }

    fn pop_back(&self) -> Option<Value> {
        if self.len() == 0 {
            return None;
        }
        self.touch();
        let x = self.list.0.borrow_mut().pop();
        if self.len() == 0 {
            self.set_items(Vec::new());
        }
        x
    }

    fn pop_front(&self) -> Option<Value> {
        if self.len() == 0 {
            return None;
        }
        self.touch();
        let head = self.head();
        let mut v = self.list.0.borrow_mut();
        let x = std::mem::replace(&mut v[head], Value::None);
        let head = head + 1;
        if head == v.len() {
            v.clear();
            drop(v);
            self.set_head(0);
        } else if head >= 16 && head * 2 >= v.len() {
            v.drain(..head);
            drop(v);
            self.set_head(0);
        } else {
            drop(v);
            self.set_head(head);
        }
        Some(x)
    }
}

/// `self` as a deque, with the descriptor error CPython gives otherwise.
fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Dq> {
    match a.pos.first() {
        Some(v) => match Dq::of(v) {
            Some(d) => Ok(d),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!(
                    "descriptor '{name}' for 'collections.deque' objects doesn't apply to a '{t}' object"
                )))
            }
        },
        None => Err(vm.type_error(format!("unbound method deque.{name}() needs an argument"))),
    }
}

/// `self` and exactly `n` more positional arguments.
fn this_n(vm: &mut Vm, a: &Args, name: &str, n: usize) -> PyResult<Dq> {
    let d = this(vm, a, name)?;
    let given = a.pos.len() - 1;
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("deque.{name}() takes no keyword arguments")));
    }
    if given != n {
        let msg = match n {
            0 => format!("deque.{name}() takes no arguments ({given} given)"),
            1 => format!("deque.{name}() takes exactly one argument ({given} given)"),
            _ => format!("{name} expected {n} arguments, got {given}"),
        };
        return Err(vm.type_error(msg));
    }
    Ok(d)
}

fn init(vm: &mut Vm, a: Args) -> PyResult {
    let Some(Value::Instance(inst)) = a.pos.first() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'collections.deque' object"));
    };
    let n = a.pos.len() - 1;
    if n > 2 {
        return Err(vm.type_error(format!("deque() takes at most 2 arguments ({n} given)")));
    }
    let mut iterable = a.pos.get(1).cloned();
    let mut maxlen = a.pos.get(2).cloned();
    for (k, v) in a.kw {
        match k.as_str() {
            "iterable" if iterable.is_none() => iterable = Some(v.clone()),
            "maxlen" if maxlen.is_none() => maxlen = Some(v.clone()),
            "iterable" | "maxlen" => {
                return Err(vm.type_error(format!(
                    "argument for deque() given by name ('{}') and position ({})",
                    k.as_str(),
                    if k.as_str() == "iterable" { 1 } else { 2 }
                )));
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for deque()"
                )));
            }
        }
    }
    let maxlen = match maxlen {
        None | Some(Value::None) => Value::None,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
            let m = vm.to_index(&v)?;
            if m < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Value::Int(m)
        }
        Some(_) => return Err(vm.type_error("an integer is required")),
    };
    // Read the iterable before touching the state: it may be this very deque.
    let items = match &iterable {
        Some(it) => vm.iterate(it)?,
        None => Vec::new(),
    };
    if inst.slots.borrow().len() <= STATE {
        return Err(vm.type_error("descriptor '__init__' requires a 'collections.deque' object"));
    }
    {
        let mut slots = inst.slots.borrow_mut();
        slots[ITEMS] = Value::list(Vec::new());
        slots[HEAD] = Value::Int(0);
        slots[MAXLEN] = maxlen;
        if !matches!(slots[STATE], Value::Int(_)) {
            slots[STATE] = Value::Int(0);
        }
    }
    let this = Value::Instance(inst.clone());
    if let Some(d) = Dq::of(&this) {
        for x in items {
            d.push_back(x);
        }
    }
    Ok(Value::None)
}

fn maxlen(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "maxlen")?;
    Ok(match d.maxlen() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

fn append(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "append", 1)?;
    d.push_back(a.pos[1].clone());
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "appendleft", 1)?;
    d.push_front(a.pos[1].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "pop", 0)?;
    match d.pop_back() {
        Some(x) => Ok(x),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn popleft(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "popleft", 0)?;
    match d.pop_front() {
        Some(x) => Ok(x),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn extend(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "extend", 1)?;
    for x in vm.iterate(&a.pos[1])? {
        d.push_back(x);
    }
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "extendleft", 1)?;
    for x in vm.iterate(&a.pos[1])? {
        d.push_front(x);
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "clear", 0)?;
    d.set_items(Vec::new());
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "rotate")?;
    check(vm, "rotate", &Args::new(&a.pos[1..]), 0, 1)?;
    if !a.kw.is_empty() {
        return Err(vm.type_error("deque.rotate() takes no keyword arguments"));
    }
    let n = match a.pos.get(1) {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    let len = d.len();
    if len > 1 {
        let k = n.rem_euclid(len as i64) as usize;
        let head = d.head();
        d.list.0.borrow_mut()[head..].rotate_right(k);
        d.touch();
    }
    Ok(Value::None)
}

/// A new deque of `self`'s type holding `items`, with `self`'s maxlen.
fn new_like(vm: &mut Vm, this: &Value, d: &Dq, items: Vec<Value>) -> PyResult {
    let class = Value::Class(vm.types.type_of(this));
    let maxlen = match d.maxlen() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    };
    vm.call(&class, &[Value::list(items), maxlen], &[])
}

fn copy(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "copy", 0)?;
    let items = d.items();
    new_like(vm, &a.pos[0], &d, items)
}

fn count(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "count", 1)?;
    let mut n = 0;
    for x in d.items() {
        if vm.eq(&x, &a.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// A start or stop bound of `index`, clamped to `0..=len` as CPython clamps slice bounds.
fn bound(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default);
    };
    let i = vm.to_index(v)?;
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

fn index(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "index")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error("deque.index() takes no keyword arguments"));
    }
    let n = a.pos.len() - 1;
    if !(1..=3).contains(&n) {
        let msg = if n == 0 {
            "index expected at least 1 argument, got 0".to_string()
        } else {
            format!("index expected at most 3 arguments, got {n}")
        };
        return Err(vm.type_error(msg));
    }
    let items = d.items();
    let start = bound(vm, a.pos.get(2), items.len(), 0)?;
    let stop = bound(vm, a.pos.get(3), items.len(), items.len())?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(x, &a.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    let r = vm.repr(&a.pos[1])?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn insert(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "insert", 2)?;
    let i = vm.to_index(&a.pos[1])?;
    let mut items = d.items();
    if d.maxlen().is_some_and(|m| items.len() >= m) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let len = items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    items.insert(at, a.pos[2].clone());
    d.set_items(items);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "remove", 1)?;
    let items = d.items();
    for (i, x) in items.iter().enumerate() {
        if vm.eq(x, &a.pos[1])? {
            let mut now = d.items();
            if now.len() != items.len() {
                return Err(vm.index_error("deque mutated during remove()."));
            }
            now.remove(i);
            d.set_items(now);
            return Ok(Value::None);
        }
    }
    let r = vm.repr(&a.pos[1])?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn reverse(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "reverse", 0)?;
    let head = d.head();
    d.list.0.borrow_mut()[head..].reverse();
    Ok(Value::None)
}

/// The length of the deque `a` was called on with no other arguments, read from its slots in
/// place (no `Dq` handle, no reference-count traffic: `len(d)` and `if d:`, which asks
/// `__len__` as deque has no `__bool__`, run this often).
/// None for anything else, which the checked path handles.
fn plain_len(a: &Args) -> Option<usize> {
    let [Value::Instance(inst)] = a.pos else {
        return None;
    };
    if !a.kw.is_empty() {
        return None;
    }
    let slots = inst.slots.borrow();
    let (Some(Value::List(l)), Some(head)) = (slots.get(ITEMS), slots.get(HEAD)) else {
        return None;
    };
    let head = match head {
        Value::Int(h) if *h > 0 => *h as usize,
        _ => 0,
    };
    (slots.len() > STATE).then(|| l.0.borrow().len().saturating_sub(head))
}

fn len(vm: &mut Vm, a: Args) -> PyResult {
    if let Some(n) = plain_len(&a) {
        return Ok(Value::Int(n as i64));
    }
    let d = this_n(vm, &a, "__len__", 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "__iter__", 0)?;
    new_iterator(vm, &a.pos[0], &d, "_deque_iterator")
}

fn reversed(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "__reversed__", 0)?;
    new_iterator(vm, &a.pos[0], &d, "_deque_reverse_iterator")
}

/// An iterator over `deque`: an instance of this module's iterator class `class`.
fn new_iterator(vm: &mut Vm, deque: &Value, d: &Dq, class: &str) -> PyResult {
    let module = vm.intern("_deque");
    let cls = match vm.modules.get_str(&module) {
        Some(Value::Module(m)) => m.dict.get_name(class),
        _ => None,
    };
    let Some(Value::Class(cls)) = cls else {
        return Err(vm.runtime_error("deque iterator class is missing"));
    };
    let it = vm.new_instance(&cls, &[], &[])?;
    if let Value::Instance(inst) = &it {
        let mut slots = inst.slots.borrow_mut();
        if slots.len() > IT_STATE {
            slots[IT_DEQUE] = deque.clone();
            slots[IT_COUNT] = Value::Int(0);
            slots[IT_STATE] = Value::Int(d.state());
        }
    }
    Ok(it)
}

fn iter_self(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(a.pos.first().cloned().unwrap_or(Value::None))
}

/// The next item of an iterator (counting from the back with `backward`).
fn advance(vm: &mut Vm, a: Args, backward: bool) -> PyResult {
    let Some(Value::Instance(it)) = a.pos.first() else {
        return Err(vm.type_error("expected a deque iterator"));
    };
    let (deque, count, state) = {
        let slots = it.slots.borrow();
        if slots.len() <= IT_STATE {
            return Err(vm.type_error("expected a deque iterator"));
        }
        let count = match slots[IT_COUNT] {
            Value::Int(c) => c.max(0) as usize,
            _ => 0,
        };
        let state = match slots[IT_STATE] {
            Value::Int(s) => s,
            _ => 0,
        };
        (slots[IT_DEQUE].clone(), count, state)
    };
    let Some(d) = Dq::of(&deque) else {
        return Err(vm.stop_iteration(Value::None));
    };
    if d.state() != state {
        it.slots.borrow_mut()[IT_DEQUE] = Value::None;
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    let len = d.len();
    if count >= len {
        it.slots.borrow_mut()[IT_DEQUE] = Value::None;
        return Err(vm.stop_iteration(Value::None));
    }
    let at = if backward { len - 1 - count } else { count };
    it.slots.borrow_mut()[IT_COUNT] = Value::Int(count as i64 + 1);
    d.get(at).ok_or_else(|| vm.stop_iteration(Value::None))
}

fn next(vm: &mut Vm, a: Args) -> PyResult {
    advance(vm, a, false)
}

fn next_reversed(vm: &mut Vm, a: Args) -> PyResult {
    advance(vm, a, true)
}

fn contains(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "__contains__", 1)?;
    for x in d.items() {
        if vm.eq(&x, &a.pos[1])? {
            return Ok(Value::from_bool(true));
        }
    }
    Ok(Value::from_bool(false))
}

/// The position of an index argument, with CPython's errors.
fn position(vm: &mut Vm, d: &Dq, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(_) | Value::BigInt(_) => vm.to_index(key)?,
        Value::Instance(inst)
            if matches!(inst.payload, Payload::Builtin(_))
                || inst.class().lookup(&PyStr::new("__index__")).is_some() =>
        {
            vm.to_index(key)?
        }
        _ => {
            let t = vm.type_name(key);
            return Err(vm.type_error(format!("sequence index must be integer, not '{t}'")));
        }
    };
    let len = d.len() as i64;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(i as usize)
}

fn getitem(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "__getitem__", 1)?;
    let i = position(vm, &d, &a.pos[1])?;
    match d.get(i) {
        Some(x) => Ok(x),
        None => Err(vm.index_error("deque index out of range")),
    }
}

fn setitem(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "__setitem__", 2)?;
    let i = position(vm, &d, &a.pos[1])?;
    let head = d.head();
    if let Some(slot) = d.list.0.borrow_mut().get_mut(head + i) {
        *slot = a.pos[2].clone();
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "__delitem__", 1)?;
    let i = position(vm, &d, &a.pos[1])?;
    let mut items = d.items();
    items.remove(i);
    d.set_items(items);
    Ok(Value::None)
}

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "__repr__", 0)?;
    let me = a.pos[0].ptr().unwrap_or(0);
    if vm.repr_stack.contains(&me) {
        return Ok(Value::str("[...]"));
    }
    vm.repr_stack.push(me);
    let items = d.items();
    let mut parts = Vec::with_capacity(items.len());
    let mut failed = None;
    for x in &items {
        match vm.repr(x) {
            Ok(s) => parts.push(s),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    vm.repr_stack.pop();
    if let Some(e) = failed {
        return Err(e);
    }
    let name = vm.types.type_of(&a.pos[0]).name();
    let body = parts.join(", ");
    Ok(Value::string(match d.maxlen() {
        Some(m) => format!("{name}([{body}], maxlen={m})"),
        None => format!("{name}([{body}])"),
    }))
}

fn compare(vm: &mut Vm, a: Args, name: &str, op: CmpOp) -> PyResult {
    let d = this_n(vm, &a, name, 1)?;
    let Some(other) = Dq::of(&a.pos[1]) else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = (Value::list(d.items()), Value::list(other.items()));
    vm.compare(&x, &y, op)
}

fn eq(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, "__eq__", CmpOp::Eq)
}

fn ne(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, "__ne__", CmpOp::Ne)
}

fn lt(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, "__lt__", CmpOp::Lt)
}

fn le(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, "__le__", CmpOp::Le)
}

fn gt(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, "__gt__", CmpOp::Gt)
}

fn ge(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, "__ge__", CmpOp::Ge)
}

fn add(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "__add__", 1)?;
    let Some(other) = Dq::of(&a.pos[1]) else {
        let t = vm.type_name(&a.pos[1]);
        return Err(vm.type_error(format!("can only concatenate deque (not \"{t}\") to deque")));
    };
    let items = d.items();
    let more = other.items();
    let result = new_like(vm, &a.pos[0], &d, items)?;
    if let Some(r) = Dq::of(&result) {
        for x in more {
            r.push_back(x);
        }
    }
    Ok(result)
}

fn iadd(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "__iadd__", 1)?;
    for x in vm.iterate(&a.pos[1])? {
        d.push_back(x);
    }
    Ok(a.pos[0].clone())
}

fn repeated(vm: &mut Vm, d: &Dq, n: &Value) -> PyResult<Vec<Value>> {
    let n = match n {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_index(n)?,
        _ => {
            let t = vm.type_name(n);
            return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
        }
    };
    let items = d.items();
    let times = n.max(0) as usize;
    if times > 1 && items.len().saturating_mul(times) > (1 << 31) {
        return Err(vm.memory_error());
    }
    let mut out = Vec::with_capacity(items.len() * times);
    for _ in 0..times {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

fn mul(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "__mul__", 1)?;
    let items = repeated(vm, &d, &a.pos[1])?;
    new_like(vm, &a.pos[0], &d, items)
}

fn imul(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "__imul__", 1)?;
    let items = repeated(vm, &d, &a.pos[1])?;
    d.set_items(Vec::new());
    for x in items {
        d.push_back(x);
    }
    Ok(a.pos[0].clone())
}

fn reduce(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_n(vm, &a, "__reduce__", 0)?;
    let class = Value::Class(vm.types.type_of(&a.pos[0]));
    let maxlen = match d.maxlen() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    };
    Ok(Value::tuple(vec![
        class,
        Value::tuple(vec![Value::list(d.items()), maxlen]),
    ]))
}
