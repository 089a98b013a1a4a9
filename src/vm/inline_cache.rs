//! Inline caches for attribute access on instances of Python classes.
//!
//! `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD` remember, per instruction, what the class of the
//! last receiver said about the name: which slot holds it, or which class attribute backs it.
//! An entry is valid while the receiver has the same class and no class namespace has been
//! written since it was filled ([`class_epoch`]: every class write passes through the choke
//! point, which bumps it). The caches live in the code object's side table, never in the
//! sealed image.
//!
//! Only the plain cases are cached: no `__getattribute__`/`__setattr__` of the class's own, no
//! data descriptor (property, `__set__`/`__delete__`) under the name, not a dunder name, not an
//! exception or built-in-subclass instance. Everything else takes the general path, so a hit
//! returns exactly what that path would.

use std::rc::Rc;

use super::Vm;
use crate::objects::*;

/// What one instruction learnt about a name on instances of one class.
#[derive(Clone, Default)]
pub enum AttrCache {
    #[default]
    Empty,
    Inst {
        class: Rc<Class>,
        epoch: u64,
        /// The name's slot in the instance layout.
        slot: Option<usize>,
        /// The class attribute under the name (never a data descriptor).
        class_attr: Option<Value>,
        /// For stores: no `__setattr__` of the class's own and no descriptor in the way.
        plain_store: bool,
        /// Where the name sat in the last instance dict seen (instances built the same way
        /// share a layout), checked before hashing.
        dict_ix: std::cell::Cell<u32>,
        /// The name is a `property` whose getter is a Python function: loads call it
        /// (a data descriptor wins over the instance dict); stores take the general path.
        getter: Option<Rc<Function>>,
    },
    /// At a subscript or `in` instruction: whether instances of `class` (a dict subclass)
    /// use dict's own item method there.
    DictMethod {
        class: Rc<Class>,
        epoch: u64,
        dict_own: bool,
    },
    /// Entries for several classes (at most [`POLY_MAX`], all `Inst` or all `DictMethod`): a site that sees
    /// instances of a few classes (`shape.area()` over circles and squares) keeps hitting.
    Poly(Box<Vec<AttrCache>>),
}

/// How many classes one instruction's cache remembers.
const POLY_MAX: usize = 4;

/// Whether `e` was filled for `cls` in the current class epoch.
#[inline(always)]
fn is_for(e: &AttrCache, cls: &Rc<Class>, now: u64) -> bool {
    match e {
        AttrCache::Inst { class, epoch, .. } | AttrCache::DictMethod { class, epoch, .. } => {
            Rc::ptr_eq(class, cls) && *epoch == now
        }
        _ => false,
    }
}

/// The entry at `pc` for instances of `cls`, if one was filled in the current class epoch.
#[inline(always)]
fn lookup<'a>(attr: &'a [AttrCache], pc: usize, cls: &Rc<Class>) -> Option<&'a AttrCache> {
    let now = class_epoch();
    match attr.get(pc)? {
        AttrCache::Poly(v) => v.iter().find(|e| is_for(e, cls, now)),
        e if is_for(e, cls, now) => Some(e),
        _ => None,
    }
}

/// The entry at `pc` for `inst`'s class, read without touching the class's reference count
/// (a clone and drop of the `Rc` cost ~15 instructions on every cached access).
#[inline(always)]
fn lookup_inst<'a>(attr: &'a [AttrCache], pc: usize, inst: &Instance) -> Option<&'a AttrCache> {
    lookup(attr, pc, &inst.class.borrow())
}

/// Whether `key` is the string `name` (interned names usually match by address).
#[inline(always)]
fn is_name(key: &Value, name: &Rc<PyStr>) -> bool {
    matches!(key, Value::Str(k) if Rc::ptr_eq(k, name) || k.as_str() == name.as_str())
}

