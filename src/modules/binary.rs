//! `_binary`: byte-level helpers for the embedded `hashlib` and `struct` modules.
//!
//! Message digests (MD5, SHA-1, SHA-224/256 here; SHA-384/512 shared with `_random`'s
//! seeding) computed over a whole message, and the
//! IEEE 754 bit patterns of floats, the per-record work of `struct` (packing and unpacking by
//! a compiled plan) and Base64 for `binascii`. Pure functions: no state lives here.

use std::rc::Rc;

use crate::builtins::args::check;
use crate::objects::*;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("digest", digest),
    ("blake2", blake2),
    ("shake", shake),
    ("pbkdf2", pbkdf2),
    ("float_bits", float_bits),
    ("bits_float", bits_float),
    ("struct_pack", struct_pack),
    ("struct_unpack", struct_unpack),
    ("b64_encode", b64_encode),
    ("b64_decode", b64_decode),
];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_binary", FUNCS)
}

/// `digest(name, data)`: the digest of data with the named algorithm.
fn digest(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "digest", &a, 2, 2)?;
    let Some(name) = a.pos[0].as_str() else {
        return Err(vm.type_error("digest name must be str"));
    };
    let Some(data) = vm.bytes_like(&a.pos[1]) else {
        let t = vm.type_name(&a.pos[1]);
        return Err(vm.type_error(format!(
            "object supporting the buffer API required, not {t}"
        )));
    };
    match hash_by_name(name.as_str(), &data) {
        Some(out) => Ok(Value::bytes(out)),
        None => Err(vm.value_error(format!("unsupported hash type {}", name.as_str()))),
    }
}

/// The digest of data with a fixed-size algorithm named as hashlib names it.
fn hash_by_name(name: &str, data: &[u8]) -> Option<Vec<u8>> {
    Some(match name {
        "md5" => md5(data).to_vec(),
        "sha1" => sha1(data).to_vec(),
        "sha224" => sha256_family(data, true),
        "sha256" => sha256_family(data, false),
        "sha384" => super::random::sha384_digest(data).to_vec(),
        "sha512" => super::random::sha512_digest(data).to_vec(),
        "sha3_224" => super::digests::sha3(data, 28),
        "sha3_256" => super::digests::sha3(data, 32),
        "sha3_384" => super::digests::sha3(data, 48),
        "sha3_512" => super::digests::sha3(data, 64),
        _ => return None,
    })
}

/// The block size (in bytes) HMAC uses for a fixed-size algorithm.
fn block_size(name: &str) -> usize {
    match name {
        "sha384" | "sha512" => 128,
        "sha3_224" => 144,
        "sha3_256" => 136,
        "sha3_384" => 104,
        "sha3_512" => 72,
        _ => 64,
    }
}

fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match vm.bytes_like(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// `blake2(is_b, data, digest_size, key, salt, person)`: a BLAKE2b (or BLAKE2s) digest; the
/// caller has checked the parameter sizes.
fn blake2(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "blake2", &a, 6, 6)?;
    let is_b = vm.truthy(&a.pos[0])?;
    let data = bytes_arg(vm, &a.pos[1])?;
    let digest_size = vm.to_index(&a.pos[2])?;
    let key = bytes_arg(vm, &a.pos[3])?;
    let salt = bytes_arg(vm, &a.pos[4])?;
    let person = bytes_arg(vm, &a.pos[5])?;
    let max = if is_b { 64 } else { 32 };
    if !(1..=max).contains(&digest_size)
        || key.len() > max as usize
        || salt.len() > max as usize / 4
        || person.len() > max as usize / 4
    {
        return Err(vm.value_error("blake2 parameter out of range"));
    }
    let p = super::digests::Blake2Params {
        digest_size: digest_size as usize,
        key: &key,
        salt: &salt,
        person: &person,
    };
    let out = if is_b {
        super::digests::blake2b(&data, &p)
    } else {
        super::digests::blake2s(&data, &p)
    };
    Ok(Value::bytes(out))
}

/// `shake(bits, data, length)`: SHAKE128 or SHAKE256 output of length bytes.
fn shake(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "shake", &a, 3, 3)?;
    let bits = vm.to_index(&a.pos[0])?;
    let data = bytes_arg(vm, &a.pos[1])?;
    let length = vm.to_index(&a.pos[2])?;
    if bits != 128 && bits != 256 {
        return Err(vm.value_error("shake size must be 128 or 256"));
    }
    if length < 0 {
        return Err(vm.value_error("length must be non-negative"));
    }
    if length > 1 << 30 {
        return Err(vm.memory_error());
    }
    Ok(Value::bytes(super::digests::shake(
        &data,
        bits as usize,
        length as usize,
    )))
}

