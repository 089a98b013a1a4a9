//! Fibers: several call stacks on one OS thread, switched cooperatively.
//!
//! The interpreter is single-threaded (`Rc` everywhere) and recursive, so a Python thread needs
//! its own machine stack but must stay on the interpreter's OS thread. A [`Fiber`] owns an
//! mmap'd stack (reserved, not committed, with a guard page at its low end) and a saved
//! register context (`getcontext`/`makecontext`/`swapcontext`).
//!
//! The model is asymmetric: [`Fiber::resume`] runs a fiber until it calls [`suspend`] or its
//! function returns; `suspend` goes back to whoever resumed it. A context value `&mut T` is
//! lent to the fiber on every resume and handed back on every suspend, so exactly one stack
//! uses it at a time. A panic inside a fiber never unwinds across the context boundary: it is
//! caught on the fiber's stack and reported by `resume`.
//!
//! This module never frees a stack that still holds live frames: a fiber dropped before its
//! function finished leaks its stack (its frames are simply never resumed).

use std::cell::{Cell, RefCell};
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// What a call to [`Fiber::resume`] ended with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resumed {
    /// The fiber called [`suspend`]; it can be resumed again.
    Suspended,
    /// The fiber's function returned.
    Finished,
    /// The fiber's function panicked (the message); the panic was stopped on the fiber.
    Panicked(String),
}

/// Why a fiber operation was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FiberError {
    #[error("not running on a fiber")]
    NotOnFiber,
    #[error("the fiber is running or has finished")]
    NotResumable,
    #[error("suspend was given another context than the one lent by resume")]
    WrongContext,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Fresh,
    Running,
    Suspended,
    Done,
}

/// The part of a fiber that must not move while it runs (contexts hold pointers into it).
struct Inner {
    own: libc::ucontext_t,
    caller: libc::ucontext_t,
    stack_base: *mut libc::c_void,
    stack_len: usize,
    state: State,
    entry: Option<Box<dyn FnOnce(*mut ())>>,
    /// The context lent by the resume in progress.
    lent: *mut (),
    panic: Option<String>,
}

thread_local! {
    /// The fibers being run, innermost last (empty on the original stack).
    static RUNNING: RefCell<Vec<*mut Inner>> = const { RefCell::new(Vec::new()) };
    static STARTING: Cell<*mut Inner> = const { Cell::new(std::ptr::null_mut()) };
}

const GUARD: usize = 64 * 1024;

/// A call stack of its own and a function to run on it.
pub struct Fiber<T: 'static> {
    inner: Box<Inner>,
    _ctx: std::marker::PhantomData<fn(&mut T)>,
}