/// `name`'s value in an instance dict, trying the remembered position first.
#[inline]
fn dict_get_hinted(d: &DictObj, name: &Rc<PyStr>, hint: &std::cell::Cell<u32>) -> Option<Value> {
    let t = d.table.borrow();
    if let Some(e) = t.entry_at(hint.get() as usize)
        && is_name(&e.key, name)
    {
        return Some(e.value.clone());
    }
    let ix = t.find_str(name)?;
    hint.set(ix as u32);
    Some(t.value_at(ix))
}

/// Stores `name` into an instance dict, overwriting at the remembered position when it holds
/// the name, and remembering where the name went otherwise.
#[inline]
fn dict_set_hinted(d: &DictObj, name: &Rc<PyStr>, hint: &std::cell::Cell<u32>, v: Value) {
    {
        let mut t = d.table.borrow_mut();
        let ix = hint.get() as usize;
        if t.entry_at(ix).is_some_and(|e| is_name(&e.key, name)) {
            t.set_value_at(ix, v);
            return;
        }
    }
    d.set_str_raw(name.clone(), v);
    let t = d.table.borrow();
    let last = t.entries_len().wrapping_sub(1);
    if t.entry_at(last).is_some_and(|e| is_name(&e.key, name)) {
        hint.set(last as u32);
    } else if let Some(ix) = t.find_str(name) {
        hint.set(ix as u32);
    }
}

/// The instance attribute `LOAD_ATTR` at `pc` finds without a lookup: the entry for the
/// instance's class is live and plain (no property getter), and the name sits in the instance
/// dict at the remembered position, or (no dict) in its slot. None means "ask the general
/// path", never "no such attribute".
#[inline(always)]
fn instance_attr_hit(code: &Code, pc: usize, inst: &Instance, name: &Rc<PyStr>) -> Option<Value> {
    let side = code.side.borrow();
    let Some(AttrCache::Inst {
        slot,
        dict_ix,
        getter: None,
        ..
    }) = lookup_inst(&side.attr, pc, inst)
    else {
        return None;
    };
    match &inst.dict {
        Some(d) => {
            let t = d.table.borrow();
            let e = t.entry_at(dict_ix.get() as usize)?;
            if !matches!(&e.key, Value::Str(k) if Rc::ptr_eq(k, name)) {
                return None;
            }
            Some(super::eval::clone_fast(&e.value))
        }
        None => {
            let slots = inst.slots.borrow();
            let v = slots.get((*slot)?)?;
            if v.is_undef() {
                return None;
            }
            Some(super::eval::clone_fast(v))
        }
    }
}

/// Adds `entry` (an `Inst` for a class the entry at `pc` has no live entry for) beside the
/// live entries for other classes, dropping stale ones and, past [`POLY_MAX`], the oldest.
fn store(code: &Code, pc: usize, entry: AttrCache) {
    let mut side = code.side.borrow_mut();
    if side.attr.len() <= pc {
        let n = code.rec.code_len.max(pc + 1);
        side.attr.resize(n, AttrCache::Empty);
    }
    let now = class_epoch();
    let live = |e: &AttrCache| match e {
        AttrCache::Inst { epoch, .. } | AttrCache::DictMethod { epoch, .. } => *epoch == now,
        _ => false,
    };
    let slot = &mut side.attr[pc];
    match slot {
        AttrCache::Poly(v) => {
            v.retain(live);
            if v.len() >= POLY_MAX {
                v.remove(0);
            }
            v.push(entry);
        }
        AttrCache::Inst { .. } | AttrCache::DictMethod { .. } if live(slot) => {
            let old = std::mem::take(slot);
            *slot = AttrCache::Poly(Box::new(vec![old, entry]));
        }
        _ => *slot = entry,
    }
}

fn cacheable(inst: &Instance, name: &PyStr) -> bool {
    matches!(inst.payload, Payload::None)
        && !inst.class().has_getattr.get()
        && !inst.class().is_builtin
        && !name.as_str().starts_with("__")
}

