//! The code image: every code object of one module serialised into one immutable byte buffer.
//!
//! Layout (all integers little-endian `u32` unless noted):
//!
//! ```text
//! magic "PYSEAL01" | ncodes | offset[ncodes] | record[ncodes]
//! record: argcount posonly kwonly flags firstlineno stacksize
//!         name qualname filename             (str: len, utf-8 bytes)
//!         varnames cellvars freevars names   (strlist: n, str*)
//!         n cell2arg[n]                      (u32::MAX = not an argument)
//!         nconsts const*                     (tag byte + payload)
//!         ncode <pad to 4> word[ncode]
//!         nlines (instr, line)[nlines]       (line of each run of instructions)
//!         nexc (start end target depth lasti)[nexc]
//!         npos byte[npos]                    (source positions, see below)
//! ```
//!
//! The position table gives each instruction the source span CPython 3.11's `co_positions()`
//! would (start and end line, start and end column as UTF-8 byte offsets). It is a run-length
//! stream of LEB128 varints, one entry per run of instructions with equal spans:
//! `count, zigzag(line - previous line), end_line - line, col, end_col`. Only tracebacks read
//! it, so it is decoded lazily by walking the stream ([`CodeRecord::position_of`]).
//!
//! [`ImageBuilder`] writes images; [`CodeRecord::parse`] reads and verifies one record. Reading
//! never writes to the image: the same bytes may sit in a sealed mapping.

use super::{Const, ExcEntry, Op, decode, stack_effect, stack_needs};

pub const MAGIC: &[u8; 8] = b"PYSEAL01";

/// [`CodeRecord::depths`] of an instruction no path reaches.
pub const UNREACHED: u32 = u32::MAX;

/// A code object as the compiler hands it over, before serialisation.
#[derive(Clone, Debug, Default)]
pub struct CodeUnit {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub names: Vec<String>,
    /// For each cell variable, the argument it is initialised from (`u32::MAX`: none).
    pub cell2arg: Vec<u32>,
    pub consts: Vec<Const>,
    pub code: Vec<u32>,
    /// `(first instruction, line)` for each run of instructions on one line.
    pub lines: Vec<(u32, u32)>,
    pub exc_table: Vec<ExcEntry>,
    /// The source span of each instruction (empty: none known).
    pub positions: Vec<Position>,
}

/// The source span of one instruction, as `co_positions()` gives it: 1-based lines, 0-based
/// columns counted in UTF-8 bytes from the start of their line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// Encodes the position table of `count` instructions (see the module docs).
pub fn encode_positions(positions: &[Position]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev_line = 0u32;
    let mut i = 0;
    while i < positions.len() {
        let p = positions[i];
        let mut run = 1;
        while i + run < positions.len() && positions[i + run] == p {
            run += 1;
        }
        put_varint(&mut out, run as u64);
        put_varint(&mut out, zigzag(i64::from(p.line) - i64::from(prev_line)));
        put_varint(&mut out, u64::from(p.end_line.saturating_sub(p.line)));
        put_varint(&mut out, u64::from(p.col));
        put_varint(&mut out, u64::from(p.end_col));
        prev_line = p.line;
        i += run;
    }
    out
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

/// Reads the position stream run by run: `(first instruction, run length, position)`. A
/// malformed stream ends the iteration early; it never panics.
struct PositionRuns<'a> {
    bytes: &'a [u8],
    pos: usize,
    next_instr: u64,
    line: i64,
}

impl PositionRuns<'_> {
    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes.get(self.pos)?;
            self.pos += 1;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}

impl Iterator for PositionRuns<'_> {
    type Item = (u64, u64, Position);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.bytes.len() {
            return None;
        }
        let run = self.varint()?;
        let delta = self.varint()?;
        let delta = (delta >> 1) as i64 ^ -((delta & 1) as i64);
        let span = self.varint()?;
        let col = self.varint()?;
        let end_col = self.varint()?;
        self.line = self.line.checked_add(delta)?;
        let line = u32::try_from(self.line).ok()?;
        let p = Position {
            line,
            end_line: line.checked_add(u32::try_from(span).ok()?)?,
            col: u32::try_from(col).ok()?,
            end_col: u32::try_from(end_col).ok()?,
        };
        let first = self.next_instr;
        self.next_instr = first.checked_add(run)?;
        Some((first, run, p))
    }
}

/// Serialises code units into an image. Code unit 0 is the module's top-level code.
pub struct ImageBuilder;

