//! `_functools`: the wrapper `functools.lru_cache` and `functools.cache` put around a
//! function, as a class with a native `__call__`.
//!
//! Written in Python the wrapper cost a frame per call: a memoised recursion ran out of
//! depth at half the depth CPython reaches (its wrapper is C code too), and each call paid
//! for building the key in Python. Here one call looks up the key, moves a hit to the
//! recent end of the cache (bounded caches) or calls the function and stores the result.
//!
//! `partial_call` is `functools.partial.__call__`: the stored and the given arguments go to
//! the function in one native call, no Python frame between (as CPython's C partial).
//!
//! The key is CPython's: the positional arguments, then a marker and the keyword items,
//! then with `typed=True` the types of all arguments; a single `int` or `str` argument is
//! its own key. The cache is a dict kept in least-recently-used order.

use std::rc::Rc;

use crate::objects::*;
use crate::vm::Vm;

const FUNC: usize = 0;
const MAXSIZE: usize = 1;
const TYPED: usize = 2;
const CACHE: usize = 3;
const HITS: usize = 4;
const MISSES: usize = 5;
const INFO: usize = 6;
const SLOTS: [&str; 8] = [
    "_lru_func",
    "_lru_maxsize",
    "_lru_typed",
    "_lru_cache",
    "_lru_hits",
    "_lru_misses",
    "_lru_info",
    "__dict__",
];

const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
    ("__call__", call),
    ("__get__", get),
    ("cache_info", cache_info),
    ("cache_clear", cache_clear),
];

pub fn create(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = super::native_module(vm, "_functools", &[]);
    let name = "_lru_cache_wrapper";
    let class = super::native_class(vm, name, "functools", &SLOTS, METHODS, vec![])?;
    let k = vm.intern(name);
    m.dict.set_str_raw(k, Value::Class(class));
    // Owned by `partial`, so it binds like a method when functools installs it there.
    let call = Value::Builtin(Rc::new(Builtin {
        name: "__call__",
        func: partial_call,
        receiver: Value::Undef,
        owner: Some("partial"),
    }));
    let k = vm.intern("partial_call");
    m.dict.set_str_raw(k, call);
    Ok(m)
}

/// Where `functools.partial` keeps its state: the first three of its `__slots__`.
const PARTIAL_FUNC: usize = 0;
const PARTIAL_ARGS: usize = 1;
const PARTIAL_KEYWORDS: usize = 2;

/// `partial.__call__(self, *args, **keywords)`: func(*self.args, *args, **{**self.keywords,
/// **keywords}).
fn partial_call(vm: &mut Vm, a: Args) -> PyResult {
    let state = match a.pos.first() {
        Some(Value::Instance(inst)) => {
            let s = inst.slots.borrow();
            match (
                s.get(PARTIAL_FUNC),
                s.get(PARTIAL_ARGS),
                s.get(PARTIAL_KEYWORDS),
            ) {
                (Some(f), Some(Value::Tuple(t)), Some(Value::Dict(d))) if !f.is_undef() => {
                    Some((f.clone(), t.clone(), d.clone()))
                }
                _ => None,
            }
        }
        _ => None,
    };
    let Some((func, stored, keywords)) = state else {
        return Err(vm.type_error(
            "descriptor '__call__' requires an initialised 'functools.partial' object",
        ));
    };
    let given = &a.pos[1..];
    let mut args = Vec::with_capacity(stored.0.len() + given.len());
    args.extend(stored.0.iter().cloned());
    args.extend(given.iter().cloned());
    if keywords.is_empty() {
        return vm.call(&func, &args, a.kw);
    }
    // The stored keywords in their order (a given one replacing the value), then the new.
    let mut kw: Vec<(Rc<PyStr>, Value)> = Vec::with_capacity(keywords.len() + a.kw.len());
    for e in keywords.table.borrow().iter() {
        let Value::Str(name) = &e.key else {
            return Err(vm.type_error("keywords must be strings"));
        };
        let value = match a.kw.iter().find(|(k, _)| k.as_str() == name.as_str()) {
            Some((_, v)) => v.clone(),
            None => e.value.clone(),
        };
        kw.push((name.clone(), value));
    }
    for (k, v) in a.kw {
        if !kw.iter().any(|(name, _)| name.as_str() == k.as_str()) {
            kw.push((k.clone(), v.clone()));
        }
    }
    vm.call(&func, &args, &kw)
}

fn this<'a>(vm: &mut Vm, a: &'a Args) -> PyResult<&'a Rc<Instance>> {
    match a.pos.first() {
        Some(Value::Instance(inst)) if inst.slots.borrow().len() > INFO => Ok(inst),
        _ => Err(vm.type_error("descriptor needs an initialised functools._lru_cache_wrapper")),
    }
}

fn slot(inst: &Instance, i: usize) -> Value {
    inst.slots.borrow()[i].clone()
}

