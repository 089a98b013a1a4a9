//! The insertion-ordered hash table behind dicts, namespaces and sets.
//!
//! The table stores hashes and compares keys with [`fast_eq`] where that decides; keys whose
//! equality needs Python code (`__eq__` on instances) are compared by the VM, which asks for
//! candidate entries with [`DictTable::candidates`]. The table itself never calls Python.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{PyStr, Value};

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The outcome of [`DictTable::find_fast`].
pub enum FastFind {
    Found(usize),
    Absent,
    /// A candidate's equality needs `__eq__`: the VM must decide.
    NeedsEq,
}

#[derive(Clone, Default)]
pub struct DictTable {
    entries: Vec<Entry>,
    index: Vec<u32>,
    live: usize,
    /// No live entry sits before this position (removing from the front stays O(1)).
    head: usize,
    /// Bumped whenever a key is added, removed or moved (not by `clear`), so iterators notice
    /// mutation.
    pub version: u64,
    /// Bumped on every change at all (values too): global-lookup caches compare it.
    pub writes: u64,
    /// A 64-bit Bloom filter (two bits per key, from two 6-bit fields of the hash) of every
    /// key inserted since the last `clear`: a lookup missing either bit misses without
    /// probing (an instance dict asked whether it shadows a method name, a global looked up
    /// before the builtins). Two bits keep false hits rare in small dicts: about 0.8% with
    /// three keys, against 4.6% with one bit.
    hash_bits: u64,
}

/// A hash's two bits in `DictTable::hash_bits`.
#[inline(always)]
fn hash_bit(hash: i64) -> u64 {
    let h = hash as u64;
    (1 << (h & 63)) | (1 << ((h >> 6) & 63))
}

