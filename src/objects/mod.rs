//! Python values and the built-in object types.
//!
//! A [`Value`] is 16 bytes: small ints, floats, bools and None are immediate; everything else
//! is one reference-counted pointer to a typed object. Refcounts live in the objects (the heap),
//! never in code images or frozen tables.

pub mod dict;
pub mod set;
pub mod str;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

pub use dict::{DictObj, DictTable};
pub use str::PyStr;

use crate::bytecode::image::CodeRecord;
use crate::vm::Vm;

/// The result of anything that can raise.
pub type PyResult<T = Value> = Result<T, PyErr>;

/// A raised exception: always an instance of a `BaseException` subclass.
#[derive(Clone)]
pub struct PyErr(pub Rc<Instance>);

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }

    pub fn class(&self) -> Rc<Class> {
        self.0.class()
    }

    pub fn exc(&self) -> std::cell::RefMut<'_, ExcData> {
        self.0
            .exc_data()
            .expect("exception instance has exception data")
            .borrow_mut()
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.0.class().name())
    }
}

/// A Python bool as one machine word (0 or 1).
///
/// Every payload of [`Value`] is one integer-sized word (an `i64`, a pointer, or these two
/// wrappers), so the compiler treats a `Value` as a pair of registers: it is returned in
/// registers and stored into the value stack with two plain stores. A one-byte `bool` or an
/// `f64` payload makes `Value` an aggregate instead, built in memory and copied with one wide
/// load that stalls on the narrower stores just made (measured: the largest single cost of
/// the eval loop).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Truth(u64);

impl Truth {
    pub const FALSE: Truth = Truth(0);
    pub const TRUE: Truth = Truth(1);

    #[inline(always)]
    pub const fn new(b: bool) -> Truth {
        Truth(b as u64)
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

/// A Python float as the bits of an `f64` (see [`Truth`] for why).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct F64(u64);

impl F64 {
    #[inline(always)]
    pub const fn new(f: f64) -> F64 {
        F64(f.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

#[derive(Clone, Default)]
pub enum Value {
    /// An empty slot (unbound local, "no self" in a method call). Never visible to Python.
    #[default]
    Undef,
    None,
    NotImplemented,
    Ellipsis,
    Bool(Truth),
    Int(i64),
    Float(F64),
    BigInt(Rc<BigInt>),
    Complex(Rc<(f64, f64)>),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    ByteArray(Rc<RefCell<Vec<u8>>>),
    Tuple(Rc<Tuple>),
    List(Rc<List>),
    Dict(Rc<DictObj>),
    Set(Rc<SetObj>),
    FrozenSet(Rc<SetObj>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Generator(Rc<Generator>),
    Iter(Rc<IterObj>),
    Cell(Rc<CellObj>),
    Code(Rc<Code>),
    Property(Rc<Property>),
    ClassMethod(Rc<Value>),
    StaticMethod(Rc<Value>),
    Super(Rc<SuperObj>),
    File(Rc<FileObj>),
    DictView(Rc<DictView>),
    PermaBytes(Rc<Code>),
}

impl Value {
    #[inline(always)]
    pub const fn from_bool(b: bool) -> Value {
        Value::Bool(Truth::new(b))
    }

    #[inline(always)]
    pub const fn float(f: f64) -> Value {
        Value::Float(F64::new(f))
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Tuple(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(List(RefCell::new(items))))
    }

    pub fn bytes(b: Vec<u8>) -> Value {
        Value::Bytes(Rc::new(PyBytes::new(b)))
    }

    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn is_undef(&self) -> bool {
        matches!(self, Value::Undef)
    }

    /// Identity: the `is` operator.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Undef, Undef)
            | (None, None)
            | (NotImplemented, NotImplemented)
            | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a == b,
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, for identity and `id()`.
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Complex(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            ClassMethod(r) | StaticMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            File(r) => Rc::as_ptr(r) as *const u8 as usize,
            DictView(r) => Rc::as_ptr(r) as *const u8 as usize,
            PermaBytes(r) => Rc::as_ptr(r) as *const u8 as usize + 1,
            Undef | None | NotImplemented | Ellipsis | Bool(_) | Int(_) | Float(_) => {
                return Option::None;
            }
        })
    }

    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// Immutable bytes with a cached hash.
pub struct PyBytes {
    pub data: Vec<u8>,
    pub hash: Cell<Option<i64>>,
}

impl PyBytes {
    pub fn new(data: Vec<u8>) -> PyBytes {
        PyBytes {
            data,
            hash: Cell::new(None),
        }
    }
}

pub struct Tuple(pub Vec<Value>);

pub struct List(pub RefCell<Vec<Value>>);

/// A set or frozenset.
pub struct SetObj {
    pub table: RefCell<set::SetTable>,
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj {
            table: RefCell::new(set::SetTable::new()),
        }
    }

    /// A new set holding `other`'s keys, laid out as CPython's copy would be.
    pub fn copy_of(other: &SetObj) -> SetObj {
        let mut t = set::SetTable::new();
        t.merge_from(&other.table.borrow());
        SetObj {
            table: RefCell::new(t),
        }
    }
}

impl Default for SetObj {
    fn default() -> Self {
        Self::new()
    }
}

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// The bounds when one of them does not fit in an i64 (the fields above are then 0, 0, 1
    /// and unused). Machine-integer ranges, by far the common case, never allocate this.
    pub big: Option<Box<BigRange>>,
}

/// A range bound by integers beyond 64 bits.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl RangeObj {
    pub fn new(start: i64, stop: i64, step: i64) -> Self {
        RangeObj {
            start,
            stop,
            step,
            big: None,
        }
    }

    /// A range of arbitrary bounds: machine integers when all three fit.
    pub fn from_big(start: BigInt, stop: BigInt, step: BigInt) -> Self {
        use num_traits::ToPrimitive;
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(a), Some(b), Some(c)) => RangeObj::new(a, b, c),
            _ => RangeObj {
                start: 0,
                stop: 0,
                step: 1,
                big: Some(Box::new(BigRange { start, stop, step })),
            },
        }
    }

