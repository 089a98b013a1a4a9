//! PEP 654: `BaseExceptionGroup` / `ExceptionGroup` and the two instructions behind
//! `try: ... except* T: ...`.
//!
//! A group keeps its `message` and `exceptions` tuple in [`ExcData::group`], apart from
//! `args`, which a program may rebind. `split` and `subgroup` rebuild the matching and the
//! remaining parts through `derive`, carrying the original's traceback, cause, context and a
//! copy of its notes. `CheckEgMatch` picks the part of the pending exception a clause
//! handles; `PrepReraiseStar` decides what leaves the `try` statement once every clause ran.
//! Nothing here touches code images or namespaces.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use super::frame::Frame;
use crate::objects::*;

const READONLY: &str = "readonly attribute";

/// Methods of `BaseExceptionGroup` installed as plain method descriptors.
const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", eg_init),
    ("__str__", eg_str),
    ("derive", eg_derive),
    ("split", eg_split),
    ("subgroup", eg_subgroup),
];

/// Adds `BaseExceptionGroup`'s methods, its `__new__` and its two read-only attributes to the
/// class dict. `key` interns an attribute name.
pub fn install(types: &super::Types, key: &mut dyn FnMut(&'static str) -> Rc<PyStr>) {
    let class = &types.base_exception_group;
    let builtin = |name: &'static str, func: NativeFn| {
        Value::Builtin(Rc::new(Builtin {
            name,
            func,
            receiver: Value::Undef,
            owner: Some("BaseExceptionGroup"),
        }))
    };
    for &(name, func) in METHODS {
        class.dict.set_str_raw(key(name), builtin(name, func));
    }
    // `__new__` receives the class, as a static method does.
    let new = Value::StaticMethod(Rc::new(builtin("__new__", eg_new)));
    class.dict.set_str_raw(key("__new__"), new);
    for (name, get) in [
        ("message", eg_message as NativeFn),
        ("exceptions", eg_exceptions as NativeFn),
    ] {
        let prop = Property {
            fget: builtin(name, get),
            fset: builtin(name, eg_readonly),
            fdel: builtin(name, eg_readonly),
            doc: Value::None,
        };
        class
            .dict
            .set_str_raw(key(name), Value::Property(Rc::new(prop)));
    }
}

/// How `split` / `subgroup` decide which exceptions match.
enum Matcher {
    /// An exception class or a tuple of them: `isinstance`.
    Types(Value),
    /// A callable: its result's truth.
    Predicate(Value),
    /// Identity with one of these exceptions (the leaves a handler re-raised).
    Ids(Vec<usize>),
}

/// The two halves of a split; `None` where nothing is left.
struct Split {
    matched: Option<Value>,
    rest: Option<Value>,
}

/// `message` and `exceptions` of a group instance.
fn parts(v: &Value) -> Option<(Value, Vec<Value>)> {
    let Value::Instance(i) = v else { return None };
    let d = i.exc_data()?.borrow();
    let (msg, excs) = d.group.as_ref()?;
    let items = match excs {
        Value::Tuple(t) => t.0.clone(),
        _ => Vec::new(),
    };
    Some((msg.clone(), items))
}

fn identity(v: &Value) -> usize {
    v.ptr().unwrap_or(0)
}

