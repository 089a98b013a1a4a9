//! `_os`: the system calls behind `os` and `os.path` (both written in Python, embedded).
//!
//! Paths arrive as str, bytes or os.PathLike objects; failures become `OSError` subclasses
//! chosen by errno, worded by the C library's `strerror`, with the path(s) attached, as
//! CPython raises them. Nothing here writes to the process environment: `os.environ` is a
//! Python mapping built from a snapshot of it.

use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::PathBuf;
use std::rc::Rc;

mod fd;

pub(crate) use fd::{python_buffers_stdout, take as take_fd};

use crate::builtins::args::{check, check_pos, get};
use crate::objects::*;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("getcwd", getcwd),
    ("getcwdb", getcwdb),
    ("chdir", chdir),
    ("listdir", listdir),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("remove", remove),
    ("unlink", unlink),
    ("rename", rename),
    ("replace", replace),
    ("stat", stat),
    ("lstat", lstat),
    ("chmod", chmod),
    ("utime", utime),
    ("readlink", readlink),
    ("symlink", symlink),
    ("link", link),
    ("truncate", truncate),
    ("times", times),
    ("getloadavg", getloadavg),
    ("umask", umask),
    ("getpid", getpid),
    ("getppid", getppid),
    ("_exit", exit_now),
    ("open", fd::open),
    ("close", fd::close),
    ("read", fd::read),
    ("write", fd::write),
    ("lseek", fd::lseek),
    ("fsync", fd::fsync),
    ("isatty", fd::isatty),
    ("ftruncate", fd::ftruncate),
    ("fstat", fd::fstat),
    ("cpu_count", cpu_count),
    ("uname", uname),
    ("urandom", urandom),
    ("strerror", strerror),
    ("fspath", fspath),
    ("environ_snapshot", environ_snapshot),
];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_os", FUNCS)
}

// ---- errors ----------------------------------------------------------------------------

/// The C library's message for an errno, as `os.strerror` gives it.
pub fn strerror_text(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The OSError subclass CPython raises for an errno.
fn class_for_errno(vm: &mut Vm, errno: i32) -> Rc<Class> {
    let name = crate::vm::types::errno_exception_name(errno as i64).unwrap_or("OSError");
    match vm.builtins_module.dict.get_name(name) {
        Some(Value::Class(c)) => c,
        _ => vm.types.os_error.clone(),
    }
}

/// An OSError for a failed call on `filename` (and `filename2`, for two-path calls).
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: &Value, filename2: &Value) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(5);
    let msg = strerror_text(errno);
    let class = class_for_errno(vm, errno);
    let err = vm.new_exc_args(&class, vec![Value::Int(errno as i64), Value::str(&msg)]);
    if let Some(d) = &err.0.dict {
        d.set_str_raw(vm.intern_static("errno"), Value::Int(errno as i64));
        d.set_str_raw(vm.intern_static("strerror"), Value::str(&msg));
        d.set_str_raw(vm.intern_static("filename"), filename.clone());
        d.set_str_raw(vm.intern_static("filename2"), filename2.clone());
    }
    err
}

// ---- paths -----------------------------------------------------------------------------

/// A path argument after `os.fspath`: its bytes, and whether it was given as bytes.
struct PathArg {
    path: PathBuf,
    bytes: bool,
    /// The object the caller passed, for error messages.
    given: Value,
}

/// `os.fspath(obj)`: str and bytes as they are, else `type(obj).__fspath__(obj)`.
/// `os.fspath(v)` when `v` is path-like (str, bytes, `__fspath__`); `None` otherwise.
pub(crate) fn fspath_value(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match v {
        Value::Str(_) | Value::Bytes(_) => Ok(Some(v.clone())),
        Value::Instance(_) => {
            if let Some(r) = vm.call_special(v, "__fspath__", &[])? {
                return match r {
                    Value::Str(_) | Value::Bytes(_) => Ok(Some(r)),
                    _ => {
                        let t = vm.type_name(v);
                        let rt = vm.type_name(&r);
                        Err(vm.type_error(format!(
                            "expected {t}.__fspath__() to return str or bytes, not {rt}"
                        )))
                    }
                };
            }
            match crate::vm::ops::unwrap_builtin(v) {
                Some(inner @ (Value::Str(_) | Value::Bytes(_))) => Ok(Some(inner)),
                _ => Ok(None),
            }
        }
        _ => Ok(None),
    }
}