fn hmac(name: &str, key: &[u8], msg: &[u8]) -> Vec<u8> {
    let block = block_size(name);
    let mut k = if key.len() > block {
        hash_by_name(name, key).unwrap_or_default()
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let mut inner: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
    inner.extend_from_slice(msg);
    let inner = hash_by_name(name, &inner).unwrap_or_default();
    let mut outer: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
    outer.extend_from_slice(&inner);
    hash_by_name(name, &outer).unwrap_or_default()
}

/// `pbkdf2(name, password, salt, iterations, dklen)`: PBKDF2 with HMAC over the named
/// algorithm (the caller has checked name, iterations and dklen).
fn pbkdf2(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "pbkdf2", &a, 5, 5)?;
    let Some(name) = a.pos[0].as_str() else {
        return Err(vm.type_error("digest name must be str"));
    };
    let name = name.as_str().to_string();
    if hash_by_name(&name, b"").is_none() {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    }
    let password = bytes_arg(vm, &a.pos[1])?;
    let salt = bytes_arg(vm, &a.pos[2])?;
    let iterations = vm.to_index(&a.pos[3])?.max(1) as u64;
    let dklen = vm.to_index(&a.pos[4])?.max(0) as usize;
    let mut out = Vec::with_capacity(dklen);
    let mut index: u32 = 1;
    while out.len() < dklen {
        let mut msg = salt.clone();
        msg.extend_from_slice(&index.to_be_bytes());
        let mut u = hmac(&name, &password, &msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac(&name, &password, &u);
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        out.extend_from_slice(&t);
        index = index.wrapping_add(1);
    }
    out.truncate(dklen);
    Ok(Value::bytes(out))
}

/// `float_bits(x, size)`: the IEEE 754 bits of x as a binary32 (size 4) or binary64 (8) or
/// binary16 (2) number, as an int.
fn float_bits(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "float_bits", &a, 2, 2)?;
    let x = vm.to_f64(&a.pos[0])?;
    let size = vm.to_index(&a.pos[1])?;
    Ok(match size {
        // A NaN from `float()` carries an identity payload (see `ctors::fresh_nan`); CPython's
        // NaNs pack with an empty one.
        8 if x.is_nan() => Value::from_bigint(num_bigint::BigInt::from(
            (x.to_bits() & (1 << 63)) | 0x7ff8_0000_0000_0000,
        )),
        8 => Value::from_bigint(num_bigint::BigInt::from(x.to_bits())),
        4 => {
            let f = x as f32;
            if f.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            Value::Int(f.to_bits() as i64)
        }
        2 => match f64_to_f16(x) {
            Some(h) => Value::Int(h as i64),
            None => return Err(vm.overflow_error("float too large to pack with e format")),
        },
        _ => return Err(vm.value_error("float size must be 2, 4 or 8")),
    })
}

/// `bits_float(n, size)`: the float whose IEEE 754 bits (of the given size) are n.
fn bits_float(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "bits_float", &a, 2, 2)?;
    let size = vm.to_index(&a.pos[1])?;
    let n = match &a.pos[0] {
        Value::Int(i) => *i as u64,
        Value::BigInt(b) => {
            use num_traits::ToPrimitive;
            b.to_u64().unwrap_or(0)
        }
        other => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("bits must be int, not {t}")));
        }
    };
    let x = match size {
        8 => f64::from_bits(n),
        4 => f32::from_bits(n as u32) as f64,
        2 => f16_to_f64(n as u16),
        _ => return Err(vm.value_error("float size must be 2, 4 or 8")),
    };
    Ok(Value::float(x))
}

/// binary16 bits of x, rounded to nearest even; None when it overflows.
fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let ax = x.abs();
    if ax.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if ax == 0.0 {
        return Some(sign);
    }
    // Scale to the smallest subnormal unit (2**-24) and round to an integer count.
    let units = ax * 16_777_216.0;
    if units < 1024.0 {
        let r = round_half_even(units) as u16;
        return Some(sign | r);
    }
    let mut exp = ax.log2().floor() as i32;
    let mut mant = ax / 2f64.powi(exp);
    if mant >= 2.0 {
        mant /= 2.0;
        exp += 1;
    }
    if mant < 1.0 {
        mant *= 2.0;
        exp -= 1;
    }
    let mut frac = round_half_even((mant - 1.0) * 1024.0) as u32;
    if frac == 1024 {
        frac = 0;
        exp += 1;
    }
    if exp > 15 {
        return None;
    }
    let e = (exp + 15) as u16;
    Some(sign | (e << 10) | frac as u16)
}

