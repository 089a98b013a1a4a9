//! Operators and protocols: truth, repr/str, hashing, comparison, arithmetic, containment,
//! subscripts, iteration and length, with fast paths for the built-in types and the special
//! methods of user classes as fallback.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::Vm;
use crate::bytecode::{BinOp, CmpOp};
use crate::format;
use crate::objects::dict::fast_eq;
use crate::objects::*;

pub const HASH_MODULUS: i64 = (1 << 61) - 1;

pub fn int_hash(i: i64) -> i64 {
    let m = HASH_MODULUS as i128;
    let v = i as i128;
    let mut h = (v.abs() % m) as i64;
    if v < 0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

pub fn big_hash(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 { -2 } else { h }
}

pub fn float_hash(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return int_hash(f as i64);
    }
    // CPython's reduction of m * 2**e modulo 2**61 - 1.
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS as u64) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS as u64 {
            x -= HASH_MODULUS as u64;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS as u64) | x >> (61 - e);
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// An int-like value as a big integer, borrowed when it already is one (no digit copy).
pub fn bigint_ref(v: &Value) -> Option<std::borrow::Cow<'_, BigInt>> {
    use std::borrow::Cow;
    match v {
        Value::Int(i) => Some(Cow::Owned(BigInt::from(*i))),
        Value::Bool(b) => Some(Cow::Owned(BigInt::from(b.get() as i64))),
        Value::BigInt(b) => Some(Cow::Borrowed(&**b)),
        _ => None,
    }
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

