//! Argument checking for native functions, with CPython's messages.

use std::rc::Rc;

use crate::objects::*;
use crate::vm::Vm;

/// Checks the positional count and that no keywords were given.
pub fn check(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    check_pos(vm, name, args, min, max)
}

/// Checks the positional count only.
pub fn check_pos(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(vm.type_error(count_message(name, n, min, max)))
}

/// CPython's wording for a wrong positional count: functions and methods taking none or one
/// argument say "takes ...", the others (`divmod`, `list.insert`) "expected ...".
fn count_message(name: &str, n: usize, min: usize, max: usize) -> String {
    if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    }
}

/// CPython's wording for a slot wrapper (`list.__add__`) given a wrong count: no name, and
/// for the wrappers that unpack their arguments as a tuple named "", a leading space.
fn slot_count_message(owner: &str, name: &str, n: usize, min: usize, max: usize) -> String {
    let sequence = matches!(owner, "str" | "list" | "tuple" | "bytes" | "bytearray");
    let repeat = sequence && matches!(name, "__mul__" | "__rmul__" | "__imul__");
    let lead = if repeat
        || matches!(
            name,
            "__setitem__" | "__set__" | "__setattr__" | "__pow__" | "__rpow__"
        ) {
        " "
    } else {
        ""
    };
    let (bound, k) = match (min == max, n < min) {
        (true, _) => ("", min),
        (false, true) => ("at least ", min),
        (false, false) => ("at most ", max),
    };
    let s = if k == 1 { "" } else { "s" };
    format!("{lead}expected {bound}{k} argument{s}, got {n}")
}

/// Method arity check: `self` is `args.pos[0]` and not counted.
pub fn check_method(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    if args.kw.is_empty() && n >= min && n <= max {
        return Ok(());
    }
    // A slot wrapper (`str.__len__`) words both errors without its type's name.
    let bare = name.rsplit('.').next().unwrap_or(name);
    if bare.starts_with("__")
        && let Some(this) = args.pos.first()
    {
        let owner = builtin_type_name(vm, this);
        if crate::vm::types::is_slot_wrapper(&owner, bare) {
            return Err(vm.type_error(if args.kw.is_empty() {
                slot_count_message(&owner, bare, n, min, max)
            } else {
                format!("wrapper {bare}() takes no keyword arguments")
            }));
        }
    }
    if !args.kw.is_empty() {
        return Err(no_keywords(vm, name, args));
    }
    // Methods taking none or one argument name their type: `str.join() takes ...`.
    let name = match args.pos.first() {
        Some(this) if min == max && min <= 1 && !name.contains('.') => {
            format!("{}.{name}", builtin_type_name(vm, this))
        }
        _ => name.to_string(),
    };
    Err(vm.type_error(count_message(&name, n, min, max)))
}

/// A method taking any number of positionals but no keywords (`set.union`).
pub fn check_no_kw(vm: &mut Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.kw.is_empty() {
        return Ok(());
    }
    Err(no_keywords(vm, name, args))
}

/// A method given keywords it does not take names its type: `str.count() takes no keyword
/// arguments`.
fn no_keywords(vm: &mut Vm, name: &str, args: &Args) -> PyErr {
    let name = match args.pos.first() {
        Some(this) if !name.contains('.') => format!("{}.{name}", builtin_type_name(vm, this)),
        _ => name.to_string(),
    };
    vm.type_error(format!("{name}() takes no keyword arguments"))
}

/// A method's positional-or-keyword parameters (`self` is `args.pos[0]` and not counted),
/// checked as CPython's generated parsers check them: too many positionals, an unknown
/// keyword, a parameter given twice, then each missing required one.
pub fn check_method_params(
    vm: &mut Vm,
    name: &str,
    args: &Args,
    params: &[&str],
    required: usize,
) -> PyResult<()> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    check_params(vm, name, &rest, params, required)
}

/// Method arity check worded as CPython's older argument parser words it
/// (`str.count`, `str.startswith`, ...): "count() takes at least 1 argument (0 given)".
pub fn check_method_parsed(
    vm: &mut Vm,
    name: &str,
    args: &Args,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(no_keywords(vm, name, args));
    }
    let n = args.pos.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    let (bound, k) = if n < min {
        ("least", min)
    } else {
        ("most", max)
    };
    let s = if k == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "{name}() takes at {bound} {k} argument{s} ({n} given)"
    )))
}