impl<T: 'static> Fiber<T> {
    /// Reserves a stack of `stack_size` bytes (plus a guard page) for `f`, which first runs at
    /// the first [`Fiber::resume`].
    pub fn new(stack_size: usize, f: impl FnOnce(&mut T) + 'static) -> io::Result<Fiber<T>> {
        let stack_len = stack_size.max(64 * 1024).next_multiple_of(4096) + GUARD;
        // SAFETY: an anonymous private mapping at no fixed address; the result is checked.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                stack_len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_STACK,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: the low GUARD bytes lie inside the mapping made just above.
        if unsafe { libc::mprotect(base, GUARD, libc::PROT_NONE) } != 0 {
            let err = io::Error::last_os_error();
            // SAFETY: the mapping is ours and nothing uses it yet.
            unsafe { libc::munmap(base, stack_len) };
            return Err(err);
        }
        let entry: Box<dyn FnOnce(*mut ())> = Box::new(move |lent: *mut ()| {
            // SAFETY: `lent` is the `&mut T` of the resume that started this fiber (resume
            // stores it, typed by this same `Fiber<T>`); it stays exclusively ours until we
            // suspend, and every suspend checks it gets the same object back.
            let ctx = unsafe { &mut *(lent as *mut T) };
            f(ctx)
        });
        // SAFETY: ucontext_t is plain data; all-zero is a valid value to be filled in later.
        let zeroed: libc::ucontext_t = unsafe { std::mem::zeroed() };
        let inner = Box::new(Inner {
            own: zeroed,
            // SAFETY: as above.
            caller: unsafe { std::mem::zeroed() },
            stack_base: base,
            stack_len,
            state: State::Fresh,
            entry: Some(entry),
            lent: std::ptr::null_mut(),
            panic: None,
        });
        Ok(Fiber {
            inner,
            _ctx: std::marker::PhantomData,
        })
    }

    /// The usable stack range of this fiber, `(low, high)`: frames grow down from `high`.
    pub fn stack_bounds(&self) -> (usize, usize) {
        let low = self.inner.stack_base as usize + GUARD;
        (low, self.inner.stack_base as usize + self.inner.stack_len)
    }

    /// Whether the fiber's function has returned (or panicked).
    pub fn is_finished(&self) -> bool {
        self.inner.state == State::Done
    }

    /// Runs the fiber, lending it `ctx`, until it suspends or ends.
    pub fn resume(&mut self, ctx: &mut T) -> Result<Resumed, FiberError> {
        let inner: *mut Inner = &mut *self.inner;
        // SAFETY: `inner` points into our Box, alive for this whole call; only this stack
        // touches it until the swap below.
        let state = unsafe { (*inner).state };
        match state {
            State::Fresh | State::Suspended => {}
            State::Running | State::Done => return Err(FiberError::NotResumable),
        }
        // SAFETY: as above.
        unsafe {
            (*inner).lent = ctx as *mut T as *mut ();
            (*inner).state = State::Running;
        }
        if state == State::Fresh {
            // SAFETY: `own` is filled by getcontext, then given our mapped stack (the guard
            // page excluded) and the trampoline, which takes no arguments. uc_link is null:
            // the trampoline never returns (it swaps back to `caller` at its end).
            let ok = unsafe {
                if libc::getcontext(&mut (*inner).own) != 0 {
                    false
                } else {
                    (*inner).own.uc_stack.ss_sp =
                        ((*inner).stack_base as *mut u8).add(GUARD) as *mut libc::c_void;
                    (*inner).own.uc_stack.ss_size = (*inner).stack_len - GUARD;
                    (*inner).own.uc_link = std::ptr::null_mut();
                    libc::makecontext(&mut (*inner).own, trampoline, 0);
                    true
                }
            };
            if !ok {
                // SAFETY: as above.
                unsafe { (*inner).state = State::Fresh };
                return Err(FiberError::NotResumable);
            }
            STARTING.with(|s| s.set(inner));
        }
        RUNNING.with(|r| r.borrow_mut().push(inner));
        // SAFETY: `caller` receives this stack's registers; `own` is either fresh from
        // makecontext or was saved by the fiber's last suspend. Both live in the Box.
        unsafe { libc::swapcontext(&mut (*inner).caller, &(*inner).own) };
        RUNNING.with(|r| r.borrow_mut().pop());
        // SAFETY: the fiber has switched back; we own `inner` again.
        unsafe {
            (*inner).lent = std::ptr::null_mut();
            match (*inner).state {
                State::Done => Ok(match (*inner).panic.take() {
                    Some(msg) => Resumed::Panicked(msg),
                    None => Resumed::Finished,
                }),
                _ => Ok(Resumed::Suspended),
            }
        }
    }
}

impl<T: 'static> Drop for Fiber<T> {
    fn drop(&mut self) {
        match self.inner.state {
            // SAFETY: nothing runs on the stack (never started, or returned for good).
            State::Fresh | State::Done => unsafe {
                libc::munmap(self.inner.stack_base, self.inner.stack_len);
            },
            // Frames still live there: leak the mapping rather than free it under them.
            State::Running | State::Suspended => {}
        }
    }
}

/// Whether the code calling this runs on a fiber.
pub fn on_fiber() -> bool {
    RUNNING.with(|r| !r.borrow().is_empty())
}

/// Goes back to whoever resumed the current fiber, handing back `ctx` (the context that
/// resume lent); returns when the fiber is resumed again, with `ctx` lent anew.
pub fn suspend<T: 'static>(ctx: &mut T) -> Result<(), FiberError> {
    let inner = RUNNING.with(|r| r.borrow().last().copied());
    let Some(inner) = inner else {
        return Err(FiberError::NotOnFiber);
    };
    // SAFETY: `inner` is the running fiber's Inner; its Fiber is borrowed by the resume that
    // runs us, so it is alive.
    unsafe {
        if (*inner).lent != ctx as *mut T as *mut () {
            return Err(FiberError::WrongContext);
        }
        (*inner).state = State::Suspended;
        // SAFETY: saves this fiber's registers in `own` and returns to the resumer's.
        libc::swapcontext(&mut (*inner).own, &(*inner).caller);
        if (*inner).lent != ctx as *mut T as *mut () {
            // Resumed with another object: we must not touch `ctx` concurrently with it.
            // (Resume is only ever called with the one context by its single owner.)
            std::process::abort();
        }
    }
    Ok(())
}