fn path_arg(vm: &mut Vm, func: &str, v: &Value, what: &str) -> PyResult<PathArg> {
    let Some(p) = fspath_value(vm, v)? else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "{func}: {what} should be {}, not {t}",
            path_kinds(func)
        )));
    };
    let (raw, bytes) = match (&p, p.as_str()) {
        (Value::Bytes(b), _) => {
            if b.data.contains(&0) {
                return Err(vm.value_error(format!("{func}: embedded null character in {what}")));
            }
            (b.data.clone(), true)
        }
        (_, Some(s)) => {
            if s.as_str().contains('\0') {
                return Err(vm.value_error("embedded null byte"));
            }
            (s.as_str().as_bytes().to_vec(), false)
        }
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "{func}: {what} should be {}, not {t}",
                path_kinds(func)
            )));
        }
    };
    Ok(PathArg {
        path: PathBuf::from(OsString::from_vec(raw)),
        bytes,
        given: v.clone(),
    })
}

fn path_kinds(func: &str) -> &'static str {
    if func == "listdir" {
        "string, bytes, os.PathLike, integer or None"
    } else {
        "string, bytes or os.PathLike"
    }
}

/// A file name as the caller's kind of path: bytes for bytes, str otherwise.
fn name_value(name: &OsStr, bytes: bool) -> Value {
    if bytes {
        Value::bytes(name.as_bytes().to_vec())
    } else {
        Value::string(name.to_string_lossy().into_owned())
    }
}

fn one_path<'a>(vm: &mut Vm, func: &str, a: &'a Args, min: usize) -> PyResult<Option<&'a Value>> {
    check_pos(vm, func, a, min, 1)?;
    for (k, _) in a.kw {
        if !matches!(k.as_str(), "path" | "dir_fd" | "follow_symlinks") {
            return Err(vm.type_error(format!(
                "{func}() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    Ok(get(a, 0, "path"))
}

// ---- functions ---------------------------------------------------------------------------

fn getcwd(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "getcwd", &a, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(name_value(p.as_os_str(), false)),
        Err(e) => Err(os_error(vm, &e, &Value::None, &Value::None)),
    }
}

fn getcwdb(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "getcwdb", &a, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(name_value(p.as_os_str(), true)),
        Err(e) => Err(os_error(vm, &e, &Value::None, &Value::None)),
    }
}

fn chdir(vm: &mut Vm, a: Args) -> PyResult {
    let Some(v) = one_path(vm, "chdir", &a, 1)? else {
        return Err(vm.type_error("chdir() missing required argument 'path' (pos 1)"));
    };
    let p = path_arg(vm, "chdir", v, "path")?;
    std::env::set_current_dir(&p.path).map_err(|e| os_error(vm, &e, &p.given, &Value::None))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, a: Args) -> PyResult {
    let v = one_path(vm, "listdir", &a, 0)?
        .cloned()
        .unwrap_or(Value::None);
    let p = match &v {
        Value::None => PathArg {
            path: PathBuf::from("."),
            bytes: false,
            given: Value::str("."),
        },
        other => path_arg(vm, "listdir", other, "path")?,
    };
    let rd = std::fs::read_dir(&p.path).map_err(|e| os_error(vm, &e, &p.given, &Value::None))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(vm, &e, &p.given, &Value::None))?;
        names.push(name_value(&entry.file_name(), p.bytes));
    }
    Ok(Value::list(names))
}

fn mkdir(vm: &mut Vm, a: Args) -> PyResult {
    check_pos(vm, "mkdir", &a, 1, 2)?;
    let Some(v) = get(&a, 0, "path").cloned() else {
        return Err(vm.type_error("mkdir() missing required argument 'path' (pos 1)"));
    };
    let mode = match get(&a, 1, "mode") {
        Some(m) => vm.to_index(m)?,
        None => 0o777,
    };
    let p = path_arg(vm, "mkdir", &v, "path")?;
    std::fs::DirBuilder::new()
        .mode((mode & 0o7777) as u32)
        .create(&p.path)
        .map_err(|e| os_error(vm, &e, &p.given, &Value::None))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, a: Args) -> PyResult {
    let Some(v) = one_path(vm, "rmdir", &a, 1)? else {
        return Err(vm.type_error("rmdir() missing required argument 'path' (pos 1)"));
    };
    let p = path_arg(vm, "rmdir", v, "path")?;
    std::fs::remove_dir(&p.path).map_err(|e| os_error(vm, &e, &p.given, &Value::None))?;
    Ok(Value::None)
}

