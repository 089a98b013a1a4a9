//! Closing abandoned generators, as CPython's reference counting does.
//!
//! CPython closes a suspended generator the moment its last reference goes away (a `for` loop
//! left by `break`, an exception unwinding past the loop), so its `finally` blocks and `with`
//! exits run right then. Here a generator dropped while suspended inside such a block hands its
//! frame to a queue, and the VM closes the queued generators before the program's next output
//! (`print`, a write to a standard stream) and before it exits, which is when the difference
//! could first be seen. Generators suspended outside any handler are dropped as they are:
//! closing them would run no Python code.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Vm;
use crate::objects::Generator;

thread_local! {
    static ABANDONED: RefCell<Vec<Rc<Generator>>> = const { RefCell::new(Vec::new()) };
}

impl Drop for Generator {
    fn drop(&mut self) {
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if frame.pc == 0 {
            return;
        }
        let at = frame.pc.saturating_sub(1) as u32;
        let code = frame.code.clone();
        if code.rec.handler_for(code.image.bytes(), at).is_none() {
            return;
        }
        let orphan = Rc::new(Generator {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            name: self.name.clone(),
            qualname: self.qualname.clone(),
        });
        // During thread teardown there is no one left to close it.
        let _ = ABANDONED.try_with(|q| q.borrow_mut().push(orphan));
    }
}

impl Vm {
    /// Closes every generator abandoned since the last call, as CPython would have already.
    /// Errors are reported as CPython reports errors in finalizers, and otherwise ignored.
    pub fn close_abandoned_generators(&mut self) {
        loop {
            let next = ABANDONED.try_with(|q| q.borrow_mut().pop()).ok().flatten();
            let Some(g) = next else {
                return;
            };
            if let Err(e) = self.gen_close(&g) {
                let tb = self.format_traceback(&e);
                let name = g.qualname.as_str().to_string();
                self.write_stderr(&format!(
                    "Exception ignored in: <generator object {name}>\n{tb}"
                ));
            }
            // A generator that ignored GeneratorExit is not queued again.
            *g.frame.borrow_mut() = None;
        }
    }
}
