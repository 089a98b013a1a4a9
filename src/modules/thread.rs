//! `_fibers`: the machine stacks of Python threads, for `threading.py`.
//!
//! Every Python thread but the main one runs on a [`Fiber`] of its own, on the interpreter's
//! one OS thread. Switching is asymmetric: the main thread resumes a thread (`resume(id)`),
//! which runs until it calls `suspend()`, its function returns, or its time slice is over (the
//! eval loop calls [`preempt`] at loop back edges). Which thread
//! runs next, and why threads wait, is decided in `threading.py`; this module only switches
//! stacks and, with them, the per-thread part of the VM (frame stack, recursion depth, the
//! exception being handled, the repr recursion guard and the stack limit).
//!
//! It never switches while a thread is on another stack than it believes: `resume` is refused
//! on a fiber, `suspend` off one.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::time::{Duration, Instant};

use pyseal_sandbox::fiber::{self, Fiber, Resumed};

use crate::builtins::args::check;
use crate::objects::*;
use crate::vm::{FrameRef, Vm};

/// Address space reserved for each thread's stack (committed only as it is used).
const THREAD_STACK: usize = 256 * 1024 * 1024;
/// Room kept below the stack limit for the code that raises RecursionError.
const STACK_MARGIN: usize = 256 * 1024;

/// The part of the VM that belongs to one thread.
struct ThreadState {
    frames: Vec<FrameRef>,
    depth: usize,
    exc_info: Value,
    repr_stack: Vec<usize>,
    stack_limit: usize,
}

impl ThreadState {
    /// Puts `self` into the VM and returns what was there.
    fn swap_into(self, vm: &mut Vm) -> ThreadState {
        ThreadState {
            frames: std::mem::replace(&mut vm.frames, self.frames),
            depth: std::mem::replace(&mut vm.depth, self.depth),
            exc_info: std::mem::replace(&mut vm.exc_info, self.exc_info),
            repr_stack: std::mem::replace(&mut vm.repr_stack, self.repr_stack),
            stack_limit: vm.stack_limit.replace(self.stack_limit),
        }
    }
}

struct Thread {
    /// None while the thread runs (its fiber is lent to `resume`).
    fiber: Option<Fiber<Vm>>,
    /// Whether the thread last gave control back because its time slice was over (it can
    /// run on), not because it waits or started another thread.
    preempted: bool,
    /// The thread's VM state while it does not run.
    state: Option<ThreadState>,
}

#[derive(Default)]
struct Table {
    threads: HashMap<i64, Thread>,
    next_id: i64,
    /// The thread running now (0: the main thread).
    current: i64,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
    /// When the running thread got the interpreter.
    static SLICE_START: Cell<Option<Instant>> = const { Cell::new(None) };
    /// Set while the main thread hands out turns from [`preempt`] (other threads still
    /// give theirs back).
    static PREEMPTING: Cell<bool> = const { Cell::new(false) };
}

/// How long a thread runs before the others get a turn: CPython's default switch interval.
const SWITCH_INTERVAL: Duration = Duration::from_millis(5);

/// A new time slice starts now.
fn start_slice() {
    SLICE_START.with(|s| s.set(Some(Instant::now())));
}

/// Called by the eval loop every few thousand loop iterations ([`Vm::tick`]). Once the
/// running thread has used its time slice, a thread other than the main one gives control
/// back to the main thread, and the main thread gives each thread that can run a turn
/// (`threading._preempt_main`). Without threads it costs one table lookup.
pub fn preempt(vm: &mut Vm) -> PyResult<()> {
    let (any, current) = TABLE.with(|t| {
        let t = t.borrow();
        (!t.threads.is_empty(), t.current)
    });
    if !any {
        return Ok(());
    }
    let now = Instant::now();
    let Some(start) = SLICE_START.with(Cell::get) else {
        start_slice();
        return Ok(());
    };
    if now.duration_since(start) < SWITCH_INTERVAL {
        return Ok(());
    }
    if current != 0 {
        if fiber::on_fiber() {
            TABLE.with(|t| {
                if let Some(th) = t.borrow_mut().threads.get_mut(&current) {
                    th.preempted = true;
                }
            });
            fiber::suspend(vm).map_err(|e| vm.runtime_error(format!("cannot suspend: {e}")))?;
        }
        start_slice();
        return Ok(());
    }
    if PREEMPTING.with(Cell::get) {
        return Ok(()); // the main thread is handing out turns already
    }
    let Some(threading) = vm.modules.get_name("threading") else {
        start_slice();
        return Ok(());
    };
    let give_turns = vm.get_attr_str(&threading, "_preempt_main")?;
    PREEMPTING.with(|p| p.set(true));
    let r = vm.call(&give_turns, &[], &[]);
    PREEMPTING.with(|p| p.set(false));
    start_slice();
    r.map(|_| ())
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("spawn", spawn),
    ("resume", resume),
    ("suspend", suspend),
    ("current", current),
    ("preempted", preempted),
];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_fibers", FUNCS)
}

