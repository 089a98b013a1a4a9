//! Frozen namespaces: the immutable [`FrozenTable`] taken when a namespace freezes, and the
//! [`Overlay`] that holds every write the policy allowed afterwards.
//!
//! A frozen namespace is a different type from a building one: a building namespace is just
//! its dict (the owner is `NsOwner::Module/Class/Function`), a frozen one is a [`FrozenNs`]
//! whose only mutable part is the overlay, and the overlay can only be written with a
//! [`Grant`], which only the choke point's decision code makes.
//!
//! Reads stay on the namespace's dict: it is the materialised view `table + overlay`, kept
//! in step by [`FrozenNs::apply`] (the only writer of a frozen namespace's dict). The table
//! itself is taken at the first allowed write: until then the dict, which nothing but the
//! choke point writes, holds exactly the frozen bindings, so a namespace that is never
//! written (every built-in class and module) costs no copy. So global,
//! builtin and attribute lookups cost exactly what they cost before freezing. This module
//! never runs Python code and never decides anything.

use std::rc::{Rc, Weak};

use crate::objects::dict::DictTable;
use crate::objects::{Class, DictObj, Function, Module, PyStr, Value};

/// The bindings of a namespace at the moment it froze. Read-only by construction: it exposes
/// no mutator.
#[derive(Clone)]
pub struct FrozenTable(DictTable);

impl FrozenTable {
    /// Snapshot of `dict`'s current bindings.
    pub fn snapshot(dict: &DictObj) -> FrozenTable {
        FrozenTable(dict.table.borrow().clone())
    }

    pub fn get(&self, name: &PyStr) -> Option<Value> {
        self.0.find_str(name).map(|ix| self.0.value_at(ix))
    }

    pub fn contains(&self, name: &PyStr) -> bool {
        self.0.find_str(name).is_some()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// One overlay entry: what an allowed write left behind.
#[derive(Clone)]
pub enum Slot {
    Bound(Value),
    /// Deleted after freezing: hides the frozen binding.
    Unbound,
}

/// The allowed writes to a frozen namespace, newest value per name, in first-write order.
#[derive(Clone, Default)]
pub struct Overlay {
    slots: Vec<(Rc<PyStr>, Slot)>,
}

impl Overlay {
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn get(&self, name: &PyStr) -> Option<&Slot> {
        self.slots
            .iter()
            .find(|(k, _)| k.as_str() == name.as_str())
            .map(|(_, s)| s)
    }

    /// Names the overlay touches, in first-write order.
    pub fn names(&self) -> impl Iterator<Item = &Rc<PyStr>> {
        self.slots.iter().map(|(k, _)| k)
    }

    fn put(&mut self, name: &Rc<PyStr>, slot: Slot) {
        match self
            .slots
            .iter_mut()
            .find(|(k, _)| k.as_str() == name.as_str())
        {
            Some((_, s)) => *s = slot,
            None => self.slots.push((name.clone(), slot)),
        }
    }
}

/// Proof that the policy let a write through. Only the choke point makes one.
pub struct Grant(());

impl Grant {
    pub(crate) fn issue() -> Grant {
        Grant(())
    }
}

/// What kind of namespace froze.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NsKind {
    Module,
    Class,
    Function,
}

impl NsKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NsKind::Module => "module",
            NsKind::Class => "class",
            NsKind::Function => "function",
        }
    }
}

/// The object whose namespace this is, to flip its `__modified__` flag.
#[derive(Clone)]
pub enum NsObject {
    Module(Weak<Module>),
    Class(Weak<Class>),
    Function(Weak<Function>),
    None,
}

impl NsObject {
    pub fn mark_modified(&self) {
        match self {
            NsObject::Module(m) => m.upgrade().map(|m| m.modified.set(true)),
            NsObject::Class(c) => c.upgrade().map(|c| c.modified.set(true)),
            NsObject::Function(f) => f.upgrade().map(|f| f.modified.set(true)),
            NsObject::None => None,
        };
    }
}

/// `module.Qualname` of a class from its `__module__` binding (`builtins` for a built-in class
/// without one).
pub fn defined_class_path(c: &Class) -> String {
    let module = match c.dict.get_name("__module__") {
        Some(Value::Str(m)) => m.as_str().to_string(),
        _ if c.is_builtin => "builtins".to_string(),
        _ => "__main__".to_string(),
    };
    format!("{module}.{}", c.qualname.borrow().as_str())
}