/// Equality that needs no Python code: `Some(answer)`, or `None` when `__eq__` must run.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Str(x), Str(y)) => Some(x.as_str() == y.as_str()),
        (Int(x), Int(y)) => Some(x == y),
        (Int(x), Float(y)) | (Float(y), Int(x)) => {
            let y = y.get();
            // `y as i64` saturates: 2.0**63 must not equal 2**63 - 1.
            Some((*x as f64) == y && y < (1u64 << 63) as f64 && (y as i64) == *x)
        }
        (Float(x), Float(y)) => Some(x == y),
        (Bool(x), Bool(y)) => Some(x == y),
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => Some(x.get() as i64 == *y),
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => Some(x.get() as i64 as f64 == y.get()),
        (BigInt(x), BigInt(y)) => Some(x == y),
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => Some(false),
        (Bytes(x), Bytes(y)) => Some(x.data == y.data),
        (PermaBytes(x), Bytes(y)) | (Bytes(y), PermaBytes(x)) => {
            Some(x.code_bytes() == y.data.as_slice())
        }
        (PermaBytes(x), PermaBytes(y)) => Some(x.code_bytes() == y.code_bytes()),
        (Tuple(x), Tuple(y)) => {
            if x.0.len() != y.0.len() {
                return Some(false);
            }
            for (p, q) in x.0.iter().zip(y.0.iter()) {
                match fast_eq(p, q)? {
                    true => {}
                    false => return Some(false),
                }
            }
            Some(true)
        }
        (FrozenSet(_), _) | (_, FrozenSet(_)) | (Set(_), _) | (_, Set(_)) => Option::None,
        (Instance(_), _) | (_, Instance(_)) => Option::None,
        // A metaclass may define `__eq__` for its classes.
        (Class(c), _) | (_, Class(c)) if c.metaclass.borrow().is_some() => Option::None,
        // Two distinct classes of plain `type` are unequal: `type.__eq__` is identity.
        (Class(_), Class(y)) if y.metaclass.borrow().is_none() => Some(false),
        (Complex(x), Complex(y)) => Some(x.0 == y.0 && x.1 == y.1),
        (Float(_), BigInt(_)) | (BigInt(_), Float(_)) => Option::None,
        (Complex(_), _) | (_, Complex(_)) => Option::None,
        (Bytes(x), ByteArray(y)) | (ByteArray(y), Bytes(x)) => Some(x.data == *y.borrow()),
        (ByteArray(x), ByteArray(y)) => Some(*x.borrow() == *y.borrow()),
        // Containers and other objects of one type compare by content: the VM decides.
        _ if std::mem::discriminant(a) == std::mem::discriminant(b) => Option::None,
        (DictView(_), _) | (_, DictView(_)) | (PermaBytes(_), _) | (_, PermaBytes(_)) => {
            Option::None
        }
        _ => Some(false),
    }
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::default();
        if n > 0 {
            t.entries.reserve(n);
            t.rebuild_index((n * 3 / 2).next_power_of_two().max(8));
        }
        t
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    fn rebuild_index(&mut self, size: usize) {
        self.index = vec![EMPTY; size];
        let mask = size - 1;
        for (i, e) in self.entries.iter().enumerate() {
            if e.key.is_undef() {
                continue;
            }
            let mut slot = (e.hash as u64 as usize) & mask;
            let mut perturb = e.hash as u64;
            while self.index[slot] != EMPTY {
                perturb >>= 5;
                slot = (slot * 5 + 1 + perturb as usize) & mask;
            }
            self.index[slot] = i as u32;
        }
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_undef());
        self.head = 0;
        let size = (self.entries.len() * 3 / 2 + 1).next_power_of_two().max(8);
        self.rebuild_index(size);
    }

    /// Entry indices whose hash equals `hash`, in probe order.
    pub fn candidates(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        let size = self.index.len();
        let mask = size.wrapping_sub(1);
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let bits = hash_bit(hash);
        let mut done = size == 0 || self.hash_bits & bits != bits;
        std::iter::from_fn(move || {
            while !done {
                let ix = self.index[slot];
                perturb >>= 5;
                let cur = slot;
                slot = (slot * 5 + 1 + perturb as usize) & mask;
                if ix == EMPTY {
                    done = true;
                    return None;
                }
                let _ = cur;
                if ix != DELETED && self.entries[ix as usize].hash == hash {
                    return Some(ix as usize);
                }
            }
            None
        })
    }

    /// Finds `key` when equality can be decided without Python code.
    pub fn find_fast(&self, key: &Value, hash: i64) -> FastFind {
        for ix in self.candidates(hash) {
            match fast_eq(&self.entries[ix].key, key) {
                Some(true) => return FastFind::Found(ix),
                Some(false) => {}
                None => return FastFind::NeedsEq,
            }
        }
        FastFind::Absent
    }

    pub fn find_str(&self, key: &PyStr) -> Option<usize> {
        let hash = key.hash();
        for ix in self.candidates(hash) {
            if let Value::Str(k) = &self.entries[ix].key
                && (std::ptr::eq(k.as_ref(), key) || k.as_str() == key.as_str())
            {
                return Some(ix);
            }
        }
        None
    }

    /// The entry at `ix` if there is one (deleted entries have an `Undef` key): lets inline
    /// caches check a remembered position.
    pub fn entry_at(&self, ix: usize) -> Option<&Entry> {
        self.entries.get(ix)
    }

    /// How many entries (live or deleted) the table holds: the position of the next insert.
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }

    pub fn entry(&self, ix: usize) -> &Entry {
        &self.entries[ix]
    }

    pub fn value_at(&self, ix: usize) -> Value {
        self.entries[ix].value.clone()
    }

    pub fn set_value_at(&mut self, ix: usize, v: Value) {
        self.writes += 1;
        self.entries[ix].value = v;
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.index.len() * 2 {
            if self.live * 2 < self.entries.len() {
                self.compact();
            }
            let want = ((self.live + 1) * 3).next_power_of_two().max(8);
            if want > self.index.len() || (self.entries.len() + 1) * 3 >= self.index.len() * 2 {
                self.rebuild_index(want.max(self.index.len() * 2));
            }
        }
        let mask = self.index.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while self.index[slot] != EMPTY && self.index[slot] != DELETED {
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
        self.index[slot] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.hash_bits |= hash_bit(hash);
        self.live += 1;
        self.version += 1;
        self.writes += 1;
    }

    /// Removes entry `ix`, returning its key and value.
    pub fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        let hash = self.entries[ix].hash;
        let mask = self.index.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            if self.index[slot] == ix as u32 {
                self.index[slot] = DELETED;
                break;
            }
            if self.index[slot] == EMPTY {
                break;
            }
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
        let e = std::mem::replace(
            &mut self.entries[ix],
            Entry {
                hash: 0,
                key: Value::Undef,
                value: Value::Undef,
            },
        );
        self.live -= 1;
        self.version += 1;
        self.writes += 1;
        if ix == self.head {
            while self.head < self.entries.len() && self.entries[self.head].key.is_undef() {
                self.head += 1;
            }
        }
        // The emptied slot stays (as in CPython) even when the dict is now empty, so that an
        // iterator positioned past it sees a key added afterwards as a new one.
        (e.key, e.value)
    }

    /// Moves live entry `ix` to the back, keeping its key object and hash
    /// (`OrderedDict.move_to_end`). Returns false, changing nothing, when `ix` is not live.
    pub fn move_to_back(&mut self, ix: usize) -> bool {
        let hash = match self.entries.get(ix) {
            Some(e) if !e.key.is_undef() => e.hash,
            _ => return false,
        };
        let (key, value) = self.remove_at(ix);
        self.insert_new(hash, key, value);
        true
    }

    /// Drops the emptied slots at the end, as CPython's `popitem` does, so that popping
    /// one item after another does not step over more and more of them.
    pub fn trim_tail(&mut self) {
        while self.entries.last().is_some_and(|e| e.key.is_undef()) {
            self.entries.pop();
        }
        self.head = self.head.min(self.entries.len());
    }

    /// Moves the last live entry to the front (`OrderedDict.move_to_end(key, last=False)`).
    ///
    /// The entry goes into the dead slot just before `head`; when there is none, the live
    /// entries are shifted once behind a gap as long as the table, so a run of moves costs
    /// O(1) each, amortized.
    pub fn move_last_to_front(&mut self) {
        let Some(last) = self.last_live() else {
            return;
        };
        self.version += 1;
        self.writes += 1;
        if last == self.head {
            return;
        }
        if self.head == 0 {
            self.open_front_gap();
        }
        let last = self.last_live().unwrap_or(self.head);
        let dst = self.head - 1;
        if let Some(slot) = self.slot_of(last) {
            self.index[slot] = dst as u32;
        }
        self.entries.swap(dst, last);
        self.head = dst;
        self.trim_tail();
    }

    /// The index slot that points at entry `ix`.
    fn slot_of(&self, ix: usize) -> Option<usize> {
        let hash = self.entries[ix].hash;
        let mask = self.index.len().wrapping_sub(1);
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        for _ in 0..self.index.len() {
            match self.index[slot] {
                EMPTY => return None,
                found if found == ix as u32 => return Some(slot),
                _ => {}
            }
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
        None
    }

    /// Rebuilds the table with the live entries behind a run of dead slots (as many as there
    /// are live entries), and an index with room for as many inserts again, so neither the
    /// gap nor the next inserts force another rebuild soon.
    fn open_front_gap(&mut self) {
        let gap = self.live.max(8);
        let dead = || Entry {
            hash: 0,
            key: Value::Undef,
            value: Value::Undef,
        };
        let mut entries = Vec::with_capacity(gap + self.live * 2);
        entries.extend(std::iter::repeat_with(dead).take(gap));
        entries.extend(self.entries.drain(..).filter(|e| !e.key.is_undef()));
        self.entries = entries;
        self.head = gap;
        let size = ((self.entries.len() + gap) * 3 / 2 + 1)
            .next_power_of_two()
            .max(8);
        self.rebuild_index(size);
    }

    pub fn clear(&mut self) {
        self.head = 0;
        self.entries.clear();
        self.hash_bits = 0;
        self.index.clear();
        self.live = 0;
        // Not a structural `version` change: emptying shows as a size change (CPython's
        // OrderedDict iterators tell the two apart).
        self.writes += 1;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries[self.head..]
            .iter()
            .filter(|e| !e.key.is_undef())
    }

    /// The next live entry at or after raw position `pos`: `(entry, next pos)`.
    pub fn next_from(&self, pos: usize) -> Option<(&Entry, usize)> {
        let mut pos = pos.max(self.head);
        while pos < self.entries.len() {
            let e = &self.entries[pos];
            pos += 1;
            if !e.key.is_undef() {
                return Some((e, pos));
            }
        }
        None
    }

    /// The last live entry below raw position `pos`: `(entry, its pos)`, which is where to
    /// look below next.
    pub fn prev_from(&self, pos: usize) -> Option<(&Entry, usize)> {
        let mut pos = pos.min(self.entries.len());
        while pos > self.head {
            pos -= 1;
            let e = &self.entries[pos];
            if !e.key.is_undef() {
                return Some((e, pos));
            }
        }
        None
    }

    pub fn last_live(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_undef())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
}