impl ImageBuilder {
    pub fn build(units: &[CodeUnit]) -> Vec<u8> {
        let mut out = Vec::with_capacity(256 + units.len() * 256);
        out.extend_from_slice(MAGIC);
        put_u32(&mut out, units.len() as u32);
        let table = out.len();
        out.resize(table + 4 * units.len(), 0);
        for (i, unit) in units.iter().enumerate() {
            let off = out.len() as u32;
            out[table + 4 * i..table + 4 * i + 4].copy_from_slice(&off.to_le_bytes());
            write_unit(&mut out, unit);
        }
        out
    }
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_u32(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

fn put_strs(out: &mut Vec<u8>, v: &[String]) {
    put_u32(out, v.len() as u32);
    for s in v {
        put_str(out, s);
    }
}

fn write_unit(out: &mut Vec<u8>, u: &CodeUnit) {
    for v in [
        u.argcount,
        u.posonlyargcount,
        u.kwonlyargcount,
        u.flags,
        u.firstlineno,
        u.stacksize,
    ] {
        put_u32(out, v);
    }
    put_str(out, &u.name);
    put_str(out, &u.qualname);
    put_str(out, &u.filename);
    put_strs(out, &u.varnames);
    put_strs(out, &u.cellvars);
    put_strs(out, &u.freevars);
    put_strs(out, &u.names);
    put_u32(out, u.cell2arg.len() as u32);
    for &c in &u.cell2arg {
        put_u32(out, c);
    }
    put_u32(out, u.consts.len() as u32);
    for c in &u.consts {
        write_const(out, c);
    }
    put_u32(out, u.code.len() as u32);
    while !out.len().is_multiple_of(4) {
        out.push(0);
    }
    for &w in &u.code {
        put_u32(out, w);
    }
    put_u32(out, u.lines.len() as u32);
    for &(i, l) in &u.lines {
        put_u32(out, i);
        put_u32(out, l);
    }
    put_u32(out, u.exc_table.len() as u32);
    for e in &u.exc_table {
        for v in [e.start, e.end, e.target, e.depth, e.push_lasti as u32] {
            put_u32(out, v);
        }
    }
    let positions = encode_positions(&u.positions);
    put_u32(out, positions.len() as u32);
    out.extend_from_slice(&positions);
}

const T_NONE: u8 = 0;
const T_TRUE: u8 = 1;
const T_FALSE: u8 = 2;
const T_ELLIPSIS: u8 = 3;
const T_INT: u8 = 4;
const T_BIGINT: u8 = 5;
const T_FLOAT: u8 = 6;
const T_COMPLEX: u8 = 7;
const T_STR: u8 = 8;
const T_BYTES: u8 = 9;
const T_TUPLE: u8 = 10;
const T_CODE: u8 = 11;

fn write_const(out: &mut Vec<u8>, c: &Const) {
    match c {
        Const::None => out.push(T_NONE),
        Const::Bool(true) => out.push(T_TRUE),
        Const::Bool(false) => out.push(T_FALSE),
        Const::Ellipsis => out.push(T_ELLIPSIS),
        Const::Int(i) => {
            out.push(T_INT);
            out.extend_from_slice(&i.to_le_bytes());
        }
        Const::BigInt(s) => {
            out.push(T_BIGINT);
            put_str(out, s);
        }
        Const::Float(f) => {
            out.push(T_FLOAT);
            out.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        Const::Complex(re, im) => {
            out.push(T_COMPLEX);
            out.extend_from_slice(&re.to_bits().to_le_bytes());
            out.extend_from_slice(&im.to_bits().to_le_bytes());
        }
        Const::Str(s) => {
            out.push(T_STR);
            put_str(out, s);
        }
        Const::Bytes(b) => {
            out.push(T_BYTES);
            put_u32(out, b.len() as u32);
            out.extend_from_slice(b);
        }
        Const::Tuple(items) => {
            out.push(T_TUPLE);
            put_u32(out, items.len() as u32);
            for it in items {
                write_const(out, it);
            }
        }
        Const::Code(i) => {
            out.push(T_CODE);
            put_u32(out, *i);
        }
    }
}

/// Why an image could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImageError {
    #[error("not a pyseal code image (bad magic)")]
    BadMagic,
    #[error("code image truncated at byte {0}")]
    Truncated(usize),
    #[error("code image has invalid UTF-8 at byte {0}")]
    BadUtf8(usize),
    #[error("code image has an unknown constant tag {0} at byte {1}")]
    BadConst(u8, usize),
    #[error("code image: code {code}: instruction {instr}: {problem}")]
    BadInstruction {
        code: usize,
        instr: usize,
        problem: String,
    },
    #[error("code image has no code object {0}")]
    NoSuchCode(usize),
}

/// A cursor over image bytes; every read is bounds-checked.
struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn u8(&mut self) -> Result<u8, ImageError> {
        let v = *self
            .b
            .get(self.pos)
            .ok_or(ImageError::Truncated(self.pos))?;
        self.pos += 1;
        Ok(v)
    }

    fn bytes(&mut self, n: usize) -> Result<&'a [u8], ImageError> {
        let end = self
            .pos
            .checked_add(n)
            .ok_or(ImageError::Truncated(self.pos))?;
        let s = self
            .b
            .get(self.pos..end)
            .ok_or(ImageError::Truncated(self.pos))?;
        self.pos = end;
        Ok(s)
    }

