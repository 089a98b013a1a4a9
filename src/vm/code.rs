//! Loading code: compile source to an image, seal it, and materialise its code objects.

use std::rc::Rc;

use super::Vm;
use super::eval::FrameExit;
use super::frame::Frame;
use super::image::Image;
use crate::bytecode::Const;
use crate::bytecode::image::{CodeRecord, CodeUnit, ImageBuilder, code_count, word_at};
use crate::compile::{self, CompileError, Mode};
use crate::objects::*;

impl Vm {
    /// A SyntaxError (or IndentationError, TabError) exception for a compile error.
    pub fn syntax_error(&mut self, e: &CompileError) -> PyErr {
        let class = match e.kind {
            "IndentationError" => self.types.indentation_error.clone(),
            "TabError" => self.types.tab_error.clone(),
            // Nesting too deep for the compiler: no location, as CPython gives none.
            "RecursionError" => {
                let class = self.types.recursion_error.clone();
                return self.new_error(&class, e.msg.clone());
            }
            "MemoryError" => {
                let class = self.types.memory_error.clone();
                return self.new_exc_args(&class, vec![]);
            }
            _ => self.types.syntax_error.clone(),
        };
        let details = Value::tuple(vec![
            Value::str(&e.filename),
            Value::Int(e.line as i64),
            Value::Int(e.col as i64),
            e.text
                .as_ref()
                .map(|t| Value::str(t))
                .unwrap_or(Value::None),
            Value::Int(e.line as i64),
            Value::Int(e.end_col as i64),
        ]);
        let err = self.new_exc_args(&class, vec![Value::str(&e.msg), details]);
        if let Some(d) = &err.0.dict {
            let set = |k: &str, v: Value| d.set_str_raw(Rc::new(PyStr::new(k)), v);
            set("msg", Value::str(&e.msg));
            set("filename", Value::str(&e.filename));
            set("lineno", Value::Int(e.line as i64));
            set("offset", Value::Int(e.col as i64));
            set("end_lineno", Value::Int(e.line as i64));
            set("end_offset", Value::Int(e.end_col as i64));
            set(
                "text",
                e.text
                    .as_ref()
                    .map(|t| Value::str(t))
                    .unwrap_or(Value::None),
            );
        }
        err
    }
}

/// Compiles source into a sealed image and returns its top-level code object.
pub fn compile_code(
    vm: &mut Vm,
    src: &str,
    filename: &str,
    mode: Mode,
    module: &str,
) -> PyResult<Rc<Code>> {
    // Tracebacks quote lines of real files only; like CPython, never of `<string>` and the like
    // (whose text differs from one exec to the next).
    if !filename.starts_with('<') {
        vm.sources
            .entry(filename.to_string())
            .or_insert_with(|| Rc::from(src));
    }
    let bytes = compile::compile(src, filename, mode).map_err(|e| vm.syntax_error(&e))?;
    let codes = load_image(vm, new_image(vm, module, bytes))?;
    Ok(codes[0].clone())
}

/// The top-level code of embedded module `module`, loaded from the image the build made of it
/// (`build.rs`), or `None` if it has none and must be compiled.
pub fn embedded_code(vm: &mut Vm, module: &str) -> Option<PyResult<Rc<Code>>> {
    let (bytes, notes) = crate::modules::embedded_image(module)?;
    // What compiling it would have noted for the finalizer.
    if notes & 1 != 0 {
        crate::vm::note_del_method();
    }
    if notes & 2 != 0 {
        crate::vm::note_generator_cleanup();
    }
    let image = new_image(vm, module, bytes.to_vec());
    Some(load_image(vm, image).map(|codes| codes[0].clone()))
}

/// Image bytes in a sealed memfd named after `name` (on the heap only when sealing is off,
/// for measurements).
fn new_image(vm: &Vm, name: &str, bytes: Vec<u8>) -> Rc<Image> {
    Rc::new(if vm.seal_images {
        Image::seal(name, bytes)
    } else {
        Image::heap(bytes)
    })
}

