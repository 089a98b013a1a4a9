//! Dict and set operations that may run Python code (`__hash__`, `__eq__`).
//!
//! Writes to a namespace dict (module globals, class dicts) are routed to `readonly::write`.

use std::rc::Rc;

use super::Vm;
use crate::bytecode::{BinOp, CmpOp};
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
            Ok(r) => Ok(r),
            Err(()) => {
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
            return Ok(d.get_str(s));
        }
        let h = self.hash(key)?;
        Ok(self
            .table_find(&d.table, key, h)?
            .map(|ix| d.table.borrow().value_at(ix)))
    }

    /// `d[key] = value`: the one entry point for dict stores from Python code.
    pub fn dict_set(&mut self, d: &Rc<DictObj>, key: Value, value: Value) -> PyResult<()> {
        if d.is_namespace() {
            if let Value::Str(name) = &key {
                readonly::write(self, Target::Dict(d), name, Write::Set(value), Cause::Code)?;
                return Ok(());
            }
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
        if d.is_namespace() {
            if let Value::Str(name) = key {
                let old = d.get_str(name);
                readonly::write(self, Target::Dict(d), name, Write::Delete, Cause::Code)?;
                return Ok(old);
            }
        }
        let h = self.hash(key)?;
        match self.table_find(&d.table, key, h)? {
            Some(ix) => Ok(Some(d.table.borrow_mut().remove_at(ix).1)),
            None => Ok(None),
        }
    }

    /// Key/value pairs of any mapping (dict, or an object with keys() and __getitem__).
    pub fn dict_items_of(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
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

    pub fn set_contains(&mut self, s: &SetObj, item: &Value) -> PyResult<bool> {
        let h = match self.hash(item) {
            Ok(h) => h,
            Err(e) => {
                // `{1} in set_of_frozensets` style lookups: a set is looked up as a frozenset.
                if let Value::Set(inner) = item {
                    let fs = Value::FrozenSet(Rc::new(SetObj {
                        table: std::cell::RefCell::new(inner.table.borrow().clone()),
                    }));
                    let h = self.hash(&fs)?;
                    return Ok(self.table_find(&s.table, &fs, h)?.is_some());
                }
                return Err(e);
            }
        };
        Ok(self.table_find(&s.table, item, h)?.is_some())
    }

    pub fn set_add(&mut self, s: &SetObj, item: Value) -> PyResult<()> {
        let h = self.hash(&item)?;
        if self.table_find(&s.table, &item, h)?.is_none() {
            s.table.borrow_mut().insert_new(h, item, Value::None);
        }
        Ok(())
    }

    pub fn set_discard(&mut self, s: &SetObj, item: &Value) -> PyResult<bool> {
        let h = self.hash(item)?;
        match self.table_find(&s.table, item, h)? {
            Some(ix) => {
                s.table.borrow_mut().remove_at(ix);
                Ok(true)
            }
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

    fn set_items(v: &Value) -> Vec<Value> {
        match v {
            Value::Set(s) | Value::FrozenSet(s) => s.table.borrow().keys(),
            _ => vec![],
        }
    }

    pub fn set_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        let (Value::Set(sa) | Value::FrozenSet(sa)) = a else {
            return Ok(Value::NotImplemented);
        };
        let (Value::Set(sb) | Value::FrozenSet(sb)) = b else {
            return Ok(Value::NotImplemented);
        };
        let out = Rc::new(SetObj::new());
        match op {
            BinOp::Or => {
                for x in Self::set_items(a).into_iter().chain(Self::set_items(b)) {
                    self.set_add(&out, x)?;
                }
            }
            BinOp::And => {
                for x in Self::set_items(a) {
                    if self.set_contains(sb, &x)? {
                        self.set_add(&out, x)?;
                    }
                }
            }
            BinOp::Sub => {
                for x in Self::set_items(a) {
                    if !self.set_contains(sb, &x)? {
                        self.set_add(&out, x)?;
                    }
                }
            }
            BinOp::Xor => {
                for x in Self::set_items(a) {
                    if !self.set_contains(sb, &x)? {
                        self.set_add(&out, x)?;
                    }
                }
                for x in Self::set_items(b) {
                    if !self.set_contains(sa, &x)? {
                        self.set_add(&out, x)?;
                    }
                }
            }
            _ => return Ok(Value::NotImplemented),
        }
        Ok(if matches!(a, Value::FrozenSet(_)) {
            Value::FrozenSet(out)
        } else {
            Value::Set(out)
        })
    }

    pub fn set_inplace(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        let r = self.set_binop(a, b, op)?;
        if let (Value::Set(target), Value::Set(src)) = (a, &r) {
            let t = src.table.borrow().clone();
            *target.table.borrow_mut() = t;
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
            for x in Self::set_items(a) {
                if !vm.set_contains(sb, &x)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        let b_in_a = |vm: &mut Vm| -> PyResult<bool> {
            for x in Self::set_items(b) {
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
        Ok(Value::Bool(r))
    }
}
