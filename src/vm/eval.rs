//! The eval loop. Instructions are read from the code image (sealed memory); the loop never
//! writes to it. Exceptions unwind through the code object's exception table.

use std::rc::Rc;

use super::Vm;
use super::frame::Frame;
use super::stack::{fetch_proven, local_proven, local_proven_mut, pop_proven, push_proven};
use crate::bytecode::image::word_at;
use crate::bytecode::{BinOp, CmpOp, Op, format_flags, make_fn};
use crate::objects::*;
use crate::readonly::{self, Cause, Target, Write};

/// Built-ins that need the calling frame (its globals or locals) when called without the
/// arguments that would replace it.
const FRAME_BUILTINS: &[&str] = &["globals", "locals", "vars", "dir", "eval", "exec"];

/// Whether a value owns no heap object (dropping it is a no-op).
#[inline(always)]
fn owns_nothing(v: &Value) -> bool {
    matches!(
        v,
        Value::Undef
            | Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
    )
}

/// Drops a value, skipping the out-of-line drop glue for payloads that own nothing.
#[inline(always)]
fn drop_fast(v: Value) {
    if owns_nothing(&v) {
        std::mem::forget(v);
    } else {
        drop(v);
    }
}

/// Drops a value whose likely payloads are the objects hot code holds most (lists,
/// instances, functions, strings, tuples, dicts): their reference counts drop in place and
/// only a count reaching zero leaves the loop; scalars are forgotten.
#[inline(always)]
pub(super) fn drop_inline(v: Value) {
    match v {
        Value::List(r) => drop(r),
        Value::Instance(r) => drop(r),
        Value::Function(r) => drop(r),
        Value::Str(r) => drop(r),
        Value::Tuple(r) => drop(r),
        Value::Dict(r) => drop(r),
        other => drop_fast(other),
    }
}

/// Shortens the operand stack to `len` after a call, which usually leaves only the emptied
/// callee slot (and method receiver) above it: no out-of-line drop for those.
#[inline(always)]
fn truncate_inline(stack: &mut Vec<Value>, len: usize) {
    while stack.len() > len {
        if let Some(v) = stack.pop() {
            drop_inline(v);
        }
    }
}

/// Clones a value inline: scalars are copied and the reference counts of the objects hot code
/// loads most (functions, instances, strings, lists, tuples, dicts) bumped in place; the rest
/// go through the out-of-line `clone`.
#[inline(always)]
pub(super) fn clone_fast(v: &Value) -> Value {
    match v {
        Value::None => Value::None,
        Value::Bool(b) => Value::Bool(*b),
        Value::Int(i) => Value::Int(*i),
        Value::Float(x) => Value::Float(*x),
        Value::Function(r) => Value::Function(Rc::clone(r)),
        Value::Instance(r) => Value::Instance(Rc::clone(r)),
        Value::Str(r) => Value::Str(Rc::clone(r)),
        Value::List(r) => Value::List(Rc::clone(r)),
        Value::Tuple(r) => Value::Tuple(Rc::clone(r)),
        Value::Dict(r) => Value::Dict(Rc::clone(r)),
        _ => v.clone(),
    }
}

/// `s += t` at module level (or on a `global`), stored straight back under `name` in `ns`:
/// when the binding and the operand are the string's only holders and the namespace is a
/// live module's, the binding is let go for the moment and the text appended in place, so a
/// loop building a string at module level is linear, not quadratic. The store that follows
/// puts the string back through the write choke point.
#[cold]
#[inline(never)]
fn append_to_binding(
    vm: &Vm,
    ns: &Rc<DictObj>,
    name: &Rc<PyStr>,
    ar: &mut Rc<PyStr>,
    bs: &Rc<PyStr>,
) -> bool {
    if Rc::strong_count(ar) != 2
        || Rc::weak_count(ar) != 0
        || !crate::readonly::is_live_module_namespace(vm, ns)
    {
        return false;
    }
    {
        let mut t = ns.table.borrow_mut();
        let Some(ix) = t.find_str(name) else {
            return false;
        };
        if !matches!(&t.entry(ix).value, Value::Str(v) if Rc::ptr_eq(v, ar)) {
            return false;
        }
        t.set_value_at(ix, Value::None);
    }
    match Rc::get_mut(ar) {
        Some(text) => {
            text.push_str(bs.as_str());
            true
        }
        None => {
            // Unreachable with the counts checked above; put the binding back regardless.
            ns.set_str_raw(name.clone(), Value::Str(ar.clone()));
            false
        }
    }
}

/// Drops a slice built on the Rust stack (its bounds are usually ints or None).
#[inline(always)]
fn drop_slice_parts(s: SliceObj) {
    let SliceObj { start, stop, step } = s;
    drop_fast(start);
    drop_fast(stop);
    drop_fast(step);
}

/// The element of a list at a (possibly negative) index, if in range.
#[inline(always)]
fn list_slot<T>(items: &[T], i: i64) -> Option<&T> {
    let j = if i < 0 { i + items.len() as i64 } else { i };
    items.get(usize::try_from(j).ok()?)
}

#[inline(always)]
fn list_slot_mut(items: &mut [Value], i: i64) -> Option<&mut Value> {
    let j = if i < 0 { i + items.len() as i64 } else { i };
    items.get_mut(usize::try_from(j).ok()?)
}

/// How a frame stopped running.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

macro_rules! pop {
    ($f:expr) => {
        $f.stack.pop().unwrap_or_default()
    };
}

impl Vm {
    /// Runs `frame` until it returns or yields, handling exceptions by its exception table.
    #[inline(always)]
    pub fn eval(&mut self, frame: &mut Frame) -> PyResult<FrameExit> {
        loop {
            match self.run_until_error(frame) {
                Ok(exit) => return Ok(exit),
                Err(err) => {
                    self.note_raise(frame, &err);
                    if !self.unwind_to_handler(frame, err.clone()) {
                        return Err(err);
                    }
                }
            }
        }
    }

    /// Records the traceback entry and implicit context for an exception seen in `frame`.
    fn note_raise(&mut self, frame: &mut Frame, err: &PyErr) {
        if frame.reraise {
            frame.reraise = false;
            return;
        }
        let line = frame.line();
        let code = frame.code.clone();
        let mut d = err.exc();
        // An error made by the runtime (no frame has seen it yet) is raised here: it takes the
        // exception being handled as its context. One coming out of a callee keeps its own, as
        // does one a `raise` statement raised (`do_raise` set it).
        let raised_here = d.traceback.is_empty() && d.context.is_none();
        d.traceback.push(TraceEntry {
            filename: code.filename.clone(),
            line,
            name: code.name.clone(),
            lasti: frame.pc.saturating_sub(1) as u32,
            code,
        });
        drop(d);
        if raised_here {
            self.chain_to_handled(err);
        }
    }

    /// Makes the exception being handled (if any, and not `err` itself) the context of `err`,
    /// as raising does in CPython: first unlinking `err` from the handled exception's own chain
    /// of contexts, so the chain cannot loop back to `err`.
    fn chain_to_handled(&mut self, err: &PyErr) {
        let Value::Instance(handled) = &self.exc_info else {
            return;
        };
        if Rc::ptr_eq(handled, &err.0) {
            return;
        }
        let mut link = handled.clone();
        // A chain the program looped itself (through `__context__` writes) is walked only so far.
        for _ in 0..10_000 {
            let Some(data) = link.exc_data() else { break };
            let next = match &data.borrow().context {
                Value::Instance(next) => next.clone(),
                _ => break,
            };
            if Rc::ptr_eq(&next, &err.0) {
                data.borrow_mut().context = Value::None;
                break;
            }
            link = next;
        }
        err.exc().context = self.exc_info.clone();
    }

    /// Jumps to the handler covering the failing instruction; false when there is none.
    fn unwind_to_handler(&mut self, frame: &mut Frame, err: PyErr) -> bool {
        let instr = frame.pc.saturating_sub(1) as u32;
        let code = frame.code.clone();
        let Some(h) = code.rec.handler_for(code.image.bytes(), instr) else {
            return false;
        };
        frame.stack.truncate(frame.nlocals + h.depth as usize);
        frame.stack.push(err.value());
        frame.pc = h.target as usize;
        true
    }

    /// Raises `err` at the frame's current point (used by generator throw).
    pub fn raise_in_frame(&mut self, frame: &mut Frame, err: PyErr) -> PyResult<FrameExit> {
        // The frame is suspended after a YieldValue; the error belongs to that instruction.
        self.note_raise(frame, &err);
        if !self.unwind_to_handler(frame, err.clone()) {
            return Err(err);
        }
        self.run_frame(frame)
    }

    /// If the frame is suspended inside `yield from`, the iterator it delegates to.
    pub fn yield_from_target(&self, frame: &Frame) -> Option<Value> {
        let code = frame.code.clone();
        let bytes = code.image.bytes();
        let start = code.rec.code_start;
        let pc = frame.pc;
        if pc < 2 || pc >= code.rec.code_len {
            return None;
        }
        let (prev, _) = crate::bytecode::decode(word_at(bytes, start, pc - 1));
        let (prev2, _) = crate::bytecode::decode(word_at(bytes, start, pc - 2));
        if prev == Some(Op::YieldValue) && prev2 == Some(Op::Send) {
            return frame.stack.get(frame.stack.len().checked_sub(1)?).cloned();
        }
        None
    }

    /// After a delegated throw finished the inner generator: the Send's exit target.
    pub fn send_exit_target(&self, frame: &Frame) -> usize {
        let code = frame.code.clone();
        let bytes = code.image.bytes();
        let (_, arg) = crate::bytecode::decode(word_at(bytes, code.rec.code_start, frame.pc - 2));
        arg as usize
    }

