//! Dict and set operations that may run Python code (`__hash__`, `__eq__`).
//!
//! Writes to a namespace dict (module globals, class dicts) are routed to `readonly::write`.

use std::rc::Rc;

use super::Vm;
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::dict::FastFind;
use crate::objects::set::Probe;
use crate::objects::*;
use crate::readonly::{self, Cause, Target, Write};

impl Vm {
    /// Finds `key`'s entry index in a table, running `__eq__` where needed.
    pub fn table_find(
        &mut self,
        table: &std::cell::RefCell<DictTable>,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<usize>> {
        let fast = table.borrow().find_fast(key, hash);
        match fast {
            FastFind::Found(ix) => Ok(Some(ix)),
            FastFind::Absent => Ok(None),
            FastFind::NeedsEq => {
                let cands: Vec<(usize, Value)> = {
                    let t = table.borrow();
                    t.candidates(hash)
                        .map(|ix| (ix, t.entry(ix).key.clone()))
                        .collect()
                };
                for (ix, k) in cands {
                    if self.eq(&k, key)? {
                        return Ok(Some(ix));
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn dict_get(&mut self, d: &DictObj, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            // A plain str key settles it without Python code, unless an entry with the same
            // hash is a str subclass instance (its `__eq__` decides).
            let t = d.table.borrow();
            match t.find_fast(key, s.hash()) {
                FastFind::Found(ix) => return Ok(Some(t.value_at(ix))),
                FastFind::Absent => return Ok(None),
                FastFind::NeedsEq => {}
            }
        }
        let h = self.hash(key)?;
        Ok(self
            .table_find(&d.table, key, h)?
            .map(|ix| d.table.borrow().value_at(ix)))
    }

    /// `d[key]` for a key whose hash is already known (an entry of another dict): CPython's
    /// dict comparison looks keys up with their stored hashes, without calling `__hash__`.
    pub fn dict_get_hashed(
        &mut self,
        d: &DictObj,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        Ok(self
            .table_find(&d.table, key, hash)?
            .map(|ix| d.table.borrow().value_at(ix)))
    }

    /// `d[key] = value`: the one entry point for dict stores from Python code.
    pub fn dict_set(&mut self, d: &Rc<DictObj>, key: Value, value: Value) -> PyResult<()> {
        if d.is_namespace()
            && let Value::Str(name) = &key
        {
            readonly::write(self, Target::Dict(d), name, Write::Set(value), Cause::Code)?;
            return Ok(());
        }
        let h = self.hash(&key)?;
        match self.table_find(&d.table, &key, h)? {
            Some(ix) => d.table.borrow_mut().set_value_at(ix, value),
            None => d.table.borrow_mut().insert_new(h, key, value),
        }
        Ok(())
    }

    /// `del d[key]`: returns the removed value, or None when absent.
    pub fn dict_del(&mut self, d: &Rc<DictObj>, key: &Value) -> PyResult<Option<Value>> {
        if d.is_namespace()
            && let Value::Str(name) = key
        {
            let old = d.get_str(name);
            readonly::write(self, Target::Dict(d), name, Write::Delete, Cause::Code)?;
            return Ok(old);
        }
        let h = self.hash(key)?;
        match self.table_find(&d.table, key, h)? {
            Some(ix) => Ok(Some(d.table.borrow_mut().remove_at(ix).1)),
            None => Ok(None),
        }
    }

    /// Key/value pairs of any mapping (dict, or an object with keys() and __getitem__).
    pub fn dict_items_of(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        // A dict subclass that keeps dict's own __iter__ is read as a dict (CPython's
        // dict_merge), without its keys() or __getitem__.
        if let Value::Instance(inst) = m
            && let Payload::Builtin(b) = &inst.payload
        {
            let inner = b.borrow().clone();
            if let Value::Dict(_) = inner {
                let key = self.intern_static("__iter__");
                let own_iter = inst
                    .class()
                    .mro
                    .borrow()
                    .iter()
                    .find(|c| c.dict.get_str(&key).is_some())
                    .is_some_and(|c| !c.is_builtin);
                if !own_iter {
                    return self.dict_items_of(&inner);
                }
            }
        }
        match m {
            Value::Dict(d) => Ok(d
                .table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect()),
            _ => {
                let keys_fn = self.get_attr_str(m, "keys")?;
                let keys = self.call(&keys_fn, &[], &[])?;
                let keys = self.iterate(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.get_item(m, &k)?;
                    out.push((k, v));
                }
                Ok(out)
            }
        }
    }

    // ---- sets ----------------------------------------------------------------------------

    /// Finds `item` in a set: its slot, running `__eq__` where the table cannot decide.
    fn set_find(&mut self, s: &SetObj, item: &Value, hash: i64) -> PyResult<Option<usize>> {
        let probe = s.table.borrow().probe(item, hash);
        match probe {
            Probe::Found(at) => Ok(Some(at)),
            Probe::Absent => Ok(None),
            Probe::Undecided(cands) => {
                for (at, k) in cands {
                    if self.eq(&k, item)? {
                        return Ok(Some(at));
                    }
                }
                Ok(None)
            }
        }
    }

    /// The hash of a set element; a set is looked up as the equal frozenset.
    fn element_hash(&mut self, item: &Value) -> PyResult<(Value, i64)> {
        match self.hash(item) {
            Ok(h) => Ok((item.clone(), h)),
            Err(e) => {
                if let Value::Set(inner) = item {
                    let fs = Value::FrozenSet(Rc::new(SetObj::copy_of(inner)));
                    let h = self.hash(&fs)?;
                    return Ok((fs, h));
                }
                Err(e)
            }
        }
    }

    pub fn set_contains(&mut self, s: &SetObj, item: &Value) -> PyResult<bool> {
        let (key, h) = self.element_hash(item)?;
        Ok(self.set_find(s, &key, h)?.is_some())
    }

    fn set_add_hashed(&mut self, s: &SetObj, item: Value, h: i64) -> PyResult<()> {
        // One probe when no Python `__eq__` is involved.
        let item = match s.table.borrow_mut().add_plain(item, h) {
            Ok(_) => return Ok(()),
            Err(item) => item,
        };
        if self.set_find(s, &item, h)?.is_none() {
            s.table.borrow_mut().insert_absent(item, h);
        }
        Ok(())
    }

    pub fn set_add(&mut self, s: &SetObj, item: Value) -> PyResult<()> {
        let h = self.hash(&item)?;
        self.set_add_hashed(s, item, h)
    }

    pub fn set_discard(&mut self, s: &SetObj, item: &Value) -> PyResult<bool> {
        let (key, h) = self.element_hash(item)?;
        match self.set_find(s, &key, h)? {
            Some(at) => Ok(s.table.borrow_mut().remove_at(at).is_some()),
            None => Ok(false),
        }
    }

    pub fn make_set(&mut self, items: &[Value]) -> PyResult<Rc<SetObj>> {
        let s = Rc::new(SetObj::new());
        for it in items {
            self.set_add(&s, it.clone())?;
        }
        Ok(s)
    }

    /// `set(iterable)` / `s.update(iterable)`: sets merge table to table, as CPython does.
    pub fn set_update(&mut self, s: &SetObj, other: &Value) -> PyResult<()> {
        match other {
            Value::Set(o) | Value::FrozenSet(o) => {
                if std::ptr::eq(Rc::as_ptr(o), s) || o.table.borrow().is_empty() {
                    // Nothing to add, and no presizing either (CPython's `set_merge`).
                    return Ok(());
                }
                if s.table.borrow().is_empty() {
                    let src = o.table.borrow().clone();
                    s.table.borrow_mut().merge_from(&src);
                } else {
                    // Table to table while no key needs Python code to compare; the rest
                    // (whose `__eq__` may change either set) from a snapshot.
                    let entries = {
                        let src = o.table.borrow();
                        let mut dst = s.table.borrow_mut();
                        dst.presize_for_merge(src.len());
                        match dst.merge_plain(&src) {
                            None => return Ok(()),
                            Some(from) => src.entries_from(from),
                        }
                    };
                    for (k, h) in entries {
                        self.set_add_hashed(s, k, h)?;
                    }
                }
                Ok(())
            }
            Value::Dict(d) => {
                let entries: Vec<(Value, i64)> = d
                    .table
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.hash))
                    .collect();
                s.table.borrow_mut().presize_for_merge(entries.len());
                for (k, h) in entries {
                    self.set_add_hashed(s, k, h)?;
                }
                Ok(())
            }
            other => {
                let it = self.get_iter(other)?;
                while let Some(x) = self.next(&it)? {
                    self.set_add(s, x)?;
                }
                Ok(())
            }
        }
    }

    fn set_entries(v: &Value) -> Vec<(Value, i64)> {
        match v {
            Value::Set(s) | Value::FrozenSet(s) => s.table.borrow().entries(),
            _ => vec![],
        }
    }

    /// A set of what a value iterates over, built as `set(v)` builds it (a keys view from
    /// its dict, so with the dict's stored hashes).
    fn set_of_iterable(&mut self, v: &Value) -> PyResult<Rc<SetObj>> {
        let s = Rc::new(SetObj::new());
        match v {
            Value::DictView(dv) if dv.kind == ViewKind::Keys => {
                self.set_update(&s, &Value::Dict(dv.dict.clone()))?
            }
            other => self.set_update(&s, other)?,
        }
        Ok(s)
    }

    /// `|`, `&`, `-`, `^` with a dict_keys or dict_items view on either side, in CPython's
    /// steps (a set of the left operand updated by the right one), so the result iterates
    /// in CPython's order.
    pub fn dictview_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        let out = match op {
            BinOp::Or => {
                let r = self.set_of_iterable(a)?;
                self.set_update(&r, b)?;
                r
            }
            BinOp::Sub => {
                let r = self.set_of_iterable(a)?;
                for item in self.iterate(b)? {
                    self.set_discard(&r, &item)?;
                }
                r.table.borrow_mut().shrink_dummies();
                r
            }
            BinOp::Xor => {
                let r = self.set_of_iterable(a)?;
                let other = match b {
                    Value::Set(o) | Value::FrozenSet(o) => o.clone(),
                    _ => {
                        let o = Rc::new(SetObj::new());
                        self.set_update(&o, b)?;
                        o
                    }
                };
                for (k, h) in other.table.borrow().entries() {
                    match self.set_find(&r, &k, h)? {
                        Some(at) => {
                            r.table.borrow_mut().remove_at(at);
                        }
                        None => self.set_add_hashed(&r, k, h)?,
                    }
                }
                r
            }
            BinOp::And => {
                // The view is `this`; a larger plain set is intersected with it instead.
                let (mut this, mut other) = if matches!(a, Value::DictView(_)) {
                    (a, b)
                } else {
                    (b, a)
                };
                let view_len = |v: &Value| match v {
                    Value::DictView(dv) => dv.dict.len(),
                    _ => 0,
                };
                // Of two views, the larger answers membership while the smaller is iterated.
                if matches!(other, Value::DictView(_)) && view_len(other) > view_len(this) {
                    std::mem::swap(&mut this, &mut other);
                }
                let this_len = view_len(this);
                let r = Rc::new(SetObj::new());
                match other {
                    Value::Set(o) if this_len <= o.table.borrow().len() => {
                        for item in self.iterate(this)? {
                            if self.set_contains(o, &item)? {
                                self.set_add(&r, item)?;
                            }
                        }
                    }
                    _ => {
                        for item in self.iterate(other)? {
                            if self.contains(this, &item)? {
                                self.set_add(&r, item)?;
                            }
                        }
                    }
                }
                r
            }
            _ => return Ok(Value::NotImplemented),
        };
        Ok(Value::Set(out))
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` with CPython's algorithms (so the result iterates in
    /// CPython's order).
    pub fn set_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        let (Value::Set(sa) | Value::FrozenSet(sa)) = a else {
            return Ok(Value::NotImplemented);
        };
        let (Value::Set(sb) | Value::FrozenSet(sb)) = b else {
            return Ok(Value::NotImplemented);
        };
        if Rc::ptr_eq(sa, sb) && matches!(op, BinOp::Or | BinOp::And) {
            // CPython returns a copy here without merging (a merge would presize the table).
            return Ok(wrap_set_result(a, SetObj::copy_of(sa)));
        }
        let out = match op {
            BinOp::Or => {
                let r = SetObj::copy_of(sa);
                self.set_update(&r, b)?;
                r
            }
            BinOp::And => {
                let (big, small) = if sb.table.borrow().len() > sa.table.borrow().len() {
                    (sb, a)
                } else {
                    (sa, b)
                };
                let small_set = if Rc::ptr_eq(big, sa) { sb } else { sa };
                if let Some(r) = set_filter_plain(small_set, big, true) {
                    return Ok(wrap_set_result(a, r));
                }
                let r = SetObj::new();
                for (k, h) in Self::set_entries(small) {
                    if self.set_find(big, &k, h)?.is_some() {
                        self.set_add_hashed(&r, k, h)?;
                    }
                }
                r
            }
            BinOp::Sub => {
                if sa.table.borrow().len() >> 2 > sb.table.borrow().len() {
                    let r = SetObj::copy_of(sa);
                    for (k, h) in Self::set_entries(b) {
                        if let Some(at) = self.set_find(&r, &k, h)? {
                            r.table.borrow_mut().remove_at(at);
                        }
                    }
                    r.table.borrow_mut().shrink_dummies();
                    r
                } else {
                    if let Some(r) = set_filter_plain(sa, sb, false) {
                        return Ok(wrap_set_result(a, r));
                    }
                    let r = SetObj::new();
                    for (k, h) in Self::set_entries(a) {
                        if self.set_find(sb, &k, h)?.is_none() {
                            self.set_add_hashed(&r, k, h)?;
                        }
                    }
                    r
                }
            }
            BinOp::Xor => {
                let r = SetObj::copy_of(sb);
                for (k, h) in Self::set_entries(a) {
                    match self.set_find(&r, &k, h)? {
                        Some(at) => {
                            r.table.borrow_mut().remove_at(at);
                        }
                        None => self.set_add_hashed(&r, k, h)?,
                    }
                }
                r
            }
            _ => return Ok(Value::NotImplemented),
        };
        Ok(wrap_set_result(a, out))
    }

    /// `a |= b` and friends: mutate `a` in place.
    pub fn set_inplace(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        let Value::Set(target) = a else {
            return self.set_binop(a, b, op);
        };
        if let Value::Set(other) | Value::FrozenSet(other) = b
            && Rc::ptr_eq(target, other)
            && matches!(op, BinOp::Sub | BinOp::Xor)
        {
            // `s -= s` and `s ^= s` empty it into a fresh table, as CPython's clear does.
            target.table.borrow_mut().clear();
            return Ok(a.clone());
        }
        match op {
            BinOp::Or => self.set_update(target, b)?,
            BinOp::Sub => {
                for (k, h) in Self::set_entries(b) {
                    if let Some(at) = self.set_find(target, &k, h)? {
                        target.table.borrow_mut().remove_at(at);
                    }
                }
                target.table.borrow_mut().shrink_dummies();
            }
            BinOp::Xor => {
                for (k, h) in Self::set_entries(b) {
                    match self.set_find(target, &k, h)? {
                        Some(at) => {
                            target.table.borrow_mut().remove_at(at);
                        }
                        None => self.set_add_hashed(target, k, h)?,
                    }
                }
            }
            _ => {
                let r = self.set_binop(a, b, op)?;
                if let Value::Set(src) = &r {
                    let t = src.table.borrow().clone();
                    *target.table.borrow_mut() = t;
                }
            }
        }
        Ok(a.clone())
    }

    pub fn set_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        let (Value::Set(sa) | Value::FrozenSet(sa)) = a else {
            return Ok(Value::NotImplemented);
        };
        let (Value::Set(sb) | Value::FrozenSet(sb)) = b else {
            return Ok(Value::NotImplemented);
        };
        let (la, lb) = (sa.table.borrow().len(), sb.table.borrow().len());
        let a_in_b = |vm: &mut Vm| -> PyResult<bool> {
            for (x, _) in Self::set_entries(a) {
                if !vm.set_contains(sb, &x)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        let b_in_a = |vm: &mut Vm| -> PyResult<bool> {
            for (x, _) in Self::set_entries(b) {
                if !vm.set_contains(sa, &x)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        let r = match op {
            CmpOp::Eq => la == lb && a_in_b(self)?,
            CmpOp::Ne => !(la == lb && a_in_b(self)?),
            CmpOp::Le => la <= lb && a_in_b(self)?,
            CmpOp::Lt => la < lb && a_in_b(self)?,
            CmpOp::Ge => la >= lb && b_in_a(self)?,
            CmpOp::Gt => la > lb && b_in_a(self)?,
        };
        Ok(Value::from_bool(r))
    }
}

/// A set operation's result, of the left operand's type (set or frozenset).
fn wrap_set_result(left: &Value, out: SetObj) -> Value {
    let out = Rc::new(out);
    if matches!(left, Value::FrozenSet(_)) {
        Value::FrozenSet(out)
    } else {
        Value::Set(out)
    }
}

/// The keys of `from` that are in `other` (`keep_found`) or are not, in `from`'s order, as
/// a new set, when every membership test is decided without Python code; `None` as soon as
/// one would need `__eq__` (nothing has run then, so the caller can start over).
fn set_filter_plain(from: &SetObj, other: &SetObj, keep_found: bool) -> Option<SetObj> {
    let src = from.table.borrow();
    let other = other.table.borrow();
    let mut out = set::SetTable::new();
    let mut pos = 0;
    while let Some((key, next)) = src.next_from(pos) {
        let hash = src.hash_at(next - 1)?;
        pos = next;
        let found = match other.probe(key, hash) {
            Probe::Found(_) => true,
            Probe::Absent => false,
            Probe::Undecided(_) => return None,
        };
        if found == keep_found {
            // `from`'s keys are distinct, so none is in `out` yet.
            out.insert_absent(key.clone(), hash);
        }
    }
    Some(SetObj {
        table: std::cell::RefCell::new(out),
    })
}