/// A frozen namespace: the table it froze with plus its overlay.
#[derive(Clone)]
pub struct FrozenNs {
    pub kind: NsKind,
    /// Dotted path: `m` for a module, `m.Qualname` for a class or function; a class's is
    /// worked out when first asked for (start-up freezes ~180 built-in classes that are
    /// never written).
    path: std::cell::OnceCell<String>,
    pub object: NsObject,
    /// The bindings at freezing time; None until the first allowed write (see the module
    /// comment): the namespace's dict still holds them then.
    table: Option<FrozenTable>,
    overlay: Overlay,
    /// The policy's decisions on writes to this namespace so far (see [`CachedDecision`]).
    decisions: std::cell::RefCell<Vec<CachedDecision>>,
}

/// A policy decision on one kind of write to one name of a frozen namespace. A decision
/// depends only on the target's path, the operation and the cause, all fixed for a name of
/// this namespace: a module's own `global` counter asks the policy once, not on every
/// store (matching the rules' patterns cost ~7,000 instructions a write).
#[derive(Clone)]
pub struct CachedDecision {
    /// Kept alive so its address, compared first, cannot be reused by another name.
    name: Rc<PyStr>,
    op: crate::readonly::OpKind,
    cause: crate::readonly::Cause,
    generation: u64,
    pub decision: crate::policy::PolicyDecision,
}

impl FrozenNs {
    /// A namespace freezing now: `dict` holds its bindings, and from now on only
    /// [`FrozenNs::apply`] may change them.
    /// `path` may be None for a class: it is then derived from the class when needed.
    pub fn new(kind: NsKind, path: Option<String>, object: NsObject) -> FrozenNs {
        let cell = std::cell::OnceCell::new();
        if let Some(p) = path {
            let _ = cell.set(p);
        }
        FrozenNs {
            kind,
            path: cell,
            object,
            table: None,
            overlay: Overlay::default(),
            decisions: Default::default(),
        }
    }

    /// The decision cached for this write, if the policy of `generation` made one.
    pub fn cached_decision(
        &self,
        name: &PyStr,
        op: crate::readonly::OpKind,
        cause: crate::readonly::Cause,
        generation: u64,
    ) -> Option<crate::policy::PolicyDecision> {
        self.decisions
            .borrow()
            .iter()
            .find(|d| {
                d.op == op
                    && d.cause == cause
                    && d.generation == generation
                    && (std::ptr::eq(&*d.name, name) || d.name.as_str() == name.as_str())
            })
            .map(|d| d.decision.clone())
    }

    /// Remembers `decision` for this write (a namespace keeps at most a few dozen: writes to
    /// more distinct names are decided afresh).
    pub fn cache_decision(
        &self,
        name: &Rc<PyStr>,
        op: crate::readonly::OpKind,
        cause: crate::readonly::Cause,
        generation: u64,
        decision: &crate::policy::PolicyDecision,
    ) {
        let mut all = self.decisions.borrow_mut();
        all.retain(|d| d.generation == generation);
        if all.len() < 64 {
            all.push(CachedDecision {
                name: name.clone(),
                op,
                cause,
                generation,
                decision: decision.clone(),
            });
        }
    }

    /// The namespace's dotted path (`m`, `m.Qualname`, `m.func`).
    pub fn path(&self) -> &str {
        self.path.get_or_init(|| match &self.object {
            NsObject::Class(c) => c
                .upgrade()
                .map(|c| defined_class_path(&c))
                .unwrap_or_default(),
            NsObject::Module(m) => m
                .upgrade()
                .map(|m| m.name.as_str().to_string())
                .unwrap_or_default(),
            NsObject::Function(_) | NsObject::None => String::new(),
        })
    }

    /// The binding of `name` in the namespace whose dict is `dict`: the overlay first, then
    /// the frozen table.
    pub fn get(&self, dict: &DictObj, name: &PyStr) -> Option<Value> {
        match self.overlay.get(name) {
            Some(Slot::Bound(v)) => Some(v.clone()),
            Some(Slot::Unbound) => None,
            None => self.frozen_get(dict, name),
        }
    }

