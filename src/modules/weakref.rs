//! `_weakref`: the weak references under the embedded `weakref` module.
//!
//! A weak reference is a number naming a `Weak` pointer kept here; `weakref.ref` (Python)
//! holds the number. A reference with a callback is "watched": when its instance is dropped
//! (`note_dropped`, from the instance finalizer), its number is queued, and the VM hands the
//! queue to `weakref._fire` at the next point where finalizers run (as `__del__` methods do).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::builtins::args::check;
use crate::objects::*;
use crate::vm::Vm;

enum Target {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Set(Weak<SetObj>),
    Generator(Weak<Generator>),
}

impl Target {
    fn upgrade(&self) -> Option<Value> {
        Some(match self {
            Target::Instance(w) => Value::Instance(w.upgrade()?),
            Target::Function(w) => Value::Function(w.upgrade()?),
            Target::Class(w) => Value::Class(w.upgrade()?),
            Target::Set(w) => Value::Set(w.upgrade()?),
            Target::Generator(w) => Value::Generator(w.upgrade()?),
        })
    }

    fn addr(&self) -> usize {
        match self {
            Target::Instance(w) => w.as_ptr() as usize,
            Target::Function(w) => w.as_ptr() as usize,
            Target::Class(w) => w.as_ptr() as usize,
            Target::Set(w) => w.as_ptr() as usize,
            Target::Generator(w) => w.as_ptr() as usize,
        }
    }
}

thread_local! {
    static TARGETS: RefCell<HashMap<i64, Target>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<i64> = const { Cell::new(1) };
    /// Watched references by the address of their instance.
    static WATCHED: RefCell<HashMap<usize, Vec<i64>>> = RefCell::new(HashMap::new());
    /// Watched references whose instance has gone, for `weakref._fire`.
    static DEAD: RefCell<Vec<i64>> = const { RefCell::new(Vec::new()) };
}

/// Set once a reference is watched: until then dropping an instance need not look.
static WATCHING: AtomicBool = AtomicBool::new(false);

const FUNCS: &[(&str, NativeFn)] = &[
    ("new", new),
    ("get", get),
    ("forget", forget),
    ("watch", watch),
    ("count", count),
    ("ids", ids),
];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_weakref", FUNCS)
}

/// Called when an instance is dropped for good: queues its watched references.
/// Returns true when some were queued (the finalizers have work to do).
pub fn note_dropped(addr: usize) -> bool {
    if !WATCHING.load(Ordering::Relaxed) {
        return false;
    }
    let ids = WATCHED
        .try_with(|w| w.borrow_mut().remove(&addr))
        .ok()
        .flatten();
    match ids {
        Some(ids) if !ids.is_empty() => {
            let _ = DEAD.try_with(|d| d.borrow_mut().extend(ids));
            true
        }
        _ => false,
    }
}

/// Runs the callbacks of the references whose instances have gone (`weakref._fire`).
pub fn fire_dead(vm: &mut Vm) {
    let dead: Vec<i64> = DEAD
        .try_with(|d| std::mem::take(&mut *d.borrow_mut()))
        .unwrap_or_default();
    if dead.is_empty() {
        return;
    }
    let Ok(module) = crate::import::import_module(vm, "weakref") else {
        return;
    };
    let key = vm.intern("_fire");
    let Ok(fire) = vm.get_attr(&module, &key) else {
        return;
    };
    let ids = Value::list(dead.into_iter().map(Value::Int).collect());
    let _ = vm.call(&fire, &[ids], &[]);
}

/// Whether instances of the user class `cls` take weak references: some class along its MRO
/// has no `__slots__` or names `__weakref__` in them, and (as in CPython) its built-in base is
/// not one of the variable-sized `int`, `tuple` and `bytes`, whose subclasses get no slot.
fn weakrefable(vm: &Vm, cls: &Rc<Class>) -> bool {
    if !crate::vm::types::has_weakref(cls) {
        return false;
    }
    let t = &vm.types;
    vm.builtin_base(cls).is_none_or(|b| {
        ![&t.int, &t.tuple, &t.bytes]
            .iter()
            .any(|v| Rc::ptr_eq(v, &b))
    })
}

fn target_of(vm: &mut Vm, v: &Value) -> PyResult<Target> {
    Ok(match v {
        Value::Instance(i) if !i.class().is_builtin && weakrefable(vm, &i.class()) => {
            Target::Instance(Rc::downgrade(i))
        }
        Value::Function(f) => Target::Function(Rc::downgrade(f)),
        Value::Class(c) => Target::Class(Rc::downgrade(c)),
        Value::Set(s) => Target::Set(Rc::downgrade(s)),
        Value::Generator(g) => Target::Generator(Rc::downgrade(g)),
        other => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("cannot create weak reference to '{t}' object")));
        }
    })
}

fn id_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<i64> {
    check(vm, name, a, 1, 1)?;
    match &a.pos[0] {
        Value::Int(i) => Ok(*i),
        _ => Err(vm.type_error("weak reference ids are ints")),
    }
}

fn new(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "new", &a, 1, 1)?;
    let target = target_of(vm, &a.pos[0])?;
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    });
    TARGETS.with(|t| {
        let mut t = t.borrow_mut();
        // Forget references whose objects are gone, now and then.
        if t.len() >= 1024 && t.len().is_power_of_two() {
            t.retain(|_, target| target.upgrade().is_some());
        }
        t.insert(id, target);
    });
    Ok(Value::Int(id))
}

fn get(vm: &mut Vm, a: Args) -> PyResult {
    let id = id_arg(vm, &a, "get")?;
    Ok(TARGETS
        .with(|t| t.borrow().get(&id).and_then(Target::upgrade))
        .unwrap_or(Value::None))
}

fn forget(vm: &mut Vm, a: Args) -> PyResult {
    let id = id_arg(vm, &a, "forget")?;
    TARGETS.with(|t| t.borrow_mut().remove(&id));
    Ok(Value::None)
}

fn watch(vm: &mut Vm, a: Args) -> PyResult {
    let id = id_arg(vm, &a, "watch")?;
    let addr = TARGETS.with(|t| {
        t.borrow()
            .get(&id)
            .filter(|target| target.upgrade().is_some())
            .map(Target::addr)
    });
    if let Some(addr) = addr {
        WATCHING.store(true, Ordering::Relaxed);
        WATCHED.with(|w| w.borrow_mut().entry(addr).or_default().push(id));
    }
    Ok(Value::None)
}

/// The ids of the live references to `obj`, oldest first.
fn live_ids(obj: &Value) -> Vec<i64> {
    let Some(addr) = obj.ptr() else {
        return Vec::new();
    };
    let mut ids: Vec<i64> = TARGETS.with(|t| {
        t.borrow()
            .iter()
            .filter(|(_, target)| target.addr() == addr && target.upgrade().is_some())
            .map(|(id, _)| *id)
            .collect()
    });
    ids.sort_unstable();
    ids
}

fn count(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "count", &a, 1, 1)?;
    Ok(Value::Int(live_ids(&a.pos[0]).len() as i64))
}

fn ids(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "ids", &a, 1, 1)?;
    Ok(Value::list(
        live_ids(&a.pos[0]).into_iter().map(Value::Int).collect(),
    ))
}
