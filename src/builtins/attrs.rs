//! Data attributes of built-in objects (`x.real`, `f.__name__`, `code.co_code`, ...).

use std::rc::Rc;

use crate::objects::*;
use crate::vm::Vm;

pub fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Class(vm.types.type_of(obj))));
    }
    Ok(match obj {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match name {
            "real" | "numerator" => Some(match obj {
                Value::Bool(b) => Value::Int(b.get() as i64),
                other => other.clone(),
            }),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::float(0.0)),
            _ => None,
        },
        Value::Complex(c) => match name {
            "real" => Some(Value::float(c.0)),
            "imag" => Some(Value::float(c.1)),
            _ => None,
        },
        Value::Range(r) => match name {
            "start" => Some(Value::Int(r.start)),
            "stop" => Some(Value::Int(r.stop)),
            "step" => Some(Value::Int(r.step)),
            _ => None,
        },
        Value::Slice(s) => match name {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        Value::Function(f) => match name {
            "__name__" => Some(Value::Str(f.name.borrow().clone())),
            "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.borrow().clone()),
            "__defaults__" => Some(f.defaults.borrow().clone()),
            "__kwdefaults__" => Some(f.kwdefaults.borrow().clone()),
            "__code__" => Some(Value::Code(f.code.borrow().clone())),
            "__globals__" => Some(Value::Dict(f.globals.clone())),
            "__modified__" => Some(Value::from_bool(f.modified.get())),
            "__closure__" => Some(if f.closure.is_empty() {
                Value::None
            } else {
                Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
            }),
            "__annotations__" => {
                let cur = f.annotations.borrow().clone();
                Some(if cur.is_none() {
                    let d = Value::Dict(Rc::new(DictObj::new()));
                    *f.annotations.borrow_mut() = d.clone();
                    d
                } else {
                    cur
                })
            }
            "__dict__" => {
                let d = f
                    .dict
                    .borrow_mut()
                    .get_or_insert_with(|| Rc::new(DictObj::new()))
                    .clone();
                Some(Value::Dict(d))
            }
            _ => f.dict.borrow().as_ref().and_then(|d| d.get_name(name)),
        },
        Value::Builtin(b) => match name {
            "__name__" => Some(Value::str(b.name)),
            "__qualname__" => Some(match b.owner {
                Some(owner) => Value::string(format!("{owner}.{}", b.name)),
                None => Value::str(b.name),
            }),
            "__self__" => Some(if b.receiver.is_undef() {
                Value::None
            } else {
                b.receiver.clone()
            }),
            "__doc__" => Some(Value::None),
            "__module__" => Some(if b.owner.is_none() {
                native_home(vm, obj).unwrap_or_else(|| Value::str("builtins"))
            } else {
                Value::None
            }),
            _ => None,
        },
        Value::BoundMethod(m) => match name {
            "__self__" => Some(m.receiver.clone()),
            "__func__" => Some(m.func.clone()),
            _ => {
                let n = vm.intern(name);
                return vm.get_attr_opt(&m.func, &n);
            }
        },
        Value::Property(p) => match name {
            "fget" => Some(p.fget.clone()),
            "fset" => Some(p.fset.clone()),
            "fdel" => Some(p.fdel.clone()),
            "__doc__" => Some(p.doc.clone()),
            _ => None,
        },
        Value::ClassMethod(f) | Value::StaticMethod(f) => match name {
            "__func__" | "__wrapped__" => Some((**f).clone()),
            _ => {
                let n = vm.intern(name);
                return vm.get_attr_opt(f, &n);
            }
        },
        Value::Generator(g) => match name {
            "__name__" => Some(Value::Str(g.name.clone())),
            "__qualname__" => Some(Value::Str(g.qualname.clone())),
            "gi_running" | "cr_running" => Some(Value::from_bool(g.running.get())),
            "gi_frame" | "cr_frame" => {
                let at = g
                    .frame
                    .borrow()
                    .as_ref()
                    .map(|f| (f.code.clone(), f.line(), f.pc));
                Some(match at {
                    // f_lasti is -1 before the first step (inspect.getgeneratorstate).
                    Some((code, line, pc)) => {
                        let lasti = if pc == 0 { -1 } else { 2 * pc as i64 };
                        vm.frame_record(Value::Code(code), line, lasti)
                    }
                    None => Value::None,
                })
            }
            "gi_code" | "cr_code" => {
                let code = g.frame.borrow().as_ref().map(|f| f.code.clone());
                Some(code.map_or(Value::None, Value::Code))
            }
            "gi_yieldfrom" | "cr_await" => Some(Value::None),
            _ => None,
        },
        Value::Cell(c) => match name {
            "cell_contents" => {
                let v = c.0.borrow().clone();
                if v.is_undef() {
                    return Err(vm.value_error("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        },
        Value::File(f) => match name {
            "name" => Some(f.name.clone()),
            "mode" => Some(Value::str(&f.mode)),
            "closed" => Some(Value::from_bool(f.state.borrow().closed)),
            "encoding" => Some(Value::str("utf-8")),
            _ => None,
        },
        Value::Code(c) => code_attr(c, name),
        Value::DictView(_) => None,
        _ => None,
    })
}

/// `co_*` attributes of a code object, with CPython 3.11's types and flag values.
///
/// `co_code` is a `perma_bytes` view of the sealed image (no copy); everything else comes from
/// the code record and the materialised, interned names.
pub fn code_attr(c: &Rc<Code>, name: &str) -> Option<Value> {
    let interned = |v: &[Rc<PyStr>]| Value::tuple(v.iter().cloned().map(Value::Str).collect());
    let strs = |v: &[String]| Value::tuple(v.iter().map(|s| Value::str(s)).collect());
    let r = &c.rec;
    Some(match name {
        "co_name" => Value::Str(c.name.clone()),
        "co_qualname" => Value::Str(c.qualname.clone()),
        "co_filename" => Value::Str(c.filename.clone()),
        "co_firstlineno" => Value::Int(r.firstlineno as i64),
        "co_argcount" => Value::Int(r.argcount as i64),
        "co_posonlyargcount" => Value::Int(r.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(r.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(c.varnames.len() as i64),
        "co_varnames" => interned(&c.varnames),
        "co_cellvars" => strs(&r.cellvars),
        "co_freevars" => strs(&r.freevars),
        "co_names" => interned(&c.names),
        "co_consts" => Value::tuple(c.consts.clone()),
        // CO_NOFREE is internal: CPython 3.11 no longer has it.
        "co_flags" => Value::Int((r.flags & !crate::bytecode::code_flags::NOFREE) as i64),
        "co_stacksize" => Value::Int(r.stacksize as i64),
        "co_code" => Value::PermaBytes(c.clone()),
        _ => return None,
    })
}

/// The name of the native module (one without a `__file__`) that defines the built-in
/// function `f`: `heapq.heappush.__module__` is '_heapq', as in CPython.
fn native_home(vm: &Vm, f: &Value) -> Option<Value> {
    let Value::Builtin(target) = f else {
        return None;
    };
    let modules: Vec<Value> = vm
        .modules
        .table
        .borrow()
        .iter()
        .map(|e| e.value.clone())
        .collect();
    modules.into_iter().find_map(|m| match m {
        Value::Module(m) if m.dict.get_name("__file__").is_none() => {
            let holds = m
                .dict
                .table
                .borrow()
                .iter()
                .any(|e| matches!(&e.value, Value::Builtin(b) if Rc::ptr_eq(b, target)));
            holds.then(|| Value::Str(m.name.clone()))
        }
        _ => None,
    })
}
