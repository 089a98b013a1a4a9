//! Frames: one activation of a code object.

use std::rc::Rc;

use crate::objects::{CellObj, Code, DictObj, Value};

pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub pc: usize,
    /// The fast locals (`co_varnames`) in `stack[..nlocals]`, then the operand stack: one
    /// vector per frame, so a call fills a single pooled buffer.
    pub stack: Vec<Value>,
    /// How many fast locals sit at the bottom of `stack`.
    pub nlocals: usize,
    /// Cell variables, then free variables.
    pub cells: Vec<Rc<CellObj>>,
    pub globals: Rc<DictObj>,
    /// The locals mapping of module and class bodies (`None` for functions).
    pub locals: Option<Rc<DictObj>>,
    /// A class body's namespace from `__prepare__` whose item methods are Python code:
    /// the body's name stores, loads and deletes go through them.
    pub mapping: Option<Value>,
    /// The dict a function frame's `locals()` returns: kept for the frame's life and
    /// refreshed from the fast locals on each call, so names that `exec` stored in it stay.
    pub locals_snapshot: Option<Rc<DictObj>>,
    /// The error being propagated came from a re-raise: add no traceback entry.
    pub reraise: bool,
}

impl Frame {
    pub fn line(&self) -> u32 {
        self.code.line_of(self.pc.saturating_sub(1) as u32)
    }
}