/// Positional-or-keyword parameters checked as CPython's generated parsers check them.
pub fn check_params(
    vm: &mut Vm,
    name: &str,
    args: &Args,
    params: &[&str],
    required: usize,
) -> PyResult<()> {
    let n = args.pos.len();
    // Positionals and keywords together first, as CPython's `_PyArg_UnpackKeywords` counts
    // them ("keyword arguments" when all were given by name).
    let total = n + args.kw.len();
    if total > params.len() {
        let k = params.len();
        let s = if k == 1 { "" } else { "s" };
        let kind = if n == 0 { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {k} {kind}argument{s} ({total} given)"
        )));
    }
    // Then, as `_PyArg_UnpackKeywords` does: each missing required one, a keyword naming a
    // parameter already given by position, and last a keyword naming none.
    for (i, p) in params.iter().enumerate().take(required).skip(n) {
        if args.kwarg(p).is_none() {
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    for (i, p) in params.iter().enumerate().take(n) {
        if args.kwarg(p).is_some() {
            return Err(vm.type_error(format!(
                "argument for {name}() given by name ('{p}') and position ({})",
                i + 1
            )));
        }
    }
    if let Some((key, _)) = args.kw.iter().find(|(k, _)| !params.contains(&k.as_str())) {
        let key = key.as_str();
        return Err(vm.type_error(format!(
            "'{key}' is an invalid keyword argument for {name}()"
        )));
    }
    Ok(())
}

/// A built-in function's signature as CPython's argument clinic describes it: `params` in
/// order, the first `posonly` of them positional-only, at most `max_pos` positional (the rest
/// keyword-only), the first `min_pos` required.
pub struct Signature<'p> {
    pub name: &'p str,
    pub params: &'p [&'p str],
    pub posonly: usize,
    pub min_pos: usize,
    pub max_pos: usize,
}

/// Checks a call against `sig` in the order and words of CPython's `_PyArg_UnpackKeywords`.
pub fn check_signature(vm: &mut Vm, sig: &Signature, args: &Args) -> PyResult<()> {
    let Signature {
        name,
        params,
        posonly,
        min_pos,
        max_pos,
    } = *sig;
    let n = args.pos.len();
    let total = n + args.kw.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if total > params.len() {
        let k = params.len();
        let kind = if n == 0 { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {k} {kind}argument{} ({total} given)",
            plural(k)
        )));
    }
    if n > max_pos {
        let bound = if min_pos < max_pos {
            "at most"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{name}() takes {bound} {max_pos} positional argument{} ({n} given)",
            plural(max_pos)
        )));
    }
    let min_posonly = min_pos.min(posonly);
    if n < min_posonly {
        let bound = if min_posonly < max_pos {
            "at least"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{name}() takes {bound} {min_posonly} positional argument{} ({n} given)",
            plural(min_posonly)
        )));
    }
    for (i, p) in params.iter().enumerate().skip(n.max(posonly)) {
        if i < min_pos && args.kwarg(p).is_none() {
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    for (i, p) in params.iter().enumerate().take(n).skip(posonly) {
        if args.kwarg(p).is_some() {
            return Err(vm.type_error(format!(
                "argument for {name}() given by name ('{p}') and position ({})",
                i + 1
            )));
        }
    }
    let named = &params[posonly..];
    if let Some((key, _)) = args.kw.iter().find(|(k, _)| !named.contains(&k.as_str())) {
        let key = key.as_str();
        return Err(vm.type_error(format!(
            "'{key}' is an invalid keyword argument for {name}()"
        )));
    }
    Ok(())
}

/// The name of the built-in type a value is (or, for an instance of a subclass, extends).
fn builtin_type_name(vm: &mut Vm, v: &Value) -> String {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(b) => {
                let inner = b.borrow().clone();
                vm.type_name(&inner).to_string()
            }
            _ => vm.type_name(v).to_string(),
        },
        _ => vm.type_name(v).to_string(),
    }
}

/// An integer argument CPython converts to a C `int`: OverflowError past 32 bits.
pub fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = match crate::builtins::args::payload(v) {
        Value::BigInt(_) => None,
        _ => Some(vm.to_index(v)?),
    };
    match n.filter(|n| i32::try_from(*n).is_ok()) {
        Some(n) => Ok(n),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// A positional argument or keyword by name.
pub fn get<'a>(args: &'a Args, pos: usize, name: &str) -> Option<&'a Value> {
    args.pos.get(pos).or_else(|| args.kwarg(name))
}

pub fn str_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(b) => match &*b.borrow() {
                Value::Str(s) => Ok(s.clone()),
                _ => Err(str_type_error(vm, v, what)),
            },
            _ => Err(str_type_error(vm, v, what)),
        },
        _ => Err(str_type_error(vm, v, what)),
    }
}

