//! The virtual machine: interpreter state, the type registry, and the entry points that run
//! code. The eval loop is in `eval`, calls in `call`, operators and protocols in `ops`,
//! attribute access in `attr`, exceptions and tracebacks in `exc`.

pub mod attr;
pub mod call;
pub mod code;
pub mod dictops;
pub mod eval;
pub mod exc;
pub mod excgroup;
mod finalize;
pub use finalize::{note_del_method, note_generator_cleanup};
pub mod frame;
pub mod image;
pub mod inline_cache;
pub mod ops;
pub mod seq;
mod stack;
pub mod types;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::objects::dict::DictRole;
use crate::objects::*;
pub use types::Types;

/// Output of the interpreter's standard streams, buffered and flushed at exit.
pub struct StdStreams {
    pub out: std::io::BufWriter<std::io::Stdout>,
    pub err: std::io::Stderr,
}

/// Slots of the two-way cache of interned static names (a power of two).
const STATIC_CACHE: usize = 256;

/// Loop back edges between two looks at the thread-switch clock (a few tens of microseconds
/// of a tight loop).
pub const BACK_EDGES_PER_TICK: u32 = 4096;

pub struct Vm {
    pub types: Types,
    pub builtins: Rc<DictObj>,
    pub builtins_module: Rc<Module>,
    /// `sys.modules`.
    pub modules: Rc<DictObj>,
    pub sys: Rc<Module>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    pub depth: usize,
    pub recursion_limit: usize,
    pub streams: StdStreams,
    interned: types::InternTable,
    static_names: HashMap<usize, Rc<PyStr>, BuildIdentity>,
    static_cache: Vec<Option<(usize, Rc<PyStr>)>>,
    /// One-character strings for every ASCII character (indexing and iterating strings).
    ascii_chars: Vec<Rc<PyStr>>,
    /// Source text of every file compiled, for tracebacks.
    pub sources: HashMap<String, Rc<str>>,
    /// Lowest stack address the interpreter may reach before raising RecursionError.
    pub stack_limit: Cell<usize>,
    /// Loop back edges left before the eval loop next asks whether another thread's turn
    /// has come (see [`Vm::tick`]).
    pub back_edges: u32,
    pub audit_hooks: RefCell<Vec<Value>>,
    /// Whether code images go to sealed memfds (off only for measurements).
    pub seal_images: bool,
    pub main_path: Option<std::path::PathBuf>,
    /// When set, every namespace write the choke point sees is recorded (tests, audit).
    pub write_log: Option<Vec<crate::readonly::WriteRecord>>,
    /// readonly: the policy, audit log and freeze state the write choke point uses.
    pub readonly: crate::readonly::ReadOnlyState,
    /// Containers being repr'd, to print `[...]` for cycles.
    pub repr_stack: Vec<usize>,
    /// Cleared value vectors reused for frames' locals and stacks.
    pub vec_pool: Vec<Vec<Value>>,
    /// Every running frame, innermost last (audit locations, `warnings`' caller).
    pub frames: Vec<FrameRef>,
}

/// What the VM remembers of a running frame. The pointers are kept alive by the frame's own
/// `Rc<Code>` and `Rc<DictObj>` from the push in `run_frame` to the matching pop.
#[derive(Clone, Copy)]
pub struct FrameRef {
    code: *const Code,
    globals: *const DictObj,
    /// The instruction the frame is executing, recorded by the instructions that can write a
    /// namespace or call out (calls, stores, cold instructions).
    pub pc: usize,
}

impl FrameRef {
    pub fn new(code: &Rc<Code>, globals: &Rc<DictObj>) -> FrameRef {
        FrameRef {
            code: Rc::as_ptr(code),
            globals: Rc::as_ptr(globals),
            pc: 0,
        }
    }

    pub fn code(&self) -> &Code {
        // SAFETY: `run_frame` pushes this from the running frame's `Rc<Code>` and pops it before
        // that frame (and so the Rc) can go away; a Code is never mutated through a `&mut`, so
        // a shared reference to it is sound while the entry is on the stack.
        unsafe { &*self.code }
    }