    fn run_until_error(&mut self, f: &mut Frame) -> PyResult<FrameExit> {
        let code = f.code.clone();
        // The instruction words, read in place from the (sealed) image.
        let (words, _) = code.rec.code_bytes(code.image.bytes()).as_chunks::<4>();
        self.enter_proven(f, &code)?;
        loop {
            debug_assert_eq!(
                Some(f.stack.len()),
                code.depths().get(f.pc).map(|d| f.nlocals + *d as usize),
                "operand stack depth at instruction {} of {}",
                f.pc,
                code.rec.qualname
            );
            let word = fetch_proven(words, f.pc);
            f.pc += 1;
            let arg = word >> 8;
            let op = crate::bytecode::DISPATCH[(word & 0xff) as usize];
            match op {
                Op::Nop => {}
                Op::Invalid => return Err(self.runtime_error("invalid opcode")),
                Op::PopTop => {
                    // Also after scalars: an expression statement's call (`pool.clear()`)
                    // may have dropped the last reference to something.
                    drop_fast(pop_proven(&mut f.stack));
                    self.finalize_if_due();
                }
                Op::Copy => {
                    // `v[i] op= x` on a list: `Copy 2, Copy 2, BinarySubscr` leave the list
                    // and index in place with the item above them.
                    if word == (2 << 8) | Op::Copy as u32
                        && fetch_proven(words, f.pc) == word
                        && (fetch_proven(words, f.pc + 1) & 0xff) as u8 == Op::BinarySubscr as u8
                    {
                        let n = f.stack.len();
                        let item = match (&f.stack[n - 2], &f.stack[n - 1]) {
                            (Value::List(l), &Value::Int(i)) => {
                                list_slot(&l.0.borrow(), i).map(clone_fast)
                            }
                            _ => None,
                        };
                        if let Some(item) = item {
                            f.pc += 2;
                            push_proven(&mut f.stack, item);
                            continue;
                        }
                    }
                    let v = clone_fast(&f.stack[f.stack.len() - arg as usize]);
                    push_proven(&mut f.stack, v);
                }
                Op::Swap => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - arg as usize);
                }
                Op::LoadConst => push_proven(&mut f.stack, clone_fast(&code.consts[arg as usize])),
                Op::LoadFast | Op::LoadFastChecked => {
                    let v = local_proven(&f.stack, arg as usize);
                    if v.is_undef() {
                        return Err(self.unbound_local(&code, arg as usize));
                    }
                    // `p.x` and `self.x = v` read the object off the local in place: no
                    // reference-count round trip, one dispatch. The fused instruction runs
                    // with `pc` past it and the stack as it would have found it.
                    let next = fetch_proven(words, f.pc);
                    if (next & 0xff) as u8 == Op::LoadAttr as u8 {
                        f.pc += 1;
                        let name = &code.names[(next >> 8) as usize];
                        let v = self.load_attr_cached(&code, f.pc - 1, v, name)?;
                        push_proven(&mut f.stack, v);
                        continue;
                    }
                    if (next & 0xff) as u8 == Op::StoreAttr as u8 {
                        f.pc += 1;
                        self.note_pc(f.pc - 1);
                        let value = pop_proven(&mut f.stack);
                        let obj = local_proven(&f.stack, arg as usize);
                        let name = &code.names[(next >> 8) as usize];
                        self.store_attr_cached(&code, f.pc - 1, obj, name, value)?;
                        self.finalize_if_due();
                        continue;
                    }
                    // `a[i]`, `row[0]` on a list: the item straight from the local and the
                    // index (a local or constant load falls through to the BinarySubscr).
                    let nop = (next & 0xff) as u8;
                    if let Value::List(l) = v
                        && (nop == Op::LoadFast as u8 || nop == Op::LoadConst as u8)
                        && (fetch_proven(words, f.pc + 1) & 0xff) as u8 == Op::BinarySubscr as u8
                    {
                        let key = if nop == Op::LoadFast as u8 {
                            local_proven(&f.stack, (next >> 8) as usize)
                        } else {
                            &code.consts[(next >> 8) as usize]
                        };
                        let item = match key {
                            &Value::Int(i) => list_slot(&l.0.borrow(), i).map(clone_fast),
                            _ => None,
                        };
                        if let Some(item) = item {
                            f.pc += 2;
                            push_proven(&mut f.stack, item);
                            continue;
                        }
                    }
                    // `s[j]` of an ASCII string: its byte's shared one-character string.
                    if let Value::Str(text) = v
                        && (nop == Op::LoadFast as u8 || nop == Op::LoadConst as u8)
                        && text.is_ascii()
                        && (fetch_proven(words, f.pc + 1) & 0xff) as u8 == Op::BinarySubscr as u8
                    {
                        let key = if nop == Op::LoadFast as u8 {
                            local_proven(&f.stack, (next >> 8) as usize)
                        } else {
                            &code.consts[(next >> 8) as usize]
                        };
                        if let &Value::Int(i) = key
                            && let Some(&b) = list_slot(text.as_str().as_bytes(), i)
                            && let Some(item) = self.ascii_char(b)
                        {
                            f.pc += 2;
                            push_proven(&mut f.stack, item);
                            continue;
                        }
                    }
                    let v = clone_fast(v);
                    push_proven(&mut f.stack, v);
                    // `x * y`, `a[i]`: a second local load right after is done in this
                    // same dispatch (a load falls through to a reached instruction).
                    // So is a constant (`n < 2`, `b[0]`, `i + 1`).
                    if (next & 0xff) as u8 == Op::LoadFast as u8 {
                        let v = local_proven(&f.stack, (next >> 8) as usize);
                        if !v.is_undef() {
                            let v = clone_fast(v);
                            f.pc += 1;
                            push_proven(&mut f.stack, v);
                        }
                    } else if (next & 0xff) as u8 == Op::LoadConst as u8 {
                        f.pc += 1;
                        push_proven(&mut f.stack, clone_fast(&code.consts[(next >> 8) as usize]));
                    }
                }
                Op::StoreFast => {
                    let v = pop_proven(&mut f.stack);
                    let old = std::mem::replace(local_proven_mut(&mut f.stack, arg as usize), v);
                    self.release(old);
                }
                Op::LoadDeref | Op::LoadClassDeref => {
                    let i = arg as usize;
                    if op == Op::LoadClassDeref {
                        let name = self.deref_name(&code, i);
                        if let Some(l) = &f.locals
                            && let Some(v) = l.get_str(&name)
                        {
                            push_proven(&mut f.stack, v);
                            continue;
                        }
                    }
                    let v = f.cells[i].0.borrow().clone();
                    if v.is_undef() {
                        let name = self.deref_name(&code, i);
                        let free = i >= code.rec.cellvars.len();
                        return Err(self.unbound_variable(name.as_str(), free));
                    }
                    push_proven(&mut f.stack, v);
                }
                Op::StoreDeref => {
                    let v = pop_proven(&mut f.stack);
                    *f.cells[arg as usize].0.borrow_mut() = v;
                }
                Op::LoadGlobal => {
                    let name = &code.names[arg as usize];
                    let v = self.load_global_cached(&code, f.pc - 1, &f.globals, name)?;
                    push_proven(&mut f.stack, v);
                }
                Op::LoadAttr => {
                    let obj = pop_proven(&mut f.stack);
                    let v =
                        self.load_attr_cached(&code, f.pc - 1, &obj, &code.names[arg as usize])?;
                    push_proven(&mut f.stack, v);
                }
                Op::StoreAttr => {
                    self.note_pc(f.pc - 1);
                    let obj = pop_proven(&mut f.stack);
                    let v = pop_proven(&mut f.stack);
                    self.store_attr_cached(&code, f.pc - 1, &obj, &code.names[arg as usize], v)?;
                    self.finalize_if_due();
                }
                Op::LoadMethod => {
                    let obj = pop_proven(&mut f.stack);
                    let name = &code.names[arg as usize];
                    match self.cached_method(&code, f.pc - 1, &obj, name) {
                        Some(m) => {
                            push_proven(&mut f.stack, m);
                            push_proven(&mut f.stack, obj);
                        }
                        None => {
                            self.load_method(f, obj, name)?;
                            self.check_depth(f, &code)?;
                        }
                    }
                }
                Op::CallMethod => {
                    self.note_pc(f.pc - 1);
                    let argc = arg as usize;
                    let base = f.stack.len() - argc - 2;
                    let r = if f.stack[base + 1].is_undef() {
                        // Not a method of the object: a module's function (`mod.f(x)`) or
                        // a stored bound method (`rng.randint`, `self.callback(x)`). Python
                        // functions take their arguments straight off the stack; a bound
                        // method's receiver goes in the empty slot before them.
                        let callee = std::mem::take(&mut f.stack[base]);
                        let r = match &callee {
                            Value::Function(func) => {
                                self.call_function_from_stack(func, &mut f.stack, base + 2)
                            }
                            Value::BoundMethod(m) => match &m.func {
                                Value::Function(func) => {
                                    f.stack[base + 1] = m.receiver.clone();
                                    self.call_function_from_stack(func, &mut f.stack, base + 1)
                                }
                                _ => self.call(&callee, &f.stack[base + 2..], &[]),
                            },
                            other => self.call(other, &f.stack[base + 2..], &[]),
                        };
                        drop_inline(callee);
                        r
                    } else {
                        let callee = std::mem::take(&mut f.stack[base]);
                        let r = match &callee {
                            Value::Function(func) => {
                                self.call_function_from_stack(func, &mut f.stack, base + 1)
                            }
                            Value::Builtin(b) => (b.func)(self, Args::new(&f.stack[base + 1..])),
                            other => self.call(other, &f.stack[base + 1..], &[]),
                        };
                        drop_inline(callee);
                        r
                    };
                    truncate_inline(&mut f.stack, base);
                    if f.stack.len() != base {
                        return Err(self.stack_mismatch(&code, f.pc - 1));
                    }
                    push_proven(&mut f.stack, r?);
                }
                // In the loop, not `exec_cold`: slicing loops (`perm[:k + 1] = perm[k::-1]`)
                // build one or two slices an iteration.
                Op::BuildSlice => {
                    let step = if arg == 3 {
                        pop_proven(&mut f.stack)
                    } else {
                        Value::None
                    };
                    let stop = pop_proven(&mut f.stack);
                    let start = pop_proven(&mut f.stack);
                    let slice = SliceObj { start, stop, step };
                    // `a[i:j]` and `a[i:j] = b` on a list use the slice where it is built,
                    // never boxed (the subscript falls through from here; an error names it).
                    let next = fetch_proven(words, f.pc);
                    let nop = (next & 0xff) as u8;
                    if matches!(f.stack.last(), Some(Value::List(_)))
                        && (nop == Op::BinarySubscr as u8 || nop == Op::StoreSubscr as u8)
                    {
                        f.pc += 1;
                        let obj = pop_proven(&mut f.stack);
                        if nop == Op::StoreSubscr as u8 {
                            self.note_pc(f.pc - 1);
                            let v = pop_proven(&mut f.stack);
                            if let Value::List(l) = &obj {
                                self.list_set_slice(l, &slice, v)?;
                            }
                            drop_inline(obj);
                            drop_slice_parts(slice);
                            self.finalize_if_due();
                        } else {
                            let r = match &obj {
                                Value::List(l) => self.list_get_slice(l, &slice)?,
                                _ => Value::None,
                            };
                            drop_inline(obj);
                            drop_slice_parts(slice);
                            push_proven(&mut f.stack, r);
                        }
                        continue;
                    }
                    push_proven(&mut f.stack, Value::Slice(Rc::new(slice)));
                }
                Op::BinarySubscr => {
                    let key = pop_proven(&mut f.stack);
                    let obj = pop_proven(&mut f.stack);
                    let item = match (&obj, &key) {
                        (Value::List(l), &Value::Int(i)) => {
                            list_slot(&l.0.borrow(), i).map(clone_fast)
                        }
                        _ => None,
                    };
                    if let Some(v) = item {
                        std::mem::forget(key);
                        drop_inline(obj);
                        push_proven(&mut f.stack, v);
                        continue;
                    }
                    // `s[i]` of an ASCII string: its byte's shared one-character string
                    // (text scanners index strings character by character).
                    if let (Value::Str(s), &Value::Int(i)) = (&obj, &key)
                        && s.is_ascii()
                        && let Some(&b) = list_slot(s.as_str().as_bytes(), i)
                        && let Some(v) = self.ascii_char(b)
                    {
                        std::mem::forget(key);
                        push_proven(&mut f.stack, v);
                        continue;
                    }
                    self.note_pc_for(&obj, f.pc - 1);
                    if let Value::Instance(inst) = &obj
                        && let Some(d) =
                            self.dict_subclass_own(&code, f.pc - 1, inst, "__getitem__")
                    {
                        let v = self.dict_subclass_getitem(&obj, &d, &key)?;
                        push_proven(&mut f.stack, v);
                        continue;
                    }
                    let v = self.get_item(&obj, &key)?;
                    push_proven(&mut f.stack, v);
                }
                Op::StoreSubscr => {
                    self.note_pc(f.pc - 1);
                    let key = pop_proven(&mut f.stack);
                    let obj = pop_proven(&mut f.stack);
                    let v = pop_proven(&mut f.stack);
                    if let (Value::List(l), &Value::Int(i)) = (&obj, &key) {
                        let mut items = l.0.borrow_mut();
                        if let Some(slot) = list_slot_mut(&mut items, i) {
                            let old = std::mem::replace(slot, v);
                            drop(items);
                            std::mem::forget(key);
                            drop_inline(obj);
                            self.release(old);
                            continue;
                        }
                    }
                    if let Value::Instance(inst) = &obj
                        && let Some(d) =
                            self.dict_subclass_own(&code, f.pc - 1, inst, "__setitem__")
                    {
                        self.dict_set(&d, key, v)?;
                    } else {
                        self.set_item(&obj, &key, v)?;
                    }
                    self.finalize_if_due();
                }
                Op::BinaryOp | Op::InplaceOp => {
                    let b = pop_proven(&mut f.stack);
                    let mut a = pop_proven(&mut f.stack);
                    let bop = BinOp::from_arg(arg).unwrap_or(BinOp::Add);
                    let r = match (&a, &b) {
                        (&Value::Int(x), &Value::Int(y)) => {
                            // Ints own nothing: skip the out-of-line drops.
                            std::mem::forget(a);
                            std::mem::forget(b);
                            match bop {
                                BinOp::Add if x.checked_add(y).is_some() => Value::Int(x + y),
                                BinOp::Sub if x.checked_sub(y).is_some() => Value::Int(x - y),
                                // In line too (measured: the `int_op` call cost ~50
                                // instructions, a third of `n % 2 == 0` loops).
                                BinOp::Mul if x.checked_mul(y).is_some() => Value::Int(x * y),
                                // Floor division and modulo agree with the Euclidean ones
                                // for a positive divisor.
                                BinOp::FloorDiv if y > 0 => Value::Int(x.div_euclid(y)),
                                BinOp::Mod if y > 0 => Value::Int(x.rem_euclid(y)),
                                BinOp::And => Value::Int(x & y),
                                BinOp::Or => Value::Int(x | y),
                                BinOp::Xor => Value::Int(x ^ y),
                                BinOp::RShift if (0..64).contains(&y) => Value::Int(x >> y),
                                BinOp::MatMul if op == Op::InplaceOp => {
                                    self.inplace_op(&Value::Int(x), &Value::Int(y), bop)?
                                }
                                _ => self.int_op(x, y, bop)?,
                            }
                        }
                        (&Value::Float(x), &Value::Float(y)) => {
                            std::mem::forget(a);
                            std::mem::forget(b);
                            let (x, y) = (x.get(), y.get());
                            match bop {
                                BinOp::Add => Value::float(x + y),
                                BinOp::Sub => Value::float(x - y),
                                BinOp::Mul => Value::float(x * y),
                                BinOp::TrueDiv if y != 0.0 => Value::float(x / y),
                                // Errors name the augmented operator (`&=`).
                                _ if op == Op::InplaceOp => {
                                    self.inplace_op(&Value::float(x), &Value::float(y), bop)?
                                }
                                _ => self.float_op(x, y, bop)?,
                            }
                        }
                        // `0.5 * m`, `x / 10`: the int converts to a float first, as in
                        // `binary_op` (rounding to nearest for ints past 2**53, as CPython).
                        (&Value::Float(_), &Value::Int(_)) | (&Value::Int(_), &Value::Float(_))
                            if matches!(
                                bop,
                                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv
                            ) =>
                        {
                            let as_f64 = |v: &Value| match *v {
                                Value::Int(i) => i as f64,
                                Value::Float(x) => x.get(),
                                _ => f64::NAN,
                            };
                            let (x, y) = (as_f64(&a), as_f64(&b));
                            std::mem::forget(a);
                            std::mem::forget(b);
                            match bop {
                                BinOp::Add => Value::float(x + y),
                                BinOp::Sub => Value::float(x - y),
                                BinOp::Mul => Value::float(x * y),
                                _ if y != 0.0 => Value::float(x / y),
                                _ => self.float_op(x, y, bop)?,
                            }
                        }
                        _ => {
                            // `s += t` or `s = s + t` on a local str stored straight back
                            // (`StoreFast` of the same local next): when the local and this operand
                            // are the string's only holders, append in place instead of copying (as
                            // CPython does), so a loop building a string is linear, not quadratic.
                            if bop == BinOp::Add
                                && let (Value::Str(ar), Value::Str(bs)) = (&mut a, &b)
                            {
                                let next = fetch_proven(words, f.pc);
                                let slot = (next >> 8) as usize;
                                if (next & 0xff) as u8 == Op::StoreFast as u8
                                    && slot < f.nlocals
                                    && Rc::strong_count(ar) == 2
                                    && Rc::weak_count(ar) == 0
                                    && matches!(&f.stack[slot], Value::Str(l) if Rc::ptr_eq(l, ar))
                                {
                                    f.stack[slot] = Value::Undef;
                                    if let Some(text) = Rc::get_mut(ar) {
                                        text.push_str(bs.as_str());
                                        push_proven(&mut f.stack, a);
                                        continue;
                                    }
                                    f.stack[slot] = Value::Str(ar.clone());
                                }
                                if (next & 0xff) as u8 == Op::StoreName as u8
                                    || (next & 0xff) as u8 == Op::StoreGlobal as u8
                                {
                                    let ns = match &f.locals {
                                        Some(l) if (next & 0xff) as u8 == Op::StoreName as u8 => l,
                                        _ => &f.globals,
                                    };
                                    if f.mapping.is_none()
                                        && let Some(name) = code.names.get(slot)
                                        && append_to_binding(self, ns, name, ar, bs)
                                    {
                                        push_proven(&mut f.stack, a);
                                        continue;
                                    }
                                }
                            }
                            self.note_pc(f.pc - 1);
                            let inplace = op == Op::InplaceOp;
                            if let Value::Instance(inst) = &a
                                && let Some(func) = self.cached_binop_method(
                                    &code,
                                    f.pc - 1,
                                    inst,
                                    &b,
                                    bop,
                                    inplace,
                                )
                            {
                                let r = self.call_dunder_moved(f, &code, &func, &a, &b)?;
                                match r {
                                    Value::NotImplemented => {
                                        self.binop_without_dunders(&a, &b, bop, inplace)?
                                    }
                                    r => r,
                                }
                            } else if inplace {
                                self.inplace_op(&a, &b, bop)?
                            } else {
                                self.binary_op(&a, &b, bop)?
                            }
                        }
                    };
                    // `x = a + b`: the result goes straight into its local (BinaryOp falls
                    // through to a reached instruction).
                    let next = fetch_proven(words, f.pc);
                    if (next & 0xff) as u8 == Op::StoreFast as u8 {
                        f.pc += 1;
                        let slot = local_proven_mut(&mut f.stack, (next >> 8) as usize);
                        let old = std::mem::replace(slot, r);
                        self.release(old);
                        continue;
                    }
                    // `v[i] op= x` on a list: `Swap 3, Swap 2, StoreSubscr` store the result
                    // into the list and index left under it (each falls through to the next).
                    if next == (3 << 8) | Op::Swap as u32
                        && fetch_proven(words, f.pc + 1) == (2 << 8) | Op::Swap as u32
                        && (fetch_proven(words, f.pc + 2) & 0xff) as u8 == Op::StoreSubscr as u8
                    {
                        let n = f.stack.len();
                        let stored = match (&f.stack[n - 2], &f.stack[n - 1]) {
                            (Value::List(l), &Value::Int(i)) => {
                                list_slot_mut(&mut l.0.borrow_mut(), i)
                                    .map(|slot| std::mem::replace(slot, clone_fast(&r)))
                            }
                            _ => None,
                        };
                        if let Some(old) = stored {
                            f.pc += 3;
                            self.note_pc(f.pc - 1);
                            drop_inline(r);
                            drop_fast(pop_proven(&mut f.stack));
                            drop_inline(pop_proven(&mut f.stack));
                            self.release(old);
                            continue;
                        }
                    }
                    push_proven(&mut f.stack, r);
                }
                Op::UnaryNot => {
                    let v = pop_proven(&mut f.stack);
                    self.note_pc_for(&v, f.pc - 1);
                    let r = self.truthy(&v)?;
                    push_proven(&mut f.stack, Value::from_bool(!r));
                }
                Op::CompareOp => {
                    let b = pop_proven(&mut f.stack);
                    let a = pop_proven(&mut f.stack);
                    let cop = CmpOp::from_arg(arg).unwrap_or(CmpOp::Eq);
                    let r = match (&a, &b) {
                        (&Value::Int(x), &Value::Int(y)) => {
                            std::mem::forget(a);
                            std::mem::forget(b);
                            Value::from_bool(super::ops::cmp_prim(x, y, cop))
                        }
                        (&Value::Float(x), &Value::Float(y)) => {
                            std::mem::forget(a);
                            std::mem::forget(b);
                            let (x, y) = (x.get(), y.get());
                            Value::from_bool(super::ops::cmp_prim(x, y, cop))
                        }
                        // `p.x < 0`: ints of up to 53 bits convert to floats exactly.
                        (&Value::Float(x), &Value::Int(y)) if y.unsigned_abs() <= 1 << 53 => {
                            std::mem::forget(a);
                            std::mem::forget(b);
                            Value::from_bool(super::ops::cmp_prim(x.get(), y as f64, cop))
                        }
                        (&Value::Int(x), &Value::Float(y)) if x.unsigned_abs() <= 1 << 53 => {
                            std::mem::forget(a);
                            std::mem::forget(b);
                            Value::from_bool(super::ops::cmp_prim(x as f64, y.get(), cop))
                        }
                        // `c == "{"`, `s[j] != '"'`: text scanners compare strings for
                        // equality character by character.
                        (Value::Str(x), Value::Str(y)) if matches!(cop, CmpOp::Eq | CmpOp::Ne) => {
                            let same = Rc::ptr_eq(x, y) || x.as_str() == y.as_str();
                            drop_inline(a);
                            drop_inline(b);
                            Value::from_bool(same == (cop == CmpOp::Eq))
                        }
                        (Value::Instance(inst), _) => {
                            match self.plain_compare_method(inst, &b, cop) {
                                Some(func) => {
                                    self.note_pc(f.pc - 1);
                                    let r = self.call_dunder_moved(f, &code, &func, &a, &b)?;
                                    match r {
                                        Value::NotImplemented => {
                                            self.compare_after_forward(&a, &b, cop)?
                                        }
                                        r => r,
                                    }
                                }
                                None => self.compare(&a, &b, cop)?,
                            }
                        }
                        _ => self.compare(&a, &b, cop)?,
                    };
                    // A bool feeding the conditional jump right after it (a loop or `if`
                    // test) takes the jump here: one dispatch, no push and pop.
                    // (CompareOp falls through to a reached instruction.)
                    if let Value::Bool(t) = r {
                        let next = fetch_proven(words, f.pc);
                        let jump_if = match (next & 0xff) as u8 {
                            x if x == Op::PopJumpIfFalse as u8 => Some(false),
                            x if x == Op::PopJumpIfTrue as u8 => Some(true),
                            _ => None,
                        };
                        if let Some(when) = jump_if {
                            f.pc += 1;
                            if t.get() == when {
                                f.pc = (next >> 8) as usize;
                            }
                            std::mem::forget(r);
                            continue;
                        }
                    }
                    push_proven(&mut f.stack, r);
                }
                Op::IsOp => {
                    let b = pop_proven(&mut f.stack);
                    let a = pop_proven(&mut f.stack);
                    // `x is None`, `x is True`: in line, no out-of-line drops.
                    let same = match (&a, &b) {
                        (_, Value::None) => matches!(a, Value::None),
                        (&Value::Bool(x), &Value::Bool(y)) => x == y,
                        _ => a.is(&b),
                    };
                    drop_inline(a);
                    drop_inline(b);
                    push_proven(&mut f.stack, Value::from_bool(same != (arg == 1)));
                }
                Op::ContainsOp => {
                    let container = pop_proven(&mut f.stack);
                    let item = pop_proven(&mut f.stack);
                    self.note_pc_for(&container, f.pc - 1);
                    let r = match (&container, &item) {
                        // `c in "0123456789"`, `"." in num`: a substring test.
                        (Value::Str(hay), Value::Str(needle)) => {
                            hay.as_str().contains(needle.as_str())
                        }
                        (Value::Instance(inst), _)
                            if let Some(d) =
                                self.dict_subclass_own(&code, f.pc - 1, inst, "__contains__") =>
                        {
                            self.dict_get(&d, &item)?.is_some()
                        }
                        _ => self.contains(&container, &item)?,
                    };
                    drop_inline(container);
                    drop_inline(item);
                    push_proven(&mut f.stack, Value::from_bool(r != (arg == 1)));
                }
                Op::Jump => f.pc = arg as usize,
                Op::JumpBackward => {
                    f.pc = arg as usize;
                    self.back_edges -= 1;
                    if self.back_edges == 0 {
                        self.tick()?;
                    }
                }
                Op::PopJumpIfFalse => {
                    let v = pop_proven(&mut f.stack);
                    let t = match &v {
                        &Value::Bool(b) => {
                            std::mem::forget(v);
                            b.get()
                        }
                        // `while k:`, `if n:`
                        &Value::Int(i) => {
                            std::mem::forget(v);
                            i != 0
                        }
                        other => {
                            self.note_pc_for(other, f.pc - 1);
                            self.truthy(other)?
                        }
                    };
                    if !t {
                        f.pc = arg as usize;
                    }
                }
                Op::PopJumpIfTrue => {
                    let v = pop_proven(&mut f.stack);
                    let t = match &v {
                        &Value::Bool(b) => {
                            std::mem::forget(v);
                            b.get()
                        }
                        // `while k:`, `if n:`
                        &Value::Int(i) => {
                            std::mem::forget(v);
                            i != 0
                        }
                        other => {
                            self.note_pc_for(other, f.pc - 1);
                            self.truthy(other)?
                        }
                    };
                    if t {
                        f.pc = arg as usize;
                    }
                }
                Op::JumpIfFalseOrPop => {
                    let t = match f.stack.last() {
                        Some(Value::Bool(b)) => b.get(),
                        _ => {
                            let v = f.stack.last().cloned().unwrap_or_default();
                            self.truthy(&v)?
                        }
                    };
                    if !t {
                        f.pc = arg as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop => {
                    let t = match f.stack.last() {
                        Some(Value::Bool(b)) => b.get(),
                        _ => {
                            let v = f.stack.last().cloned().unwrap_or_default();
                            self.truthy(&v)?
                        }
                    };
                    if t {
                        f.pc = arg as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = pop_proven(&mut f.stack);
                    self.note_pc_for(&v, f.pc - 1);
                    let it = self.get_iter(&v)?;
                    push_proven(&mut f.stack, it);
                }
                Op::ForIter => {
                    // Range and list iteration step the iterator where it lies on the stack
                    // (no reference-count round trip on it); the rest work on a clone.
                    let stepped = match f.stack.last() {
                        Some(Value::Iter(i)) => match &mut *i.0.borrow_mut() {
                            IterKind::Range { next, stop, step } => Some(
                                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                                    let v = *next;
                                    *next = next.saturating_add(*step);
                                    Some(Value::Int(v))
                                } else {
                                    None
                                },
                            ),
                            IterKind::Seq {
                                seq: Value::List(l),
                                index,
                            } => {
                                let r = l.0.borrow().get(*index).map(clone_fast);
                                if r.is_some() {
                                    *index += 1;
                                }
                                Some(r)
                            }
                            _ => None,
                        },
                        _ => None,
                    };
                    let next = match stepped {
                        Some(next) => next,
                        None => {
                            let it = f.stack.last().cloned().unwrap_or_default();
                            match &it {
                                Value::Iter(_) => {
                                    // `for a, b in d.items()` (or enumerate, zip): the two
                                    // parts go on the stack as UnpackSequence would leave
                                    // them, without making the pair (the depth after that
                                    // UnpackSequence is a proven one).
                                    let unpack = fetch_proven(words, f.pc);
                                    if unpack == (2 << 8) | Op::UnpackSequence as u32
                                        && let Some(pair) = self.next_pair(&it)?
                                    {
                                        match pair {
                                            Some((a, b)) => {
                                                f.pc += 1;
                                                push_proven(&mut f.stack, b);
                                                push_proven(&mut f.stack, a);
                                            }
                                            None => {
                                                f.stack.pop();
                                                f.pc = arg as usize;
                                            }
                                        }
                                        continue;
                                    }
                                    self.next(&it)?
                                }
                                _ => self.next(&it)?,
                            }
                        }
                    };
                    match next {
                        Some(v) => {
                            // `for x in ...:` stores the item straight into its local.
                            // ForIter falls through to a reached instruction.
                            let next = fetch_proven(words, f.pc);
                            if (next & 0xff) as u8 == Op::StoreFast as u8 {
                                f.pc += 1;
                                let slot = local_proven_mut(&mut f.stack, (next >> 8) as usize);
                                drop_fast(std::mem::replace(slot, v));
                                continue;
                            }
                            push_proven(&mut f.stack, v);
                        }
                        None => {
                            f.stack.pop();
                            f.pc = arg as usize;
                        }
                    }
                }
                Op::BuildTuple => {
                    let n = f.stack.len() - arg as usize;
                    let items = f.stack.split_off(n);
                    push_proven(&mut f.stack, Value::tuple(items));
                }
                Op::BuildList => {
                    let n = f.stack.len() - arg as usize;
                    let items = f.stack.split_off(n);
                    push_proven(&mut f.stack, Value::list(items));
                }
                Op::ListAppend => {
                    let v = pop_proven(&mut f.stack);
                    let at = f.stack.len() - arg as usize;
                    if let Value::List(l) = &f.stack[at] {
                        l.0.borrow_mut().push(v);
                    }
                }
                Op::UnpackSequence => {
                    let v = pop_proven(&mut f.stack);
                    let n = arg as usize;
                    // Tuples and lists unpack straight from their storage, no copy.
                    match &v {
                        // The verifier's depth after the instruction counts the `n` values.
                        Value::Tuple(t) if t.0.len() == n => {
                            for x in t.0.iter().rev() {
                                push_proven(&mut f.stack, clone_fast(x));
                            }
                        }
                        Value::List(l) if l.0.borrow().len() == n => {
                            for x in l.0.borrow().iter().rev() {
                                push_proven(&mut f.stack, clone_fast(x));
                            }
                        }
                        _ => {
                            let items = self.unpack_iterable(&v, n)?;
                            f.stack.extend(items.into_iter().rev());
                        }
                    }
                }
                Op::CallFunction => {
                    self.note_pc(f.pc - 1);
                    let argc = arg as usize;
                    let base = f.stack.len() - argc - 1;
                    let callee = std::mem::take(&mut f.stack[base]);
                    let r = match &callee {
                        Value::Function(func) => {
                            self.call_function_from_stack(func, &mut f.stack, base + 1)
                        }
                        Value::Builtin(b) if b.receiver.is_undef() => {
                            if argc == 0
                                && let Some(e) = self.unbound_without_receiver(b)
                            {
                                return Err(e);
                            }
                            if b.owner.is_none() && FRAME_BUILTINS.contains(&b.name) {
                                let args = f.stack[base + 1..].to_vec();
                                self.frame_builtin(f, b.name, &args, &[])
                            } else {
                                (b.func)(self, Args::new(&f.stack[base + 1..])).map_err(|e| {
                                    self.unbound_receiver_error(b, f.stack.get(base + 1), e)
                                })
                            }
                        }
                        Value::Class(c) if argc == 0 && Rc::ptr_eq(c, &self.types.super_) => {
                            self.zero_arg_super(f)
                        }
                        Value::Class(c) => match self.instantiate_from_stack(c, &mut f.stack, base)
                        {
                            Some(r) => r,
                            None => self.call(&callee, &f.stack[base + 1..], &[]),
                        },
                        other => self.call(other, &f.stack[base + 1..], &[]),
                    };
                    truncate_inline(&mut f.stack, base);
                    if f.stack.len() != base {
                        return Err(self.stack_mismatch(&code, f.pc - 1));
                    }
                    push_proven(&mut f.stack, r?);
                    drop_inline(callee);
                }
                Op::LoadName => {
                    let name = &code.names[arg as usize];
                    if f.mapping.is_some() {
                        let v = self.load_name_mapped(f, name)?;
                        push_proven(&mut f.stack, v);
                        continue;
                    }
                    let local = match &f.locals {
                        Some(l) => l.get_str(name),
                        None => None,
                    };
                    let v = match local {
                        Some(v) => v,
                        None => self.load_global(f, name)?,
                    };
                    push_proven(&mut f.stack, v);
                }
                Op::StoreName => {
                    // Module-level code stores here: audited at this instruction.
                    self.note_pc(f.pc - 1);
                    let v = pop_proven(&mut f.stack);
                    let name = &code.names[arg as usize];
                    if let Some(m) = &f.mapping {
                        let m = m.clone();
                        self.set_item(&m, &Value::Str(name.clone()), v)?;
                        continue;
                    }
                    let ns = f.locals.as_ref().unwrap_or(&f.globals).clone();
                    self.store_in_namespace(&ns, name, v)?;
                    self.finalize_if_due();
                }
                Op::ReturnValue => {
                    let v = pop_proven(&mut f.stack);
                    return Ok(FrameExit::Return(v));
                }
                Op::YieldValue => {
                    let v = pop_proven(&mut f.stack);
                    return Ok(FrameExit::Yield(v));
                }
                _ => {
                    if let Some(exit) = self.exec_cold(f, op, arg, &code)? {
                        return Ok(exit);
                    }
                    self.check_depth(f, &code)?;
                }
            }
        }
    }