fn str_type_error(vm: &mut Vm, v: &Value, what: &str) -> PyErr {
    let t = clinic_type_name(vm, v);
    vm.type_error(format!("{what} must be str, not {t}"))
}

/// How CPython's generated argument parsers name the type of a wrong argument: `None` for
/// None (`encode() argument 'encoding' must be str, not None`), else the type's name.
pub fn clinic_type_name(vm: &mut Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// The built-in value behind `self` (unwrapping instances of built-in subclasses).
pub fn payload(v: &Value) -> Value {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(b) => b.borrow().clone(),
            _ => v.clone(),
        },
        _ => v.clone(),
    }
}

/// CPython's error for a built-in type's method called on an object of another type: a slot
/// wrapper (`list.__len__`) says it "requires" the type, a method descriptor (`list.append`,
/// `list.__getitem__`) that it "doesn't apply".
pub fn descriptor_mismatch(vm: &mut Vm, owner: &str, method: &str, got: &Value) -> PyErr {
    let t = vm.type_name(got);
    vm.type_error(if crate::vm::types::is_slot_wrapper(owner, method) {
        format!("descriptor '{method}' requires a '{owner}' object but received a '{t}'")
    } else {
        format!("descriptor '{method}' for '{owner}' objects doesn't apply to a '{t}' object")
    })
}

/// CPython's error for a built-in type's method called with no `self` at all.
pub fn descriptor_unbound(vm: &mut Vm, owner: &str, method: &str) -> PyErr {
    vm.type_error(if crate::vm::types::is_slot_wrapper(owner, method) {
        format!("descriptor '{method}' of '{owner}' object needs an argument")
    } else {
        format!("unbound method {owner}.{method}() needs an argument")
    })
}

/// `self` as a str, with the descriptor error CPython gives otherwise.
pub fn self_str(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<PyStr>> {
    match args.pos.first().map(payload) {
        Some(Value::Str(s)) => Ok(s),
        Some(_) => Err(descriptor_mismatch(vm, "str", method, &args.pos[0])),
        None => Err(descriptor_unbound(vm, "str", method)),
    }
}

pub fn self_list(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<List>> {
    match args.pos.first().map(payload) {
        Some(Value::List(l)) => Ok(l),
        Some(_) => Err(descriptor_mismatch(vm, "list", method, &args.pos[0])),
        None => Err(descriptor_unbound(vm, "list", method)),
    }
}

pub fn self_dict(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<DictObj>> {
    match args.pos.first().map(payload) {
        Some(Value::Dict(d)) => Ok(d),
        Some(_) => Err(descriptor_mismatch(vm, "dict", method, &args.pos[0])),
        None => Err(descriptor_unbound(vm, "dict", method)),
    }
}

pub fn self_set(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<SetObj>> {
    match args.pos.first().map(payload) {
        Some(Value::Set(s)) | Some(Value::FrozenSet(s)) => Ok(s),
        Some(_) => Err(descriptor_mismatch(vm, "set", method, &args.pos[0])),
        None => Err(descriptor_unbound(vm, "set", method)),
    }
}

pub fn self_tuple(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<Tuple>> {
    match args.pos.first().map(payload) {
        Some(Value::Tuple(t)) => Ok(t),
        Some(_) => Err(descriptor_mismatch(vm, "tuple", method, &args.pos[0])),
        None => Err(descriptor_unbound(vm, "tuple", method)),
    }
}

/// An optional integer argument (None means absent).
pub fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(x) => Ok(Some(vm.to_index(x)?)),
    }
}

/// An optional start or end of a search (`str.find`, `list.index`): None means absent when
/// `none_ok`; a huge int clamps (it only moves the bound past either end), and anything
/// else fails with CPython's slice-index message.
pub fn opt_slice_index(vm: &mut Vm, v: Option<&Value>, none_ok: bool) -> PyResult<Option<i64>> {
    let v = match v {
        None => return Ok(None),
        Some(Value::None) if none_ok => return Ok(None),
        Some(v) => v,
    };
    if let Value::BigInt(b) = v {
        return Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }));
    }
    let indexable = matches!(payload(v), Value::Int(_) | Value::Bool(_))
        || (matches!(v, Value::Instance(_))
            && vm
                .types
                .type_of(v)
                .lookup(&PyStr::new("__index__"))
                .is_some());
    if indexable {
        return Ok(Some(vm.to_index(v)?));
    }
    Err(vm.type_error(if none_ok {
        "slice indices must be integers or None or have an __index__ method"
    } else {
        "slice indices must be integers or have an __index__ method"
    }))
}