fn bump(inst: &Instance, i: usize) {
    let mut s = inst.slots.borrow_mut();
    if let Value::Int(n) = s[i] {
        s[i] = Value::Int(n + 1);
    }
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`; `maxsize` is None
/// or a non-negative int (lru_cache has checked it).
fn init(vm: &mut Vm, a: Args) -> PyResult {
    let [Value::Instance(inst), func, maxsize, typed, info] = a.pos else {
        return Err(vm.type_error("_lru_cache_wrapper() takes exactly 4 arguments"));
    };
    let typed = Value::from_bool(vm.truthy(typed)?);
    let cache = Value::Dict(Rc::new(DictObj::new()));
    let mut slots = inst.slots.borrow_mut();
    slots.clear();
    slots.extend([
        func.clone(),
        maxsize.clone(),
        typed,
        cache,
        Value::Int(0),
        Value::Int(0),
        info.clone(),
    ]);
    Ok(Value::None)
}

/// The cache key of one call (CPython's `_make_key`).
fn make_key(vm: &mut Vm, args: &[Value], kw: &[(Rc<PyStr>, Value)], typed: bool) -> Value {
    if !typed
        && kw.is_empty()
        && let [one] = args
        && matches!(one, Value::Int(_) | Value::BigInt(_) | Value::Str(_))
    {
        return one.clone();
    }
    let mut key: Vec<Value> = args.to_vec();
    if !kw.is_empty() {
        key.push(Value::Class(vm.types.object.clone()));
        for (k, v) in kw {
            key.push(Value::Str(k.clone()));
            key.push(v.clone());
        }
    }
    if typed {
        for v in args.iter().chain(kw.iter().map(|(_, v)| v)) {
            key.push(Value::Class(vm.types.type_of(v)));
        }
    }
    Value::tuple(key)
}

/// Calls the wrapped function as CPython 3.11 does: the call through the wrapper counts
/// one level of recursion, so a memoised recursion reaches half the depth of a plain one;
/// when that level is the one past the limit the message is CPython's for a C-level call.
fn call_counted(vm: &mut Vm, func: &Value, args: &[Value], kw: &[(Rc<PyStr>, Value)]) -> PyResult {
    if vm.depth >= vm.recursion_limit || vm.stack_exhausted() {
        let c = vm.types.recursion_error.clone();
        return Err(vm.new_error(
            &c,
            "maximum recursion depth exceeded while calling a Python object",
        ));
    }
    vm.depth += 1;
    let r = vm.call(func, args, kw);
    vm.depth -= 1;
    r
}

fn call(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a)?.clone();
    let args = &a.pos[1..];
    let func = slot(&inst, FUNC);
    let maxsize = match slot(&inst, MAXSIZE) {
        Value::Int(n) => Some(n),
        _ => None,
    };
    if maxsize == Some(0) {
        bump(&inst, MISSES);
        return call_counted(vm, &func, args, a.kw);
    }
    let typed = matches!(slot(&inst, TYPED), Value::Bool(b) if b.get());
    let key = make_key(vm, args, a.kw, typed);
    let Value::Dict(cache) = slot(&inst, CACHE) else {
        return Err(vm.type_error("lru_cache wrapper has no cache"));
    };
    let hash = vm.hash(&key)?;
    if let Some(ix) = vm.table_find(&cache.table, &key, hash)? {
        bump(&inst, HITS);
        let mut t = cache.table.borrow_mut();
        let value = t.value_at(ix);
        if maxsize.is_some() {
            // Most recently used goes to the end.
            let (k, v) = t.remove_at(ix);
            t.insert_new(hash, k, v);
        }
        return Ok(value);
    }
    bump(&inst, MISSES);
    let value = call_counted(vm, &func, args, a.kw)?;
    // The call may have cleared the cache or stored this key itself (recursion).
    if vm.table_find(&cache.table, &key, hash)?.is_some() {
        return Ok(value);
    }
    let mut t = cache.table.borrow_mut();
    if let Some(max) = maxsize
        && t.len() as i64 >= max
        && let Some((_, pos)) = t.next_from(0)
    {
        t.remove_at(pos - 1);
    }
    t.insert_new(hash, key, value.clone());
    Ok(value)
}

/// Decorating a method: the wrapper binds like a function.
fn get(vm: &mut Vm, a: Args) -> PyResult {
    let (me, obj) = match a.pos {
        [me, obj] | [me, obj, _] => (me, obj),
        _ => return Err(vm.type_error("expected 1 or 2 arguments")),
    };
    if obj.is_none() {
        return Ok(me.clone());
    }
    Ok(Value::BoundMethod(Rc::new(BoundMethod {
        func: me.clone(),
        receiver: obj.clone(),
    })))
}

fn cache_info(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a)?.clone();
    let size = match slot(&inst, CACHE) {
        Value::Dict(d) => d.len(),
        _ => 0,
    };
    let info = slot(&inst, INFO);
    let args = [
        slot(&inst, HITS),
        slot(&inst, MISSES),
        slot(&inst, MAXSIZE),
        Value::Int(size as i64),
    ];
    vm.call(&info, &args, &[])
}

fn cache_clear(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this(vm, &a)?.clone();
    if let Value::Dict(d) = slot(&inst, CACHE) {
        d.table.borrow_mut().clear();
    }
    let mut s = inst.slots.borrow_mut();
    s[HITS] = Value::Int(0);
    s[MISSES] = Value::Int(0);
    Ok(Value::None)
}