fn int_arg(vm: &mut Vm, v: &Value, name: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        _ => Err(vm.type_error(format!("{name}() argument must be a thread id"))),
    }
}

/// `spawn(func)`: a new thread that calls `func()` when first resumed; returns its id.
fn spawn(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "spawn", &a, 1, 1)?;
    let func = a.pos[0].clone();
    let fiber = Fiber::new(THREAD_STACK, move |vm: &mut Vm| {
        // threading's bootstrap reports every exception itself; one escaping it (an error
        // in the reporting) ends the thread silently, as CPython's does.
        let _ = vm.call(&func, &[], &[]);
    })
    .map_err(|e| vm.runtime_error(format!("can't start new thread: {e}")))?;
    let (low, _) = fiber.stack_bounds();
    let state = ThreadState {
        frames: Vec::new(),
        depth: 0,
        exc_info: Value::None,
        repr_stack: Vec::new(),
        stack_limit: low + STACK_MARGIN,
    };
    let id = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        t.next_id += 1;
        let id = t.next_id;
        t.threads.insert(
            id,
            Thread {
                fiber: Some(fiber),
                preempted: false,
                state: Some(state),
            },
        );
        id
    });
    Ok(Value::Int(id))
}

/// `resume(id)`: runs thread `id` until it suspends (returns False) or ends (True). Only
/// the main thread resumes threads.
fn resume(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "resume", &a, 1, 1)?;
    let id = int_arg(vm, &a.pos[0], "resume")?;
    if fiber::on_fiber() {
        return Err(vm.runtime_error("only the main thread switches threads"));
    }
    let taken = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let th = t.threads.get_mut(&id)?;
        let pair = (th.fiber.take()?, th.state.take()?);
        th.preempted = false;
        t.current = id;
        Some(pair)
    });
    let Some((mut fib, state)) = taken else {
        return Err(vm.runtime_error(format!("no thread {id} to resume")));
    };
    let main_state = state.swap_into(vm);
    start_slice();
    let outcome = fib.resume(vm);
    start_slice();
    let state = main_state.swap_into(vm);
    let finished = !matches!(outcome, Ok(Resumed::Suspended));
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        t.current = 0;
        if finished {
            t.threads.remove(&id);
        } else if let Some(th) = t.threads.get_mut(&id) {
            th.fiber = Some(fib);
            th.state = Some(state);
        }
    });
    match outcome {
        Ok(Resumed::Suspended) => Ok(Value::from_bool(false)),
        Ok(Resumed::Finished) => Ok(Value::from_bool(true)),
        Ok(Resumed::Panicked(msg)) => {
            Err(vm.runtime_error(format!("internal error in thread {id}: {msg}")))
        }
        Err(e) => Err(vm.runtime_error(format!("cannot resume thread {id}: {e}"))),
    }
}

/// `suspend()`: the running (non-main) thread gives control back to the main thread.
fn suspend(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "suspend", &a, 0, 0)?;
    fiber::suspend(vm).map_err(|e| vm.runtime_error(format!("cannot suspend: {e}")))?;
    Ok(Value::None)
}

/// `current()`: the id of the running thread (0 for the main thread).
fn current(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "current", &a, 0, 0)?;
    Ok(Value::Int(TABLE.with(|t| t.borrow().current)))
}

/// `preempted(id)`: whether thread `id` last stopped because its time slice was over.
fn preempted(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "preempted", &a, 1, 1)?;
    let id = int_arg(vm, &a.pos[0], "preempted")?;
    let p = TABLE.with(|t| t.borrow().threads.get(&id).is_some_and(|th| th.preempted));
    Ok(Value::from_bool(p))
}