    /// Calls a binary special method `func(a, b)` found by `plain_binop_method` or
    /// `plain_compare_method`: the operands go back on the stack, where they were a moment
    /// ago (so within the proven depth), and move from there into the method's frame.
    #[inline(always)]
    fn call_dunder_moved(
        &mut self,
        f: &mut Frame,
        code: &Code,
        func: &Rc<Function>,
        a: &Value,
        b: &Value,
    ) -> PyResult {
        let base = f.stack.len();
        push_proven(&mut f.stack, a.clone());
        push_proven(&mut f.stack, b.clone());
        let r = self.call_function_from_stack(func, &mut f.stack, base);
        if f.stack.len() != base {
            return Err(self.stack_mismatch(code, f.pc - 1));
        }
        r
    }

    /// `obj[key]` for a dict-subclass instance whose class keeps dict's `__getitem__`: the
    /// dict lookup, then the class's `__missing__` if it has one.
    #[inline(never)]
    fn dict_subclass_getitem(&mut self, obj: &Value, d: &DictObj, key: &Value) -> PyResult {
        if let Some(v) = self.dict_get(d, key)? {
            return Ok(v);
        }
        if let Some(r) = self.call_special(obj, "__missing__", std::slice::from_ref(key))? {
            return Ok(r);
        }
        Err(self.key_error(key.clone()))
    }