    fn u32(&mut self) -> Result<u32, ImageError> {
        let s = self.bytes(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }

    fn u64(&mut self) -> Result<u64, ImageError> {
        let s = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(s);
        Ok(u64::from_le_bytes(a))
    }

    fn str(&mut self) -> Result<&'a str, ImageError> {
        let n = self.u32()? as usize;
        let at = self.pos;
        let s = self.bytes(n)?;
        std::str::from_utf8(s).map_err(|_| ImageError::BadUtf8(at))
    }

    fn strs(&mut self) -> Result<Vec<&'a str>, ImageError> {
        let n = self.u32()? as usize;
        let mut v = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            v.push(self.str()?);
        }
        Ok(v)
    }

    fn constant(&mut self, depth: usize) -> Result<Const, ImageError> {
        let at = self.pos;
        let tag = self.u8()?;
        Ok(match tag {
            T_NONE => Const::None,
            T_TRUE => Const::Bool(true),
            T_FALSE => Const::Bool(false),
            T_ELLIPSIS => Const::Ellipsis,
            T_INT => Const::Int(self.u64()? as i64),
            T_BIGINT => Const::BigInt(self.str()?.to_string()),
            T_FLOAT => Const::Float(f64::from_bits(self.u64()?)),
            T_COMPLEX => Const::Complex(f64::from_bits(self.u64()?), f64::from_bits(self.u64()?)),
            T_STR => Const::Str(self.str()?.to_string()),
            T_BYTES => {
                let n = self.u32()? as usize;
                Const::Bytes(self.bytes(n)?.to_vec())
            }
            T_TUPLE if depth < 64 => {
                let n = self.u32()? as usize;
                let mut items = Vec::with_capacity(n.min(4096));
                for _ in 0..n {
                    items.push(self.constant(depth + 1)?);
                }
                Const::Tuple(items)
            }
            T_CODE => Const::Code(self.u32()?),
            t => return Err(ImageError::BadConst(t, at)),
        })
    }
}

/// Number of code objects in an image, after checking the magic.
pub fn code_count(image: &[u8]) -> Result<usize, ImageError> {
    if image.len() < 12 || &image[..8] != MAGIC {
        return Err(ImageError::BadMagic);
    }
    Ok(u32::from_le_bytes([image[8], image[9], image[10], image[11]]) as usize)
}

/// One code object's metadata read out of an image. Instructions, line table and exception
/// table stay in the image; this records where they are.
#[derive(Clone, Debug)]
pub struct CodeRecord {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub firstlineno: u32,
    pub stacksize: u32,
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub names: Vec<String>,
    pub cell2arg: Vec<u32>,
    pub consts: Vec<Const>,
    /// Byte range of the instruction words in the image.
    pub code_start: usize,
    pub code_len: usize,
    /// The operand-stack depth the verifier proved for each instruction ([`UNREACHED`] for
    /// dead code): the eval loop checks it wherever code it does not own touched the stack.
    /// Proved when first asked for ([`CodeRecord::prove`]).
    depths: std::cell::OnceCell<Vec<u32>>,
    lines_start: usize,
    nlines: usize,
    exc_start: usize,
    nexc: usize,
    pos_start: usize,
    pos_len: usize,
}

impl CodeRecord {
    /// Reads and verifies code object `index`: every opcode is known, every jump lands inside
    /// the code, every constant, name and local index is in range. That every instruction is
    /// reached with one stack depth is proved when the code first runs ([`CodeRecord::depths`]):
    /// most functions of an imported module never do.
    pub fn parse(image: &[u8], index: usize) -> Result<CodeRecord, ImageError> {
        let rec = Self::read(image, index)?;
        rec.verify(image, index, code_count(image)?)?;
        Ok(rec)
    }

