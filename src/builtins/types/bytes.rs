//! `bytes` and `bytearray` methods.

use crate::builtins::args::check_method;
use crate::objects::*;
use crate::vm::Vm;

pub const BYTES_METHODS: &[(&str, NativeFn)] = &[("decode", decode), ("hex", hex)];

pub const BYTEARRAY_METHODS: &[(&str, NativeFn)] =
    &[("decode", decode), ("hex", hex), ("append", append)];

fn data(vm: &mut Vm, a: &Args) -> PyResult<Vec<u8>> {
    match vm.bytes_like(&a.pos[0]) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

fn decode(vm: &mut Vm, a: Args) -> PyResult {
    let b = data(vm, &a)?;
    match String::from_utf8(b) {
        Ok(s) => Ok(Value::string(s)),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let byte = e.as_bytes()[pos];
            let c = vm.types.unicode_decode_error.clone();
            Err(vm.new_error(&c, format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: invalid start byte")))
        }
    }
}

fn hex(vm: &mut Vm, a: Args) -> PyResult {
    let b = data(vm, &a)?;
    Ok(Value::string(
        b.iter().map(|x| format!("{x:02x}")).collect(),
    ))
}

fn append(vm: &mut Vm, a: Args) -> PyResult {
    check_method(vm, "append", &a, 1, 1)?;
    let x = vm.to_index(&a.pos[1])?;
    if !(0..=255).contains(&x) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    if let Value::ByteArray(b) = &a.pos[0] {
        b.borrow_mut().push(x as u8);
    }
    Ok(Value::None)
}
