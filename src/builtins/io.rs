//! `open()` and file objects, including the standard streams.

use std::cell::RefCell;
use std::io::{BufRead, Read, Seek, SeekFrom, Write};
use std::rc::Rc;

use super::args::{self, get};
use crate::objects::*;
use crate::vm::Vm;

pub const STDIN: u8 = 0;
pub const STDOUT: u8 = 1;
pub const STDERR: u8 = 2;

pub fn std_stream(name: &str, which: u8) -> Value {
    let mode = if which == STDIN { "r" } else { "w" };
    std_file(Value::str(name), which, mode.into(), false)
}

/// A file object on one of the standard streams: `sys.stdin` and the others, their `buffer`,
/// and what `open(0)`, `open(1)` and `open(2)` give.
fn std_file(name: Value, which: u8, mode: String, binary: bool) -> Value {
    let state = FileState {
        file: None,
        rbuf: Vec::new(),
        rpos: 0,
        loaded: false,
        wbuf: Vec::new(),
        closed: false,
        std: Some(which),
        encoding: "utf-8".into(),
        newline: None,
        iterating: false,
    };
    file_layer(name, mode, binary, false, Rc::new(RefCell::new(state)))
}

/// One layer of an open file over `state`: text, buffered binary, or (`raw`) the `FileIO`.
fn file_layer(
    name: Value,
    mode: String,
    binary: bool,
    raw: bool,
    state: Rc<RefCell<FileState>>,
) -> Value {
    Value::File(Rc::new(FileObj {
        name,
        mode,
        binary,
        raw,
        state,
        below: std::cell::OnceCell::new(),
    }))
}

/// The mode a binary layer reports: CPython's raw file spells it from what the file can do,
/// one of "rb", "wb", "ab", "xb" and "+" after it ("r+b" and "w+b" both give "rb+").
fn binary_mode(mode: &str) -> String {
    let kind = if mode.contains('+') && mode.contains('w') {
        'r'
    } else {
        mode.chars().find(|c| "rwax".contains(*c)).unwrap_or('r')
    };
    let plus = if mode.contains('+') { "+" } else { "" };
    format!("{kind}b{plus}")
}

/// `buffer` of a text file and `raw` of a buffered one: the layer under `f`, over the same
/// open file (None for a raw file, which has nothing under it).
fn layer_below(f: &FileObj) -> Option<Value> {
    if f.raw {
        return None;
    }
    Some(
        f.below
            .get_or_init(|| {
                let std = f.state.borrow().std;
                let mode = match std {
                    Some(STDIN) => "rb".to_string(),
                    Some(_) => "wb".to_string(),
                    None => binary_mode(&f.mode),
                };
                // The raw layer of a standard stream reports the stream's own mode.
                file_layer(f.name.clone(), mode, true, f.binary, f.state.clone())
            })
            .clone(),
    )
}

/// `repr()` of a file object of any layer.
pub fn file_repr(vm: &mut Vm, f: &Rc<FileObj>) -> PyResult<String> {
    let name = vm.repr(&f.name)?;
    Ok(if f.raw {
        if f.state.borrow().closed {
            "<_io.FileIO [closed]>".to_string()
        } else {
            let closefd = if f.state.borrow().std.is_some() {
                "False"
            } else {
                "True"
            };
            format!(
                "<_io.FileIO name={name} mode='{}' closefd={closefd}>",
                f.mode
            )
        }
    } else if f.binary {
        let t = vm.type_name(&Value::File(f.clone()));
        format!("<{t} name={name}>")
    } else {
        format!(
            "<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>",
            f.mode,
            text_encoding(f)
        )
    })
}

/// Reads from the process's stdin: everything (`limit` < 0) or up to `limit` units, and with
/// `line` only up to and including the next "\n". A unit is a byte, or for `text` a UTF-8
/// character (a character is never split).
fn read_stdin(text: bool, limit: i64, line: bool) -> Vec<u8> {
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let mut out = Vec::new();
    if limit < 0 {
        let _ = if line {
            lock.read_until(b'\n', &mut out)
        } else {
            lock.read_to_end(&mut out)
        };
        return out;
    }
    let mut units = 0;
    loop {
        let b = match lock.fill_buf() {
            Ok(buf) if !buf.is_empty() => buf[0],
            _ => break,
        };
        // A text unit starts at a byte that is not a UTF-8 continuation byte.
        let starts_unit = !text || b & 0xC0 != 0x80;
        if starts_unit {
            if units == limit {
                break;
            }
            units += 1;
        }
        out.push(b);
        lock.consume(1);
        if line && b == b'\n' {
            break;
        }
    }
    out
}

fn os_error(vm: &mut Vm, e: &std::io::Error, filename: &Value) -> PyErr {
    let (class, errno, msg): (_, i64, &str) = match e.kind() {
        std::io::ErrorKind::NotFound => (
            vm.types.file_not_found_error.clone(),
            2,
            "No such file or directory",
        ),
        std::io::ErrorKind::PermissionDenied => {
            (vm.types.permission_error.clone(), 13, "Permission denied")
        }
        std::io::ErrorKind::AlreadyExists => {
            (vm.types.file_exists_error.clone(), 17, "File exists")
        }
        _ if e.raw_os_error() == Some(21) => {
            (vm.types.is_a_directory_error.clone(), 21, "Is a directory")
        }
        _ => (
            vm.types.os_error.clone(),
            e.raw_os_error().unwrap_or(5) as i64,
            "Input/output error",
        ),
    };
    let err = vm.new_exc_args(&class, vec![Value::Int(errno), Value::str(msg)]);
    if let Some(d) = &err.0.dict {
        d.set_str_raw(Rc::new(PyStr::new("errno")), Value::Int(errno));
        d.set_str_raw(Rc::new(PyStr::new("strerror")), Value::str(msg));
        d.set_str_raw(Rc::new(PyStr::new("filename")), filename.clone());
    }
    err
}