    /// Proves the operand-stack depth of every instruction (once) and returns them.
    pub fn prove(&self, image: &[u8], index: usize) -> Result<&[u32], ImageError> {
        if let Some(d) = self.depths.get() {
            return Ok(d);
        }
        let depths = self.prove_depths(image, index)?;
        Ok(self.depths.get_or_init(|| depths))
    }

    /// The depths if they are proved already.
    #[inline(always)]
    pub fn proved_depths(&self) -> Option<&[u32]> {
        self.depths.get().map(Vec::as_slice)
    }

    /// The proved operand-stack depth of each instruction; empty if the proof fails, which the
    /// eval loop reports as an internal error before the code runs.
    pub fn depths(&self, image: &[u8], index: usize) -> &[u32] {
        self.prove(image, index).unwrap_or_default()
    }

    fn read(image: &[u8], index: usize) -> Result<CodeRecord, ImageError> {
        let n = code_count(image)?;
        if index >= n {
            return Err(ImageError::NoSuchCode(index));
        }
        let mut r = Reader {
            b: image,
            pos: 12 + 4 * index,
        };
        let off = r.u32()? as usize;
        let mut r = Reader { b: image, pos: off };
        let argcount = r.u32()?;
        let posonlyargcount = r.u32()?;
        let kwonlyargcount = r.u32()?;
        let flags = r.u32()?;
        let firstlineno = r.u32()?;
        let stacksize = r.u32()?;
        let name = r.str()?.to_string();
        let qualname = r.str()?.to_string();
        let filename = r.str()?.to_string();
        let owned = |v: Vec<&str>| v.into_iter().map(str::to_string).collect::<Vec<_>>();
        let varnames = owned(r.strs()?);
        let cellvars = owned(r.strs()?);
        let freevars = owned(r.strs()?);
        let names = owned(r.strs()?);
        let ncell2arg = r.u32()? as usize;
        let mut cell2arg = Vec::with_capacity(ncell2arg.min(4096));
        for _ in 0..ncell2arg {
            cell2arg.push(r.u32()?);
        }
        let nconsts = r.u32()? as usize;
        let mut consts = Vec::with_capacity(nconsts.min(4096));
        for _ in 0..nconsts {
            consts.push(r.constant(0)?);
        }
        let ncode = r.u32()? as usize;
        while !r.pos.is_multiple_of(4) {
            r.u8()?;
        }
        let code_start = r.pos;
        r.bytes(ncode.checked_mul(4).ok_or(ImageError::Truncated(r.pos))?)?;
        let nlines = r.u32()? as usize;
        let lines_start = r.pos;
        r.bytes(nlines.checked_mul(8).ok_or(ImageError::Truncated(r.pos))?)?;
        let nexc = r.u32()? as usize;
        let exc_start = r.pos;
        r.bytes(nexc.checked_mul(20).ok_or(ImageError::Truncated(r.pos))?)?;
        let pos_len = r.u32()? as usize;
        let pos_start = r.pos;
        r.bytes(pos_len)?;
        Ok(CodeRecord {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            firstlineno,
            stacksize,
            name,
            qualname,
            filename,
            varnames,
            cellvars,
            freevars,
            names,
            cell2arg,
            consts,
            code_start,
            code_len: ncode,
            depths: std::cell::OnceCell::new(),
            lines_start,
            nlines,
            exc_start,
            nexc,
            pos_start,
            pos_len,
        })
    }