/// What a dict is, for the namespace choke point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictRole {
    Plain,
    /// Module globals or a class dict: writes go through `readonly`.
    Namespace,
}

pub struct DictObj {
    pub table: RefCell<DictTable>,
    pub role: Cell<DictRole>,
    /// The namespace owner, for messages and audit targets (set for namespace dicts).
    pub owner: RefCell<Option<crate::readonly::NsOwner>>,
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj {
            table: RefCell::new(DictTable::new()),
            role: Cell::new(DictRole::Plain),
            owner: RefCell::new(None),
        }
    }

    pub fn from_table(t: DictTable) -> DictObj {
        DictObj {
            table: RefCell::new(t),
            role: Cell::new(DictRole::Plain),
            owner: RefCell::new(None),
        }
    }

    pub fn is_namespace(&self) -> bool {
        self.role.get() == DictRole::Namespace
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Reads a string key (never runs Python code).
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        let t = self.table.borrow();
        t.find_str(key).map(|ix| t.value_at(ix))
    }

    pub fn get_name(&self, key: &str) -> Option<Value> {
        self.get_str(&PyStr::new(key))
    }

    /// Stores a string key directly. Only for plain dicts and for `readonly`, which owns
    /// every write to namespace dicts.
    pub(crate) fn set_str_raw(&self, key: Rc<PyStr>, value: Value) {
        let mut t = self.table.borrow_mut();
        match t.find_str(&key) {
            Some(ix) => t.set_value_at(ix, value),
            None => {
                let h = key.hash();
                t.insert_new(h, Value::Str(key), value);
            }
        }
    }

    pub(crate) fn del_str_raw(&self, key: &PyStr) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        let ix = t.find_str(key)?;
        Some(t.remove_at(ix).1)
    }

    pub fn contains_str(&self, key: &PyStr) -> bool {
        self.table.borrow().find_str(key).is_some()
    }
}