pub fn open(vm: &mut Vm, a: Args) -> PyResult {
    args::check_params(
        vm,
        "open",
        &a,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    )?;
    let file = get(&a, 0, "file").cloned().unwrap_or_default();
    let mode = match get(&a, 1, "mode") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("open() argument 'mode' must be str, not {t}")));
        }
        None => "r".into(),
    };
    // Path-like objects (pathlib.Path, `__fspath__`) open as their path; the file's `name` is
    // that str or bytes, as in CPython.
    let file = match file {
        Value::Str(_) => file,
        Value::Int(_) | Value::Bool(_) => file,
        other => match crate::modules::os::fspath_value(vm, &other)? {
            Some(p) => p,
            None => {
                let t = vm.type_name(&other);
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {t}"
                )));
            }
        },
    };
    let path = match &file {
        Value::Bytes(b) => String::from_utf8_lossy(&b.data).into_owned(),
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let mut opts = std::fs::OpenOptions::new();
    let kind = mode.chars().find(|c| "rwax".contains(*c)).unwrap_or('r');
    let repeated = mode
        .char_indices()
        .any(|(i, c)| mode[i + c.len_utf8()..].contains(c));
    if repeated || mode.chars().any(|c| !"rwaxbt+".contains(c)) {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    if binary && mode.contains('t') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    match mode.chars().filter(|c| "rwax".contains(*c)).count() {
        1 => {}
        0 => {
            return Err(vm.value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ));
        }
        _ => {
            return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
        }
    }
    match kind {
        'r' => {
            opts.read(true);
            if plus {
                opts.write(true);
            }
        }
        'w' => {
            opts.write(true).create(true).truncate(true);
            if plus {
                opts.read(true);
            }
        }
        'a' => {
            opts.append(true).create(true);
            if plus {
                opts.read(true);
            }
        }
        _ => {
            opts.write(true).create_new(true);
            if plus {
                opts.read(true);
            }
        }
    }
    for (i, name) in [(3, "encoding"), (4, "errors"), (5, "newline")] {
        if let Some(v) = get(&a, i, name)
            && !matches!(v, Value::Str(_) | Value::None)
        {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "open() argument '{name}' must be str or None, not {t}"
            )));
        }
    }
    if !binary && matches!(get(&a, 2, "buffering"), Some(Value::Int(0))) {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let encoding = match get(&a, 3, "encoding") {
        Some(Value::Str(e)) => {
            if binary {
                return Err(vm.value_error("binary mode doesn't take an encoding argument"));
            }
            if crate::builtins::types::bytes::codec_of(e.as_str()).is_none() {
                let c = vm.types.lookup_error.clone();
                return Err(vm.new_error(&c, format!("unknown encoding: {}", e.as_str())));
            }
            e.as_str().to_string()
        }
        // The locale's encoding, named as `locale.getpreferredencoding()` names it.
        _ => "UTF-8".to_string(),
    };
    let encoding = match get(&a, 4, "errors") {
        Some(Value::Str(e)) if e.as_str() != "strict" => {
            if binary {
                return Err(vm.value_error("binary mode doesn't take an errors argument"));
            }
            format!("{encoding}{ERRORS_MARK}{}", e.as_str())
        }
        _ => encoding,
    };
    let newline = match get(&a, 5, "newline") {
        Some(Value::Str(n)) => {
            if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
                return Err(vm.value_error(format!("illegal newline value: {}", n.as_str())));
            }
            if binary {
                return Err(vm.value_error("binary mode doesn't take a newline argument"));
            }
            Some(n.as_str().to_string())
        }
        _ => None,
    };
    let is_fd = matches!(file, Value::Int(_) | Value::Bool(_));
    if !is_fd
        && let Some(v) = get(&a, 6, "closefd")
        && !vm.truthy(v)?
    {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    let opener = get(&a, 7, "opener")
        .filter(|v| !matches!(v, Value::None))
        .cloned();
    let mut f = if is_fd {
        match open_fd(vm, &file, &mode, &encoding)? {
            FdFile::Std(f) => return Ok(f),
            FdFile::Owned(f) => f,
        }
    } else if let Some(opener) = opener {
        // `opener(name, flags)` makes the descriptor (an `os.open` one); the file keeps `name`.
        let flags = open_flags(kind, plus);
        let fd = vm.call(&opener, &[file.clone(), Value::Int(flags)], &[])?;
        let Value::Int(n) = fd else {
            let t = vm.type_name(&fd);
            return Err(vm.type_error(format!("expected integer from opener, not {t}")));
        };
        if n < 0 {
            return Err(vm.value_error(format!("opener returned {n}")));
        }
        match open_fd(vm, &Value::Int(n), &mode, &encoding)? {
            FdFile::Std(f) => return Ok(f),
            FdFile::Owned(f) => f,
        }
    } else {
        vm.audit_event("open", &[file.clone(), Value::str(&mode), Value::Int(0)])?;
        if std::path::Path::new(&path).is_dir() {
            let e = std::io::Error::from_raw_os_error(21);
            return Err(os_error(vm, &e, &file));
        }
        opts.open(&path).map_err(|e| os_error(vm, &e, &file))?
    };
    if kind == 'a' {
        // An appending file starts at its end (tell() gives the size).
        let _ = f.seek(SeekFrom::End(0));
    }
    let state = FileState {
        file: Some(f),
        rbuf: Vec::new(),
        rpos: 0,
        loaded: false,
        wbuf: Vec::new(),
        closed: false,
        std: None,
        encoding,
        newline,
        iterating: false,
    };
    let state = Rc::new(RefCell::new(state));
    if kind != 'r' || plus {
        OPEN_FOR_WRITING.with(|l| {
            let mut l = l.borrow_mut();
            // A program opening file after file keeps only the live entries.
            if l.len() >= 64 && l.len().is_power_of_two() {
                l.retain(|w| w.strong_count() > 0);
            }
            l.push(Rc::downgrade(&state));
        });
    }
    if !binary {
        return Ok(file_layer(file, mode, false, false, state));
    }
    // `buffering=0` gives the raw file itself; otherwise the buffered file over it.
    let unbuffered = matches!(get(&a, 2, "buffering"), Some(Value::Int(0)));
    Ok(file_layer(
        file,
        binary_mode(&mode),
        true,
        unbuffered,
        state,
    ))
}

/// The `os.open` flags CPython hands an opener for a mode (Linux values).
fn open_flags(kind: char, plus: bool) -> i64 {
    const O_WRONLY: i64 = 0o1;
    const O_RDWR: i64 = 0o2;
    const O_CREAT: i64 = 0o100;
    const O_EXCL: i64 = 0o200;
    const O_TRUNC: i64 = 0o1000;
    const O_APPEND: i64 = 0o2000;
    const O_CLOEXEC: i64 = 0o2000000;
    let access = if plus {
        O_RDWR
    } else if kind == 'r' {
        0
    } else {
        O_WRONLY
    };
    let create = match kind {
        'w' => O_CREAT | O_TRUNC,
        'a' => O_CREAT | O_APPEND,
        'x' => O_CREAT | O_EXCL,
        _ => 0,
    };
    access | create | O_CLOEXEC
}