fn round_half_even(v: f64) -> f64 {
    let r = v.round();
    if (v - v.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
        r - v.signum()
    } else {
        r
    }
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    match e {
        0 => sign * f * 2f64.powi(-24),
        31 => {
            if f == 0.0 {
                sign * f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => sign * (1.0 + f / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Pads a message as MD5 and the SHA family do: 0x80, zeros, then the bit length.
fn pad(data: &[u8], block: usize, len_bytes: usize, big_endian: bool) -> Vec<u8> {
    let mut m = data.to_vec();
    let bits = (data.len() as u128).wrapping_mul(8);
    m.push(0x80);
    while m.len() % block != block - len_bytes {
        m.push(0);
    }
    let len = bits.to_be_bytes();
    let tail = &len[16 - len_bytes..];
    if big_endian {
        m.extend_from_slice(tail);
    } else {
        m.extend(tail.iter().rev());
    }
    m
}

fn md5(data: &[u8]) -> [u8; 16] {
    let s: [u32; 64] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5,
        9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10,
        15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ];
    // K[i] = floor(abs(sin(i + 1)) * 2**32).
    let k: Vec<u32> = (0..64)
        .map(|i| (((i + 1) as f64).sin().abs() * 4_294_967_296.0) as u32)
        .collect();
    let mut h: [u32; 4] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476];
    for chunk in pad(data, 64, 8, false).chunks(64) {
        let w: Vec<u32> = chunk
            .chunks(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let (mut a, mut b, mut c, mut d) = (h[0], h[1], h[2], h[3]);
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let f = f.wrapping_add(a).wrapping_add(k[i]).wrapping_add(w[g]);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(f.rotate_left(s[i]));
        }
        h[0] = h[0].wrapping_add(a);
        h[1] = h[1].wrapping_add(b);
        h[2] = h[2].wrapping_add(c);
        h[3] = h[3].wrapping_add(d);
    }
    let mut out = [0u8; 16];
    for (i, v) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&v.to_le_bytes());
    }
    out
}

fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [
        0x6745_2301,
        0xefcd_ab89,
        0x98ba_dcfe,
        0x1032_5476,
        0xc3d2_e1f0,
    ];
    for chunk in pad(data, 64, 8, true).chunks(64) {
        let mut w = [0u32; 80];
        for (i, b) in chunk.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let (mut a, mut b, mut c, mut d, mut e) = (h[0], h[1], h[2], h[3], h[4]);
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i / 20 {
                0 => ((b & c) | (!b & d), 0x5a82_7999),
                1 => (b ^ c ^ d, 0x6ed9_eba1),
                2 => ((b & c) | (b & d) | (c & d), 0x8f1b_bcdc),
                _ => (b ^ c ^ d, 0xca62_c1d6u32),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, v) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(v);
        }
    }
    let mut out = [0u8; 20];
    for (i, v) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&v.to_be_bytes());
    }
    out
}

/// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K256: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