fn remove_file(vm: &mut Vm, func: &str, a: &Args) -> PyResult {
    let Some(v) = one_path(vm, func, a, 1)? else {
        return Err(vm.type_error(format!("{func}() missing required argument 'path' (pos 1)")));
    };
    let p = path_arg(vm, func, v, "path")?;
    std::fs::remove_file(&p.path).map_err(|e| os_error(vm, &e, &p.given, &Value::None))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult {
    remove_file(vm, "remove", &a)
}

fn unlink(vm: &mut Vm, a: Args) -> PyResult {
    remove_file(vm, "unlink", &a)
}

fn two_paths(vm: &mut Vm, func: &str, a: &Args) -> PyResult<(PathArg, PathArg)> {
    check_pos(vm, func, a, 2, 2)?;
    let src = path_arg(vm, func, &a.pos[0], "src")?;
    let dst = path_arg(vm, func, &a.pos[1], "dst")?;
    Ok((src, dst))
}

fn rename(vm: &mut Vm, a: Args) -> PyResult {
    let (src, dst) = two_paths(vm, "rename", &a)?;
    std::fs::rename(&src.path, &dst.path).map_err(|e| os_error(vm, &e, &src.given, &dst.given))?;
    Ok(Value::None)
}

fn replace(vm: &mut Vm, a: Args) -> PyResult {
    let (src, dst) = two_paths(vm, "replace", &a)?;
    std::fs::rename(&src.path, &dst.path).map_err(|e| os_error(vm, &e, &src.given, &dst.given))?;
    Ok(Value::None)
}

fn symlink(vm: &mut Vm, a: Args) -> PyResult {
    check_pos(vm, "symlink", &a, 2, 3)?;
    let src = path_arg(vm, "symlink", &a.pos[0], "src")?;
    let dst = path_arg(vm, "symlink", &a.pos[1], "dst")?;
    std::os::unix::fs::symlink(&src.path, &dst.path)
        .map_err(|e| os_error(vm, &e, &src.given, &dst.given))?;
    Ok(Value::None)
}

fn link(vm: &mut Vm, a: Args) -> PyResult {
    let (src, dst) = two_paths(vm, "link", &a)?;
    std::fs::hard_link(&src.path, &dst.path)
        .map_err(|e| os_error(vm, &e, &src.given, &dst.given))?;
    Ok(Value::None)
}

/// `os.truncate(path, length)`: cuts or extends the file to `length` bytes.
fn truncate(vm: &mut Vm, a: Args) -> PyResult {
    check_pos(vm, "truncate", &a, 2, 2)?;
    let p = path_arg(vm, "truncate", &a.pos[0], "path")?;
    let length = vm.to_index(&a.pos[1])?;
    if length < 0 {
        let e = std::io::Error::from_raw_os_error(22);
        return Err(os_error(vm, &e, &p.given, &Value::None));
    }
    std::fs::OpenOptions::new()
        .write(true)
        .open(&p.path)
        .and_then(|f| f.set_len(length as u64))
        .map_err(|e| os_error(vm, &e, &p.given, &Value::None))?;
    Ok(Value::None)
}

/// `(user, system, children_user, children_system, elapsed)` in seconds, from the kernel's
/// /proc entries (clock ticks of 1/100 s, Linux's USER_HZ).
fn times(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "times", &a, 0, 0)?;
    const TICKS: f64 = 100.0;
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<f64> = stat
        .rsplit_once(')')
        .map(|(_, rest)| {
            rest.split_whitespace()
                .map(|f| f.parse().unwrap_or(0.0))
                .collect()
        })
        .unwrap_or_default();
    let tick = |i: usize| Value::float(fields.get(i).copied().unwrap_or(0.0) / TICKS);
    let uptime = std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .unwrap_or(0.0);
    // utime, stime, cutime, cstime are fields 14-17 of the line, 12-15 after the name.
    Ok(Value::tuple(vec![
        tick(11),
        tick(12),
        tick(13),
        tick(14),
        Value::float((uptime * TICKS).round() / TICKS),
    ]))
}

/// `os.umask(mask)`: sets the file-creation mask; returns the previous one.
fn umask(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "umask", &a, 1, 1)?;
    let mask = vm.to_index(&a.pos[0])?;
    let Ok(mask) = i32::try_from(mask) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    Ok(Value::Int(
        pyseal_sandbox::process::umask(mask as u32) as i64
    ))
}

/// The 1, 5 and 15 minute load averages, from /proc/loadavg.
fn getloadavg(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "getloadavg", &a, 0, 0)?;
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let loads: Vec<f64> = text
        .split_whitespace()
        .take(3)
        .filter_map(|f| f.parse().ok())
        .collect();
    if loads.len() != 3 {
        let c = vm.types.os_error.clone();
        return Err(vm.new_error(&c, "Load averages are unobtainable"));
    }
    Ok(Value::tuple(loads.into_iter().map(Value::float).collect()))
}