/// Materialises every code object of an image (constants, interned names).
pub fn load_image(vm: &mut Vm, image: Rc<Image>) -> PyResult<Vec<Rc<Code>>> {
    let n = code_count(image.bytes()).map_err(|e| vm.runtime_error(e.to_string()))?;
    let mut codes: Vec<Option<Rc<Code>>> = vec![None; n];
    // Nested code objects always have higher indices than the code that makes them.
    for index in (0..n).rev() {
        let rec =
            CodeRecord::parse(image.bytes(), index).map_err(|e| vm.runtime_error(e.to_string()))?;
        let mut consts = Vec::with_capacity(rec.consts.len());
        for c in &rec.consts {
            consts.push(materialise(vm, c, &codes));
        }
        let names = rec.names.iter().map(|s| vm.intern(s)).collect();
        let varnames = rec.varnames.iter().map(|s| vm.intern(s)).collect();
        let code = Code {
            filename: vm.intern(&rec.filename),
            name: vm.intern(&rec.name),
            qualname: vm.intern(&rec.qualname),
            image: image.clone(),
            index,
            consts,
            names,
            varnames,
            side: Default::default(),
            rec,
        };
        codes[index] = Some(Rc::new(code));
    }
    Ok(codes
        .into_iter()
        .map(|c| c.expect("every code object loaded"))
        .collect())
}

fn materialise(vm: &mut Vm, c: &Const, codes: &[Option<Rc<Code>>]) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::from_bool(*b),
        Const::Ellipsis => Value::Ellipsis,
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(s) => Value::from_bigint(s.parse().unwrap_or_default()),
        Const::Float(f) => Value::float(*f),
        Const::Complex(r, i) => Value::Complex(Rc::new((*r, *i))),
        Const::Str(s) => {
            if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                Value::Str(vm.intern(s))
            } else {
                Value::str(s)
            }
        }
        Const::Bytes(b) => Value::bytes(b.clone()),
        Const::Tuple(items) => {
            Value::tuple(items.iter().map(|i| materialise(vm, i, codes)).collect())
        }
        Const::Code(i) => codes
            .get(*i as usize)
            .and_then(|c| c.clone())
            .map(Value::Code)
            .unwrap_or(Value::None),
    }
}

/// Runs a module-level code object with `globals` (and optionally separate `locals`).
pub fn run_code(
    vm: &mut Vm,
    code: &Rc<Code>,
    globals: Rc<DictObj>,
    locals: Option<Rc<DictObj>>,
) -> PyResult {
    let mut frame = Frame {
        code: code.clone(),
        pc: 0,
        stack: {
            let n = code.varnames.len();
            let mut s = Vec::with_capacity(n + code.rec.stacksize as usize);
            s.resize(n, Value::Undef);
            s
        },
        nlocals: code.varnames.len(),
        cells: Vec::new(),
        locals: Some(locals.unwrap_or_else(|| globals.clone())),
        globals,
        mapping: None,
        locals_snapshot: None,
        reraise: false,
    };
    match vm.run_frame(&mut frame)? {
        FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
    }
}

/// `exec` / `eval` of a string or code object.
/// CPython's refusal of a source string holding a NUL (`compile`, `exec`, `eval`).
pub fn check_no_null(vm: &mut Vm, text: &str) -> PyResult<()> {
    if text.contains('\0') {
        // Built by calling the class, so `msg` and the location fields exist (all None).
        let c = Value::Class(vm.types.syntax_error.clone());
        let msg = Value::str("source code string cannot contain null bytes");
        return Err(match vm.call(&c, &[msg], &[])? {
            Value::Instance(inst) => PyErr(inst),
            _ => vm.runtime_error("SyntaxError() did not make an exception"),
        });
    }
    Ok(())
}

pub fn run_in(
    vm: &mut Vm,
    src: &Value,
    what: &str,
    globals: Rc<DictObj>,
    locals: Option<Rc<DictObj>>,
) -> PyResult {
    if !globals.contains_str(&PyStr::new("__builtins__")) {
        let bm = Value::Module(vm.builtins_module.clone());
        globals.set_str_raw(vm.intern_static("__builtins__"), bm);
    }
    let code = match src {
        Value::Code(c) => c.clone(),
        Value::Str(s) => {
            let mode = if what == "eval" {
                Mode::Eval
            } else {
                Mode::Exec
            };
            let text = if what == "eval" {
                s.as_str().trim_start_matches([' ', '\t']).to_string()
            } else {
                s.as_str().to_string()
            };
            vm.audit_event("exec", std::slice::from_ref(src))?;
            check_no_null(vm, &text)?;
            compile_code(vm, &text, "<string>", mode, "<string>")?
        }
        Value::Bytes(b) => {
            let text = String::from_utf8_lossy(&b.data).into_owned();
            check_no_null(vm, &text)?;
            let mode = if what == "eval" {
                Mode::Eval
            } else {
                Mode::Exec
            };
            compile_code(vm, &text, "<string>", mode, "<string>")?
        }
        _ => {
            return Err(vm.type_error(format!(
                "{what}() arg 1 must be a string, bytes or code object"
            )));
        }
    };
    let r = run_code(vm, &code, globals, locals)?;
    Ok(if what == "eval" { r } else { Value::None })
}

