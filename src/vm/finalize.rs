//! Closing abandoned generators, as CPython's reference counting does.
//!
//! CPython closes a suspended generator the moment its last reference goes away (a `for` loop
//! left by `break`, an exception unwinding past the loop), so its `finally` blocks and `with`
//! exits run right then. Here a generator dropped while suspended inside such a block hands its
//! frame to a queue, and the VM closes the queued generators before the program's next output
//! (`print`, a write to a standard stream) and before it exits, which is when the difference
//! could first be seen. Generators suspended outside any handler are dropped as they are:
//! closing them would run no Python code.
//!
//! Instances of classes with a `__del__` method are finalized the same way: dropped, they are
//! revived once, queued, and their `__del__` runs at the same points. The check costs one
//! relaxed load until the compiler has seen a function named `__del__`.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Vm;
use super::frame::Frame;
use crate::modules::sys;
use crate::objects::{Generator, Instance, Payload, PyErr, PyStr, Value};

thread_local! {
    static ABANDONED: RefCell<Vec<Rc<Generator>>> = const { RefCell::new(Vec::new()) };
    /// Instances whose `__del__` is due, revived from their last drop.
    static DOOMED: RefCell<Vec<Rc<Instance>>> = const { RefCell::new(Vec::new()) };
    /// Addresses of revived instances: their next drop is final.
    static REVIVED: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
    /// Something waits in one of the queues (a cheap check for the common case).
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// A finalizer is running: finalizers it triggers wait for the outer loop.
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// Set once some code defines `__del__`: until then no instance needs finalizing.
static DEL_DEFINED: AtomicBool = AtomicBool::new(false);

/// Called by the compiler for every function named `__del__`.
pub fn note_del_method() {
    DEL_DEFINED.store(true, Ordering::Relaxed);
}

/// Set once some generator has a `try` or `with` block: until then no generator still alive
/// at exit has code to run when it is closed.
static GEN_CLEANUP: AtomicBool = AtomicBool::new(false);

/// Called by the compiler for every `try` or `with` statement inside a generator.
pub fn note_generator_cleanup() {
    GEN_CLEANUP.store(true, Ordering::Relaxed);
}

impl Drop for Instance {
    fn drop(&mut self) {
        if crate::modules::weakref::note_dropped(self as *const Instance as usize) {
            // Weak reference callbacks wait for the same points as __del__ methods.
            let _ = PENDING.try_with(|p| p.set(true));
        }
        if !DEL_DEFINED.load(Ordering::Relaxed) || self.class().is_builtin {
            return;
        }
        let me = self as *const Instance as usize;
        if REVIVED
            .try_with(|r| r.borrow_mut().remove(&me))
            .unwrap_or(true)
        {
            return;
        }
        if !matches!(
            self.class().lookup(&PyStr::new("__del__")),
            Some(Value::Function(_))
        ) {
            return;
        }
        let revived = Rc::new(Instance {
            class: self.class().into(),
            dict: self.dict.take(),
            slots: RefCell::new(std::mem::take(self.slots.get_mut())),
            payload: std::mem::replace(&mut self.payload, Payload::None),
        });
        let at = Rc::as_ptr(&revived) as usize;
        let _ = REVIVED.try_with(|r| r.borrow_mut().insert(at));
        let _ = DOOMED.try_with(|q| q.borrow_mut().push(revived));
        let _ = PENDING.try_with(|p| p.set(true));
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if !suspended_in_handler(&frame) {
            return;
        }
        let orphan = Rc::new(Generator {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            coroutine: self.coroutine,
            exc_state: RefCell::new(self.exc_state.take()),
        });
        // During thread teardown there is no one left to close it.
        let _ = ABANDONED.try_with(|q| q.borrow_mut().push(orphan));
        let _ = PENDING.try_with(|p| p.set(true));
    }
}

/// Whether a generator's frame is suspended (started, not finished) inside a `try` or `with`
/// block, so that closing it would run code.
fn suspended_in_handler(frame: &Frame) -> bool {
    if frame.pc == 0 {
        return false;
    }
    let at = frame.pc.saturating_sub(1) as u32;
    frame
        .code
        .rec
        .handler_for(frame.code.image.bytes(), at)
        .is_some()
}

impl Vm {
    /// Runs what finalizers are due, if any: called where CPython's reference counting would
    /// have run them (a function's frame let go of its locals, a `del` statement, a module-level
    /// name rebound), so that the code after it sees what a `__del__` did. One thread-local
    /// load when nothing is due.
    #[inline(always)]
    pub fn finalize_if_due(&mut self) {
        if PENDING.with(|p| p.get()) {
            self.close_abandoned_generators();
        }
    }

    /// Closes every generator abandoned since the last call and runs the `__del__` of every
    /// instance dropped since, as CPython would have already. Errors are reported as CPython
    /// reports errors in finalizers, and otherwise ignored.
    pub fn close_abandoned_generators(&mut self) {
        if !PENDING.try_with(|p| p.get()).unwrap_or(false)
            || DRAINING.try_with(|d| d.get()).unwrap_or(true)
        {
            return;
        }
        DRAINING.with(|d| d.set(true));
        self.run_finalizers();
        PENDING.with(|p| p.set(false));
        DRAINING.with(|d| d.set(false));
    }

    fn run_finalizers(&mut self) {
        self.close_generators();
        loop {
            let next = DOOMED.try_with(|q| q.borrow_mut().pop()).ok().flatten();
            let Some(inst) = next else {
                // As in CPython, an object's `__del__` runs before the callbacks of the weak
                // references to it (which may in turn drop more objects).
                crate::modules::weakref::fire_dead(self);
                if DOOMED.try_with(|q| q.borrow().is_empty()).unwrap_or(true) {
                    break;
                }
                continue;
            };
            // The revived instance is finalized now; its coming drop is its last.
            let _ = REVIVED.try_with(|r| r.borrow_mut().remove(&(Rc::as_ptr(&inst) as usize)));
            self.run_del(&inst, false);
            drop(inst);
            self.close_generators();
        }
    }

    fn close_generators(&mut self) {
        loop {
            let next = ABANDONED.try_with(|q| q.borrow_mut().pop()).ok().flatten();
            let Some(g) = next else {
                return;
            };
            self.close_reporting(&g, false);
        }
    }

    /// Closes `g` as a finalizer does: an error is reported, not raised.
    fn close_reporting(&mut self, g: &Rc<Generator>, exiting: bool) {
        if let Err(e) = self.gen_close(g) {
            self.report_unraisable(&e, Value::Generator(g.clone()), exiting);
        }
        // A generator that ignored GeneratorExit is not closed again.
        *g.frame.borrow_mut() = None;
    }

    /// Closes a generator the main module still holds at exit, if it is suspended inside a
    /// `try` or `with` block (closing it elsewhere would run no code) and not running.
    fn close_at_exit(&mut self, g: &Rc<Generator>) {
        if g.running.get() {
            return;
        }
        let in_handler = g
            .frame
            .borrow()
            .as_deref()
            .is_some_and(suspended_in_handler);
        if in_handler {
            self.close_reporting(g, true);
            self.close_abandoned_generators();
        }
    }
}

impl Vm {
    /// At exit CPython's collector finalizes what the main module kept alive, with every
    /// global still bound: breadth first from the globals in order, a list's or tuple's items
    /// last first, a dict's values and an instance's attributes in order. Do the same when
    /// there is a `__del__` to run or a suspended generator with a `finally` or `with` to close.
    pub fn finalize_main(&mut self, globals: &Rc<crate::objects::DictObj>) {
        self.close_abandoned_generators();
        if !DEL_DEFINED.load(Ordering::Relaxed) && !GEN_CLEANUP.load(Ordering::Relaxed) {
            return;
        }
        let mut level: Vec<Value> = globals
            .table
            .borrow()
            .iter()
            .map(|e| e.value.clone())
            .collect();
        let mut seen: HashSet<usize> = HashSet::new();
        while !level.is_empty() {
            let mut next = Vec::new();
            for v in level {
                let Some(at) = v.ptr() else {
                    continue;
                };
                if !seen.insert(at) {
                    continue;
                }
                match &v {
                    Value::List(l) => next.extend(l.0.borrow().iter().rev().cloned()),
                    Value::Tuple(t) => next.extend(t.0.iter().rev().cloned()),
                    Value::Dict(d) => next.extend(d.table.borrow().iter().map(|e| e.value.clone())),
                    Value::Instance(inst) if !inst.class().is_builtin => {
                        if let Some(d) = &inst.dict {
                            next.extend(d.table.borrow().iter().map(|e| e.value.clone()));
                        }
                        next.extend(inst.slots.borrow().iter().cloned());
                        self.run_del(inst, true);
                    }
                    Value::Generator(g) => self.close_at_exit(g),
                    _ => {}
                }
            }
            level = next;
        }
    }

    /// Runs `inst.__del__()` now, reporting an error as CPython does; it will not run again.
    /// `exiting`: the interpreter is finalizing the main module.
    fn run_del(&mut self, inst: &Rc<Instance>, exiting: bool) {
        let Some(f @ Value::Function(_)) = inst.class().lookup(&PyStr::new("__del__")) else {
            return;
        };
        // Its last drop must not queue it once more.
        let _ = REVIVED.try_with(|r| r.borrow_mut().insert(Rc::as_ptr(inst) as usize));
        if let Err(e) = self.call(&f, &[Value::Instance(inst.clone())], &[]) {
            // Reported about the function as defined (an inherited `__del__` shows its own
            // class).
            self.report_unraisable(&e, f, exiting);
        }
        self.close_abandoned_generators();
    }

    /// Reports an error nothing can raise further, found finalizing `object`: through
    /// `sys.unraisablehook` when the program replaced it, else as the default hook prints it
    /// (without source lines when the interpreter is `exiting`). A failing hook has its own
    /// error reported the default way instead.
    pub fn report_unraisable(&mut self, err: &PyErr, object: Value, exiting: bool) {
        let hook = self.sys.dict.get_name("unraisablehook");
        let (err, header, object) = match hook {
            Some(hook) if !hook.is_none() && !sys::is_default_unraisablehook(&hook) => {
                let args = sys::unraisable_args(self, err, Value::None, object);
                match self.call(&hook, &[args], &[]) {
                    Ok(_) => return,
                    Err(hook_err) => (hook_err, "Exception ignored in sys.unraisablehook", hook),
                }
            }
            _ => (err.clone(), "Exception ignored in", object),
        };
        let tb = self.format_unraisable(&err, exiting);
        let what = self
            .repr(&object)
            .unwrap_or_else(|_| "<object repr() failed>".to_string());
        self.write_stderr(&format!("{header}: {what}\n{tb}"));
    }
}
