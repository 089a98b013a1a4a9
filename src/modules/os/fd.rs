//! File descriptors for `os.open`, `os.read`, `os.write`, `os.close` and friends (and so for
//! `tempfile.mkstemp` and `os.fdopen`).
//!
//! A descriptor a script opens is a `std::fs::File` kept in a per-thread table under its
//! kernel number; `open(fd)` takes it out of the table (the file object then owns it). The
//! standard streams 0, 1 and 2 are not in the table: reads and writes on them go through the
//! interpreter's own stdin and stdout handles, so that they stay in order with `input()`
//! and `print()` as far as CPython's buffering keeps them in order. Nothing here uses raw
//! descriptors or `unsafe`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::OpenOptionsExt;

use crate::builtins::args::{check, check_params, get};
use crate::objects::*;
use crate::vm::Vm;

use super::{os_error, path_arg};

thread_local! {
    /// The descriptors `os.open` made that no file object has taken yet.
    static OPEN_FDS: RefCell<HashMap<i64, File>> = RefCell::new(HashMap::new());
}

// Linux's values of the `O_*` flags `os.open` understands.
const O_ACCMODE: i64 = 0o3;
const O_WRONLY: i64 = 0o1;
const O_RDWR: i64 = 0o2;
const O_CREAT: i64 = 0o100;
const O_EXCL: i64 = 0o200;
const O_TRUNC: i64 = 0o1000;
const O_APPEND: i64 = 0o2000;

/// Takes descriptor `fd` out of the table, for a file object to own (`open(fd)`).
pub(crate) fn take(fd: i64) -> Option<File> {
    OPEN_FDS.with(|t| t.borrow_mut().remove(&fd))
}

/// Whether CPython would still hold text written to stdout in its own buffer: it writes
/// through at once when `PYTHONUNBUFFERED` is set, and a terminal gets whole lines.
pub(crate) fn python_buffers_stdout() -> bool {
    let unbuffered = std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
    !unbuffered && !std::io::IsTerminal::is_terminal(&std::io::stdout())
}

fn bad_fd(vm: &mut Vm) -> PyErr {
    let e = std::io::Error::from_raw_os_error(9);
    os_error(vm, &e, &Value::None, &Value::None)
}

fn fd_arg(vm: &mut Vm, v: Option<&Value>, func: &str) -> PyResult<i64> {
    match v {
        Some(v) => vm.to_index(v),
        None => Err(vm.type_error(format!("{func}() missing required argument 'fd' (pos 1)"))),
    }
}

/// Runs `f` on table entry `fd`, or raises EBADF.
fn with_fd<T>(
    vm: &mut Vm,
    fd: i64,
    f: impl FnOnce(&mut File) -> std::io::Result<T>,
) -> PyResult<T> {
    let r = OPEN_FDS.with(|t| t.borrow_mut().get_mut(&fd).map(f));
    match r {
        None => Err(bad_fd(vm)),
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(os_error(vm, &e, &Value::None, &Value::None)),
    }
}

/// `os.open(path, flags, mode=0o777)`.
pub(crate) fn open(vm: &mut Vm, a: Args) -> PyResult {
    check_params(vm, "open", &a, &["path", "flags", "mode", "dir_fd"], 2)?;
    let given = get(&a, 0, "path").cloned().unwrap_or_default();
    let flags_v = get(&a, 1, "flags").cloned().unwrap_or_default();
    let flags = vm.to_index(&flags_v)?;
    let mode = match get(&a, 2, "mode") {
        Some(m) => vm.to_index(m)?,
        None => 0o777,
    };
    let p = path_arg(vm, "open", &given, "path")?;
    vm.audit_event("open", &[given.clone(), Value::None, Value::Int(flags)])?;
    let mut opts = std::fs::OpenOptions::new();
    match flags & O_ACCMODE {
        O_WRONLY => opts.write(true),
        O_RDWR => opts.read(true).write(true),
        _ => opts.read(true),
    };
    if flags & O_APPEND != 0 {
        opts.append(true);
    }
    if flags & O_CREAT != 0 {
        if flags & O_EXCL != 0 {
            opts.create_new(true);
        } else {
            opts.create(true);
        }
    }
    if flags & O_TRUNC != 0 {
        opts.truncate(true);
    }
    // The C library applies the access mode and the flags above itself; the rest (O_CLOEXEC,
    // O_NOFOLLOW, ...) pass through.
    let known = O_ACCMODE | O_CREAT | O_EXCL | O_TRUNC | O_APPEND;
    opts.custom_flags((flags & !known) as i32);
    opts.mode((mode & 0o7777) as u32);
    let file = opts
        .open(&p.path)
        .map_err(|e| os_error(vm, &e, &p.given, &Value::None))?;
    let fd = file.as_raw_fd() as i64;
    OPEN_FDS.with(|t| t.borrow_mut().insert(fd, file));
    Ok(Value::Int(fd))
}