/// What `open(fd)` opens: a standard stream, or a descriptor `os.open` made.
enum FdFile {
    Std(Value),
    Owned(std::fs::File),
}

/// `open(fd)`: 0, 1 and 2 are the standard streams; a descriptor from `os.open` (or
/// `tempfile.mkstemp`) now belongs to the new file object.
fn open_fd(vm: &mut Vm, fd: &Value, mode: &str, encoding: &str) -> PyResult<FdFile> {
    let n = vm.to_index(fd)?;
    if n < 0 {
        return Err(vm.value_error("negative file descriptor"));
    }
    vm.audit_event("open", &[Value::Int(n), Value::str(mode), Value::Int(0)])?;
    let which = match n {
        0 => STDIN,
        1 => STDOUT,
        2 => STDERR,
        _ => {
            return match crate::modules::os::take_fd(n) {
                Some(f) => Ok(FdFile::Owned(f)),
                None => {
                    let c = vm.types.os_error.clone();
                    let err =
                        vm.new_exc_args(&c, vec![Value::Int(9), Value::str("Bad file descriptor")]);
                    Err(err)
                }
            };
        }
    };
    let f = std_file(Value::Int(n), which, mode.to_string(), mode.contains('b'));
    if let Value::File(fo) = &f {
        fo.state.borrow_mut().encoding = encoding.to_string();
    }
    Ok(FdFile::Std(f))
}

fn closed_error(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// Writes text to a file-like value (a file object, or anything with `write`).
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    match file {
        Value::File(f) => {
            let (std, closed) = {
                let st = f.state.borrow();
                (st.std, st.closed)
            };
            if closed && std.is_some() {
                return Err(closed_error(vm));
            }
            match std {
                Some(STDOUT) => {
                    vm.close_abandoned_generators();
                    if crate::text::has_surrogates(s) {
                        // UTF-8 cannot hold a lone surrogate: str.encode raises the error.
                        let text = Value::str(s);
                        let encode = vm.get_attr_str(&text, "encode")?;
                        vm.call(&encode, &[], &[])?;
                    }
                    vm.write_stdout(s)
                }
                Some(STDERR) => {
                    vm.close_abandoned_generators();
                    if crate::text::has_surrogates(s) {
                        // stderr writes what it cannot encode as backslash escapes.
                        let mut escaped = String::with_capacity(s.len());
                        for c in s.chars() {
                            if crate::text::surrogate_of(c).is_some() {
                                crate::text::push_code_point_escape(&mut escaped, c);
                            } else {
                                escaped.push(c);
                            }
                        }
                        vm.write_stderr(&escaped);
                    } else {
                        vm.write_stderr(s);
                    }
                    Ok(())
                }
                _ => {
                    let mut st = f.state.borrow_mut();
                    if st.closed {
                        drop(st);
                        return Err(closed_error(vm));
                    }
                    if !f.mode.contains(['w', 'a', 'x', '+']) {
                        drop(st);
                        let c = vm.types.unsupported_operation.clone();
                        return Err(vm.new_error(&c, "not writable"));
                    }
                    prepare_text_write(&mut st);
                    // newline="\r" or "\r\n" writes that for each "\n".
                    let translated;
                    let s = match st.newline.as_deref() {
                        Some(nl @ ("\r" | "\r\n")) if s.contains('\n') => {
                            translated = s.replace('\n', nl);
                            translated.as_str()
                        }
                        _ => s,
                    };
                    let (enc, errors) = codec_and_errors(&st);
                    if errors != "strict" {
                        // A lenient handler: str.encode applies it as CPython's codecs do.
                        drop(st);
                        let text = Value::str(s);
                        let encode = vm.get_attr_str(&text, "encode")?;
                        let out =
                            vm.call(&encode, &[Value::str(&enc), Value::str(&errors)], &[])?;
                        let bytes = vm.bytes_like(&out).unwrap_or_default();
                        let mut st = f.state.borrow_mut();
                        st.wbuf.extend_from_slice(&bytes);
                        if st.wbuf.len() > 1 << 16 {
                            flush_state(&mut st);
                        }
                        return Ok(());
                    }
                    let codec = crate::builtins::types::bytes::codec_of(&enc);
                    match codec {
                        Some(c)
                            if !matches!(
                                c,
                                crate::builtins::types::bytes::Codec::Utf8 { sig: false }
                            ) || crate::text::has_surrogates(s) =>
                        {
                            match crate::builtins::types::bytes::encode_text(c, s) {
                                Ok(b) => st.wbuf.extend_from_slice(&b),
                                Err(_) => {
                                    drop(st);
                                    // str.encode raises the error with all its attributes
                                    // (encoding, object, start, end, reason).
                                    let text = Value::str(s);
                                    let encode = vm.get_attr_str(&text, "encode")?;
                                    vm.call(&encode, &[Value::str(&enc)], &[])?;
                                    let cls = vm.types.unicode_encode_error.clone();
                                    return Err(vm.new_error(&cls, "cannot encode"));
                                }
                            }
                        }
                        _ => st.wbuf.extend_from_slice(s.as_bytes()),
                    }
                    if st.wbuf.len() > 1 << 16 {
                        flush_state(&mut st);
                    }
                    Ok(())
                }
            }
        }
        Value::None => Ok(()),
        other => {
            // Interned once: print() to a StringIO reaches here for every piece it writes.
            let key = vm.intern_static("write");
            let w = vm.get_attr(other, &key)?;
            vm.call(&w, &[Value::str(s)], &[])?;
            Ok(())
        }
    }
}

/// Readies a text file that reads have buffered for writing: as a text wrapper's read-ahead
/// leaves its buffer at the end of what it read, the write lands at the end of the file; the read
/// buffer is dropped (the next read loads the file again from the new position).
fn prepare_text_write(st: &mut FileState) {
    if st.loaded && st.std.is_none() {
        if let Some(file) = st.file.as_mut() {
            let _ = file.seek(SeekFrom::End(0));
        }
        st.loaded = false;
        st.rbuf = Vec::new();
        st.rpos = 0;
    }
}

/// Writes `data` of a binary file at its read position (a seek may have put it past the end;
/// the gap reads as zero bytes) and mirrors the write in the read buffer.
fn write_at_read_position(f: &FileObj, st: &mut FileState, data: &[u8]) {
    flush_state(st);
    let append = f.mode.contains('a');
    let at = if append { st.rbuf.len() } else { st.rpos };
    if let Some(file) = st.file.as_mut() {
        let target = if append {
            SeekFrom::End(0)
        } else {
            SeekFrom::Start(at as u64)
        };
        if file.seek(target).is_ok() {
            let _ = file.write_all(data);
        }
    }
    let end = at + data.len();
    if st.rbuf.len() < end {
        st.rbuf.resize(end, 0);
    }
    st.rbuf[at..end].copy_from_slice(data);
    st.rpos = end;
}