    /// Drops a value the frame let go of; when it owned heap objects, runs the `__del__`
    /// methods (and generator closes) the drop made due, as CPython runs them at once.
    #[inline(always)]
    fn release(&mut self, v: Value) {
        if owns_nothing(&v) {
            std::mem::forget(v);
        } else {
            drop(v);
            self.finalize_if_due();
        }
    }

    /// Starts running `f` from its current instruction under the verifier's stack proof
    /// (see `vm::stack`): the instruction is one the verifier reached, the frame has its
    /// locals, the operand stack has the proven depth, and there is room for `stacksize` more.
    #[inline(always)]
    fn enter_proven(&mut self, f: &mut Frame, code: &Code) -> PyResult<()> {
        if f.nlocals < code.rec.varnames.len() {
            return Err(self.stack_mismatch(code, f.pc));
        }
        // A fresh call starts at the first instruction, whose proven depth is always zero.
        if f.pc != 0 || f.stack.len() != f.nlocals {
            self.check_depth(f, code)?;
        }
        let need = f.nlocals + code.rec.stacksize as usize;
        if f.stack.capacity() < need {
            f.stack.reserve(need - f.stack.len());
        }
        Ok(())
    }

    /// Checks that the frame's operand stack has the depth the verifier proved for the next
    /// instruction (after code outside the hot loop moved values on it).
    #[inline(always)]
    fn check_depth(&mut self, f: &Frame, code: &Code) -> PyResult<()> {
        match code.depths().get(f.pc) {
            Some(&d)
                if d != crate::bytecode::image::UNREACHED
                    && f.stack.len() == f.nlocals + d as usize =>
            {
                Ok(())
            }
            _ => Err(self.stack_mismatch(code, f.pc)),
        }
    }

