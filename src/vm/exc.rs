//! Exceptions: making them, their text, and CPython-format tracebacks.

use std::rc::Rc;

use super::Vm;
use crate::objects::*;

impl Vm {
    /// A new exception instance of `class` with the given args.
    pub fn new_exc_args(&mut self, class: &Rc<Class>, args: Vec<Value>) -> PyErr {
        let inst = Instance {
            class: class.clone(),
            dict: Some(Rc::new(DictObj::new())),
            slots: Default::default(),
            payload: Payload::Exc(std::cell::RefCell::new(ExcData {
                args: Value::tuple(args),
                cause: Value::None,
                context: Value::None,
                ..Default::default()
            })),
        };
        PyErr(Rc::new(inst))
    }

    pub fn new_error(&mut self, class: &Rc<Class>, msg: impl Into<String>) -> PyErr {
        let m = Value::string(msg.into());
        self.new_exc_args(class, vec![m])
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.type_error.clone();
        self.new_error(&c, msg)
    }

    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.value_error.clone();
        self.new_error(&c, msg)
    }

    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.index_error.clone();
        self.new_error(&c, msg)
    }

    pub fn key_error(&mut self, key: Value) -> PyErr {
        let c = self.types.key_error.clone();
        self.new_exc_args(&c, vec![key])
    }

    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.attribute_error.clone();
        self.new_error(&c, msg)
    }

    pub fn name_error(&mut self, name: &str) -> PyErr {
        let c = self.types.name_error.clone();
        self.new_error(&c, format!("name '{name}' is not defined"))
    }

    pub fn zero_division(&mut self, msg: &str) -> PyErr {
        let c = self.types.zero_division_error.clone();
        self.new_error(&c, msg)
    }

    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.overflow_error.clone();
        self.new_error(&c, msg)
    }

    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.runtime_error.clone();
        self.new_error(&c, msg)
    }

    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let c = self.types.stop_iteration.clone();
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exc_args(&c, args)
    }

    pub fn recursion_error(&mut self) -> PyErr {
        let c = self.types.recursion_error.clone();
        self.new_error(&c, "maximum recursion depth exceeded")
    }

    /// Converts a formatting-library error into the matching Python exception.
    pub fn fmt_error(&mut self, e: crate::format::FmtError) -> PyErr {
        use crate::format::ErrKind;
        let class = match e.kind {
            ErrKind::ValueError => self.types.value_error.clone(),
            ErrKind::TypeError => self.types.type_error.clone(),
            ErrKind::OverflowError => self.types.overflow_error.clone(),
            ErrKind::KeyError => self.types.key_error.clone(),
            ErrKind::IndexError => self.types.index_error.clone(),
            ErrKind::ZeroDivisionError => self.types.zero_division_error.clone(),
        };
        self.new_error(&class, e.msg)
    }

    /// A traceback object chain (`tb_lineno`, `tb_next`, `tb_frame`) for recorded entries,
    /// outermost first; None when there are none.
    pub fn make_traceback(&mut self, entries: &[TraceEntry]) -> Value {
        let cls = self.types.traceback.clone();
        let mut next = Value::None;
        for e in entries {
            let d = Rc::new(DictObj::new());
            d.set_str_raw(self.intern_static("tb_lineno"), Value::Int(e.line as i64));
            d.set_str_raw(self.intern_static("tb_next"), next);
            d.set_str_raw(self.intern_static("tb_frame"), Value::None);
            d.set_str_raw(self.intern_static("tb_lasti"), Value::Int(-1));
            let code_name = Value::Str(e.name.clone());
            d.set_str_raw(self.intern_static("co_name"), code_name);
            d.set_str_raw(
                self.intern_static("co_filename"),
                Value::Str(e.filename.clone()),
            );
            next = Value::Instance(Rc::new(Instance {
                class: cls.clone(),
                dict: Some(d),
                slots: Default::default(),
                payload: Payload::None,
            }));
        }
        next
    }

    /// Is `err` an instance of `class` (or a subclass)?
    pub fn exc_matches(&self, err: &PyErr, class: &Rc<Class>) -> bool {
        err.0.class.is_subclass(class)
    }

    /// Exception args as a vector.
    pub fn exc_args(&self, inst: &Instance) -> Vec<Value> {
        match inst.exc_data() {
            Some(d) => match &d.borrow().args {
                Value::Tuple(t) => t.0.clone(),
                _ => vec![],
            },
            None => vec![],
        }
    }

    /// `str(exception)`.
    pub fn exc_str(&mut self, inst: &Rc<Instance>) -> PyResult<String> {
        let args = self.exc_args(inst);
        if inst.class.is_subclass(&self.types.syntax_error.clone()) && !args.is_empty() {
            let msg = self.to_str(&args[0])?;
            let d = inst.dict.as_ref();
            let file = d.and_then(|d| d.get_name("filename"));
            let line = d.and_then(|d| d.get_name("lineno"));
            return Ok(match (file, line) {
                (Some(Value::Str(f)), Some(Value::Int(l))) => {
                    let base = f.as_str().rsplit('/').next().unwrap_or("").to_string();
                    format!("{msg} ({base}, line {l})")
                }
                _ => msg,
            });
        }
        if inst.class.is_subclass(&self.types.os_error.clone())
            && args.len() >= 2
            && let (Value::Int(errno), Value::Str(msg)) = (&args[0], &args[1])
        {
            let file = inst.dict.as_ref().and_then(|d| d.get_name("filename"));
            let file2 = inst.dict.as_ref().and_then(|d| d.get_name("filename2"));
            return Ok(match (file, file2) {
                (Some(f), Some(f2)) if !f.is_none() && !f2.is_none() => format!(
                    "[Errno {errno}] {}: {} -> {}",
                    msg.as_str(),
                    self.repr(&f)?,
                    self.repr(&f2)?
                ),
                (Some(f), _) if !f.is_none() => {
                    format!("[Errno {errno}] {}: {}", msg.as_str(), self.repr(&f)?)
                }
                _ => format!("[Errno {errno}] {}", msg.as_str()),
            });
        }
        if args.len() == 5
            && inst.class.is_subclass(&self.types.unicode_error.clone())
            && let (Value::Str(enc), Value::Int(start), Value::Int(end), Value::Str(reason)) =
                (&args[0], &args[2], &args[3], &args[4])
        {
            let (enc, reason) = (enc.as_str(), reason.as_str());
            let (start, end) = (*start, *end);
            let decode = inst
                .class
                .is_subclass(&self.types.unicode_decode_error.clone());
            return Ok(match (&args[1], decode) {
                (Value::Str(obj), false) => {
                    if end == start + 1 {
                        let ch = obj.char_at(start.max(0) as usize).unwrap_or('?');
                        let esc = crate::builtins::ascii_escape(&ch.to_string());
                        format!(
                            "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
                        )
                    } else {
                        format!(
                            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                            end - 1
                        )
                    }
                }
                (obj, true) => {
                    let data = self.bytes_like(obj).unwrap_or_default();
                    if end == start + 1 {
                        let b = data.get(start.max(0) as usize).copied().unwrap_or(0);
                        format!(
                            "'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
                        )
                    } else {
                        format!(
                            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                            end - 1
                        )
                    }
                }
                _ => reason.to_string(),
            });
        }
        if inst.class.is_subclass(&self.types.key_error.clone()) && args.len() == 1 {
            return self.repr(&args[0]);
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => self.to_str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// The final line of a traceback: `Type: message`.
    pub fn exc_line(&mut self, err: &PyErr) -> String {
        let class = err.0.class.clone();
        let mut name = class.name();
        if let Some(Value::Str(m)) = class.dict.get_name("__module__")
            && !matches!(m.as_str(), "builtins" | "__main__")
        {
            name = format!("{}.{}", m.as_str(), class.qualname.borrow().as_str());
        }
        if class.is_subclass(&self.types.syntax_error.clone()) {
            let args = self.exc_args(&err.0);
            if let Some(Value::Str(m)) = args.first() {
                return format!("{name}: {}", m.as_str());
            }
        }
        let text = match self.call_str_method(&err.value()) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if text.is_empty() {
            name
        } else {
            format!("{name}: {text}")
        }
    }

    fn call_str_method(&mut self, v: &Value) -> PyResult<String> {
        self.to_str(v)
    }

    /// Formats a full traceback, with chained causes and contexts, as CPython prints it.
    pub fn format_traceback(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut seen: Vec<usize> = Vec::new();
        self.format_chain(err, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, err: &PyErr, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(Rc::as_ptr(&err.0) as usize);
        let (cause, context, suppress) = {
            let d = err.exc();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        if let Value::Instance(c) = &cause {
            if !seen.contains(&(Rc::as_ptr(c) as usize)) {
                self.format_chain(&PyErr(c.clone()), out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Value::Instance(c), false) = (&context, suppress)
            && !seen.contains(&(Rc::as_ptr(c) as usize))
        {
            self.format_chain(&PyErr(c.clone()), out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        let tb = err.exc().traceback.clone();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // Like CPython, a run of identical entries (deep recursion) prints three times,
            // then one line saying how often it repeats.
            let entries: Vec<&TraceEntry> = tb.iter().rev().collect();
            let mut k = 0;
            while k < entries.len() {
                let e = entries[k];
                let mut run = 1;
                while k + run < entries.len() {
                    let n = entries[k + run];
                    if n.line == e.line
                        && n.filename.as_str() == e.filename.as_str()
                        && n.name.as_str() == e.name.as_str()
                    {
                        run += 1;
                    } else {
                        break;
                    }
                }
                for _ in 0..run.min(3) {
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        e.filename.as_str(),
                        e.line,
                        e.name.as_str()
                    ));
                    if let Some(src) = self.sources.get(e.filename.as_str())
                        && let Some(line) = src.lines().nth(e.line.saturating_sub(1) as usize)
                    {
                        let t = line.trim();
                        if !t.is_empty() {
                            out.push_str(&format!("    {t}\n"));
                        }
                    }
                }
                if run > 3 {
                    let more = run - 3;
                    let s = if more == 1 { "" } else { "s" };
                    out.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
                }
                k += run;
            }
        }
        if err.0.class.is_subclass(&self.types.syntax_error.clone()) {
            out.push_str(&self.syntax_error_detail(err));
        }
        let line = self.exc_line(err);
        out.push_str(&line);
        out.push('\n');
        // Notes added with `add_note()` follow the exception line, one per line.
        let notes = err.0.dict.as_ref().and_then(|d| d.get_name("__notes__"));
        if let Some(notes) = notes {
            match &notes {
                Value::List(_) | Value::Tuple(_) => {
                    for note in self.iterate(&notes).unwrap_or_default() {
                        let text = self
                            .to_str(&note)
                            .unwrap_or_else(|_| "<note str() failed>".to_string());
                        out.push_str(&text);
                        out.push('\n');
                    }
                }
                other => {
                    let text = self.repr(other).unwrap_or_default();
                    out.push_str(&text);
                    out.push('\n');
                }
            }
        }
    }

    /// The `File ..., line N` block CPython prints above a SyntaxError.
    fn syntax_error_detail(&mut self, err: &PyErr) -> String {
        let get = |name: &str| {
            err.0
                .dict
                .as_ref()
                .and_then(|d| d.get_name(name))
                .unwrap_or(Value::None)
        };
        let filename = get("filename");
        let lineno = get("lineno");
        let text = get("text");
        let offset = get("offset");
        let mut s = String::new();
        if let (Value::Str(f), Value::Int(l)) = (&filename, &lineno) {
            s.push_str(&format!("  File \"{}\", line {}\n", f.as_str(), l));
            if let Value::Str(t) = &text {
                let raw = t.as_str().trim_end_matches('\n');
                let trimmed = raw.trim_start();
                let indent = raw.chars().count() - trimmed.chars().count();
                s.push_str(&format!("    {trimmed}\n"));
                if let Value::Int(o) = offset {
                    let col = (o as usize).saturating_sub(1).saturating_sub(indent);
                    s.push_str(&format!("    {}^\n", " ".repeat(col)));
                }
            }
        }
        s
    }
}