/// The current position of a file as `tell()` gives it (the raw file offset).
fn current_position(f: &FileObj, st: &mut FileState) -> u64 {
    if st.loaded {
        if translates_newlines(f, st) {
            let raw = raw_content(st);
            return translated_to_raw(&raw, st.rpos) as u64;
        }
        return st.rpos as u64;
    }
    flush_state(st);
    st.file
        .as_mut()
        .and_then(|f| f.stream_position().ok())
        .unwrap_or(0)
}

fn f_truncate(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    let size = match a.pos.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(vm.to_index(v)?),
    };
    check_open_binary(vm, &f, "truncate")?;
    if f.state.borrow().closed {
        return Err(closed_error(vm));
    }
    if !f.mode.contains(['w', 'a', 'x', '+']) || f.state.borrow().std.is_some() {
        let c = vm.types.unsupported_operation.clone();
        return Err(vm.new_error(&c, "truncate"));
    }
    let mut st = f.state.borrow_mut();
    let pos = current_position(&f, &mut st);
    let size = match size {
        None => pos as i64,
        Some(n) => n,
    };
    if size < 0 {
        drop(st);
        let c = vm.types.os_error.clone();
        return Err(vm.new_exc_args(&c, vec![Value::Int(22), Value::str("Invalid argument")]));
    }
    flush_state(&mut st);
    if let Some(file) = st.file.as_mut() {
        let _ = file.set_len(size as u64);
    }
    if st.loaded {
        if f.binary {
            st.rbuf.truncate(size as usize);
        } else {
            // Load again on the next read, from the same position.
            if let Some(file) = st.file.as_mut() {
                let _ = file.seek(SeekFrom::Start(pos));
            }
            st.loaded = false;
            st.rbuf = Vec::new();
            st.rpos = 0;
        }
    }
    Ok(Value::Int(size))
}

fn flush_state(st: &mut FileState) {
    if let Some(f) = st.file.as_mut() {
        let _ = f.write_all(&st.wbuf);
    }
    st.wbuf.clear();
}

pub fn flush_file(vm: &mut Vm, file: &Value) -> PyResult<()> {
    match file {
        Value::File(f) => {
            let std = f.state.borrow().std;
            match std {
                Some(STDOUT) => vm.flush_stdout(),
                Some(_) => {}
                None => flush_state(&mut f.state.borrow_mut()),
            }
            Ok(())
        }
        Value::None => Ok(()),
        other => {
            if let Some(fl) = vm.get_attr_opt(other, &Rc::new(PyStr::new("flush")))? {
                vm.call(&fl, &[], &[])?;
            }
            Ok(())
        }
    }
}

/// Loads the rest of a regular file for reading.
fn ensure_loaded(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    let mut st = f.state.borrow_mut();
    if st.closed {
        drop(st);
        return Err(closed_error(vm));
    }
    if st.std.is_some() || st.loaded {
        return Ok(());
    }
    if !f.mode.contains(['r', '+']) {
        drop(st);
        let c = vm.types.unsupported_operation.clone();
        // A buffered binary file names the operation; a text file says what it is not.
        return Err(vm.new_error(&c, if f.binary { "read" } else { "not readable" }));
    }
    flush_state(&mut st);
    // The buffer holds the whole file, so that positions (tell, seek) are file offsets.
    let mut buf = Vec::new();
    let mut start = 0usize;
    if let Some(file) = st.file.as_mut() {
        start = file.stream_position().unwrap_or(0) as usize;
        if file.seek(SeekFrom::Start(0)).is_err() {
            start = 0;
        }
        if file.read_to_end(&mut buf).is_err() {
            drop(st);
            let c = vm.types.os_error.clone();
            return Err(vm.new_error(&c, "read failed"));
        }
    }
    let start = start.min(buf.len());
    let mut rpos = start;
    if !f.binary && st.newline.is_none() {
        // Universal newlines.
        let mut out = Vec::with_capacity(buf.len());
        let mut i = 0;
        while i < buf.len() {
            if i == start {
                rpos = out.len();
            }
            if buf[i] == b'\r' {
                out.push(b'\n');
                if i + 1 < buf.len() && buf[i + 1] == b'\n' {
                    i += 1;
                }
            } else {
                out.push(buf[i]);
            }
            i += 1;
        }
        if start >= buf.len() {
            rpos = out.len();
        }
        buf = out;
    }
    // utf-8-sig skips a byte-order mark at the start of the file.
    if rpos == 0 && !f.binary && buf.starts_with(b"\xef\xbb\xbf") {
        let (enc, _) = codec_and_errors(&st);
        if matches!(
            crate::builtins::types::bytes::codec_of(&enc),
            Some(crate::builtins::types::bytes::Codec::Utf8 { sig: true })
        ) {
            rpos = 3;
        }
    }
    st.rbuf = buf;
    st.rpos = rpos;
    st.loaded = true;
    Ok(())
}

/// Separates the codec name from a non-strict `errors=` handler in `FileState::encoding`.
const ERRORS_MARK: char = '\0';

/// The codec name and error handler of a text file.
fn codec_and_errors(st: &FileState) -> (String, String) {
    match st.encoding.split_once(ERRORS_MARK) {
        Some((enc, errors)) => (enc.to_string(), errors.to_string()),
        None => (st.encoding.clone(), "strict".to_string()),
    }
}

fn make_result(vm: &mut Vm, f: &FileObj, bytes: Vec<u8>) -> PyResult {
    if f.binary {
        return Ok(Value::bytes(bytes));
    }
    let (enc, errors) = codec_and_errors(&f.state.borrow());
    let plain_utf8 = errors == "strict"
        && matches!(
            crate::builtins::types::bytes::codec_of(&enc),
            Some(crate::builtins::types::bytes::Codec::Utf8 { .. })
        );
    if plain_utf8 {
        match String::from_utf8(bytes) {
            Ok(s) => return Ok(Value::string(s)),
            Err(e) => {
                // bytes.decode words the error exactly as CPython's codec does.
                let v = Value::bytes(e.into_bytes());
                let dec = vm.get_attr_str(&v, "decode")?;
                return vm.call(&dec, &[Value::str(&enc)], &[]);
            }
        }
    }
    let v = Value::bytes(bytes);
    let dec = vm.get_attr_str(&v, "decode")?;
    vm.call(&dec, &[Value::str(&enc), Value::str(&errors)], &[])
}