    /// (start, stop, step) as big integers.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
            None => (self.start.into(), self.stop.into(), self.step.into()),
        }
    }

    pub fn start_value(&self) -> Value {
        match &self.big {
            Some(b) => Value::from_bigint(b.start.clone()),
            None => Value::Int(self.start),
        }
    }

    pub fn stop_value(&self) -> Value {
        match &self.big {
            Some(b) => Value::from_bigint(b.stop.clone()),
            None => Value::Int(self.stop),
        }
    }

    pub fn step_value(&self) -> Value {
        match &self.big {
            Some(b) => Value::from_bigint(b.step.clone()),
            None => Value::Int(self.step),
        }
    }

    /// The number of items, of any size.
    pub fn big_len(&self) -> BigInt {
        use num_traits::{Signed, Zero};
        let Some(b) = &self.big else {
            return BigInt::from(self.len_i128());
        };
        let (lo, hi, step) = if b.step.is_positive() {
            (&b.start, &b.stop, b.step.clone())
        } else {
            (&b.stop, &b.start, -b.step.clone())
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1u32) / step + 1u32
    }

    fn len_i128(&self) -> i128 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        if step > 0 {
            if stop > start {
                (stop - start + step - 1) / step
            } else {
                0
            }
        } else if start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        }
    }

    /// The number of items when it fits in an i64 (what `len()` can report).
    pub fn len_checked(&self) -> Option<i64> {
        use num_traits::ToPrimitive;
        match &self.big {
            Some(_) => self.big_len().to_i64(),
            None => i64::try_from(self.len_i128()).ok(),
        }
    }

    /// The number of items, saturated at i64::MAX.
    pub fn len(&self) -> i64 {
        self.len_checked().unwrap_or(i64::MAX)
    }

    pub fn is_empty(&self) -> bool {
        match &self.big {
            Some(b) => {
                use num_traits::Signed;
                if b.step.is_positive() {
                    b.start >= b.stop
                } else {
                    b.start <= b.stop
                }
            }
            None => self.len_i128() == 0,
        }
    }

    /// Item `i` (0 <= i < len), unchecked.
    pub fn item(&self, i: &BigInt) -> BigInt {
        let (start, _, step) = self.bounds();
        start + i * step
    }

    /// The position of integer `v` in the range, if it is one of its items.
    pub fn position(&self, v: &BigInt) -> Option<BigInt> {
        use num_integer::Integer;
        use num_traits::{Signed, Zero};
        let (start, stop, step) = self.bounds();
        let inside = if step.is_positive() {
            &start <= v && v < &stop
        } else {
            &start >= v && v > &stop
        };
        if !inside {
            return None;
        }
        let (q, r) = (v - &start).div_rem(&step);
        r.is_zero().then_some(q)
    }

    /// `v in range` for a machine integer, without allocating for machine ranges.
    pub fn contains_i64(&self, v: i64) -> bool {
        if self.big.is_some() {
            return self.position(&BigInt::from(v)).is_some();
        }
        let (v, start, stop, step) = (
            v as i128,
            self.start as i128,
            self.stop as i128,
            self.step as i128,
        );
        (if step > 0 {
            v >= start && v < stop
        } else {
            v <= start && v > stop
        }) && (v - start) % step == 0
    }

    /// Range equality: the same sequence of items.
    pub fn same_items(&self, other: &RangeObj) -> bool {
        if self.big.is_none() && other.big.is_none() {
            let (lx, ly) = (self.len_i128(), other.len_i128());
            return lx == ly
                && (lx == 0
                    || (self.start == other.start && (lx == 1 || self.step == other.step)));
        }
        let (lx, ly) = (self.big_len(), other.big_len());
        if lx != ly {
            return false;
        }
        use num_traits::{One, Zero};
        let (a, b) = (self.bounds(), other.bounds());
        lx.is_zero() || (a.0 == b.0 && (lx.is_one() || a.2 == b.2))
    }

    /// What a range hashes as: (len, start, step), with None for what an empty or one-item
    /// range leaves out (equal ranges hash alike).
    pub fn hash_key(&self) -> Value {
        use num_traits::{One, Zero};
        let n = self.big_len();
        let key = if n.is_zero() {
            vec![Value::Int(0), Value::None, Value::None]
        } else if n.is_one() {
            vec![Value::Int(1), self.start_value(), Value::None]
        } else {
            vec![Value::from_bigint(n), self.start_value(), self.step_value()]
        };
        Value::tuple(key)
    }

    pub fn repr(&self) -> String {
        let (start, stop, step) = self.bounds();
        if step == BigInt::from(1) {
            format!("range({start}, {stop})")
        } else {
            format!("range({start}, {stop}, {step})")
        }
    }

    /// The iterator over this range: machine-integer stepping when every item (and the step
    /// past the last) fits, as CPython's `range_iterator`; otherwise big-integer stepping.
    pub fn iter_kind(&self) -> IterKind {
        if self.big.is_none() {
            let n = self.len_i128();
            let fits = n <= i64::MAX as i128
                && (n == 0
                    || (self.step > 0
                        && self.stop as i128 <= i64::MAX as i128 - (self.step as i128 - 1))
                    || (self.step < 0
                        && self.stop as i128 >= i64::MIN as i128 + (-1 - self.step as i128)));
            if fits {
                return IterKind::Range {
                    next: self.start,
                    stop: self.stop,
                    step: self.step,
                };
            }
        }
        let (start, _, step) = self.bounds();
        IterKind::LongRange {
            next: start,
            step,
            left: self.big_len(),
        }
    }

    /// The iterator of `reversed(range)`: the items of range(start + (n-1)*step,
    /// start - step, -step), stepped in machine integers when those bounds all fit.
    pub fn reversed_kind(&self) -> IterKind {
        if self.big.is_none() && self.step != i64::MIN {
            let n = self.len_i128();
            if let Some(new_stop) = self.start.checked_sub(self.step)
                && n <= i64::MAX as i128
            {
                let new_start = (new_stop as i128 + n * self.step as i128) as i64;
                return IterKind::Range {
                    next: new_start,
                    stop: new_stop,
                    step: -self.step,
                };
            }
        }
        let n = self.big_len();
        let (start, _, step) = self.bounds();
        IterKind::LongRange {
            next: &start + (&n - 1u32) * &step,
            step: -step,
            left: n,
        }
    }
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A closure cell.
pub struct CellObj(pub RefCell<Value>);

