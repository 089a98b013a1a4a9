//! Attribute access: `getattr`, `setattr`, `delattr` and descriptor binding.
//!
//! Writes to modules, classes and functions go to `readonly::write`; instance attributes are
//! ordinary mutable state.

use std::rc::Rc;

use super::Vm;
use crate::objects::*;
use crate::readonly::{self, Cause, Target, Write};

impl Vm {
    /// The error for setting or deleting attribute `name` of a built-in value of type name
    /// `t`: a read-only attribute, else no such attribute.
    fn builtin_attr_unwritable(&mut self, obj: &Value, t: &str, name: &Rc<PyStr>) -> PyErr {
        if let Some(m) = builtin_readonly_attr(obj, name.as_str()) {
            return self.attribute_error(m);
        }
        let has = self.types.builtin_type_of(obj).lookup_rc(name).is_some();
        self.attribute_error(if has {
            format!("'{t}' object attribute '{}' is read-only", name.as_str())
        } else {
            format!("'{t}' object has no attribute '{}'", name.as_str())
        })
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult {
        let n = self.intern(name);
        self.get_attr(obj, &n)
    }

    /// `getattr(obj, name)`, or None instead of AttributeError.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match self.get_attr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.0.class().is_subclass(&self.types.attribute_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult {
        let r = self.get_attr_inner(obj, name);
        if let Err(e) = &r {
            // AttributeError carries the name and object it was about.
            if let Some(d) = &e.0.dict
                && e.0.class().is_subclass(&self.types.attribute_error)
                && !d.contains_str(&PyStr::new("name"))
            {
                d.set_str_raw(self.intern_static("name"), Value::Str(name.clone()));
                d.set_str_raw(self.intern_static("obj"), obj.clone());
            }
        }
        r
    }