impl Vm {
    // ---- truth ---------------------------------------------------------------------------

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => b.get(),
            Value::None | Value::Undef => false,
            Value::Int(i) => *i != 0,
            Value::Float(f) => f.get() != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(l) => !l.0.borrow().is_empty(),
            Value::Tuple(t) => !t.0.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.table.borrow().is_empty(),
            Value::BigInt(b) => !b.is_zero(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
            Value::Range(r) => !r.is_empty(),
            Value::Instance(inst) => return self.instance_truthy(v, Some(inst)),
            Value::DictView(dv) => !dv.dict.is_empty(),
            Value::Class(_) if has_python_type(v) => return self.instance_truthy(v, None),
            _ => true,
        })
    }

    /// The truth of a value whose type is a Python class: an instance, or a class whose
    /// metaclass may define `__bool__` or `__len__`.
    fn instance_truthy(&mut self, v: &Value, inst: Option<&Rc<Instance>>) -> PyResult<bool> {
        if let Some(r) = self.call_special(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b.get()),
                other => {
                    let t = self.type_name(&other);
                    Err(self.type_error(format!("__bool__ should return bool, returned {t}")))
                }
            };
        }
        if let Some(r) = self.call_special(v, "__len__", &[])? {
            let n = self.to_index(&r)?;
            if n < 0 {
                return Err(self.value_error("__len__() should return >= 0"));
            }
            return Ok(n != 0);
        }
        if let Some(inst) = inst
            && let Payload::Builtin(b) = &inst.payload
        {
            let inner = b.borrow().clone();
            return self.truthy(&inner);
        }
        Ok(true)
    }

    /// Calls `type(v).name(v, *args)` if the type defines it.
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &'static str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let cls = self.types.type_of(v);
        let key = self.intern_static(name);
        let Some(f) = cls.lookup_rc(&key) else {
            return Ok(None);
        };
        if let Value::Builtin(b) = &f
            && b.owner == Some("object")
        {
            return Ok(None);
        }
        Vm::with_receiver(v, args, |all| self.call_descriptor(&f, v, &cls, all)).map(Some)
    }

    /// Calls a class attribute found by special-method lookup as a method of `v`.
    fn call_descriptor(
        &mut self,
        f: &Value,
        v: &Value,
        cls: &Rc<Class>,
        all: &[Value],
    ) -> PyResult {
        match f {
            Value::Function(_) | Value::Builtin(_) => self.call(f, all, &[]),
            Value::StaticMethod(inner) => self.call(inner, &all[1..], &[]),
            Value::ClassMethod(inner) => {
                let mut a = vec![Value::Class(cls.clone())];
                a.extend_from_slice(&all[1..]);
                self.call(inner, &a, &[])
            }
            other => {
                let bound = self.bind_attr(other.clone(), v, cls)?;
                self.call(&bound, &all[1..], &[])
            }
        }
    }

    // ---- names ---------------------------------------------------------------------------

    /// Builds one of the runtime type-hint forms of `_typeforms` (GenericAlias, UnionType).
    pub fn type_form(&mut self, name: &str, args: &[Value]) -> PyResult {
        let module = crate::import::import_module(self, "_typeforms")?;
        let key = self.intern(name);
        let ctor = self.get_attr(&module, &key)?;
        self.call(&ctor, args, &[])
    }

    /// The type's name as CPython's messages show it (its `tp_name`). Classes of the
    /// embedded standard library that CPython implements in C (`decimal.Decimal`,
    /// `collections.deque`, ...) declare theirs as `__tp_name__`.
    pub fn type_name(&self, v: &Value) -> String {
        let cls = self.types.type_of(v);
        if !cls.is_builtin
            && let Some(Value::Str(tp)) = cls.dict.get_name("__tp_name__")
        {
            return tp.as_str().to_string();
        }
        // Built-in types of another module (`_io.TextIOWrapper`) are named with it.
        if cls.is_builtin
            && let Some(Value::Str(m)) = cls.dict.get_name("__module__")
        {
            return format!("{}.{}", m.as_str(), cls.name());
        }
        cls.name()
    }

    // ---- repr / str ----------------------------------------------------------------------

    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Undef => "None".into(),
            Value::Bool(Truth::TRUE) => "True".into(),
            Value::Bool(Truth::FALSE) => "False".into(),
            Value::Int(i) => i.to_string(),
            // `sys.set_int_max_str_digits()` limits every decimal conversion.
            Value::BigInt(b) => format::int_to_decimal(b).map_err(|e| self.fmt_error(e))?,
            Value::Float(f) => format::float_repr(f.get()),
            Value::Complex(c) => complex_repr(c.0, c.1),
            Value::Str(s) => crate::text::str_repr(s.as_str()),
            Value::Bytes(b) => crate::text::bytes_repr(&b.data),
            Value::ByteArray(b) => crate::text::bytearray_repr(&b.borrow()),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::List(l) => {
                if !self.repr_enter(v) {
                    return Ok("[...]".into());
                }
                let items = l.0.borrow().clone();
                let r = self.join_reprs(&items);
                self.repr_leave();
                format!("[{}]", r?)
            }
            Value::Tuple(t) => {
                if t.0.is_empty() {
                    return Ok("()".into());
                }
                // A tuple inside itself (through a list) shows as `(...)`, as in CPython.
                if !self.repr_enter(v) {
                    return Ok("(...)".into());
                }
                let r = if t.0.len() == 1 {
                    self.repr(&t.0[0]).map(|r| format!("({r},)"))
                } else {
                    self.join_reprs(&t.0).map(|r| format!("({r})"))
                };
                self.repr_leave();
                r?
            }
            Value::Dict(d) => {
                if !self.repr_enter(v) {
                    return Ok("{...}".into());
                }
                let r = self.dict_repr(d);
                self.repr_leave();
                r?
            }
            Value::Set(s) | Value::FrozenSet(s) => return self.set_repr(v, s, None),
            Value::Range(r) => r.repr(),
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s.start)?,
                self.repr(&s.stop)?,
                self.repr(&s.step)?
            ),
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow().as_str(),
                v.ptr().unwrap_or(0)
            ),
            Value::Builtin(b) => match (&b.receiver, b.owner) {
                (Value::Undef, None) => format!("<built-in function {}>", b.name),
                (Value::Undef, Some(_)) if super::types::bound_to_class(b.name) => format!(
                    "<built-in method {} of type object at {:#x}>",
                    b.name,
                    v.ptr().unwrap_or(0)
                ),
                (Value::Undef, Some(o)) if super::types::is_slot_wrapper(o, b.name) => {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, o)
                }
                (Value::Undef, Some(o)) => format!("<method '{}' of '{}' objects>", b.name, o),
                (Value::Module(m), _) => format!("<built-in function {}>", {
                    let _ = m;
                    b.name
                }),
                (r, _) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    self.type_name(r),
                    r.ptr().unwrap_or(0)
                ),
            },
            Value::BoundMethod(m)
                if let Value::Builtin(b) = &m.func
                    && b.owner.is_some() =>
            {
                let kind = if b
                    .owner
                    .is_some_and(|o| super::types::is_slot_wrapper(o, b.name))
                {
                    format!("method-wrapper '{}'", b.name)
                } else {
                    format!("built-in method {}", b.name)
                };
                format!(
                    "<{kind} of {} object at {:#x}>",
                    self.type_name(&m.receiver),
                    m.receiver.ptr().unwrap_or(0)
                )
            }
            Value::BoundMethod(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().as_str().to_string(),
                    other => self.repr(other)?,
                };
                format!("<bound method {} of {}>", fname, self.repr(&m.receiver)?)
            }
            Value::Class(c) => {
                if c.metaclass.borrow().is_some()
                    && let Some(Value::Str(r)) = self.call_special(v, "__repr__", &[])?
                {
                    return Ok(r.as_str().to_string());
                }
                let module = c.dict.get_name("__module__");
                match module {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => {
                        format!("<class '{}.{}'>", m.as_str(), c.qualname.borrow().as_str())
                    }
                    _ => format!("<class '{}'>", c.name()),
                }
            }
            Value::Module(m) => crate::import::module_repr(m),
            Value::Generator(g) => format!(
                "<{} object {} at {:#x}>",
                if g.coroutine {
                    "coroutine"
                } else {
                    "generator"
                },
                g.qualname.as_str(),
                v.ptr().unwrap_or(0)
            ),
            Value::Instance(inst) => return self.instance_repr(v, inst),
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name.as_str(),
                v.ptr().unwrap_or(0),
                c.filename.as_str(),
                c.rec.firstlineno
            ),
            Value::PermaBytes(c) => {
                format!("perma_bytes({})", crate::text::bytes_repr(c.code_bytes()))
            }
            Value::DictView(dv) => {
                let name = match dv.kind {
                    ViewKind::Keys => "dict_keys",
                    ViewKind::Values => "dict_values",
                    ViewKind::Items => "dict_items",
                };
                let items = self.iterate(v)?;
                format!("{name}([{}])", self.join_reprs(&items)?)
            }
            // CPython names both classes by their `__name__`.
            Value::Super(s) => format!(
                "<super: <class '{}'>, <{} object>>",
                s.this_class.name(),
                s.obj_type.name()
            ),
            Value::StaticMethod(f) => format!("<staticmethod({})>", self.repr(f)?),
            Value::ClassMethod(f) => format!("<classmethod({})>", self.repr(f)?),
            Value::File(f) => crate::builtins::io::file_repr(self, f)?,
            other => format!(
                "<{} object at {:#x}>",
                self.type_name(other),
                other.ptr().unwrap_or(0)
            ),
        })
    }

    /// `{1, 2}`, `frozenset({1})`, `set()`; an instance of a subclass shows its type's name
    /// (`S({1})`, `S()`), given as `subclass`.
    pub fn set_repr(
        &mut self,
        v: &Value,
        s: &SetObj,
        subclass: Option<String>,
    ) -> PyResult<String> {
        let items = s.table.borrow().keys();
        let frozen = matches!(v, Value::FrozenSet(_));
        let name = subclass.unwrap_or_else(|| (if frozen { "frozenset" } else { "set" }).into());
        let bare = !frozen && name == "set";
        if items.is_empty() {
            return Ok(format!("{name}()"));
        }
        if !self.repr_enter(v) {
            return Ok(format!("{name}(...)"));
        }
        let r = self.join_reprs(&items);
        self.repr_leave();
        Ok(if bare {
            format!("{{{}}}", r?)
        } else {
            format!("{name}({{{}}})", r?)
        })
    }

    fn repr_enter(&mut self, v: &Value) -> bool {
        let p = v.ptr().unwrap_or(0);
        if self.repr_stack.contains(&p) {
            return false;
        }
        self.repr_stack.push(p);
        true
    }

    fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    /// Nested containers count against the recursion limit, as CPython's C recursion does.
    fn repr_depth_check(&mut self) -> PyResult<()> {
        if self.depth + self.repr_stack.len() > self.recursion_limit || self.stack_exhausted() {
            let c = self.types.recursion_error.clone();
            return Err(self.new_error(
                &c,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        Ok(())
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        self.repr_depth_check()?;
        let mut out = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(it)?);
        }
        Ok(out)
    }

    fn dict_repr(&mut self, d: &Rc<DictObj>) -> PyResult<String> {
        self.repr_depth_check()?;
        let entries: Vec<(Value, Value)> = d
            .table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        let mut out = String::from("{");
        for (i, (k, v)) in entries.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(k)?);
            out.push_str(": ");
            out.push_str(&self.repr(v)?);
        }
        out.push('}');
        Ok(out)
    }

    fn instance_repr(&mut self, v: &Value, inst: &Rc<Instance>) -> PyResult<String> {
        let r = self.instance_repr_value(v, inst, "__repr__")?;
        Ok(str_text(&r).unwrap_or_default())
    }

    /// `repr(v)` of an instance; `asked` names the method whose result is checked (`__str__`
    /// when `str()` falls back to the repr, as `object.__str__` does).
    fn instance_repr_value(&mut self, v: &Value, inst: &Rc<Instance>, asked: &str) -> PyResult {
        // CPython's repr() is one C call deeper than the frame asking for it.
        self.c_recursion_check(1, " while getting the repr of an object")?;
        if self.stack_exhausted() {
            return Err(self.recursion_error());
        }
        self.depth += 1;
        let r = self.call_special(v, "__repr__", &[]);
        self.depth -= 1;
        if let Some(r) = r? {
            return self.checked_text(r, asked);
        }
        self.default_instance_repr(v, inst).map(Value::string)
    }

    fn default_instance_repr(&mut self, v: &Value, inst: &Rc<Instance>) -> PyResult<String> {
        if let Payload::Exc(_) = &inst.payload {
            let args = self.exc_args(inst);
            let name = inst.class().name();
            return Ok(if args.len() == 1 {
                format!("{name}({})", self.repr(&args[0])?)
            } else {
                // Two or more args: the tuple's repr has no trailing comma to drop.
                format!("{name}{}", self.repr(&Value::tuple(args))?)
            });
        }
        if let Payload::Builtin(b) = &inst.payload {
            let inner = b.borrow().clone();
            if let Value::Set(s) | Value::FrozenSet(s) = &inner {
                return self.set_repr(&inner, s, Some(inst.class().name()));
            }
            return self.repr(&inner);
        }
        let module = match inst.class().dict.get_name("__module__") {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
            _ => String::new(),
        };
        Ok(format!(
            "<{module}{} object at {:#x}>",
            inst.class().qualname.borrow().as_str(),
            v.ptr().unwrap_or(0)
        ))
    }

    /// CPython's check of its C recursion: an operation `levels` C calls below the current
    /// frame fails once it passes the limit, naming itself in the message (`what`).
    pub fn c_recursion_check(&mut self, levels: usize, what: &str) -> PyResult<()> {
        if self.depth + levels > self.recursion_limit {
            let c = self.types.recursion_error.clone();
            return Err(self.new_error(&c, format!("maximum recursion depth exceeded{what}")));
        }
        Ok(())
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(_) => {
                let r = self.to_str_value(v)?;
                Ok(str_text(&r).unwrap_or_default())
            }
            Value::Class(_) if has_python_type(v) => {
                let r = self.to_str_value(v)?;
                Ok(str_text(&r).unwrap_or_default())
            }
            other => {
                // CPython's str() of anything but a str is one C call deeper.
                self.c_recursion_check(1, " while getting the str of an object")?;
                self.repr(other)
            }
        }
    }

    /// `str(v)` as a value: what a `__str__` returns is kept as it is, so an instance of a
    /// str subclass stays one.
    pub fn to_str_value(&mut self, v: &Value) -> PyResult {
        match v {
            Value::Str(_) => Ok(v.clone()),
            Value::Instance(inst) => {
                self.c_recursion_check(1, " while getting the str of an object")?;
                if let Payload::Builtin(b) = &inst.payload
                    && matches!(&*b.borrow(), Value::Bytes(_) | Value::ByteArray(_))
                {
                    return self.bytes_subclass_str(v, inst);
                }
                self.depth += 1;
                let r = self.call_special(v, "__str__", &[]);
                self.depth -= 1;
                if let Some(r) = r? {
                    return self.checked_text(r, "__str__");
                }
                if inst.exc_data().is_some() {
                    return self.exc_str(inst).map(Value::string);
                }
                // A subclass of a built-in type prints as its value, but sets show their
                // type's name in the repr.
                if let Payload::Builtin(b) = &inst.payload
                    && !matches!(&*b.borrow(), Value::Set(_) | Value::FrozenSet(_))
                    && self
                        .types
                        .type_of(v)
                        .lookup(&PyStr::new("__repr__"))
                        .is_none_or(|r| matches!(r, Value::Builtin(b) if b.owner.is_some()))
                {
                    let inner = b.borrow().clone();
                    return self.to_str_value(&inner);
                }
                self.instance_repr_value(v, inst, "__str__")
            }
            Value::Class(_) if has_python_type(v) => {
                self.c_recursion_check(1, " while getting the str of an object")?;
                match self.call_special(v, "__str__", &[])? {
                    Some(r) => self.checked_text(r, "__str__"),
                    None => self.repr_value(v),
                }
            }
            other => Ok(Value::string(self.to_str(other)?)),
        }
    }

    /// `str()` of an instance of a bytes or bytearray subclass: its own `__str__` if it has
    /// one, else the value (a bytearray under its class's name), whatever `__repr__` it
    /// defines, as `bytes.__str__`/`bytearray.__str__` do.
    #[cold]
    fn bytes_subclass_str(&mut self, v: &Value, inst: &Rc<Instance>) -> PyResult {
        let key = self.intern_static("__str__");
        if let Some(Value::Function(_)) = inst.class().lookup_rc(&key) {
            self.depth += 1;
            let r = self.call_special(v, "__str__", &[]);
            self.depth -= 1;
            if let Some(r) = r? {
                return self.checked_text(r, "__str__");
            }
        }
        let inner = crate::builtins::args::payload(v);
        Ok(match &inner {
            Value::ByteArray(data) => {
                let r = crate::text::bytearray_repr(&data.borrow());
                let rest = r.strip_prefix("bytearray").unwrap_or(&r).to_string();
                Value::string(format!("{}{rest}", inst.class().name()))
            }
            _ => Value::string(self.repr(&inner)?),
        })
    }

    /// What a `__str__` or `__repr__` returned, which must be a str (of any subclass).
    fn checked_text(&mut self, r: Value, method: &str) -> PyResult {
        if matches!(r, Value::Str(_)) || str_subclass_text(&r).is_some() {
            return Ok(r);
        }
        let t = self.type_name(&r);
        Err(self.type_error(format!("{method} returned non-string (type {t})")))
    }

    /// `repr(v)` as a value: an instance of a str subclass that `__repr__` returns stays one.
    pub fn repr_value(&mut self, v: &Value) -> PyResult {
        if let Value::Instance(inst) = v {
            return self.instance_repr_value(v, inst, "__repr__");
        }
        self.repr(v).map(Value::string)
    }

    // ---- hashing -------------------------------------------------------------------------

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Str(s) => s.hash(),
            Value::Int(i) => int_hash(*i),
            Value::Bool(b) => b.get() as i64,
            Value::Float(f) => float_hash(f.get()),
            Value::BigInt(b) => big_hash(b),
            Value::None => 0x5f1e_2d3c,
            Value::Tuple(t) => {
                // CPython's tuple hash (xxHash-based), so sets of tuples iterate alike.
                const P1: u64 = 11400714785074694791;
                const P2: u64 = 14029467366897019727;
                const P5: u64 = 2870177450012600261;
                let mut acc: u64 = P5;
                for it in t.0.iter() {
                    let lane = self.hash(it)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(P2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(P1);
                }
                acc = acc.wrapping_add((t.0.len() as u64) ^ (P5 ^ 3527539));
                let h = acc as i64;
                if h == -1 { 1546275796 } else { h }
            }
            Value::Bytes(b) => {
                if let Some(h) = b.hash.get() {
                    return Ok(h);
                }
                let h = crate::objects::str::str_hash(&b.data);
                b.hash.set(Some(h));
                h
            }
            Value::FrozenSet(s) => s.table.borrow().frozen_hash(),
            // Equal ranges hash alike: CPython hashes (len, start, step), with None for what
            // an empty or one-item range leaves out.
            Value::Range(r) => return self.hash(&r.hash_key()),
            Value::PermaBytes(c) => crate::builtins::types::perma_bytes::hash(c),
            Value::Complex(c) => {
                let h = float_hash(c.0).wrapping_add(float_hash(c.1).wrapping_mul(1000003));
                if h == -1 { -2 } else { h }
            }
            Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::ByteArray(_)
            | Value::Slice(_) => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("unhashable type: '{t}'")));
            }
            Value::DictView(view) if !matches!(view.kind, ViewKind::Values) => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("unhashable type: '{t}'")));
            }
            Value::Instance(inst) => return self.instance_hash(v, inst.class(), Some(inst)),
            Value::Class(_) if has_python_type(v) => {
                let meta = self.types.type_of(v);
                return self.instance_hash(v, meta, None);
            }
            // Bound methods hash as the object they are bound to and their function.
            Value::BoundMethod(m) => {
                let receiver = (m.receiver.ptr().unwrap_or(0) >> 4) as i64;
                let func = m.func.clone();
                receiver ^ self.hash(&func)?
            }
            Value::Builtin(b) if !b.receiver.is_undef() => {
                let receiver = (b.receiver.ptr().unwrap_or(0) >> 4) as i64;
                receiver ^ crate::objects::str::str_hash(b.name.as_bytes())
            }
            other => (other.ptr().unwrap_or(0) >> 4) as i64,
        })
    }

    /// The hash of a value whose type `cls` is a Python class (an instance, or a class of a
    /// user metaclass).
    fn instance_hash(
        &mut self,
        v: &Value,
        cls: Rc<Class>,
        inst: Option<&Rc<Instance>>,
    ) -> PyResult<i64> {
        let key = self.intern_static("__hash__");
        match cls.lookup_rc(&key) {
            Some(Value::None) => {
                let t = self.type_name(v);
                Err(self.type_error(format!("unhashable type: '{t}'")))
            }
            Some(Value::Builtin(b)) if b.owner == Some("object") => {
                // __eq__ without __hash__ makes a class unhashable; `__hash__ =
                // object.__hash__` in a class body keeps it hashable.
                let eq = self.intern_static("__eq__");
                let explicit = cls
                    .mro
                    .borrow()
                    .iter()
                    .any(|c| !c.is_builtin && c.dict.contains_str(&key));
                if !explicit && let Some(Value::Function(_)) = cls.lookup_rc(&eq) {
                    let t = self.type_name(v);
                    return Err(self.type_error(format!("unhashable type: '{t}'")));
                }
                if let Some(inst) = inst
                    && let Payload::Builtin(b) = &inst.payload
                {
                    let inner = b.borrow().clone();
                    return self.hash(&inner);
                }
                Ok((v.ptr().unwrap_or(0) >> 4) as i64)
            }
            Some(_) => {
                let r = self
                    .call_special(v, "__hash__", &[])?
                    .unwrap_or(Value::Int(0));
                match r {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::Bool(b) => Ok(b.get() as i64),
                    Value::BigInt(b) => Ok(big_hash(&b)),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            None => Ok((v.ptr().unwrap_or(0) >> 4) as i64),
        }
    }

    // ---- comparison ----------------------------------------------------------------------

    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Rich comparison with Python's reflected-operand rules.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        use Value::*;
        // Fast paths.
        match (a, b) {
            (Int(x), Int(y)) => return Ok(Value::from_bool(cmp_ord(x.cmp(y), op))),
            (Float(x), Float(y)) => return Ok(Value::from_bool(cmp_prim(x.get(), y.get(), op))),
            // Ints of up to 53 bits convert to floats exactly.
            (Int(x), Float(y)) if x.unsigned_abs() <= 1 << 53 => {
                return Ok(Value::from_bool(cmp_prim(*x as f64, y.get(), op)));
            }
            (Float(x), Int(y)) if y.unsigned_abs() <= 1 << 53 => {
                return Ok(Value::from_bool(cmp_prim(x.get(), *y as f64, op)));
            }
            (Int(x), Float(y)) => {
                let y = y.get();
                return Ok(Value::from_bool(cmp_int_float(
                    &num_bigint::BigInt::from(*x),
                    y,
                    op,
                )));
            }
            (Float(x), Int(y)) => {
                let x = x.get();
                return Ok(Value::from_bool(cmp_int_float(
                    &num_bigint::BigInt::from(*y),
                    x,
                    op.swapped(),
                )));
            }
            (Str(x), Str(y)) => {
                return Ok(Value::from_bool(cmp_ord(x.as_str().cmp(y.as_str()), op)));
            }
            _ => {}
        }
        let int_ish = |v: &Value| matches!(v, Int(_) | Bool(_) | BigInt(_));
        if int_ish(a) && int_ish(b) {
            if let (Some(x), Some(y)) = (small_int(a), small_int(b)) {
                return Ok(Value::from_bool(cmp_ord(x.cmp(&y), op)));
            }
            if let (Some(x), Some(y)) = (int_like(a), int_like(b)) {
                return Ok(Value::from_bool(cmp_ord(x.cmp(&y), op)));
            }
        }
        match (a, b) {
            (Float(x), BigInt(_) | Bool(_)) => {
                return Ok(Value::from_bool(cmp_int_float(
                    &int_like(b).unwrap_or_default(),
                    x.get(),
                    op.swapped(),
                )));
            }
            (BigInt(_) | Bool(_), Float(y)) => {
                let y = y.get();
                return Ok(Value::from_bool(cmp_int_float(
                    &int_like(a).unwrap_or_default(),
                    y,
                    op,
                )));
            }
            (List(x), List(y)) => return self.compare_lists(x, y, op),
            (Tuple(x), Tuple(y)) => return self.compare_seq(&x.0, &y.0, op),
            // Slices order as the tuples of their three fields.
            (Slice(x), Slice(y)) => {
                let xs = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let ys = [y.start.clone(), y.stop.clone(), y.step.clone()];
                return self.compare_seq(&xs, &ys, op);
            }
            (Bytes(x), Bytes(y)) => return Ok(Value::from_bool(cmp_ord(x.data.cmp(&y.data), op))),
            (ByteArray(x), ByteArray(y)) => {
                return Ok(Value::from_bool(cmp_ord(
                    x.borrow().as_slice().cmp(y.borrow().as_slice()),
                    op,
                )));
            }
            (Bytes(x), ByteArray(y)) => {
                return Ok(Value::from_bool(cmp_ord(
                    x.data.as_slice().cmp(y.borrow().as_slice()),
                    op,
                )));
            }
            (ByteArray(x), Bytes(y)) => {
                return Ok(Value::from_bool(cmp_ord(
                    x.borrow().as_slice().cmp(y.data.as_slice()),
                    op,
                )));
            }
            (PermaBytes(c), Bytes(y)) => {
                return Ok(Value::from_bool(cmp_ord(
                    c.code_bytes().cmp(y.data.as_slice()),
                    op,
                )));
            }
            (Bytes(x), PermaBytes(c)) => {
                return Ok(Value::from_bool(cmp_ord(
                    x.data.as_slice().cmp(c.code_bytes()),
                    op,
                )));
            }
            (PermaBytes(x), PermaBytes(y)) => {
                return Ok(Value::from_bool(cmp_ord(
                    x.code_bytes().cmp(y.code_bytes()),
                    op,
                )));
            }
            _ => {}
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne)
            && let Some(r) = self.builtin_eq(a, b)?
        {
            return Ok(Value::from_bool(if op == CmpOp::Eq { r } else { !r }));
        }
        if matches!((a, b), (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_))) {
            return self.set_compare(a, b, op);
        }
        // dict_keys and dict_items order against sets and each other as sets.
        let set_like = |v: &Value| match v {
            Set(_) | FrozenSet(_) => true,
            DictView(dv) => dv.kind != ViewKind::Values,
            _ => false,
        };
        if (matches!(a, DictView(_)) || matches!(b, DictView(_))) && set_like(a) && set_like(b) {
            let xs = self.iterate(a)?;
            let ys = self.iterate(b)?;
            let sa = Set(self.make_set(&xs)?);
            let sb = Set(self.make_set(&ys)?);
            return self.set_compare(&sa, &sb, op);
        }
        // User-defined comparisons: try the reflected method first when b's type is a
        // proper subclass of a's.
        let ta = self.types.type_of(a);
        let tb = self.types.type_of(b);
        let reflected_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && has_python_type(b);
        if !reflected_first
            && !has_python_type(a)
            && let Some(inner) = native_operand(a, b, |x, y| natively_compares(x, y, op))
        {
            // `5.0 == J(5)` with J(int): float's own comparison takes the int inside, and
            // J's reflected method is never asked.
            return self.compare(a, &inner, op);
        }
        let order: [(bool, &Value, &Value, CmpOp); 2] = if reflected_first {
            [(true, b, a, op.swapped()), (false, a, b, op)]
        } else {
            [(false, a, b, op), (true, b, a, op.swapped())]
        };
        for (_, x, y, o) in order {
            if has_python_type(x)
                && let Some(r) = self.call_special(x, o.dunder(), std::slice::from_ref(y))?
                && !matches!(r, NotImplemented)
            {
                return Ok(r);
            }
        }
        self.compare_without_dunders(a, b, op)
    }

    /// The Python function `a <op> b` calls first when `a` is an instance whose class defines
    /// the comparison in Python and `b` is not an instance of another class (whose reflected
    /// method could take priority). When it returns NotImplemented the rest of the protocol
    /// is [`Vm::compare_after_forward`].
    #[inline]
    pub fn plain_compare_method(
        &mut self,
        a: &Rc<Instance>,
        b: &Value,
        op: CmpOp,
    ) -> Option<Rc<Function>> {
        self.plain_forward_method(a, b, op.dunder())
    }

    /// A comparison whose forward method returned NotImplemented: `b`'s reflected method,
    /// then the built-in fallbacks.
    pub fn compare_after_forward(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        if has_python_type(b)
            && let Some(r) = self.call_special(b, op.swapped().dunder(), std::slice::from_ref(a))?
            && !matches!(r, Value::NotImplemented)
        {
            return Ok(r);
        }
        self.compare_without_dunders(a, b, op)
    }

    /// The end of the comparison protocol once the special methods had their turn.
    fn compare_without_dunders(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        use Value::*;
        // Instances of subclasses of built-in types compare as the built-in values.
        let (ua, ub) = (unwrap_builtin(a), unwrap_builtin(b));
        if ua.is_some() || ub.is_some() {
            let x = ua.unwrap_or_else(|| a.clone());
            let y = ub.unwrap_or_else(|| b.clone());
            let r = self.compare(&x, &y, op);
            if let Err(e) = &r
                && !matches!(op, CmpOp::Eq | CmpOp::Ne)
                && let Some(renamed) = self.unorderable_renamed(e, (a, b), (&x, &y), op)
            {
                return Err(renamed);
            }
            return r;
        }
        if op == CmpOp::Ne {
            // object.__ne__ inverts __eq__.
            let r = self.compare(a, b, CmpOp::Eq)?;
            return match r {
                NotImplemented => Ok(Value::from_bool(!a.is(b))),
                other => Ok(Value::from_bool(!self.truthy(&other)?)),
            };
        }
        match op {
            CmpOp::Eq => Ok(Value::from_bool(a.is(b))),
            CmpOp::Ne => Ok(Value::from_bool(!a.is(b))),
            _ => {
                let (na, nb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{na}' and '{nb}'",
                    op.symbol()
                )))
            }
        }
    }

    /// An "unorderable" error from comparing the built-in values `x` and `y` inside the
    /// operands `a` and `b` (instances of subclasses), renamed to name the operands' own types
    /// (`'F' and 'str'`). None for any other error (one from comparing the items inside two
    /// lists keeps the items' types).
    #[cold]
    #[inline(never)]
    fn unorderable_renamed(
        &mut self,
        e: &PyErr,
        (a, b): (&Value, &Value),
        (x, y): (&Value, &Value),
        op: CmpOp,
    ) -> Option<PyErr> {
        let (nx, ny) = (self.type_name(x), self.type_name(y));
        let sym = op.symbol();
        let plain = format!("'{sym}' not supported between instances of '{nx}' and '{ny}'");
        let only_plain = matches!(&e.exc().args, Value::Tuple(t)
            if matches!(&t.0[..], [Value::Str(m)] if m.as_str() == plain));
        let type_error = self.types.type_error.clone();
        if !only_plain || !self.exc_matches(e, &type_error) {
            return None;
        }
        let (na, nb) = (self.type_name(a), self.type_name(b));
        Some(self.type_error(format!(
            "'{sym}' not supported between instances of '{na}' and '{nb}'"
        )))
    }

    /// `"s" + F(1)` failing on the built-in value inside `b`: the concatenation error names
    /// `b`'s own type, as CPython's does.
    #[cold]
    #[inline(never)]
    fn concat_error_renamed(&mut self, e: PyErr, y: &Value, b: &Value) -> PyErr {
        let (ny, nb) = (self.type_name(y), self.type_name(b));
        let msg = self
            .exc_args(&e.0)
            .first()
            .and_then(|m| m.as_str())
            .map(|m| m.as_str().to_string());
        match msg {
            Some(m)
                if m.starts_with("can only concatenate ")
                    && m.contains(&format!("(not \"{ny}\")")) =>
            {
                self.type_error(m.replace(&format!("(not \"{ny}\")"), &format!("(not \"{nb}\")")))
            }
            _ => e,
        }
    }

    /// Equality of built-in containers (recursive); None when user code must decide. Nested
    /// (or self-containing) containers count against the recursion limit.
    fn builtin_eq(&mut self, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        if !matches!((a, b), (Value::Dict(_), Value::Dict(_))) {
            return self.builtin_eq_items(a, b);
        }
        self.depth += 1;
        let r = if self.depth > self.recursion_limit || self.stack_exhausted() {
            let c = self.types.recursion_error.clone();
            Err(self.new_error(&c, "maximum recursion depth exceeded in comparison"))
        } else {
            self.builtin_eq_items(a, b)
        };
        self.depth -= 1;
        r
    }

    fn builtin_eq_items(&mut self, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        use Value::*;
        Ok(Some(match (a, b) {
            (Dict(x), Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(Some(false));
                }
                let entries: Vec<(i64, Value, Value)> = x
                    .table
                    .borrow()
                    .iter()
                    .map(|e| (e.hash, e.key.clone(), e.value.clone()))
                    .collect();
                for (h, k, v) in entries {
                    match self.dict_get_hashed(y, &k, h)? {
                        Some(w) => {
                            if !self.eq(&v, &w)? {
                                return Ok(Some(false));
                            }
                        }
                        Option::None => return Ok(Some(false)),
                    }
                }
                true
            }
            // Bound methods: the same function bound to the very same object.
            (BoundMethod(x), BoundMethod(y)) => {
                x.receiver.is(&y.receiver) && self.eq(&x.func.clone(), &y.func.clone())?
            }
            (Builtin(x), Builtin(y)) if !x.receiver.is_undef() || !y.receiver.is_undef() => {
                x.name == y.name && x.owner == y.owner && x.receiver.is(&y.receiver)
            }
            (Complex(x), Float(y)) | (Float(y), Complex(x)) => x.0 == y.get() && x.1 == 0.0,
            // An int equals a complex with no imaginary part whose real part is exactly it.
            (Complex(x), Int(_) | Bool(_) | BigInt(_))
            | (Int(_) | Bool(_) | BigInt(_), Complex(x)) => {
                let i = int_like(if matches!(a, Complex(_)) { b } else { a }).unwrap_or_default();
                x.1 == 0.0 && cmp_int_float(&i, x.0, CmpOp::Eq)
            }
            (Slice(x), Slice(y)) => {
                let a = Value::tuple(vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
                let b = Value::tuple(vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
                return Ok(Some(self.eq(&a, &b)?));
            }
            (Range(x), Range(y)) => x.same_items(y),
            (DictView(x), DictView(y))
                if x.kind != ViewKind::Values && y.kind != ViewKind::Values =>
            {
                let xs = self.iterate(a)?;
                let ys = self.iterate(b)?;
                let sx = self.make_set(&xs)?;
                let sy = self.make_set(&ys)?;
                return self.builtin_eq(&Set(sx), &Set(sy));
            }
            _ if has_python_type(a) || has_python_type(b) => return Ok(Option::None),
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => return Ok(Option::None),
            _ => match fast_eq(a, b) {
                Some(r) => r,
                Option::None => return Ok(Option::None),
            },
        }))
    }

    fn compare_seq(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult {
        // Nested (or self-containing) sequences count against the recursion limit.
        self.depth += 1;
        let r = if self.depth > self.recursion_limit || self.stack_exhausted() {
            let c = self.types.recursion_error.clone();
            Err(self.new_error(&c, "maximum recursion depth exceeded in comparison"))
        } else {
            self.compare_items(xs, ys, op)
        };
        self.depth -= 1;
        r
    }

    /// Lists compare item by item without copying them: comparisons may run Python code that
    /// changes either list, so each step reads the items afresh (as CPython does).
    fn compare_lists(&mut self, x: &Rc<List>, y: &Rc<List>, op: CmpOp) -> PyResult {
        self.depth += 1;
        if self.depth > self.recursion_limit || self.stack_exhausted() {
            self.depth -= 1;
            let c = self.types.recursion_error.clone();
            return Err(self.new_error(&c, "maximum recursion depth exceeded in comparison"));
        }
        let r = self.compare_list_items(x, y, op);
        self.depth -= 1;
        r
    }

    fn compare_list_items(&mut self, x: &Rc<List>, y: &Rc<List>, op: CmpOp) -> PyResult {
        let mut i = 0;
        loop {
            let (xi, yi) = {
                let (xs, ys) = (x.0.borrow(), y.0.borrow());
                match (xs.get(i), ys.get(i)) {
                    (Some(a), Some(b)) => (a.clone(), b.clone()),
                    _ => break,
                }
            };
            if !self.eq(&xi, &yi)? {
                return match op {
                    CmpOp::Eq => Ok(Value::Bool(Truth::FALSE)),
                    CmpOp::Ne => Ok(Value::Bool(Truth::TRUE)),
                    _ => self.compare(&xi, &yi, op),
                };
            }
            i += 1;
        }
        let (lx, ly) = (x.0.borrow().len(), y.0.borrow().len());
        Ok(Value::from_bool(cmp_ord(lx.cmp(&ly), op)))
    }

    fn compare_items(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult {
        for (x, y) in xs.iter().zip(ys.iter()) {
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(Value::Bool(Truth::FALSE)),
                    CmpOp::Ne => Ok(Value::Bool(Truth::TRUE)),
                    _ => self.compare(x, y, op),
                };
            }
        }
        Ok(Value::from_bool(cmp_ord(xs.len().cmp(&ys.len()), op)))
    }

    // ---- arithmetic ----------------------------------------------------------------------

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        self.binary_op_as(a, b, op, false)
    }

    /// `a op b`; `inplace` only changes how a failure names the operator (`+=`, not `+`).
    fn binary_op_as(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult {
        use Value::*;
        match (a, b) {
            (Int(x), Int(y)) => return self.int_op(*x, *y, op),
            (Float(x), Float(y)) if float_supports(op) => {
                return self.float_op(x.get(), y.get(), op);
            }
            (Int(x), Float(y)) if float_supports(op) => {
                return self.float_op(*x as f64, y.get(), op);
            }
            (Float(x), Int(y)) if float_supports(op) => {
                return self.float_op(x.get(), *y as f64, op);
            }
            _ => {}
        }
        if let Some(r) = self.builtin_binop(a, b, op)? {
            return Ok(r);
        }
        self.user_binop(a, b, op, inplace)
    }

    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        use Value::*;
        // Operators the type lacks take the general path, whose error names `@=`, `&=`.
        match (a, b, op) {
            (Int(_), Int(_), BinOp::MatMul) => {
                return Err(self.type_error("unsupported operand type(s) for @=: 'int' and 'int'"));
            }
            (Int(x), Int(y), _) => return self.int_op(*x, *y, op),
            (Float(x), Float(y), _) if float_supports(op) => {
                return self.float_op(x.get(), y.get(), op);
            }
            (List(l), _, BinOp::Add) => {
                let items = self.iterate(b)?;
                l.0.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (List(l), Int(n), BinOp::Mul) => {
                let items = l.0.borrow().clone();
                let n = self.repeat_count(items.len(), *n, 16)?;
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                *l.0.borrow_mut() = out;
                return Ok(a.clone());
            }
            (Set(_), Set(_) | FrozenSet(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
                return self.set_inplace(a, b, op);
            }
            (Dict(d), Dict(_), BinOp::Or) => {
                let items = self.dict_items_of(b)?;
                for (k, v) in items {
                    self.dict_set(d, k, v)?;
                }
                return Ok(a.clone());
            }
            // `d |= pairs` updates as `d.update(pairs)` does.
            (Dict(d), _, BinOp::Or) => {
                crate::builtins::ctors::dict_update(self, d, std::slice::from_ref(b), &[])?;
                return Ok(a.clone());
            }
            (ByteArray(x), Bytes(_) | ByteArray(_), BinOp::Add) => {
                let extra = self.bytes_like(b).unwrap_or_default();
                x.borrow_mut().extend(extra);
                return Ok(a.clone());
            }
            (Instance(_), _, _) => {
                let (_, _, iname) = op.dunders();
                // A subclass of a mutable built-in (list, dict, set, bytearray) without its
                // own in-place method updates its built-in part, and stays the result.
                if let Some(inner) = unwrap_builtin(a)
                    && matches!(inner, List(_) | Dict(_) | Set(_) | ByteArray(_))
                    && !matches!(
                        self.types.type_of(a).lookup(&PyStr::new(iname)),
                        Some(Value::Function(_))
                    )
                {
                    let r = self.inplace_op(&inner, b, op)?;
                    return Ok(if inner.is(&r) { a.clone() } else { r });
                }
                if let Some(r) = self.call_special(a, iname, std::slice::from_ref(b))?
                    && !matches!(r, NotImplemented)
                {
                    return Ok(r);
                }
            }
            _ => {}
        }
        self.binary_op_as(a, b, op, true)
    }

    fn user_binop(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult {
        let (fwd, refl, _) = op.dunders();
        let ta = self.types.type_of(a);
        let tb = self.types.type_of(b);
        // Instances, and classes of a Python metaclass (its `__or__` is a class's).
        let (ua, ub) = (has_python_type(a), has_python_type(b));
        let same = Rc::ptr_eq(&ta, &tb);
        let b_first = !same && tb.is_subclass(&ta) && ub;
        if b_first
            && let Some(r) = self.call_special(b, refl, std::slice::from_ref(a))?
            && !matches!(r, Value::NotImplemented)
        {
            return Ok(r);
        }
        if ua
            && let Some(r) = self.call_special(a, fwd, std::slice::from_ref(b))?
            && !matches!(r, Value::NotImplemented)
        {
            return Ok(r);
        }
        if !same
            && !b_first
            && !ua
            && let Some(inner) = native_operand(a, b, |x, y| natively_computes(x, y, op))
        {
            // `5.0 + J(5)` with J(int): float's own operator takes the int inside, and J's
            // reflected method is never asked.
            return self.binary_op_as(a, &inner, op, inplace);
        }
        if !same
            && !b_first
            && ub
            && let Some(r) = self.call_special(b, refl, std::slice::from_ref(a))?
            && !matches!(r, Value::NotImplemented)
        {
            return Ok(r);
        }
        self.binop_without_dunders(a, b, op, inplace)
    }

    /// The Python function that `a <op> b` (or `a <op>= b`) calls first when `a` is an
    /// instance whose class defines the operator in Python, and nothing can come before it:
    /// `b` is not an instance of another class (whose reflected method could take priority),
    /// and for an augmented operator the class has no in-place method. The eval loop calls it
    /// with the operands moved into the new frame; when it returns NotImplemented the rest
    /// of the protocol is [`Vm::binop_without_dunders`].
    #[inline]
    pub fn plain_binop_method(
        &mut self,
        a: &Rc<Instance>,
        b: &Value,
        op: BinOp,
        inplace: bool,
    ) -> Option<Rc<Function>> {
        let (fwd, _, iname) = op.dunders();
        if inplace {
            let ikey = self.intern_static(iname);
            if a.class().lookup_rc(&ikey).is_some() {
                return None;
            }
        }
        self.plain_forward_method(a, b, fwd)
    }

    /// `a`'s class's Python function `name`, unless `b` is an instance of another class
    /// (whose reflected method could come first).
    fn plain_forward_method(
        &mut self,
        a: &Rc<Instance>,
        b: &Value,
        name: &'static str,
    ) -> Option<Rc<Function>> {
        if let Value::Instance(bi) = b
            && !Rc::ptr_eq(&bi.class(), &a.class())
        {
            return None;
        }
        let key = self.intern_static(name);
        match a.class().lookup_rc(&key) {
            Some(Value::Function(f)) => Some(f),
            _ => None,
        }
    }

    /// The end of the binary-operator protocol, once the special methods had their turn:
    /// built-in bases, `X | Y` type unions, then the TypeError.
    pub fn binop_without_dunders(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        inplace: bool,
    ) -> PyResult {
        // A subclass of a built-in type falls back to the built-in operation.
        let ua = unwrap_builtin(a);
        let ub = unwrap_builtin(b);
        if ua.is_some() || ub.is_some() {
            let b_unwrapped = ub.is_some();
            let x = ua.unwrap_or_else(|| a.clone());
            let y = ub.unwrap_or_else(|| b.clone());
            return match self.binary_op(&x, &y, op) {
                // The message names the operands' own types, not the built-in bases.
                Err(e)
                    if e.0.class().is_subclass(&self.types.type_error.clone())
                        && self
                            .exc_args(&e.0)
                            .first()
                            .and_then(|m| m.as_str())
                            .is_some_and(|m| m.as_str().starts_with("unsupported operand")) =>
                {
                    let (na, nb) = (self.type_name(a), self.type_name(b));
                    Err(self.type_error(format!(
                        "unsupported operand type(s) for {}: '{na}' and '{nb}'",
                        op_symbol(op, inplace)
                    )))
                }
                // `"s" + F(1)`: the right operand's own type, as CPython names it.
                Err(e) if b_unwrapped => Err(self.concat_error_renamed(e, &y, b)),
                r => r,
            };
        }
        // `seq * n` where n is an object with `__index__`: repetition by that count.
        if op == BinOp::Mul {
            let is_seq = |v: &Value| {
                matches!(
                    v,
                    Value::Str(_)
                        | Value::List(_)
                        | Value::Tuple(_)
                        | Value::Bytes(_)
                        | Value::ByteArray(_)
                )
            };
            // A bool is an int: `"-" * flag` repeats by 0 or 1.
            let index_of = |vm: &mut Self, v: &Value| -> PyResult<Option<Value>> {
                match v {
                    Value::Instance(_) => vm.call_special(v, "__index__", &[]),
                    Value::Bool(b) => Ok(Some(Value::Int(b.get() as i64))),
                    _ => Ok(None),
                }
            };
            if is_seq(a)
                && let Some(n) = index_of(self, b)?
            {
                return self.binary_op(a, &n, op);
            }
            if is_seq(b)
                && let Some(n) = index_of(self, a)?
            {
                return self.binary_op(&n, b, op);
            }
        }
        // `int | None`: classes (and None) combine into a types.UnionType.
        if op == BinOp::Or
            && matches!(a, Value::Class(_) | Value::None)
            && matches!(b, Value::Class(_) | Value::None)
            && (matches!(a, Value::Class(_)) || matches!(b, Value::Class(_)))
        {
            let r = self.type_form("_union", &[a.clone(), b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let (na, nb) = (self.type_name(a), self.type_name(b));
        Err(match (op, a) {
            (BinOp::Add, Value::List(_)) => {
                self.type_error(format!("can only concatenate list (not \"{nb}\") to list"))
            }
            (BinOp::Add, Value::Tuple(_)) => self.type_error(format!(
                "can only concatenate tuple (not \"{nb}\") to tuple"
            )),
            (BinOp::Add, Value::Str(_)) => {
                self.type_error(format!("can only concatenate str (not \"{nb}\") to str"))
            }
            (BinOp::Add, Value::Bytes(_) | Value::ByteArray(_)) => {
                self.type_error(format!("can't concat {nb} to {na}"))
            }
            (
                BinOp::Mul,
                Value::Str(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Bytes(_)
                | Value::ByteArray(_),
            ) => self.type_error(format!("can't multiply sequence by non-int of type '{nb}'")),
            (BinOp::Mul, _)
                if matches!(
                    b,
                    Value::Str(_)
                        | Value::List(_)
                        | Value::Tuple(_)
                        | Value::Bytes(_)
                        | Value::ByteArray(_)
                ) =>
            {
                self.type_error(format!("can't multiply sequence by non-int of type '{na}'"))
            }
            _ => self.type_error(format!(
                "unsupported operand type(s) for {}: '{na}' and '{nb}'",
                op_symbol(op, inplace)
            )),
        })
    }

    /// How many times `seq * n` repeats a sequence of `len` items of `item_size` bytes: 0 for
    /// a negative `n`, MemoryError (as CPython gives) when the result could never be held.
    fn repeat_count(&mut self, len: usize, n: i64, item_size: u128) -> PyResult<usize> {
        if n <= 0 || len == 0 {
            return Ok(0);
        }
        if (len as u128) * (n as u128) * item_size > (1u128 << 34) {
            return Err(self.memory_error());
        }
        Ok(n as usize)
    }

    /// Operations of the built-in types beyond the int/float fast paths.
    fn builtin_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        use Value::*;
        Ok(Some(match (a, b, op) {
            (Str(x), Str(y), BinOp::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            // A count past the index range, either sign (CPython's PyNumber_AsSsize_t).
            (Str(_) | List(_) | Tuple(_) | Bytes(_) | ByteArray(_), BigInt(_), BinOp::Mul)
            | (BigInt(_), Str(_) | List(_) | Tuple(_) | Bytes(_) | ByteArray(_), BinOp::Mul) => {
                return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            (Str(x), Int(n), BinOp::Mul) | (Int(n), Str(x), BinOp::Mul) => {
                if *n <= 0 {
                    self.new_str("")
                } else {
                    let total = (x.as_str().len() as u128) * (*n as u128);
                    // CPython's limit counts code points (checked only when bytes exceed it).
                    if total > isize::MAX as u128
                        && (x.as_str().chars().count() as u128) * (*n as u128) > isize::MAX as u128
                    {
                        return Err(self.overflow_error("repeated string is too long"));
                    }
                    if total > (1u128 << 34) {
                        return Err(self.memory_error());
                    }
                    Value::string(x.as_str().repeat(*n as usize))
                }
            }
            (Str(_), _, BinOp::Mod) => return self.percent_format(a, b).map(Some),
            (Bytes(_) | ByteArray(_), _, BinOp::Mod) => {
                return crate::builtins::types::bytes::percent_format(self, a, b).map(Some);
            }
            (List(x), List(y), BinOp::Add) => {
                let mut v = x.0.borrow().clone();
                v.extend(y.0.borrow().iter().cloned());
                Value::list(v)
            }
            (Tuple(x), Tuple(y), BinOp::Add) => {
                let mut v = x.0.clone();
                v.extend(y.0.iter().cloned());
                Value::tuple(v)
            }
            (List(x), Int(n), BinOp::Mul) | (Int(n), List(x), BinOp::Mul) => {
                let items = x.0.borrow().clone();
                let n = self.repeat_count(items.len(), *n, 16)?;
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Value::list(v)
            }
            (Tuple(x), Int(n), BinOp::Mul) | (Int(n), Tuple(x), BinOp::Mul) => {
                let n = self.repeat_count(x.0.len(), *n, 16)?;
                let mut v = Vec::with_capacity(x.0.len() * n);
                for _ in 0..n {
                    v.extend(x.0.iter().cloned());
                }
                Value::tuple(v)
            }
            (Bytes(x), Bytes(y), BinOp::Add) => {
                let mut v = x.data.clone();
                v.extend_from_slice(&y.data);
                Value::bytes(v)
            }
            (
                Bytes(_) | ByteArray(_) | PermaBytes(_),
                Bytes(_) | ByteArray(_) | PermaBytes(_),
                BinOp::Add,
            ) => {
                let mut v = self.bytes_like(a).unwrap_or_default();
                v.extend(self.bytes_like(b).unwrap_or_default());
                if matches!(a, ByteArray(_)) {
                    Value::ByteArray(Rc::new(std::cell::RefCell::new(v)))
                } else {
                    Value::bytes(v)
                }
            }
            (ByteArray(x), Int(n), BinOp::Mul) | (Int(n), ByteArray(x), BinOp::Mul) => {
                let len = x.borrow().len();
                let n = self.repeat_count(len, *n, 1)?;
                let v = x.borrow().repeat(n);
                ByteArray(Rc::new(std::cell::RefCell::new(v)))
            }
            (Bytes(x), Int(n), BinOp::Mul) | (Int(n), Bytes(x), BinOp::Mul) => {
                if (x.data.len() as u128) * (*n).max(0) as u128 > isize::MAX as u128 {
                    return Err(self.overflow_error("repeated bytes are too long"));
                }
                let n = self.repeat_count(x.data.len(), *n, 1)?;
                Value::bytes(x.data.repeat(n))
            }
            (Dict(_), Dict(_), BinOp::Or) => {
                let d = Rc::new(DictObj::from_table(match a {
                    Dict(d) => d.table.borrow().clone(),
                    _ => DictTable::new(),
                }));
                let items = self.dict_items_of(b)?;
                for (k, v) in items {
                    self.dict_set(&d, k, v)?;
                }
                Dict(d)
            }
            (
                Set(_) | FrozenSet(_),
                Set(_) | FrozenSet(_),
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            ) => {
                return self.set_binop(a, b, op).map(Some);
            }
            (DictView(dv), _, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                if dv.kind != ViewKind::Values && !matches!(b, Instance(_)) =>
            {
                return self.dictview_binop(a, b, op).map(Some);
            }
            // `other | view`: dict views are set-like on either side.
            (_, DictView(dv), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                if dv.kind != ViewKind::Values && !matches!(a, Instance(_)) =>
            {
                return self.dictview_binop(a, b, op).map(Some);
            }
            (Complex(_), _, _) | (_, Complex(_), _) => return self.complex_op(a, b, op),
            // Integers have no `@`: the general error names both operand types.
            (BigInt(_) | Int(_) | Bool(_), BigInt(_) | Int(_) | Bool(_), BinOp::MatMul) => {
                return Ok(Option::None);
            }
            (BigInt(_) | Int(_) | Bool(_), BigInt(_) | Int(_) | Bool(_), _) => {
                if let (Bool(x), Bool(y)) = (a, b) {
                    match op {
                        BinOp::And => return Ok(Some(Value::from_bool(x.get() & y.get()))),
                        BinOp::Or => return Ok(Some(Value::from_bool(x.get() | y.get()))),
                        BinOp::Xor => return Ok(Some(Value::from_bool(x.get() ^ y.get()))),
                        _ => {}
                    }
                }
                if let (Some(x), Some(y)) = (small_int(a), small_int(b)) {
                    return self.int_op(x, y, op).map(Some);
                }
                let (Some(x), Some(y)) = (bigint_ref(a), bigint_ref(b)) else {
                    return Ok(Option::None);
                };
                return self.big_op(&x, &y, op).map(Some);
            }
            (Float(x), BigInt(_) | Bool(_), _) if float_supports(op) => {
                let y = self.to_f64(b)?;
                return self.float_op(x.get(), y, op).map(Some);
            }
            (BigInt(_) | Bool(_), Float(y), _) if float_supports(op) => {
                let y = y.get();
                let x = self.to_f64(a)?;
                return self.float_op(x, y, op).map(Some);
            }
            _ => return Ok(Option::None),
        }))
    }

    pub fn int_op(&mut self, x: i64, y: i64, op: BinOp) -> PyResult {
        let big = |vm: &mut Vm| vm.big_op(&BigInt::from(x), &BigInt::from(y), op);
        Ok(match op {
            BinOp::Add => match x.checked_add(y) {
                Some(r) => Value::Int(r),
                None => return big(self),
            },
            BinOp::Sub => match x.checked_sub(y) {
                Some(r) => Value::Int(r),
                None => return big(self),
            },
            BinOp::Mul => match x.checked_mul(y) {
                Some(r) => Value::Int(r),
                None => return big(self),
            },
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                match x.checked_div(y) {
                    Some(q) => Value::Int(if (x % y != 0) && ((x < 0) != (y < 0)) {
                        q - 1
                    } else {
                        q
                    }),
                    None => return big(self),
                }
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                match x.checked_rem(y) {
                    Some(r) => Value::Int(if r != 0 && ((r < 0) != (y < 0)) {
                        r + y
                    } else {
                        r
                    }),
                    None => Value::Int(0),
                }
            }
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    Value::float(x as f64 / y as f64)
                } else {
                    let r = format::big_true_div(&BigInt::from(x), &BigInt::from(y))
                        .map_err(|e| self.fmt_error(e))?;
                    Value::float(r)
                }
            }
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return self.float_op(x as f64, y as f64, op);
                }
                match u32::try_from(y).ok().and_then(|e| x.checked_pow(e)) {
                    Some(r) => Value::Int(r),
                    None => return big(self),
                }
            }
            BinOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if y < 63 && x.unsigned_abs() < (1u64 << (63 - y)) {
                    Value::Int(x << y)
                } else {
                    return big(self);
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Value::Int(if y >= 64 {
                    if x < 0 { -1 } else { 0 }
                } else {
                    x >> y
                })
            }
            BinOp::And => Value::Int(x & y),
            BinOp::Or => Value::Int(x | y),
            BinOp::Xor => Value::Int(x ^ y),
            BinOp::MatMul => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"));
            }
        })
    }

    /// `divmod(x, y)` for two ints (int, bool or big int): the quotient and remainder of one
    /// division (a big dividend is divided once, not once per result). None when either is
    /// not an int.
    pub fn int_divmod(&mut self, x: &Value, y: &Value) -> PyResult<Option<(Value, Value)>> {
        let small = |v: &Value| match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(b.get() as i64),
            _ => None,
        };
        if let (Some(a), Some(b)) = (small(x), small(y)) {
            let q = self.int_op(a, b, BinOp::FloorDiv)?;
            let r = self.int_op(a, b, BinOp::Mod)?;
            return Ok(Some((q, r)));
        }
        let (Some(a), Some(b)) = (to_bigint(x), to_bigint(y)) else {
            return Ok(None);
        };
        if b.is_zero() {
            return Err(self.zero_division("integer division or modulo by zero"));
        }
        let (q, r) = match floor_divmod_small_quotient(&a, &b) {
            Some(qr) => qr,
            None => a.div_mod_floor(&b),
        };
        Ok(Some((Value::from_bigint(q), Value::from_bigint(r))))
    }

    pub fn big_op(&mut self, x: &BigInt, y: &BigInt, op: BinOp) -> PyResult {
        Ok(match op {
            BinOp::Add => Value::from_bigint(x + y),
            BinOp::Sub => Value::from_bigint(x - y),
            BinOp::Mul => Value::from_bigint(x * y),
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                match floor_divmod_small_quotient(x, y) {
                    Some((q, _)) => Value::from_bigint(q),
                    None => Value::from_bigint(x.div_floor(y)),
                }
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                match floor_divmod_small_quotient(x, y) {
                    Some((_, r)) => Value::from_bigint(r),
                    None => Value::from_bigint(x.mod_floor(y)),
                }
            }
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                Value::float(format::big_true_div(x, y).map_err(|e| self.fmt_error(e))?)
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let fx = format::bigint_to_f64(x).map_err(|e| self.fmt_error(e))?;
                    let fy = format::bigint_to_f64(y).map_err(|e| self.fmt_error(e))?;
                    return self.float_op(fx, fy, op);
                }
                let Some(e) = y.to_u32() else {
                    if x.is_zero() || x == &BigInt::from(1) {
                        return Ok(Value::from_bigint(x.clone()));
                    }
                    return Err(self.overflow_error("exponent too large"));
                };
                if x.bits() * e as u64 > 64 * 1024 * 1024 * 8 {
                    return Err(self.memory_error());
                }
                Value::from_bigint(num_traits::pow(x.clone(), e as usize))
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let Some(s) = y.to_usize() else {
                    return Err(self.overflow_error("too many digits in integer"));
                };
                if s > 1 << 31 {
                    return Err(self.overflow_error("too many digits in integer"));
                }
                Value::from_bigint(x << s)
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_usize().unwrap_or(usize::MAX / 2);
                Value::from_bigint(if s > (x.bits() as usize + 1) {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                } else {
                    x >> s
                })
            }
            BinOp::And => Value::from_bigint(x & y),
            BinOp::Or => Value::from_bigint(x | y),
            BinOp::Xor => Value::from_bigint(x ^ y),
            BinOp::MatMul => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"));
            }
        })
    }

    pub fn float_op(&mut self, x: f64, y: f64, op: BinOp) -> PyResult {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                format::float_floordiv(x, y).map_err(|e| self.fmt_error(e))?
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                format::float_mod(x, y).map_err(|e| self.fmt_error(e))?
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                    // A negative base with a fractional exponent gives a complex result.
                    let (r, i) = complex_pow((x, 0.0), (y, 0.0));
                    if r.is_infinite() || i.is_infinite() {
                        return Err(self.overflow_error("complex exponentiation"));
                    }
                    return Ok(Value::Complex(Rc::new((r, i))));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    // CPython reports the C library's ERANGE: args are (errno, strerror).
                    let cls = self.types.overflow_error.clone();
                    let args = vec![Value::Int(34), Value::str("Numerical result out of range")];
                    return Err(self.new_exc_args(&cls, args));
                }
                r
            }
            _ => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op.symbol()
                )));
            }
        };
        Ok(Value::float(r))
    }

    fn complex_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (Some(x), Some(y)) = (self.as_complex(a), self.as_complex(b)) else {
            return Ok(None);
        };
        let r = match op {
            BinOp::Add => (x.0 + y.0, x.1 + y.1),
            BinOp::Sub => (x.0 - y.0, x.1 - y.1),
            BinOp::Mul => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
            BinOp::TrueDiv => match complex_quot(x, y) {
                Some(q) => q,
                None => return Err(self.zero_division("complex division by zero")),
            },
            BinOp::Pow => {
                if x == (0.0, 0.0) && (y.1 != 0.0 || y.0 < 0.0) {
                    return Err(self.zero_division("0.0 to a negative or complex power"));
                }
                let p = if y.1 == 0.0 && y.0.fract() == 0.0 && y.0.abs() <= 100.0 {
                    complex_powi(x, y.0 as i64)
                } else {
                    complex_pow(x, y)
                };
                // CPython reports any infinite part of a power as an overflow.
                if p.0.is_infinite() || p.1.is_infinite() {
                    return Err(self.overflow_error("complex exponentiation"));
                }
                p
            }
            _ => return Ok(Option::None),
        };
        Ok(Some(Value::Complex(Rc::new(r))))
    }

    fn as_complex(&self, v: &Value) -> Option<(f64, f64)> {
        match v {
            Value::Complex(c) => Some(**c),
            Value::Int(i) => Some((*i as f64, 0.0)),
            Value::Bool(b) => Some((b.get() as i64 as f64, 0.0)),
            Value::Float(f) => Some((f.get(), 0.0)),
            Value::BigInt(b) => b.to_f64().map(|f| (f, 0.0)),
            _ => None,
        }
    }

    pub fn unary_neg(&mut self, v: &Value) -> PyResult {
        Ok(match v {
            Value::Int(i) => match i.checked_neg() {
                Some(r) => Value::Int(r),
                None => Value::from_bigint(-BigInt::from(*i)),
            },
            Value::Bool(b) => Value::Int(-(b.get() as i64)),
            Value::Float(f) => Value::float(-f.get()),
            Value::BigInt(b) => Value::from_bigint(-(**b).clone()),
            Value::Complex(c) => Value::Complex(Rc::new((-c.0, -c.1))),
            _ => return self.unary_special(v, "__neg__", "-"),
        })
    }

    pub fn unary_pos(&mut self, v: &Value) -> PyResult {
        Ok(match v {
            Value::Int(_) | Value::Float(_) | Value::BigInt(_) | Value::Complex(_) => v.clone(),
            Value::Bool(b) => Value::Int(b.get() as i64),
            _ => return self.unary_special(v, "__pos__", "+"),
        })
    }

    pub fn unary_invert(&mut self, v: &Value) -> PyResult {
        Ok(match v {
            Value::Int(i) => Value::Int(!i),
            Value::Bool(b) => Value::Int(!(b.get() as i64)),
            Value::BigInt(b) => Value::from_bigint(-(**b).clone() - 1),
            _ => return self.unary_special(v, "__invert__", "~"),
        })
    }

    fn unary_special(&mut self, v: &Value, name: &'static str, sym: &str) -> PyResult {
        if has_python_type(v) {
            if let Some(r) = self.call_special(v, name, &[])? {
                return Ok(r);
            }
            if let Some(inner) = unwrap_builtin(v) {
                return match sym {
                    "-" => self.unary_neg(&inner),
                    "+" => self.unary_pos(&inner),
                    _ => self.unary_invert(&inner),
                };
            }
        }
        let t = self.type_name(v);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{t}'")))
    }

    // ---- numbers -------------------------------------------------------------------------

    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(f.get()),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(b.get() as i64 as f64),
            Value::BigInt(b) => format::bigint_to_f64(b).map_err(|e| self.fmt_error(e)),
            Value::Instance(_) => {
                if let Some(r) = self.call_special(v, "__float__", &[])? {
                    return self.to_f64(&r);
                }
                if let Some(r) = self.call_special(v, "__index__", &[])? {
                    return self.to_f64(&r);
                }
                if let Some(inner) = unwrap_builtin(v) {
                    return self.to_f64(&inner);
                }
                let t = self.type_name(v);
                Err(self.type_error(format!("must be real number, not {t}")))
            }
            _ => {
                let t = self.type_name(v);
                Err(self.type_error(format!("must be real number, not {t}")))
            }
        }
    }

    /// An integer usable as an index (`__index__`).
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(b.get() as i64),
            Value::BigInt(_) => {
                let t = self.type_name(v);
                Err(self.index_error(format!("cannot fit '{t}' into an index-sized integer")))
            }
            Value::Instance(_) => {
                if let Some(r) = self.call_special(v, "__index__", &[])? {
                    if !matches!(r, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
                        && !matches!(unwrap_builtin(&r), Some(Value::Int(_) | Value::BigInt(_)))
                    {
                        let t = self.type_name(&r);
                        return Err(
                            self.type_error(format!("__index__ returned non-int (type {t})"))
                        );
                    }
                    return self.to_index(&r);
                }
                if let Some(inner) = unwrap_builtin(v) {
                    return self.to_index(&inner);
                }
                let t = self.type_name(v);
                Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
            _ => {
                let t = self.type_name(v);
                Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    }

    pub fn to_bigint_index(&mut self, v: &Value) -> PyResult<BigInt> {
        match v {
            Value::BigInt(b) => Ok((**b).clone()),
            other => Ok(BigInt::from(self.to_index(other)?)),
        }
    }

    // ---- containers ----------------------------------------------------------------------

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.0.borrow().len(),
            Value::Tuple(t) => t.0.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.table.borrow().len(),
            Value::Bytes(b) => b.data.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::Range(r) => crate::builtins::types::range::len(self, r)?,
            Value::DictView(d) => d.dict.len(),
            Value::PermaBytes(c) => c.code_bytes().len(),
            // An instance, or a class whose metaclass may define `__len__`.
            Value::Instance(_) | Value::Class(_) => {
                if let Some(r) = self.call_special(v, "__len__", &[])? {
                    if let Value::BigInt(b) = unwrap_builtin(&r).unwrap_or(r.clone()) {
                        return Err(if b.is_negative() {
                            self.value_error("__len__() should return >= 0")
                        } else {
                            self.overflow_error("cannot fit 'int' into an index-sized integer")
                        });
                    }
                    let n = self.to_index(&r)?;
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                if let Some(inner) = unwrap_builtin(v) {
                    return self.len(&inner);
                }
                let t = self.type_name(v);
                return Err(self.type_error(format!("object of type '{t}' has no len()")));
            }
            _ => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("object of type '{t}' has no len()")));
            }
        })
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => {
                    let t = self.type_name(item);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {t}"
                    )))
                }
            },
            Value::List(l) => {
                // Scanned in place while equality needs no Python code; an element whose
                // `__eq__` must run is compared outside the borrow, and the scan then goes on
                // from the next index of the list as it is now (CPython re-reads the length on
                // every step too).
                let mut i = 0;
                loop {
                    let x = {
                        let items = l.0.borrow();
                        loop {
                            let Some(x) = items.get(i) else {
                                return Ok(false);
                            };
                            match fast_eq(x, item) {
                                Some(true) => return Ok(true),
                                Some(false) => i += 1,
                                None => break x.clone(),
                            }
                        }
                    };
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for x in t.0.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) | Value::FrozenSet(s) => self.set_contains(s, item),
            Value::Range(r) => {
                let r = r.clone();
                crate::builtins::types::range::contains(self, container, &r, item)
            }
            Value::PermaBytes(c) => crate::builtins::types::perma_bytes::contains(self, c, item),
            Value::Bytes(_) | Value::ByteArray(_) => {
                let hay = self.bytes_like(container).unwrap_or_default();
                crate::builtins::types::bytes::bytes_contains(self, &hay, item)
            }
            Value::DictView(dv) => match dv.kind {
                ViewKind::Keys => Ok(self.dict_get(&dv.dict, item)?.is_some()),
                // A (key, value) pair is looked up by its key: O(1), and an unhashable key
                // raises as in CPython.
                ViewKind::Items => {
                    let Value::Tuple(pair) = crate::builtins::args::payload(item) else {
                        return Ok(false);
                    };
                    let [key, value] = &pair.0[..] else {
                        return Ok(false);
                    };
                    match self.dict_get(&dv.dict, key)? {
                        Some(found) => self.eq(&found, value),
                        None => Ok(false),
                    }
                }
                ViewKind::Values => {
                    let items = self.iterate(container)?;
                    for x in items.iter() {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            },
            // A class whose metaclass defines __contains__ (or __iter__) answers like an instance.
            Value::Instance(_) | Value::Class(_) => {
                if let Some(r) =
                    self.call_special(container, "__contains__", std::slice::from_ref(item))?
                {
                    return self.truthy(&r);
                }
                if let Some(inner) = unwrap_builtin(container) {
                    return self.contains(&inner, item);
                }
                let cls = self.types.type_of(container);
                if cls.lookup(&PyStr::new("__iter__")).is_none()
                    && cls.lookup(&PyStr::new("__getitem__")).is_none()
                {
                    let t = self.type_name(container);
                    return Err(self.type_error(format!("argument of type '{t}' is not iterable")));
                }
                let it = self.get_iter(container)?;
                while let Some(x) = self.next(&it)? {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Ok(it) = self.get_iter(container) {
                    while let Some(x) = self.next(&it)? {
                        if self.eq(&x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                let t = self.type_name(container);
                Err(self.type_error(format!("argument of type '{t}' is not iterable")))
            }
        }
    }

    /// Bytes of a bytes-like value.
    pub fn bytes_like(&self, v: &Value) -> Option<Vec<u8>> {
        match v {
            Value::Bytes(b) => Some(b.data.clone()),
            Value::ByteArray(b) => Some(b.borrow().clone()),
            Value::PermaBytes(c) => Some(c.code_bytes().to_vec()),
            Value::Instance(_) => crate::builtins::types::memoryview::view_bytes(self, v),
            _ => None,
        }
    }

    /// `%`-formatting of a str.
    pub fn percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult {
        let Value::Str(f) = fmt else {
            return Err(self.type_error("format requires a str"));
        };
        let fmt = f.clone();
        let r = crate::builtins::strfmt::percent(self, fmt.as_str(), args)?;
        Ok(Value::string(r))
    }
}

fn cmp_ord(o: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

/// A rich comparison of two numbers of one primitive type (IEEE rules for floats).
#[inline(always)]
pub fn cmp_prim<T: PartialOrd>(x: T, y: T, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

/// Exact comparison of an integer with a float (CPython compares mathematically).
fn cmp_int_float(i: &BigInt, f: f64, op: CmpOp) -> bool {
    if f.is_nan() {
        return op == CmpOp::Ne;
    }
    if f.is_infinite() {
        return cmp_ord(
            if f > 0.0 {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Greater
            },
            op,
        );
    }
    let fl = f.floor();
    // Exact: a float of 2**127 or more does not fit an i128.
    let fb = crate::builtins::functions::f64_to_bigint(fl);
    let o = match i.cmp(&fb) {
        std::cmp::Ordering::Equal if f > fl => std::cmp::Ordering::Less,
        other => other,
    };
    cmp_ord(o, op)
}

/// Floor quotient and remainder of `x / y` when `y` is large (at least 128 bits) and the
/// quotient is known to fit in a machine word: `(10 * (3*q + r)) // t` in a spigot, `a % b` of
/// two numbers of about the same size. The general division (Burnikel-Ziegler in num-bigint)
/// costs tens of thousands of instructions there; this costs one word-by-bignum product.
/// Returns None where the general path should run.
fn floor_divmod_small_quotient(x: &BigInt, y: &BigInt) -> Option<(BigInt, BigInt)> {
    use num_bigint::{BigUint, Sign};
    let (a, b) = (x.magnitude(), y.magnitude());
    let (abits, bbits) = (a.bits(), b.bits());
    if bbits < 128 || abits > bbits + 60 {
        return None;
    }
    // The bits of `v` from bit `s` up, as a u128 (`v >> s` must fit in 128 bits).
    let top = |v: &BigUint, s: u64| -> u128 {
        let (i, o) = ((s / 64) as usize, (s % 64) as u32);
        let mut it = v.iter_u64_digits();
        let d0 = it.nth(i).unwrap_or(0) as u128;
        let d1 = it.next().unwrap_or(0) as u128;
        let d2 = it.next().unwrap_or(0) as u128;
        if o == 0 {
            d0 | d1 << 64
        } else {
            d0 >> o | d1 << (64 - o) | d2 << (128 - o)
        }
    };
    let (mut q, mut r) = if abits < bbits {
        (0u64, a.clone())
    } else {
        let s = bbits - 64;
        // An estimate within a few units of the true quotient, then exact correction.
        let est = (top(a, s) / top(b, s)) as u64;
        let mut q = est;
        let mut p = b * q;
        let mut steps = 0;
        while &p > a {
            p -= b;
            q = q.checked_sub(1)?;
            steps += 1;
            if steps > 4 {
                return None;
            }
        }
        let mut r = a - &p;
        while &r >= b {
            r -= b;
            q += 1;
            steps += 1;
            if steps > 4 {
                return None;
            }
        }
        (q, r)
    };
    // Floor semantics: with operands of opposite signs and a nonzero remainder, the quotient
    // rounds away from zero and the remainder takes the divisor's sign.
    let opposite = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let mut qi = BigInt::from(q);
    if opposite {
        if r.is_zero() {
            qi = -qi;
        } else {
            q += 1;
            qi = -BigInt::from(q);
            r = b - &r;
        }
    }
    let ri = if y.sign() == Sign::Minus {
        -BigInt::from(r)
    } else {
        BigInt::from(r)
    };
    Some((qi, ri))
}

fn int_like(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// The text of a str or of an instance of a `str` subclass.
pub fn str_text(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.as_str().to_string()),
        other => str_subclass_text(other),
    }
}

/// The text of an instance of a `str` subclass.
pub fn str_subclass_text(v: &Value) -> Option<String> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let Payload::Builtin(b) = &inst.payload else {
        return None;
    };
    match &*b.borrow() {
        Value::Str(s) => Some(s.as_str().to_string()),
        _ => None,
    }
}

fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(b.get() as i64),
        _ => None,
    }
}

/// Whether `v`'s type can define operators in Python: an instance of a user class, or a
/// class whose metaclass is user-defined (`class M(type): def __or__(cls, o): ...`).
pub fn has_python_type(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Class(c) => c.metaclass.borrow().as_ref().is_some_and(|m| !m.is_builtin),
        _ => false,
    }
}

/// The built-in value inside an instance of a subclass of a built-in type.
pub fn unwrap_builtin(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(inst) => match &inst.payload {
            Payload::Builtin(b) => Some(b.borrow().clone()),
            _ => None,
        },
        _ => None,
    }
}

pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| {
        let r = format::float_repr(x);
        r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", fmt(im));
    }
    // A NaN shows no sign.
    let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) {
        "-"
    } else {
        "+"
    };
    format!("({}{}{}j)", fmt(re), sign, fmt(im.abs()))
}

/// Integer powers by repeated squaring, as CPython does for small exponents.
fn complex_powi(x: (f64, f64), n: i64) -> (f64, f64) {
    let mul = |a: (f64, f64), b: (f64, f64)| (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0);
    let mut r = (1.0, 0.0);
    let mut base = x;
    let mut e = n.unsigned_abs();
    while e > 0 {
        if e & 1 == 1 {
            r = mul(r, base);
        }
        base = mul(base, base);
        e >>= 1;
    }
    if n < 0 {
        r = complex_quot((1.0, 0.0), r).unwrap_or((f64::NAN, f64::NAN));
    }
    r
}

/// a / b by Smith's method (scaling by the larger part of b), as CPython divides complex
/// numbers; None when b is zero.
fn complex_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in b.
        Some((f64::NAN, f64::NAN))
    }
}

fn complex_pow(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    if b == (0.0, 0.0) {
        return (1.0, 0.0);
    }
    if a == (0.0, 0.0) {
        return (0.0, 0.0);
    }
    let vabs = a.0.hypot(a.1);
    let len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    let mut len = len;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    (len * phase.cos(), len * phase.sin())
}