/// The end of the line starting at `start` in a text buffer read with `newline=` `mode`
/// (None: the buffer is already translated, lines end at "\n").
fn line_end(buf: &[u8], start: usize, mode: Option<&str>) -> usize {
    let rest = &buf[start..];
    let found = match mode {
        None | Some("\n") => rest.iter().position(|&b| b == b'\n').map(|p| p + 1),
        Some("\r") => rest.iter().position(|&b| b == b'\r').map(|p| p + 1),
        Some("\r\n") => rest.windows(2).position(|w| w == b"\r\n").map(|p| p + 2),
        Some(_) => rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map(|p| {
                if rest[p] == b'\r' && rest.get(p + 1) == Some(&b'\n') {
                    p + 2
                } else {
                    p + 1
                }
            }),
    };
    found.map_or(buf.len(), |n| start + n)
}

pub fn readline(vm: &mut Vm, f: &FileObj, limit: i64) -> PyResult {
    check_open_binary(vm, f, "readline")?;
    if f.state.borrow().std == Some(STDIN) {
        if f.state.borrow().closed {
            return Err(closed_error(vm));
        }
        vm.flush_stdout();
        let bytes = read_stdin(!f.binary, limit, true);
        return make_result(vm, f, bytes);
    }
    ensure_loaded(vm, f)?;
    let bytes = {
        let mut st = f.state.borrow_mut();
        if st.rpos >= st.rbuf.len() {
            // At or past the end (a seek may go past it): nothing to read.
            Vec::new()
        } else {
            let start = st.rpos;
            let mode = if f.binary {
                None
            } else {
                st.newline.as_deref()
            };
            let mut end = line_end(&st.rbuf, start, mode);
            if limit >= 0 {
                let span = if f.binary {
                    limit as usize
                } else {
                    // A text line's limit counts characters.
                    char_span(&st, &st.rbuf[start..end], limit as usize)
                };
                end = end.min(start + span);
            }
            st.rpos = end;
            st.rbuf[start..end].to_vec()
        }
    };
    make_result(vm, f, bytes)
}

/// `next(file)`: the next line, or None at the end.
pub fn next_line(vm: &mut Vm, f: &FileObj) -> PyResult<Option<Value>> {
    let line = readline(vm, f, -1)?;
    let empty = match &line {
        Value::Str(s) => s.as_str().is_empty(),
        Value::Bytes(b) => b.data.is_empty(),
        _ => true,
    };
    if !f.binary {
        f.state.borrow_mut().iterating = !empty;
    }
    Ok(if empty { None } else { Some(line) })
}

/// The error of `tell()` on a text file that `next()` is going through.
fn telling_disabled(vm: &mut Vm) -> PyErr {
    let c = vm.types.os_error.clone();
    vm.new_error(&c, "telling position disabled by next() call")
}

fn self_file(vm: &mut Vm, a: &Args) -> PyResult<Rc<FileObj>> {
    match a.pos.first() {
        Some(Value::File(f)) => Ok(f.clone()),
        _ => Err(vm.type_error("descriptor requires a file object")),
    }
}

/// The size argument of `read(n)`: an int, or None for all.
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        Some(Value::None) | None => Ok(-1),
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => vm.to_index(v),
        Some(v @ Value::Instance(_)) => vm.to_index(v),
        Some(other) => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!("argument should be integer or None, not '{t}'")))
        }
    }
}

/// The number of bytes that the first `n` characters of encoded text `text` take.
fn char_span(st: &FileState, text: &[u8], n: usize) -> usize {
    let (enc, _) = codec_and_errors(st);
    let utf8 = matches!(
        crate::builtins::types::bytes::codec_of(&enc),
        Some(crate::builtins::types::bytes::Codec::Utf8 { .. }) | None
    );
    if !utf8 {
        return n.min(text.len());
    }
    let mut count = 0;
    let mut e = 0;
    while e < text.len() && count < n {
        let b = text[e];
        e += if b < 0x80 {
            1
        } else if b >> 5 == 6 {
            2
        } else if b >> 4 == 14 {
            3
        } else {
            4
        };
        count += 1;
    }
    e.min(text.len())
}

fn f_read(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    let n = size_arg(vm, a.pos.get(1))?;
    check_open_binary(vm, &f, "read")?;
    if f.state.borrow().std == Some(STDIN) {
        if f.state.borrow().closed {
            return Err(closed_error(vm));
        }
        vm.flush_stdout();
        let bytes = read_stdin(!f.binary, n, false);
        return make_result(vm, &f, bytes);
    }
    ensure_loaded(vm, &f)?;
    let bytes = {
        let mut st = f.state.borrow_mut();
        let start = st.rpos.min(st.rbuf.len());
        let end = if n < 0 {
            st.rbuf.len()
        } else if f.binary {
            (start + n as usize).min(st.rbuf.len())
        } else {
            // n characters, not bytes.
            start + char_span(&st, &st.rbuf[start..], n as usize)
        };
        if end > start || st.rpos <= st.rbuf.len() {
            st.rpos = end;
        }
        st.rbuf[start..end].to_vec()
    };
    make_result(vm, &f, bytes)
}

fn f_readline(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    let n = match a.pos.get(1) {
        // A binary file's size may be None; a text file's must be an int.
        Some(Value::None) if f.binary => -1,
        None => -1,
        Some(v) => vm.to_index(v)?,
    };
    readline(vm, &f, n)
}

fn f_readlines(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    // With a positive hint, lines stop once their total size exceeds it.
    let hint = size_arg(vm, a.pos.get(1))?;
    if f.state.borrow().closed {
        return Err(closed_error(vm));
    }
    let mut total = 0i64;
    let mut out = Vec::new();
    loop {
        let line = readline(vm, &f, -1)?;
        let size = match &line {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.data.len(),
            _ => 0,
        };
        if size == 0 {
            break;
        }
        out.push(line);
        total += size as i64;
        if hint > 0 && total > hint {
            // CPython's readlines iterates the file: stopping early leaves it iterating.
            if !f.binary {
                f.state.borrow_mut().iterating = true;
            }
            break;
        }
    }
    Ok(Value::list(out))
}

