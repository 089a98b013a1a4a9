//! `int`, `float` and `complex` methods.

use num_bigint::BigInt;

use crate::builtins::args::{check_method, payload};
use crate::objects::*;
use crate::vm::Vm;

pub const INT_METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", bit_length),
    ("conjugate", conjugate),
    ("__index__", index),
    ("__int__", index),
];

pub const FLOAT_METHODS: &[(&str, NativeFn)] =
    &[("is_integer", is_integer), ("conjugate", conjugate)];

pub const COMPLEX_METHODS: &[(&str, NativeFn)] = &[("conjugate", complex_conjugate)];

fn self_int(vm: &mut Vm, a: &Args) -> PyResult<BigInt> {
    match crate::vm::ops::to_bigint(&payload(&a.pos[0])) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("descriptor requires an 'int' object")),
    }
}

fn bit_length(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "bit_length", &a, 0, 0)?;
    let b = self_int(vm, &a)?;
    Ok(Value::Int(b.bits() as i64))
}

fn conjugate(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(payload(&a.pos[0]))
}

fn index(vm: &mut Vm, a: Args) -> PyResult {
    let b = self_int(vm, &a)?;
    Ok(Value::from_bigint(b))
}

fn is_integer(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "is_integer", &a, 0, 0)?;
    match payload(&a.pos[0]) {
        Value::Float(f) => Ok(Value::Bool(crate::format::float_is_integer(f))),
        _ => Err(vm.type_error("descriptor 'is_integer' requires a 'float' object")),
    }
}

fn complex_conjugate(vm: &mut Vm, a: Args) -> PyResult {
    match &a.pos[0] {
        Value::Complex(c) => Ok(Value::Complex(std::rc::Rc::new((c.0, -c.1)))),
        _ => Err(vm.type_error("descriptor 'conjugate' requires a 'complex' object")),
    }
}