/// A compiled code object: the sealed image plus this object's mutable side table.
pub struct Code {
    pub image: Rc<crate::vm::image::Image>,
    pub rec: CodeRecord,
    pub index: usize,
    /// Materialised constants (heap objects; the image holds their serialised form).
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    pub varnames: Vec<Rc<PyStr>>,
    pub filename: Rc<PyStr>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    /// Inline caches and counters: never stored in the image.
    pub side: RefCell<SideTable>,
}

#[derive(Default)]
pub struct SideTable {
    pub calls: u64,
    /// Attribute inline caches by instruction index (allocated on first use).
    pub attr: Vec<crate::vm::inline_cache::AttrCache>,
    /// `LOAD_GLOBAL` caches by instruction index (allocated on first use).
    pub globals: Vec<Option<crate::vm::inline_cache::GlobalCache>>,
}

impl Code {
    /// The proved operand-stack depth of each instruction, proved when the code first runs.
    #[inline(always)]
    pub fn depths(&self) -> &[u32] {
        match self.rec.proved_depths() {
            Some(d) => d,
            None => self.prove_depths(),
        }
    }

    #[cold]
    #[inline(never)]
    fn prove_depths(&self) -> &[u32] {
        self.rec.depths(self.image.bytes(), self.index)
    }

    #[inline(always)]
    pub fn code_bytes(&self) -> &[u8] {
        self.rec.code_bytes(self.image.bytes())
    }