    pub fn contains(&self, dict: &DictObj, name: &PyStr) -> bool {
        match self.overlay.get(name) {
            Some(Slot::Bound(_)) => true,
            Some(Slot::Unbound) => false,
            None => self.frozen_get(dict, name).is_some(),
        }
    }

    /// The binding `name` had when the namespace froze.
    pub fn frozen_get(&self, dict: &DictObj, name: &PyStr) -> Option<Value> {
        match &self.table {
            Some(t) => t.get(name),
            None => dict.get_str(name),
        }
    }

    /// How many bindings the namespace froze with.
    pub fn frozen_len(&self, dict: &DictObj) -> usize {
        match &self.table {
            Some(t) => t.len(),
            None => dict.table.borrow().len(),
        }
    }

    pub fn overlay(&self) -> &Overlay {
        &self.overlay
    }

    /// Records an allowed write in the overlay. Returns false when a delete found no binding
    /// (nothing is recorded then). The caller mirrors the write into the namespace's dict.
    pub fn apply(
        &mut self,
        _grant: Grant,
        dict: &DictObj,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> bool {
        if self.table.is_none() {
            // The first write: `dict` still holds the frozen bindings (the caller mirrors the
            // write only after this), so they are kept now.
            self.table = Some(FrozenTable::snapshot(dict));
        }
        match value {
            Some(v) => {
                self.overlay.put(name, Slot::Bound(v));
                true
            }
            None => {
                if !self.contains(dict, name) {
                    return false;
                }
                self.overlay.put(name, Slot::Unbound);
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;

    const NAMES: [&str; 5] = ["a", "b", "c", "d", "e"];

    #[derive(Clone, Debug)]
    enum Step {
        Set(usize, i64),
        Delete(usize),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (0..NAMES.len(), any::<i64>()).prop_map(|(n, v)| Step::Set(n, v)),
            (0..NAMES.len()).prop_map(Step::Delete),
        ]
    }

    fn int(v: &Option<Value>) -> Option<i64> {
        match v {
            Some(Value::Int(i)) => Some(*i),
            None => None,
            Some(_) => panic!("only ints are stored"),
        }
    }

    proptest! {
        /// A frozen table plus its overlay behaves like a map under any sequence of allowed
        /// writes, the namespace dict (the read path) always shows the same bindings, and the
        /// frozen table never changes.
        #[test]
        fn frozen_table_plus_overlay_is_a_map(
            initial in proptest::collection::btree_map(0..NAMES.len(), any::<i64>(), 0..5),
            steps in proptest::collection::vec(step(), 0..40),
        ) {
            let names: Vec<Rc<PyStr>> = NAMES.iter().map(|n| Rc::new(PyStr::new(n))).collect();
            let dict = DictObj::new();
            let mut model: BTreeMap<usize, i64> = BTreeMap::new();
            for (&k, &v) in &initial {
                dict.set_str_raw(names[k].clone(), Value::Int(v));
                model.insert(k, v);
            }
            let frozen_at_start = model.clone();
            let mut ns = FrozenNs::new(NsKind::Module, Some("m".into()), NsObject::None);
            for s in steps {
                match s {
                    Step::Set(k, v) => {
                        prop_assert!(ns.apply(Grant::issue(), &dict, &names[k], Some(Value::Int(v))));
                        dict.set_str_raw(names[k].clone(), Value::Int(v));
                        model.insert(k, v);
                    }
                    Step::Delete(k) => {
                        let existed = model.remove(&k).is_some();
                        prop_assert_eq!(ns.apply(Grant::issue(), &dict, &names[k], None), existed);
                        prop_assert_eq!(dict.del_str_raw(&names[k]).is_some(), existed);
                    }
                }
                for (k, name) in names.iter().enumerate() {
                    let want = model.get(&k).copied();
                    prop_assert_eq!(int(&ns.get(&dict, name)), want);
                    prop_assert_eq!(ns.contains(&dict, name), want.is_some());
                    prop_assert_eq!(int(&dict.get_str(name)), want);
                    prop_assert_eq!(
                        int(&ns.frozen_get(&dict, name)),
                        frozen_at_start.get(&k).copied()
                    );
                }
            }
            prop_assert_eq!(ns.frozen_len(&dict), frozen_at_start.len());
        }
    }
}