fn sha256_family(data: &[u8], is224: bool) -> Vec<u8> {
    let mut h: [u32; 8] = if is224 {
        [
            0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7,
            0xbefa4fa4,
        ]
    } else {
        [
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
            0x5be0cd19,
        ]
    };
    for chunk in pad(data, 64, 8, true).chunks(64) {
        let mut w = [0u32; 64];
        for (i, b) in chunk.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..64 {
            let s1 = v[4].rotate_right(6) ^ v[4].rotate_right(11) ^ v[4].rotate_right(25);
            let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
            let t1 = v[7]
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K256[i])
                .wrapping_add(w[i]);
            let s0 = v[0].rotate_right(2) ^ v[0].rotate_right(13) ^ v[0].rotate_right(22);
            let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            let t2 = s0.wrapping_add(maj);
            v = [
                t1.wrapping_add(t2),
                v[0],
                v[1],
                v[2],
                v[3].wrapping_add(t1),
                v[4],
                v[5],
                v[6],
            ];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let words = if is224 { 7 } else { 8 };
    h[..words].iter().flat_map(|v| v.to_be_bytes()).collect()
}

/// One field of a `struct` plan: a format code repeated `count` times from `offset`, each
/// `size` bytes wide.
struct PlanField {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

/// The fields of a plan as `struct.Struct` encodes it: 10 bytes a field (code, count and
/// offset as little-endian u32, size).
fn plan_fields(plan: &[u8]) -> impl Iterator<Item = PlanField> + '_ {
    plan.chunks_exact(10).map(|f| PlanField {
        code: f[0],
        count: u32::from_le_bytes([f[1], f[2], f[3], f[4]]) as usize,
        offset: u32::from_le_bytes([f[5], f[6], f[7], f[8]]) as usize,
        size: f[9] as usize,
    })
}

fn plan_arg(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyBytes>> {
    match v {
        Value::Bytes(b) if b.data.len() % 10 == 0 => Ok(b.clone()),
        _ => Err(vm.type_error("struct plan must be bytes")),
    }
}

/// `struct_pack(plan, little, values, size)`: the packed bytes, or None when some value
/// needs the careful Python path (a conversion, a range or type error, a rare code).
fn struct_pack(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "struct_pack", &a, 4, 4)?;
    let plan = plan_arg(vm, &a.pos[0])?;
    let little = vm.truthy(&a.pos[1])?;
    let Value::Tuple(values) = &a.pos[2] else {
        return Err(vm.type_error("struct values must be a tuple"));
    };
    let size = vm.to_index(&a.pos[3])?;
    let mut out = vec![0u8; size.max(0) as usize];
    let mut values = values.0.iter();
    for f in plan_fields(&plan.data) {
        let span = f
            .size
            .checked_mul(f.count)
            .and_then(|n| n.checked_add(f.offset));
        let Some(field) = span.and_then(|end| out.get_mut(f.offset..end)) else {
            return Err(vm.value_error("struct plan exceeds its size"));
        };
        if f.code == b'x' {
            continue;
        }
        if f.code == b's' || f.code == b'p' {
            let Some(Value::Bytes(v)) = values.next() else {
                return Ok(Value::None);
            };
            let v = &v.data;
            if f.code == b's' {
                let n = v.len().min(f.count);
                field[..n].copy_from_slice(&v[..n]);
            } else if f.count > 0 {
                let n = v.len().min(f.count - 1).min(255);
                field[0] = n as u8;
                field[1..1 + n].copy_from_slice(&v[..n]);
            }
            continue;
        }
        for slot in field.chunks_exact_mut(f.size.max(1)) {
            let Some(v) = values.next() else {
                return Ok(Value::None);
            };
            if !pack_one(f.code, little, v, slot) {
                return Ok(Value::None);
            }
        }
    }
    if values.next().is_some() {
        return Ok(Value::None);
    }
    Ok(Value::bytes(out))
}

/// Packs one plain value into slot; false when the Python path must take over.
fn pack_one(code: u8, little: bool, v: &Value, slot: &mut [u8]) -> bool {
    let size = slot.len();
    let put = |slot: &mut [u8], bits: u64| {
        let le = bits.to_le_bytes();
        for (k, b) in slot.iter_mut().enumerate() {
            let i = if little { k } else { size - 1 - k };
            *b = le[i];
        }
    };
    match code {
        b'c' => match v {
            Value::Bytes(b) if b.data.len() == 1 => {
                slot[0] = b.data[0];
                true
            }
            _ => false,
        },
        b'?' => {
            slot[0] = match v {
                Value::Bool(b) => b.get() as u8,
                Value::Int(i) => (*i != 0) as u8,
                Value::None => 0,
                _ => return false,
            };
            true
        }
        b'e' | b'f' | b'd' => {
            let x = match v {
                Value::Float(f) => f.get(),
                Value::Int(i) => *i as f64,
                _ => return false,
            };
            let bits = match code {
                b'd' if x.is_nan() => (x.to_bits() & (1 << 63)) | 0x7ff8_0000_0000_0000,
                b'd' => x.to_bits(),
                b'f' => {
                    let f = x as f32;
                    if f.is_infinite() && x.is_finite() {
                        return false;
                    }
                    f.to_bits() as u64
                }
                _ => match f64_to_f16(x) {
                    Some(h) => h as u64,
                    None => return false,
                },
            };
            put(slot, bits);
            true
        }
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' | b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' => {
            let i = match v {
                Value::Int(i) => *i,
                Value::Bool(b) => b.get() as i64,
                _ => return false,
            };
            let bits = 8 * size as u32;
            let fits = if code.is_ascii_lowercase() {
                bits >= 64 || (-(1i64 << (bits - 1))..(1i64 << (bits - 1))).contains(&i)
            } else {
                i >= 0 && (bits >= 64 || i < (1i64 << bits))
            };
            if !fits {
                return false;
            }
            put(slot, i as u64);
            true
        }
        _ => false,
    }
}

/// `struct_unpack(plan, little, data, base)`: the tuple of values of the record at base.
fn struct_unpack(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "struct_unpack", &a, 4, 4)?;
    let plan = plan_arg(vm, &a.pos[0])?;
    let little = vm.truthy(&a.pos[1])?;
    let base = vm.to_index(&a.pos[3])?.max(0) as usize;
    let borrowed;
    let data: &[u8] = match &a.pos[2] {
        Value::Bytes(b) => &b.data,
        Value::ByteArray(b) => {
            borrowed = b.borrow().clone();
            &borrowed
        }
        _ => return Err(vm.type_error("struct data must be bytes")),
    };
    let mut out = Vec::new();
    for f in plan_fields(&plan.data) {
        let at = base.saturating_add(f.offset);
        let span = f.size.checked_mul(f.count).and_then(|n| n.checked_add(at));
        let Some(field) = span.and_then(|end| data.get(at..end)) else {
            return Err(vm.value_error("struct plan exceeds the data"));
        };
        match f.code {
            b'x' => {}
            b's' => out.push(Value::bytes(field.to_vec())),
            b'p' => {
                let n = match field.first() {
                    Some(&n) if f.count > 0 => (n as usize).min(f.count - 1),
                    _ => 0,
                };
                out.push(Value::bytes(field.get(1..1 + n).unwrap_or(&[]).to_vec()));
            }
            code => {
                for chunk in field.chunks_exact(f.size.max(1)) {
                    out.push(unpack_one(code, little, chunk));
                }
            }
        }
    }
    Ok(Value::tuple(out))
}