impl Vm {
    /// Works out the cache entry for `name` on instances of `cls` (None: not cacheable).
    fn fill(&mut self, inst: &Instance, name: &Rc<PyStr>) -> Option<AttrCache> {
        if !cacheable(inst, name) {
            return None;
        }
        let cls = inst.class();
        let class_attr = cls.lookup_rc(name);
        if let Some(Value::Property(p)) = &class_attr
            && let Value::Function(f) = &p.fget
        {
            return Some(AttrCache::Inst {
                class: cls,
                epoch: class_epoch(),
                slot: None,
                class_attr: None,
                plain_store: false,
                dict_ix: std::cell::Cell::new(u32::MAX),
                getter: Some(f.clone()),
            });
        }
        // Other properties and descriptors with behaviour on instances take the general path.
        if matches!(class_attr, Some(Value::Property(_) | Value::Instance(_))) {
            return None;
        }
        let plain_store = self.user_attr_hook(&cls, "__setattr__").is_none();
        let slot = cls
            .slot_layout
            .iter()
            .position(|s| s.as_str() == name.as_str());
        Some(AttrCache::Inst {
            class: cls,
            epoch: class_epoch(),
            slot,
            class_attr,
            plain_store,
            dict_ix: std::cell::Cell::new(u32::MAX),
            getter: None,
        })
    }

    /// `LOAD_ATTR` at `pc` of `code`. The common hit (an instance attribute at the position
    /// its dict or slots had last time) is inlined into the eval loop; everything else, and
    /// a hint that missed, goes to [`Vm::load_attr_general`], which re-checks from the start.
    #[inline(always)]
    pub fn load_attr_cached(
        &mut self,
        code: &Code,
        pc: usize,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult {
        if let Value::Instance(inst) = obj
            && let Some(v) = instance_attr_hit(code, pc, inst, name)
        {
            return Ok(v);
        }
        self.load_attr_general(code, pc, obj, name)
    }

    #[inline(never)]
    fn load_attr_general(
        &mut self,
        code: &Code,
        pc: usize,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult {
        let Value::Instance(inst) = obj else {
            return self.get_attr(obj, name);
        };
        // `obj.__class__` (dataclass comparisons read it twice): `object`'s data descriptor,
        // unless the class puts something of its own under the name or hooks lookups.
        if name.as_str() == "__class__" {
            let cls = inst.class();
            if !cls.has_getattr.get() && cls.lookup_rc(name).is_none() {
                return Ok(Value::Class(cls));
            }
        }
        for _ in 0..2 {
            let class_attr = {
                let side = code.side.borrow();
                match lookup_inst(&side.attr, pc, inst) {
                    Some(AttrCache::Inst {
                        slot,
                        class_attr,
                        dict_ix,
                        getter,
                        ..
                    }) => {
                        if let Some(f) = getter {
                            let f = f.clone();
                            drop(side);
                            return self.call_function(&f, std::slice::from_ref(obj), &[]);
                        }
                        if let Some(d) = &inst.dict
                            && let Some(v) = dict_get_hinted(d, name, dict_ix)
                        {
                            return Ok(v);
                        }
                        if let Some(ix) = *slot
                            && let Some(v) = inst.slots.borrow().get(ix)
                            && !v.is_undef()
                        {
                            return Ok(v.clone());
                        }
                        match class_attr {
                            Some(a) => a.clone(),
                            None => break,
                        }
                    }
                    _ => {
                        drop(side);
                        match self.fill(inst, name) {
                            Some(e) => store(code, pc, e),
                            None => break,
                        }
                        continue;
                    }
                }
            };
            let cls = inst.class();
            return self.bind_attr(class_attr, obj, &cls);
        }
        self.get_attr(obj, name)
    }

    /// `STORE_ATTR` at `pc` of `code`.
    pub fn store_attr_cached(
        &mut self,
        code: &Code,
        pc: usize,
        obj: &Value,
        name: &Rc<PyStr>,
        v: Value,
    ) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            return self.set_attr(obj, name, v);
        };
        for _ in 0..2 {
            let side = code.side.borrow();
            match lookup_inst(&side.attr, pc, inst) {
                Some(AttrCache::Inst {
                    slot,
                    plain_store,
                    dict_ix,
                    ..
                }) => {
                    if !*plain_store {
                        break;
                    }
                    if let Some(ix) = *slot {
                        let mut slots = inst.slots.borrow_mut();
                        if slots.len() <= ix {
                            slots.resize(ix + 1, Value::Undef);
                        }
                        let old = std::mem::replace(&mut slots[ix], v);
                        drop(slots);
                        drop(side);
                        drop(old);
                        return Ok(());
                    }
                    if let Some(d) = &inst.dict {
                        dict_set_hinted(d, name, dict_ix, v);
                        return Ok(());
                    }
                    break;
                }
                _ => {
                    drop(side);
                    match self.fill(inst, name) {
                        Some(e) => store(code, pc, e),
                        None => break,
                    }
                }
            }
        }
        self.set_attr(obj, name, v)
    }