    fn verify(&self, image: &[u8], index: usize, ncodes: usize) -> Result<(), ImageError> {
        let bad = |instr: usize, problem: String| ImageError::BadInstruction {
            code: index,
            instr,
            problem,
        };
        let ncells = self.cellvars.len() + self.freevars.len();
        for i in 0..self.code_len {
            let (op, arg) = decode(word_at(image, self.code_start, i));
            let arg = arg as usize;
            let Some(op) = op else {
                return Err(bad(i, "unknown opcode".into()));
            };
            let limit = match op {
                Op::LoadConst => Some(("constant", self.consts.len())),
                Op::LoadName
                | Op::StoreName
                | Op::DeleteName
                | Op::LoadGlobal
                | Op::StoreGlobal
                | Op::DeleteGlobal
                | Op::LoadAttr
                | Op::StoreAttr
                | Op::DeleteAttr
                | Op::LoadMethod
                | Op::LoadSuperMethod
                | Op::ImportName
                | Op::ImportFrom => Some(("name", self.names.len())),
                Op::LoadFast | Op::StoreFast | Op::DeleteFast | Op::LoadFastChecked => {
                    Some(("local", self.varnames.len()))
                }
                Op::LoadDeref
                | Op::StoreDeref
                | Op::DeleteDeref
                | Op::LoadClosure
                | Op::LoadClassDeref => Some(("cell", ncells)),
                Op::Jump
                | Op::JumpBackward
                | Op::PopJumpIfFalse
                | Op::PopJumpIfTrue
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop
                | Op::PopJumpIfNone
                | Op::PopJumpIfNotNone
                | Op::ForIter
                | Op::Send => Some(("jump target", self.code_len)),
                _ => None,
            };
            if let Some((what, n)) = limit
                && arg >= n
            {
                return Err(bad(i, format!("{what} index {arg} out of range ({n})")));
            }
            if op == Op::JumpBackward && arg > i {
                return Err(bad(i, format!("backward jump to {arg} goes forward")));
            }
            let stack_relative = matches!(
                op,
                Op::Copy
                    | Op::Swap
                    | Op::ListAppend
                    | Op::SetAdd
                    | Op::MapAdd
                    | Op::ListExtend
                    | Op::SetUpdate
                    | Op::DictUpdate
                    | Op::DictMerge
            );
            if stack_relative && arg == 0 {
                return Err(bad(
                    i,
                    format!("{} needs an argument of at least 1", op.name()),
                ));
            }
            if matches!(op, Op::CheckEgMatch | Op::PrepReraiseStar) && arg != 0 {
                return Err(bad(i, format!("{} takes no argument", op.name())));
            }
        }
        for c in &self.consts {
            check_const_codes(c, ncodes).map_err(|p| bad(0, p))?;
        }
        for e in self.exc_entries(image) {
            if e.start > e.end
                || e.end as usize > self.code_len
                || e.target as usize >= self.code_len
                || e.push_lasti
            {
                return Err(bad(e.start as usize, "bad exception table entry".into()));
            }
        }
        if self.code_len == 0 {
            return Err(bad(0, "empty code".into()));
        }
        Ok(())
    }

    /// Proves the operand-stack depth of every reachable instruction by following each path
    /// from the entry and from every exception handler: no instruction finds fewer values than
    /// it pops or reads ([`stack_needs`]), every path into an instruction arrives with the same
    /// depth, no path runs past the last instruction, and no depth exceeds the declared
    /// `stacksize`. The eval loop relies on this to push and pop without bounds checks.
    fn prove_depths(&self, image: &[u8], index: usize) -> Result<Vec<u32>, ImageError> {
        let bad = |instr: usize, problem: String| ImageError::BadInstruction {
            code: index,
            instr,
            problem,
        };
        let n = self.code_len;
        // The handler the VM picks for each instruction: the first entry covering it.
        let mut handler: Vec<Option<ExcEntry>> = vec![None; n];
        let entries: Vec<ExcEntry> = self.exc_entries(image).collect();
        for e in entries.iter().rev() {
            for h in &mut handler[e.start as usize..e.end as usize] {
                *h = Some(*e);
            }
        }
        let mut depths = vec![UNREACHED; n];
        let mut work = vec![0usize];
        depths[0] = 0;
        let limit = i64::from(self.stacksize);
        let arrive = |depths: &mut Vec<u32>,
                      work: &mut Vec<usize>,
                      from: usize,
                      to: usize,
                      depth: i64|
         -> Result<(), ImageError> {
            if to >= n {
                return Err(bad(from, "runs past the end of the code".into()));
            }
            if depth < 0 {
                return Err(bad(from, "pops more values than the stack holds".into()));
            }
            if depth > limit {
                return Err(bad(
                    from,
                    format!("stack depth {depth} exceeds the declared stacksize {limit}"),
                ));
            }
            let d = depth as u32;
            if depths[to] == UNREACHED {
                depths[to] = d;
                work.push(to);
            } else if depths[to] != d {
                return Err(bad(
                    to,
                    format!("reached with stack depths {} and {d}", depths[to]),
                ));
            }
            Ok(())
        };
        while let Some(pc) = work.pop() {
            let d = i64::from(depths[pc]);
            let (op, arg) = decode(word_at(image, self.code_start, pc));
            let Some(op) = op else {
                return Err(bad(pc, "unknown opcode".into()));
            };
            if i64::from(stack_needs(op, arg)) > d {
                return Err(bad(
                    pc,
                    format!(
                        "{} needs {} stack values, has {d}",
                        op.name(),
                        stack_needs(op, arg)
                    ),
                ));
            }
            if let Some(e) = handler[pc] {
                // The VM cuts the stack to the entry's depth and pushes the exception.
                arrive(
                    &mut depths,
                    &mut work,
                    pc,
                    e.target as usize,
                    i64::from(e.depth) + 1,
                )?;
            }
            let fall = d + i64::from(stack_effect(op, arg, false));
            let branch = d + i64::from(stack_effect(op, arg, true));
            match op {
                Op::ReturnValue | Op::Raise | Op::Reraise => {}
                Op::Jump | Op::JumpBackward => {
                    arrive(&mut depths, &mut work, pc, arg as usize, branch)?
                }
                Op::PopJumpIfFalse
                | Op::PopJumpIfTrue
                | Op::PopJumpIfNone
                | Op::PopJumpIfNotNone
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop
                | Op::ForIter
                | Op::Send => {
                    arrive(&mut depths, &mut work, pc, arg as usize, branch)?;
                    arrive(&mut depths, &mut work, pc, pc + 1, fall)?;
                }
                _ => arrive(&mut depths, &mut work, pc, pc + 1, fall)?,
            }
        }
        Ok(depths)
    }