fn unpack_one(code: u8, little: bool, chunk: &[u8]) -> Value {
    let mut bits: u64 = 0;
    for k in 0..chunk.len() {
        let b = if little {
            chunk[chunk.len() - 1 - k]
        } else {
            chunk[k]
        };
        bits = (bits << 8) | b as u64;
    }
    let width = 8 * chunk.len() as u32;
    match code {
        b'c' => Value::bytes(chunk.to_vec()),
        b'?' => Value::from_bool(bits != 0),
        b'd' => Value::float(f64::from_bits(bits)),
        b'f' => Value::float(f32::from_bits(bits as u32) as f64),
        b'e' => Value::float(f16_to_f64(bits as u16)),
        c if c.is_ascii_lowercase() => {
            // Sign-extend from the field's width.
            let shift = 64 - width.min(64);
            Value::Int(((bits << shift) as i64) >> shift)
        }
        _ => match i64::try_from(bits) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_bigint(num_bigint::BigInt::from(bits)),
        },
    }
}

const B64_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `b64_encode(data)`: data in standard Base64 with padding, no newline.
fn b64_encode(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "b64_encode", &a, 1, 1)?;
    let data = bytes_arg(vm, &a.pos[0])?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let mut n = 0u32;
        for (k, &b) in chunk.iter().enumerate() {
            n |= (b as u32) << (16 - 8 * k);
        }
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64_ALPHABET[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    Ok(Value::bytes(out))
}

/// `b64_decode(data, strict)`: the decoded bytes, or the message of the `binascii.Error`
/// to raise (a str). Without strict, bytes outside the alphabet are skipped and whatever
/// follows complete padding is ignored.
fn b64_decode(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "b64_decode", &a, 2, 2)?;
    let data = bytes_arg(vm, &a.pos[0])?;
    let strict = vm.truthy(&a.pos[1])?;
    Ok(match decode_base64(&data, strict) {
        Ok(out) => Value::bytes(out),
        Err(msg) => Value::string(msg),
    })
}

fn decode_base64(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad_pos = 0;
    let mut left = 0u8;
    let mut pads = 0;
    let mut padding_started = false;
    let mut count = 0usize;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && quad_pos == 0 {
                return Err(if i > 0 {
                    "Excess padding not allowed"
                } else {
                    "Leading padding not allowed"
                }
                .into());
            }
            pads += 1;
            if quad_pos >= 2 && quad_pos + pads >= 4 {
                if strict && i + 1 < data.len() {
                    return Err("Excess data after padding".into());
                }
                return Ok(out);
            }
            continue;
        }
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => {
                if strict {
                    return Err("Only base64 data is allowed".into());
                }
                continue;
            }
        };
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        count += 1;
        match quad_pos {
            0 => {
                left = value;
                quad_pos = 1;
            }
            1 => {
                out.push((left << 2) | (value >> 4));
                left = value & 0x0f;
                quad_pos = 2;
            }
            2 => {
                out.push((left << 4) | (value >> 2));
                left = value & 0x03;
                quad_pos = 3;
            }
            _ => {
                out.push((left << 6) | value);
                quad_pos = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({count}) cannot be 1 \
             more than a multiple of 4"
        )),
        _ => Err("Incorrect padding".into()),
    }
}
