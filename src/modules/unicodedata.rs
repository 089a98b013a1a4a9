//! `unicodedata`: character properties from the Unicode database (as CPython 3.11 has it),
//! and normalization (NFC, NFD, NFKC, NFKD).
//!
//! Names are known for the most used blocks (Latin, Greek, Cyrillic, punctuation, symbols,
//! CJK symbols, common emoji) plus the algorithmic ones (Hangul syllables, CJK ideographs).

use std::rc::Rc;

use super::unicodedata_names::NAMES;
use super::unicodedata_tables::*;
use crate::builtins::args::check;
use crate::objects::*;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("category", category),
    ("bidirectional", bidirectional),
    ("combining", combining),
    ("east_asian_width", east_asian_width),
    ("mirrored", mirrored),
    ("decomposition", decomposition),
    ("decimal", decimal),
    ("digit", digit),
    ("numeric", numeric),
    ("normalize", normalize),
    ("is_normalized", is_normalized),
    ("name", name),
    ("lookup", lookup),
];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    let m = super::native_module(vm, "unicodedata", FUNCS);
    let k = vm.intern("unidata_version");
    m.dict.set_str_raw(k, Value::str(UNIDATA_VERSION));
    m
}

fn range_value(table: &[(u32, u32, u8)], cp: u32) -> Option<u8> {
    let i = table.partition_point(|&(_, end, _)| end < cp);
    match table.get(i) {
        Some(&(start, _, v)) if start <= cp => Some(v),
        _ => None,
    }
}

fn ccc(c: char) -> u8 {
    range_value(COMBINING, c as u32).unwrap_or(0)
}

/// The one character of a `chr` argument.
fn char_arg(vm: &mut Vm, a: &Args, func: &str, min: usize, max: usize) -> PyResult<char> {
    check(vm, func, a, min, max)?;
    // Functions taking a default as well name the character "argument 1".
    let which = if max > 1 { "argument 1" } else { "argument" };
    match &a.pos[0] {
        Value::Str(s) => {
            let mut it = s.as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(vm.type_error(format!(
                    "{func}() {which} must be a unicode character, not str"
                ))),
            }
        }
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!(
                "{func}() {which} must be a unicode character, not {t}"
            )))
        }
    }
}

fn category(vm: &mut Vm, a: Args) -> PyResult {
    let c = char_arg(vm, &a, "category", 1, 1)?;
    let i = range_value(CATEGORY, crate::text::code_point(c)).unwrap_or(0);
    Ok(Value::str(CATEGORY_NAMES[i as usize]))
}

fn bidirectional(vm: &mut Vm, a: Args) -> PyResult {
    let c = char_arg(vm, &a, "bidirectional", 1, 1)?;
    let i = range_value(BIDIRECTIONAL, crate::text::code_point(c)).unwrap_or(0);
    Ok(Value::str(BIDI_NAMES[i as usize]))
}

fn combining(vm: &mut Vm, a: Args) -> PyResult {
    let c = char_arg(vm, &a, "combining", 1, 1)?;
    Ok(Value::Int(ccc(c) as i64))
}

fn east_asian_width(vm: &mut Vm, a: Args) -> PyResult {
    let c = char_arg(vm, &a, "east_asian_width", 1, 1)?;
    let i = range_value(EAST_ASIAN_WIDTH, crate::text::code_point(c)).unwrap_or(0);
    Ok(Value::str(WIDTH_NAMES[i as usize]))
}

fn mirrored(vm: &mut Vm, a: Args) -> PyResult {
    let c = char_arg(vm, &a, "mirrored", 1, 1)?;
    let cp = crate::text::code_point(c);
    let i = MIRRORED.partition_point(|&(_, end)| end < cp);
    let yes = MIRRORED.get(i).is_some_and(|&(start, _)| start <= cp);
    Ok(Value::Int(yes as i64))
}

fn decomposition_of(c: char) -> Option<&'static str> {
    let cp = c as u32;
    DECOMPOSITION.get(cp)
}

fn decomposition(vm: &mut Vm, a: Args) -> PyResult {
    let c = char_arg(vm, &a, "decomposition", 1, 1)?;
    Ok(Value::str(decomposition_of(c).unwrap_or("")))
}