    fn get_attr_inner(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult {
        match obj {
            Value::Instance(inst) => self.instance_getattr(obj, inst, name),
            Value::Module(m) => {
                if let Some(v) = m.dict.get_str(name) {
                    return Ok(v);
                }
                match name.as_str() {
                    "__dict__" => return Ok(Value::Dict(m.dict.clone())),
                    "__modified__" => return Ok(Value::from_bool(m.modified.get())),
                    "__class__" => return Ok(Value::Class(self.types.module.clone())),
                    _ => {}
                }
                if let Some(v) = crate::import::builtin_module_attr(self, m, name.as_str())? {
                    return Ok(v);
                }
                let key = self.intern_static("__getattr__");
                if let Some(ga) = m.dict.get_str(&key) {
                    return self.call(&ga, &[Value::Str(name.clone())], &[]);
                }
                if let Some(f) = self.types.module.lookup_rc(name) {
                    return self.bind_attr(f, obj, &self.types.module.clone());
                }
                let mname = m.name.as_str().to_string();
                let msg = if crate::import::is_initializing(m) {
                    format!(
                        "partially initialized module '{mname}' has no attribute '{}' \
                         (most likely due to a circular import)",
                        name.as_str()
                    )
                } else {
                    format!("module '{mname}' has no attribute '{}'", name.as_str())
                };
                Err(self.attribute_error(msg))
            }
            Value::Class(c) => self.class_getattr(c, name),
            Value::Super(s) => self.super_getattr(s, name),
            _ => self.builtin_getattr(obj, name),
        }
    }

    fn instance_getattr(&mut self, obj: &Value, inst: &Rc<Instance>, name: &Rc<PyStr>) -> PyResult {
        let cls = inst.class();
        if cls.has_getattr.get() {
            let key = self.intern_static("__getattribute__");
            if let Some(ga @ Value::Function(_)) = cls.lookup_rc(&key) {
                let r = self.call(&ga, &[obj.clone(), Value::Str(name.clone())], &[]);
                return self.getattr_fallback(r, obj, &cls, name);
            }
        }
        self.instance_getattr_default(obj, inst, name)
    }

    /// A descriptor's getter that raised AttributeError hands over to the class's
    /// `__getattr__`, as a missing attribute does.
    fn getattr_fallback(
        &mut self,
        r: PyResult,
        obj: &Value,
        cls: &Rc<Class>,
        name: &Rc<PyStr>,
    ) -> PyResult {
        match r {
            Err(e)
                if !cls.is_builtin
                    && e.0.class().is_subclass(&self.types.attribute_error.clone()) =>
            {
                match self.user_attr_hook(cls, "__getattr__") {
                    Some(g) => self.call_attr_hook(g, obj, cls, &[Value::Str(name.clone())]),
                    None => Err(e),
                }
            }
            other => other,
        }
    }

    /// An instance's attribute when its class has no `__getattribute__` of its own:
    /// `object.__getattribute__`, then the class's `__getattr__` when that finds nothing.
    pub fn instance_getattr_default(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &Rc<PyStr>,
    ) -> PyResult {
        self.instance_getattr_lookup(obj, inst, name, true)
    }

    /// `object.__getattribute__` itself: descriptors, the instance dict, slots, class
    /// attributes; never the class's `__getattr__` (its caller asks that).
    pub fn object_getattribute(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &Rc<PyStr>,
    ) -> PyResult {
        self.instance_getattr_lookup(obj, inst, name, false)
    }

    #[inline(always)]
    fn instance_getattr_lookup(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &Rc<PyStr>,
        hook: bool,
    ) -> PyResult {
        let cls = inst.class();
        let attr = cls.lookup_rc(name);
        if let Some(a) = &attr {
            match a {
                Value::Property(p) => {
                    if p.fget.is_none() {
                        let cname = cls.qualname.borrow().as_str().to_string();
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{cname}' object has no getter",
                            name.as_str()
                        )));
                    }
                    let f = p.fget.clone();
                    let r = self.call(&f, std::slice::from_ref(obj), &[]);
                    return if hook {
                        self.getattr_fallback(r, obj, &cls, name)
                    } else {
                        r
                    };
                }
                Value::Instance(d) if self.is_data_descriptor(&d.class()) => {
                    let get = self.intern_static("__get__");
                    if let Some(g) = d.class().lookup_rc(&get) {
                        let r = self.call(
                            &g,
                            &[a.clone(), obj.clone(), Value::Class(cls.clone())],
                            &[],
                        );
                        return if hook {
                            self.getattr_fallback(r, obj, &cls, name)
                        } else {
                            r
                        };
                    }
                }
                _ => {}
            }
        }
        // `object`'s `__class__` is a data descriptor: it wins over the instance dict.
        if attr.is_none() && name.as_str() == "__class__" {
            return Ok(Value::Class(cls.clone()));
        }
        if let Some(d) = &inst.dict
            && let Some(v) = d.get_str(name)
        {
            return Ok(v);
        }
        if let Some(slots) = self.slot_index(&cls, name) {
            let v = inst
                .slots
                .borrow()
                .get(slots)
                .cloned()
                .unwrap_or(Value::Undef);
            if !v.is_undef() {
                return Ok(v);
            }
        }
        match name.as_str() {
            // Every class has its own `__doc__` (None without a docstring): not inherited.
            "__doc__" if !cls.is_builtin && cls.dict.get_str(name).is_none() => {
                return Ok(Value::None);
            }
            "__dict__" => {
                if let Some(d) = &inst.dict {
                    return Ok(Value::Dict(d.clone()));
                }
            }
            _ => {}
        }
        if let Some(exc) = inst.exc_data() {
            let v = {
                let e = exc.borrow();
                match name.as_str() {
                    "args" => Some(e.args.clone()),
                    "__cause__" => Some(e.cause.clone()),
                    "__context__" => Some(e.context.clone()),
                    "__suppress_context__" => Some(Value::from_bool(e.suppress_context)),
                    _ => None,
                }
            };
            if let Some(v) = v {
                return Ok(v);
            }
            if name.as_str() == "__traceback__" {
                let entries = exc.borrow().traceback.clone();
                return Ok(self.make_traceback(&entries));
            }
            if matches!(
                name.as_str(),
                "errno" | "strerror" | "filename" | "filename2"
            ) && cls.is_subclass(&self.types.os_error.clone())
            {
                // errno and strerror come from `OSError(errno, strerror, ...)` (two to five
                // arguments); the file names, when given, were stored by `__init__`.
                let args = self.exc_args(inst);
                let two = (2..=5).contains(&args.len());
                return Ok(match name.as_str() {
                    "errno" if two => args[0].clone(),
                    "strerror" if two => args[1].clone(),
                    _ => Value::None,
                });
            }
            if name.as_str() == "characters_written"
                && matches!(self.builtins_module.dict.get_name("BlockingIOError"),
                    Some(Value::Class(b)) if cls.is_subclass(&b))
            {
                // Unset (no count given): the attribute is missing, named bare.
                return Err(self.attribute_error("characters_written"));
            }
            if matches!(
                name.as_str(),
                "encoding" | "object" | "start" | "end" | "reason"
            ) && cls.is_subclass(&self.types.unicode_error.clone())
            {
                let args = self.exc_args(inst);
                if args.len() == 5 {
                    let i = ["encoding", "object", "start", "end", "reason"]
                        .iter()
                        .position(|n| *n == name.as_str())
                        .unwrap_or(0);
                    return Ok(args[i].clone());
                }
            }
            // Attributes CPython's exceptions always have, None until something sets them.
            let unset = attr.is_none()
                && match name.as_str() {
                    "path" => cls.is_subclass(&self.types.import_error.clone()),
                    "msg"
                        if attr.is_none() && cls.is_subclass(&self.types.import_error.clone()) =>
                    {
                        let args = self.exc_args(inst);
                        return Ok(match <[Value; 1]>::try_from(args) {
                            Ok([m]) => m,
                            Err(_) => Value::None,
                        });
                    }
                    "name" => {
                        cls.is_subclass(&self.types.import_error.clone())
                            || cls.is_subclass(&self.types.name_error.clone())
                            || cls.is_subclass(&self.types.attribute_error.clone())
                    }
                    "obj" => cls.is_subclass(&self.types.attribute_error.clone()),
                    _ => false,
                };
            if unset {
                return Ok(Value::None);
            }
            if name.as_str() == "value" && cls.is_subclass(&self.types.stop_iteration.clone()) {
                let args = self.exc_args(inst);
                return Ok(args.into_iter().next().unwrap_or(Value::None));
            }
            if name.as_str() == "code" && cls.is_subclass(&self.types.system_exit.clone()) {
                let args = self.exc_args(inst);
                return Ok(match args.len() {
                    0 => Value::None,
                    1 => args[0].clone(),
                    _ => Value::tuple(args),
                });
            }
        }
        if let Some(a) = attr {
            let r = self.bind_attr(a, obj, &cls);
            return if hook {
                self.getattr_fallback(r, obj, &cls, name)
            } else {
                r
            };
        }
        if hook
            && (cls.has_getattr.get() || !cls.is_builtin)
            && let Some(ga) = self.user_attr_hook(&cls, "__getattr__")
        {
            return self.call_attr_hook(ga, obj, &cls, &[Value::Str(name.clone())]);
        }
        if let Payload::Builtin(b) = &inst.payload {
            let inner = b.borrow().clone();
            let found = match &inner {
                // A subclass of `super` looks further along the MRO like super itself.
                Value::Super(s) => self.super_getattr(s, name),
                _ => self.builtin_getattr(&inner, name),
            };
            if let Ok(v) = found {
                return Ok(v);
            }
        }
        if name.as_str() == "__doc__"
            || (name.as_str() == "__weakref__" && crate::vm::types::has_weakref(&cls))
        {
            // A class without a docstring documents its instances as None; no weak
            // reference is reported (where instances can have one).
            return Ok(Value::None);
        }
        let cname = self.type_name(obj);
        Err(self.attribute_error(format!(
            "'{cname}' object has no attribute '{}'",
            name.as_str()
        )))
    }

    fn is_data_descriptor(&mut self, cls: &Rc<Class>) -> bool {
        if cls.is_builtin {
            return false;
        }
        let set = self.intern_static("__set__");
        let del = self.intern_static("__delete__");
        cls.lookup_rc(&set).is_some() || cls.lookup_rc(&del).is_some()
    }

    fn slot_index(&self, cls: &Rc<Class>, name: &PyStr) -> Option<usize> {
        cls.slot_layout
            .iter()
            .position(|s| s.as_str() == name.as_str())
    }

    /// The `__getattr__`/`__setattr__`/`__delattr__` a user class provides, of any kind: a
    /// function, or a built-in method assigned in the class body (`__setattr__ =
    /// dict.__setitem__`). `None` when the first class along the MRO to define it is built in.
    pub fn user_attr_hook(&mut self, cls: &Rc<Class>, name: &'static str) -> Option<Value> {
        let key = self.intern_static(name);
        match cls.lookup_rc(&key) {
            Some(f @ Value::Function(_)) => return Some(f),
            None => return None,
            Some(Value::Builtin(b)) if b.owner == Some("object") => return None,
            Some(_) => {}
        }
        let mro = cls.mro.borrow();
        for c in mro.iter() {
            if let Some(v) = c.dict.get_str(&key) {
                return if c.is_builtin { None } else { Some(v) };
            }
        }
        None
    }

    /// Calls an attribute hook found by `user_attr_hook` on `obj` with `args`.
    fn call_attr_hook(
        &mut self,
        f: Value,
        obj: &Value,
        cls: &Rc<Class>,
        args: &[Value],
    ) -> PyResult {
        if let Value::Function(_) = f {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args);
            return self.call(&f, &all, &[]);
        }
        let bound = self.bind_attr(f, obj, cls)?;
        self.call(&bound, args, &[])
    }

    /// `classmethod.__get__` for `owner`: a wrapped descriptor (a property, a user
    /// descriptor) is bound to the class through its own `__get__`, as CPython 3.11 chains
    /// them; anything else becomes a method of the class.
    pub fn bind_classmethod(&mut self, f: &Value, owner: Value) -> PyResult {
        match f {
            Value::Property(p) => {
                let g = p.fget.clone();
                self.call(&g, &[owner], &[])
            }
            Value::Instance(d) if !d.class().is_builtin => {
                let get = self.intern_static("__get__");
                match d.class().lookup_rc(&get) {
                    // CPython passes the class as both the object and the owner.
                    Some(g) => self.call(&g, &[f.clone(), owner.clone(), owner], &[]),
                    None => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        func: f.clone(),
                        receiver: owner,
                    }))),
                }
            }
            _ => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                func: f.clone(),
                receiver: owner,
            }))),
        }
    }

    /// Binds a class attribute found for `obj` (functions become methods, ...).
    pub fn bind_attr(&mut self, a: Value, obj: &Value, cls: &Rc<Class>) -> PyResult {
        Ok(match a {
            Value::Function(_) => Value::BoundMethod(Rc::new(BoundMethod {
                func: a,
                receiver: obj.clone(),
            })),
            Value::Builtin(ref b) if b.receiver.is_undef() && b.owner.is_some() => {
                Value::BoundMethod(Rc::new(BoundMethod {
                    func: a.clone(),
                    receiver: obj.clone(),
                }))
            }
            Value::ClassMethod(f) => return self.bind_classmethod(&f, Value::Class(cls.clone())),
            Value::StaticMethod(f) => (*f).clone(),
            Value::Property(p) => {
                let f = p.fget.clone();
                return self.call(&f, std::slice::from_ref(obj), &[]);
            }
            Value::Instance(ref d) if !d.class().is_builtin => {
                let get = self.intern_static("__get__");
                match d.class().lookup_rc(&get) {
                    Some(g) => {
                        return self.call(
                            &g,
                            &[a.clone(), obj.clone(), Value::Class(cls.clone())],
                            &[],
                        );
                    }
                    None => a,
                }
            }
            other => other,
        })
    }

    fn class_getattr(&mut self, c: &Rc<Class>, name: &Rc<PyStr>) -> PyResult {
        match name.as_str() {
            "__name__" => return Ok(Value::Str(c.name.borrow().clone())),
            "__qualname__" => return Ok(Value::Str(c.qualname.borrow().clone())),
            // A read-only view: class namespaces change only through setattr.
            "__dict__" => return crate::builtins::types::object::class_dict_view(self, c),
            "__bases__" => {
                let b: Vec<Value> = c
                    .bases
                    .borrow()
                    .iter()
                    .map(|b| Value::Class(b.clone()))
                    .collect();
                return Ok(Value::tuple(b));
            }
            // `type`'s data descriptor: only the class's own namespace counts.
            "__abstractmethods__" => {
                return match c.dict.get_str(name) {
                    Some(v) if !Rc::ptr_eq(c, &self.types.type_) => Ok(v),
                    _ => Err(self.attribute_error("__abstractmethods__")),
                };
            }
            "__base__" => {
                return Ok(c
                    .bases
                    .borrow()
                    .first()
                    .map(|b| Value::Class(b.clone()))
                    .unwrap_or(Value::None));
            }
            "__mro__" => {
                let m: Vec<Value> = c
                    .mro
                    .borrow()
                    .iter()
                    .map(|b| Value::Class(b.clone()))
                    .collect();
                return Ok(Value::tuple(m));
            }
            "__class__" => {
                return Ok(Value::Class(
                    c.metaclass
                        .borrow()
                        .clone()
                        .unwrap_or_else(|| self.types.type_.clone()),
                ));
            }
            "__modified__" => return Ok(Value::from_bool(c.modified.get())),
            "__module__" if c.is_builtin => {
                return Ok(c
                    .dict
                    .get_str(name)
                    .unwrap_or_else(|| Value::str("builtins")));
            }
            "__doc__" if c.dict.get_str(name).is_none() => return Ok(Value::None),
            "__annotations__" if !c.is_builtin => return self.class_annotations(c, name),
            _ => {}
        }
        if let Some(a) = c.lookup_rc(name) {
            return Ok(match a {
                Value::ClassMethod(f) => return self.bind_classmethod(&f, Value::Class(c.clone())),
                Value::StaticMethod(f) => (*f).clone(),
                Value::Instance(ref d) if !d.class().is_builtin => {
                    let get = self.intern_static("__get__");
                    match d.class().lookup_rc(&get) {
                        Some(g) => {
                            let r = self.call(
                                &g,
                                &[a.clone(), Value::None, Value::Class(c.clone())],
                                &[],
                            );
                            return self.class_getattr_fallback(r, c, name);
                        }
                        None => a,
                    }
                }
                other => other,
            });
        }
        // The operators of a built-in base that the VM carries out (`set.__or__`).
        let special = c
            .mro
            .borrow()
            .iter()
            .find_map(|k| crate::builtins::attrs::type_special(k, name.as_str()));
        if let Some(f) = special {
            return Ok(f);
        }
        // A data attribute of a built-in type reads as its descriptor (`int.real`).
        let data = c.mro.borrow().iter().find_map(|k| {
            crate::builtins::attrs::builtin_data_descriptor(k, name.as_str())
                .map(|form| (form, k.clone()))
        });
        if let Some((form, owner)) = data {
            return self.type_form(form, &[Value::Str(name.clone()), Value::Class(owner)]);
        }
        // A name in some class's `__slots__` reads as that class's member descriptor.
        let owner = c.mro.borrow().iter().find_map(|k| {
            (!k.is_builtin
                && k.slots.iter().flatten().any(|s| {
                    s.as_str() == name.as_str() && !matches!(s.as_str(), "__dict__" | "__weakref__")
                }))
            .then(|| k.clone())
        });
        if let Some(owner) = owner {
            return self.type_form("_member", &[Value::Str(name.clone()), Value::Class(owner)]);
        }
        let meta = c
            .metaclass
            .borrow()
            .clone()
            .unwrap_or_else(|| self.types.type_.clone());
        if let Some(a) = meta.lookup_rc(name) {
            let r = self.bind_attr(a, &Value::Class(c.clone()), &meta);
            return self.class_getattr_fallback(r, c, name);
        }
        if !meta.is_builtin {
            let key = self.intern_static("__getattr__");
            if let Some(ga) = meta.lookup_rc(&key) {
                return self.call(
                    &ga,
                    &[Value::Class(c.clone()), Value::Str(name.clone())],
                    &[],
                );
            }
        }
        let cname = c.name();
        Err(self.attribute_error(format!(
            "type object '{cname}' has no attribute '{}'",
            name.as_str()
        )))
    }

    /// A descriptor's getter that raised AttributeError while a class attribute was looked
    /// up hands over to the metaclass's `__getattr__`, as a missing attribute does.
    fn class_getattr_fallback(&mut self, r: PyResult, c: &Rc<Class>, name: &Rc<PyStr>) -> PyResult {
        let Err(e) = r else { return r };
        if !e.0.class().is_subclass(&self.types.attribute_error) {
            return Err(e);
        }
        let meta = c.metaclass.borrow().clone();
        let Some(meta) = meta.filter(|m| !m.is_builtin) else {
            return Err(e);
        };
        let key = self.intern_static("__getattr__");
        match meta.lookup_rc(&key) {
            Some(ga) => self.call(
                &ga,
                &[Value::Class(c.clone()), Value::Str(name.clone())],
                &[],
            ),
            None => Err(e),
        }
    }

    fn super_getattr(&mut self, s: &Rc<SuperObj>, name: &Rc<PyStr>) -> PyResult {
        let mro = s.obj_type.mro.borrow().clone();
        let start = mro
            .iter()
            .position(|c| Rc::ptr_eq(c, &s.this_class))
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for c in &mro[start..] {
            if let Some(a) = c.dict.get_str(name) {
                if matches!(&s.obj, Value::Class(c) if Rc::ptr_eq(c, &s.obj_type)) {
                    // super() in a classmethod: functions stay unbound.
                    return Ok(match a {
                        Value::ClassMethod(f) => return self.bind_classmethod(&f, s.obj.clone()),
                        Value::StaticMethod(f) => (*f).clone(),
                        // `object.__init_subclass__` is a class method: it gets the class.
                        b @ Value::Builtin(_) if name.as_str() == "__init_subclass__" => {
                            Value::BoundMethod(Rc::new(BoundMethod {
                                func: b,
                                receiver: s.obj.clone(),
                            }))
                        }
                        other => other,
                    });
                }
                return self.bind_attr(a, &s.obj.clone(), &s.obj_type.clone());
            }
            // A built-in base's operators that the VM carries out (`super().__or__(x)` in a
            // subclass of set).
            if let Some(f) = crate::builtins::attrs::type_special(c, name.as_str())
                && !matches!(&s.obj, Value::Class(_))
            {
                return self.bind_attr(f, &s.obj.clone(), &s.obj_type.clone());
            }
        }
        match name.as_str() {
            "__class__" => return Ok(Value::Class(self.types.super_.clone())),
            "__thisclass__" => return Ok(Value::Class(s.this_class.clone())),
            "__self__" => return Ok(s.obj.clone()),
            "__self_class__" => return Ok(Value::Class(s.obj_type.clone())),
            _ => {}
        }
        Err(self.attribute_error(format!(
            "'super' object has no attribute '{}'",
            name.as_str()
        )))
    }

    fn builtin_getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult {
        let cls = self.types.builtin_type_of(obj).clone();
        if let Some(a) = cls.lookup_rc(name) {
            return self.bind_attr(a, obj, &cls);
        }
        if let Some(v) = crate::builtins::attrs::special_attr(self, obj, name.as_str())? {
            return Ok(v);
        }
        let t = self.type_name(obj);
        Err(self.attribute_error(format!("'{t}' object has no attribute '{}'", name.as_str())))
    }

    // ---- setattr / delattr ---------------------------------------------------------------

    pub fn set_attr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if !cls.is_builtin
                    && let Some(f) = self.user_attr_hook(&cls, "__setattr__")
                {
                    self.call_attr_hook(f, obj, &cls, &[Value::Str(name.clone()), value])?;
                    return Ok(());
                }
                self.generic_setattr(obj, inst, name, Some(value))
            }
            Value::Module(m) => {
                readonly::write(
                    self,
                    Target::Module(m),
                    name,
                    Write::Set(value),
                    Cause::Code,
                )?;
                Ok(())
            }
            Value::Class(c) => {
                // A metaclass's own `__setattr__` decides first; it reaches the choke point
                // through `type.__setattr__`.
                if let Some(f) = self.metaclass_hook(c, "__setattr__") {
                    self.call(&f, &[obj.clone(), Value::Str(name.clone()), value], &[])?;
                    return Ok(());
                }
                self.type_setattr(c, name, Some(value))
            }
            Value::Function(f) => {
                readonly::write(
                    self,
                    Target::Function(f),
                    name,
                    Write::Set(value),
                    Cause::Code,
                )?;
                Ok(())
            }
            _ => {
                let t = self.type_name(obj);
                if name.as_str() == "__class__" {
                    return Err(match value {
                        Value::Class(_) => self.type_error(
                            "__class__ assignment only supported for mutable types or ModuleType \
                             subclasses",
                        ),
                        other => {
                            let vt = self.type_name(&other);
                            self.type_error(format!(
                                "__class__ must be set to a class, not '{vt}' object"
                            ))
                        }
                    });
                }
                Err(self.builtin_attr_unwritable(obj, &t, name))
            }
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if !cls.is_builtin
                    && let Some(f) = self.user_attr_hook(&cls, "__delattr__")
                {
                    self.call_attr_hook(f, obj, &cls, &[Value::Str(name.clone())])?;
                    return Ok(());
                }
                self.generic_setattr(obj, inst, name, None)
            }
            Value::Module(m) => {
                if !readonly::write(self, Target::Module(m), name, Write::Delete, Cause::Code)? {
                    let mname = m.name.as_str().to_string();
                    return Err(self.attribute_error(format!(
                        "module '{mname}' has no attribute '{}'",
                        name.as_str()
                    )));
                }
                Ok(())
            }
            Value::Class(c) => {
                if let Some(f) = self.metaclass_hook(c, "__delattr__") {
                    self.call(&f, &[obj.clone(), Value::Str(name.clone())], &[])?;
                    return Ok(());
                }
                self.type_setattr(c, name, None)
            }
            Value::Function(f) => {
                if !readonly::write(self, Target::Function(f), name, Write::Delete, Cause::Code)? {
                    return Err(self.attribute_error(format!(
                        "'function' object has no attribute '{}'",
                        name.as_str()
                    )));
                }
                Ok(())
            }
            _ => {
                let t = self.type_name(obj);
                if name.as_str() == "__class__" {
                    return Err(self.type_error("can't delete __class__ attribute"));
                }
                Err(self.builtin_attr_unwritable(obj, &t, name))
            }
        }
    }

    /// A Python-level `__setattr__`/`__delattr__` defined by the metaclass of `c`.
    fn metaclass_hook(&mut self, c: &Rc<Class>, name: &'static str) -> Option<Value> {
        let meta = c.metaclass.borrow().clone()?;
        let key = self.intern_static(name);
        meta.lookup_rc(&key)
            .filter(|f| matches!(f, Value::Function(_)))
    }

    /// `type.__setattr__` / `type.__delattr__` (value `None`): a class attribute write through
    /// the choke point, without consulting the metaclass.
    pub fn type_setattr(
        &mut self,
        c: &Rc<Class>,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<()> {
        if c.is_builtin {
            // CPython words a deletion the same way.
            let n = c.name();
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{n}'",
                name.as_str()
            )));
        }
        match value {
            Some(v) => {
                let field = match name.as_str() {
                    "__name__" => Some(&c.name),
                    "__qualname__" => Some(&c.qualname),
                    _ => None,
                };
                if let Some(field) = field {
                    // Kept in the class itself: the namespace write is for the policy.
                    let Value::Str(s) = &v else {
                        let (n, t) = (c.name(), self.type_name(&v));
                        return Err(self.type_error(format!(
                            "can only assign string to {n}.{}, not '{t}'",
                            name.as_str()
                        )));
                    };
                    let s = s.clone();
                    readonly::write(self, Target::Class(c), name, Write::Set(v), Cause::Code)?;
                    *field.borrow_mut() = s;
                    return Ok(());
                }
                if name.as_str() == "__abstractmethods__" {
                    return self.set_abstractmethods(c, name, v);
                }
                readonly::write(self, Target::Class(c), name, Write::Set(v), Cause::Code)?;
            }
            None => {
                if !readonly::write(self, Target::Class(c), name, Write::Delete, Cause::Code)? {
                    if name.as_str() == "__abstractmethods__" {
                        return Err(self.attribute_error("__abstractmethods__"));
                    }
                    let n = c.name();
                    return Err(self.attribute_error(format!(
                        "type object '{n}' has no attribute '{}'",
                        name.as_str()
                    )));
                }
                if name.as_str() == "__abstractmethods__" {
                    c.is_abstract.set(false);
                }
            }
        }
        Ok(())
    }

    /// `type.__annotations__` of a user class: its own annotations only, never a base's; a
    /// class without any gets an empty dict, kept in its namespace (CPython 3.10+).
    #[cold]
    fn class_annotations(&mut self, c: &Rc<Class>, name: &Rc<PyStr>) -> PyResult {
        if let Some(a) = c.dict.get_str(name) {
            return Ok(a);
        }
        let d = Value::Dict(Rc::new(DictObj::new()));
        readonly::write(
            self,
            Target::Class(c),
            name,
            Write::Set(d.clone()),
            Cause::Code,
        )?;
        Ok(d)
    }

    /// `cls.__abstractmethods__ = v`: stored in the class, and while `v` is true the class
    /// cannot be instantiated (the flag `object.__new__` checks).
    #[cold]
    fn set_abstractmethods(&mut self, c: &Rc<Class>, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        let abstract_ = self.truthy(&v)?;
        readonly::write(self, Target::Class(c), name, Write::Set(v), Cause::Code)?;
        c.is_abstract.set(abstract_);
        Ok(())
    }

    /// `obj.__class__ = new` (`None`: `del obj.__class__`), with CPython's checks: the new
    /// class must be a class, both classes user-defined, and their instance layouts alike
    /// (same built-in base, same `__slots__`, both with or without a `__dict__`).
    fn assign_class(&mut self, inst: &Rc<Instance>, value: Option<Value>) -> PyResult<()> {
        let old = inst.class();
        let new = match value {
            None => return Err(self.type_error("can't delete __class__ attribute")),
            Some(Value::Class(c)) => c,
            Some(other) => {
                let t = self.type_name(&other);
                return Err(self.type_error(format!(
                    "__class__ must be set to a class, not '{t}' object"
                )));
            }
        };
        if old.is_builtin || new.is_builtin {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let same_base = match (self.builtin_base(&old), self.builtin_base(&new)) {
            (Some(a), Some(b)) => Rc::ptr_eq(&a, &b),
            (None, None) => true,
            _ => false,
        };
        let same_slots = old.slot_layout.len() == new.slot_layout.len()
            && old
                .slot_layout
                .iter()
                .zip(new.slot_layout.iter())
                .all(|(a, b)| a.as_str() == b.as_str());
        if !same_base
            || old.base_kind != new.base_kind
            || !same_slots
            || old.has_dict != new.has_dict
        {
            let (n, o) = (new.name(), old.name());
            return Err(self.type_error(format!(
                "__class__ assignment: '{n}' object layout differs from '{o}'"
            )));
        }
        inst.set_class(new);
        Ok(())
    }

    /// `object.__setattr__` / `object.__delattr__`: descriptors, slots, then the instance dict.
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<()> {
        let cls = inst.class();
        if let Some(a) = cls.lookup_rc(name) {
            match &a {
                Value::Property(p) => {
                    let f = if value.is_some() {
                        p.fset.clone()
                    } else {
                        p.fdel.clone()
                    };
                    if f.is_none() {
                        let cname = cls.qualname.borrow().as_str().to_string();
                        let what = if value.is_some() { "setter" } else { "deleter" };
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{cname}' object has no {what}",
                            name.as_str()
                        )));
                    }
                    let mut args = vec![obj.clone()];
                    args.extend(value);
                    self.call(&f, &args, &[])?;
                    return Ok(());
                }
                Value::Instance(d) if !d.class().is_builtin => {
                    let key = self.intern(if value.is_some() {
                        "__set__"
                    } else {
                        "__delete__"
                    });
                    if let Some(f) = d.class().lookup_rc(&key) {
                        let mut args = vec![a.clone(), obj.clone()];
                        args.extend(value);
                        self.call(&f, &args, &[])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if name.as_str() == "__class__" {
            return self.assign_class(inst, value);
        }
        if name.as_str() == "__dict__"
            && let Some(d) = &inst.dict
        {
            // The instance keeps its dict object; assigning one replaces its contents.
            return match value {
                Some(Value::Dict(new)) => {
                    let entries: Vec<(Value, Value)> = new
                        .table
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    d.table.borrow_mut().clear();
                    for (k, v) in entries {
                        self.dict_set(d, k, v)?;
                    }
                    Ok(())
                }
                Some(other) => {
                    let t = self.type_name(&other);
                    Err(self
                        .type_error(format!("__dict__ must be set to a dictionary, not a '{t}'")))
                }
                None => Err(self.type_error("cannot delete __dict__")),
            };
        }
        if let Some(ix) = self.slot_index(&cls, name) {
            let mut slots = inst.slots.borrow_mut();
            if slots.len() <= ix {
                slots.resize(ix + 1, Value::Undef);
            }
            match value {
                Some(v) => slots[ix] = v,
                None => {
                    if slots[ix].is_undef() {
                        drop(slots);
                        return Err(self.attribute_error(name.as_str().to_string()));
                    }
                    slots[ix] = Value::Undef;
                }
            }
            return Ok(());
        }
        if let Some(r) = self.exc_setattr(inst, name.as_str(), value.as_ref()) {
            return r;
        }
        match &inst.dict {
            Some(d) => match value {
                Some(v) => {
                    d.set_str_raw(name.clone(), v);
                    Ok(())
                }
                None => {
                    if d.del_str_raw(name).is_none() {
                        let cname = self.type_name(obj);
                        return Err(self.attribute_error(format!(
                            "'{cname}' object has no attribute '{}'",
                            name.as_str()
                        )));
                    }
                    Ok(())
                }
            },
            None => {
                let cname = self.type_name(obj);
                Err(self.attribute_error(format!(
                    "'{cname}' object has no attribute '{}'",
                    name.as_str()
                )))
            }
        }
    }
}

/// CPython's message for a write to a data attribute of a built-in object that has no setter:
/// a member (`readonly attribute`) or a computed attribute of the type that defines it.
fn builtin_readonly_attr(obj: &Value, name: &str) -> Option<String> {
    let getset = |owner: &str| format!("attribute '{name}' of '{owner}' objects is not writable");
    let member = || "readonly attribute".to_string();
    match (obj, name) {
        (
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_),
            "real" | "imag" | "numerator" | "denominator",
        ) => Some(getset("int")),
        (Value::Float(_), "real" | "imag") => Some(getset("float")),
        (Value::Complex(_), "real" | "imag") => Some(member()),
        (Value::Slice(_) | Value::Range(_), "start" | "stop" | "step") => Some(member()),
        (Value::Property(_), "fget" | "fset" | "fdel") => Some(member()),
        (Value::BoundMethod(_), "__func__" | "__self__") => Some(member()),
        (
            Value::Generator(_),
            "gi_frame" | "gi_running" | "gi_code" | "gi_yieldfrom" | "gi_suspended",
        ) => Some(getset("generator")),
        _ => None,
    }
}