extern "C" fn trampoline() {
    let inner = STARTING.with(|s| s.replace(std::ptr::null_mut()));
    // SAFETY: resume stored its live Inner in STARTING just before switching here.
    let (entry, lent) = unsafe { ((*inner).entry.take(), (*inner).lent) };
    if let Some(entry) = entry {
        let outcome = catch_unwind(AssertUnwindSafe(move || entry(lent)));
        if let Err(payload) = outcome {
            let msg = if let Some(s) = payload.downcast_ref::<&str>() {
                s.to_string()
            } else if let Some(s) = payload.downcast_ref::<String>() {
                s.clone()
            } else {
                "panic in a fiber".to_string()
            };
            // SAFETY: we run on the fiber, so its Inner is alive and ours.
            unsafe { (*inner).panic = Some(msg) };
        }
    }
    // SAFETY: the function has returned: mark it done and switch back for good. The stack
    // is not freed before that switch (only Drop, on another stack, frees it).
    unsafe {
        (*inner).state = State::Done;
        libc::setcontext(&(*inner).caller);
    }
    // setcontext only returns on failure; nothing sensible can run here.
    std::process::abort();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ping_pong() {
        let mut log: Vec<String> = Vec::new();
        let mut a = Fiber::new(1 << 20, |log: &mut Vec<String>| {
            for i in 0..3 {
                log.push(format!("a{i}"));
                suspend(log).unwrap();
            }
        })
        .unwrap();
        let mut b = Fiber::new(1 << 20, |log: &mut Vec<String>| {
            for i in 0..2 {
                log.push(format!("b{i}"));
                suspend(log).unwrap();
            }
        })
        .unwrap();
        assert_eq!(a.resume(&mut log), Ok(Resumed::Suspended));
        assert_eq!(b.resume(&mut log), Ok(Resumed::Suspended));
        assert_eq!(a.resume(&mut log), Ok(Resumed::Suspended));
        assert_eq!(b.resume(&mut log), Ok(Resumed::Suspended));
        assert_eq!(a.resume(&mut log), Ok(Resumed::Suspended));
        assert_eq!(b.resume(&mut log), Ok(Resumed::Finished));
        assert_eq!(a.resume(&mut log), Ok(Resumed::Finished));
        assert!(a.is_finished());
        assert_eq!(a.resume(&mut log), Err(FiberError::NotResumable));
        assert_eq!(log, ["a0", "b0", "a1", "b1", "a2"]);
    }

    fn depth(n: u64) -> u64 {
        let pad = [n as u8; 512];
        if n == 0 {
            return pad[0] as u64;
        }
        std::hint::black_box(&pad);
        1 + depth(n - 1)
    }

    #[test]
    fn deep_recursion_on_fiber_stack() {
        let mut out = 0u64;
        let mut f = Fiber::new(64 << 20, |out: &mut u64| *out = depth(50_000)).unwrap();
        let (low, high) = f.stack_bounds();
        assert!(high - low >= 64 << 20);
        assert_eq!(f.resume(&mut out), Ok(Resumed::Finished));
        assert_eq!(out, 50_000);
    }

    #[test]
    fn panic_is_reported_not_propagated() {
        let mut n = 0;
        let mut f = Fiber::new(1 << 20, |n: &mut i32| {
            *n += 1;
            panic!("boom inside");
        })
        .unwrap();
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let r = f.resume(&mut n);
        std::panic::set_hook(prev);
        assert_eq!(r, Ok(Resumed::Panicked("boom inside".to_string())));
        assert_eq!(n, 1);
    }

    #[test]
    fn suspend_off_fiber_is_refused_and_drop_works() {
        let mut x = 0;
        assert_eq!(suspend(&mut x), Err(FiberError::NotOnFiber));
        assert!(!on_fiber());
        let mut f = Fiber::new(1 << 20, |x: &mut i32| {
            assert!(on_fiber());
            *x = 7;
        })
        .unwrap();
        assert_eq!(f.resume(&mut x), Ok(Resumed::Finished));
        drop(f);
        // A fiber dropped while suspended leaks its stack instead of freeing it.
        let mut g = Fiber::new(1 << 20, |x: &mut i32| {
            suspend(x).unwrap();
            *x = 9;
        })
        .unwrap();
        assert_eq!(g.resume(&mut x), Ok(Resumed::Suspended));
        drop(g);
        assert_eq!(x, 7);
    }
}
