//! `_random`: the Mersenne Twister core that `random.py` builds on, and SHA-512 for its
//! str/bytes seeds.
//!
//! A generator's state is a `bytearray` of 625 little-endian 32-bit words (624 state words,
//! then the index of the next word to temper), owned by the Python-level `Random` instance.
//! Every function here checks that buffer's size first, so a tampered state raises instead
//! of panicking. This module never keeps generator state of its own.

use std::io::Read;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};

use crate::builtins::args::check;
use crate::objects::*;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("new_state", new_state),
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randbelow", randbelow),
    ("getstate", getstate),
    ("setstate", setstate),
    ("sha512", sha512),
];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    let m = super::native_module(vm, "_random", FUNCS);
    // `Random.random` itself: a method of the instance, as CPython's is a C method, so the
    // hottest draw costs one native call rather than a Python frame around one.
    let method = Value::Builtin(Rc::new(Builtin {
        name: "random",
        func: random_method,
        receiver: Value::Undef,
        owner: Some("Random"),
    }));
    let k = vm.intern("random_method");
    m.dict.set_str_raw(k, method);
    m
}

// ---- MT19937 ---------------------------------------------------------------------------

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;
/// Bytes of a state buffer: N words and the index.
const STATE_BYTES: usize = (N + 1) * 4;

/// The generator: 624 words of state and the position of the next one to use.
#[derive(Clone)]
pub struct Mt19937 {
    mt: [u32; N],
    index: usize,
}

impl Mt19937 {
    /// A generator seeded from one 32-bit value (the reference `init_genrand`).
    pub fn from_u32(s: u32) -> Mt19937 {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            let prev = mt[i - 1];
            mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 { mt, index: N }
    }

    /// A generator seeded from a key of 32-bit words (the reference `init_by_array`), as
    /// CPython seeds from an int's absolute value.
    pub fn from_key(key: &[u32]) -> Mt19937 {
        let mut g = Mt19937::from_u32(19_650_218);
        let mt = &mut g.mt;
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = UPPER_MASK;
        g
    }

    /// Regenerates all N words at once.
    fn twist(&mut self) {
        let mt = &mut self.mt;
        for k in 0..N {
            let y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    fn load(buf: &[u8]) -> Option<Mt19937> {
        if buf.len() != STATE_BYTES {
            return None;
        }
        let word = |i: usize| {
            u32::from_le_bytes([buf[4 * i], buf[4 * i + 1], buf[4 * i + 2], buf[4 * i + 3]])
        };
        let mut mt = [0u32; N];
        for (i, w) in mt.iter_mut().enumerate() {
            *w = word(i);
        }
        let index = word(N) as usize;
        (index <= N).then_some(Mt19937 { mt, index })
    }

    /// Writes the state in the buffer layout: N words, then the index.
    fn store(&self, buf: &mut [u8]) {
        for (chunk, w) in buf
            .chunks_exact_mut(4)
            .zip(self.mt.iter().chain([&(self.index as u32)]))
        {
            chunk.copy_from_slice(&w.to_le_bytes());
        }
    }
}

/// Draws built on a stream of tempered 32-bit outputs.
pub trait WordSource {
    fn next_u32(&mut self) -> u32;

    /// A float in [0, 1) with 53 random bits, built from two outputs (27 and 26 bits).
    fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for k > 0: 32-bit words from least to most significant, the last
    /// one cut down to the bits that remain.
    fn bits(&mut self, k: u64) -> BigUint {
        if k <= 32 {
            return BigUint::from(self.next_u32() >> (32 - k));
        }
        let words = k.div_ceil(32);
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigUint::from_slice(&digits)
    }

    /// `bits(k)` for 0 < k <= 64, as a machine integer: the same words in the same order.
    fn bits_u64(&mut self, k: u64) -> u64 {
        if k <= 32 {
            return u64::from(self.next_u32() >> (32 - k));
        }
        let low = u64::from(self.next_u32());
        let high = u64::from(self.next_u32() >> (64 - k));
        low | high << 32
    }
}

impl WordSource for Mt19937 {
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let y = self.mt[self.index];
        self.index += 1;
        temper(y)
    }
}

/// A generator read and advanced in place in a state buffer, so a draw touches two words
/// rather than copying the whole state.
struct InBuffer<'a>(&'a mut [u8]);