/// Performs a function-attribute write that the choke point has decided to allow.
pub fn apply_function_attr(
    vm: &mut Vm,
    f: &Rc<Function>,
    name: &Rc<PyStr>,
    what: Write,
) -> PyResult<bool> {
    let value = match what {
        Write::Set(v) => v,
        Write::Delete => {
            return match name.as_str() {
                "__defaults__" => {
                    *f.defaults.borrow_mut() = Value::None;
                    Ok(true)
                }
                "__kwdefaults__" => {
                    *f.kwdefaults.borrow_mut() = Value::None;
                    Ok(true)
                }
                "__doc__" => {
                    *f.doc.borrow_mut() = Value::None;
                    Ok(true)
                }
                "__annotations__" => {
                    *f.annotations.borrow_mut() = Value::None;
                    Ok(true)
                }
                "__name__" | "__qualname__" | "__code__" | "__module__" => {
                    Err(vm.type_error(format!("{} must be set to a string object", name.as_str())))
                }
                _ => Ok(f
                    .dict
                    .borrow()
                    .as_ref()
                    .and_then(|d| d.del_str_raw(name))
                    .is_some()),
            };
        }
    };
    match name.as_str() {
        "__code__" => match value {
            Value::Code(c) => *f.code.borrow_mut() = c,
            _ => return Err(vm.type_error("__code__ must be set to a code object")),
        },
        "__defaults__" => match value {
            Value::Tuple(_) | Value::None => *f.defaults.borrow_mut() = value,
            _ => return Err(vm.type_error("__defaults__ must be set to a tuple object")),
        },
        "__kwdefaults__" => match value {
            Value::Dict(_) | Value::None => *f.kwdefaults.borrow_mut() = value,
            _ => return Err(vm.type_error("__kwdefaults__ must be set to a dict object")),
        },
        "__name__" => match value {
            Value::Str(s) => *f.name.borrow_mut() = s,
            _ => return Err(vm.type_error("__name__ must be set to a string object")),
        },
        "__qualname__" => match value {
            Value::Str(s) => *f.qualname.borrow_mut() = s,
            _ => return Err(vm.type_error("__qualname__ must be set to a string object")),
        },
        "__doc__" => *f.doc.borrow_mut() = value,
        "__module__" => *f.module.borrow_mut() = value,
        "__annotations__" => match value {
            Value::Dict(_) | Value::None => *f.annotations.borrow_mut() = value,
            _ => return Err(vm.type_error("__annotations__ must be set to a dict object")),
        },
        "__dict__" => match value {
            Value::Dict(d) => *f.dict.borrow_mut() = Some(d),
            _ => return Err(vm.type_error("__dict__ must be set to a dictionary")),
        },
        _ => {
            let d = f
                .dict
                .borrow_mut()
                .get_or_insert_with(|| Rc::new(DictObj::new()))
                .clone();
            d.set_str_raw(name.clone(), value);
        }
    }
    Ok(true)
}
