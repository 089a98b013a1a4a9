//! The hidden helpers the compiler calls for `await`, `async for` and `async with`, and the
//! `aiter()`/`anext()` built-ins. Coroutines are generators of `async def` code: awaiting
//! one delegates to it as `yield from` does, and whatever drives the outermost coroutine
//! (the embedded `asyncio`) sees what the innermost awaitable yields.

use super::args::check;
use crate::objects::*;
use crate::vm::Vm;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("__pyseal_await__", await_iter),
    ("__pyseal_aiter__", async_for_iter),
    ("__pyseal_anext__", async_for_next),
    ("__pyseal_async_with__", async_with),
    ("__pyseal_agen_wrap__", agen_wrap),
    ("aiter", aiter),
    ("anext", anext),
];

fn has_special(vm: &mut Vm, v: &Value, name: &str) -> bool {
    let key = vm.intern(name);
    vm.types.type_of(v).lookup_rc(&key).is_some()
}

/// What `await v` delegates to: a coroutine itself, or the iterator `v.__await__()` gives.
fn await_iter(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.pos.first().cloned().unwrap_or_default();
    if let Value::Generator(g) = &v {
        if !g.coroutine {
            return Err(vm.type_error("object generator can't be used in 'await' expression"));
        }
        let finished = g.frame.borrow().is_none();
        if finished {
            return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
        }
        return Ok(v);
    }
    match vm.call_special(&v, "__await__", &[])? {
        Some(it) => {
            let ok = match &it {
                Value::Generator(g) => {
                    if g.coroutine {
                        return Err(vm.type_error("__await__() returned a coroutine"));
                    }
                    true
                }
                Value::Iter(_) => true,
                Value::Instance(_) => has_special(vm, &it, "__next__"),
                _ => false,
            };
            if !ok {
                let t = vm.type_name(&it);
                return Err(
                    vm.type_error(format!("__await__() returned non-iterator of type '{t}'"))
                );
            }
            Ok(it)
        }
        None => {
            let t = vm.type_name(&v);
            Err(vm.type_error(format!("object {t} can't be used in 'await' expression")))
        }
    }
}

/// `async for`'s `aiter = v.__aiter__()`.
fn async_for_iter(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.pos.first().cloned().unwrap_or_default();
    let Some(it) = vm.call_special(&v, "__aiter__", &[])? else {
        let t = vm.type_name(&v);
        return Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {t}"
        )));
    };
    if !has_special(vm, &it, "__anext__") {
        let t = vm.type_name(&it);
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
        )));
    }
    Ok(it)
}

/// Calls a function of the embedded `_asynctools` module.
fn asynctools(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult {
    let module = crate::import::import_module(vm, "_asynctools")?;
    let key = vm.intern(name);
    let f = vm.get_attr(&module, &key)?;
    vm.call(&f, args, &[])
}

/// `async for`'s step: an awaitable giving `(True, None)` once `__anext__` raises
/// StopAsyncIteration, else `(False, item)`.
fn async_for_next(vm: &mut Vm, a: Args) -> PyResult {
    let it = a.pos.first().cloned().unwrap_or_default();
    let Some(aw) = vm.call_special(&it, "__anext__", &[])? else {
        let t = vm.type_name(&it);
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {t}"
        )));
    };
    asynctools(vm, "anext_step", &[aw])
}

/// `async with`'s entry: `(bound __aexit__, mgr.__aenter__())`.
fn async_with(vm: &mut Vm, a: Args) -> PyResult {
    let mgr = a.pos.first().cloned().unwrap_or_default();
    let cls = vm.types.type_of(&mgr);
    let t = vm.type_name(&mgr);
    let enter_key = vm.intern("__aenter__");
    let exit_key = vm.intern("__aexit__");
    let Some(enter) = cls.lookup_rc(&enter_key) else {
        return Err(vm.type_error(format!(
            "'{t}' object does not support the asynchronous context manager protocol"
        )));
    };
    let Some(exit) = cls.lookup_rc(&exit_key) else {
        return Err(vm.type_error(format!(
            "'{t}' object does not support the asynchronous context manager protocol \
             (missed __aexit__ method)"
        )));
    };
    let enter = vm.bind_attr(enter, &mgr, &cls)?;
    let exit = vm.bind_attr(exit, &mgr, &cls)?;
    let entered = vm.call(&enter, &[], &[])?;
    Ok(Value::tuple(vec![exit, entered]))
}

fn aiter(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "aiter", &a, 1, 1)?;
    let v = a.pos[0].clone();
    let Some(it) = vm.call_special(&v, "__aiter__", &[])? else {
        let t = vm.type_name(&v);
        return Err(vm.type_error(format!("'{t}' object is not an async iterable")));
    };
    if !has_special(vm, &it, "__anext__") {
        let t = vm.type_name(&it);
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{t}'"
        )));
    }
    Ok(it)
}

fn anext(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "anext", &a, 1, 2)?;
    let it = a.pos[0].clone();
    let Some(aw) = vm.call_special(&it, "__anext__", &[])? else {
        let t = vm.type_name(&it);
        return Err(vm.type_error(format!("'{t}' object is not an async iterator")));
    };
    match a.pos.get(1) {
        None => Ok(aw),
        Some(d) => asynctools(vm, "anext_default", &[aw, d.clone()]),
    }
}

/// What an asynchronous generator's `yield v` yields: `v` marked so that the driver in
/// `_asynctools` tells it from what the awaits inside the generator yield.
fn agen_wrap(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.pos.first().cloned().unwrap_or_default();
    asynctools(vm, "_Yielded", &[v])
}

/// Calling an asynchronous generator function: the generator of its body, wrapped in an
/// `async_generator` (`_asynctools.async_generator`).
pub fn async_generator(vm: &mut Vm, body: Value) -> PyResult {
    asynctools(vm, "async_generator", &[body])
}