impl Default for DictObj {
    fn default() -> Self {
        Self::new()
    }
}

pub fn new_dict(t: DictTable) -> Rc<DictObj> {
    Rc::new(DictObj::from_table(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(t: &DictTable) -> Vec<i64> {
        t.iter()
            .map(|e| match e.key {
                Value::Int(n) => n,
                _ => -1,
            })
            .collect()
    }

    fn find(t: &DictTable, k: i64) -> Option<i64> {
        match t.find_fast(&Value::Int(k), k) {
            FastFind::Found(ix) => match t.value_at(ix) {
                Value::Int(v) => Some(v),
                _ => None,
            },
            _ => None,
        }
    }

    /// `OrderedDict.move_to_end(k, last=False)` as the dict does it: pop, append, move.
    fn move_to_front(t: &mut DictTable, k: i64) {
        let FastFind::Found(ix) = t.find_fast(&Value::Int(k), k) else {
            panic!("key {k} missing");
        };
        let (key, value) = t.remove_at(ix);
        t.insert_new(k, key, value);
        t.move_last_to_front();
    }

    #[test]
    fn moving_to_front_keeps_order_and_lookups() {
        let mut t = DictTable::new();
        let mut model: Vec<i64> = Vec::new();
        for k in 0..50 {
            t.insert_new(k, Value::Int(k), Value::Int(k * 10));
            model.push(k);
        }
        for step in 0..400 {
            let k = (step * 17) % 50;
            move_to_front(&mut t, k);
            model.retain(|&m| m != k);
            model.insert(0, k);
            if step % 7 == 0 {
                // New keys keep arriving at the end, old ones leave from it.
                let new = 1000 + step;
                t.insert_new(new, Value::Int(new), Value::Int(new * 10));
                model.push(new);
                let last = t.last_live().unwrap();
                t.remove_at(last);
                t.trim_tail();
                model.pop();
            }
            assert_eq!(keys(&t), model);
        }
        for &k in &model {
            assert_eq!(find(&t, k), Some(k * 10));
        }
        assert_eq!(find(&t, 999), None);
        assert_eq!(t.len(), model.len());
    }

    #[test]
    fn moving_to_front_a_single_entry() {
        let mut t = DictTable::new();
        t.move_last_to_front();
        t.insert_new(3, Value::Int(3), Value::Int(4));
        t.move_last_to_front();
        assert_eq!(keys(&t), vec![3]);
        assert_eq!(find(&t, 3), Some(4));
    }
}
