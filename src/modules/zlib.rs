//! `zlib`: DEFLATE compression (RFC 1951) with the zlib (RFC 1950) and gzip (RFC 1952)
//! wrappers, written from the format specifications and zlib's documented behaviour.
//!
//! The compressor follows zlib's algorithm step for step (hash chains over a sliding
//! window, lazy matching, the per-level configuration table, blocks closed when the symbol
//! buffer fills, the stored/fixed/dynamic choice by computed size, Huffman trees built with
//! the same heap order and length limiting), so its output is the same bytes CPython's
//! zlib produces. The decompressor is resumable symbol by symbol, so a stream may arrive in
//! pieces. The native part is `_zlib` (engines kept in a per-thread table, addressed by
//! number); the Python-facing module `zlib` is `lib/zlib.py`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::builtins::args::check;
use crate::objects::*;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("crc32", py_crc32),
    ("adler32", py_adler32),
    ("deflate_new", py_deflate_new),
    ("deflate", py_deflate),
    ("inflate_new", py_inflate_new),
    ("inflate", py_inflate),
    ("copy", py_copy),
    ("free", py_free),
];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_zlib", FUNCS)
}

enum Engine {
    D(Box<Deflater>),
    I(Box<Inflater>),
}

thread_local! {
    static ENGINES: RefCell<(u64, HashMap<u64, Engine>)> = RefCell::new((0, HashMap::new()));
}

fn store(e: Engine) -> u64 {
    ENGINES.with(|t| {
        let mut t = t.borrow_mut();
        t.0 += 1;
        let id = t.0;
        t.1.insert(id, e);
        id
    })
}

fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match vm.bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.to_index(v)
}

fn unsigned_start(vm: &mut Vm, a: &Args, default: u32) -> PyResult<u32> {
    match a.pos.get(1) {
        None => Ok(default),
        Some(Value::Int(i)) => Ok(*i as u32),
        Some(v @ Value::BigInt(_)) => {
            // Only the low 32 bits count, as in CPython.
            let mask = Value::Int(0xffff_ffff);
            let low = vm.binary_op(v, &mask, crate::bytecode::BinOp::And)?;
            Ok(vm.to_index(&low)? as u32)
        }
        Some(v) => {
            let v = v.clone();
            Ok(vm.to_index(&v)? as u32)
        }
    }
}

fn py_crc32(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "crc32", &a, 1, 2)?;
    let data = bytes_arg(vm, &a.pos[0])?;
    let start = unsigned_start(vm, &a, 0)?;
    Ok(Value::Int(crc32(start, &data) as i64))
}

fn py_adler32(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "adler32", &a, 1, 2)?;
    let data = bytes_arg(vm, &a.pos[0])?;
    let start = unsigned_start(vm, &a, 1)?;
    Ok(Value::Int(adler32(start, &data) as i64))
}

/// `deflate_new(level, wbits, memlevel, strategy)`: a compressor's number. The caller
/// checked the parameters.
fn py_deflate_new(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "deflate_new", &a, 4, 5)?;
    let level = int_arg(vm, &a.pos[0])?;
    let wbits = int_arg(vm, &a.pos[1])?;
    let mem = int_arg(vm, &a.pos[2])?;
    let strategy = int_arg(vm, &a.pos[3])?;
    let level = if level == -1 { 6 } else { level.clamp(0, 9) } as usize;
    let (wrap, bits) = if wbits < 0 {
        (0, -wbits)
    } else if wbits > 15 {
        (2, wbits - 16)
    } else {
        (1, wbits)
    };
    let bits = if bits == 8 { 9 } else { bits.clamp(9, 15) } as u32;
    let mut d = Deflater::new(level, bits, mem.clamp(1, 9) as u32, strategy as u32, wrap);
    if let Some(v) = a.pos.get(4) {
        let zdict = bytes_arg(vm, v)?;
        d.set_dictionary(&zdict);
    }
    Ok(Value::Int(store(Engine::D(Box::new(d))) as i64))
}

/// `deflate(id, data, flush)`: the output the data (and the flush mode) produce.
fn py_deflate(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "deflate", &a, 3, 3)?;
    let id = int_arg(vm, &a.pos[0])? as u64;
    let data = bytes_arg(vm, &a.pos[1])?;
    let flush = int_arg(vm, &a.pos[2])? as i32;
    let out = ENGINES.with(|t| {
        let mut t = t.borrow_mut();
        match t.1.get_mut(&id) {
            Some(Engine::D(d)) => Some(d.run(&data, flush)),
            _ => None,
        }
    });
    match out {
        Some(o) => Ok(Value::bytes(o)),
        None => Err(vm.value_error("invalid compressor")),
    }
}

/// `inflate_new(wbits)`: a decompressor's number.
fn py_inflate_new(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "inflate_new", &a, 1, 2)?;
    let wbits = int_arg(vm, &a.pos[0])?;
    let (wrap, bits) = if wbits < 0 {
        (Wrap::Raw, -wbits)
    } else if wbits >= 32 {
        (Wrap::Auto, wbits - 32)
    } else if wbits >= 16 {
        (Wrap::Gzip, wbits - 16)
    } else {
        (Wrap::Zlib, wbits)
    };
    let bits = if bits == 0 { 15 } else { bits } as u32;
    let mut i = Inflater::new(wrap, bits);
    if let Some(v) = a.pos.get(1) {
        i.zdict = Some(bytes_arg(vm, v)?);
        if wrap == Wrap::Raw {
            i.use_dictionary();
        }
    }
    Ok(Value::Int(store(Engine::I(Box::new(i))) as i64))
}

/// `inflate(id, data, max_length)`: `(output, status, consumed, message)`; status 0 wants
/// more input, 1 is the end of the stream, negative is zlib's error code.
fn py_inflate(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "inflate", &a, 3, 3)?;
    let id = int_arg(vm, &a.pos[0])? as u64;
    let data = bytes_arg(vm, &a.pos[1])?;
    let max = int_arg(vm, &a.pos[2])?;
    let max = if max <= 0 { usize::MAX } else { max as usize };
    let r = ENGINES.with(|t| {
        let mut t = t.borrow_mut();
        match t.1.get_mut(&id) {
            Some(Engine::I(i)) => Some(i.run(&data, max)),
            _ => None,
        }
    });
    let Some((out, status, consumed, msg)) = r else {
        return Err(vm.value_error("invalid decompressor"));
    };
    Ok(Value::tuple(vec![
        Value::bytes(out),
        Value::Int(status as i64),
        Value::Int(consumed as i64),
        Value::str(msg),
    ]))
}

fn py_copy(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "copy", &a, 1, 1)?;
    let id = int_arg(vm, &a.pos[0])? as u64;
    let copy = ENGINES.with(|t| {
        let t = t.borrow();
        match t.1.get(&id) {
            Some(Engine::D(d)) => Some(Engine::D(d.clone())),
            Some(Engine::I(i)) => Some(Engine::I(i.clone())),
            None => None,
        }
    });
    match copy {
        Some(e) => Ok(Value::Int(store(e) as i64)),
        None => Err(vm.value_error("Inconsistent stream state")),
    }
}

fn py_free(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "free", &a, 1, 1)?;
    let id = int_arg(vm, &a.pos[0])? as u64;
    ENGINES.with(|t| t.borrow_mut().1.remove(&id));
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// Checksums

fn crc_table() -> &'static [u32; 256] {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (n, slot) in t.iter_mut().enumerate() {
            let mut c = n as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    })
}