/// Whether `float` implements the operator (the bitwise ones and `@` it does not).
/// The built-in value inside `b` (an instance of a subclass of a built-in type) when the
/// built-in value `a`'s own slot `accepts` it, as CPython's slots accept subclasses of the
/// types they know (float's arithmetic takes any int).
#[inline]
fn native_operand(a: &Value, b: &Value, accepts: impl Fn(&Value, &Value) -> bool) -> Option<Value> {
    let Value::Instance(inst) = b else {
        return None;
    };
    let Payload::Builtin(inner) = &inst.payload else {
        return None;
    };
    let inner = inner.borrow();
    accepts(a, &inner).then(|| inner.clone())
}

fn is_int_like(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// Whether the rich comparison of the built-in value `a` takes the built-in value `y`.
#[cold]
pub(crate) fn natively_compares(a: &Value, y: &Value, op: CmpOp) -> bool {
    use Value::*;
    match a {
        DictView(v) if v.kind != ViewKind::Values => {
            matches!(y, Set(_) | FrozenSet(_) | DictView(_))
        }
        Int(_) | Bool(_) | BigInt(_) => is_int_like(y),
        Float(_) => is_int_like(y) || matches!(y, Float(_)),
        Complex(_) => {
            matches!(op, CmpOp::Eq | CmpOp::Ne)
                && (is_int_like(y) || matches!(y, Float(_) | Complex(_)))
        }
        // bytes compares with bytes only; bytearray with any bytes-like object.
        Bytes(_) => matches!(y, Bytes(_)),
        ByteArray(_) => matches!(y, Bytes(_) | ByteArray(_)),
        Set(_) | FrozenSet(_) => matches!(y, Set(_) | FrozenSet(_)),
        _ => false,
    }
}

/// Whether the binary operator of the built-in value `a` takes the built-in value `y`.
#[cold]
fn natively_computes(a: &Value, y: &Value, op: BinOp) -> bool {
    use Value::*;
    match a {
        Int(_) | Bool(_) | BigInt(_) => is_int_like(y),
        Float(_) => float_supports(op) && (is_int_like(y) || matches!(y, Float(_))),
        Complex(_) => {
            float_supports(op)
                && !matches!(op, BinOp::FloorDiv | BinOp::Mod)
                && (is_int_like(y) || matches!(y, Float(_) | Complex(_)))
        }
        Set(_) | FrozenSet(_) => {
            matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                && matches!(y, Set(_) | FrozenSet(_))
        }
        _ => false,
    }
}

fn float_supports(op: BinOp) -> bool {
    !matches!(
        op,
        BinOp::MatMul | BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor
    )
}

/// The operator as a failure message names it: `+`, or `+=` for the augmented form.
fn op_symbol(op: BinOp, inplace: bool) -> String {
    match (op, inplace) {
        (BinOp::Pow, true) => "**=".to_string(),
        (_, true) => format!("{}=", op.symbol()),
        (_, false) => op.symbol().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A big int from little-endian 64-bit words and a sign.
    fn big(words: &[u64], negative: bool) -> BigInt {
        let mut bytes = Vec::with_capacity(words.len() * 8);
        for w in words {
            bytes.extend_from_slice(&w.to_le_bytes());
        }
        let sign = if negative {
            num_bigint::Sign::Minus
        } else {
            num_bigint::Sign::Plus
        };
        BigInt::from_bytes_le(sign, &bytes)
    }

    proptest! {
        /// The short division agrees with the general one wherever it answers, for every
        /// sign combination, remainders of zero and quotients from 0 to 2**60.
        #[test]
        fn small_quotient_division_matches_general(
            y_words in proptest::collection::vec(any::<u64>(), 2..12),
            q in prop_oneof![0u64..16, any::<u64>().prop_map(|v| v >> 4)],
            r_frac in 0u64..=4,
            xneg in any::<bool>(),
            yneg in any::<bool>(),
        ) {
            let y = big(&y_words, yneg);
            prop_assume!(!y.is_zero());
            // x = q*|y| + a remainder of 0, 1, |y|/2, |y|-1 or more than |y| (carry).
            let rem = match r_frac {
                0 => BigInt::zero(),
                1 => BigInt::from(1),
                2 => y.magnitude().clone().into(),
                3 => BigInt::from(y.magnitude().clone()) - 1,
                _ => BigInt::from(y.magnitude().clone()) / 2,
            };
            let mag = BigInt::from(q) * BigInt::from(y.magnitude().clone()) + rem;
            let x = if xneg { -mag } else { mag };
            if let Some((fq, fr)) = floor_divmod_small_quotient(&x, &y) {
                let (gq, gr) = x.div_mod_floor(&y);
                prop_assert_eq!(fq, gq);
                prop_assert_eq!(fr, gr);
            }
        }
    }

    #[test]
    fn small_quotient_division_answers_the_spigot_case() {
        let t = BigInt::from(7u8).pow(200);
        let x = &t * 9u8 + 5u8;
        assert_eq!(
            floor_divmod_small_quotient(&x, &t),
            Some((BigInt::from(9), BigInt::from(5)))
        );
        assert_eq!(
            floor_divmod_small_quotient(&-&x, &t),
            Some((BigInt::from(-10), &t - 5u8))
        );
    }
}