    /// The frame's code object, owned.
    pub fn code_rc(&self) -> Rc<Code> {
        // SAFETY: the pointer came from `Rc::as_ptr` of the frame's `Rc<Code>`, which is alive
        // while this entry is on the stack; taking a new strong reference keeps it so.
        unsafe {
            Rc::increment_strong_count(self.code);
            Rc::from_raw(self.code)
        }
    }

    pub fn globals(&self) -> Rc<DictObj> {
        let g: &DictObj = {
            // SAFETY: as for `code`: the frame's `Rc<DictObj>` outlives this entry, and dicts are
            // only ever reached through shared references (their state is in RefCells).
            unsafe { &*self.globals }
        };
        // Re-own it: find the Rc again by bumping the strong count of the live allocation.
        // SAFETY: the pointer came from `Rc::as_ptr` of an Rc that is still alive.
        unsafe {
            Rc::increment_strong_count(g as *const DictObj);
            Rc::from_raw(g as *const DictObj)
        }
    }
}

impl Vm {
    /// Runs every [`BACK_EDGES_PER_TICK`] loop back edges: when other Python threads exist
    /// and the running one has had its time slice, they get a turn. A thread that spins on a
    /// flag another thread sets cannot starve that thread, as with CPython's switch interval.
    #[cold]
    #[inline(never)]
    pub fn tick(&mut self) -> PyResult<()> {
        self.back_edges = BACK_EDGES_PER_TICK;
        crate::modules::thread::preempt(self)
    }

    pub fn new() -> Vm {
        let types = Types::new();
        let builtins = Rc::new(DictObj::new());
        builtins.role.set(DictRole::Namespace);
        let bname = Rc::new(PyStr::new("builtins"));
        let builtins_module = Rc::new(Module {
            name: bname.clone(),
            dict: builtins.clone(),
            modified: Cell::new(false),
        });
        let modules = Rc::new(DictObj::new());
        let sysdict = Rc::new(DictObj::new());
        sysdict.role.set(DictRole::Namespace);
        let sys = Rc::new(Module {
            name: Rc::new(PyStr::new("sys")),
            dict: sysdict,
            modified: Cell::new(false),
        });
        let mut vm = Vm {
            types,
            builtins,
            builtins_module,
            modules,
            sys,
            exc_info: Value::None,
            depth: 0,
            recursion_limit: 1000,
            streams: StdStreams {
                out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
                err: std::io::stderr(),
            },
            interned: types::InternTable::with_capacity_and_hasher(2048, BuildIdentity),
            static_names: HashMap::default(),
            static_cache: vec![None; STATIC_CACHE],
            ascii_chars: (0u8..128)
                .map(|b| Rc::new(PyStr::new(&(b as char).to_string())))
                .collect(),
            sources: HashMap::new(),
            stack_limit: Cell::new(0),
            back_edges: BACK_EDGES_PER_TICK,
            audit_hooks: RefCell::new(Vec::new()),
            seal_images: true,
            main_path: None,
            write_log: None,
            readonly: crate::readonly::ReadOnlyState::off(),
            repr_stack: Vec::new(),
            vec_pool: Vec::new(),
            frames: Vec::new(),
        };
        vm.types.install_methods(&mut vm.interned);
        crate::builtins::install(&mut vm);
        crate::modules::install(&mut vm);
        vm
    }

