//! `_fibers`: the machine stacks of Python threads, for `threading.py`.
//!
//! Every Python thread but the main one runs on a [`Fiber`] of its own, on the interpreter's
//! one OS thread. Switching is cooperative and asymmetric: the main thread resumes a thread
//! (`resume(id)`), which runs until it calls `suspend()` or its function returns. Which thread
//! runs next, and why threads wait, is decided in `threading.py`; this module only switches
//! stacks and, with them, the per-thread part of the VM (frame stack, recursion depth, the
//! exception being handled, the repr recursion guard and the stack limit).
//!
//! It never switches while a thread is on another stack than it believes: `resume` is refused
//! on a fiber, `suspend` off one.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

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
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("spawn", spawn),
    ("resume", resume),
    ("suspend", suspend),
    ("current", current),
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
        t.current = id;
        Some(pair)
    });
    let Some((mut fib, state)) = taken else {
        return Err(vm.runtime_error(format!("no thread {id} to resume")));
    };
    let main_state = state.swap_into(vm);
    let outcome = fib.resume(vm);
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