    #[cold]
    #[inline(never)]
    fn stack_mismatch(&mut self, code: &Code, pc: usize) -> PyErr {
        self.runtime_error(format!(
            "internal error: operand stack of {} does not match its verified depth at instruction {pc}",
            code.rec.qualname
        ))
    }

    /// `LOAD_NAME` in a class body whose `__prepare__` namespace has its own `__getitem__`.
    #[cold]
    #[inline(never)]
    fn load_name_mapped(&mut self, f: &Frame, name: &Rc<PyStr>) -> PyResult {
        let m = f.mapping.clone().unwrap_or_default();
        match self.get_item(&m, &Value::Str(name.clone())) {
            Ok(v) => Ok(v),
            Err(e) if self.exc_matches(&e, &self.types.key_error.clone()) => {
                self.load_global(f, name)
            }
            Err(e) => Err(e),
        }
    }

    /// UnboundLocalError for fast local `i` (kept out of the hot loop).
    #[cold]
    #[inline(never)]
    fn unbound_local(&mut self, code: &Code, i: usize) -> PyErr {
        let name = code
            .varnames
            .get(i)
            .map(|n| n.as_str().to_string())
            .unwrap_or_default();
        self.unbound_variable(&name, false)
    }

    /// Records where the innermost frame is (for audit locations and `warnings`).
    #[inline(always)]
    fn note_pc(&mut self, pc: usize) {
        if let Some(top) = self.frames.last_mut() {
            top.pc = pc;
        }
    }

    /// [`Vm::note_pc`] before an operation on `v` that may run its class's special method
    /// (`__getitem__`, `__contains__`, `__iter__`, `__bool__`), which can look at its
    /// caller's line (`warnings.warn(..., stacklevel=2)`, `sys._getframe(1)`).
    #[inline(always)]
    fn note_pc_for(&mut self, v: &Value, pc: usize) {
        if matches!(v, Value::Instance(_) | Value::Class(_)) {
            self.note_pc(pc);
        }
    }