impl InBuffer<'_> {
    fn word(&self, i: usize) -> u32 {
        let b = &self.0[4 * i..4 * i + 4];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }

    fn set_word(&mut self, i: usize, w: u32) {
        self.0[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
    }
}

impl WordSource for InBuffer<'_> {
    fn next_u32(&mut self) -> u32 {
        let mut index = self.word(N) as usize;
        if index >= N {
            if let Some(mut g) = Mt19937::load(self.0) {
                g.twist();
                g.store(self.0);
            }
            index = 0;
        }
        let y = self.word(index);
        self.set_word(N, index as u32 + 1);
        temper(y)
    }
}

fn temper(mut y: u32) -> u32 {
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

/// Runs `f` on the generator kept in a state buffer (a bytearray of the right size whose
/// index is in range).
fn with_state<T>(vm: &mut Vm, state: &Value, f: impl FnOnce(&mut InBuffer) -> T) -> PyResult<T> {
    let Value::ByteArray(buf) = state else {
        let t = vm.type_name(state);
        return Err(vm.type_error(format!("generator state must be bytearray, not {t}")));
    };
    let mut buf = buf.borrow_mut();
    let mut g = InBuffer(&mut buf);
    if g.0.len() != STATE_BYTES || g.word(N) as usize > N {
        drop(buf);
        return Err(vm.value_error("invalid generator state"));
    }
    Ok(f(&mut g))
}

fn new_state(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "new_state", &a, 0, 0)?;
    let mut buf = vec![0u8; STATE_BYTES];
    Mt19937::from_u32(5489).store(&mut buf);
    Ok(Value::ByteArray(Rc::new(std::cell::RefCell::new(buf))))
}

/// `seed(state, n)`: n is a non-negative int (its absolute value is used), or None for
/// 624 words of OS entropy.
fn seed(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "seed", &a, 2, 2)?;
    let key: Vec<u32> = match &a.pos[1] {
        Value::None => {
            let mut bytes = vec![0u8; N * 4];
            if os_entropy(vm, &mut bytes).is_ok() {
                bytes
                    .chunks_exact(4)
                    .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                    .collect()
            } else {
                time_pid_key()
            }
        }
        v => match crate::vm::ops::to_bigint(v) {
            Some(n) => n.abs().to_u32_digits().1,
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("seed must be int or None, not {t}")));
            }
        },
    };
    let g = Mt19937::from_key(&key);
    with_state(vm, &a.pos[0], |s| g.store(s.0))?;
    Ok(Value::None)
}

/// A seed key for when the OS entropy source cannot be read (a sandbox may hide it), as
/// CPython falls back to: the clock, the process id, and std's per-process hash keys.
fn time_pid_key() -> Vec<u32> {
    use std::hash::{BuildHasher, Hasher};
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(now);
    let mixed = h.finish();
    vec![
        now as u32,
        (now >> 32) as u32,
        std::process::id(),
        mixed as u32,
        (mixed >> 32) as u32,
    ]
}

/// Fills `buf` from the kernel's random source.
pub fn os_entropy(vm: &mut Vm, buf: &mut [u8]) -> PyResult<()> {
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(buf));
    r.map_err(|e| {
        let c = vm.types.os_error.clone();
        vm.new_error(&c, format!("cannot read /dev/urandom: {e}"))
    })
}

fn random(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "random", &a, 1, 1)?;
    let x = with_state(vm, &a.pos[0], |g| g.next_f64())?;
    Ok(Value::float(x))
}

