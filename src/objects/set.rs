//! The hash table behind `set` and `frozenset`.
//!
//! Its layout follows CPython's `setobject.c` — the same table sizes, linear probes, perturbed
//! jumps, dummies and growth — so that iterating a set of ints, floats or tuples gives the
//! order CPython gives, which programs print. Like `DictTable`, it never runs Python code: a
//! lookup that needs `__eq__` hands the candidates to the VM.

use super::Value;
use super::dict::fast_eq;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Where probing goes on after a run of linear probes from `i`: the perturbed recurrence,
/// which brings in the hash's higher bits a few at a time.
#[inline(always)]
fn perturbed_next(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize)
        & mask
}

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active { hash: i64, key: Value },
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop()` resumes.
    finger: usize,
}

/// The outcome of probing for a key.
pub enum Probe {
    Found(usize),
    Absent,
    /// Entries with the same hash whose equality needs Python code: `(slot, key)`.
    Undecided(Vec<(usize, Value)>),
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slots CPython visits for `hash`, in order (unbounded; callers stop).
    fn probe_order(mask: usize, hash: i64) -> impl Iterator<Item = usize> {
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut j = 0usize;
        let mut probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        std::iter::from_fn(move || {
            let at = i + j;
            if j < probes {
                j += 1;
            } else {
                i = perturbed_next(i, &mut perturb, mask);
                j = 0;
                probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
            }
            Some(at)
        })
    }

    /// Looks `key` up, deciding equality without Python code where possible.
    pub fn probe(&self, key: &Value, hash: i64) -> Probe {
        let mut undecided = Vec::new();
        for at in Self::probe_order(self.mask(), hash).take(self.slots.len() * 4 + 16) {
            match &self.slots[at] {
                Slot::Empty => break,
                Slot::Dummy => {}
                Slot::Active { hash: h, key: k } => {
                    if *h == hash {
                        match fast_eq(k, key) {
                            Some(true) => return Probe::Found(at),
                            Some(false) => {}
                            None => undecided.push((at, k.clone())),
                        }
                    }
                }
            }
        }
        if undecided.is_empty() {
            Probe::Absent
        } else {
            Probe::Undecided(undecided)
        }
    }

    /// Adds a key known to be absent, where CPython's `set_add_entry` would put it: probing
    /// up to the first empty slot, it reuses the last dummy it passed on the way, if any.
    pub fn insert_absent(&mut self, key: Value, hash: i64) {
        let mut last_dummy = None;
        let mut target = 0;
        for at in Self::probe_order(self.mask(), hash) {
            match self.slots[at] {
                Slot::Empty => {
                    target = at;
                    break;
                }
                Slot::Dummy => last_dummy = Some(at),
                Slot::Active { .. } => {}
            }
        }
        self.place(key, hash, target, last_dummy);
    }

    /// Adds `key` unless an equal key is there, in a single probe (a lookup then an
    /// `insert_absent` probe twice). `Ok(true)`: added; `Ok(false)`: already there;
    /// `Err(key)`: a key with the same hash needs Python code to compare, so the caller
    /// decides (nothing changed).
    #[inline]
    pub fn add_plain(&mut self, key: Value, hash: i64) -> Result<bool, Value> {
        // `probe_order` spelled out as two loops (measured: the iterator cost ~60
        // instructions an insert).
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut last_dummy = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for at in i..=i + probes {
                match &self.slots[at] {
                    Slot::Empty => {
                        self.place(key, hash, at, last_dummy);
                        return Ok(true);
                    }
                    Slot::Dummy => last_dummy = Some(at),
                    Slot::Active { hash: h, key: k } => {
                        if *h == hash {
                            match fast_eq(k, &key) {
                                Some(true) => return Ok(false),
                                Some(false) => {}
                                None => return Err(key),
                            }
                        }
                    }
                }
            }
            i = perturbed_next(i, &mut perturb, mask);
        }
    }

    /// Adds `other`'s keys in its table order (as `set_add_entry` one by one would), without
    /// Python code: stops before the first key whose comparison needs it and returns that
    /// key's slot in `other`, from which the caller goes on (see [`SetTable::entries_from`]).
    pub fn merge_plain(&mut self, other: &SetTable) -> Option<usize> {
        for (at, s) in other.slots.iter().enumerate() {
            if let Slot::Active { hash, key } = s
                && self.add_plain(key.clone(), *hash).is_err()
            {
                return Some(at);
            }
        }
        None
    }

    /// Stores a new key at the empty slot `target` a probe ended at, or at the last dummy
    /// it passed; grows the table as CPython does.
    #[inline(always)]
    fn place(&mut self, key: Value, hash: i64, target: usize, last_dummy: Option<usize>) {
        if let Some(d) = last_dummy {
            self.slots[d] = Slot::Active { hash, key };
            self.used += 1;
            return;
        }
        self.slots[target] = Slot::Active { hash, key };
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let min_used = if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(min_used);
        }
    }

    /// CPython's `set_table_resize`: a table larger than `min_used`, dummies dropped.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        // Built without cloning a template slot per element (measured: `vec![Slot::Empty;
        // size]` cost ~12 instructions a slot).
        let fresh = std::iter::repeat_with(|| Slot::Empty).take(size).collect();
        let old = std::mem::replace(&mut self.slots, fresh);
        self.fill = self.used;
        for s in old {
            if let Slot::Active { hash, key } = s {
                self.insert_clean(key, hash);
            }
        }
    }

    /// Inserts into a table with no dummies and no equal key (CPython's `set_insert_clean`).
    fn insert_clean(&mut self, key: Value, hash: i64) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(self.slots[i], Slot::Empty) {
                self.slots[i] = Slot::Active { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(self.slots[i + j], Slot::Empty) {
                        self.slots[i + j] = Slot::Active { hash, key };
                        return;
                    }
                }
            }
            i = perturbed_next(i, &mut perturb, mask);
        }
    }

    /// Removes the active entry at `slot`, leaving a dummy.
    pub fn remove_at(&mut self, slot: usize) -> Option<Value> {
        match std::mem::replace(&mut self.slots[slot], Slot::Dummy) {
            Slot::Active { key, .. } => {
                self.used -= 1;
                Some(key)
            }
            other => {
                self.slots[slot] = other;
                None
            }
        }
    }

    /// `set.pop()`: the first active entry from the finger on.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let mut at = self.finger & self.mask();
        while !matches!(self.slots[at], Slot::Active { .. }) {
            at = (at + 1) % n;
        }
        self.finger = at + 1;
        self.remove_at(at)
    }

    pub fn clear(&mut self) {
        *self = SetTable::default();
    }

    /// Grows the table before `incoming` keys are merged in, as CPython's `set_merge` and
    /// `set.update(dict)` do (so the merged keys land where CPython puts them).
    pub fn presize_for_merge(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// After a `difference_update`, CPython rebuilds a table more than a quarter dummies.
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let min_used = if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(min_used);
    }

    /// Copies `other` into this (empty) table as CPython's `set_merge` does.
    pub fn merge_from(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        self.presize_for_merge(other.used);
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for s in &other.slots {
                if let Slot::Active { hash, key } = s {
                    self.insert_clean(key.clone(), *hash);
                }
            }
            return;
        }
        for (key, hash) in other.entries() {
            if matches!(self.probe(&key, hash), Probe::Absent) {
                self.insert_absent(key, hash);
            }
        }
    }

    /// Active `(key, hash)` pairs in table order.
    pub fn entries(&self) -> Vec<(Value, i64)> {
        self.entries_from(0)
    }

    /// Active `(key, hash)` pairs in table order from raw slot `from` on.
    pub fn entries_from(&self, from: usize) -> Vec<(Value, i64)> {
        self.slots[from.min(self.slots.len())..]
            .iter()
            .filter_map(|s| match s {
                Slot::Active { hash, key } => Some((key.clone(), *hash)),
                _ => None,
            })
            .collect()
    }

    /// Keys in iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active { key, .. } => Some(key.clone()),
                _ => None,
            })
            .collect()
    }

    /// The next key at or after raw slot `pos`: `(key, next pos)`.
    pub fn next_from(&self, mut pos: usize) -> Option<(&Value, usize)> {
        while pos < self.slots.len() {
            let s = &self.slots[pos];
            pos += 1;
            if let Slot::Active { key, .. } = s {
                return Some((key, pos));
            }
        }
        None
    }

    pub fn hash_at(&self, slot: usize) -> Option<i64> {
        match &self.slots[slot] {
            Slot::Active { hash, .. } => Some(*hash),
            _ => None,
        }
    }

    /// CPython's frozenset hash: shuffled bits of every key's hash, xor-ed (so order-free), then
    /// mixed with the size. (CPython also xors in empty and dummy slots and then cancels them.)
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for s in &self.slots {
            if let Slot::Active { hash: h, .. } = s {
                hash ^= shuffle(*h as u64);
            }
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let h = hash as i64;
        if h == -1 { 590923713 } else { h }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_of(items: &[i64]) -> SetTable {
        let mut t = SetTable::new();
        for &i in items {
            let v = Value::Int(i);
            if matches!(t.probe(&v, i), Probe::Absent) {
                t.insert_absent(v, i);
            }
        }
        t
    }

    fn ints(t: &SetTable) -> Vec<i64> {
        t.keys()
            .into_iter()
            .map(|v| match v {
                Value::Int(i) => i,
                _ => -999,
            })
            .collect()
    }

    #[test]
    fn iteration_order_matches_cpython() {
        // Orders recorded from CPython 3.11.
        assert_eq!(
            ints(&set_of(&[3, 1, 2, 10, 100, 7])),
            vec![1, 2, 3, 100, 7, 10]
        );
        assert_eq!(
            ints(&set_of(&[0, 7, 14, 21, 28, 35, 42, 49, 56, 63])),
            vec![0, 35, 7, 42, 14, 49, 21, 56, 28, 63]
        );
        let mut t = set_of(&[3, 1, 2, 10, 100, 7]);
        t.insert_absent(Value::Int(64), 64);
        if let Probe::Found(at) = t.probe(&Value::Int(3), 3) {
            t.remove_at(at);
        }
        assert_eq!(ints(&t), vec![64, 1, 2, 100, 7, 10]);
    }

    #[test]
    fn grows_and_keeps_every_key() {
        let items: Vec<i64> = (0..1000).map(|i| i * 37 % 1001).collect();
        let t = set_of(&items);
        assert_eq!(t.len(), 1000);
        for &i in &items {
            assert!(matches!(t.probe(&Value::Int(i), i), Probe::Found(_)));
        }
    }
}