    /// The instruction words of this code object, as a byte slice of the image.
    pub fn code_bytes<'a>(&self, image: &'a [u8]) -> &'a [u8] {
        &image[self.code_start..self.code_start + 4 * self.code_len]
    }

    /// Source line of instruction `instr` (0 when unknown).
    pub fn line_of(&self, image: &[u8], instr: u32) -> u32 {
        let mut line = self.firstlineno;
        for k in 0..self.nlines {
            let at = self.lines_start + 8 * k;
            let start = u32_at(image, at);
            if start > instr {
                break;
            }
            line = u32_at(image, at + 4);
        }
        line
    }

    /// All `(first instruction, line)` runs.
    pub fn line_runs(&self, image: &[u8]) -> Vec<(u32, u32)> {
        (0..self.nlines)
            .map(|k| {
                let at = self.lines_start + 8 * k;
                (u32_at(image, at), u32_at(image, at + 4))
            })
            .collect()
    }

    fn position_runs<'a>(&self, image: &'a [u8]) -> PositionRuns<'a> {
        PositionRuns {
            bytes: &image[self.pos_start..self.pos_start + self.pos_len],
            pos: 0,
            next_instr: 0,
            line: 0,
        }
    }

    /// The source span of instruction `instr`, when the table has one.
    pub fn position_of(&self, image: &[u8], instr: u32) -> Option<Position> {
        let instr = u64::from(instr);
        self.position_runs(image)
            .find(|&(first, run, _)| first <= instr && instr < first + run)
            .map(|(_, _, p)| p)
    }

    /// The source span of every instruction, in order (`None` past the table's end).
    pub fn positions(&self, image: &[u8]) -> Vec<Option<Position>> {
        let mut out = Vec::with_capacity(self.code_len);
        for (_, run, p) in self.position_runs(image) {
            for _ in 0..run {
                if out.len() >= self.code_len {
                    return out;
                }
                out.push(Some(p));
            }
        }
        out.resize(self.code_len, None);
        out
    }

    /// The innermost handler covering instruction `instr`.
    pub fn handler_for(&self, image: &[u8], instr: u32) -> Option<ExcEntry> {
        // Entries are emitted innermost-first for nested ranges, so the first match wins.
        self.exc_entries(image)
            .find(|e| e.start <= instr && instr < e.end)
    }

    pub fn exc_entries<'a>(&self, image: &'a [u8]) -> impl Iterator<Item = ExcEntry> + 'a {
        let start = self.exc_start;
        (0..self.nexc).map(move |k| {
            let at = start + 20 * k;
            ExcEntry {
                start: u32_at(image, at),
                end: u32_at(image, at + 4),
                target: u32_at(image, at + 8),
                depth: u32_at(image, at + 12),
                push_lasti: u32_at(image, at + 16) != 0,
            }
        })
    }
}

fn check_const_codes(c: &Const, ncodes: usize) -> Result<(), String> {
    match c {
        Const::Code(i) if *i as usize >= ncodes => Err(format!("code constant {i} out of range")),
        Const::Tuple(items) => items.iter().try_for_each(|c| check_const_codes(c, ncodes)),
        _ => Ok(()),
    }
}