/// `Random.random(self)`: the state is the instance's `_mt`.
fn random_method(vm: &mut Vm, a: Args) -> PyResult {
    if a.pos.len() != 1 || !a.kw.is_empty() {
        let given = a.pos.len().saturating_sub(1) + a.kw.len();
        return Err(vm.type_error(format!(
            "Random.random() takes no arguments ({given} given)"
        )));
    }
    let key = vm.intern_static("_mt");
    let state = match &a.pos[0] {
        Value::Instance(inst)
            if let Some(d) = &inst.dict
                && let Some(s) = d.get_str(&key) =>
        {
            s
        }
        obj => vm.get_attr(obj, &key)?,
    };
    let x = with_state(vm, &state, |g| g.next_f64())?;
    Ok(Value::float(x))
}

fn getrandbits(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "getrandbits", &a, 2, 2)?;
    let k = match &a.pos[1] {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        v => vm.to_bigint_index(v)?,
    };
    if k.is_negative() {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let k = match k.to_u64() {
        Some(0) => return Ok(Value::Int(0)),
        Some(k) if k <= 1 << 36 => k,
        _ => return Err(vm.overflow_error("getrandbits() bit count is too large")),
    };
    let r = with_state(vm, &a.pos[0], |g| g.bits(k))?;
    Ok(Value::from_bigint(BigInt::from_biguint(Sign::Plus, r)))
}

/// `randbelow(state, n)`: an int in [0, n) for n > 0, by the rejection sampling of
/// `Random._randbelow_with_getrandbits` (draws of `n.bit_length()` bits until one is below
/// n), so the stream of values is CPython's; without a Python-level call per draw.
fn randbelow(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "randbelow", &a, 2, 2)?;
    match &a.pos[1] {
        Value::Int(n) if *n > 0 => {
            let n = *n as u64;
            let k = 64 - u64::from(n.leading_zeros());
            let r = with_state(vm, &a.pos[0], |g| {
                loop {
                    let r = g.bits_u64(k);
                    if r < n {
                        break r;
                    }
                }
            })?;
            Ok(Value::Int(r as i64))
        }
        v => {
            let n = vm.to_bigint_index(v)?;
            if !n.is_positive() {
                return Err(vm.value_error("randbelow() needs a positive bound"));
            }
            let (_, n) = n.into_parts();
            let k = n.bits();
            if k > 1 << 36 {
                return Err(vm.overflow_error("getrandbits() bit count is too large"));
            }
            let r = with_state(vm, &a.pos[0], |g| {
                loop {
                    let r = g.bits(k);
                    if r < n {
                        break r;
                    }
                }
            })?;
            Ok(Value::from_bigint(BigInt::from_biguint(Sign::Plus, r)))
        }
    }
}

fn getstate(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "getstate", &a, 1, 1)?;
    let g = with_state(vm, &a.pos[0], |g| Mt19937::load(g.0))?;
    let Some(g) = g else {
        return Err(vm.value_error("invalid generator state"));
    };
    let mut items: Vec<Value> = g.mt.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(g.index as i64));
    Ok(Value::tuple(items))
}

/// `setstate(state, words)`: words is CPython's internal-state tuple (624 words, index).
fn setstate(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "setstate", &a, 2, 2)?;
    let Value::Tuple(t) = &a.pos[1] else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if t.0.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (w, v) in mt.iter_mut().zip(&t.0) {
        *w = c_unsigned_long(vm, v)? as u32;
    }
    let index = match crate::vm::ops::to_bigint(&t.0[N]) {
        Some(i) => i.to_i64(),
        None => return Err(vm.type_error("an integer is required")),
    };
    let index = match index {
        Some(i) if (0..=N as i64).contains(&i) => i as usize,
        Some(_) => return Err(vm.value_error("invalid state")),
        None => return Err(vm.overflow_error("Python int too large to convert to C long")),
    };
    with_state(vm, &a.pos[0], |g| Mt19937 { mt, index }.store(g.0))?;
    Ok(Value::None)
}