/// `os.close(fd)`.
pub(crate) fn close(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "close", &a, 1, 1)?;
    let fd = fd_arg(vm, a.pos.first(), "close")?;
    match take(fd) {
        Some(_) => Ok(Value::None),
        // The standard streams stay open: the interpreter still writes to them.
        None if (0..=2).contains(&fd) => Ok(Value::None),
        None => Err(bad_fd(vm)),
    }
}

/// `os.read(fd, n)`: at most n bytes.
pub(crate) fn read(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "read", &a, 2, 2)?;
    let fd = fd_arg(vm, a.pos.first(), "read")?;
    let n = vm.to_index(&a.pos[1])?;
    if n < 0 {
        let e = std::io::Error::from_raw_os_error(22);
        return Err(os_error(vm, &e, &Value::None, &Value::None));
    }
    let mut buf = vec![0u8; n.min(1 << 24) as usize];
    let got = if fd == 0 {
        vm.flush_stdout();
        std::io::stdin()
            .read(&mut buf)
            .map_err(|e| os_error(vm, &e, &Value::None, &Value::None))?
    } else {
        with_fd(vm, fd, |f| f.read(&mut buf))?
    };
    buf.truncate(got);
    Ok(Value::bytes(buf))
}

/// `os.write(fd, data)`: the number of bytes written.
pub(crate) fn write(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "write", &a, 2, 2)?;
    let fd = fd_arg(vm, a.pos.first(), "write")?;
    let Some(data) = vm.bytes_like(&a.pos[1]) else {
        let t = vm.type_name(&a.pos[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    };
    let io_err = |vm: &mut Vm, e: std::io::Error| os_error(vm, &e, &Value::None, &Value::None);
    match fd {
        1 | 2 => {
            // The descriptor is below Python's buffers: what print() left in them (when
            // CPython would still hold it) comes after these bytes.
            if !python_buffers_stdout() {
                vm.flush_stdout();
            }
            let r = if fd == 1 {
                let mut out = std::io::stdout();
                out.write_all(&data).and_then(|_| out.flush())
            } else {
                std::io::stderr().write_all(&data)
            };
            r.map_err(|e| io_err(vm, e))?;
        }
        _ => with_fd(vm, fd, |f| f.write_all(&data))?,
    }
    Ok(Value::Int(data.len() as i64))
}

/// `os.lseek(fd, pos, how)`: the new offset.
pub(crate) fn lseek(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "lseek", &a, 3, 3)?;
    let fd = fd_arg(vm, a.pos.first(), "lseek")?;
    let pos = vm.to_index(&a.pos[1])?;
    let how = vm.to_index(&a.pos[2])?;
    let from = match how {
        0 if pos >= 0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => {
            let e = std::io::Error::from_raw_os_error(22);
            return Err(os_error(vm, &e, &Value::None, &Value::None));
        }
    };
    let at = with_fd(vm, fd, |f| f.seek(from))?;
    Ok(Value::Int(at as i64))
}

/// `os.fsync(fd)` (a file object with `fileno` works too, as in CPython).
pub(crate) fn fsync(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "fsync", &a, 1, 1)?;
    let fd = match &a.pos[0] {
        v @ (Value::Int(_) | Value::Bool(_)) => vm.to_index(v)?,
        // A file object flushes its own buffer and syncs when closed; nothing to do here.
        Value::File(_) => return Ok(Value::None),
        other => {
            let m = vm.get_attr_str(other, "fileno")?;
            let v = vm.call(&m, &[], &[])?;
            vm.to_index(&v)?
        }
    };
    if (0..=2).contains(&fd) {
        return Ok(Value::None);
    }
    with_fd(vm, fd, |f| f.sync_all())?;
    Ok(Value::None)
}

/// `os.isatty(fd)`.
pub(crate) fn isatty(vm: &mut Vm, a: Args) -> PyResult {
    use std::io::IsTerminal;
    check(vm, "isatty", &a, 1, 1)?;
    let fd = fd_arg(vm, a.pos.first(), "isatty")?;
    let yes = match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => OPEN_FDS.with(|t| t.borrow().get(&fd).is_some_and(|f| f.is_terminal())),
    };
    Ok(Value::from_bool(yes))
}

/// `os.ftruncate(fd, length)`.
pub(crate) fn ftruncate(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "ftruncate", &a, 2, 2)?;
    let fd = fd_arg(vm, a.pos.first(), "ftruncate")?;
    let len = vm.to_index(&a.pos[1])?;
    if len < 0 {
        let e = std::io::Error::from_raw_os_error(22);
        return Err(os_error(vm, &e, &Value::None, &Value::None));
    }
    with_fd(vm, fd, |f| f.set_len(len as u64))?;
    Ok(Value::None)
}

/// `os.fstat(fd)`: the same raw tuple as `_os.stat`.
pub(crate) fn fstat(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "fstat", &a, 1, 1)?;
    let fd = fd_arg(vm, a.pos.first(), "fstat")?;
    let md = with_fd(vm, fd, |f| f.metadata())?;
    Ok(super::stat_tuple(&md))
}