    /// `plain_binop_method(a, b, op, inplace)` for the binary operator at `pc`, through the
    /// instruction's cache: the answer depends only on `a`'s class (and on `b` not being an
    /// instance of another class, checked on every use), so it is remembered per class.
    pub fn cached_binop_method(
        &mut self,
        code: &Code,
        pc: usize,
        a: &Rc<Instance>,
        b: &Value,
        op: crate::bytecode::BinOp,
        inplace: bool,
    ) -> Option<Rc<Function>> {
        if let Value::Instance(bi) = b
            && !Rc::ptr_eq(&bi.class.borrow(), &a.class.borrow())
        {
            return None;
        }
        {
            let side = code.side.borrow();
            if let Some(AttrCache::Inst {
                class_attr,
                slot: None,
                plain_store: false,
                ..
            }) = lookup_inst(&side.attr, pc, a)
            {
                return match class_attr {
                    Some(Value::Function(f)) => Some(f.clone()),
                    _ => None,
                };
            }
        }
        let found = self.plain_binop_method(a, b, op, inplace);
        store(
            code,
            pc,
            AttrCache::Inst {
                class: a.class(),
                epoch: class_epoch(),
                slot: None,
                class_attr: found.clone().map(Value::Function),
                plain_store: false,
                dict_ix: std::cell::Cell::new(0),
                getter: None,
            },
        );
        found
    }

    /// The plain method `LOAD_METHOD` at `pc` would push for `obj`, if the cache knows it.
    pub fn cached_method(
        &mut self,
        code: &Code,
        pc: usize,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> Option<Value> {
        let inst = match obj {
            Value::Instance(inst) => inst,
            Value::Module(_) | Value::Class(_) | Value::Super(_) => return None,
            other => return self.cached_builtin_method(code, pc, other, name),
        };
        for _ in 0..2 {
            let f = {
                let side = code.side.borrow();
                match lookup_inst(&side.attr, pc, inst) {
                    Some(AttrCache::Inst {
                        class_attr: Some(f @ Value::Function(_)),
                        slot: None,
                        ..
                    }) => f.clone(),
                    Some(_) => return None,
                    None => {
                        drop(side);
                        store(code, pc, self.fill(inst, name)?);
                        continue;
                    }
                }
            };
            if inst.dict.as_ref().is_some_and(|d| d.contains_str(name)) {
                return None;
            }
            return Some(f);
        }
        None
    }
}

impl Vm {
    /// For `obj[key]`, `obj[key] = v` and `key in obj` at `pc`: when `inst` is an instance of a
    /// dict subclass whose class keeps dict's own `method` (`__getitem__`, `__setitem__`,
    /// `__contains__`), the dict it carries, so the operation runs as on a plain dict without
    /// building a bound method (defaultdict, Counter). The class's answer is remembered per
    /// instruction, like attribute caches, and forgotten when any class namespace changes.
    #[inline]
    pub fn dict_subclass_own(
        &mut self,
        code: &Code,
        pc: usize,
        inst: &Instance,
        method: &'static str,
    ) -> Option<Rc<DictObj>> {
        let Payload::Builtin(inner) = &inst.payload else {
            return None;
        };
        let own = {
            let side = code.side.borrow();
            match lookup_inst(&side.attr, pc, inst) {
                Some(AttrCache::DictMethod { dict_own, .. }) => Some(*dict_own),
                _ => None,
            }
        };
        let own = match own {
            Some(own) => own,
            None => {
                let cls = inst.class();
                let key = self.intern_static(method);
                let own = matches!(
                    cls.lookup_rc(&key),
                    Some(Value::Builtin(b)) if b.owner == Some("dict") && b.receiver.is_undef()
                );
                store(
                    code,
                    pc,
                    AttrCache::DictMethod {
                        class: cls,
                        epoch: class_epoch(),
                        dict_own: own,
                    },
                );
                own
            }
        };
        if !own {
            return None;
        }
        match &*inner.borrow() {
            Value::Dict(d) => Some(d.clone()),
            _ => None,
        }
    }