/// An int converted as C's `unsigned long` would be, with CPython's errors.
fn c_unsigned_long(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    let Some(n) = crate::vm::ops::to_bigint(v) else {
        return Err(vm.type_error("an integer is required"));
    };
    if n.is_negative() {
        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
    }
    n.to_u64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C unsigned long"))
}

fn sha512(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "sha512", &a, 1, 1)?;
    let Some(data) = vm.bytes_like(&a.pos[0]) else {
        let t = vm.type_name(&a.pos[0]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    };
    Ok(Value::bytes(sha512_digest(&data).to_vec()))
}

// ---- SHA-512 (FIPS 180-4) ---------------------------------------------------------------

/// Initial hash value: the first 64 bits of the fractional parts of the square roots of the
/// first eight primes.
const H0: [u64; 8] = [
    0x6a09_e667_f3bc_c908,
    0xbb67_ae85_84ca_a73b,
    0x3c6e_f372_fe94_f82b,
    0xa54f_f53a_5f1d_36f1,
    0x510e_527f_ade6_82d1,
    0x9b05_688c_2b3e_6c1f,
    0x1f83_d9ab_fb41_bd6b,
    0x5be0_cd19_137e_2179,
];

/// Round constants: the first 64 bits of the fractional parts of the cube roots of the first
/// eighty primes.
const K: [u64; 80] = [
    0x428a_2f98_d728_ae22,
    0x7137_4491_23ef_65cd,
    0xb5c0_fbcf_ec4d_3b2f,
    0xe9b5_dba5_8189_dbbc,
    0x3956_c25b_f348_b538,
    0x59f1_11f1_b605_d019,
    0x923f_82a4_af19_4f9b,
    0xab1c_5ed5_da6d_8118,
    0xd807_aa98_a303_0242,
    0x1283_5b01_4570_6fbe,
    0x2431_85be_4ee4_b28c,
    0x550c_7dc3_d5ff_b4e2,
    0x72be_5d74_f27b_896f,
    0x80de_b1fe_3b16_96b1,
    0x9bdc_06a7_25c7_1235,
    0xc19b_f174_cf69_2694,
    0xe49b_69c1_9ef1_4ad2,
    0xefbe_4786_384f_25e3,
    0x0fc1_9dc6_8b8c_d5b5,
    0x240c_a1cc_77ac_9c65,
    0x2de9_2c6f_592b_0275,
    0x4a74_84aa_6ea6_e483,
    0x5cb0_a9dc_bd41_fbd4,
    0x76f9_88da_8311_53b5,
    0x983e_5152_ee66_dfab,
    0xa831_c66d_2db4_3210,
    0xb003_27c8_98fb_213f,
    0xbf59_7fc7_beef_0ee4,
    0xc6e0_0bf3_3da8_8fc2,
    0xd5a7_9147_930a_a725,
    0x06ca_6351_e003_826f,
    0x1429_2967_0a0e_6e70,
    0x27b7_0a85_46d2_2ffc,
    0x2e1b_2138_5c26_c926,
    0x4d2c_6dfc_5ac4_2aed,
    0x5338_0d13_9d95_b3df,
    0x650a_7354_8baf_63de,
    0x766a_0abb_3c77_b2a8,
    0x81c2_c92e_47ed_aee6,
    0x9272_2c85_1482_353b,
    0xa2bf_e8a1_4cf1_0364,
    0xa81a_664b_bc42_3001,
    0xc24b_8b70_d0f8_9791,
    0xc76c_51a3_0654_be30,
    0xd192_e819_d6ef_5218,
    0xd699_0624_5565_a910,
    0xf40e_3585_5771_202a,
    0x106a_a070_32bb_d1b8,
    0x19a4_c116_b8d2_d0c8,
    0x1e37_6c08_5141_ab53,
    0x2748_774c_df8e_eb99,
    0x34b0_bcb5_e19b_48a8,
    0x391c_0cb3_c5c9_5a63,
    0x4ed8_aa4a_e341_8acb,
    0x5b9c_ca4f_7763_e373,
    0x682e_6ff3_d6b2_b8a3,
    0x748f_82ee_5def_b2fc,
    0x78a5_636f_4317_2f60,
    0x84c8_7814_a1f0_ab72,
    0x8cc7_0208_1a64_39ec,
    0x90be_fffa_2363_1e28,
    0xa450_6ceb_de82_bde9,
    0xbef9_a3f7_b2c6_7915,
    0xc671_78f2_e372_532b,
    0xca27_3ece_ea26_619c,
    0xd186_b8c7_21c0_c207,
    0xeada_7dd6_cde0_eb1e,
    0xf57d_4f7f_ee6e_d178,
    0x06f0_67aa_7217_6fba,
    0x0a63_7dc5_a2c8_98a6,
    0x113f_9804_bef9_0dae,
    0x1b71_0b35_131c_471b,
    0x28db_77f5_2304_7d84,
    0x32ca_ab7b_40c7_2493,
    0x3c9e_be0a_15c9_bebc,
    0x431d_67c4_9c10_0d4c,
    0x4cc5_d4be_cb3e_42b6,
    0x597f_299c_fc65_7e2a,
    0x5fcb_6fab_3ad6_faec,
    0x6c44_198c_4a47_5817,
];