    /// The canonical string for a name written in the interpreter's source: looked up by the
    /// literal's address, so hot paths pay no string hashing.
    pub fn intern_static(&mut self, s: &'static str) -> Rc<PyStr> {
        let key = s.as_ptr() as usize ^ (s.len() << 48);
        // A two-way cache in front of the map: most lookups are one or two compares. (Direct
        // mapped on the address bits, two names a loop alternates between, `__add__` and
        // `__mul__` in particles, could share a slot and miss every time: ~85 instructions.)
        let set = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) & (STATIC_CACHE / 2 - 1);
        let slot = 2 * set;
        if let Some((k, r)) = &self.static_cache[slot]
            && *k == key
        {
            return r.clone();
        }
        if let Some((k, r)) = &self.static_cache[slot + 1]
            && *k == key
        {
            return r.clone();
        }
        let r = match self.static_names.get(&key) {
            Some(r) => r.clone(),
            None => {
                let r = self.intern(s);
                self.static_names.insert(key, r.clone());
                r
            }
        };
        // The newcomer takes the first way; the name it displaces keeps the second.
        self.static_cache.swap(slot, slot + 1);
        self.static_cache[slot] = Some((key, r.clone()));
        r
    }

    /// The canonical string object for a name.
    pub fn intern(&mut self, s: &str) -> Rc<PyStr> {
        types::intern_in(&mut self.interned, s)
    }

    /// The shared one-character string of the ASCII byte `b` (`None` past ASCII).
    #[inline(always)]
    pub fn ascii_char(&self, b: u8) -> Option<Value> {
        self.ascii_chars
            .get(b as usize)
            .map(|s| Value::Str(s.clone()))
    }

    pub fn new_str(&mut self, s: &str) -> Value {
        if s.len() == 1 && s.as_bytes()[0] < 128 {
            return Value::Str(self.ascii_chars[s.as_bytes()[0] as usize].clone());
        }
        if s.is_empty() {
            return Value::Str(self.intern_static(""));
        }
        Value::str(s)
    }

    pub fn flush_stdout(&mut self) {
        let _ = self.streams.out.flush();
    }

    /// Writes to the real stdout through the buffer.
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        // A failed write raises what the error is (BrokenPipeError when the reader has gone).
        self.streams
            .out
            .write_all(s.as_bytes())
            .map_err(|e| crate::modules::os::os_error(self, &e, &Value::None, &Value::None))
    }

    pub fn write_stderr(&mut self, s: &str) {
        let _ = self.streams.out.flush();
        let _ = self.streams.err.write_all(s.as_bytes());
    }

    /// File, line and function of the Python code running now (innermost frame).
    pub fn current_location(&self) -> Option<(String, u32, String)> {
        let top = self.frames.last()?;
        let code = top.code();
        let line = code.line_of(top.pc as u32);
        Some((
            code.filename.as_str().to_string(),
            line,
            code.qualname.as_str().to_string(),
        ))
    }

    /// Records the stack position the interpreter starts from; RecursionError is raised
    /// well before `stack_size` bytes below it are used.
    pub fn set_stack_base(&self, stack_size: usize) {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        let margin = 256 * 1024;
        self.stack_limit
            .set(here.saturating_sub(stack_size.saturating_sub(margin)));
    }

    #[inline(always)]
    pub fn stack_exhausted(&self) -> bool {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        here < self.stack_limit.get()
    }

    /// Makes a module object with a fresh namespace.
    pub fn new_module(&mut self, name: &str) -> Rc<Module> {
        let dict = Rc::new(DictObj::new());
        dict.role.set(DictRole::Namespace);
        let n = self.intern(name);
        let m = Rc::new(Module {
            name: n.clone(),
            dict: dict.clone(),
            modified: Cell::new(false),
        });
        *dict.owner.borrow_mut() = Some(crate::readonly::NsOwner::Module(name.to_string()));
        dict.set_str_raw(self.intern_static("__name__"), Value::Str(n));
        dict.set_str_raw(self.intern_static("__doc__"), Value::None);
        m
    }

    pub fn builtin_fn(&mut self, name: &'static str, func: NativeFn) -> Value {
        Value::Builtin(Rc::new(Builtin {
            name,
            func,
            receiver: Value::Undef,
            owner: None,
        }))
    }
}

impl Default for Vm {
    fn default() -> Self {
        Self::new()
    }
}