pub fn crc32(start: u32, data: &[u8]) -> u32 {
    let t = crc_table();
    let mut c = !start;
    for &b in data {
        c = t[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

pub fn adler32(start: u32, data: &[u8]) -> u32 {
    let mut a = start & 0xffff;
    let mut b = start >> 16;
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    (b << 16) | a
}

// ---------------------------------------------------------------------------------------
// Shared DEFLATE tables

const LENGTH_CODES: usize = 29;
const LITERALS: usize = 256;
const L_CODES: usize = LITERALS + 1 + LENGTH_CODES;
const D_CODES: usize = 30;
const BL_CODES: usize = 19;
const HEAP_SIZE: usize = 2 * L_CODES + 1;
const MAX_BITS: usize = 15;
const END_BLOCK: usize = 256;
const REP_3_6: usize = 16;
const REPZ_3_10: usize = 17;
const REPZ_11_138: usize = 18;
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
const MIN_LOOKAHEAD: usize = MAX_MATCH + MIN_MATCH + 1;
const TOO_FAR: usize = 4096;

const EXTRA_LBITS: [u32; LENGTH_CODES] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const EXTRA_DBITS: [u32; D_CODES] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
const EXTRA_BLBITS: [u32; BL_CODES] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER: [usize; BL_CODES] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

struct Tables {
    length_code: [u8; 256],
    dist_code: [u8; 512],
    base_length: [u32; LENGTH_CODES],
    base_dist: [u32; D_CODES],
    static_ltree_len: [u16; L_CODES + 2],
    static_ltree_code: [u16; L_CODES + 2],
    static_dtree_len: [u16; D_CODES],
    static_dtree_code: [u16; D_CODES],
}

fn bi_reverse(mut code: u32, len: u32) -> u32 {
    let mut res = 0;
    for _ in 0..len {
        res = (res << 1) | (code & 1);
        code >>= 1;
    }
    res
}

/// Canonical codes (bit-reversed, as DEFLATE sends them) for the given lengths.
fn gen_codes(lens: &[u16], codes: &mut [u16], bl_count: &[u32; MAX_BITS + 1]) {
    let mut next = [0u32; MAX_BITS + 1];
    let mut code = 0u32;
    for bits in 1..=MAX_BITS {
        code = (code + bl_count[bits - 1]) << 1;
        next[bits] = code;
    }
    for (n, &len) in lens.iter().enumerate() {
        if len == 0 {
            continue;
        }
        let l = len as usize;
        codes[n] = bi_reverse(next[l], len as u32) as u16;
        next[l] += 1;
    }
}

fn tables() -> &'static Tables {
    static T: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = Tables {
            length_code: [0; 256],
            dist_code: [0; 512],
            base_length: [0; LENGTH_CODES],
            base_dist: [0; D_CODES],
            static_ltree_len: [0; L_CODES + 2],
            static_ltree_code: [0; L_CODES + 2],
            static_dtree_len: [5; D_CODES],
            static_dtree_code: [0; D_CODES],
        };
        let mut length = 0usize;
        for (code, &extra) in EXTRA_LBITS.iter().enumerate().take(LENGTH_CODES - 1) {
            t.base_length[code] = length as u32;
            for _ in 0..(1 << extra) {
                t.length_code[length] = code as u8;
                length += 1;
            }
        }
        t.length_code[length - 1] = (LENGTH_CODES - 1) as u8;
        let mut dist = 0usize;
        for (code, &extra) in EXTRA_DBITS.iter().enumerate().take(16) {
            t.base_dist[code] = dist as u32;
            for _ in 0..(1 << extra) {
                t.dist_code[dist] = code as u8;
                dist += 1;
            }
        }
        dist >>= 7;
        for (code, &extra) in EXTRA_DBITS.iter().enumerate().skip(16) {
            t.base_dist[code] = (dist << 7) as u32;
            for _ in 0..(1 << (extra - 7)) {
                t.dist_code[256 + dist] = code as u8;
                dist += 1;
            }
        }
        let mut bl_count = [0u32; MAX_BITS + 1];
        for n in 0..=287usize {
            let l = match n {
                0..=143 => 8,
                144..=255 => 9,
                256..=279 => 7,
                _ => 8,
            };
            t.static_ltree_len[n] = l;
            bl_count[l as usize] += 1;
        }
        let lens = t.static_ltree_len;
        gen_codes(&lens, &mut t.static_ltree_code, &bl_count);
        for n in 0..D_CODES {
            t.static_dtree_code[n] = bi_reverse(n as u32, 5) as u16;
        }
        t
    })
}

fn d_code(t: &Tables, dist: usize) -> usize {
    if dist < 256 {
        t.dist_code[dist] as usize
    } else {
        t.dist_code[256 + (dist >> 7)] as usize
    }
}

// ---------------------------------------------------------------------------------------
// Compression

/// (good_length, max_lazy, nice_length, max_chain, slow) per level.
const CONFIG: [(usize, usize, usize, usize, u8); 10] = [
    (0, 0, 0, 0, 0),
    (4, 4, 8, 4, 1),
    (4, 5, 16, 8, 1),
    (4, 6, 32, 32, 1),
    (4, 4, 16, 16, 2),
    (8, 16, 32, 32, 2),
    (8, 16, 128, 128, 2),
    (8, 32, 128, 256, 2),
    (32, 128, 258, 1024, 2),
    (32, 258, 258, 4096, 2),
];

const Z_NO_FLUSH: i32 = 0;
const Z_PARTIAL_FLUSH: i32 = 1;
const Z_FULL_FLUSH: i32 = 3;
const Z_FINISH: i32 = 4;
const Z_BLOCK: i32 = 5;

#[derive(Clone)]
struct Tree {
    freq: Vec<u32>,
    len: Vec<u16>,
    code: Vec<u16>,
    dad: Vec<u16>,
    max_code: i32,
}