    /// `LOAD_METHOD` on a value of a built-in type (`items.append`, `text.split`): the
    /// method its type defines, remembered per instruction.
    fn cached_builtin_method(
        &mut self,
        code: &Code,
        pc: usize,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> Option<Value> {
        {
            let cls = self.types.builtin_type_of(obj);
            let side = code.side.borrow();
            if let Some(AttrCache::Inst {
                class_attr: Some(m),
                ..
            }) = lookup(&side.attr, pc, cls)
            {
                return Some(m.clone());
            }
        }
        let cls = self.types.builtin_type_of(obj).clone();
        let a = cls.lookup_rc(name)?;
        let plain = match &a {
            Value::Function(_) => true,
            Value::Builtin(b) => b.receiver.is_undef() && b.owner.is_some(),
            _ => false,
        };
        if !plain {
            return None;
        }
        store(
            code,
            pc,
            AttrCache::Inst {
                class: cls,
                epoch: class_epoch(),
                slot: None,
                class_attr: Some(a.clone()),
                plain_store: false,
                dict_ix: std::cell::Cell::new(u32::MAX),
                getter: None,
            },
        );
        Some(a)
    }
}

/// What `LOAD_GLOBAL` found, valid while neither the globals nor the builtins dict has been
/// written since (their `writes` counters are unchanged). The entry holds the globals dict, so
/// its address cannot be reused by another dict while the entry exists.
#[derive(Clone)]
pub struct GlobalCache {
    globals: Rc<DictObj>,
    globals_writes: u64,
    builtins_writes: u64,
    value: Value,
}

impl Vm {
    /// `LOAD_GLOBAL` at `pc` of `code`, through the instruction's cache.
    #[inline(always)]
    pub fn load_global_cached(
        &mut self,
        code: &Code,
        pc: usize,
        globals: &Rc<DictObj>,
        name: &Rc<PyStr>,
    ) -> PyResult {
        {
            let side = code.side.borrow();
            if let Some(Some(e)) = side.globals.get(pc)
                && Rc::ptr_eq(&e.globals, globals)
                && e.globals_writes == globals.table.borrow().writes
                && e.builtins_writes == self.builtins.table.borrow().writes
            {
                return Ok(super::eval::clone_fast(&e.value));
            }
        }
        self.load_global_miss(code, pc, globals, name)
    }

    /// `LOAD_GLOBAL` without a valid cache entry: looks the name up and fills the entry.
    #[inline(never)]
    fn load_global_miss(
        &mut self,
        code: &Code,
        pc: usize,
        globals: &Rc<DictObj>,
        name: &Rc<PyStr>,
    ) -> PyResult {
        let gw = globals.table.borrow().writes;
        let bw = self.builtins.table.borrow().writes;
        let value = match globals.get_str(name) {
            Some(v) => v,
            None => match self.builtins.get_str(name) {
                Some(v) => v,
                None => return Err(self.name_error(name.as_str())),
            },
        };
        let mut side = code.side.borrow_mut();
        if side.globals.len() <= pc {
            let n = code.rec.code_len.max(pc + 1);
            side.globals.resize(n, None);
        }
        side.globals[pc] = Some(GlobalCache {
            globals: globals.clone(),
            globals_writes: gw,
            builtins_writes: bw,
            value: value.clone(),
        });
        Ok(value)
    }
}