impl Vm {
    fn is_exception_group(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i)
            if i.exc_data().is_some() && i.class().is_subclass(&self.types.base_exception_group))
    }

    /// `PySequence_Check`: what `BaseExceptionGroup` accepts as its exceptions argument.
    pub(crate) fn is_sequence(&mut self, v: &Value) -> bool {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::PermaBytes(_)
            | Value::Range(_) => true,
            Value::Instance(i) => {
                if i.class().is_subclass(&self.types.dict) {
                    return false;
                }
                if let Payload::Builtin(inner) = &i.payload {
                    let inner = inner.borrow().clone();
                    if self.is_sequence(&inner) {
                        return true;
                    }
                }
                let key = self.intern_static("__getitem__");
                i.class().lookup_rc(&key).is_some()
            }
            _ => false,
        }
    }

    /// A new group of class `cls` (or `ExceptionGroup` for `BaseExceptionGroup` when every
    /// member is an `Exception`), with CPython's checks. `args` are the constructor's
    /// positional arguments: message and exceptions.
    fn new_exception_group(&mut self, cls: &Rc<Class>, args: &[Value]) -> PyResult {
        if args.len() != 2 {
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.len()
            )));
        }
        let (message, excs) = (&args[0], &args[1]);
        let is_str = match message {
            Value::Str(_) => true,
            Value::Instance(i) => i.class().is_subclass(&self.types.str_),
            _ => false,
        };
        if !is_str {
            let t = self.type_name(message);
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {t}"
            )));
        }
        if !self.is_sequence(excs) {
            return Err(self.type_error("second argument (exceptions) must be a sequence"));
        }
        let items = self.iterate(excs)?;
        if items.is_empty() {
            return Err(
                self.value_error("second argument (exceptions) must be a non-empty sequence")
            );
        }
        let mut nested_base = false;
        for (i, e) in items.iter().enumerate() {
            let is_exc = matches!(e, Value::Instance(inst) if inst.exc_data().is_some());
            if !is_exc {
                return Err(self.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )));
            }
            if !self.types.type_of(e).is_subclass(&self.types.exception) {
                nested_base = true;
            }
        }
        let mut cls = cls.clone();
        if Rc::ptr_eq(&cls, &self.types.base_exception_group) {
            if !nested_base {
                cls = self.types.exception_group.clone();
            }
        } else if Rc::ptr_eq(&cls, &self.types.exception_group) {
            if nested_base {
                return Err(self.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
            }
        } else if nested_base && cls.is_subclass(&self.types.exception) {
            let n = cls.name();
            return Err(self.type_error(format!("Cannot nest BaseExceptions in '{n}'")));
        }
        let data = ExcData {
            args: Value::tuple(args.to_vec()),
            cause: Value::None,
            context: Value::None,
            group: Some((message.clone(), Value::tuple(items))),
            ..Default::default()
        };
        Ok(Value::Instance(Rc::new(Instance {
            dict: (cls.is_builtin || cls.has_dict).then(|| Rc::new(DictObj::new())),
            class: cls.into(),
            slots: RefCell::new(Vec::new()),
            payload: Payload::Exc(RefCell::new(data)),
        })))
    }

    /// `BaseExceptionGroup(message, excs)` built directly, as the interpreter does for the
    /// groups it makes itself (`args[1]` is `excs` as given).
    fn make_group(&mut self, message: &str, excs: Value) -> PyResult {
        let cls = self.types.base_exception_group.clone();
        self.new_exception_group(&cls, &[Value::str(message), excs])
    }

    fn matcher(&mut self, cond: &Value) -> PyResult<Matcher> {
        let is_exc_class = |vm: &Vm, v: &Value| matches!(v, Value::Class(c) if c.is_subclass(&vm.types.base_exception));
        if !matches!(cond, Value::Class(_)) && crate::builtins::functions::is_callable(self, cond) {
            return Ok(Matcher::Predicate(cond.clone()));
        }
        if is_exc_class(self, cond) {
            return Ok(Matcher::Types(cond.clone()));
        }
        if let Value::Tuple(t) = cond
            && t.0.iter().all(|c| is_exc_class(self, c))
        {
            return Ok(Matcher::Types(cond.clone()));
        }
        Err(self.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn split_matches(&mut self, exc: &Value, m: &Matcher) -> PyResult<bool> {
        match m {
            Matcher::Types(t) => {
                let cls = self.types.type_of(exc);
                Ok(match t {
                    Value::Class(c) => cls.is_subclass(c),
                    Value::Tuple(ts) => {
                        ts.0.iter()
                            .any(|c| matches!(c, Value::Class(c) if cls.is_subclass(c)))
                    }
                    _ => false,
                })
            }
            Matcher::Predicate(f) => {
                let r = self.call(f, std::slice::from_ref(exc), &[])?;
                self.truthy(&r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&identity(exc))),
        }
    }

    /// Counts one level of a recursion over nested groups against the recursion limit.
    fn enter_group_level(&mut self, what: &str) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.recursion_limit || self.stack_exhausted() {
            self.depth -= 1;
            let c = self.types.recursion_error.clone();
            return Err(self.new_error(&c, format!("maximum recursion depth exceeded in {what}")));
        }
        Ok(())
    }

    /// Splits `exc` (a group or a leaf) by `m`, depth first, rebuilding partially matched
    /// groups through `derive`.
    fn split_recursive(&mut self, exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<Split> {
        self.enter_group_level("exceptiongroup_split_recursive")?;
        let r = self.split_level(exc, m, with_rest);
        self.depth -= 1;
        r
    }

    fn split_level(&mut self, exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<Split> {
        if self.split_matches(exc, m)? {
            return Ok(Split {
                matched: Some(exc.clone()),
                rest: None,
            });
        }
        let children = match parts(exc) {
            Some((_, items)) if self.is_exception_group(exc) => items,
            _ => {
                return Ok(Split {
                    matched: None,
                    rest: with_rest.then(|| exc.clone()),
                });
            }
        };
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in &children {
            let s = self.split_recursive(e, m, with_rest)?;
            matched.extend(s.matched);
            rest.extend(s.rest);
        }
        let matched = self.group_subset(exc, matched)?;
        let rest = if with_rest {
            self.group_subset(exc, rest)?
        } else {
            None
        };
        Ok(Split { matched, rest })
    }

    /// `orig.derive(excs)` carrying orig's traceback, cause, context and a copy of its
    /// notes; `None` for no exceptions.
    fn group_subset(&mut self, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
        if excs.is_empty() {
            return Ok(None);
        }
        let derive = self.get_attr_str(orig, "derive")?;
        let eg = self.call(&derive, &[Value::list(excs)], &[])?;
        if !self.is_exception_group(&eg) {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        if let (Value::Instance(src), Value::Instance(dst)) = (orig, &eg)
            && let (Some(s), Some(d)) = (src.exc_data(), dst.exc_data())
            && !Rc::ptr_eq(src, dst)
        {
            let s = s.borrow().clone();
            let mut d = d.borrow_mut();
            if !s.traceback.is_empty() {
                d.traceback = s.traceback;
            }
            d.context = s.context;
            d.cause = s.cause;
            d.suppress_context = true;
        }
        let notes_key = self.intern_static("__notes__");
        if let Some(notes) = self.get_attr_opt(orig, &notes_key)?
            && self.is_sequence(&notes)
        {
            let copy = Value::list(self.iterate(&notes)?);
            self.set_attr(&eg, &notes_key, copy)?;
        }
        Ok(Some(eg))
    }

    /// The leaves (non-group exceptions) under `v`, by identity.
    fn leaf_ids(&mut self, v: &Value, out: &mut Vec<usize>) -> PyResult<()> {
        match parts(v) {
            Some((_, items)) if self.is_exception_group(v) => {
                self.enter_group_level("collect_exception_group_leaf_ids")?;
                let r = items.iter().try_for_each(|e| self.leaf_ids(e, out));
                self.depth -= 1;
                r
            }
            _ => {
                out.push(identity(v));
                Ok(())
            }
        }
    }

    /// `except*` clause test. Stack: `[exc, type]` -> `[rest, match]` when part of `exc`
    /// matches (`rest` may be None), else `[exc, None]`. A match becomes the exception being
    /// handled.
    pub(crate) fn check_eg_match(&mut self, f: &mut Frame) -> PyResult<()> {
        let ty = f.stack.pop().unwrap_or_default();
        self.check_except_star_type(&ty)?;
        let exc = f.stack.pop().unwrap_or_default();
        let (matched, rest) = self.exception_group_match(&exc, &ty)?;
        if matched.is_none() {
            f.stack.push(exc);
            f.stack.push(Value::None);
        } else {
            self.exc_info = matched.clone();
            f.stack.push(rest);
            f.stack.push(matched);
        }
        Ok(())
    }

    fn check_except_star_type(&mut self, ty: &Value) -> PyResult<()> {
        let items: Vec<Value> = match ty {
            Value::Tuple(t) => t.0.clone(),
            other => vec![other.clone()],
        };
        let base = self.types.base_exception.clone();
        let group = self.types.base_exception_group.clone();
        if !items
            .iter()
            .all(|c| matches!(c, Value::Class(c) if c.is_subclass(&base)))
        {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        if items
            .iter()
            .any(|c| matches!(c, Value::Class(c) if c.is_subclass(&group)))
        {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    }

    /// `(match, rest)` of `exc` for an `except*` clause of type `ty`. A naked exception
    /// that matches is wrapped in `ExceptionGroup("", (exc,))`.
    fn exception_group_match(&mut self, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
        if exc.is_none() {
            return Ok((Value::None, Value::None));
        }
        if self.split_matches(exc, &Matcher::Types(ty.clone()))? {
            let matched = if self.is_exception_group(exc) {
                exc.clone()
            } else {
                self.make_group("", Value::tuple(vec![exc.clone()]))?
            };
            return Ok((matched, Value::None));
        }
        if self.is_exception_group(exc) {
            let split = self.get_attr_str(exc, "split")?;
            let pair = self.call(&split, std::slice::from_ref(ty), &[])?;
            return match &pair {
                Value::Tuple(t) if t.0.len() == 2 => Ok((t.0[0].clone(), t.0[1].clone())),
                _ => Err(self.type_error("split() must return a (match, rest) tuple")),
            };
        }
        Ok((Value::None, Value::None))
    }

    /// After the last `except*` clause. Stack: `[orig, raised]` -> `[exc]`, where `raised`
    /// lists what each clause raised plus the unhandled rest, and `exc` is what the `try`
    /// statement raises: None, or the re-raised part of `orig` grouped with the new ones.
    pub(crate) fn prep_reraise_star(&mut self, f: &mut Frame) -> PyResult<()> {
        let list = f.stack.pop().unwrap_or_default();
        let orig = f.stack.pop().unwrap_or_default();
        let excs = match &list {
            Value::List(l) => l.0.borrow().clone(),
            _ => Vec::new(),
        };
        let result = self.reraise_star_result(&orig, excs)?;
        f.stack.push(result);
        Ok(())
    }

    fn reraise_star_result(&mut self, orig: &Value, excs: Vec<Value>) -> PyResult {
        let Some(first) = excs.first() else {
            return Ok(Value::None);
        };
        if !self.is_exception_group(orig) {
            // A naked exception went through at most one clause: its outcome is all there is.
            return Ok(first.clone());
        }
        let mut raised = Vec::new();
        let mut reraised = Vec::new();
        for e in excs.into_iter().filter(|e| !e.is_none()) {
            if same_metadata(&e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut keep = Vec::new();
        for e in &reraised {
            self.leaf_ids(e, &mut keep)?;
        }
        let reraised_eg = self
            .split_recursive(orig, &Matcher::Ids(keep), false)?
            .matched;
        if raised.is_empty() {
            return Ok(reraised_eg.unwrap_or(Value::None));
        }
        raised.extend(reraised_eg);
        if raised.len() == 1 {
            return Ok(raised.swap_remove(0));
        }
        self.make_group("", Value::list(raised))
    }
}

/// Did `e` come out of `orig` unchanged (a re-raise), rather than being raised anew? The
/// parts `split` makes share orig's traceback, cause and context; raising one explicitly
/// extends its traceback.
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Value::Instance(a), Value::Instance(b)) = (e, orig) else {
        return false;
    };
    if Rc::ptr_eq(a, b) {
        return true;
    }
    let (Some(a), Some(b)) = (a.exc_data(), b.exc_data()) else {
        return false;
    };
    let (a, b) = (a.borrow(), b.borrow());
    a.cause.is(&b.cause)
        && a.context.is(&b.context)
        && a.traceback.len() == b.traceback.len()
        && a.traceback.iter().zip(&b.traceback).all(|(x, y)| {
            x.line == y.line
                && x.filename.as_str() == y.filename.as_str()
                && x.name.as_str() == y.name.as_str()
        })
}

/// The group instance a method was called on, or CPython's descriptor error.
fn receiver(vm: &mut Vm, a: &Args, method: &str) -> PyResult<Value> {
    match a.pos.first() {
        Some(v) if vm.is_exception_group(v) => Ok(v.clone()),
        Some(v) => {
            let t = vm.type_name(v);
            // Slot wrappers (`__init__`, `__str__`) and method descriptors word it apart.
            Err(vm.type_error(if method.starts_with("__") {
                format!(
                    "descriptor '{method}' requires a 'BaseExceptionGroup' object but received a '{t}'"
                )
            } else {
                format!(
                    "descriptor '{method}' for 'BaseExceptionGroup' objects doesn't apply to a '{t}' object"
                )
            }))
        }
        None => Err(vm.type_error(format!(
            "descriptor '{method}' of 'BaseExceptionGroup' object needs an argument"
        ))),
    }
}

fn no_keywords(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn eg_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = match a.pos.first() {
        Some(Value::Class(c)) => c.clone(),
        Some(v) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "BaseExceptionGroup.__new__(X): X is not a type object ({t})"
            )));
        }
        None => {
            return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
        }
    };
    if !cls.is_subclass(&vm.types.base_exception_group) {
        let n = cls.name();
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__({n}): {n} is not a subtype of BaseExceptionGroup"
        )));
    }
    // Keywords are refused by `__init__`, as in CPython.
    vm.new_exception_group(&cls, &a.pos[1..])
}