    pub fn line_of(&self, instr: u32) -> u32 {
        self.rec.line_of(self.image.bytes(), instr)
    }

    pub fn flags(&self) -> u32 {
        self.rec.flags
    }

    pub fn is_generator(&self) -> bool {
        self.rec.flags & crate::bytecode::code_flags::GENERATOR != 0
    }
}

pub struct Function {
    pub code: RefCell<Rc<Code>>,
    pub globals: Rc<DictObj>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub defaults: RefCell<Value>,
    pub kwdefaults: RefCell<Value>,
    pub annotations: RefCell<Value>,
    pub closure: Vec<Rc<CellObj>>,
    pub dict: RefCell<Option<Rc<DictObj>>>,
    pub modified: Cell<bool>,
}

/// A native function's arguments: positional values and keyword pairs.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Rc<PyStr>, Value)],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kw: &[] }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn kwarg(&self, name: &str) -> Option<&Value> {
        self.kw
            .iter()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v)
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult;

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// Bound receiver (a module-level function bound to nothing has `Undef`).
    pub receiver: Value,
    /// When set, the function is a method descriptor of this type.
    pub owner: Option<&'static str>,
}

pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

pub struct SuperObj {
    pub this_class: Rc<Class>,
    pub obj: Value,
    /// The class whose MRO is searched (type(obj), or obj itself for classmethods).
    pub obj_type: Rc<Class>,
}

/// Which built-in representation a class's instances carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Exception,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Type,
    Other,
}

pub struct Class {
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub bases: RefCell<Vec<Rc<Class>>>,
    pub mro: RefCell<Vec<Rc<Class>>>,
    pub dict: Rc<DictObj>,
    pub base_kind: BaseKind,
    /// The class of this class (None: `type`).
    pub metaclass: RefCell<Option<Rc<Class>>>,
    pub slots: Option<Vec<Rc<PyStr>>>,
    /// Every slot name along the MRO, in instance-layout order (base classes first).
    pub slot_layout: Vec<Rc<PyStr>>,
    /// Instances carry a `__dict__` (some class in the MRO has no `__slots__`).
    pub has_dict: bool,
    pub is_builtin: bool,
    pub modified: Cell<bool>,
    /// Set while this class has a user-level `__getattr__`, `__eq__`, ... (lookup shortcuts).
    pub has_getattr: Cell<bool>,
    /// Set while a non-empty `__abstractmethods__` has been assigned to this very class (by
    /// `ABCMeta` or by hand): instantiating it is refused. Not inherited, as in CPython.
    pub is_abstract: Cell<bool>,
    /// Results of MRO lookups, valid while no class namespace has changed (see [`class_epoch`]).
    pub cache: RefCell<ClassCache>,
}

/// Memoised MRO lookups of one class.
#[derive(Default)]
pub struct ClassCache {
    epoch: u64,
    /// Keyed by the name's string hash; the name itself is kept to confirm a hit.
    map: std::collections::HashMap<i64, (Rc<PyStr>, Option<Value>), BuildIdentity>,
    /// A direct-mapped front for interned names (special methods, `__init__`): a hit is one
    /// pointer comparison. Holding the name keeps its address from being reused.
    front: [Option<(Rc<PyStr>, Option<Value>)>; FRONT],
    /// `__new__` and `__init__` as instantiation sees them.
    ctor: Option<(Option<Value>, Option<Value>)>,
}