#[inline(always)]
fn u32_at(image: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([image[at], image[at + 1], image[at + 2], image[at + 3]])
}

/// Instruction word `i` of the code starting at byte `start`.
#[inline(always)]
pub fn word_at(image: &[u8], start: usize, i: usize) -> u32 {
    u32_at(image, start + 4 * i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::{Op, encode};

    fn unit() -> CodeUnit {
        CodeUnit {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: "t.py".into(),
            firstlineno: 1,
            names: vec!["print".into()],
            consts: vec![
                Const::Int(-5),
                Const::BigInt("123456789012345678901234567890".into()),
                Const::Float(1.5),
                Const::Tuple(vec![Const::Str("é".into()), Const::Bytes(vec![0, 255])]),
                Const::None,
            ],
            code: vec![encode(Op::LoadConst, 0), encode(Op::ReturnValue, 0)],
            lines: vec![(0, 1)],
            exc_table: vec![ExcEntry {
                start: 0,
                end: 1,
                target: 1,
                depth: 0,
                push_lasti: false,
            }],
            stacksize: 1,
            ..Default::default()
        }
    }

    #[test]
    fn round_trip() {
        let u = unit();
        let img = ImageBuilder::build(std::slice::from_ref(&u));
        let r = CodeRecord::parse(&img, 0).unwrap();
        assert_eq!(r.consts, u.consts);
        assert_eq!(r.names, u.names);
        assert_eq!(r.line_of(&img, 1), 1);
        assert_eq!(r.exc_entries(&img).collect::<Vec<_>>(), u.exc_table);
        assert_eq!(r.code_bytes(&img).len(), 8);
    }

    #[test]
    fn positions_round_trip() {
        let p = |line, end_line, col, end_col| Position {
            line,
            end_line,
            col,
            end_col,
        };
        let mut u = unit();
        u.code = vec![
            encode(Op::LoadConst, 0),
            encode(Op::LoadConst, 0),
            encode(Op::PopTop, 0),
            encode(Op::LoadConst, 0),
            encode(Op::PopTop, 0),
            encode(Op::LoadConst, 0),
            encode(Op::ReturnValue, 0),
        ];
        u.stacksize = 2;
        u.positions = vec![
            p(3, 3, 4, 9),
            p(3, 3, 4, 9),
            p(300, 302, 0, 200),
            p(2, 2, 0, 0),
            p(70000, 70000, 1000, 12),
            p(1, 1, 0, 1),
            p(1, 1, 0, 1),
        ];
        let img = ImageBuilder::build(std::slice::from_ref(&u));
        let r = CodeRecord::parse(&img, 0).unwrap();
        let all: Vec<_> = u.positions.iter().copied().map(Some).collect();
        assert_eq!(r.positions(&img), all);
        for (i, want) in u.positions.iter().enumerate() {
            assert_eq!(r.position_of(&img, i as u32), Some(*want));
        }
        assert_eq!(r.position_of(&img, 7), None);
        // Equal neighbours share a run: five runs of five one-byte varints, plus the
        // multi-byte ones.
        assert!(encode_positions(&u.positions).len() < 40);
        // No table: no positions, and no panic on a short or garbled stream.
        let bare = ImageBuilder::build(&[unit()]);
        let r = CodeRecord::parse(&bare, 0).unwrap();
        assert_eq!(r.positions(&bare), vec![None, None]);
        let garbled = PositionRuns {
            bytes: &[0xff, 0xff, 0x01],
            pos: 0,
            next_instr: 0,
            line: 0,
        };
        assert_eq!(garbled.count(), 0);
    }

    /// A bare code unit with `code` and `stacksize`, no exception table.
    fn plain(code: Vec<u32>, stacksize: u32) -> CodeUnit {
        CodeUnit {
            name: "f".into(),
            qualname: "f".into(),
            filename: "t.py".into(),
            consts: vec![Const::None],
            code,
            stacksize,
            ..Default::default()
        }
    }

    fn problem(u: CodeUnit) -> String {
        let image = ImageBuilder::build(&[u]);
        match CodeRecord::parse(&image, 0).and_then(|r| r.prove(&image, 0).map(|_| ())) {
            Err(ImageError::BadInstruction { problem, .. }) => problem,
            other => panic!("expected a rejected instruction, got {other:?}"),
        }
    }

    #[test]
    fn proves_stack_depths() {
        use Op::*;
        // x if c else y: both arms arrive at the return with one value.
        let code = vec![
            encode(LoadConst, 0),
            encode(PopJumpIfFalse, 4),
            encode(LoadConst, 0),
            encode(Jump, 5),
            encode(LoadConst, 0),
            encode(ReturnValue, 0),
        ];
        let image = ImageBuilder::build(&[plain(code, 1)]);
        let r = CodeRecord::parse(&image, 0).unwrap();
        assert_eq!(r.prove(&image, 0).unwrap(), [0, 1, 0, 1, 0, 1]);
        // Dead code after a return is not analysed.
        let code = vec![
            encode(LoadConst, 0),
            encode(ReturnValue, 0),
            encode(PopTop, 0),
        ];
        let image = ImageBuilder::build(&[plain(code, 1)]);
        let r = CodeRecord::parse(&image, 0).unwrap();
        assert_eq!(r.prove(&image, 0).unwrap()[2], UNREACHED);
        // A handler is entered with its entry's depth plus the exception.
        let mut u = plain(
            vec![
                encode(LoadConst, 0),
                encode(LoadConst, 0),
                encode(ReturnValue, 0),
                encode(PopTop, 0),
                encode(ReturnValue, 0),
            ],
            2,
        );
        u.exc_table = vec![ExcEntry {
            start: 1,
            end: 3,
            target: 3,
            depth: 1,
            push_lasti: false,
        }];
        let image = ImageBuilder::build(&[u]);
        let r = CodeRecord::parse(&image, 0).unwrap();
        assert_eq!(r.prove(&image, 0).unwrap(), [0, 1, 2, 2, 1]);
    }

    #[test]
    fn rejects_unprovable_stacks() {
        use Op::*;
        let underflow = problem(plain(vec![encode(BinaryOp, 0), encode(ReturnValue, 0)], 4));
        assert_eq!(underflow, "BinaryOp needs 2 stack values, has 0");
        let pop_underflow = problem(plain(vec![encode(PopTop, 0), encode(ReturnValue, 0)], 4));
        assert_eq!(pop_underflow, "PopTop needs 1 stack values, has 0");
        let off_end = problem(plain(vec![encode(LoadConst, 0)], 4));
        assert_eq!(off_end, "runs past the end of the code");
        let too_deep = problem(plain(
            vec![
                encode(LoadConst, 0),
                encode(LoadConst, 0),
                encode(ReturnValue, 0),
            ],
            1,
        ));
        assert_eq!(too_deep, "stack depth 2 exceeds the declared stacksize 1");
        // A loop that pushes one more value each time round.
        let forward = problem(plain(
            vec![
                encode(JumpBackward, 1),
                encode(LoadConst, 0),
                encode(ReturnValue, 0),
            ],
            1,
        ));
        assert_eq!(forward, "backward jump to 1 goes forward");
        let growing = problem(plain(vec![encode(LoadConst, 0), encode(Jump, 0)], 100));
        assert_eq!(growing, "reached with stack depths 0 and 1");
        let copy0 = problem(plain(
            vec![
                encode(LoadConst, 0),
                encode(Copy, 0),
                encode(ReturnValue, 0),
            ],
            4,
        ));
        assert_eq!(copy0, "Copy needs an argument of at least 1");
        let mut lasti = plain(vec![encode(LoadConst, 0), encode(ReturnValue, 0)], 2);
        lasti.exc_table = vec![ExcEntry {
            start: 0,
            end: 1,
            target: 1,
            depth: 0,
            push_lasti: true,
        }];
        assert_eq!(problem(lasti), "bad exception table entry");
    }

    #[test]
    fn rejects_bad_index_and_truncation() {
        let mut u = unit();
        u.code[0] = encode(Op::LoadConst, 99);
        let img = ImageBuilder::build(&[u]);
        assert!(matches!(
            CodeRecord::parse(&img, 0),
            Err(ImageError::BadInstruction { .. })
        ));
        let mut u = unit();
        u.code[0] = encode(Op::CheckEgMatch, 1);
        let img = ImageBuilder::build(&[u]);
        assert!(matches!(
            CodeRecord::parse(&img, 0),
            Err(ImageError::BadInstruction { .. })
        ));
        let good = ImageBuilder::build(&[unit()]);
        for cut in [0, 5, 12, 20, good.len() - 1] {
            assert!(CodeRecord::parse(&good[..cut], 0).is_err());
        }
    }
}