/// What `code.replace()` may change: the naming fields. Everything the verifier relies on
/// (instructions, constants, names, counts) stays as the sealed image has it.
enum Change {
    Name(String),
    Qualname(String),
    Filename(String),
    FirstLineNo(u32),
}

/// Checks one `replace()` keyword, with CPython's messages where CPython has one.
fn change_of(vm: &mut Vm, field: &str, v: &Value, code: &Code) -> PyResult<Option<Change>> {
    let text = |vm: &mut Vm| match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!("replace() argument '{field}' must be str, not {t}")))
        }
    };
    Ok(Some(match field {
        "co_name" => Change::Name(text(vm)?),
        "co_qualname" => Change::Qualname(text(vm)?),
        "co_filename" => Change::Filename(text(vm)?),
        "co_firstlineno" => {
            let n = vm.to_index(v)?;
            let n = u32::try_from(n)
                .map_err(|_| vm.value_error("co_firstlineno must be a positive int"))?;
            Change::FirstLineNo(n)
        }
        // Replacing a field by what it already is changes nothing (`replace(co_code=c.co_code)`).
        "co_code" if matches!(v, Value::PermaBytes(c) if c.code_bytes() == code.code_bytes()) => {
            return Ok(None);
        }
        "co_code" | "co_consts" | "co_names" | "co_varnames" | "co_freevars" | "co_cellvars"
        | "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals"
        | "co_stacksize" | "co_flags" | "co_linetable" | "co_exceptiontable" => {
            return Err(vm.value_error(format!(
                "{field} cannot be replaced: code images are sealed and verified"
            )));
        }
        other => {
            return Err(vm.type_error(format!(
                "replace() got an unexpected keyword argument '{other}'"
            )));
        }
    }))
}

/// `code.replace(**changes)`: a new sealed image holding the changed code object.
pub fn replace_code(vm: &mut Vm, code: &Rc<Code>, kw: &[(Rc<PyStr>, Value)]) -> PyResult<Rc<Code>> {
    let mut changes = Vec::with_capacity(kw.len());
    for (k, v) in kw {
        changes.extend(change_of(vm, k.as_str(), v, code)?);
    }
    let bytes = code.image.bytes();
    let n = code_count(bytes).map_err(|e| vm.runtime_error(e.to_string()))?;
    let mut units = Vec::with_capacity(n);
    for i in 0..n {
        let r = CodeRecord::parse(bytes, i).map_err(|e| vm.runtime_error(e.to_string()))?;
        units.push(CodeUnit {
            code: (0..r.code_len)
                .map(|k| word_at(bytes, r.code_start, k))
                .collect(),
            lines: r.line_runs(bytes),
            positions: r.positions(bytes).into_iter().flatten().collect(),
            exc_table: r.exc_entries(bytes).collect(),
            name: r.name,
            qualname: r.qualname,
            filename: r.filename,
            firstlineno: r.firstlineno,
            argcount: r.argcount,
            posonlyargcount: r.posonlyargcount,
            kwonlyargcount: r.kwonlyargcount,
            flags: r.flags,
            stacksize: r.stacksize,
            varnames: r.varnames,
            cellvars: r.cellvars,
            freevars: r.freevars,
            names: r.names,
            cell2arg: r.cell2arg,
            consts: r.consts,
        });
    }
    let u = &mut units[code.index];
    for change in changes {
        match change {
            Change::Name(s) => u.name = s,
            Change::Qualname(s) => u.qualname = s,
            Change::Filename(s) => u.filename = s,
            Change::FirstLineNo(n) => u.firstlineno = n,
        }
    }
    let name = format!("{}:replace", code.name.as_str());
    let image = ImageBuilder::build(&units);
    let codes = load_image(vm, new_image(vm, &name, image))?;
    Ok(codes[code.index].clone())
}