/// The SHA-512 digest of `data`.
pub fn sha512_digest(data: &[u8]) -> [u8; 64] {
    let h = sha512_core(H0, data);
    let mut out = [0u8; 64];
    for (chunk, word) in out.chunks_exact_mut(8).zip(h) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

/// The SHA-384 digest of `data`: SHA-512's rounds from its own initial values, truncated.
pub fn sha384_digest(data: &[u8]) -> [u8; 48] {
    const H384: [u64; 8] = [
        0xcbbb_9d5d_c105_9ed8,
        0x629a_292a_367c_d507,
        0x9159_015a_3070_dd17,
        0x152f_ecd8_f70e_5939,
        0x6733_2667_ffc0_0b31,
        0x8eb4_4a87_6858_1511,
        0xdb0c_2e0d_64f9_8fa7,
        0x47b5_481d_befa_4fa4,
    ];
    let h = sha512_core(H384, data);
    let mut out = [0u8; 48];
    for (chunk, word) in out.chunks_exact_mut(8).zip(h) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

fn sha512_core(h0: [u64; 8], data: &[u8]) -> [u64; 8] {
    let mut h = h0;
    // Padding: a 1 bit, zeros, then the message length in bits as a 128-bit big-endian
    // number, so that the total is a multiple of 128 bytes.
    let mut tail = Vec::with_capacity(256);
    let full = data.len() - data.len() % 128;
    tail.extend_from_slice(&data[full..]);
    tail.push(0x80);
    while tail.len() % 128 != 112 {
        tail.push(0);
    }
    tail.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in data[..full].chunks_exact(128).chain(tail.chunks_exact(128)) {
        compress(&mut h, block);
    }
    h
}

fn compress(h: &mut [u64; 8], block: &[u8]) {
    let mut w = [0u64; 80];
    for (t, chunk) in block.chunks_exact(8).enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        w[t] = u64::from_be_bytes(b);
    }
    for t in 16..80 {
        let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
        let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = *h;
    for t in 0..80 {
        let big_s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(big_s1)
            .wrapping_add(ch)
            .wrapping_add(K[t])
            .wrapping_add(w[t]);
        let big_s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = big_s0.wrapping_add(maj);
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (x, v) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *x = x.wrapping_add(v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn sha512_known_answers() {
        let cases: &[(&[u8], &str)] = &[
            (
                b"",
                "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
                 47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
            ),
            (
                b"abc",
                "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
                 2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
            ),
            (
                b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno\
                  ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018\
                 501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909",
            ),
        ];
        for (msg, want) in cases {
            assert_eq!(hex(&sha512_digest(msg)), *want);
        }
    }

    #[test]
    fn sha512_padding_boundaries() {
        // 111 bytes fit one block with the length; 112 and 128 need a second block.
        let cases = [
            (
                111,
                "fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760b4beff48404df811b953828274461673c68d04e297b0eb7b2b4d60fc6b566a2",
            ),
            (
                112,
                "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca",
            ),
            (
                128,
                "b73d1929aa615934e61a871596b3f3b33359f42b8175602e89f7e06e5f658a243667807ed300314b95cacdd579f3e33abdfbe351909519a846d465c59582f321",
            ),
            (
                1_000_000,
                "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b",
            ),
        ];
        for (n, want) in cases {
            assert_eq!(hex(&sha512_digest(&vec![b'a'; n])), want, "{n} bytes");
        }
    }

    #[test]
    fn mt_reference_outputs() {
        // The reference implementation's published outputs for init_by_array({0x123, 0x234,
        // 0x345, 0x456}): the first five and the 1000th.
        let mut g = Mt19937::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| g.next_u32()).collect();
        assert_eq!(
            first,
            [
                1_067_595_299,
                955_945_823,
                477_289_528,
                4_107_218_783,
                4_228_976_476
            ]
        );
        for _ in 5..999 {
            g.next_u32();
        }
        assert_eq!(g.next_u32(), 3_460_025_646);
    }

    #[test]
    fn mt_default_seed_10000th_output() {
        // C++ std::mt19937 with the default seed 5489: the 10000th output is 4123659995.
        let mut g = Mt19937::from_u32(5489);
        for _ in 0..9999 {
            g.next_u32();
        }
        assert_eq!(g.next_u32(), 4_123_659_995);
    }

    #[test]
    fn cpython_seeded_floats() {
        // random.seed(42); random.random() and random.seed(0) in CPython.
        let mut g = Mt19937::from_key(&[42]);
        assert_eq!(g.next_f64(), 0.6394267984578837);
        assert_eq!(g.next_f64(), 0.025010755222666936);
        let mut g = Mt19937::from_key(&[0]);
        assert_eq!(g.next_f64(), 0.8444218515250481);
    }

    #[test]
    fn getrandbits_word_order() {
        // random.seed(1); getrandbits(32) then 64 bits are the next two words, low first.
        let mut a = Mt19937::from_key(&[1]);
        let mut b = a.clone();
        let w1 = a.next_u32() as u64;
        let w2 = a.next_u32() as u64;
        assert_eq!(b.bits(64), BigUint::from(w1 | (w2 << 32)));
        let mut c = Mt19937::from_key(&[1]);
        assert_eq!(c.bits(3), BigUint::from((w1 as u32) >> 29));
    }

    #[test]
    fn machine_int_bits_match_big_bits() {
        let mut a = Mt19937::from_key(&[5, 6]);
        let mut b = a.clone();
        for k in (1..=64).chain(1..=64) {
            assert_eq!(BigUint::from(a.bits_u64(k)), b.bits(k), "k = {k}");
        }
    }

    #[test]
    fn state_round_trip_and_bad_buffers() {
        let mut g = Mt19937::from_key(&[7, 8, 9]);
        g.next_u32();
        let mut buf = vec![0u8; STATE_BYTES];
        g.store(&mut buf);
        let mut h = Mt19937::load(&buf).expect("valid state");
        let mut b = InBuffer(&mut buf);
        for _ in 0..2000 {
            let x = g.next_u32();
            assert_eq!(x, h.next_u32());
            assert_eq!(x, b.next_u32());
        }
        assert!(Mt19937::load(&buf[1..]).is_none());
        buf[N * 4 + 3] = 0xff;
        assert!(Mt19937::load(&buf).is_none());
    }
}