fn f_write(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    let Some(v) = a.pos.get(1) else {
        return Err(vm.type_error("write() takes exactly one argument (0 given)"));
    };
    if f.binary {
        let Some(b) = vm.bytes_like(v) else {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
        };
        let n = b.len();
        let std = f.state.borrow().std;
        if matches!(std, Some(STDOUT | STDERR)) {
            if f.state.borrow().closed {
                return Err(closed_error(vm));
            }
            vm.close_abandoned_generators();
            if std == Some(STDERR) {
                vm.flush_stdout();
                let _ = vm.streams.err.write_all(&b);
            } else if let Err(e) = vm.streams.out.write_all(&b) {
                return Err(crate::modules::os::os_error(
                    vm,
                    &e,
                    &Value::None,
                    &Value::None,
                ));
            }
            return Ok(Value::Int(n as i64));
        }
        let mut st = f.state.borrow_mut();
        if !f.mode.contains(['w', 'a', 'x', '+']) {
            drop(st);
            let c = vm.types.unsupported_operation.clone();
            return Err(vm.new_error(&c, "write"));
        }
        if st.closed {
            drop(st);
            return Err(closed_error(vm));
        }
        if st.loaded && st.std.is_none() {
            // Reads have buffered the file: write through at the read position and keep the
            // buffer in step, as a buffered random-access file does.
            write_at_read_position(&f, &mut st, &b);
        } else {
            st.wbuf.extend_from_slice(&b);
            if f.raw {
                // The raw file has no buffer: the bytes reach the file now.
                flush_state(&mut st);
            }
        }
        return Ok(Value::Int(n as i64));
    }
    let Value::Str(s) = v else {
        let t = if v.is_none() {
            "None".to_string()
        } else {
            vm.type_name(v)
        };
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    };
    if f.state.borrow().closed {
        return Err(closed_error(vm));
    }
    if !f.mode.contains(['w', 'a', 'x', '+']) && f.state.borrow().std.is_none() {
        let c = vm.types.unsupported_operation.clone();
        return Err(vm.new_error(&c, "not writable"));
    }
    write_to(vm, &Value::File(f.clone()), s.as_str())?;
    Ok(Value::Int(s.char_len() as i64))
}

fn f_writelines(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    let lines = vm.iterate(a.pos.get(1).unwrap_or(&Value::None))?;
    for l in lines {
        f_write(vm, Args::new(&[Value::File(f.clone()), l]))?;
    }
    Ok(Value::None)
}

fn f_close(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    if f.state.borrow().std == Some(STDOUT) {
        vm.flush_stdout();
    }
    let mut st = f.state.borrow_mut();
    flush_state(&mut st);
    // A standard stream's descriptor stays open for the runtime's own output; the object
    // reads as closed, as CPython's does.
    if st.std.is_none() {
        st.file = None;
    }
    st.closed = true;
    Ok(Value::None)
}

fn f_flush(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    if f.state.borrow().closed {
        return Err(closed_error(vm));
    }
    flush_file(vm, &Value::File(f))?;
    Ok(Value::None)
}

fn f_enter(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    if f.state.borrow().closed {
        return Err(closed_error(vm));
    }
    Ok(a.pos[0].clone())
}

fn f_exit(vm: &mut Vm, a: Args) -> PyResult {
    f_close(vm, Args::new(&a.pos[..1]))?;
    Ok(Value::Bool(Truth::FALSE))
}

fn f_iter(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    if f.state.borrow().closed {
        return Err(closed_error(vm));
    }
    Ok(a.pos[0].clone())
}