fn readlink(vm: &mut Vm, a: Args) -> PyResult {
    let Some(v) = one_path(vm, "readlink", &a, 1)? else {
        return Err(vm.type_error("readlink() missing required argument 'path' (pos 1)"));
    };
    let p = path_arg(vm, "readlink", v, "path")?;
    let target =
        std::fs::read_link(&p.path).map_err(|e| os_error(vm, &e, &p.given, &Value::None))?;
    Ok(name_value(target.as_os_str(), p.bytes))
}

fn chmod(vm: &mut Vm, a: Args) -> PyResult {
    check_pos(vm, "chmod", &a, 2, 2)?;
    let p = path_arg(vm, "chmod", &a.pos[0], "path")?;
    let mode = vm.to_index(&a.pos[1])?;
    std::fs::set_permissions(
        &p.path,
        std::fs::Permissions::from_mode((mode & 0o7777) as u32),
    )
    .map_err(|e| os_error(vm, &e, &p.given, &Value::None))?;
    Ok(Value::None)
}

/// `_os.utime(path, atime_ns, mtime_ns)`: sets a file's access and modification times, in
/// nanoseconds since the epoch, or to now for None (`os.utime` checks its arguments).
fn utime(vm: &mut Vm, a: Args) -> PyResult {
    check_pos(vm, "utime", &a, 3, 3)?;
    let p = path_arg(vm, "utime", &a.pos[0], "path")?;
    let mut when = [std::time::SystemTime::now(); 2];
    for (slot, v) in when.iter_mut().zip(&a.pos[1..]) {
        if v.is_none() {
            continue;
        }
        let ns = vm.to_index(v)?;
        let span = std::time::Duration::from_nanos(ns.unsigned_abs());
        let t = if ns >= 0 {
            std::time::UNIX_EPOCH.checked_add(span)
        } else {
            std::time::UNIX_EPOCH.checked_sub(span)
        };
        *slot = t.ok_or_else(|| vm.overflow_error("timestamp out of range for platform time_t"))?;
    }
    let times = std::fs::FileTimes::new()
        .set_accessed(when[0])
        .set_modified(when[1]);
    // CPython's utime error names no file.
    std::fs::File::open(&p.path)
        .and_then(|f| f.set_times(times))
        .map_err(|e| os_error(vm, &e, &Value::None, &Value::None))?;
    Ok(Value::None)
}

/// `stat(path, follow_symlinks=True)` as a tuple of the fields `os.stat_result` is built
/// from: mode, ino, dev, nlink, uid, gid, size, then atime, mtime, ctime as (seconds,
/// nanoseconds) pairs, then blksize, blocks, rdev.
fn stat_impl(vm: &mut Vm, func: &str, a: &Args, follow: bool) -> PyResult {
    let Some(v) = one_path(vm, func, a, 1)? else {
        return Err(vm.type_error(format!("{func}() missing required argument 'path' (pos 1)")));
    };
    let v = v.clone();
    let follow = match a.kwarg("follow_symlinks") {
        Some(f) => follow && vm.truthy(f)?,
        None => follow,
    };
    let p = path_arg(vm, func, &v, "path")?;
    let md = if follow {
        std::fs::metadata(&p.path)
    } else {
        std::fs::symlink_metadata(&p.path)
    };
    let md = md.map_err(|e| os_error(vm, &e, &p.given, &Value::None))?;
    Ok(stat_tuple(&md))
}

/// The raw tuple behind `os.stat_result` (see `stat_impl`).
fn stat_tuple(md: &std::fs::Metadata) -> Value {
    let int = |x: u64| Value::from_bigint(num_bigint::BigInt::from(x));
    let pair = |s: i64, ns: i64| Value::tuple(vec![Value::Int(s), Value::Int(ns)]);
    Value::tuple(vec![
        Value::Int(md.mode() as i64),
        int(md.ino()),
        int(md.dev()),
        int(md.nlink()),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        int(md.size()),
        pair(md.atime(), md.atime_nsec()),
        pair(md.mtime(), md.mtime_nsec()),
        pair(md.ctime(), md.ctime_nsec()),
        int(md.blksize()),
        int(md.blocks()),
        int(md.rdev()),
    ])
}

fn stat(vm: &mut Vm, a: Args) -> PyResult {
    stat_impl(vm, "stat", &a, true)
}

fn lstat(vm: &mut Vm, a: Args) -> PyResult {
    stat_impl(vm, "lstat", &a, false)
}