    /// The less frequent instructions, kept out of the hot loop so it stays small.
    #[inline(never)]
    fn exec_cold(
        &mut self,
        f: &mut Frame,
        op: Op,
        arg: u32,
        code: &Rc<Code>,
    ) -> PyResult<Option<FrameExit>> {
        // Namespace writes made here are audited at this instruction.
        self.note_pc(f.pc - 1);
        match op {
            Op::DeleteFast => {
                if f.stack[arg as usize].is_undef() {
                    let name = code.varnames[arg as usize].as_str().to_string();
                    return Err(self.unbound_variable(&name, false));
                }
                f.stack[arg as usize] = Value::Undef;
                self.finalize_if_due();
            }
            Op::DeleteDeref => {
                let i = arg as usize;
                if f.cells[i].0.borrow().is_undef() {
                    let name = self.deref_name(code, i);
                    let free = i >= code.rec.cellvars.len();
                    return Err(self.unbound_variable(name.as_str(), free));
                }
                *f.cells[i].0.borrow_mut() = Value::Undef;
            }
            Op::LoadClosure => f.stack.push(Value::Cell(f.cells[arg as usize].clone())),
            Op::DeleteName => {
                let name = code.names[arg as usize].clone();
                if let Some(m) = f.mapping.clone() {
                    let key = Value::Str(name.clone());
                    if let Err(e) = self.del_item(&m, &key) {
                        if !self.exc_matches(&e, &self.types.key_error.clone()) {
                            return Err(e);
                        }
                        return Err(self.name_error(name.as_str()));
                    }
                    return Ok(None);
                }
                let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                if !self.delete_in_namespace(&l, &name)? {
                    return Err(self.name_error(name.as_str()));
                }
                self.finalize_if_due();
            }
            Op::StoreGlobal => {
                let v = pop!(f);
                let name = code.names[arg as usize].clone();
                self.store_global(&f.globals.clone(), &name, Write::Set(v))?;
            }
            Op::DeleteGlobal => {
                let name = code.names[arg as usize].clone();
                if !self.store_global(&f.globals.clone(), &name, Write::Delete)? {
                    return Err(self.name_error(name.as_str()));
                }
                self.finalize_if_due();
            }
            Op::DeleteAttr => {
                let obj = pop!(f);
                self.del_attr(&obj, &code.names[arg as usize])?;
                self.finalize_if_due();
            }
            Op::LoadSuperMethod => {}
            Op::DeleteSubscr => {
                let key = pop!(f);
                let obj = pop!(f);
                self.del_item(&obj, &key)?;
                self.finalize_if_due();
            }
            Op::UnaryNeg => {
                let v = pop!(f);
                let r = self.unary_neg(&v)?;
                f.stack.push(r);
            }
            Op::UnaryPos => {
                let v = pop!(f);
                let r = self.unary_pos(&v)?;
                f.stack.push(r);
            }
            Op::UnaryInvert => {
                let v = pop!(f);
                let r = self.unary_invert(&v)?;
                f.stack.push(r);
            }
            Op::PopJumpIfNone => {
                if pop!(f).is_none() {
                    f.pc = arg as usize;
                }
            }
            Op::PopJumpIfNotNone => {
                if !pop!(f).is_none() {
                    f.pc = arg as usize;
                }
            }
            Op::BuildSet => {
                let n = f.stack.len() - arg as usize;
                let items = f.stack.split_off(n);
                let s = self.make_set(&items)?;
                f.stack.push(Value::Set(s));
            }
            Op::BuildMap => {
                let n = f.stack.len() - 2 * arg as usize;
                let items = f.stack.split_off(n);
                let d = Rc::new(DictObj::from_table(DictTable::with_capacity(arg as usize)));
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    self.dict_set(&d, k, v)?;
                }
                f.stack.push(Value::Dict(d));
            }
            Op::BuildConstKeyMap => {
                let keys = pop!(f);
                let n = f.stack.len() - arg as usize;
                let vals = f.stack.split_off(n);
                let d = Rc::new(DictObj::new());
                if let Value::Tuple(t) = keys {
                    for (k, v) in t.0.iter().zip(vals) {
                        self.dict_set(&d, k.clone(), v)?;
                    }
                }
                f.stack.push(Value::Dict(d));
            }
            Op::BuildString => {
                let n = f.stack.len() - arg as usize;
                let parts = f.stack.split_off(n);
                let mut s = String::new();
                for p in &parts {
                    if let Value::Str(x) = p {
                        s.push_str(x.as_str());
                    }
                }
                f.stack.push(Value::string(s));
            }
            Op::SetAdd => {
                let v = pop!(f);
                let at = f.stack.len() - arg as usize;
                if let Value::Set(s) = f.stack[at].clone() {
                    self.set_add(&s, v)?;
                }
            }
            Op::MapAdd => {
                let v = pop!(f);
                let k = pop!(f);
                let at = f.stack.len() - arg as usize;
                if let Value::Dict(d) = f.stack[at].clone() {
                    self.dict_set(&d, k, v)?;
                }
            }
            Op::ListExtend => {
                let v = pop!(f);
                let at = f.stack.len() - arg as usize;
                let items = match self.iterate_sized(&v) {
                    Ok(i) => i,
                    Err(e) => {
                        if e.0.class().is_subclass(&self.types.type_error.clone())
                            && self.get_iter(&v).is_err()
                        {
                            let t = self.type_name(&v);
                            let empty =
                                matches!(&f.stack[at], Value::List(l) if l.0.borrow().is_empty());
                            let msg = if Self::sole_star_argument(empty, code, f.pc) {
                                // The callee sits just below the positional list.
                                let callee = f.stack.get(at.wrapping_sub(1)).cloned();
                                let who = self.function_str(&callee.unwrap_or_default());
                                format!("{who} argument after * must be an iterable, not {t}")
                            } else {
                                format!("Value after * must be an iterable, not {t}")
                            };
                            return Err(self.type_error(msg));
                        }
                        return Err(e);
                    }
                };
                if let Value::List(l) = &f.stack[at] {
                    l.0.borrow_mut().extend(items);
                }
            }
            Op::SetUpdate => {
                let v = pop!(f);
                let at = f.stack.len() - arg as usize;
                if let Value::Set(s) = f.stack[at].clone() {
                    self.set_update(&s, &v)?;
                }
            }
            Op::DictUpdate | Op::DictMerge => {
                let v = pop!(f);
                let at = f.stack.len() - arg as usize;
                let items = match self.dict_items_of(&v) {
                    Ok(i) => i,
                    Err(_) => {
                        let t = self.type_name(&v);
                        let msg = if op == Op::DictMerge {
                            // The callee sits below the positional tuple and this dict.
                            let callee = f.stack.get(at.wrapping_sub(2)).cloned();
                            let who = self.function_str(&callee.unwrap_or_default());
                            format!("{who} argument after ** must be a mapping, not {t}")
                        } else {
                            format!("'{t}' object is not a mapping")
                        };
                        return Err(self.type_error(msg));
                    }
                };
                if let Value::Dict(d) = f.stack[at].clone() {
                    for (k, val) in items {
                        if op == Op::DictMerge && self.dict_get(&d, &k)?.is_some() {
                            let key = self.to_str(&k)?;
                            // The callee sits below the positional tuple and this dict.
                            let callee =
                                f.stack.get(at.wrapping_sub(2)).cloned().unwrap_or_default();
                            let who = self.callable_name(&callee);
                            return Err(self.type_error(format!(
                                "{who}() got multiple values for keyword argument '{key}'"
                            )));
                        }
                        self.dict_set(&d, k, val)?;
                    }
                }
            }
            Op::ListToTuple => {
                let v = pop!(f);
                if let Value::List(l) = v {
                    let items = std::mem::take(&mut *l.0.borrow_mut());
                    f.stack.push(Value::tuple(items));
                }
            }
            Op::FormatValue => {
                let spec = if arg & format_flags::HAS_SPEC != 0 {
                    Some(pop!(f))
                } else {
                    None
                };
                let v = pop!(f);
                let v = match arg & format_flags::CONV_MASK {
                    format_flags::CONV_STR => self.to_str_value(&v)?,
                    format_flags::CONV_REPR => Value::string(self.repr(&v)?),
                    format_flags::CONV_ASCII => {
                        let r = self.repr(&v)?;
                        Value::string(crate::builtins::ascii_escape(&r))
                    }
                    _ => v,
                };
                let spec = match &spec {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => String::new(),
                };
                let r = match (&v, spec.is_empty()) {
                    (Value::Str(_), true) => v,
                    _ => self.format_to_value(&v, &spec)?,
                };
                f.stack.push(r);
            }
            Op::UnpackEx => {
                let v = pop!(f);
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let items = match self.iterate(&v) {
                    Ok(i) => i,
                    Err(_) => {
                        let t = self.type_name(&v);
                        return Err(
                            self.type_error(format!("cannot unpack non-iterable {t} object"))
                        );
                    }
                };
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mid_end = items.len() - after;
                let mut out: Vec<Value> = Vec::with_capacity(before + after + 1);
                out.extend(items[..before].iter().cloned());
                out.push(Value::list(items[before..mid_end].to_vec()));
                out.extend(items[mid_end..].iter().cloned());
                f.stack.extend(out.into_iter().rev());
            }
            Op::CallFunctionKw => {
                let names = pop!(f);
                let Value::Tuple(names) = names else {
                    return Err(self.runtime_error("bad keyword names"));
                };
                let total = arg as usize;
                let nkw = names.0.len();
                let base = f.stack.len() - total - 1;
                let callee = f.stack[base].clone();
                let mut kw = Vec::with_capacity(nkw);
                let kw_start = f.stack.len() - nkw;
                for (i, n) in names.0.iter().enumerate() {
                    if let Value::Str(s) = n {
                        kw.push((s.clone(), f.stack[kw_start + i].clone()));
                    }
                }
                let r = match &callee {
                    Value::Builtin(b)
                        if b.owner.is_none()
                            && b.receiver.is_undef()
                            && FRAME_BUILTINS.contains(&b.name) =>
                    {
                        let args = f.stack[base + 1..kw_start].to_vec();
                        self.frame_builtin(f, b.name, &args, &kw)
                    }
                    _ => self.call(&callee, &f.stack[base + 1..kw_start], &kw),
                };
                f.stack.truncate(base);
                f.stack.push(r?);
            }
            Op::CallFunctionEx => {
                let kwargs = if arg & 1 != 0 { Some(pop!(f)) } else { None };
                let args = pop!(f);
                let callee = pop!(f);
                let args = match args {
                    Value::Tuple(t) => t.0.clone(),
                    other => self.iterate(&other)?,
                };
                let mut kw = Vec::new();
                if let Some(Value::Dict(d)) = kwargs {
                    let mut bad_key = false;
                    for e in d.table.borrow().iter() {
                        match &e.key {
                            Value::Str(s) => kw.push((s.clone(), e.value.clone())),
                            _ => bad_key = true,
                        }
                    }
                    if bad_key && !accepts_non_str_keywords(&callee) {
                        return Err(self.type_error("keywords must be strings"));
                    }
                }
                let r = self.call(&callee, &args, &kw)?;
                f.stack.push(r);
            }
            Op::MakeFunction => {
                let code_v = pop!(f);
                let closure = if arg & make_fn::CLOSURE != 0 {
                    Some(pop!(f))
                } else {
                    None
                };
                let annotations = if arg & make_fn::ANNOTATIONS != 0 {
                    pop!(f)
                } else {
                    Value::None
                };
                let kwdefaults = if arg & make_fn::KWDEFAULTS != 0 {
                    pop!(f)
                } else {
                    Value::None
                };
                let defaults = if arg & make_fn::DEFAULTS != 0 {
                    pop!(f)
                } else {
                    Value::None
                };
                let Value::Code(c) = code_v else {
                    return Err(self.runtime_error("MakeFunction without a code object"));
                };
                let cells = match closure {
                    Some(Value::Tuple(t)) => {
                        t.0.iter()
                            .filter_map(|v| match v {
                                Value::Cell(c) => Some(c.clone()),
                                _ => None,
                            })
                            .collect()
                    }
                    _ => vec![],
                };
                let module = f.globals.get_name("__name__").unwrap_or(Value::None);
                let doc = match c.consts.first() {
                    Some(v @ Value::Str(_)) => {
                        if c.name.as_str() == "<lambda>" {
                            Value::None
                        } else {
                            v.clone()
                        }
                    }
                    _ => Value::None,
                };
                let func = Function {
                    name: std::cell::RefCell::new(c.name.clone()),
                    qualname: std::cell::RefCell::new(c.qualname.clone()),
                    code: std::cell::RefCell::new(c.clone()),
                    globals: f.globals.clone(),
                    doc: std::cell::RefCell::new(doc),
                    module: std::cell::RefCell::new(module),
                    defaults: std::cell::RefCell::new(defaults),
                    kwdefaults: std::cell::RefCell::new(kwdefaults),
                    annotations: std::cell::RefCell::new(annotations),
                    closure: cells,
                    dict: std::cell::RefCell::new(None),
                    modified: std::cell::Cell::new(false),
                };
                f.stack.push(Value::Function(Rc::new(func)));
            }
            Op::BeginDefinition => {
                if let Some(v) = f.stack.last() {
                    crate::readonly::begin_definition(self, v);
                }
            }
            Op::EndDefinition => crate::readonly::end_definition(self),
            Op::LoadBuildClass => {
                let b = self
                    .builtins
                    .get_name("__build_class__")
                    .unwrap_or(Value::None);
                f.stack.push(b);
            }
            Op::Raise => {
                return Err(self.do_raise(f, arg)?);
            }
            Op::Reraise => {
                let v = pop!(f);
                f.reraise = true;
                return Err(self.to_exception(v)?);
            }
            Op::PushExcInfo => {
                let exc = pop!(f);
                let prev = std::mem::replace(&mut self.exc_info, exc.clone());
                f.stack.push(prev);
                f.stack.push(exc);
            }
            Op::PopExcept => {
                self.exc_info = pop!(f);
            }
            Op::CheckExcMatch => {
                let ty = pop!(f);
                let exc = f.stack.last().cloned().unwrap_or_default();
                let r = self.exception_matches(&exc, &ty)?;
                f.stack.push(Value::from_bool(r));
            }
            Op::LoadAssertionError => f
                .stack
                .push(Value::Class(self.types.assertion_error.clone())),
            Op::BeforeWith => {
                let mgr = pop!(f);
                let enter_key = self.intern_static("__enter__");
                let exit_key = self.intern_static("__exit__");
                let cls = self.types.type_of(&mgr);
                let (Some(enter), Some(exit)) =
                    (cls.lookup_rc(&enter_key), cls.lookup_rc(&exit_key))
                else {
                    let t = cls.name();
                    let missing = if cls.lookup_rc(&enter_key).is_none() {
                        ""
                    } else {
                        " (missed __exit__ method)"
                    };
                    return Err(self.type_error(format!(
                        "'{t}' object does not support the context manager protocol{missing}"
                    )));
                };
                let exit = self.bind_attr(exit, &mgr, &cls)?;
                let enter = self.bind_attr(enter, &mgr, &cls)?;
                f.stack.push(exit);
                let r = self.call(&enter, &[], &[])?;
                f.stack.push(r);
            }
            Op::WithExceptStart => {
                let n = f.stack.len();
                let exc = f.stack[n - 1].clone();
                let exit = f.stack[n - 3].clone();
                let ty = Value::Class(self.types.type_of(&exc));
                let tb = self.traceback_of(&exc);
                let r = self.call(&exit, &[ty, exc, tb], &[])?;
                f.stack.push(r);
            }
            Op::GetYieldFromIter => {
                let v = pop!(f);
                let it = match v {
                    Value::Generator(_) => v,
                    other => self.get_iter(&other)?,
                };
                f.stack.push(it);
            }
            Op::Send => {
                let v = pop!(f);
                let it = f.stack.last().cloned().unwrap_or_default();
                let step = match &it {
                    Value::Generator(g) => self.gen_step(g, v, None)?,
                    // A user iterator's StopIteration carries the value of `yield from`.
                    other @ Value::Instance(_) if v.is_none() => {
                        let stop = self.types.stop_iteration.clone();
                        match self.call_special(other, "__next__", &[]) {
                            Ok(Some(y)) => super::call::GenStep::Yielded(y),
                            Ok(None) => match self.next(other)? {
                                Some(y) => super::call::GenStep::Yielded(y),
                                None => super::call::GenStep::Returned(Value::None),
                            },
                            Err(e) if e.0.class().is_subclass(&stop) => {
                                let val = self.exc_args(&e.0).into_iter().next();
                                super::call::GenStep::Returned(val.unwrap_or(Value::None))
                            }
                            Err(e) => return Err(e),
                        }
                    }
                    other => {
                        if v.is_none() {
                            match self.next(other)? {
                                Some(y) => super::call::GenStep::Yielded(y),
                                None => super::call::GenStep::Returned(Value::None),
                            }
                        } else {
                            let send = self.get_attr_str(other, "send")?;
                            let stop = self.types.stop_iteration.clone();
                            match self.call(&send, &[v], &[]) {
                                Ok(y) => super::call::GenStep::Yielded(y),
                                Err(e) if e.0.class().is_subclass(&stop) => {
                                    let val = self
                                        .exc_args(&e.0)
                                        .into_iter()
                                        .next()
                                        .unwrap_or(Value::None);
                                    super::call::GenStep::Returned(val)
                                }
                                Err(e) => return Err(e),
                            }
                        }
                    }
                };
                match step {
                    super::call::GenStep::Yielded(y) => f.stack.push(y),
                    super::call::GenStep::Returned(r) => {
                        f.stack.pop();
                        f.stack.push(r);
                        f.pc = arg as usize;
                    }
                }
            }
            Op::ImportName => {
                let fromlist = pop!(f);
                let level = pop!(f);
                let name = code.names[arg as usize].clone();
                let level = match level {
                    Value::Int(i) => i as usize,
                    _ => 0,
                };
                let m = crate::import::import_name(
                    self,
                    &f.globals.clone(),
                    name.as_str(),
                    &fromlist,
                    level,
                )?;
                f.stack.push(m);
            }
            Op::ImportFrom => {
                let m = f.stack.last().cloned().unwrap_or_default();
                let name = code.names[arg as usize].clone();
                let v = crate::import::import_from(self, &m, &name)?;
                f.stack.push(v);
            }
            Op::ImportStar => {
                let m = pop!(f);
                let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                crate::import::import_star(self, &m, &target)?;
            }
            Op::MatchClass => {
                let names = pop!(f);
                let cls = pop!(f);
                let subject = pop!(f);
                let r = self.match_class(&subject, &cls, arg as usize, &names)?;
                f.stack.push(r);
            }
            Op::MatchMapping => {
                let s = f.stack.last().cloned().unwrap_or_default();
                let r = match &s {
                    Value::Dict(_) => true,
                    Value::Instance(i) => match &i.payload {
                        Payload::Builtin(b) if matches!(&*b.borrow(), Value::Dict(_)) => true,
                        _ => self.match_abc(&s, "Mapping")?,
                    },
                    _ => false,
                };
                f.stack.push(Value::from_bool(r));
            }
            Op::MatchSequence => {
                let s = f.stack.last().cloned().unwrap_or_default();
                let r = match &s {
                    Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
                    Value::Instance(i) => {
                        let builtin = match &i.payload {
                            Payload::Builtin(b) => Some(b.borrow().clone()),
                            _ => None,
                        };
                        match builtin {
                            Some(Value::List(_) | Value::Tuple(_)) => true,
                            // str, bytes and bytearray never match a sequence pattern.
                            Some(Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)) => false,
                            _ => self.match_abc(&s, "Sequence")?,
                        }
                    }
                    _ => false,
                };
                f.stack.push(Value::from_bool(r));
            }
            Op::MatchKeys => {
                let keys = f.stack[f.stack.len() - 1].clone();
                let subject = f.stack[f.stack.len() - 2].clone();
                let r = self.match_keys(&subject, &keys)?;
                f.stack.push(r);
            }
            Op::GetLen => {
                let s = f.stack.last().cloned().unwrap_or_default();
                let n = self.len(&s)?;
                f.stack.push(Value::Int(n as i64));
            }
            Op::CopyDictWithoutKeys => {
                let keys = pop!(f);
                let subject = f.stack.last().cloned().unwrap_or_default();
                let d = Rc::new(DictObj::new());
                for (k, v) in self.dict_items_of(&subject)? {
                    d.table.borrow_mut();
                    let skip = match &keys {
                        Value::Tuple(t) => {
                            let mut found = false;
                            for key in t.0.iter() {
                                if self.eq(key, &k)? {
                                    found = true;
                                }
                            }
                            found
                        }
                        _ => false,
                    };
                    if !skip {
                        self.dict_set(&d, k, v)?;
                    }
                }
                f.stack.push(Value::Dict(d));
            }
            Op::SetupAnnotations => {
                let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                let key = self.intern_static("__annotations__");
                if !ns.contains_str(&key) {
                    self.store_in_namespace(&ns, &key, Value::Dict(Rc::new(DictObj::new())))?;
                }
            }
            Op::CheckEgMatch => self.check_eg_match(f)?,
            Op::PrepReraiseStar => self.prep_reraise_star(f)?,
            _ => return Err(self.runtime_error(format!("unhandled opcode {}", op.name()))),
        }
        Ok(None)
    }

    /// The frame's local variables as a dict. A function frame's is one dict for the frame's
    /// life, refreshed from the fast locals (unbound ones removed) at each call, as CPython's
    /// `locals()`: names that `exec` stored in it stay.
    pub fn frame_locals(&mut self, f: &mut Frame) -> Rc<DictObj> {
        if let Some(l) = &f.locals {
            return l.clone();
        }
        let d = f
            .locals_snapshot
            .get_or_insert_with(|| Rc::new(DictObj::new()))
            .clone();
        let code = f.code.clone();
        for (i, name) in code.varnames.iter().enumerate() {
            let is_cell = code.rec.cellvars.iter().any(|c| c == name.as_str());
            if is_cell {
                continue;
            }
            if f.stack[i].is_undef() {
                d.del_str_raw(name);
            } else {
                d.set_str_raw(name.clone(), f.stack[i].clone());
            }
        }
        let names = code.rec.cellvars.iter().chain(code.rec.freevars.iter());
        for (i, name) in names.enumerate() {
            let v = f
                .cells
                .get(i)
                .map(|c| c.0.borrow().clone())
                .unwrap_or_default();
            let k = self.intern(name);
            if v.is_undef() {
                d.del_str_raw(&k);
            } else {
                d.set_str_raw(k, v);
            }
        }
        d
    }

    /// `globals()`, `locals()`, `vars()`, `dir()`, `eval(s)`, `exec(s)` seen from frame `f`.
    fn frame_builtin(
        &mut self,
        f: &mut Frame,
        name: &str,
        args: &[Value],
        kw: &[(Rc<PyStr>, Value)],
    ) -> PyResult {
        let call_plain = |vm: &mut Vm| {
            let b = vm.builtins.get_name(name).unwrap_or_default();
            vm.call(&b, args, kw)
        };
        match name {
            "globals" if args.is_empty() => Ok(Value::Dict(f.globals.clone())),
            "locals" | "vars" if args.is_empty() => Ok(Value::Dict(self.frame_locals(f))),
            "dir" if args.is_empty() => {
                let l = self.frame_locals(f);
                let mut names: Vec<String> = l
                    .table
                    .borrow()
                    .iter()
                    .filter_map(|e| e.key.as_str().map(|s| s.as_str().to_string()))
                    .collect();
                names.sort();
                Ok(Value::list(names.into_iter().map(Value::string).collect()))
            }
            "eval" | "exec" => {
                let a = Args { pos: args, kw };
                crate::builtins::functions::check_exec_args(self, name, &a)?;
                if !matches!(args.get(1), None | Some(Value::None)) {
                    return call_plain(self);
                }
                let Some(src) = args.first() else {
                    return call_plain(self);
                };
                let locals = match &f.locals {
                    Some(l) => l.clone(),
                    None => self.frame_locals(f),
                };
                crate::vm::code::run_in(self, src, name, f.globals.clone(), Some(locals))
            }
            _ => call_plain(self),
        }
    }

    /// Zero-argument `super()`: the class from the `__class__` cell and the calling
    /// function's first argument.
    fn zero_arg_super(&mut self, f: &Frame) -> PyResult {
        let code = f.code.clone();
        if code.rec.argcount == 0 && code.rec.flags & crate::bytecode::code_flags::VARARGS == 0 {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let first = match code.rec.cell2arg.iter().position(|&a| a == 0) {
            Some(cell) => f.cells[cell].0.borrow().clone(),
            None if f.nlocals > 0 => f.stack[0].clone(),
            None => Value::Undef,
        };
        if first.is_undef() {
            return Err(self.runtime_error("super(): arg[0] deleted"));
        }
        let ncell = code.rec.cellvars.len();
        let Some(pos) = code.rec.freevars.iter().position(|n| n == "__class__") else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let cls = match f.cells.get(ncell + pos).map(|c| c.0.borrow().clone()) {
            Some(Value::Class(c)) => c,
            _ => return Err(self.runtime_error("super(): empty __class__ cell")),
        };
        let obj_type = match &first {
            Value::Class(c) if c.is_subclass(&cls) => c.clone(),
            other => self.types.type_of(other),
        };
        if !obj_type.is_subclass(&cls) {
            return Err(
                self.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
        Ok(Value::Super(Rc::new(SuperObj {
            this_class: cls,
            obj: first,
            obj_type,
        })))
    }

    /// How CPython names a callable in argument errors (`module.qualname` for functions).
    pub fn callable_name(&mut self, f: &Value) -> String {
        match f {
            Value::Function(func) => {
                let module = match &*func.module.borrow() {
                    Value::Str(m) => format!("{}.", m.as_str()),
                    _ => String::new(),
                };
                format!("{module}{}", func.qualname.borrow().as_str())
            }
            Value::BoundMethod(m) => self.callable_name(&m.func.clone()),
            Value::Builtin(b) => b.name.to_string(),
            Value::Class(c) => {
                let qualname = c.qualname.borrow().as_str().to_string();
                match c.dict.get_name("__module__") {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => {
                        format!("{}.{qualname}", m.as_str())
                    }
                    _ => qualname,
                }
            }
            other => self.type_name(other),
        }
    }

    /// How CPython names a callable in argument errors: `__main__.f()`, `print()`,
    /// `__main__.K()`; any other callable object by its `str()`.
    fn function_str(&mut self, f: &Value) -> String {
        match f {
            Value::Function(_) | Value::BoundMethod(_) | Value::Builtin(_) | Value::Class(_) => {
                format!("{}()", self.callable_name(f))
            }
            other => self.to_str(other).unwrap_or_else(|_| self.type_name(other)),
        }
    }

    /// Is the `ListExtend` at `pc` the only positional part of a call, `f(*x)` or
    /// `f(*x, **k)`? Then a non-iterable `x` is reported against the function, as CPython's
    /// CALL_FUNCTION_EX does; anywhere else (`[*x]`, `f(1, *x)`) as "Value after *".
    fn sole_star_argument(list_is_empty: bool, code: &Code, pc: usize) -> bool {
        let words = code.rec.code_bytes(code.image.bytes());
        let op_at = |i: usize| {
            words
                .get(i * 4)
                .map(|&b| crate::bytecode::DISPATCH[b as usize])
        };
        list_is_empty
            && op_at(pc) == Some(Op::ListToTuple)
            && matches!(op_at(pc + 1), Some(Op::CallFunctionEx | Op::BuildMap))
    }

    fn deref_name(&self, code: &Code, i: usize) -> Rc<PyStr> {
        let n = code.rec.cellvars.len();
        let s = if i < n {
            &code.rec.cellvars[i]
        } else {
            &code.rec.freevars[i - n]
        };
        Rc::new(PyStr::new(s))
    }

    fn load_global(&mut self, f: &Frame, name: &Rc<PyStr>) -> PyResult {
        if let Some(v) = f.globals.get_str(name) {
            return Ok(v);
        }
        if let Some(v) = self.builtins.get_str(name) {
            return Ok(v);
        }
        Err(self.name_error(name.as_str()))
    }

    /// `STORE_NAME` / `STORE_GLOBAL`: a namespace write through the choke point.
    pub fn store_in_namespace(
        &mut self,
        ns: &Rc<DictObj>,
        name: &Rc<PyStr>,
        v: Value,
    ) -> PyResult<()> {
        if ns.is_namespace() {
            readonly::write(self, Target::Dict(ns), name, Write::Set(v), Cause::Code)?;
        } else {
            ns.set_str_raw(name.clone(), v);
        }
        Ok(())
    }

    /// `STORE_GLOBAL` / `DELETE_GLOBAL`: code rebinding a global of its own module.
    fn store_global(&mut self, ns: &Rc<DictObj>, name: &Rc<PyStr>, what: Write) -> PyResult<bool> {
        if ns.is_namespace() {
            return readonly::write(self, Target::Dict(ns), name, what, Cause::Global);
        }
        Ok(match what {
            Write::Set(v) => {
                ns.set_str_raw(name.clone(), v);
                true
            }
            Write::Delete => ns.del_str_raw(name).is_some(),
        })
    }

    fn delete_in_namespace(&mut self, ns: &Rc<DictObj>, name: &Rc<PyStr>) -> PyResult<bool> {
        if ns.is_namespace() {
            readonly::write(self, Target::Dict(ns), name, Write::Delete, Cause::Code)
        } else {
            Ok(ns.del_str_raw(name).is_some())
        }
    }

    /// `LOAD_METHOD`: pushes `[method, self]` or `[attribute, Undef]`.
    fn load_method(&mut self, f: &mut Frame, obj: Value, name: &Rc<PyStr>) -> PyResult<()> {
        let cls = match &obj {
            // A class of its own `__getattribute__` sees every lookup, method loads included.
            Value::Instance(i) if !i.class().has_getattr.get() => i.class(),
            Value::Instance(_) | Value::Module(_) | Value::Class(_) | Value::Super(_) => {
                let v = self.get_attr(&obj, name)?;
                f.stack.push(v);
                f.stack.push(Value::Undef);
                return Ok(());
            }
            other => self.types.builtin_type_of(other).clone(),
        };
        if let Some(a) = cls.lookup_rc(name) {
            let plain_method = match &a {
                Value::Function(_) => true,
                Value::Builtin(b) => b.receiver.is_undef() && b.owner.is_some(),
                _ => false,
            };
            let shadowed = match &obj {
                Value::Instance(i) => i.dict.as_ref().is_some_and(|d| d.contains_str(name)),
                _ => false,
            };
            if plain_method && !shadowed {
                f.stack.push(a);
                f.stack.push(obj);
                return Ok(());
            }
        }
        let v = self.get_attr(&obj, name)?;
        f.stack.push(v);
        f.stack.push(Value::Undef);
        Ok(())
    }

    fn unpack_iterable(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        // A tuple subclass (a namedtuple) that keeps tuple's own `__iter__` unpacks straight
        // from its tuple, as CPython's UNPACK_SEQUENCE does for any tuple.
        if let Value::Instance(inst) = v
            && let Payload::Builtin(b) = &inst.payload
        {
            let inner = b.borrow().clone();
            if let Value::Tuple(t) = &inner
                && t.0.len() == n
            {
                let key = self.intern_static("__iter__");
                let own = match (
                    inst.class().lookup_rc(&key),
                    self.types.tuple.lookup_rc(&key),
                ) {
                    (Some(Value::Builtin(a)), Some(Value::Builtin(b))) => Rc::ptr_eq(&a, &b),
                    _ => false,
                };
                if own {
                    return Ok(t.0.clone());
                }
            }
        }
        let it = match self.get_iter(v) {
            Ok(it) => it,
            Err(_) => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("cannot unpack non-iterable {t} object")));
            }
        };
        let mut out = Vec::with_capacity(n);
        while let Some(x) = self.next(&it)? {
            if out.len() == n {
                return Err(self.value_error(format!("too many values to unpack (expected {n})")));
            }
            out.push(x);
        }
        if out.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                out.len()
            )));
        }
        Ok(out)
    }

    /// `raise`, `raise X`, `raise X from Y`.
    fn do_raise(&mut self, f: &mut Frame, argc: u32) -> PyResult<PyErr> {
        match argc {
            0 => {
                let cur = self.exc_info.clone();
                if cur.is_none() {
                    return Ok(self.runtime_error("No active exception to reraise"));
                }
                f.reraise = true;
                self.to_exception(cur)
            }
            1 => {
                let v = pop!(f);
                let e = self.to_exception(v)?;
                self.chain_to_handled(&e);
                Ok(e)
            }
            _ => {
                let cause = pop!(f);
                let v = pop!(f);
                let e = self.to_exception(v)?;
                self.chain_to_handled(&e);
                let cause = match cause {
                    Value::None => Value::None,
                    Value::Class(_) => self.to_exception(cause)?.value(),
                    Value::Instance(ref i) if i.exc_data().is_some() => cause,
                    _ => {
                        return Ok(
                            self.type_error("exception causes must derive from BaseException")
                        );
                    }
                };
                let mut d = e.exc();
                d.cause = cause;
                d.suppress_context = true;
                drop(d);
                Ok(e)
            }
        }
    }

    /// Turns a raised value (class or instance) into an exception.
    pub fn to_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match v {
            Value::Instance(i) if i.exc_data().is_some() => Ok(PyErr(i)),
            Value::Class(c) if c.is_subclass(&self.types.base_exception.clone()) => {
                let inst = self.call_class(&c, &[], &[])?;
                match inst {
                    Value::Instance(i) if i.exc_data().is_some() => Ok(PyErr(i)),
                    _ => Ok(self.type_error("calling exception class did not return an exception")),
                }
            }
            _ => Ok(self.type_error("exceptions must derive from BaseException")),
        }
    }

    fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let cls = self.types.type_of(exc);
        match ty {
            Value::Class(c) => {
                if !c.is_subclass(&self.types.base_exception.clone()) {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(cls.is_subclass(c))
            }
            // CPython checks every entry before matching any: a bad entry (or a nested
            // tuple) is an error even when an earlier entry matches.
            Value::Tuple(t) => {
                let base = self.types.base_exception.clone();
                if !t
                    .0
                    .iter()
                    .all(|x| matches!(x, Value::Class(c) if c.is_subclass(&base)))
                {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(t.0
                    .iter()
                    .any(|x| matches!(x, Value::Class(c) if cls.is_subclass(c))))
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        names: &Value,
    ) -> PyResult {
        let Value::Class(c) = cls else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !self.types.type_of(subject).is_subclass(c) {
            return Ok(Value::None);
        }
        // `__match_args__` (looked up along the MRO) names the positional sub-patterns; a class
        // without it that is or derives from one of the self-matching builtins matches its
        // one positional sub-pattern against the subject itself.
        let key = self.intern_static("__match_args__");
        let margs = match c.lookup_rc(&key) {
            Some(Value::Tuple(t)) => Some(t.0.clone()),
            Some(other) => {
                let (n, t) = (c.name(), self.type_name(&other));
                return Err(
                    self.type_error(format!("{n}.__match_args__ must be a tuple (got {t})"))
                );
            }
            None => None,
        };
        let self_match = margs.is_none()
            && (matches!(
                c.base_kind,
                BaseKind::Int
                    | BaseKind::Float
                    | BaseKind::Str
                    | BaseKind::Bytes
                    | BaseKind::Tuple
                    | BaseKind::List
                    | BaseKind::Dict
                    | BaseKind::Set
                    | BaseKind::FrozenSet
            ) || c.is_subclass(&self.types.bool_));
        let mut out = Vec::new();
        // Every attribute a sub-pattern reads, to refuse reading one twice.
        let mut seen: Vec<Rc<PyStr>> = Vec::new();
        if npos > 0 {
            if self_match {
                if npos > 1 {
                    let n = c.name();
                    return Err(self.type_error(format!(
                        "{n}() accepts 1 positional sub-pattern ({npos} given)"
                    )));
                }
                out.push(subject.clone());
            } else {
                let margs = margs.unwrap_or_default();
                if npos > margs.len() {
                    let n = c.name();
                    return Err(self.type_error(format!(
                        "{n}() accepts {} positional sub-pattern{} ({npos} given)",
                        margs.len(),
                        if margs.len() == 1 { "" } else { "s" }
                    )));
                }
                for a in &margs[..npos] {
                    let Value::Str(s) = a else {
                        let t = self.type_name(a);
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {t})"
                        )));
                    };
                    self.note_match_attr(c, &mut seen, s)?;
                    match self.get_attr_opt(subject, s)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(t) = names {
            for n in t.0.iter() {
                let Value::Str(s) = n else { continue };
                self.note_match_attr(c, &mut seen, s)?;
                match self.get_attr_opt(subject, s)? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(out))
    }

    /// Whether an object of a class other than the builtin containers matches a mapping or
    /// sequence pattern: it must be an instance of `collections.abc.<abc>` (by inheritance or
    /// registration, as CPython's collection flags are set). A class without `__getitem__`
    /// cannot be either, which spares plain objects the ABC check.
    #[cold]
    #[inline(never)]
    fn match_abc(&mut self, subject: &Value, abc: &str) -> PyResult<bool> {
        let getitem = self.intern_static("__getitem__");
        if self.types.type_of(subject).lookup_rc(&getitem).is_none() {
            return Ok(false);
        }
        let module = crate::import::import_module(self, "collections.abc")?;
        let cls = self.get_attr_str(&module, abc)?;
        crate::builtins::functions::isinstance_of(self, subject, &cls)
    }

    /// Records that a class pattern reads attribute `name`; reading it twice is an error.
    fn note_match_attr(
        &mut self,
        c: &Class,
        seen: &mut Vec<Rc<PyStr>>,
        name: &Rc<PyStr>,
    ) -> PyResult<()> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            let n = c.name();
            let r = crate::text::str_repr(name.as_str());
            return Err(
                self.type_error(format!("{n}() got multiple sub-patterns for attribute {r}"))
            );
        }
        seen.push(name.clone());
        Ok(())
    }

    fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult {
        let Value::Tuple(t) = keys else {
            return Ok(Value::None);
        };
        let d = match subject {
            Value::Dict(d) => d.clone(),
            // Any other mapping (a dict subclass too) is read through its get(key, missing),
            // which neither raises nor makes a defaultdict grow.
            _ => {
                let get = self.get_attr_str(subject, "get")?;
                let missing = Value::list(Vec::new());
                let mut out = Vec::with_capacity(t.0.len());
                for k in t.0.iter() {
                    let v = self.call(&get, &[k.clone(), missing.clone()], &[])?;
                    if let (Value::List(a), Value::List(b)) = (&v, &missing)
                        && Rc::ptr_eq(a, b)
                    {
                        return Ok(Value::None);
                    }
                    out.push(v);
                }
                return Ok(Value::tuple(out));
            }
        };
        let mut out = Vec::with_capacity(t.0.len());
        for k in t.0.iter() {
            match self.dict_get(&d, k)? {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(out))
    }
}

/// Whether `callee(**mapping)` may pass a mapping with non-str keys: CPython's bound
/// `str.format` receives the `**` dict as it is (its fields only ever look up str keys, so the
/// others are never found), where every other call rejects them.
#[cold]
fn accepts_non_str_keywords(callee: &Value) -> bool {
    match callee {
        Value::BoundMethod(m) => matches!(
            &m.func,
            Value::Builtin(b) if b.name == "format" && b.owner == Some("str")
        ),
        _ => false,
    }
}