fn f_next(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.pos[0].clone();
    match vm.next(&v)? {
        Some(x) => Ok(x),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn f_seek(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    let pos = match a.pos.get(1) {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    let whence = match a.pos.get(2) {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    check_open_binary(vm, &f, "seek")?;
    if f.state.borrow().closed {
        return Err(closed_error(vm));
    }
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(if f.binary {
            format!("whence value {whence} unsupported")
        } else {
            format!("invalid whence ({whence}, should be 0, 1 or 2)")
        }));
    }
    if !f.binary && whence != 0 && pos != 0 {
        let c = vm.types.unsupported_operation.clone();
        let msg = if whence == 1 {
            "can't do nonzero cur-relative seeks"
        } else {
            "can't do nonzero end-relative seeks"
        };
        return Err(vm.new_error(&c, msg));
    }
    if !f.binary && whence == 0 && pos < 0 {
        return Err(vm.value_error(format!("negative seek position {pos}")));
    }
    if f.state.borrow().iterating {
        // A relative seek asks tell() where it is; an absolute one ends the iteration state.
        if whence == 1 {
            return Err(telling_disabled(vm));
        }
        f.state.borrow_mut().iterating = false;
    }
    let mut st = f.state.borrow_mut();
    flush_state(&mut st);
    if st.loaded && !f.binary && st.std.is_none() {
        // A text file seeks its underlying file and reads afresh from there (so that a write
        // after the seek lands at the position sought).
        let here = current_position(&f, &mut st);
        st.loaded = false;
        st.rbuf = Vec::new();
        st.rpos = 0;
        if let Some(file) = st.file.as_mut() {
            let _ = file.seek(SeekFrom::Start(here));
        }
    }
    let target = if st.loaded {
        let base = match whence {
            1 => st.rpos as i64,
            2 => st.rbuf.len() as i64,
            _ => 0,
        };
        base + pos
    } else if let Some(file) = st.file.as_mut() {
        let from = match whence {
            1 => SeekFrom::Current(pos),
            2 => SeekFrom::End(pos),
            _ if pos < 0 => SeekFrom::Current(i64::MIN / 2),
            _ => SeekFrom::Start(pos as u64),
        };
        match file.seek(from) {
            Ok(p) => return Ok(Value::Int(p as i64)),
            Err(_) => -1,
        }
    } else {
        pos
    };
    if target < 0 {
        drop(st);
        let c = vm.types.os_error.clone();
        let err = vm.new_exc_args(&c, vec![Value::Int(22), Value::str("Invalid argument")]);
        return Err(err);
    }
    if st.loaded {
        // A binary file may be positioned past its end (reads there give b'').
        st.rpos = target as usize;
    }
    Ok(Value::Int(target))
}

/// Whether reading this file turns "\r\n" and "\r" into "\n" (its buffer is translated).
fn translates_newlines(f: &FileObj, st: &FileState) -> bool {
    !f.binary && st.newline.is_none() && st.std.is_none()
}

/// The file's bytes as they are on disk (the file position is left at the end).
fn raw_content(st: &mut FileState) -> Vec<u8> {
    let mut raw = Vec::new();
    if let Some(file) = st.file.as_mut()
        && file.seek(SeekFrom::Start(0)).is_ok()
    {
        let _ = file.read_to_end(&mut raw);
    }
    raw
}

/// The raw file offset of index `idx` in the newline-translated text.
fn translated_to_raw(raw: &[u8], idx: usize) -> usize {
    let mut seen = 0;
    let mut i = 0;
    while i < raw.len() && seen < idx {
        if raw[i] == b'\r' && raw.get(i + 1) == Some(&b'\n') {
            i += 1;
        }
        i += 1;
        seen += 1;
    }
    i
}

fn f_tell(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    if f.state.borrow().closed {
        if f.binary {
            return Err(vm.value_error("I/O operation on closed file"));
        }
        return Err(closed_error(vm));
    }
    if f.state.borrow().iterating {
        return Err(telling_disabled(vm));
    }
    let mut st = f.state.borrow_mut();
    if st.loaded {
        if translates_newlines(&f, &st) {
            let raw = raw_content(&mut st);
            return Ok(Value::Int(translated_to_raw(&raw, st.rpos) as i64));
        }
        return Ok(Value::Int(st.rpos as i64));
    }
    flush_state(&mut st);
    let p = st
        .file
        .as_mut()
        .and_then(|f| f.stream_position().ok())
        .unwrap_or(0);
    Ok(Value::Int(p as i64))
}

/// A binary file's closed-file error names the operation.
fn check_open_binary(vm: &mut Vm, f: &FileObj, op: &str) -> PyResult<()> {
    if f.binary && f.state.borrow().closed {
        // The raw file does not name it.
        if f.raw {
            return Err(vm.value_error("I/O operation on closed file"));
        }
        return Err(vm.value_error(format!("{op} of closed file")));
    }
    Ok(())
}

fn f_readable(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    let yes = f.mode.contains(['r', '+']);
    // Only the side a file has asks the raw file, which checks that it is open.
    if yes && f.state.borrow().closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(Value::from_bool(yes))
}

fn f_writable(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    let yes = f.mode.contains(['w', 'a', 'x', '+']);
    if yes && f.state.borrow().closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(Value::from_bool(yes))
}

/// `read1(n)`: one read of the buffered file (the whole rest, as it is all buffered).
fn f_read1(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    if !f.binary {
        return Err(vm.attribute_error("'_io.TextIOWrapper' object has no attribute 'read1'"));
    }
    if !f.mode.contains(['r', '+']) && !f.state.borrow().closed {
        let c = vm.types.unsupported_operation.clone();
        return Err(vm.new_error(&c, "read1"));
    }
    f_read(vm, a)
}

/// `peek()`: the buffered bytes after the position, without moving it.
fn f_peek(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    if !f.binary {
        return Err(vm.attribute_error("'_io.TextIOWrapper' object has no attribute 'peek'"));
    }
    if !f.mode.contains(['r', '+']) {
        return Err(vm.attribute_error("'_io.BufferedWriter' object has no attribute 'peek'"));
    }
    check_open_binary(vm, &f, "peek")?;
    ensure_loaded(vm, &f)?;
    let st = f.state.borrow();
    let start = st.rpos.min(st.rbuf.len());
    let end = st.rbuf.len().min(start + 8192);
    Ok(Value::bytes(st.rbuf[start..end].to_vec()))
}

fn f_seekable(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    let st = f.state.borrow();
    if st.closed {
        drop(st);
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(Value::from_bool(st.std.is_none()))
}

fn f_readinto(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    if !f.binary {
        return Err(vm.attribute_error("'_io.TextIOWrapper' object has no attribute 'readinto'"));
    }
    check_open_binary(vm, &f, "readinto")?;
    let target = a.pos.get(1).cloned().unwrap_or_default();
    let writable = match &target {
        Value::ByteArray(_) => true,
        // A memoryview over a bytearray (or array) takes the bytes through slice assignment.
        _ if crate::builtins::types::memoryview::is_memoryview(vm, &target) => {
            let ro = vm.get_attr_str(&target, "readonly")?;
            !vm.truthy(&ro)?
        }
        _ => false,
    };
    if !writable {
        let t = vm.type_name(&target);
        return Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {t}"
        )));
    }
    let want = vm.len(&target)? as i64;
    let chunk = f_read(vm, Args::new(&[Value::File(f.clone()), Value::Int(want)]))?;
    let got = vm.bytes_like(&chunk).unwrap_or_default();
    if let Value::ByteArray(ba) = &target {
        ba.borrow_mut()[..got.len()].copy_from_slice(&got);
    } else {
        let upto = Value::Slice(Rc::new(SliceObj {
            start: Value::None,
            stop: Value::Int(got.len() as i64),
            step: Value::None,
        }));
        vm.set_item(&target, &upto, chunk)?;
    }
    Ok(Value::Int(got.len() as i64))
}

fn f_fileno(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    if f.state.borrow().closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    let st = f.state.borrow();
    let fd = match (st.std, st.file.as_ref()) {
        (Some(s), _) => s as i64,
        (None, Some(file)) => std::os::fd::AsRawFd::as_raw_fd(file) as i64,
        (None, None) => 3,
    };
    Ok(Value::Int(fd))
}

/// The data attributes of a file object (None: not one of them).
pub fn file_attr(f: &FileObj, name: &str) -> Option<Value> {
    Some(match name {
        "name" => f.name.clone(),
        "mode" => Value::str(&f.mode),
        "closed" => Value::from_bool(f.state.borrow().closed),
        "encoding" if !f.binary => Value::str(&text_encoding(f)),
        "errors" if !f.binary => Value::str(&codec_and_errors(&f.state.borrow()).1),
        "line_buffering" if !f.binary => Value::from_bool(false),
        "newlines" if !f.binary => file_newlines(f),
        "buffer" if !f.binary => layer_below(f)?,
        "raw" if f.binary => layer_below(f)?,
        "closefd" if f.raw => Value::from_bool(f.state.borrow().std.is_none()),
        _ => return None,
    })
}

/// The kinds of line ending that reading with universal newlines has met: None, one str, or a
/// tuple of them in the order "\r", "\n", "\r\n".
fn file_newlines(f: &FileObj) -> Value {
    let mut st = f.state.borrow_mut();
    // Universal newlines notes the kinds whether it translates them (newline=None) or not
    // (newline='').
    let universal =
        translates_newlines(f, &st) || (st.newline.as_deref() == Some("") && st.std.is_none());
    if !st.loaded || !universal {
        return Value::None;
    }
    // Reading buffers the whole file, so the decoder has seen all of it.
    let raw = raw_content(&mut st);
    let (mut cr, mut lf, mut crlf) = (false, false, false);
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'\r' if raw.get(i + 1) == Some(&b'\n') => {
                crlf = true;
                i += 1;
            }
            b'\r' => cr = true,
            b'\n' => lf = true,
            _ => {}
        }
        i += 1;
    }
    let kinds: Vec<Value> = [(cr, "\r"), (lf, "\n"), (crlf, "\r\n")]
        .iter()
        .filter(|(seen, _)| *seen)
        .map(|(_, s)| Value::str(s))
        .collect();
    match kinds.len() {
        0 => Value::None,
        1 => kinds[0].clone(),
        _ => Value::tuple(kinds),
    }
}

