//! Calls: argument binding, frames, generators, classes and instances.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Vm;
use super::eval::FrameExit;
use super::frame::Frame;
use crate::bytecode::code_flags;
use crate::bytecode::image::CodeRecord;
use crate::objects::dict::DictRole;
use crate::objects::*;

pub type Kw = [(Rc<PyStr>, Value)];

/// What resuming a generator produced.
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Calls any callable.
    pub fn call(&mut self, f: &Value, args: &[Value], kw: &Kw) -> PyResult {
        match f {
            Value::Function(func) => self.call_function(func, args, kw),
            Value::Builtin(b) => {
                if b.receiver.is_undef() {
                    if args.is_empty()
                        && let Some(e) = self.unbound_without_receiver(b)
                    {
                        return Err(e);
                    }
                    (b.func)(self, Args { pos: args, kw })
                        .map_err(|e| self.unbound_receiver_error(b, args.first(), e))
                } else {
                    Vm::with_receiver(&b.receiver, args, |all| {
                        (b.func)(self, Args { pos: all, kw })
                    })
                }
            }
            Value::BoundMethod(m) => {
                Vm::with_receiver(&m.receiver, args, |all| self.call(&m.func, all, kw))
            }
            Value::Class(c) => self.call_class(c, args, kw),
            Value::Instance(inst)
                if let Some(Value::Builtin(b)) = {
                    let key = self.intern_static("__call__");
                    inst.class().lookup_rc(&key)
                } && b.receiver.is_undef()
                    && b.owner.is_some() =>
            {
                // A native `__call__` (itemgetter, attrgetter): no bound method to build.
                Vm::with_receiver(f, args, |all| (b.func)(self, Args { pos: all, kw }))
            }
            Value::Instance(_) => match self.call_special_kw(f, "__call__", args, kw)? {
                Some(r) => Ok(r),
                None => {
                    let t = self.type_name(f);
                    Err(self.type_error(format!("'{t}' object is not callable")))
                }
            },
            Value::StaticMethod(inner) | Value::ClassMethod(inner)
                if matches!(f, Value::StaticMethod(_)) =>
            {
                let inner = (**inner).clone();
                self.call(&inner, args, kw)
            }
            _ => {
                let t = self.type_name(f);
                Err(self.type_error(format!("'{t}' object is not callable")))
            }
        }
    }

    /// A method descriptor of a built-in type called off the type with no arguments at all
    /// (`list.append()`): CPython's error, which names the missing receiver. None for the
    /// type's static and class methods, which take no receiver.
    #[cold]
    #[inline(never)]
    pub fn unbound_without_receiver(&mut self, b: &Builtin) -> Option<PyErr> {
        let owner = b.owner?;
        if !takes_receiver(b.name) {
            return None;
        }
        Some(crate::builtins::args::descriptor_unbound(
            self, owner, b.name,
        ))
    }

    /// A method descriptor of a built-in type that failed when called off the type with a
    /// receiver of another type (`str.zfill(5)`): CPython rejects the receiver before it
    /// looks at the arguments, so that error replaces whatever the method raised.
    #[cold]
    #[inline(never)]
    pub fn unbound_receiver_error(&mut self, b: &Builtin, this: Option<&Value>, e: PyErr) -> PyErr {
        let (Some(owner), Some(this)) = (b.owner, this) else {
            return e;
        };
        if !takes_receiver(b.name) {
            return e;
        }
        let Some(Value::Class(class)) = self.builtins_module.dict.get_name(owner) else {
            return e;
        };
        if self.types.type_of(this).is_subclass(&class) {
            return e;
        }
        crate::builtins::args::descriptor_mismatch(self, owner, b.name, this)
    }

    fn call_special_kw(
        &mut self,
        v: &Value,
        name: &str,
        args: &[Value],
        kw: &Kw,
    ) -> PyResult<Option<Value>> {
        let cls = self.types.type_of(v);
        let key = self.intern(name);
        let Some(f) = cls.lookup_rc(&key) else {
            return Ok(None);
        };
        let bound = self.bind_attr(f, v, &cls)?;
        self.call(&bound, args, kw).map(Some)
    }

    pub fn call_function(&mut self, func: &Rc<Function>, args: &[Value], kw: &Kw) -> PyResult {
        let code = func.code.borrow().clone();
        let frame = self.bind_frame(func, &code, args, kw)?;
        if code.is_generator() {
            let g = Value::Generator(Rc::new(Generator {
                frame: RefCell::new(Some(Box::new(frame))),
                running: Cell::new(false),
                name: func.name.borrow().clone(),
                qualname: func.qualname.borrow().clone(),
                coroutine: code.rec.flags & crate::compile::CO_COROUTINE != 0,
                exc_state: RefCell::new(Value::None),
            }));
            if code.rec.flags & crate::compile::CO_ASYNC_GENERATOR != 0 {
                return crate::builtins::asyncs::async_generator(self, g);
            }
            return Ok(g);
        }
        self.run_call_frame(frame)
    }

    /// Runs a function's new frame to its return value and gives its buffer back to the pool.
    #[inline(always)]
    fn run_call_frame(&mut self, mut frame: Frame) -> PyResult {
        let r = self.run_frame_inline(&mut frame);
        // Taken apart field by field where the frame lies, so that only the fields that own
        // something are dropped, in line (measured: the out-of-line `Frame` drop glue cost ~45
        // instructions per call, and moving the fields out first ~25).
        self.recycle_stack(&mut frame.stack);
        if frame.stack.capacity() == 0 {
            // Handed to the pool: an empty vector that owns nothing.
            std::mem::forget(frame.stack);
        } else {
            drop(frame.stack);
        }
        drop(frame.code);
        drop(frame.globals);
        if frame.cells.capacity() == 0 {
            // An empty vector that never allocated owns nothing.
            std::mem::forget(frame.cells);
        } else {
            drop(frame.cells);
        }
        if let Some(l) = frame.locals {
            drop(l);
        }
        if let Some(m) = frame.mapping {
            super::eval::drop_inline(m);
        }
        if let Some(s) = frame.locals_snapshot {
            drop(s);
        }
        self.finalize_if_due();
        match r? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(self.runtime_error("yield from a non-generator frame")),
        }
    }

    /// Calls a Python function with the positional arguments at `stack[base..]`, which are
    /// moved into the new frame rather than cloned; `stack` is truncated to `base`.
    pub fn call_function_from_stack(
        &mut self,
        func: &Rc<Function>,
        stack: &mut Vec<Value>,
        base: usize,
    ) -> PyResult {
        let code = func.code.borrow().clone();
        let rec = &code.rec;
        let given = stack.len() - base;
        let argc = rec.argcount as usize;
        // Positional arguments only, each parameter bound once: the given ones, then the
        // trailing defaults. Everything else (keywords, `*args`, too few or too many
        // arguments, generators) binds in `call_function`.
        let plain = given <= argc
            && rec.kwonlyargcount == 0
            && rec.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS | code_flags::GENERATOR)
                == 0
            && (given == argc || defaults_cover(func, argc - given));
        if !plain {
            let r = self.call_function(func, &stack[base..], &[]);
            stack.truncate(base);
            return r;
        }
        let nvars = code.varnames.len();
        let mut locals = self.pooled_vec(nvars + rec.stacksize as usize);
        // Move the arguments off the caller's stack in order, each caller slot left unbound
        // and then cut off without drop glue (measured: `extend(drain(..))` cost ~90
        // instructions per call for one argument). `pooled_vec` reserved room for them.
        for a in &mut stack[base..] {
            super::stack::push_proven(&mut locals, std::mem::take(a));
        }
        while stack.len() > base {
            std::mem::forget(stack.pop());
        }
        fill_undef(&mut locals, nvars);
        if given < argc
            && let Value::Tuple(d) = &*func.defaults.borrow()
        {
            let from = d.0.len() - (argc - given);
            locals[given..argc].clone_from_slice(&d.0[from..]);
        }
        let cells = frame_cells(rec, &locals[..nvars], &func.closure);
        self.run_call_frame(Frame {
            cells,
            globals: func.globals.clone(),
            code,
            pc: 0,
            stack: locals,
            nlocals: nvars,
            locals: None,
            mapping: None,
            locals_snapshot: None,
            reraise: false,
        })
    }

    /// Runs `f` on `[receiver, args...]`, built on the Rust stack for short argument lists
    /// (operator and `__init__` calls) rather than in a fresh heap vector.
    pub fn with_receiver<R>(receiver: &Value, args: &[Value], f: impl FnOnce(&[Value]) -> R) -> R {
        if args.len() <= 3 {
            let mut buf = [Value::Undef, Value::Undef, Value::Undef, Value::Undef];
            buf[0] = receiver.clone();
            buf[1..=args.len()].clone_from_slice(args);
            return f(&buf[..=args.len()]);
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(receiver.clone());
        all.extend_from_slice(args);
        f(&all)
    }

    /// A cleared vector from the frame pool (saves an allocation per call).
    #[inline(always)]
    pub fn pooled_vec(&mut self, capacity: usize) -> Vec<Value> {
        match self.vec_pool.pop() {
            Some(mut v) => {
                v.reserve(capacity);
                v
            }
            None => Vec::with_capacity(capacity.max(8)),
        }
    }

    /// Returns a finished frame's vector to the pool, emptied from the top: the finalizer
    /// queue runs last-in first, so the `__del__` methods of objects only the locals held run
    /// first local first, as CPython clears a frame.
    #[inline(always)]
    pub fn recycle_stack(&mut self, stack: &mut Vec<Value>) {
        while let Some(v) = stack.pop() {
            super::eval::drop_inline(v);
        }
        if self.vec_pool.len() < 256 && stack.capacity() <= 256 {
            self.vec_pool.push(std::mem::take(stack));
        }
    }

    /// Runs a frame with recursion accounting.
    #[inline(never)]
    pub fn run_frame(&mut self, frame: &mut Frame) -> PyResult<FrameExit> {
        self.run_frame_inline(frame)
    }

    /// [`Vm::run_frame`] in line, for the function-call path (measured: the separate call
    /// cost ~40 instructions of each Python call).
    #[inline(always)]
    fn run_frame_inline(&mut self, frame: &mut Frame) -> PyResult<FrameExit> {
        self.depth += 1;
        if self.depth > self.recursion_limit || self.stack_exhausted() {
            self.depth -= 1;
            return Err(self.recursion_error());
        }
        // Measured: Rc clones here cost 3.6% of call-heavy code; the frame's own Rcs keep the
        // code and globals alive while the entry is on the stack.
        self.frames
            .push(super::FrameRef::new(&frame.code, &frame.globals));
        let r = self.eval(frame);
        self.frames.pop();
        self.depth -= 1;
        r
    }

    /// Builds a frame for `func` with its parameters bound.
    pub fn bind_frame(
        &mut self,
        func: &Rc<Function>,
        code: &Rc<Code>,
        args: &[Value],
        kw: &Kw,
    ) -> PyResult<Frame> {
        let rec = &code.rec;
        let nvars = code.varnames.len();
        let argc = rec.argcount as usize;
        let mut stack = self.pooled_vec(nvars + rec.stacksize as usize);
        let flags = rec.flags;
        let simple = kw.is_empty()
            && args.len() == argc
            && rec.kwonlyargcount == 0
            && flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0;
        if simple {
            // Inline reference-count bumps (`extend_from_slice` clones through the out-of-line
            // `Value::clone`, once per argument).
            for a in args {
                stack.push(super::eval::clone_fast(a));
            }
            fill_undef(&mut stack, nvars);
        } else {
            fill_undef(&mut stack, nvars);
            self.bind_args(func, code, &mut stack, args, kw)?;
        }
        let cells = frame_cells(rec, &stack[..nvars], &func.closure);
        Ok(Frame {
            code: code.clone(),
            pc: 0,
            stack,
            nlocals: nvars,
            cells,
            globals: func.globals.clone(),
            locals: None,
            mapping: None,
            locals_snapshot: None,
            reraise: false,
        })
    }

    fn bind_args(
        &mut self,
        func: &Rc<Function>,
        code: &Rc<Code>,
        fast: &mut [Value],
        args: &[Value],
        kw: &Kw,
    ) -> PyResult<()> {
        let rec = &code.rec;
        let argc = rec.argcount as usize;
        let kwonly = rec.kwonlyargcount as usize;
        let posonly = rec.posonlyargcount as usize;
        let has_varargs = rec.flags & code_flags::VARARGS != 0;
        let has_varkw = rec.flags & code_flags::VARKEYWORDS != 0;
        // The qualified name, for error messages only (no allocation on the success path).
        let qn = func.qualname.borrow().clone();
        let qn = qn.as_str();
        let n = args.len().min(argc);
        fast[..n].clone_from_slice(&args[..n]);
        let mut idx = argc + kwonly;
        if has_varargs {
            let extra = if args.len() > argc {
                args[argc..].to_vec()
            } else {
                vec![]
            };
            fast[idx] = Value::tuple(extra);
            idx += 1;
        }
        let kwdict = if has_varkw {
            let d = Rc::new(DictObj::new());
            fast[idx] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kw {
            let pos = code.varnames[..argc + kwonly]
                .iter()
                .position(|n| n.as_str() == k.as_str());
            match pos {
                Some(p) if p >= posonly => {
                    if !fast[p].is_undef() {
                        return Err(self.type_error(format!(
                            "{qn}() got multiple values for argument '{}'",
                            k.as_str()
                        )));
                    }
                    fast[p] = v.clone();
                }
                _ => match &kwdict {
                    Some(d) => {
                        if d.contains_str(k) {
                            return Err(self.type_error(format!(
                                "{qn}() got multiple values for keyword argument '{}'",
                                k.as_str()
                            )));
                        }
                        d.set_str_raw(k.clone(), v.clone());
                    }
                    None => {
                        if pos.is_some() {
                            posonly_as_kw.push(k.as_str().to_string());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{qn}() got an unexpected keyword argument '{}'",
                            k.as_str()
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qn}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // CPython binds keyword arguments (and reports their errors) before it counts the
        // positional ones.
        if !has_varargs && args.len() > argc {
            let defaults = match &*func.defaults.borrow() {
                Value::Tuple(t) => t.0.len(),
                _ => 0,
            };
            let given_kw = kw
                .iter()
                .filter(|(k, _)| {
                    code.varnames[..argc]
                        .iter()
                        .any(|v| v.as_str() == k.as_str())
                })
                .count();
            let takes = if defaults > 0 {
                format!("from {} to {} positional arguments", argc - defaults, argc)
            } else {
                format!(
                    "{} positional argument{}",
                    argc,
                    if argc == 1 { "" } else { "s" }
                )
            };
            let given = args.len();
            let kwpart = if given_kw > 0
                || kw.iter().any(|(k, _)| {
                    code.varnames[argc..argc + kwonly]
                        .iter()
                        .any(|v| v.as_str() == k.as_str())
                }) {
                let nk = kw.len();
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    nk,
                    if nk == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let msg = if kwpart.is_empty() {
                format!(
                    "{qn}() takes {takes} but {given} {} given",
                    if given == 1 { "was" } else { "were" }
                )
            } else {
                format!("{qn}() takes {takes} but {given}{kwpart} were given")
            };
            return Err(self.type_error(msg));
        }
        // Defaults for missing positional parameters.
        let defaults: Vec<Value> = match &*func.defaults.borrow() {
            Value::Tuple(t) => t.0.clone(),
            _ => vec![],
        };
        let first_default = argc - defaults.len().min(argc);
        let mut missing = Vec::new();
        for i in 0..argc {
            if fast[i].is_undef() {
                if i >= first_default {
                    fast[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].as_str().to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_msg(qn, &missing, "positional")));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        let kwonly_slots = fast[argc..argc + kwonly].iter_mut();
        for (slot, name) in kwonly_slots.zip(&code.varnames[argc..argc + kwonly]) {
            if slot.is_undef() {
                let d = match &kwdefaults {
                    Value::Dict(d) => d.get_str(name),
                    _ => None,
                };
                match d {
                    Some(v) => *slot = v,
                    None => missing.push(name.as_str().to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_msg(qn, &missing, "keyword-only")));
        }
        Ok(())
    }

    // ---- generators ----------------------------------------------------------------------

    /// Resumes a generator: `Ok(Some(v))` for a yielded value, `Ok(None)` when it returned.
    pub fn gen_resume(
        &mut self,
        g: &Rc<Generator>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Option<Value>> {
        match self.gen_step(g, sent, throw)? {
            GenStep::Yielded(v) => Ok(Some(v)),
            GenStep::Returned(_) => Ok(None),
        }
    }

    pub fn gen_step(
        &mut self,
        g: &Rc<Generator>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<GenStep> {
        if g.running.get() {
            return Err(self.value_error("generator already executing"));
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            if let Some(e) = throw {
                return Err(e);
            }
            return Ok(GenStep::Returned(Value::None));
        };
        if frame.pc == 0
            && let Some(e) = throw
        {
            // Thrown into before it started: it finishes without running any of its code.
            return Err(e);
        }
        if frame.pc == 0 && !sent.is_none() && throw.is_none() {
            *g.frame.borrow_mut() = Some(frame);
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        if frame.pc > 0 && throw.is_none() {
            frame.stack.push(sent);
        } else {
            super::eval::drop_inline(sent);
        }
        g.running.set(true);
        // The generator's own handled exception (it was suspended inside a handler) is the
        // current one while it runs; an exception thrown in does not chain to the caller's.
        // `None` (no handled exception, the usual case) is copied without the out-of-line
        // clone and drop glue (measured: ~40 instructions a resume).
        let outer = if self.exc_info.is_none() {
            Value::None
        } else {
            self.exc_info.clone()
        };
        let own = g.exc_state.replace(Value::None);
        if !own.is_none() || throw.is_some() {
            self.exc_info = own;
        } else {
            std::mem::forget(own);
        }
        let r = match throw {
            Some(e) => self.throw_into(&mut frame, e),
            None => self.run_frame(&mut frame),
        };
        let current = std::mem::replace(&mut self.exc_info, outer);
        g.running.set(false);
        match r {
            Ok(FrameExit::Yield(v)) => {
                let same = match (&current, &self.exc_info) {
                    (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
                    (a, b) => a.is_none() && b.is_none(),
                };
                if !same {
                    *g.exc_state.borrow_mut() = current;
                } else {
                    super::eval::drop_inline(current);
                }
                *g.frame.borrow_mut() = Some(frame);
                Ok(GenStep::Yielded(v))
            }
            Ok(FrameExit::Return(v)) => Ok(GenStep::Returned(v)),
            Err(e) => {
                if e.0.class().is_subclass(&self.types.stop_iteration.clone()) {
                    let inner = e.clone();
                    let what = if g.coroutine {
                        "coroutine"
                    } else if frame.code.rec.flags & crate::compile::CO_ASYNC_GENERATOR != 0 {
                        "async generator"
                    } else {
                        "generator"
                    };
                    let err = self.runtime_error(format!("{what} raised StopIteration"));
                    err.exc().cause = inner.value();
                    err.exc().context = inner.value();
                    err.exc().suppress_context = true;
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// Raises `e` inside a suspended frame at its current point.
    fn throw_into(&mut self, frame: &mut Frame, e: PyErr) -> PyResult<FrameExit> {
        // A frame suspended inside `yield from` forwards the throw to the inner iterator: a
        // GeneratorExit closes it (an error from closing replaces the GeneratorExit), anything
        // else goes to its throw(); an iterator without throw() gets it raised at the
        // `yield from` itself.
        let Some(sub) = self.yield_from_target(frame) else {
            return self.raise_in_frame(frame, e);
        };
        if e.0.class().is_subclass(&self.types.generator_exit.clone()) {
            let closed = match &sub {
                Value::Generator(inner) => self.gen_close(inner),
                other => {
                    let name = self.intern_static("close");
                    match self.get_attr_opt(other, &name) {
                        Ok(Some(close)) => self.call(&close, &[], &[]).map(|_| ()),
                        Ok(None) => Ok(()),
                        Err(err) => Err(err),
                    }
                }
            };
            return match closed {
                Ok(()) => self.raise_in_frame(frame, e),
                Err(err) => self.raise_in_frame(frame, err),
            };
        }
        let step = match &sub {
            Value::Generator(inner) => self.gen_step(inner, Value::None, Some(e.clone())),
            other => {
                let name = self.intern_static("throw");
                match self.get_attr_opt(other, &name) {
                    Ok(Some(throw)) => {
                        let stop = self.types.stop_iteration.clone();
                        match self.call(&throw, &[e.value()], &[]) {
                            Ok(y) => Ok(GenStep::Yielded(y)),
                            Err(err) if err.0.class().is_subclass(&stop) => {
                                let val = self.exc_args(&err.0).into_iter().next();
                                Ok(GenStep::Returned(val.unwrap_or(Value::None)))
                            }
                            Err(err) => Err(err),
                        }
                    }
                    Ok(None) => return self.raise_in_frame(frame, e),
                    Err(err) => Err(err),
                }
            }
        };
        match step {
            Ok(GenStep::Yielded(v)) => Ok(FrameExit::Yield(v)),
            Ok(GenStep::Returned(v)) => {
                // The delegation finished: the iterator's place on the stack takes its return
                // value, and the frame continues after the Send.
                frame.stack.pop();
                frame.stack.push(v);
                frame.pc = self.send_exit_target(frame);
                self.run_frame(frame)
            }
            Err(err) => self.raise_in_frame(frame, err),
        }
    }

    pub fn gen_close(&mut self, g: &Rc<Generator>) -> PyResult<()> {
        if g.frame.borrow().as_ref().is_none_or(|f| f.pc == 0) {
            *g.frame.borrow_mut() = None;
            return Ok(());
        }
        let exit = self.types.generator_exit.clone();
        let e = self.new_exc_args(&exit, vec![]);
        match self.gen_step(g, Value::None, Some(e)) {
            Ok(GenStep::Yielded(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(GenStep::Returned(_)) => Ok(()),
            Err(e)
                if e.0.class().is_subclass(&exit)
                    || e.0.class().is_subclass(&self.types.stop_iteration.clone()) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    // ---- classes ---------------------------------------------------------------------------

    pub fn call_class(&mut self, cls: &Rc<Class>, args: &[Value], kw: &Kw) -> PyResult {
        if Rc::ptr_eq(cls, &self.types.type_) && args.len() == 1 && kw.is_empty() {
            return Ok(Value::Class(self.types.type_of(&args[0])));
        }
        if let Some(meta) = cls.metaclass.borrow().clone() {
            let key = self.intern_static("__call__");
            if let Some(f @ Value::Function(_)) = meta.lookup_rc(&key) {
                let mut all = vec![Value::Class(cls.clone())];
                all.extend_from_slice(args);
                return self.call(&f, &all, kw);
            }
        }
        if cls.is_builtin {
            return crate::builtins::ctors::construct(self, cls, args, kw);
        }
        self.instantiate(cls, args, kw)
    }

    /// `cls`'s `(__new__, __init__)`, through its lookup cache.
    fn class_ctor(&mut self, cls: &Class) -> CtorPair {
        cls.ctor_lookup(|| {
            (
                self.intern_static("__new__"),
                self.intern_static("__init__"),
            )
        })
    }

    /// `cls(args...)` with the class at `stack[base]` and the arguments above it, for the
    /// common case (a plain class, `object.__new__`, a Python `__init__`): the new instance
    /// takes the class's slot and `[instance, args...]` move into `__init__`'s frame, as a
    /// method call's would. `None`: not that case, the caller takes the general path.
    pub fn instantiate_from_stack(
        &mut self,
        cls: &Rc<Class>,
        stack: &mut Vec<Value>,
        base: usize,
    ) -> Option<PyResult> {
        if cls.is_builtin || cls.base_kind != BaseKind::Object || cls.metaclass.borrow().is_some() {
            return None;
        }
        let init = cls.plain_init(|| {
            (
                self.intern_static("__new__"),
                self.intern_static("__init__"),
            )
        })?;
        let obj = match self.new_instance(cls, &[], &[]) {
            Ok(obj) => obj,
            Err(e) => return Some(Err(e)),
        };
        stack[base] = obj.clone();
        Some(match self.call_function_from_stack(&init, stack, base) {
            Ok(Value::None) => Ok(obj),
            Ok(r) => {
                let t = self.type_name(&r);
                Err(self.type_error(format!("__init__() should return None, not '{t}'")))
            }
            Err(e) => Err(e),
        })
    }

    /// `cls(*args, **kw)` for a user-defined class: `__new__` then `__init__`.
    pub fn instantiate(&mut self, cls: &Rc<Class>, args: &[Value], kw: &Kw) -> PyResult {
        let (new_attr, init_attr) = self.class_ctor(cls);
        let user_new = match new_attr {
            Some(Value::StaticMethod(f)) => Some((*f).clone()),
            Some(f @ Value::Function(_)) => Some(f),
            _ => None,
        };
        let obj = match &user_new {
            Some(f) => {
                let mut all = vec![Value::Class(cls.clone())];
                all.extend_from_slice(args);
                self.call(f, &all, kw)?
            }
            None => self.new_instance(cls, args, kw)?,
        };
        let obj_cls = self.types.type_of(&obj);
        if !obj_cls.is_subclass(cls) {
            return Ok(obj);
        }
        match init_attr {
            Some(init @ Value::Function(_)) => {
                let r = Vm::with_receiver(&obj, args, |all| self.call(&init, all, kw))?;
                if !r.is_none() {
                    let t = self.type_name(&r);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{t}'"))
                    );
                }
            }
            Some(Value::Builtin(b)) if b.owner != Some("object") => {
                let mut all = vec![obj.clone()];
                all.extend_from_slice(args);
                (b.func)(self, Args { pos: &all, kw })?;
            }
            _ => {
                if user_new.is_none()
                    && (!args.is_empty() || !kw.is_empty())
                    && cls.base_kind == BaseKind::Object
                {
                    let n = cls.name();
                    return Err(self.type_error(format!("{n}() takes no arguments")));
                }
            }
        }
        Ok(obj)
    }

    /// A new, uninitialised instance of a user class (`object.__new__`).
    pub fn new_instance(&mut self, cls: &Rc<Class>, args: &[Value], kw: &Kw) -> PyResult {
        // As in CPython, `object.__new__` (only it) refuses a class while a non-empty
        // `__abstractmethods__` assigned to it is in force.
        if cls.is_abstract.get() && cls.base_kind == BaseKind::Object {
            self.check_not_abstract(cls)?;
        }
        let has_dict = cls.has_dict;
        let payload = match cls.base_kind {
            BaseKind::Exception => Payload::Exc(RefCell::new(ExcData {
                args: Value::tuple(args.to_vec()),
                cause: Value::None,
                context: Value::None,
                ..Default::default()
            })),
            BaseKind::Object | BaseKind::Type => Payload::None,
            BaseKind::Other => match crate::builtins::ctors::other_payload(self, cls, args, kw)? {
                Some(v) => Payload::Builtin(RefCell::new(v)),
                None => Payload::None,
            },
            kind => {
                let base = self
                    .builtin_base(cls)
                    .unwrap_or_else(|| self.types.object.clone());
                let value = match kind {
                    BaseKind::List => Value::list(vec![]),
                    BaseKind::Dict => Value::Dict(Rc::new(DictObj::new())),
                    BaseKind::Set => Value::Set(Rc::new(SetObj::new())),
                    _ => crate::builtins::ctors::construct_base(self, &base, args, kw)?,
                };
                Payload::Builtin(RefCell::new(value))
            }
        };
        if cls.base_kind == BaseKind::Type {
            return self.type_new(cls, args, kw);
        }
        Ok(Value::Instance(Rc::new(Instance {
            class: cls.clone().into(),
            dict: if has_dict {
                Some(Rc::new(DictObj::new()))
            } else {
                None
            },
            // Sized once for the class's slot layout, so slot stores never grow it. Filled
            // by a push loop: `vec![Value::Undef; n]` clones through the out-of-line
            // `Value::clone` once per slot (~115 instructions for two slots), and the
            // out-of-line `resize_with` cost ~45.
            slots: RefCell::new({
                let n = cls.slot_layout.len();
                let mut slots = Vec::with_capacity(n);
                fill_undef(&mut slots, n);
                slots
            }),
            payload,
        })))
    }

    /// CPython's refusal to instantiate a class whose `__abstractmethods__` is not empty.
    #[cold]
    #[inline(never)]
    fn check_not_abstract(&mut self, cls: &Rc<Class>) -> PyResult<()> {
        let key = self.intern_static("__abstractmethods__");
        let Some(methods) = cls.dict.get_str(&key) else {
            return Ok(());
        };
        if !self.truthy(&methods)? {
            return Ok(());
        }
        let mut names = Vec::new();
        for m in self.iterate(&methods)? {
            names.push(self.to_str(&m)?);
        }
        names.sort();
        let plural = if names.len() > 1 { "s" } else { "" };
        let n = cls.name();
        Err(self.type_error(format!(
            "Can't instantiate abstract class {n} with abstract method{plural} {}",
            names.join(", ")
        )))
    }

    /// `__name__` of the running Python frame's globals: the default `__module__` of a class
    /// made by calling `type` (CPython takes it from the calling frame too).
    pub fn caller_module_name(&mut self) -> Value {
        self.frames
            .last()
            .and_then(|f| f.globals().get_name("__name__"))
            .unwrap_or_else(|| Value::str("__main__"))
    }

    /// `type.__new__(mcs, name, bases, ns)`: a new class whose metaclass is `mcs`.
    pub fn type_new(&mut self, mcs: &Rc<Class>, args: &[Value], kw: &Kw) -> PyResult {
        // A dict subclass namespace (from `__prepare__`) is read through its dict.
        let ns_arg = args.get(2).map(crate::builtins::args::payload);
        let (Some(ns_v), [Value::Str(name), Value::Tuple(bases), _]) = (&ns_arg, args) else {
            if args.len() == 1 {
                return Ok(Value::Class(self.types.type_of(&args[0])));
            }
            return Err(self.type_error("type.__new__() takes exactly 3 arguments"));
        };
        let Value::Dict(ns) = ns_v else {
            let t = self.type_name(&args[2]);
            return Err(self.type_error(format!("type.__new__() argument 3 must be dict, not {t}")));
        };
        let mut bs = Vec::new();
        for b in bases.0.iter() {
            match b {
                Value::Class(c) => {
                    if bs.iter().any(|x: &Rc<Class>| Rc::ptr_eq(x, c)) {
                        let name = c.name();
                        return Err(self.type_error(format!("duplicate base class {name}")));
                    }
                    bs.push(c.clone())
                }
                _ => return Err(self.type_error("bases must be types")),
            }
        }
        if ns.get_name("__module__").is_none() {
            let module = self.caller_module_name();
            ns.set_str_raw(self.intern_static("__module__"), module);
        }
        let meta = if Rc::ptr_eq(mcs, &self.types.type_) {
            None
        } else {
            Some(mcs.clone())
        };
        let c = self.new_class(name.as_str(), bs, ns, meta)?;
        self.init_subclass(&c, kw)?;
        if let Some(Value::Cell(cell)) = ns.get_name("__classcell__") {
            *cell.0.borrow_mut() = Value::Class(c.clone());
        }
        Ok(Value::Class(c))
    }

    /// The built-in class a user class ultimately extends (list, dict, int, ...).
    pub fn builtin_base(&self, cls: &Rc<Class>) -> Option<Rc<Class>> {
        cls.mro
            .borrow()
            .iter()
            .find(|c| c.is_builtin && !Rc::ptr_eq(c, &self.types.object))
            .cloned()
    }

    /// `__build_class__(body, name, *bases, metaclass=..., **kw)`.
    pub fn build_class(&mut self, args: &[Value], kw: &Kw) -> PyResult {
        let (Some(Value::Function(body)), Some(Value::Str(name))) = (args.first(), args.get(1))
        else {
            return Err(self.type_error("__build_class__: bad arguments"));
        };
        // A base that is not a class may stand for classes through `__mro_entries__`.
        let mut resolved = Vec::new();
        let mut orig_bases = None;
        for b in &args[2..] {
            if !matches!(b, Value::Class(_)) {
                let key = self.intern_static("__mro_entries__");
                if let Some(f) = self.types.type_of(b).lookup_rc(&key) {
                    let orig = Value::tuple(args[2..].to_vec());
                    let r = self.call(&f, &[b.clone(), orig.clone()], &[])?;
                    let Value::Tuple(t) = r else {
                        return Err(self.type_error("__mro_entries__ must return a tuple"));
                    };
                    resolved.extend(t.0.iter().cloned());
                    orig_bases = Some(orig);
                    continue;
                }
            }
            resolved.push(b.clone());
        }
        if resolved.iter().any(|b| !matches!(b, Value::Class(_))) {
            return self.build_class_non_class_bases(body, name, resolved, kw);
        }
        let mut bases = Vec::new();
        for b in &resolved {
            match b {
                Value::Class(c) => {
                    if bases.iter().any(|x: &Rc<Class>| Rc::ptr_eq(x, c)) {
                        let name = c.name();
                        return Err(self.type_error(format!("duplicate base class {name}")));
                    }
                    bases.push(c.clone())
                }
                _ => return Err(self.type_error("bases must be types")),
            }
        }
        let mut metaclass: Option<Value> = None;
        let mut class_kw: Vec<(Rc<PyStr>, Value)> = Vec::new();
        for (k, v) in kw {
            if k.as_str() == "metaclass" {
                metaclass = Some(v.clone());
            } else {
                class_kw.push((k.clone(), v.clone()));
            }
        }
        let metaclass = self.calculate_metaclass(metaclass, &bases)?;
        let bases_v: Vec<Value> = bases.iter().map(|b| Value::Class(b.clone())).collect();
        let prepared =
            self.prepare_class_namespace(metaclass.as_ref(), name, &bases_v, &class_kw)?;
        let ns = prepared.dict.clone();
        let code = body.code.borrow().clone();
        let mut frame = self.bind_frame(body, &code, &[], &[])?;
        frame.locals = Some(ns.clone());
        if prepared.hooked {
            frame.mapping = Some(prepared.mapping.clone());
        }
        let cell = match self.run_frame(&mut frame)? {
            FrameExit::Return(v) => v,
            FrameExit::Yield(_) => Value::None,
        };
        if let Some(orig) = orig_bases {
            let key = Value::Str(self.intern_static("__orig_bases__"));
            self.set_item(&prepared.mapping, &key, orig)?;
        }
        let cls = match &metaclass {
            Some(Value::Class(m)) if !m.is_builtin => self.call(
                &Value::Class(m.clone()),
                &[
                    Value::Str(name.clone()),
                    Value::tuple(bases_v),
                    prepared.mapping,
                ],
                &class_kw,
            )?,
            Some(other) if !matches!(other, Value::Class(c) if Rc::ptr_eq(c, &self.types.type_)) => {
                let ns_v = prepared.mapping;
                self.call(
                    other,
                    &[Value::Str(name.clone()), Value::tuple(bases_v), ns_v],
                    &class_kw,
                )?
            }
            _ => {
                let c = self.new_class(name.as_str(), bases, &ns, None)?;
                let v = Value::Class(c.clone());
                self.init_subclass(&c, &class_kw)?;
                v
            }
        };
        if let (Value::Cell(cellobj), Value::Class(_)) = (&cell, &cls) {
            *cellobj.0.borrow_mut() = cls.clone();
        }
        Ok(cls)
    }

    fn init_subclass(&mut self, c: &Rc<Class>, kw: &Kw) -> PyResult<()> {
        let key = self.intern_static("__init_subclass__");
        let mro = c.mro.borrow().clone();
        for base in mro.iter().skip(1) {
            if let Some(f) = base.dict.get_str(&key) {
                let f = match f {
                    Value::ClassMethod(inner) => (*inner).clone(),
                    other => other,
                };
                if let Value::Builtin(_) = f {
                    break;
                }
                self.call(&f, &[Value::Class(c.clone())], kw)?;
                return Ok(());
            }
        }
        if !kw.is_empty() {
            // CPython names the class by its qualified name here.
            let n = c.qualname.borrow().as_str().to_string();
            return Err(self.type_error(format!(
                "{n}.__init_subclass__() takes no keyword arguments"
            )));
        }
        Ok(())
    }

    /// Creates a class object from a namespace (`type(name, bases, ns)`).
    pub fn new_class(
        &mut self,
        name: &str,
        bases: Vec<Rc<Class>>,
        ns: &Rc<DictObj>,
        meta: Option<Rc<Class>>,
    ) -> PyResult<Rc<Class>> {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        let mut base_kind = BaseKind::Object;
        for b in &bases {
            if self.types.is_final(b) {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name()
                )));
            }
            if b.base_kind != BaseKind::Object {
                if base_kind != BaseKind::Object && base_kind != b.base_kind {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                base_kind = b.base_kind;
            }
        }
        self.check_layout_conflict(&bases)?;
        let dict = Rc::new(DictObj::from_table(ns.table.borrow().clone()));
        dict.role.set(DictRole::Namespace);
        let module = match dict.get_name("__module__") {
            Some(Value::Str(m)) => m.as_str().to_string(),
            _ => "__main__".to_string(),
        };
        let qualname = match dict.get_name("__qualname__") {
            Some(Value::Str(q)) => q.clone(),
            _ => Rc::new(PyStr::new(name)),
        };
        *dict.owner.borrow_mut() = Some(crate::readonly::NsOwner::Class(format!(
            "{module}.{}",
            qualname.as_str()
        )));
        let qkey = self.intern_static("__qualname__");
        dict.del_str_raw(&qkey);
        let ckey = self.intern_static("__classcell__");
        dict.del_str_raw(&ckey);
        let slots = self.class_slots(name, &bases, &dict)?;
        // Wrap plain functions named __init_subclass__ / __class_getitem__ as classmethods,
        // and __new__ as a staticmethod, as type() does.
        for (n, wrap_class) in [
            ("__init_subclass__", true),
            ("__class_getitem__", true),
            ("__new__", false),
        ] {
            let key = self.intern(n);
            if let Some(f @ Value::Function(_)) = dict.get_str(&key) {
                let w = if wrap_class {
                    Value::ClassMethod(Rc::new(f))
                } else {
                    Value::StaticMethod(Rc::new(f))
                };
                dict.set_str_raw(key, w);
            }
        }
        // Every class has its own `__doc__`, None without a docstring (at the end of the
        // body, where CPython lists it).
        let doc_key = self.intern_static("__doc__");
        if !dict.contains_str(&doc_key) {
            dict.set_str_raw(doc_key, Value::None);
        }
        // Defining __eq__ without __hash__ makes instances unhashable, as in CPython.
        let eq_key = self.intern_static("__eq__");
        let hash_key = self.intern_static("__hash__");
        if dict.contains_str(&eq_key) && !dict.contains_str(&hash_key) {
            dict.set_str_raw(hash_key, Value::None);
        }
        let mro = self.c3_mro(&bases)?;
        // `__dict__` and `__weakref__` in `__slots__` ask for a dict (or weak references)
        // rather than naming a slot.
        let names_dict = |s: &Option<Vec<Rc<PyStr>>>| {
            s.as_ref()
                .is_some_and(|v| v.iter().any(|n| n.as_str() == "__dict__"))
        };
        let is_slot = |n: &&Rc<PyStr>| !matches!(n.as_str(), "__dict__" | "__weakref__");
        let mut slot_layout: Vec<Rc<PyStr>> = Vec::new();
        for c in mro.iter().rev() {
            slot_layout.extend(c.slots.iter().flatten().filter(is_slot).cloned());
        }
        slot_layout.extend(slots.iter().flatten().filter(is_slot).cloned());
        let has_getattr = dict.contains_str(&PyStr::new("__getattr__"))
            || dict.contains_str(&PyStr::new("__getattribute__"));
        let cls = Rc::new(Class {
            name: RefCell::new(Rc::new(PyStr::new(name))),
            qualname: RefCell::new(qualname),
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            dict,
            base_kind,
            metaclass: RefCell::new(meta),
            slot_layout,
            has_dict: slots.is_none()
                || names_dict(&slots)
                || mro
                    .iter()
                    .any(|c| !c.is_builtin && (c.slots.is_none() || names_dict(&c.slots))),
            slots,
            is_builtin: false,
            modified: Cell::new(false),
            has_getattr: Cell::new(has_getattr),
            is_abstract: Cell::new(false),
            cache: Default::default(),
        });
        let mut full = vec![cls.clone()];
        full.extend(mro);
        *cls.mro.borrow_mut() = full;
        crate::vm::types::note_class(&cls);
        if cls.mro.borrow().iter().any(|c| c.has_getattr.get()) {
            cls.has_getattr.set(true);
        }
        // Descriptors with __set_name__.
        let entries: Vec<(Value, Value)> = cls
            .dict
            .table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            if let Value::Instance(inst) = &v
                && !inst.class().is_builtin
            {
                let key = self.intern_static("__set_name__");
                if let Some(f) = inst.class().lookup_rc(&key)
                    && let Err(inner) =
                        self.call(&f, &[v.clone(), Value::Class(cls.clone()), k.clone()], &[])
                {
                    let key_repr = self.repr(&k)?;
                    let err = self.runtime_error(format!(
                        "Error calling __set_name__ on '{}' instance {key_repr} in '{}'",
                        inst.class().name(),
                        cls.name()
                    ));
                    {
                        let mut d = err.exc();
                        d.cause = inner.value();
                        d.context = inner.value();
                        d.suppress_context = true;
                    }
                    return Err(err);
                }
            }
        }
        Ok(cls)
    }

    /// C3 linearisation of the bases (the class itself is prepended by the caller).
    fn c3_mro(&mut self, bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
        let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
        seqs.push(bases.to_vec());
        let mut out: Vec<Rc<Class>> = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut found = None;
            for s in &seqs {
                let cand = &s[0];
                if !seqs
                    .iter()
                    .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand)))
                {
                    found = Some(cand.clone());
                    break;
                }
            }
            let Some(c) = found else {
                // CPython names the distinct heads of the sequences still to merge.
                let mut heads: Vec<Rc<Class>> = Vec::new();
                for s in &seqs {
                    if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                        heads.push(s[0].clone());
                    }
                }
                let names: Vec<String> = heads.iter().map(|b| b.name()).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for s in seqs.iter_mut() {
                if Rc::ptr_eq(&s[0], &c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }
}

fn missing_msg(qn: &str, missing: &[String], kind: &str) -> String {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    format!(
        "{qn}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    )
}

/// True when `func` has at least `missing` positional defaults (for its last parameters).
fn defaults_cover(func: &Function, missing: usize) -> bool {
    matches!(&*func.defaults.borrow(), Value::Tuple(d) if d.0.len() >= missing)
}

/// A frame's cells: one per cell variable (holding its argument's value when the variable is
/// a parameter), then the function's closure. Most frames have none: no call, no allocation.
#[inline(always)]
fn frame_cells(rec: &CodeRecord, fast: &[Value], closure: &[Rc<CellObj>]) -> Vec<Rc<CellObj>> {
    if rec.cellvars.is_empty() && closure.is_empty() {
        Vec::new()
    } else {
        make_cells(rec, fast, closure)
    }
}

#[inline(never)]
fn make_cells(rec: &CodeRecord, fast: &[Value], closure: &[Rc<CellObj>]) -> Vec<Rc<CellObj>> {
    let mut cells = Vec::with_capacity(rec.cellvars.len() + closure.len());
    for (i, _) in rec.cellvars.iter().enumerate() {
        let init = match rec.cell2arg.get(i) {
            Some(&a) if a != u32::MAX => fast[a as usize].clone(),
            _ => Value::Undef,
        };
        cells.push(Rc::new(CellObj(RefCell::new(init))));
    }
    cells.extend(closure.iter().cloned());
    cells
}

/// Pads with unbound slots up to `n` (measured: a plain push loop beats the out-of-line
/// `Vec::resize` for the few locals a frame has).
#[inline(always)]
fn fill_undef(v: &mut Vec<Value>, n: usize) {
    while v.len() < n {
        v.push(Value::Undef);
    }
}

/// Whether a built-in type's method of this name takes the instance as its first argument:
/// not its static and class methods (alternative constructors, `__new__`, the class hooks).
fn takes_receiver(name: &str) -> bool {
    const NO_RECEIVER: &[&str] = &[
        "fromkeys",
        "from_bytes",
        "fromhex",
        "__getformat__",
        "maketrans",
        "from_iterable",
        "__new__",
        "__init_subclass__",
        "__subclasshook__",
        "__class_getitem__",
        "__prepare__",
        "__instancecheck__",
        "__subclasscheck__",
    ];
    !NO_RECEIVER.contains(&name)
}