fn numeric_entry(c: char) -> Option<(i8, i8, f64)> {
    let cp = c as u32;
    NUMERIC
        .binary_search_by_key(&cp, |&(k, _, _, _)| k)
        .ok()
        .map(|i| (NUMERIC[i].1, NUMERIC[i].2, NUMERIC[i].3))
}

fn decimal(vm: &mut Vm, a: Args) -> PyResult {
    let c = char_arg(vm, &a, "decimal", 1, 2)?;
    match numeric_entry(c) {
        Some((d, _, _)) if d >= 0 => Ok(Value::Int(d as i64)),
        _ => match a.pos.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.value_error("not a decimal")),
        },
    }
}

fn digit(vm: &mut Vm, a: Args) -> PyResult {
    let c = char_arg(vm, &a, "digit", 1, 2)?;
    match numeric_entry(c) {
        Some((_, d, _)) if d >= 0 => Ok(Value::Int(d as i64)),
        _ => match a.pos.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.value_error("not a digit")),
        },
    }
}

fn numeric(vm: &mut Vm, a: Args) -> PyResult {
    let c = char_arg(vm, &a, "numeric", 1, 2)?;
    match numeric_entry(c) {
        Some((_, _, n)) => Ok(Value::float(n)),
        None => match a.pos.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.value_error("not a numeric character")),
        },
    }
}

// ---- normalization -------------------------------------------------------------------------

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

fn decompose_into(c: char, compat: bool, out: &mut Vec<char>) {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        let push = |out: &mut Vec<char>, v: u32| out.extend(char::from_u32(v));
        push(out, L_BASE + s / N_COUNT);
        push(out, V_BASE + (s % N_COUNT) / T_COUNT);
        if !s.is_multiple_of(T_COUNT) {
            push(out, T_BASE + s % T_COUNT);
        }
        return;
    }
    if let Some(map) = decomposition_of(c) {
        let (tagged, rest) = match map.strip_prefix('<') {
            Some(r) => (true, r.split_once('>').map(|(_, r)| r).unwrap_or("")),
            None => (false, map),
        };
        if !tagged || compat {
            for part in rest.split_whitespace() {
                if let Some(d) = u32::from_str_radix(part, 16).ok().and_then(char::from_u32) {
                    decompose_into(d, compat, out);
                }
            }
            return;
        }
    }
    out.push(c);
}

/// Canonical ordering: runs of non-starters sorted (stably) by combining class.
fn reorder(chars: &mut [char]) {
    let mut i = 0;
    while i < chars.len() {
        if ccc(chars[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && ccc(chars[i]) != 0 {
            i += 1;
        }
        chars[start..i].sort_by_key(|&c| ccc(c));
    }
}

fn compose_pair(a: char, b: char) -> Option<char> {
    let (x, y) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&x) && (V_BASE..V_BASE + V_COUNT).contains(&y) {
        return char::from_u32(S_BASE + ((x - L_BASE) * V_COUNT + (y - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&x)
        && (x - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&y)
    {
        return char::from_u32(x + (y - T_BASE));
    }
    COMPOSITION
        .binary_search_by_key(&(x, y), |&(p, q, _)| (p, q))
        .ok()
        .and_then(|i| char::from_u32(COMPOSITION[i].2))
}

fn compose(chars: Vec<char>) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    // Class of the last character kept after the starter (None: nothing in between).
    let mut last: Option<u8> = None;
    for c in chars {
        let cc = ccc(c);
        if let Some(s) = starter {
            let blocked = matches!(last, Some(l) if l == 0 || l >= cc);
            if !blocked && let Some(comp) = compose_pair(out[s], c) {
                out[s] = comp;
                continue;
            }
        }
        if cc == 0 {
            starter = Some(out.len());
            last = None;
        } else {
            last = Some(cc);
        }
        out.push(c);
    }
    out
}

fn normalized(form: &str, text: &str) -> Option<String> {
    let (compat, composed) = match form {
        "NFC" => (false, true),
        "NFD" => (false, false),
        "NFKC" => (true, true),
        "NFKD" => (true, false),
        _ => return None,
    };
    let mut chars = Vec::with_capacity(text.len());
    for c in text.chars() {
        decompose_into(c, compat, &mut chars);
    }
    reorder(&mut chars);
    if composed {
        chars = compose(chars);
    }
    Some(chars.into_iter().collect())
}

fn form_and_text(vm: &mut Vm, a: &Args, func: &str) -> PyResult<(String, Rc<PyStr>)> {
    check(vm, func, a, 2, 2)?;
    let form = match &a.pos[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("{func}() argument 1 must be str, not {t}")));
        }
    };
    let text = match &a.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("{func}() argument 2 must be str, not {t}")));
        }
    };
    Ok((form, text))
}