/// The codec name a text file was opened with, as its `encoding` attribute gives it.
pub fn text_encoding(f: &FileObj) -> String {
    let st = f.state.borrow();
    st.encoding
        .split('\0')
        .next()
        .unwrap_or("utf-8")
        .to_string()
}

fn f_isatty(vm: &mut Vm, a: Args) -> PyResult {
    use std::io::IsTerminal;
    let f = self_file(vm, &a)?;
    let st = f.state.borrow();
    if st.closed {
        drop(st);
        // The raw file's wording: no full stop.
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(Value::from_bool(match st.std {
        Some(STDIN) => std::io::stdin().is_terminal(),
        Some(STDOUT) => std::io::stdout().is_terminal(),
        Some(_) => std::io::stderr().is_terminal(),
        None => st.file.as_ref().is_some_and(|f| f.is_terminal()),
    }))
}

/// `reconfigure(*, encoding, errors, newline, line_buffering, write_through)` of a text file:
/// the codec and error handler apply to what is read and written from now on. Buffering
/// choices change nothing here (the standard streams flush in order anyway).
fn f_reconfigure(vm: &mut Vm, a: Args) -> PyResult {
    let f = self_file(vm, &a)?;
    if f.binary {
        let t = vm.type_name(&a.pos[0]);
        return Err(vm.attribute_error(format!("'{t}' object has no attribute 'reconfigure'")));
    }
    if a.pos.len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    const KEYWORDS: [&str; 5] = [
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ];
    for (k, _) in a.kw.iter() {
        if !KEYWORDS.contains(&k.as_str()) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for reconfigure()",
                k.as_str()
            )));
        }
    }
    if f.state.borrow().closed {
        return Err(closed_error(vm));
    }
    let (mut enc, mut errors) = codec_and_errors(&f.state.borrow());
    if let Some(v) = a.kwarg("encoding").filter(|v| !v.is_none()) {
        let Value::Str(e) = v else {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "reconfigure() argument 'encoding' must be str or None, not {t}"
            )));
        };
        if crate::builtins::types::bytes::codec_of(e.as_str()).is_none() {
            let c = vm.types.lookup_error.clone();
            return Err(vm.new_error(&c, format!("unknown encoding: {}", e.as_str())));
        }
        enc = e.as_str().to_string();
        // A new encoding without errors= goes back to strict, as CPython does.
        errors = "strict".to_string();
    }
    if let Some(v) = a.kwarg("errors").filter(|v| !v.is_none()) {
        let Value::Str(e) = v else {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "reconfigure() argument 'errors' must be str or None, not {t}"
            )));
        };
        errors = e.as_str().to_string();
    }
    let newline = match a.kwarg("newline") {
        None => None,
        Some(Value::None) => Some(None),
        Some(Value::Str(n)) if matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") => {
            Some(Some(n.as_str().to_string()))
        }
        Some(Value::Str(n)) => {
            return Err(vm.value_error(format!("illegal newline value: {}", n.as_str())));
        }
        Some(other) => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!(
                "reconfigure() argument 'newline' must be str or None, not {t}"
            )));
        }
    };
    let mut st = f.state.borrow_mut();
    flush_state(&mut st);
    st.encoding = if errors == "strict" {
        enc
    } else {
        format!("{enc}{ERRORS_MARK}{errors}")
    };
    if let Some(n) = newline {
        st.newline = n;
    }
    Ok(Value::None)
}

/// `readall()` of a raw file: the rest of it.
fn f_readall(vm: &mut Vm, a: Args) -> PyResult {
    f_read(vm, Args::new(&a.pos[..1]))
}

/// The methods of the raw `FileIO`: no text, no buffer (`peek`, `read1`), and `readall`.
pub const RAW_FILE_METHODS: &[(&str, NativeFn)] = &[
    ("read", f_read),
    ("readall", f_readall),
    ("readline", f_readline),
    ("readlines", f_readlines),
    ("readinto", f_readinto),
    ("write", f_write),
    ("writelines", f_writelines),
    ("close", f_close),
    ("flush", f_flush),
    ("__enter__", f_enter),
    ("__exit__", f_exit),
    ("__iter__", f_iter),
    ("__next__", f_next),
    ("seek", f_seek),
    ("tell", f_tell),
    ("truncate", f_truncate),
    ("readable", f_readable),
    ("writable", f_writable),
    ("seekable", f_seekable),
    ("fileno", f_fileno),
    ("isatty", f_isatty),
];

pub const FILE_METHODS: &[(&str, NativeFn)] = &[
    ("reconfigure", f_reconfigure),
    ("read", f_read),
    ("readline", f_readline),
    ("readlines", f_readlines),
    ("write", f_write),
    ("writelines", f_writelines),
    ("close", f_close),
    ("flush", f_flush),
    ("__enter__", f_enter),
    ("__exit__", f_exit),
    ("__iter__", f_iter),
    ("__next__", f_next),
    ("seek", f_seek),
    ("tell", f_tell),
    ("truncate", f_truncate),
    ("readable", f_readable),
    ("writable", f_writable),
    ("seekable", f_seekable),
    ("readinto", f_readinto),
    ("read1", f_read1),
    ("peek", f_peek),
    ("fileno", f_fileno),
    ("isatty", f_isatty),
];

thread_local! {
    /// Every file `open()` made for writing, for [`flush_at_exit`]; an entry dies with its file.
    static OPEN_FOR_WRITING: RefCell<Vec<std::rc::Weak<RefCell<FileState>>>> =
        const { RefCell::new(Vec::new()) };
}

/// Writes out what files still open at exit hold in their buffers. CPython's files flush when
/// its finalization collects them; here a file the program still references (a global, an
/// attribute, a cycle) is never dropped, and its buffered writes would be lost.
pub fn flush_at_exit(_vm: &mut Vm) {
    let files = OPEN_FOR_WRITING.with(|l| std::mem::take(&mut *l.borrow_mut()));
    for state in files.iter().filter_map(std::rc::Weak::upgrade) {
        let Ok(mut st) = state.try_borrow_mut() else {
            continue;
        };
        if !st.closed {
            flush_state(&mut st);
        }
    }
}