fn getpid(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "getpid", &a, 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "getppid", &a, 0, 0)?;
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

/// `os._exit(status)`: ends the process at once, as CPython does: no `atexit` functions and
/// no `finally` blocks. Text still in the stdout buffer is dropped, as CPython drops its own
/// buffer, unless CPython would not have buffered it (`PYTHONUNBUFFERED`, or a terminal).
/// The audit log (pyseal's own record of the run) is closed first.
fn exit_now(vm: &mut Vm, a: Args) -> PyResult {
    crate::builtins::args::check_params(vm, "_exit", &a, &["status"], 1)?;
    let status = match get(&a, 0, "status") {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    // The C `_exit` takes an int; the kernel keeps its low byte.
    let status = status as i32;
    if !python_buffers_stdout() {
        vm.flush_stdout();
    }
    vm.readonly
        .audit
        .run_end(&format!("exit {status} (os._exit)"));
    vm.readonly.audit.flush();
    std::process::exit(status)
}

/// The number of online CPUs (not only those this process may use), or None.
/// `(sysname, nodename, release, version, machine)` from the kernel's /proc entries.
fn uname(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "uname", &a, 0, 0)?;
    let read = |name: &str| {
        std::fs::read_to_string(format!("/proc/sys/kernel/{name}"))
            .map(|s| s.trim_end_matches('\n').to_string())
            .unwrap_or_default()
    };
    let mut sysname = read("ostype");
    if sysname.is_empty() {
        sysname = "Linux".to_string();
    }
    Ok(Value::tuple(vec![
        Value::string(sysname),
        Value::string(read("hostname")),
        Value::string(read("osrelease")),
        Value::string(read("version")),
        Value::str(std::env::consts::ARCH),
    ]))
}

fn cpu_count(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "cpu_count", &a, 0, 0)?;
    if let Ok(s) = std::fs::read_to_string("/sys/devices/system/cpu/online")
        && let Some(n) = count_cpu_list(s.trim())
    {
        return Ok(Value::Int(n));
    }
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

/// Counts a kernel CPU list such as `0-3,8,10-11`.
fn count_cpu_list(s: &str) -> Option<i64> {
    let mut n = 0i64;
    for part in s.split(',') {
        match part.split_once('-') {
            Some((lo, hi)) => {
                let (lo, hi): (i64, i64) = (lo.parse().ok()?, hi.parse().ok()?);
                n += (hi - lo + 1).max(0);
            }
            None => {
                part.parse::<i64>().ok()?;
                n += 1;
            }
        }
    }
    (n > 0).then_some(n)
}

fn urandom(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "urandom", &a, 1, 1)?;
    let n = vm.to_index(&a.pos[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    super::random::os_entropy(vm, &mut buf)?;
    Ok(Value::bytes(buf))
}

fn strerror(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "strerror", &a, 1, 1)?;
    let code = vm.to_index(&a.pos[0])?;
    match i32::try_from(code) {
        Ok(c) => Ok(Value::string(strerror_text(c))),
        Err(_) => Err(vm.overflow_error("signed integer is greater than maximum")),
    }
}

fn fspath(vm: &mut Vm, a: Args) -> PyResult {
    check_pos(vm, "fspath", &a, 1, 1)?;
    let Some(v) = get(&a, 0, "path") else {
        return Err(vm.type_error("fspath() missing required argument 'path' (pos 1)"));
    };
    match fspath_value(vm, v)? {
        Some(p) => Ok(p),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {t}"
            )))
        }
    }
}

/// The process environment at start-up, as a dict of str.
fn environ_snapshot(vm: &mut Vm, a: Args) -> PyResult {
    check(vm, "environ_snapshot", &a, 0, 0)?;
    let d = Rc::new(DictObj::new());
    let dv = Value::Dict(d);
    for (k, v) in std::env::vars_os() {
        let k = Value::string(k.to_string_lossy().into_owned());
        let v = Value::string(v.to_string_lossy().into_owned());
        vm.set_item(&dv, &k, v)?;
    }
    Ok(dv)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_lists() {
        assert_eq!(count_cpu_list("0-1"), Some(2));
        assert_eq!(count_cpu_list("0"), Some(1));
        assert_eq!(count_cpu_list("0-3,8,10-11"), Some(7));
        assert_eq!(count_cpu_list("x"), None);
    }

    #[test]
    fn strerror_has_no_suffix() {
        assert_eq!(strerror_text(2), "No such file or directory");
        assert_eq!(strerror_text(39), "Directory not empty");
    }
}