fn normalize(vm: &mut Vm, a: Args) -> PyResult {
    let (form, text) = form_and_text(vm, &a, "normalize")?;
    match normalized(&form, text.as_str()) {
        Some(s) if s == text.as_str() => Ok(Value::Str(text)),
        Some(s) => Ok(Value::string(s)),
        None => Err(vm.value_error("invalid normalization form")),
    }
}

fn is_normalized(vm: &mut Vm, a: Args) -> PyResult {
    let (form, text) = form_and_text(vm, &a, "is_normalized")?;
    match normalized(&form, text.as_str()) {
        Some(s) => Ok(Value::from_bool(s == text.as_str())),
        None => Err(vm.value_error("invalid normalization form")),
    }
}

// ---- names ---------------------------------------------------------------------------------

const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

fn is_cjk_ideograph(cp: u32) -> bool {
    matches!(cp,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF | 0x2A700..=0x2B738
        | 0x2B740..=0x2B81D | 0x2B820..=0x2CEA1 | 0x2CEB0..=0x2EBE0 | 0x30000..=0x3134A)
}

pub(crate) fn name_of(c: char) -> Option<String> {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        return Some(format!(
            "HANGUL SYLLABLE {}{}{}",
            JAMO_L[(s / N_COUNT) as usize],
            JAMO_V[((s % N_COUNT) / T_COUNT) as usize],
            JAMO_T[(s % T_COUNT) as usize]
        ));
    }
    if is_cjk_ideograph(cp) {
        return Some(format!("CJK UNIFIED IDEOGRAPH-{cp:X}"));
    }
    NAMES.get(cp).map(str::to_string)
}

fn name(vm: &mut Vm, a: Args) -> PyResult {
    let c = char_arg(vm, &a, "name", 1, 2)?;
    match name_of(c) {
        Some(n) => Ok(Value::string(n)),
        None => match a.pos.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.value_error("no such name")),
        },
    }
}

/// The character a Unicode name stands for, as `unicodedata.lookup` and the `\N{...}` escape
/// of `re` read it: algorithmic names (CJK, Hangul) written exactly, the others in any case.
pub(crate) fn char_named(given: &str) -> Option<char> {
    if let Some(hex) = given.strip_prefix("CJK UNIFIED IDEOGRAPH-")
        && hex
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && let Ok(cp) = u32::from_str_radix(hex, 16)
        && is_cjk_ideograph(cp)
        && let Some(c) = char::from_u32(cp)
    {
        return Some(c);
    }
    if given.starts_with("HANGUL SYLLABLE ") {
        for cp in S_BASE..S_BASE + S_COUNT {
            if let Some(c) = char::from_u32(cp)
                && name_of(c).as_deref() == Some(given)
            {
                return Some(c);
            }
        }
    }
    let wanted = given.to_ascii_uppercase();
    NAMES
        .iter()
        .find(|&(_, n)| n == wanted)
        .and_then(|(cp, _)| char::from_u32(cp))
}

fn lookup(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "lookup", &a, 1, 1)?;
    let given = match &a.pos[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("lookup() argument must be str, not {t}")));
        }
    };
    if let Some(c) = char_named(&given) {
        return Ok(Value::string(c.to_string()));
    }
    let c = vm.types.key_error.clone();
    let shown = match &a.pos[0] {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    Err(vm.new_error(&c, format!("undefined character name '{shown}'")))
}