const FRONT: usize = 8;

fn front_slot(name: &PyStr) -> usize {
    (name as *const PyStr as usize >> 4) & (FRONT - 1)
}

/// A class's `__new__` and `__init__` attributes (each `None` when absent).
pub type CtorPair = (Option<Value>, Option<Value>);

impl ClassCache {
    /// Empties the cache if it was filled in an older class epoch.
    fn renew(&mut self, epoch: u64) {
        if self.epoch != epoch {
            self.map.clear();
            self.front = Default::default();
            self.ctor = None;
            self.epoch = epoch;
        }
    }
}

static CLASS_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The generation of class namespaces: bumped by every write to a class dict (they all pass
/// through `readonly::write`), which invalidates every class's lookup cache at once.
pub fn class_epoch() -> u64 {
    CLASS_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn bump_class_epoch() {
    CLASS_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// A hasher that passes through an already-computed hash.
#[derive(Default, Clone, Copy)]
pub struct BuildIdentity;

#[derive(Default)]
pub struct IdentityHasher(u64);

impl IdentityHasher {
    #[inline(always)]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes a round: names (the interning table's keys) are hashed on every
        // code-image load and at start-up, ~1,000 of them.
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.mix(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
        // A product's low bits depend only on its operands' low bits, and the table picks a
        // bucket by the low bits: bring the well-mixed high half down.
        self.0 = self.0.rotate_left(26);
    }
    fn write_i64(&mut self, i: i64) {
        self.0 = i as u64;
    }
}

impl std::hash::BuildHasher for BuildIdentity {
    type Hasher = IdentityHasher;
    fn build_hasher(&self) -> IdentityHasher {
        IdentityHasher(0)
    }
}

impl Class {
    pub fn name(&self) -> String {
        self.name.borrow().as_str().to_string()
    }

    /// Looks a name up along the MRO, through the class's lookup cache.
    pub fn lookup(&self, name: &PyStr) -> Option<Value> {
        self.lookup_with(name, None)
    }

    /// `lookup` for an interned name: the cache keeps this very string, so later hits are a
    /// pointer comparison.
    pub fn lookup_rc(&self, name: &Rc<PyStr>) -> Option<Value> {
        self.lookup_with(name, Some(name))
    }

    fn lookup_with(&self, name: &PyStr, rc: Option<&Rc<PyStr>>) -> Option<Value> {
        let epoch = class_epoch();
        {
            let c = self.cache.borrow();
            if c.epoch == epoch {
                if let Some((k, v)) = &c.front[front_slot(name)]
                    && std::ptr::eq(k.as_ref(), name)
                {
                    return v.clone();
                }
                if let Some((k, v)) = c.map.get(&name.hash())
                    && (std::ptr::eq(k.as_ref(), name) || k.as_str() == name.as_str())
                {
                    return v.clone();
                }
            }
        }
        let v = self.lookup_uncached(name);
        let mut c = self.cache.borrow_mut();
        c.renew(epoch);
        let key = match rc {
            Some(r) => {
                c.front[front_slot(name)] = Some((r.clone(), v.clone()));
                r.clone()
            }
            None => Rc::new(PyStr::new(name.as_str())),
        };
        c.map.insert(name.hash(), (key, v.clone()));
        v
    }

    /// `(__new__, __init__)` along the MRO, through the lookup cache (`keys` are the two
    /// interned names, used on a miss).
    pub fn ctor_lookup(&self, keys: impl FnOnce() -> (Rc<PyStr>, Rc<PyStr>)) -> CtorPair {
        let epoch = class_epoch();
        {
            let c = self.cache.borrow();
            if c.epoch == epoch
                && let Some(p) = &c.ctor
            {
                return p.clone();
            }
        }
        let (new_key, init_key) = keys();
        let p = (self.lookup_rc(&new_key), self.lookup_rc(&init_key));
        let mut c = self.cache.borrow_mut();
        c.renew(epoch);
        c.ctor = Some(p.clone());
        p
    }

    /// The Python `__init__` a plain instantiation runs: the class's `__init__` when it is a
    /// Python function and `__new__` is not (that is, `object.__new__` makes the instance).
    /// Through the lookup cache, without copying the pair out of it.
    pub fn plain_init(
        &self,
        keys: impl FnOnce() -> (Rc<PyStr>, Rc<PyStr>),
    ) -> Option<Rc<Function>> {
        fn pick(new: &Option<Value>, init: &Option<Value>) -> Option<Rc<Function>> {
            match (new, init) {
                (Some(Value::StaticMethod(_) | Value::Function(_)), _) => None,
                (_, Some(Value::Function(f))) => Some(f.clone()),
                _ => None,
            }
        }
        {
            let c = self.cache.borrow();
            if c.epoch == class_epoch()
                && let Some((new, init)) = &c.ctor
            {
                return pick(new, init);
            }
        }
        let (new, init) = self.ctor_lookup(keys);
        pick(&new, &init)
    }

    fn lookup_uncached(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in self.mro.borrow().iter().skip(1) {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }
}

/// Per-instance state of an exception.
#[derive(Default, Clone)]
pub struct ExcData {
    pub args: Value,
    pub traceback: Vec<TraceEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// A `BaseExceptionGroup`'s `message` and `exceptions` tuple (kept apart from `args`,
    /// which the program may rebind).
    pub group: Option<(Value, Value)>,
}

#[derive(Clone)]
pub struct TraceEntry {
    pub filename: Rc<PyStr>,
    pub line: u32,
    pub name: Rc<PyStr>,
    /// The code that raised and the index of its raising instruction: the traceback's caret
    /// line comes from that instruction's source position.
    pub code: Rc<Code>,
    pub lasti: u32,
}

pub enum Payload {
    None,
    Exc(RefCell<ExcData>),
    /// An instance of a subclass of a built-in type carries the built-in value.
    Builtin(RefCell<Value>),
}

pub struct Instance {
    /// Replaced only by `obj.__class__ = other` (between compatible layouts): read it with
    /// [`Instance::class`], which never holds the borrow.
    pub class: RefCell<Rc<Class>>,
    pub dict: Option<Rc<DictObj>>,
    pub slots: RefCell<Vec<Value>>,
    pub payload: Payload,
}

impl Instance {
    /// The instance's class now.
    #[inline]
    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }

    /// Whether the instance's class is `c` (no reference count touched).
    #[inline]
    pub fn class_is(&self, c: &Rc<Class>) -> bool {
        Rc::ptr_eq(&self.class.borrow(), c)
    }

    /// `obj.__class__ = c`, once the caller has checked that the layouts agree.
    pub fn set_class(&self, c: Rc<Class>) {
        *self.class.borrow_mut() = c;
    }

    pub fn exc_data(&self) -> Option<&RefCell<ExcData>> {
        match &self.payload {
            Payload::Exc(d) => Some(d),
            _ => None,
        }
    }
}

pub struct Module {
    pub name: Rc<PyStr>,
    pub dict: Rc<DictObj>,
    pub modified: Cell<bool>,
}

pub struct Generator {
    pub frame: RefCell<Option<Box<crate::vm::frame::Frame>>>,
    pub running: Cell<bool>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    /// Made by an `async def` (CPython's coroutine type).
    pub coroutine: bool,
    /// The exception it was handling when it last yielded (its own `sys.exc_info()`).
    pub exc_state: RefCell<Value>,
}

/// Built-in iterators.
pub enum IterKind {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A range stepped in big integers (`longrange_iterator`): `left` items remain.
    LongRange {
        next: BigInt,
        step: BigInt,
        left: BigInt,
    },
    Dict {
        dict: Rc<DictObj>,
        index: usize,
        kind: ViewKind,
        len: usize,
        /// Entries still expected; finding one more means keys were swapped mid-iteration.
        left: usize,
    },
    /// `reversed()` of a dict or of its views: `pos` is the raw entry position below which
    /// it looks next.
    DictRev {
        dict: Rc<DictObj>,
        pos: usize,
        kind: ViewKind,
        len: usize,
    },
    Set {
        set: Rc<SetObj>,
        index: usize,
        len: usize,
    },
    Str {
        s: Rc<PyStr>,
        byte: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        index: i64,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Run out: it holds nothing any more but remembers which iterator type it is.
    Exhausted(IterTag),
}

/// Which built-in iterator type an iterator is (its type name, kept after exhaustion).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterTag {
    List,
    Tuple,
    ByteArray,
    Bytes,
    Iterator,
    Range,
    LongRange,
    DictKeys,
    DictValues,
    DictItems,
    DictRevKeys,
    DictRevValues,
    DictRevItems,
    Set,
    StrAscii,
    Str,
    Enumerate,
    Zip,
    Map,
    Filter,
    ListReversed,
    Reversed,
    Callable,
}

impl IterKind {
    /// Which iterator type this is.
    pub fn tag(&self) -> IterTag {
        let view = |k: &ViewKind, rev: bool| match (k, rev) {
            (ViewKind::Keys, false) => IterTag::DictKeys,
            (ViewKind::Values, false) => IterTag::DictValues,
            (ViewKind::Items, false) => IterTag::DictItems,
            (ViewKind::Keys, true) => IterTag::DictRevKeys,
            (ViewKind::Values, true) => IterTag::DictRevValues,
            (ViewKind::Items, true) => IterTag::DictRevItems,
        };
        match self {
            IterKind::Seq { seq, .. } => match seq {
                Value::List(_) => IterTag::List,
                Value::Tuple(_) => IterTag::Tuple,
                Value::ByteArray(_) => IterTag::ByteArray,
                Value::Bytes(_) | Value::PermaBytes(_) => IterTag::Bytes,
                _ => IterTag::Iterator,
            },
            IterKind::Range { .. } => IterTag::Range,
            IterKind::LongRange { .. } => IterTag::LongRange,
            IterKind::Dict { kind, .. } => view(kind, false),
            IterKind::DictRev { kind, .. } => view(kind, true),
            IterKind::Set { .. } => IterTag::Set,
            IterKind::Str { s, .. } => {
                if s.is_ascii() {
                    IterTag::StrAscii
                } else {
                    IterTag::Str
                }
            }
            IterKind::Enumerate { .. } => IterTag::Enumerate,
            IterKind::Zip { .. } => IterTag::Zip,
            IterKind::Map { .. } => IterTag::Map,
            IterKind::Filter { .. } => IterTag::Filter,
            IterKind::Reversed {
                seq: Value::List(_),
                ..
            } => IterTag::ListReversed,
            IterKind::Reversed {
                seq: Value::Range(_),
                ..
            } => IterTag::Range,
            IterKind::Reversed { .. } => IterTag::Reversed,
            IterKind::Callable { .. } => IterTag::Callable,
            IterKind::Exhausted(t) => *t,
        }
    }

    /// Mark it run out, dropping what it iterated over.
    pub fn exhaust(&mut self) {
        *self = IterKind::Exhausted(self.tag());
    }
}

pub struct IterObj(pub RefCell<IterKind>);

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: Rc<DictObj>,
    pub kind: ViewKind,
}

/// One layer of what `open()` builds: a text file (`binary` false), the buffered binary file
/// under it, or the unbuffered raw file (`raw`) under that. The layers of one open file share
/// its state, so that closing, reading or writing through any of them acts on the same file.
pub struct FileObj {
    pub name: Value,
    pub mode: String,
    pub binary: bool,
    /// The raw `FileIO` layer: what `open(p, 'rb', buffering=0)` and `buffered.raw` give.
    pub raw: bool,
    pub state: Rc<RefCell<FileState>>,
    /// The layer under this one (`buffer` of a text file, `raw` of a buffered one), made on
    /// first use so that each access gives the same object.
    pub below: std::cell::OnceCell<Value>,
}

pub struct FileState {
    pub file: Option<std::fs::File>,
    /// Read side: the whole remaining content is loaded lazily.
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    pub loaded: bool,
    pub wbuf: Vec<u8>,
    pub closed: bool,
    /// Standard streams write through the VM's buffered writers.
    pub std: Option<u8>,
    /// Text encoding name (text mode only).
    pub encoding: String,
    /// `newline=` of `open()`: None translates `\r\n` and `\r` to `\n` on reading.
    pub newline: Option<String>,
    /// A text file whose `next()` gave a line and has not reached the end since: its
    /// `tell()` refuses, as CPython's does, until that end or an absolute seek.
    pub iterating: bool,
}

impl Drop for FileState {
    fn drop(&mut self) {
        // Buffered writes land when the file object goes away, as in CPython.
        if let Some(f) = self.file.as_mut() {
            use std::io::Write;
            let _ = f.write_all(&self.wbuf);
        }
    }
}