impl Tree {
    fn new(n: usize) -> Tree {
        Tree {
            freq: vec![0; n],
            len: vec![0; n],
            code: vec![0; n],
            dad: vec![0; n],
            max_code: 0,
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum BlockState {
    NeedMore,
    BlockDone,
    FinishStarted,
    FinishDone,
}

#[derive(Clone)]
struct Deflater {
    level: usize,
    strategy: u32,
    wrap: u8,
    started: bool,
    finished: bool,
    trailer_done: bool,
    checksum: u32,
    total_in: u64,
    w_bits: u32,
    w_size: usize,
    w_mask: usize,
    window_size: usize,
    window: Vec<u8>,
    prev: Vec<u16>,
    head: Vec<u16>,
    ins_h: usize,
    hash_mask: usize,
    hash_shift: u32,
    block_start: i64,
    match_length: usize,
    prev_match: usize,
    match_available: bool,
    strstart: usize,
    match_start: usize,
    lookahead: usize,
    prev_length: usize,
    max_chain: usize,
    max_lazy: usize,
    good_match: usize,
    nice_match: usize,
    insert: usize,
    // input not yet read into the window
    input: Vec<u8>,
    in_pos: usize,
    // trees
    ltree: Tree,
    dtree: Tree,
    bltree: Tree,
    heap: Vec<usize>,
    heap_len: usize,
    heap_max: usize,
    depth: Vec<u8>,
    bl_count: [u32; MAX_BITS + 1],
    sym_buf: Vec<u8>,
    sym_end: usize,
    opt_len: i64,
    static_len: i64,
    bi_buf: u32,
    bi_valid: u32,
    pending: Vec<u8>,
    last_flush: i32,
    /// The caller's output and the room left in it.
    out: Vec<u8>,
    avail_out: usize,
}

fn rank(f: i32) -> i32 {
    f * 2 - if f > 4 { 9 } else { 0 }
}

impl Deflater {
    fn new(level: usize, w_bits: u32, mem_level: u32, strategy: u32, wrap: u8) -> Deflater {
        let w_size = 1usize << w_bits;
        let hash_bits = mem_level + 7;
        let hash_size = 1usize << hash_bits;
        let lit_bufsize = 1usize << (mem_level + 6);
        let c = CONFIG[level];
        let mut d = Deflater {
            level,
            strategy,
            wrap,
            started: false,
            finished: false,
            trailer_done: false,
            checksum: if wrap == 2 { 0 } else { 1 },
            total_in: 0,
            w_bits,
            w_size,
            w_mask: w_size - 1,
            window_size: 2 * w_size,
            window: vec![0; 2 * w_size + MAX_MATCH + 8],
            prev: vec![0; w_size],
            head: vec![0; hash_size],
            ins_h: 0,
            hash_mask: hash_size - 1,
            hash_shift: hash_bits.div_ceil(3),
            block_start: 0,
            match_length: MIN_MATCH - 1,
            prev_match: 0,
            match_available: false,
            strstart: 0,
            match_start: 0,
            lookahead: 0,
            prev_length: MIN_MATCH - 1,
            max_chain: c.3,
            max_lazy: c.1,
            good_match: c.0,
            nice_match: c.2,
            insert: 0,
            input: Vec::new(),
            in_pos: 0,
            ltree: Tree::new(HEAP_SIZE),
            dtree: Tree::new(2 * D_CODES + 1),
            bltree: Tree::new(2 * BL_CODES + 1),
            heap: vec![0; HEAP_SIZE],
            heap_len: 0,
            heap_max: 0,
            depth: vec![0; HEAP_SIZE],
            bl_count: [0; MAX_BITS + 1],
            sym_buf: Vec::with_capacity(lit_bufsize * 3),
            sym_end: (lit_bufsize - 1) * 3,
            opt_len: 0,
            static_len: 0,
            bi_buf: 0,
            bi_valid: 0,
            pending: Vec::new(),
            last_flush: -2,
            out: Vec::new(),
            avail_out: 0,
        };
        d.init_block();
        d
    }

    fn avail_in(&self) -> usize {
        self.input.len() - self.in_pos
    }

    /// One call of CPython's compress/flush: `deflate()` until it leaves room in the
    /// output buffer (grown in CPython's block sizes); the bytes produced.
    fn run(&mut self, data: &[u8], flush: i32) -> Vec<u8> {
        if self.in_pos > 0 {
            self.input.drain(..self.in_pos);
            self.in_pos = 0;
        }
        self.input.extend_from_slice(data);
        const BLOCKS: [usize; 8] = [
            32 << 10,
            64 << 10,
            256 << 10,
            1 << 20,
            4 << 20,
            8 << 20,
            16 << 20,
            16 << 20,
        ];
        let mut k = 0;
        self.avail_out = if self.level == 0 {
            BLOCKS[0]
        } else {
            usize::MAX
        };
        loop {
            self.deflate_call(flush);
            if self.avail_out != 0 {
                break;
            }
            k += 1;
            self.avail_out = BLOCKS[k.min(BLOCKS.len() - 1)];
        }
        std::mem::take(&mut self.out)
    }

    fn deflate_call(&mut self, flush: i32) {
        let old_flush = self.last_flush;
        self.last_flush = flush;
        if !self.pending.is_empty() {
            self.flush_pending();
            if self.avail_out == 0 {
                self.last_flush = -1;
                return;
            }
        } else if self.avail_in() == 0 && rank(flush) <= rank(old_flush) && flush != Z_FINISH {
            return;
        }
        if self.finished && self.avail_in() != 0 {
            return;
        }
        if !self.started {
            self.started = true;
            self.write_header();
            self.flush_pending();
            if !self.pending.is_empty() {
                self.last_flush = -1;
                return;
            }
        }
        if self.avail_in() != 0 || self.lookahead != 0 || (flush != Z_NO_FLUSH && !self.finished) {
            let bstate = if self.level == 0 {
                self.deflate_stored(flush)
            } else if self.strategy == 2 {
                self.deflate_huff(flush)
            } else if self.strategy == 3 {
                self.deflate_rle(flush)
            } else if CONFIG[self.level].4 == 1 {
                self.deflate_fast(flush)
            } else {
                self.deflate_slow(flush)
            };
            if matches!(bstate, BlockState::FinishDone | BlockState::FinishStarted) {
                self.finished = true;
            }
            if matches!(bstate, BlockState::NeedMore | BlockState::FinishStarted) {
                if self.avail_out == 0 {
                    self.last_flush = -1;
                }
                return;
            }
            if bstate == BlockState::BlockDone {
                if flush == Z_PARTIAL_FLUSH {
                    self.tr_align();
                } else if flush != Z_BLOCK {
                    self.tr_stored_block(None, 0, false);
                    if flush == Z_FULL_FLUSH {
                        self.head.iter_mut().for_each(|h| *h = 0);
                        if self.lookahead == 0 {
                            self.strstart = 0;
                            self.block_start = 0;
                            self.insert = 0;
                        }
                    }
                }
                self.flush_pending();
                if self.avail_out == 0 {
                    self.last_flush = -1;
                    return;
                }
            }
        }
        if flush != Z_FINISH || self.trailer_done || self.wrap == 0 {
            return;
        }
        self.trailer_done = true;
        if self.wrap == 2 {
            let c = self.checksum.to_le_bytes();
            self.pending.extend_from_slice(&c);
            let n = (self.total_in as u32).to_le_bytes();
            self.pending.extend_from_slice(&n);
        } else {
            let c = self.checksum.to_be_bytes();
            self.pending.extend_from_slice(&c);
        }
        self.flush_pending();
    }

    /// Strategy Z_HUFFMAN_ONLY: literals only.
    fn deflate_huff(&mut self, flush: i32) -> BlockState {
        loop {
            if self.lookahead == 0 {
                self.fill_window();
                if self.lookahead == 0 {
                    if flush == Z_NO_FLUSH {
                        return BlockState::NeedMore;
                    }
                    break;
                }
            }
            self.match_length = 0;
            let c = self.window[self.strstart] as usize;
            let bflush = self.tally(0, c);
            self.lookahead -= 1;
            self.strstart += 1;
            if bflush {
                self.flush_block_only(false);
            }
        }
        self.finish_blocks(flush, 0)
    }

    /// Strategy Z_RLE: matches at distance one only.
    fn deflate_rle(&mut self, flush: i32) -> BlockState {
        loop {
            if self.lookahead <= MAX_MATCH {
                self.fill_window();
                if self.lookahead <= MAX_MATCH && flush == Z_NO_FLUSH {
                    return BlockState::NeedMore;
                }
                if self.lookahead == 0 {
                    break;
                }
            }
            self.match_length = 0;
            if self.lookahead >= MIN_MATCH && self.strstart > 0 {
                let w = &self.window;
                let p = self.strstart - 1;
                let prev = w[p];
                if w[p + 1] == prev && w[p + 2] == prev && w[p + 3] == prev {
                    let mut n = 3;
                    while n < MAX_MATCH && w[p + 1 + n] == prev {
                        n += 1;
                    }
                    self.match_length = n.min(self.lookahead);
                }
            }
            let bflush;
            if self.match_length >= MIN_MATCH {
                bflush = self.tally(1, self.match_length - MIN_MATCH);
                self.lookahead -= self.match_length;
                self.strstart += self.match_length;
                self.match_length = 0;
            } else {
                let c = self.window[self.strstart] as usize;
                bflush = self.tally(0, c);
                self.lookahead -= 1;
                self.strstart += 1;
            }
            if bflush {
                self.flush_block_only(false);
            }
        }
        self.finish_blocks(flush, 0)
    }

    fn finish_blocks(&mut self, flush: i32, insert: usize) -> BlockState {
        self.insert = insert;
        if flush == Z_FINISH {
            self.flush_block_only(true);
            return BlockState::FinishDone;
        }
        if !self.sym_buf.is_empty() {
            self.flush_block_only(false);
        }
        BlockState::BlockDone
    }

    fn write_header(&mut self) {
        match self.wrap {
            1 => {
                let mut header = (8 + ((self.w_bits - 8) << 4)) << 8;
                let level_flags = if self.strategy >= 2 || self.level < 2 {
                    0
                } else if self.level < 6 {
                    1
                } else if self.level == 6 {
                    2
                } else {
                    3
                };
                header |= level_flags << 6;
                if self.strstart != 0 {
                    header |= 0x20;
                }
                header += 31 - (header % 31);
                self.pending.push((header >> 8) as u8);
                self.pending.push(header as u8);
                if self.strstart != 0 {
                    let id = self.checksum.to_be_bytes();
                    self.pending.extend_from_slice(&id);
                    self.checksum = 1;
                }
            }
            2 => {
                let xfl = if self.level == 9 {
                    2
                } else if self.strategy >= 2 || self.level < 2 {
                    4
                } else {
                    0
                };
                self.pending
                    .extend_from_slice(&[31, 139, 8, 0, 0, 0, 0, 0, xfl, 3]);
            }
            _ => {}
        }
    }

    // --- bit output ---

    fn put_short(&mut self, w: u32) {
        self.pending.push(w as u8);
        self.pending.push((w >> 8) as u8);
    }

    fn send_bits(&mut self, value: u32, length: u32) {
        if self.bi_valid > 16 - length {
            self.bi_buf |= (value << self.bi_valid) & 0xffff;
            let b = self.bi_buf;
            self.put_short(b);
            self.bi_buf = (value >> (16 - self.bi_valid)) & 0xffff;
            self.bi_valid = self.bi_valid + length - 16;
        } else {
            self.bi_buf |= (value << self.bi_valid) & 0xffff;
            self.bi_valid += length;
        }
    }

    fn bi_windup(&mut self) {
        if self.bi_valid > 8 {
            let b = self.bi_buf;
            self.put_short(b);
        } else if self.bi_valid > 0 {
            self.pending.push(self.bi_buf as u8);
        }
        self.bi_buf = 0;
        self.bi_valid = 0;
    }

    fn bi_flush(&mut self) {
        if self.bi_valid == 16 {
            let b = self.bi_buf;
            self.put_short(b);
            self.bi_buf = 0;
            self.bi_valid = 0;
        } else if self.bi_valid >= 8 {
            self.pending.push(self.bi_buf as u8);
            self.bi_buf >>= 8;
            self.bi_valid -= 8;
        }
    }

    // --- window ---

    fn read_buf(&mut self, at: usize, size: usize) -> usize {
        let n = self.avail_in().min(size);
        if n == 0 {
            return 0;
        }
        let src = self.input[self.in_pos..self.in_pos + n].to_vec();
        self.window[at..at + n].copy_from_slice(&src);
        self.account(&src);
        self.in_pos += n;
        n
    }

    fn max_dist(&self) -> usize {
        self.w_size - MIN_LOOKAHEAD
    }

    fn update_hash(&mut self, c: u8) {
        self.ins_h = ((self.ins_h << self.hash_shift) ^ c as usize) & self.hash_mask;
    }

    /// Inserts the string at `s` in the hash table; the previous head of its chain.
    fn insert_string(&mut self, s: usize) -> usize {
        let c = self.window[s + MIN_MATCH - 1];
        self.update_hash(c);
        let h = self.head[self.ins_h];
        self.prev[s & self.w_mask] = h;
        self.head[self.ins_h] = s as u16;
        h as usize
    }

    fn slide_hash(&mut self) {
        let w = self.w_size as u16;
        for h in self.head.iter_mut().chain(self.prev.iter_mut()) {
            *h = h.saturating_sub(w);
        }
    }

    fn fill_window(&mut self) {
        let wsize = self.w_size;
        loop {
            let mut more = self.window_size - self.lookahead - self.strstart;
            if self.strstart >= wsize + self.max_dist() {
                let n = wsize - more;
                self.window.copy_within(wsize..wsize + n, 0);
                self.match_start = self.match_start.wrapping_sub(wsize);
                self.strstart -= wsize;
                self.block_start -= wsize as i64;
                if self.insert > self.strstart {
                    self.insert = self.strstart;
                }
                self.slide_hash();
                more += wsize;
            }
            if self.avail_in() == 0 {
                break;
            }
            let at = self.strstart + self.lookahead;
            let n = self.read_buf(at, more);
            self.lookahead += n;
            if self.lookahead + self.insert >= MIN_MATCH {
                let mut s = self.strstart - self.insert;
                self.ins_h = self.window[s] as usize;
                let c = self.window[s + 1];
                self.update_hash(c);
                while self.insert > 0 {
                    let c = self.window[s + MIN_MATCH - 1];
                    self.update_hash(c);
                    self.prev[s & self.w_mask] = self.head[self.ins_h];
                    self.head[self.ins_h] = s as u16;
                    s += 1;
                    self.insert -= 1;
                    if self.lookahead + self.insert < MIN_MATCH {
                        break;
                    }
                }
            }
            if !(self.lookahead < MIN_LOOKAHEAD && self.avail_in() != 0) {
                break;
            }
        }
    }

    fn longest_match(&mut self, mut cur_match: usize) -> usize {
        let mut chain_length = self.max_chain;
        let scan = self.strstart;
        let mut best_len = self.prev_length;
        let mut nice_match = self.nice_match;
        let limit = if self.strstart > self.max_dist() {
            self.strstart - self.max_dist()
        } else {
            0
        };
        let w = &self.window;
        let mut scan_end1 = w[scan + best_len - 1];
        let mut scan_end = w[scan + best_len];
        if self.prev_length >= self.good_match {
            chain_length >>= 2;
        }
        if nice_match > self.lookahead {
            nice_match = self.lookahead;
        }
        loop {
            let m = cur_match;
            if !(w[m + best_len] != scan_end
                || w[m + best_len - 1] != scan_end1
                || w[m] != w[scan]
                || w[m + 1] != w[scan + 1])
            {
                let mut len = 3;
                while len < MAX_MATCH && w[scan + len] == w[m + len] {
                    len += 1;
                }
                if len > best_len {
                    self.match_start = cur_match;
                    best_len = len;
                    if len >= nice_match {
                        break;
                    }
                    scan_end1 = w[scan + best_len - 1];
                    scan_end = w[scan + best_len];
                }
            }
            cur_match = self.prev[cur_match & self.w_mask] as usize;
            if cur_match <= limit {
                break;
            }
            chain_length -= 1;
            if chain_length == 0 {
                break;
            }
        }
        best_len.min(self.lookahead)
    }

    fn flush_block_only(&mut self, last: bool) {
        let len = (self.strstart as i64 - self.block_start) as usize;
        let buf = if self.block_start >= 0 {
            Some(self.block_start as usize)
        } else {
            None
        };
        self.tr_flush_block(buf, len, last);
        self.block_start = self.strstart as i64;
        self.flush_pending();
    }

    fn tally(&mut self, dist: usize, lc: usize) -> bool {
        self.sym_buf.push(dist as u8);
        self.sym_buf.push((dist >> 8) as u8);
        self.sym_buf.push(lc as u8);
        if dist == 0 {
            self.ltree.freq[lc] += 1;
        } else {
            let t = tables();
            let d = dist - 1;
            self.ltree.freq[t.length_code[lc] as usize + LITERALS + 1] += 1;
            self.dtree.freq[d_code(t, d)] += 1;
        }
        self.sym_buf.len() == self.sym_end
    }

    fn deflate_fast(&mut self, flush: i32) -> BlockState {
        loop {
            if self.lookahead < MIN_LOOKAHEAD {
                self.fill_window();
                if self.lookahead < MIN_LOOKAHEAD && flush == Z_NO_FLUSH {
                    return BlockState::NeedMore;
                }
                if self.lookahead == 0 {
                    break;
                }
            }
            let mut hash_head = 0;
            if self.lookahead >= MIN_MATCH {
                hash_head = self.insert_string(self.strstart);
            }
            if hash_head != 0 && self.strstart - hash_head <= self.max_dist() {
                self.match_length = self.longest_match(hash_head);
            }
            let bflush;
            if self.match_length >= MIN_MATCH {
                bflush = self.tally(
                    self.strstart - self.match_start,
                    self.match_length - MIN_MATCH,
                );
                self.lookahead -= self.match_length;
                if self.match_length <= self.max_lazy && self.lookahead >= MIN_MATCH {
                    self.match_length -= 1;
                    loop {
                        self.strstart += 1;
                        self.insert_string(self.strstart);
                        self.match_length -= 1;
                        if self.match_length == 0 {
                            break;
                        }
                    }
                    self.strstart += 1;
                } else {
                    self.strstart += self.match_length;
                    self.match_length = 0;
                    self.ins_h = self.window[self.strstart] as usize;
                    let c = self.window[self.strstart + 1];
                    self.update_hash(c);
                }
            } else {
                let c = self.window[self.strstart] as usize;
                bflush = self.tally(0, c);
                self.lookahead -= 1;
                self.strstart += 1;
            }
            if bflush {
                self.flush_block_only(false);
            }
        }
        self.insert = self.strstart.min(MIN_MATCH - 1);
        if flush == Z_FINISH {
            self.flush_block_only(true);
            return BlockState::FinishDone;
        }
        if !self.sym_buf.is_empty() {
            self.flush_block_only(false);
        }
        BlockState::BlockDone
    }

    fn deflate_slow(&mut self, flush: i32) -> BlockState {
        loop {
            if self.lookahead < MIN_LOOKAHEAD {
                self.fill_window();
                if self.lookahead < MIN_LOOKAHEAD && flush == Z_NO_FLUSH {
                    return BlockState::NeedMore;
                }
                if self.lookahead == 0 {
                    break;
                }
            }
            let mut hash_head = 0;
            if self.lookahead >= MIN_MATCH {
                hash_head = self.insert_string(self.strstart);
            }
            self.prev_length = self.match_length;
            self.prev_match = self.match_start;
            self.match_length = MIN_MATCH - 1;
            if hash_head != 0
                && self.prev_length < self.max_lazy
                && self.strstart - hash_head <= self.max_dist()
            {
                self.match_length = self.longest_match(hash_head);
                if self.match_length <= 5
                    && (self.strategy == 1
                        || (self.match_length == MIN_MATCH
                            && self.strstart - self.match_start > TOO_FAR))
                {
                    self.match_length = MIN_MATCH - 1;
                }
            }
            if self.prev_length >= MIN_MATCH && self.match_length <= self.prev_length {
                let max_insert = self.strstart + self.lookahead - MIN_MATCH;
                let bflush = self.tally(
                    self.strstart - 1 - self.prev_match,
                    self.prev_length - MIN_MATCH,
                );
                self.lookahead -= self.prev_length - 1;
                self.prev_length -= 2;
                loop {
                    self.strstart += 1;
                    if self.strstart <= max_insert {
                        self.insert_string(self.strstart);
                    }
                    self.prev_length -= 1;
                    if self.prev_length == 0 {
                        break;
                    }
                }
                self.match_available = false;
                self.match_length = MIN_MATCH - 1;
                self.strstart += 1;
                if bflush {
                    self.flush_block_only(false);
                }
            } else if self.match_available {
                let c = self.window[self.strstart - 1] as usize;
                if self.tally(0, c) {
                    self.flush_block_only(false);
                }
                self.strstart += 1;
                self.lookahead -= 1;
            } else {
                self.match_available = true;
                self.strstart += 1;
                self.lookahead -= 1;
            }
        }
        if self.match_available {
            let c = self.window[self.strstart - 1] as usize;
            self.tally(0, c);
            self.match_available = false;
        }
        self.insert = self.strstart.min(MIN_MATCH - 1);
        if flush == Z_FINISH {
            self.flush_block_only(true);
            return BlockState::FinishDone;
        }
        if !self.sym_buf.is_empty() {
            self.flush_block_only(false);
        }
        BlockState::BlockDone
    }

    /// Primes the window and hash chains with a preset dictionary (its last window's
    /// worth); a zlib stream then names the dictionary by its Adler-32 in its header.
    fn set_dictionary(&mut self, dict: &[u8]) {
        let wrap = self.wrap;
        if wrap == 1 {
            self.checksum = adler32(self.checksum, dict);
        }
        self.wrap = 0;
        let mut dict = dict;
        if dict.len() >= self.w_size {
            if wrap == 0 {
                self.head.iter_mut().for_each(|h| *h = 0);
                self.strstart = 0;
                self.block_start = 0;
                self.insert = 0;
            }
            dict = &dict[dict.len() - self.w_size..];
        }
        let saved = std::mem::replace(&mut self.input, dict.to_vec());
        let saved_pos = std::mem::replace(&mut self.in_pos, 0);
        let saved_total = self.total_in;
        self.fill_window();
        while self.lookahead >= MIN_MATCH {
            let mut at = self.strstart;
            for _ in 0..self.lookahead - (MIN_MATCH - 1) {
                let c = self.window[at + MIN_MATCH - 1];
                self.update_hash(c);
                self.prev[at & self.w_mask] = self.head[self.ins_h];
                self.head[self.ins_h] = at as u16;
                at += 1;
            }
            self.strstart = at;
            self.lookahead = MIN_MATCH - 1;
            self.fill_window();
        }
        self.strstart += self.lookahead;
        self.block_start = self.strstart as i64;
        self.insert = self.lookahead;
        self.lookahead = 0;
        self.match_length = MIN_MATCH - 1;
        self.prev_length = MIN_MATCH - 1;
        self.match_available = false;
        self.input = saved;
        self.in_pos = saved_pos;
        self.total_in = saved_total;
        self.wrap = wrap;
    }

    /// Moves pending output to the caller's buffer, as far as its room allows.
    fn flush_pending(&mut self) {
        self.bi_flush();
        let n = self.pending.len().min(self.avail_out);
        self.out.extend(self.pending.drain(..n));
        self.avail_out -= n;
    }

    /// Level 0: stored blocks. Their sizes depend on the room in the caller's output
    /// buffer, so that room is modelled as CPython grows it.
    fn deflate_stored(&mut self, flush: i32) -> BlockState {
        let pending_size = self.sym_end / 3 * 4 + 4;
        let mut min_block = (pending_size - 5).min(self.w_size);
        let used_before = self.avail_in();
        let mut last = false;
        loop {
            let hdr = (self.bi_valid as usize + 42) >> 3;
            if self.avail_out < hdr {
                break;
            }
            let room = self.avail_out - hdr;
            let left = (self.strstart as i64 - self.block_start) as usize;
            let total = left + self.avail_in();
            let mut len = 65535usize.min(total).min(room);
            if len < min_block
                && ((len == 0 && flush != Z_FINISH) || flush == Z_NO_FLUSH || len != total)
            {
                break;
            }
            last = flush == Z_FINISH && len == total;
            self.tr_stored_block(None, len, last);
            self.flush_pending();
            if left > 0 {
                let take = left.min(len);
                let start = self.block_start as usize;
                self.out
                    .extend_from_slice(&self.window[start..start + take]);
                self.avail_out -= take;
                self.block_start += take as i64;
                len -= take;
            }
            if len > 0 {
                let chunk = self.input[self.in_pos..self.in_pos + len].to_vec();
                self.account(&chunk);
                self.in_pos += len;
                self.out.extend_from_slice(&chunk);
                self.avail_out -= len;
            }
            if last {
                break;
            }
        }
        let used = used_before - self.avail_in();
        if used > 0 {
            let end = self.in_pos;
            if used >= self.w_size {
                let w = self.w_size;
                let src = self.input[end - w..end].to_vec();
                self.window[..w].copy_from_slice(&src);
                self.strstart = w;
            } else {
                if self.window_size - self.strstart <= used {
                    self.strstart -= self.w_size;
                    let (w, st) = (self.w_size, self.strstart);
                    self.window.copy_within(w..w + st, 0);
                }
                let st = self.strstart;
                let src = self.input[end - used..end].to_vec();
                self.window[st..st + used].copy_from_slice(&src);
                self.strstart += used;
            }
            self.block_start = self.strstart as i64;
            self.insert += used.min(self.w_size - self.insert);
        }
        if last {
            return BlockState::FinishDone;
        }
        if flush != Z_NO_FLUSH
            && flush != Z_FINISH
            && self.avail_in() == 0
            && self.strstart as i64 == self.block_start
        {
            return BlockState::BlockDone;
        }
        let mut room = self.window_size - self.strstart;
        if self.avail_in() > room && self.block_start >= self.w_size as i64 {
            self.block_start -= self.w_size as i64;
            self.strstart -= self.w_size;
            let (w, st) = (self.w_size, self.strstart);
            self.window.copy_within(w..w + st, 0);
            room += self.w_size;
        }
        let room = room.min(self.avail_in());
        if room > 0 {
            let st = self.strstart;
            self.read_buf(st, room);
            self.strstart += room;
        }
        let hdr = (self.bi_valid as usize + 42) >> 3;
        let room = (pending_size - hdr).min(65535);
        min_block = room.min(self.w_size);
        let left = (self.strstart as i64 - self.block_start) as usize;
        if left >= min_block
            || ((left > 0 || flush == Z_FINISH)
                && flush != Z_NO_FLUSH
                && self.avail_in() == 0
                && left <= room)
        {
            let len = left.min(room);
            last = flush == Z_FINISH && self.avail_in() == 0 && len == left;
            let start = self.block_start as usize;
            self.tr_stored_block(Some(start), len, last);
            self.block_start += len as i64;
            self.flush_pending();
        }
        if last {
            BlockState::FinishStarted
        } else {
            BlockState::NeedMore
        }
    }

    /// Checksum and count input taken straight from the caller.
    fn account(&mut self, chunk: &[u8]) {
        if self.wrap == 1 {
            self.checksum = adler32(self.checksum, chunk);
        } else if self.wrap == 2 {
            self.checksum = crc32(self.checksum, chunk);
        }
        self.total_in += chunk.len() as u64;
    }

    // --- trees ---

    fn init_block(&mut self) {
        self.ltree.freq[..L_CODES].iter_mut().for_each(|f| *f = 0);
        self.dtree.freq[..D_CODES].iter_mut().for_each(|f| *f = 0);
        self.bltree.freq[..BL_CODES].iter_mut().for_each(|f| *f = 0);
        self.ltree.freq[END_BLOCK] = 1;
        self.opt_len = 0;
        self.static_len = 0;
        self.sym_buf.clear();
    }

    fn tr_align(&mut self) {
        self.send_bits(1 << 1, 3);
        let t = tables();
        self.send_bits(
            t.static_ltree_code[END_BLOCK] as u32,
            t.static_ltree_len[END_BLOCK] as u32,
        );
        self.bi_flush();
    }

    fn tr_stored_block(&mut self, buf: Option<usize>, len: usize, last: bool) {
        self.send_bits(last as u32, 3);
        self.bi_windup();
        self.put_short(len as u32);
        self.put_short(!len as u32 & 0xffff);
        if let Some(start) = buf {
            let chunk = self.window[start..start + len].to_vec();
            self.pending.extend_from_slice(&chunk);
        }
    }

    fn tr_flush_block(&mut self, buf: Option<usize>, stored_len: usize, last: bool) {
        let mut max_blindex = 0;
        let opt_lenb;
        let static_lenb;
        if self.level > 0 {
            self.build_tree(0);
            self.build_tree(1);
            max_blindex = self.build_bl_tree();
            let o = (self.opt_len + 3 + 7) >> 3;
            static_lenb = (self.static_len + 3 + 7) >> 3;
            opt_lenb = if static_lenb <= o || self.strategy == 4 {
                static_lenb
            } else {
                o
            };
        } else {
            opt_lenb = stored_len as i64 + 5;
            static_lenb = opt_lenb;
        }
        if stored_len as i64 + 4 <= opt_lenb && buf.is_some() {
            self.tr_stored_block(buf, stored_len, last);
        } else if static_lenb == opt_lenb {
            self.send_bits((1 << 1) + last as u32, 3);
            self.compress_block(true);
        } else {
            self.send_bits((2 << 1) + last as u32, 3);
            let lc = self.ltree.max_code as usize + 1;
            let dc = self.dtree.max_code as usize + 1;
            self.send_all_trees(lc, dc, max_blindex + 1);
            self.compress_block(false);
        }
        self.init_block();
        if last {
            self.bi_windup();
        }
    }

    fn tree_mut(&mut self, which: usize) -> &mut Tree {
        match which {
            0 => &mut self.ltree,
            1 => &mut self.dtree,
            _ => &mut self.bltree,
        }
    }

    fn smaller(tree: &Tree, depth: &[u8], n: usize, m: usize) -> bool {
        tree.freq[n] < tree.freq[m] || (tree.freq[n] == tree.freq[m] && depth[n] <= depth[m])
    }

    fn pqdownheap(&mut self, which: usize, mut k: usize) {
        let tree = match which {
            0 => &self.ltree,
            1 => &self.dtree,
            _ => &self.bltree,
        };
        let heap = &mut self.heap;
        let depth = &self.depth;
        let v = heap[k];
        let mut j = k << 1;
        while j <= self.heap_len {
            if j < self.heap_len && Self::smaller(tree, depth, heap[j + 1], heap[j]) {
                j += 1;
            }
            if Self::smaller(tree, depth, v, heap[j]) {
                break;
            }
            heap[k] = heap[j];
            k = j;
            j <<= 1;
        }
        heap[k] = v;
    }

    /// Builds the Huffman tree `which` (0 literal/length, 1 distance, 2 bit lengths).
    fn build_tree(&mut self, which: usize) {
        let t = tables();
        let elems = match which {
            0 => L_CODES,
            1 => D_CODES,
            _ => BL_CODES,
        };
        let mut max_code: i32 = -1;
        self.heap_len = 0;
        self.heap_max = HEAP_SIZE;
        for n in 0..elems {
            if self.tree_mut(which).freq[n] != 0 {
                self.heap_len += 1;
                self.heap[self.heap_len] = n;
                max_code = n as i32;
                self.depth[n] = 0;
            } else {
                self.tree_mut(which).len[n] = 0;
            }
        }
        while self.heap_len < 2 {
            let node = if max_code < 2 {
                max_code += 1;
                max_code as usize
            } else {
                0
            };
            self.heap_len += 1;
            self.heap[self.heap_len] = node;
            self.tree_mut(which).freq[node] = 1;
            self.depth[node] = 0;
            self.opt_len -= 1;
            match which {
                0 => self.static_len -= t.static_ltree_len[node] as i64,
                1 => self.static_len -= t.static_dtree_len[node] as i64,
                _ => {}
            }
        }
        self.tree_mut(which).max_code = max_code;
        let mut n = self.heap_len / 2;
        while n >= 1 {
            self.pqdownheap(which, n);
            n -= 1;
        }
        let mut node = elems;
        loop {
            let n = self.heap[1];
            self.heap[1] = self.heap[self.heap_len];
            self.heap_len -= 1;
            self.pqdownheap(which, 1);
            let m = self.heap[1];
            self.heap_max -= 1;
            self.heap[self.heap_max] = n;
            self.heap_max -= 1;
            self.heap[self.heap_max] = m;
            let dn = self.depth[n];
            let dm = self.depth[m];
            let tree = self.tree_mut(which);
            tree.freq[node] = tree.freq[n] + tree.freq[m];
            tree.dad[n] = node as u16;
            tree.dad[m] = node as u16;
            self.depth[node] = dn.max(dm) + 1;
            self.heap[1] = node;
            node += 1;
            self.pqdownheap(which, 1);
            if self.heap_len < 2 {
                break;
            }
        }
        self.heap_max -= 1;
        self.heap[self.heap_max] = self.heap[1];
        self.gen_bitlen(which);
        let bl_count = self.bl_count;
        let tree = self.tree_mut(which);
        let mc = (max_code + 1) as usize;
        let lens = tree.len[..mc].to_vec();
        gen_codes(&lens, &mut tree.code[..mc], &bl_count);
    }

    fn gen_bitlen(&mut self, which: usize) {
        let t = tables();
        let (max_length, base, extra): (u32, usize, &[u32]) = match which {
            0 => (15, LITERALS + 1, &EXTRA_LBITS),
            1 => (15, 0, &EXTRA_DBITS),
            _ => (7, 0, &EXTRA_BLBITS),
        };
        let max_code = self.tree_mut(which).max_code;
        self.bl_count = [0; MAX_BITS + 1];
        let root = self.heap[self.heap_max];
        self.tree_mut(which).len[root] = 0;
        let mut overflow = 0i32;
        let mut h = self.heap_max + 1;
        while h < HEAP_SIZE {
            let n = self.heap[h];
            let tree = match which {
                0 => &mut self.ltree,
                1 => &mut self.dtree,
                _ => &mut self.bltree,
            };
            let mut bits = tree.len[tree.dad[n] as usize] as u32 + 1;
            if bits > max_length {
                bits = max_length;
                overflow += 1;
            }
            tree.len[n] = bits as u16;
            h += 1;
            if n as i32 > max_code {
                continue;
            }
            self.bl_count[bits as usize] += 1;
            let xbits = if n >= base { extra[n - base] } else { 0 };
            let f = tree.freq[n] as i64;
            self.opt_len += f * (bits + xbits) as i64;
            match which {
                0 => self.static_len += f * (t.static_ltree_len[n] as u32 + xbits) as i64,
                1 => self.static_len += f * (t.static_dtree_len[n] as u32 + xbits) as i64,
                _ => {}
            }
        }
        if overflow == 0 {
            return;
        }
        loop {
            let mut bits = max_length as usize - 1;
            while self.bl_count[bits] == 0 {
                bits -= 1;
            }
            self.bl_count[bits] -= 1;
            self.bl_count[bits + 1] += 2;
            self.bl_count[max_length as usize] -= 1;
            overflow -= 2;
            if overflow <= 0 {
                break;
            }
        }
        let mut h = HEAP_SIZE;
        let mut bits = max_length as usize;
        while bits != 0 {
            let mut n = self.bl_count[bits];
            while n != 0 {
                h -= 1;
                let m = self.heap[h];
                if m as i32 > max_code {
                    continue;
                }
                let tree = match which {
                    0 => &mut self.ltree,
                    1 => &mut self.dtree,
                    _ => &mut self.bltree,
                };
                if tree.len[m] as usize != bits {
                    self.opt_len += (bits as i64 - tree.len[m] as i64) * tree.freq[m] as i64;
                    tree.len[m] = bits as u16;
                }
                n -= 1;
            }
            bits -= 1;
        }
    }

    /// Counts the bit-length codes needed to send tree `which`'s code lengths.
    fn scan_tree(&mut self, which: usize) {
        let (lens, max_code) = {
            let tree = self.tree_mut(which);
            (tree.len.clone(), tree.max_code)
        };
        let max_code = max_code.max(0) as usize;
        let len_at = |i: usize| -> i32 {
            if i == max_code + 1 {
                0xffff
            } else {
                lens[i] as i32
            }
        };
        let mut prevlen = -1i32;
        let mut nextlen = len_at(0);
        let mut count = 0;
        let (mut max_count, mut min_count) = if nextlen == 0 { (138, 3) } else { (7, 4) };
        for n in 0..=max_code {
            let curlen = nextlen;
            nextlen = len_at(n + 1);
            count += 1;
            if count < max_count && curlen == nextlen {
                continue;
            } else if count < min_count {
                self.bltree.freq[curlen as usize] += count;
            } else if curlen != 0 {
                if curlen != prevlen {
                    self.bltree.freq[curlen as usize] += 1;
                }
                self.bltree.freq[REP_3_6] += 1;
            } else if count <= 10 {
                self.bltree.freq[REPZ_3_10] += 1;
            } else {
                self.bltree.freq[REPZ_11_138] += 1;
            }
            count = 0;
            prevlen = curlen;
            if nextlen == 0 {
                max_count = 138;
                min_count = 3;
            } else if curlen == nextlen {
                max_count = 6;
                min_count = 3;
            } else {
                max_count = 7;
                min_count = 4;
            }
        }
    }

    fn send_bl(&mut self, c: usize) {
        let code = self.bltree.code[c] as u32;
        let len = self.bltree.len[c] as u32;
        self.send_bits(code, len);
    }

    fn send_tree(&mut self, which: usize, max_code: usize) {
        let lens = self.tree_mut(which).len.clone();
        let len_at = |i: usize| -> i32 {
            if i == max_code + 1 {
                0xffff
            } else {
                lens[i] as i32
            }
        };
        let mut prevlen = -1i32;
        let mut nextlen = len_at(0);
        let mut count = 0u32;
        let (mut max_count, mut min_count) = if nextlen == 0 { (138, 3) } else { (7, 4) };
        for n in 0..=max_code {
            let curlen = nextlen;
            nextlen = len_at(n + 1);
            count += 1;
            if count < max_count && curlen == nextlen {
                continue;
            } else if count < min_count {
                while count != 0 {
                    self.send_bl(curlen as usize);
                    count -= 1;
                }
            } else if curlen != 0 {
                if curlen != prevlen {
                    self.send_bl(curlen as usize);
                    count -= 1;
                }
                self.send_bl(REP_3_6);
                self.send_bits(count - 3, 2);
            } else if count <= 10 {
                self.send_bl(REPZ_3_10);
                self.send_bits(count - 3, 3);
            } else {
                self.send_bl(REPZ_11_138);
                self.send_bits(count - 11, 7);
            }
            count = 0;
            prevlen = curlen;
            if nextlen == 0 {
                max_count = 138;
                min_count = 3;
            } else if curlen == nextlen {
                max_count = 6;
                min_count = 3;
            } else {
                max_count = 7;
                min_count = 4;
            }
        }
    }

    fn build_bl_tree(&mut self) -> usize {
        self.scan_tree(0);
        self.scan_tree(1);
        self.build_tree(2);
        let mut max_blindex = BL_CODES - 1;
        while max_blindex >= 3 {
            if self.bltree.len[BL_ORDER[max_blindex]] != 0 {
                break;
            }
            max_blindex -= 1;
        }
        self.opt_len += 3 * (max_blindex as i64 + 1) + 5 + 5 + 4;
        max_blindex
    }

    fn send_all_trees(&mut self, lcodes: usize, dcodes: usize, blcodes: usize) {
        self.send_bits((lcodes - 257) as u32, 5);
        self.send_bits((dcodes - 1) as u32, 5);
        self.send_bits((blcodes - 4) as u32, 4);
        for &o in BL_ORDER.iter().take(blcodes) {
            let l = self.bltree.len[o] as u32;
            self.send_bits(l, 3);
        }
        self.send_tree(0, lcodes - 1);
        self.send_tree(1, dcodes - 1);
    }

    fn compress_block(&mut self, fixed: bool) {
        let t = tables();
        let syms = std::mem::take(&mut self.sym_buf);
        let (lcode, llen, dcode, dlen): (Vec<u16>, Vec<u16>, Vec<u16>, Vec<u16>) = if fixed {
            (
                t.static_ltree_code.to_vec(),
                t.static_ltree_len.to_vec(),
                t.static_dtree_code.to_vec(),
                t.static_dtree_len.to_vec(),
            )
        } else {
            (
                self.ltree.code.clone(),
                self.ltree.len.clone(),
                self.dtree.code.clone(),
                self.dtree.len.clone(),
            )
        };
        for s in syms.chunks(3) {
            let mut dist = s[0] as usize | (s[1] as usize) << 8;
            let mut lc = s[2] as usize;
            if dist == 0 {
                self.send_bits(lcode[lc] as u32, llen[lc] as u32);
            } else {
                let code = t.length_code[lc] as usize;
                let c = code + LITERALS + 1;
                self.send_bits(lcode[c] as u32, llen[c] as u32);
                let extra = EXTRA_LBITS[code];
                if extra != 0 {
                    lc -= t.base_length[code] as usize;
                    self.send_bits(lc as u32, extra);
                }
                dist -= 1;
                let code = d_code(t, dist);
                self.send_bits(dcode[code] as u32, dlen[code] as u32);
                let extra = EXTRA_DBITS[code];
                if extra != 0 {
                    dist -= t.base_dist[code] as usize;
                    self.send_bits(dist as u32, extra);
                }
            }
        }
        self.sym_buf = syms;
        self.send_bits(lcode[END_BLOCK] as u32, llen[END_BLOCK] as u32);
    }
}

// ---------------------------------------------------------------------------------------
// Decompression

#[derive(Clone, Copy, PartialEq)]
enum Wrap {
    Raw,
    Zlib,
    Gzip,
    Auto,
}

#[derive(Clone, PartialEq)]
enum Mode {
    Header,
    BlockHeader,
    Stored(usize),
    Codes,
    Trailer,
    Done,
}

/// A canonical Huffman decoding table: counts per length and symbols in code order.
#[derive(Clone, Default)]
struct Huff {
    count: [u16; 16],
    symbol: Vec<u16>,
}

impl Huff {
    /// Builds from code lengths; Err(over-subscribed) or Ok(left) where left > 0 means an
    /// incomplete code.
    fn build(lens: &[u8]) -> Result<(Huff, i32, u8), ()> {
        let mut h = Huff {
            count: [0; 16],
            symbol: vec![0; lens.len()],
        };
        for &l in lens {
            h.count[l as usize] += 1;
        }
        let mut max = 0;
        for l in (1..16).rev() {
            if h.count[l] != 0 {
                max = l as u8;
                break;
            }
        }
        let mut left: i32 = 1;
        for l in 1..16 {
            left <<= 1;
            left -= h.count[l] as i32;
            if left < 0 {
                return Err(());
            }
        }
        let mut offs = [0u16; 16];
        for l in 1..15 {
            offs[l + 1] = offs[l] + h.count[l];
        }
        for (sym, &l) in lens.iter().enumerate() {
            if l != 0 {
                h.symbol[offs[l as usize] as usize] = sym as u16;
                offs[l as usize] += 1;
            }
        }
        h.count[0] = 0;
        Ok((h, left, max))
    }
}

#[derive(Clone)]
struct Inflater {
    wrap: Wrap,
    wbits: u32,
    mode: Mode,
    is_gzip: bool,
    last: bool,
    lens: Huff,
    dists: Huff,
    input: Vec<u8>,
    /// Bit position in `input`.
    bitpos: usize,
    history: Vec<u8>,
    total_out: u64,
    checksum: u32,
    /// Output made but not yet handed out (a max_length cut).
    held: Vec<u8>,
    /// Where in this call's output the checksum has not been taken yet.
    ck_from: usize,
    /// The preset dictionary offered by the caller, and how much of it is history.
    zdict: Option<Vec<u8>>,
    dict_len: usize,
}

enum Step {
    More,
    Err(&'static str),
}

impl Inflater {
    fn new(wrap: Wrap, wbits: u32) -> Inflater {
        Inflater {
            wrap,
            wbits,
            mode: if wrap == Wrap::Raw {
                Mode::BlockHeader
            } else {
                Mode::Header
            },
            is_gzip: false,
            last: false,
            lens: Huff::default(),
            dists: Huff::default(),
            input: Vec::new(),
            bitpos: 0,
            history: Vec::new(),
            total_out: 0,
            checksum: 0,
            held: Vec::new(),
            ck_from: 0,
            zdict: None,
            dict_len: 0,
        }
    }

    /// Makes the preset dictionary the history that back-references may reach.
    fn use_dictionary(&mut self) {
        if let Some(d) = &self.zdict {
            let keep = d.len().min(1 << self.wbits.clamp(8, 15));
            self.history = d[d.len() - keep..].to_vec();
            self.dict_len = keep;
        }
    }

    fn bits(&mut self, n: u32) -> Result<u32, Step> {
        if self.bitpos + n as usize > self.input.len() * 8 {
            return Err(Step::More);
        }
        let mut v = 0u32;
        for i in 0..n {
            let p = self.bitpos + i as usize;
            let bit = (self.input[p >> 3] >> (p & 7)) & 1;
            v |= (bit as u32) << i;
        }
        self.bitpos += n as usize;
        Ok(v)
    }

    fn byte_align(&mut self) {
        self.bitpos = (self.bitpos + 7) & !7;
    }

    fn byte(&mut self) -> Result<u8, Step> {
        Ok(self.bits(8)? as u8)
    }

    fn decode(&mut self, which: bool) -> Result<u16, Step> {
        let h = if which { &self.dists } else { &self.lens };
        let mut code: i32 = 0;
        let mut first: i32 = 0;
        let mut index: i32 = 0;
        let mut pos = self.bitpos;
        for len in 1..16 {
            if pos >= self.input.len() * 8 {
                return Err(Step::More);
            }
            code |= ((self.input[pos >> 3] >> (pos & 7)) & 1) as i32;
            pos += 1;
            let count = h.count[len] as i32;
            if code - count < first {
                self.bitpos = pos;
                return Ok(h.symbol[(index + (code - first)) as usize]);
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        Err(Step::Err(if which {
            "invalid distance code"
        } else {
            "invalid literal/length code"
        }))
    }

    fn emit(&mut self, out: &mut Vec<u8>, b: u8) {
        out.push(b);
        self.history.push(b);
    }

    fn trim_history(&mut self) {
        if self.history.len() > 4 * 32768 {
            let cut = self.history.len() - 32768;
            self.history.drain(..cut);
        }
    }

    fn header(&mut self) -> Result<(), Step> {
        let save = self.bitpos;
        let r = self.header_inner();
        if let Err(Step::More) = r {
            self.bitpos = save;
        }
        r
    }

    fn header_inner(&mut self) -> Result<(), Step> {
        let b0 = self.byte()?;
        let b1 = self.byte()?;
        let gzip_magic = b0 == 0x1f && b1 == 0x8b;
        if self.wrap == Wrap::Gzip || (self.wrap == Wrap::Auto && gzip_magic) {
            if !gzip_magic {
                return Err(Step::Err("incorrect header check"));
            }
            self.is_gzip = true;
            let cm = self.byte()?;
            if cm != 8 {
                return Err(Step::Err("unknown compression method"));
            }
            let flags = self.byte()?;
            if flags & 0xe0 != 0 {
                return Err(Step::Err("unknown header flags set"));
            }
            self.bits(32)?;
            self.bits(16)?;
            if flags & 4 != 0 {
                let xlen = self.bits(16)? as usize;
                for _ in 0..xlen {
                    self.byte()?;
                }
            }
            if flags & 8 != 0 {
                while self.byte()? != 0 {}
            }
            if flags & 16 != 0 {
                while self.byte()? != 0 {}
            }
            if flags & 2 != 0 {
                self.bits(16)?;
            }
            self.checksum = 0;
            return Ok(());
        }
        let cmf = b0 as u32;
        let flg = b1 as u32;
        if !(cmf * 256 + flg).is_multiple_of(31) {
            return Err(Step::Err("incorrect header check"));
        }
        if cmf & 15 != 8 {
            return Err(Step::Err("unknown compression method"));
        }
        let len = (cmf >> 4) + 8;
        if len > 15 || len > self.wbits {
            return Err(Step::Err("invalid window size"));
        }
        self.checksum = 1;
        if flg & 0x20 != 0 {
            let mut id = 0u32;
            for _ in 0..4 {
                id = (id << 8) | self.byte()? as u32;
            }
            match &self.zdict {
                Some(d) if adler32(1, d) == id => self.use_dictionary(),
                Some(_) => return Err(Step::Err("setting zdict")),
                None => return Err(Step::Err("need dictionary")),
            }
        }
        Ok(())
    }

    fn dynamic(&mut self) -> Result<(), Step> {
        let nlen = self.bits(5)? as usize + 257;
        let ndist = self.bits(5)? as usize + 1;
        let ncode = self.bits(4)? as usize + 4;
        if nlen > 286 || ndist > 30 {
            return Err(Step::Err("too many length or distance symbols"));
        }
        let mut cl = [0u8; 19];
        for &o in BL_ORDER.iter().take(ncode) {
            cl[o] = self.bits(3)? as u8;
        }
        let (h, left, _) = Huff::build(&cl).map_err(|_| Step::Err("invalid code lengths set"))?;
        if left > 0 {
            return Err(Step::Err("invalid code lengths set"));
        }
        self.lens = h;
        let mut lens = vec![0u8; nlen + ndist];
        let mut i = 0;
        while i < nlen + ndist {
            let sym = self.decode(false).map_err(|e| match e {
                Step::Err(_) => Step::Err("invalid code lengths set"),
                m => m,
            })?;
            if sym < 16 {
                lens[i] = sym as u8;
                i += 1;
                continue;
            }
            let (val, rep) = match sym {
                16 => {
                    if i == 0 {
                        return Err(Step::Err("invalid bit length repeat"));
                    }
                    (lens[i - 1], 3 + self.bits(2)? as usize)
                }
                17 => (0, 3 + self.bits(3)? as usize),
                _ => (0, 11 + self.bits(7)? as usize),
            };
            if i + rep > nlen + ndist {
                return Err(Step::Err("invalid bit length repeat"));
            }
            for _ in 0..rep {
                lens[i] = val;
                i += 1;
            }
        }
        if lens[256] == 0 {
            return Err(Step::Err("invalid code -- missing end-of-block"));
        }
        let (lh, left, max) =
            Huff::build(&lens[..nlen]).map_err(|_| Step::Err("invalid literal/lengths set"))?;
        if left > 0 && max != 1 {
            return Err(Step::Err("invalid literal/lengths set"));
        }
        let (dh, left, max) =
            Huff::build(&lens[nlen..]).map_err(|_| Step::Err("invalid distances set"))?;
        if left > 0 && max > 1 {
            return Err(Step::Err("invalid distances set"));
        }
        self.lens = lh;
        self.dists = dh;
        Ok(())
    }

    fn fixed(&mut self) {
        let mut l = [0u8; 288];
        for (n, x) in l.iter_mut().enumerate() {
            *x = match n {
                0..=143 => 8,
                144..=255 => 9,
                256..=279 => 7,
                _ => 8,
            };
        }
        self.lens = Huff::build(&l).map(|x| x.0).unwrap_or_default();
        self.dists = Huff::build(&[5u8; 30]).map(|x| x.0).unwrap_or_default();
    }

    /// Decodes until the input runs out, the stream ends, an error, or more than `max`
    /// bytes of output are made.
    fn step(&mut self, out: &mut Vec<u8>, max: usize) -> Result<bool, Step> {
        let t = tables();
        loop {
            self.trim_history();
            match self.mode.clone() {
                Mode::Header => {
                    self.header()?;
                    self.mode = Mode::BlockHeader;
                }
                Mode::BlockHeader => {
                    if self.last {
                        self.mode = Mode::Trailer;
                        continue;
                    }
                    let save = self.bitpos;
                    let r = (|| -> Result<(), Step> {
                        let last = self.bits(1)? != 0;
                        let kind = self.bits(2)?;
                        match kind {
                            0 => {
                                self.byte_align();
                                let len = self.bits(16)?;
                                let nlen = self.bits(16)?;
                                if len != (!nlen & 0xffff) {
                                    return Err(Step::Err("invalid stored block lengths"));
                                }
                                self.mode = Mode::Stored(len as usize);
                            }
                            1 => {
                                self.fixed();
                                self.mode = Mode::Codes;
                            }
                            2 => {
                                self.dynamic()?;
                                self.mode = Mode::Codes;
                            }
                            _ => return Err(Step::Err("invalid block type")),
                        }
                        self.last = last;
                        Ok(())
                    })();
                    if let Err(e) = r {
                        if let Step::More = e {
                            self.bitpos = save;
                        }
                        return Err(e);
                    }
                }
                Mode::Stored(mut n) => {
                    while n > 0 {
                        if out.len() >= max {
                            self.mode = Mode::Stored(n);
                            return Ok(false);
                        }
                        let p = self.bitpos >> 3;
                        if p >= self.input.len() {
                            self.mode = Mode::Stored(n);
                            return Err(Step::More);
                        }
                        let b = self.input[p];
                        self.bitpos += 8;
                        self.emit(out, b);
                        n -= 1;
                    }
                    self.mode = Mode::BlockHeader;
                }
                Mode::Codes => loop {
                    if out.len() > max {
                        return Ok(false);
                    }
                    let save = self.bitpos;
                    let r = (|| -> Result<Option<(usize, usize)>, Step> {
                        let sym = self.decode(false)? as usize;
                        if sym < 256 {
                            return Ok(Some((sym, 0)));
                        }
                        if sym == 256 {
                            return Ok(None);
                        }
                        let code = sym - 257;
                        if code >= 29 {
                            return Err(Step::Err("invalid literal/length code"));
                        }
                        let len = if code == 28 {
                            MAX_MATCH
                        } else {
                            t.base_length[code] as usize
                                + MIN_MATCH
                                + self.bits(EXTRA_LBITS[code])? as usize
                        };
                        let dcode = self.decode(true)? as usize;
                        if dcode >= 30 {
                            return Err(Step::Err("invalid distance code"));
                        }
                        let dist = t.base_dist[dcode] as usize
                            + 1
                            + self.bits(EXTRA_DBITS[dcode])? as usize;
                        Ok(Some((len, dist)))
                    })();
                    match r {
                        Ok(None) => {
                            self.mode = Mode::BlockHeader;
                            break;
                        }
                        Ok(Some((lit, 0))) => self.emit(out, lit as u8),
                        Ok(Some((len, dist))) => {
                            let made = self.total_out + out.len() as u64 + self.dict_len as u64;
                            let have = made.min(1u64 << self.wbits.max(8));
                            if dist as u64 > have || dist > self.history.len() {
                                return Err(Step::Err("invalid distance too far back"));
                            }
                            for _ in 0..len {
                                let b = self.history[self.history.len() - dist];
                                self.emit(out, b);
                            }
                        }
                        Err(Step::More) => {
                            self.bitpos = save;
                            return Err(Step::More);
                        }
                        Err(e) => return Err(e),
                    }
                },
                Mode::Trailer => {
                    self.byte_align();
                    let save = self.bitpos;
                    let r = (|| -> Result<(u32, u32), Step> {
                        match self.wrap {
                            Wrap::Raw => Ok((0, 0)),
                            _ if self.is_gzip => {
                                let c = self.bits(32)?;
                                let n = self.bits(32)?;
                                Ok((c, n))
                            }
                            _ => {
                                let mut c = 0u32;
                                for _ in 0..4 {
                                    c = (c << 8) | self.byte()? as u32;
                                }
                                Ok((c, 0))
                            }
                        }
                    })();
                    let (c, n) = match r {
                        Ok(v) => v,
                        Err(e) => {
                            self.bitpos = save;
                            return Err(e);
                        }
                    };
                    if self.wrap != Wrap::Raw {
                        self.checksum = self.checksum_update(&out[self.ck_from..]);
                        self.ck_from = out.len();
                        if c != self.checksum {
                            return Err(Step::Err("incorrect data check"));
                        }
                        if self.is_gzip
                            && n != (self.total_out.wrapping_add(out.len() as u64)) as u32
                        {
                            return Err(Step::Err("incorrect length check"));
                        }
                    }
                    self.mode = Mode::Done;
                }
                Mode::Done => return Ok(true),
            }
        }
    }

    fn checksum_update(&self, out: &[u8]) -> u32 {
        if self.is_gzip {
            crc32(self.checksum, out)
        } else {
            adler32(self.checksum, out)
        }
    }

    /// One call: feed `data`, return up to `max` bytes of output, the state, and how many
    /// bytes of `data` were consumed (the rest is unused data or an unconsumed tail).
    fn run(&mut self, data: &[u8], max: usize) -> (Vec<u8>, i32, usize, &'static str) {
        let used = self.bitpos >> 3;
        if used > 0 {
            self.input.drain(..used);
            self.bitpos -= used * 8;
        }
        let before = self.input.len();
        self.input.extend_from_slice(data);
        let mut out = std::mem::take(&mut self.held);
        self.ck_from = out.len();
        let r = if self.mode == Mode::Done {
            Ok(true)
        } else {
            self.step(&mut out, max)
        };
        if self.wrap != Wrap::Raw && self.ck_from < out.len() {
            self.checksum = self.checksum_update(&out[self.ck_from..]);
        }
        if out.len() > max {
            self.held = out.split_off(max);
        }
        self.total_out += out.len() as u64;
        let limited = !self.held.is_empty() || matches!(r, Ok(false));
        let done = self.mode == Mode::Done;
        let consumed = if limited || done || matches!(r, Err(Step::Err(_))) {
            let c = self.bitpos.div_ceil(8);
            if c < self.input.len() {
                self.input.truncate(c);
            }
            c.saturating_sub(before).min(data.len())
        } else {
            data.len()
        };
        let (status, msg) = match r {
            Ok(true) => (1, ""),
            Ok(false) | Err(Step::More) => (0, ""),
            Err(Step::Err(m)) => (if m == "need dictionary" { 2 } else { -3 }, m),
        };
        (out, status, consumed, msg)
    }
}