fn eg_init(vm: &mut Vm, a: Args) -> PyResult {
    let this = receiver(vm, &a, "__init__")?;
    let name = vm.types.type_of(&this).name();
    no_keywords(vm, &a, &name)?;
    if let Value::Instance(i) = &this
        && let Some(d) = i.exc_data()
    {
        d.borrow_mut().args = Value::tuple(a.pos[1..].to_vec());
    }
    Ok(Value::None)
}

fn eg_str(vm: &mut Vm, a: Args) -> PyResult {
    let this = receiver(vm, &a, "__str__")?;
    let Some((message, excs)) = parts(&this) else {
        return Ok(Value::str(""));
    };
    let msg = vm.to_str(&message)?;
    let n = excs.len();
    let s = if n == 1 { "" } else { "s" };
    Ok(Value::string(format!("{msg} ({n} sub-exception{s})")))
}

fn eg_derive(vm: &mut Vm, a: Args) -> PyResult {
    let this = receiver(vm, &a, "derive")?;
    no_keywords(vm, &a, "BaseExceptionGroup.derive")?;
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "function takes exactly 1 argument ({} given)",
            a.pos.len() - 1
        )));
    }
    let message = parts(&this).map(|p| p.0).unwrap_or(Value::None);
    let cls = vm.types.base_exception_group.clone();
    vm.call_class(&cls, &[message, a.pos[1].clone()], &[])
}

fn split_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Value, Matcher)> {
    let this = receiver(vm, a, name)?;
    no_keywords(vm, a, &format!("BaseExceptionGroup.{name}"))?;
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let m = vm.matcher(&a.pos[1])?;
    Ok((this, m))
}

fn eg_split(vm: &mut Vm, a: Args) -> PyResult {
    let (this, m) = split_args(vm, &a, "split")?;
    let s = vm.split_recursive(&this, &m, true)?;
    Ok(Value::tuple(vec![
        s.matched.unwrap_or(Value::None),
        s.rest.unwrap_or(Value::None),
    ]))
}

fn eg_subgroup(vm: &mut Vm, a: Args) -> PyResult {
    let (this, m) = split_args(vm, &a, "subgroup")?;
    let s = vm.split_recursive(&this, &m, false)?;
    Ok(s.matched.unwrap_or(Value::None))
}

fn eg_message(vm: &mut Vm, a: Args) -> PyResult {
    let this = receiver(vm, &a, "message")?;
    Ok(parts(&this).map(|p| p.0).unwrap_or(Value::None))
}

fn eg_exceptions(vm: &mut Vm, a: Args) -> PyResult {
    let this = receiver(vm, &a, "exceptions")?;
    let Value::Instance(i) = &this else {
        return Ok(Value::None);
    };
    let stored = i
        .exc_data()
        .and_then(|d| d.borrow().group.as_ref().map(|g| g.1.clone()));
    Ok(stored.unwrap_or(Value::None))
}

fn eg_readonly(vm: &mut Vm, _a: Args) -> PyResult {
    Err(vm.attribute_error(READONLY))
}
