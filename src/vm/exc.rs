//! Exceptions: making them, their text, and CPython-format tracebacks.

use std::rc::Rc;

use super::Vm;
use crate::bytecode::image::Position;
use crate::objects::*;

/// Where a NameError keeps its "Did you mean" hint.
const SUGGESTION_KEY: &str = "__suggestion__";
/// The candidate CPython would suggest for `name` (see [`crate::text::suggest`]).
fn best_suggestion(name: &str, candidates: &[String]) -> Option<String> {
    let refs: Vec<&str> = candidates.iter().map(String::as_str).collect();
    crate::text::suggest::suggest(name, &refs).map(str::to_string)
}

const CAUSE_MESSAGE: &str = "The above exception was the direct cause of the following exception:";
const CONTEXT_MESSAGE: &str = "During handling of the above exception, another exception occurred:";
/// How many members of a group, and how many levels of nested groups, a traceback shows.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// One traceback being printed: what was printed already (chains can loop), how deep in
/// exception groups the printer is, and whether a group's box still needs its bottom line.
#[derive(Default)]
struct TracebackPrint {
    out: String,
    seen: Vec<usize>,
    group_depth: usize,
    need_close: bool,
    /// Entries without their source lines (as CPython prints while shutting down, when it
    /// can no longer read files).
    no_source: bool,
    /// Printed as CPython's default unraisable hook does: `Type: message` even for an empty
    /// message, with neither notes nor "Did you mean" hints.
    unraisable: bool,
}

impl TracebackPrint {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// What starts each line inside a group's box.
    fn margin(&self) -> String {
        if self.group_depth == 0 {
            String::new()
        } else {
            format!("{}| ", self.indent())
        }
    }
}

/// `text.splitlines(keepends=True)`.
/// A character as the Unicode errors name it: always escaped, `\\x78` even for a letter.
fn escaped_code_point(c: char) -> String {
    match crate::text::code_point(c) {
        n @ 0..=0xff => format!("\\x{n:02x}"),
        n @ 0x100..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

fn lines_with_ends(text: &str) -> Vec<&str> {
    let is_break = |c: char| {
        matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        )
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' && matches!(chars.peek(), Some((_, '\n'))) {
                chars.next();
                end += 1;
            }
            out.push(&text[start..end]);
            start = end;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The indentation CPython's traceback printer strips from a source line.
const SOURCE_INDENT: [char; 3] = [' ', '\t', '\x0c'];

/// The line of `~` and `^` CPython 3.11 prints under a traceback's source line (`line`, as
/// in the file) for an instruction spanning `pos`; without the four spaces of indentation.
/// None when the span covers the whole stripped line and has no operator to point at.
///
/// Columns are UTF-8 byte offsets; the carets are placed by display width (a wide East Asian
/// character takes two columns). Under a binary operation the operands get `~` and the
/// operator `^`; under a subscript the value gets `~` and the brackets `^`.
pub(crate) fn caret_line(line: &str, pos: Position) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let byte_to_char = |b: u32| {
        let b = (b as usize).min(line.len());
        // A column inside a character counts it, as CPython's lossy decoding does.
        String::from_utf8_lossy(&line.as_bytes()[..b])
            .chars()
            .count()
    };
    let indent = chars
        .iter()
        .take_while(|c| SOURCE_INDENT.contains(c))
        .count();
    let start = byte_to_char(pos.col);
    let mut end = byte_to_char(pos.end_col);
    let mut anchors = None;
    if pos.line == pos.end_line {
        let seg_start = chars
            .iter()
            .take(start)
            .map(|c| c.len_utf8())
            .sum::<usize>();
        let seg_end = chars.iter().take(end).map(|c| c.len_utf8()).sum::<usize>();
        if let Some(segment) = line.get(seg_start..seg_end.max(seg_start)) {
            anchors = caret_anchors(segment);
        }
    } else {
        end = chars
            .iter()
            .rposition(|c| !SOURCE_INDENT.contains(c) && *c != '\n')
            .map_or(0, |i| i + 1);
    }
    if end <= start || start < indent {
        return None;
    }
    if end - start == chars.len() - indent && anchors.is_none() {
        return None;
    }
    let width = |cs: &[char]| cs.iter().map(|&c| display_width(c)).sum::<usize>();
    let mut out = " ".repeat(width(&chars[indent..start]));
    let span = width(&chars[start..end]);
    match anchors {
        Some((left, right)) => {
            let seg = &chars[start..end];
            let left = width(&seg[..left.min(seg.len())]);
            let right = width(&seg[..right.min(seg.len())]).max(left);
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right - left));
            out.push_str(&"~".repeat(span.saturating_sub(right)));
        }
        None => out.push_str(&"^".repeat(span)),
    }
    Some(out)
}

/// Columns a character takes on a terminal: two for East Asian wide and fullwidth ones.
fn display_width(c: char) -> usize {
    if c.is_ascii() {
        return 1;
    }
    let table = crate::modules::unicodedata_tables::EAST_ASIAN_WIDTH;
    let cp = c as u32;
    let i = table.partition_point(|&(_, end, _)| end < cp);
    match table.get(i) {
        // Indices into the width names: 3 is "W", 5 is "F".
        Some(&(first, _, w)) if first <= cp && (w == 3 || w == 5) => 2,
        _ => 1,
    }
}

/// The `^` part under a source segment, as character offsets into it: the operator of a
/// binary operation, or the brackets of a subscript (see [`caret_line`]). The segment is
/// parsed again, as CPython does; anything else has no anchors.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use ruff_python_ast::{Expr, Stmt};
    use ruff_text_size::Ranged;
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let [Stmt::Expr(stmt)] = &parsed.syntax().body[..] else {
        return None;
    };
    let b = segment.as_bytes();
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\x0c');
    let (left, right) = match &*stmt.value {
        Expr::BinOp(op) => {
            let from = op.left.range().end().to_usize();
            let to = op.right.range().start().to_usize().min(b.len());
            let mut found = None;
            for i in from..to {
                if is_space(b[i]) {
                    continue;
                }
                let two = i + 1 < to && !is_space(b[i + 1]);
                found = Some((i, i + 1 + usize::from(two)));
                // A closing parenthesis of the left operand: the operator comes later.
                if i + 1 < to && b[i] == b')' {
                    continue;
                }
                break;
            }
            found?
        }
        Expr::Subscript(sub) => {
            let mut left = sub.value.range().end().to_usize();
            let mut right = sub.slice.range().end().to_usize() + 1;
            while left < b.len() && b[left] != b'[' {
                left += 1;
            }
            while right < b.len() && b[right] != b']' {
                right += 1;
            }
            if right < b.len() {
                right += 1;
            }
            (left, right)
        }
        _ => return None,
    };
    let chars = |at: usize| {
        String::from_utf8_lossy(&b[..at.min(b.len())])
            .chars()
            .count()
    };
    Some((chars(left), chars(right)))
}

impl Vm {
    /// A new exception instance of `class` with the given args.
    pub fn new_exc_args(&mut self, class: &Rc<Class>, args: Vec<Value>) -> PyErr {
        let inst = Instance {
            class: class.clone().into(),
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

    /// A NameError for `name` looked up by the running frame. Like CPython's it has a `name`;
    /// the "Did you mean" hint (from the frame's locals, globals and the builtins, as CPython
    /// reads them when printing) is worked out now, while that frame is still running.
    pub fn name_error(&mut self, name: &str) -> PyErr {
        let c = self.types.name_error.clone();
        let err = self.new_error(&c, format!("name '{name}' is not defined"));
        if let Some(d) = &err.0.dict {
            d.set_str_raw(self.intern_static("name"), Value::str(name));
            if let Some(s) = self.name_suggestion(name) {
                d.set_str_raw(self.intern_static(SUGGESTION_KEY), Value::string(s));
            }
        }
        err
    }

    /// The error for reading or deleting an unbound local (`free` false: a fast local or a
    /// cell of this frame) or free variable. As in CPython, only the free-variable NameError
    /// carries `name`; UnboundLocalError's stays None.
    pub fn unbound_variable(&mut self, name: &str, free: bool) -> PyErr {
        if !free {
            let c = self.types.unbound_local_error.clone();
            return self.new_error(
                &c,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            );
        }
        let c = self.types.name_error.clone();
        let err = self.new_error(
            &c,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        );
        if let Some(d) = &err.0.dict {
            d.set_str_raw(self.intern_static("name"), Value::str(name));
        }
        err
    }

    fn name_suggestion(&mut self, name: &str) -> Option<String> {
        let frame = self.frames.last().copied()?;
        let code = frame.code_rc();
        let locals: Vec<String> = code
            .varnames
            .iter()
            .map(|n| n.as_str().to_string())
            .collect();
        if let Some(s) = best_suggestion(name, &locals) {
            return Some(s);
        }
        let dict_names = |d: &DictObj| -> Vec<String> {
            d.table
                .borrow()
                .iter()
                .filter_map(|e| match &e.key {
                    Value::Str(k) => Some(k.as_str().to_string()),
                    _ => None,
                })
                .collect()
        };
        let globals = dict_names(&frame.globals());
        if let Some(s) = best_suggestion(name, &globals) {
            return Some(s);
        }
        best_suggestion(name, &dict_names(&self.builtins))
    }

    /// CPython's "Did you mean" hint for an exception of exactly NameError or AttributeError
    /// (printed after the message, never part of `str(exc)`).
    pub fn exc_suggestion(&mut self, err: &PyErr) -> Option<String> {
        let class = err.0.class();
        let d = err.0.dict.clone()?;
        if Rc::ptr_eq(&class, &self.types.name_error) {
            return match d.get_name(SUGGESTION_KEY) {
                Some(Value::Str(s)) => Some(s.as_str().to_string()),
                _ => None,
            };
        }
        if !Rc::ptr_eq(&class, &self.types.attribute_error) {
            return None;
        }
        let (Some(Value::Str(name)), Some(obj)) = (d.get_name("name"), d.get_name("obj")) else {
            return None;
        };
        let dir = self.builtins.get_name("dir")?;
        let listing = self.call(&dir, &[obj], &[]).ok()?;
        let names: Vec<String> = self
            .iterate(&listing)
            .ok()?
            .iter()
            .filter_map(|v| match v {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .collect();
        best_suggestion(name.as_str(), &names)
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

    /// CPython's bare `MemoryError()`, with no args, for an allocation refused up front.
    pub fn memory_error(&mut self) -> PyErr {
        let c = self.types.memory_error.clone();
        self.new_exc_args(&c, vec![])
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
            ErrKind::MemoryError => self.types.memory_error.clone(),
        };
        // CPython raises a bare `MemoryError()`, with no args, when an allocation is refused.
        if e.msg.is_empty() {
            return self.new_exc_args(&class, vec![]);
        }
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
            let frame = self.traceback_frame(e);
            d.set_str_raw(self.intern_static("tb_frame"), frame);
            // Byte offsets of the 4-byte instruction words, as `co_code` and `co_lines()` count.
            let lasti = Value::Int(i64::from(e.lasti) * 4);
            d.set_str_raw(self.intern_static("tb_lasti"), lasti);
            let code_name = Value::Str(e.name.clone());
            d.set_str_raw(self.intern_static("co_name"), code_name);
            d.set_str_raw(
                self.intern_static("co_filename"),
                Value::Str(e.filename.clone()),
            );
            next = Value::Instance(Rc::new(Instance {
                class: cls.clone().into(),
                dict: Some(d),
                slots: Default::default(),
                payload: Payload::None,
            }));
        }
        next
    }

    /// Replaces an exception's traceback (`with_traceback()`, assigning `__traceback__`):
    /// None clears it, a traceback object gives its chain of entries.
    pub fn set_exc_traceback(&mut self, inst: &Instance, tb: &Value) -> PyResult<()> {
        if !tb.is_none() && !Rc::ptr_eq(&self.types.type_of(tb), &self.types.traceback) {
            return Err(self.type_error("__traceback__ must be a traceback or None"));
        }
        let entries = self.traceback_entries(tb);
        if let Some(d) = inst.exc_data() {
            d.borrow_mut().traceback = entries;
        }
        Ok(())
    }

    /// The entries of a traceback object chain, innermost first (as they are recorded).
    fn traceback_entries(&mut self, tb: &Value) -> Vec<TraceEntry> {
        let mut entries = vec![];
        let mut cur = tb.clone();
        while let Value::Instance(t) = &cur
            && let Some(d) = &t.dict
        {
            let get = |vm: &mut Vm, name: &'static str| d.get_str(&vm.intern_static(name));
            let line = match get(self, "tb_lineno") {
                Some(Value::Int(n)) => u32::try_from(n).unwrap_or(0),
                _ => 0,
            };
            let lasti = match get(self, "tb_lasti") {
                Some(Value::Int(n)) => u32::try_from(n / 4).unwrap_or(0),
                _ => 0,
            };
            let code = match get(self, "tb_frame") {
                Some(Value::Instance(f)) => f
                    .dict
                    .as_ref()
                    .and_then(|fd| fd.get_str(&self.intern_static("f_code"))),
                _ => None,
            };
            if let Some(Value::Code(code)) = code {
                entries.push(TraceEntry {
                    filename: code.filename.clone(),
                    line,
                    name: code.name.clone(),
                    code,
                    lasti,
                });
            }
            cur = get(self, "tb_next").unwrap_or(Value::None);
        }
        entries.reverse();
        entries
    }

    /// `exc.__traceback__`: the traceback object chain of an exception (None for others).
    pub fn traceback_of(&mut self, exc: &Value) -> Value {
        let entries = match exc {
            Value::Instance(inst) => match inst.exc_data() {
                Some(d) => d.borrow().traceback.clone(),
                None => return Value::None,
            },
            _ => return Value::None,
        };
        self.make_traceback(&entries)
    }

    /// The `tb_frame` of a traceback entry: a frame record whose `f_code` is the code that
    /// raised, with the entry's line as `f_lineno`.
    fn traceback_frame(&mut self, e: &TraceEntry) -> Value {
        self.frame_record(Value::Code(e.code.clone()), e.line, i64::from(e.lasti) * 4)
    }

    /// A frame record (`f_code`, `f_lineno`) for a traceback entry or a suspended generator.
    pub fn frame_record(&mut self, code: Value, line: u32, lasti: i64) -> Value {
        let d = Rc::new(DictObj::new());
        let items = [
            ("f_code", code),
            ("f_lineno", Value::Int(line as i64)),
            ("f_lasti", Value::Int(lasti)),
            ("f_back", Value::None),
            ("f_locals", Value::Dict(Rc::new(DictObj::new()))),
        ];
        for (k, v) in items {
            d.set_str_raw(self.intern_static(k), v);
        }
        Value::Instance(Rc::new(Instance {
            class: self.types.frame.clone().into(),
            dict: Some(d),
            slots: Default::default(),
            payload: Payload::None,
        }))
    }

    /// Writes (`value` Some) or deletes (None) an attribute that BaseException or a built-in
    /// exception class defines, with CPython's checks and wording. None: `name` is no such
    /// attribute, and the write goes to the instance's `__dict__`.
    pub fn exc_setattr(
        &mut self,
        inst: &Instance,
        name: &str,
        value: Option<&Value>,
    ) -> Option<PyResult<()>> {
        let exc = inst.exc_data()?;
        let Some(v) = value else {
            return self.exc_delattr(inst, name);
        };
        Some(match name {
            "args" => match self.iterate(v) {
                Ok(items) => {
                    exc.borrow_mut().args = Value::tuple(items);
                    Ok(())
                }
                Err(e) => Err(e),
            },
            "__traceback__" => self.set_exc_traceback(inst, v),
            "__cause__" | "__context__" => {
                let ok = match v {
                    Value::None => true,
                    Value::Instance(i) => i.exc_data().is_some(),
                    _ => false,
                };
                if !ok {
                    let what = name.trim_matches('_');
                    return Some(Err(self.type_error(format!(
                        "exception {what} must be None or derive from BaseException"
                    ))));
                }
                let mut e = exc.borrow_mut();
                if name == "__cause__" {
                    e.cause = v.clone();
                    e.suppress_context = true;
                } else {
                    e.context = v.clone();
                }
                Ok(())
            }
            "__suppress_context__" => match v {
                Value::Bool(b) => {
                    exc.borrow_mut().suppress_context = *b == Truth::TRUE;
                    Ok(())
                }
                _ => Err(self.type_error("attribute value type must be bool")),
            },
            _ => return None,
        })
    }

    /// `del` of an exception attribute: the core ones cannot go; the fields of the built-in
    /// subclasses (`SystemExit.code`, `OSError.errno`, ...) read as None afterwards.
    fn exc_delattr(&mut self, inst: &Instance, name: &str) -> Option<PyResult<()>> {
        match name {
            "args" | "__traceback__" | "__cause__" | "__context__" => {
                return Some(Err(self.type_error(format!("{name} may not be deleted"))));
            }
            "__suppress_context__" => {
                return Some(Err(self.type_error("can't delete numeric/char attribute")));
            }
            _ => {}
        }
        let cls = inst.class();
        let t = &self.types;
        let is = |c: &Rc<Class>| cls.is_subclass(c);
        let field = match name {
            "code" => is(&t.system_exit),
            "value" => is(&t.stop_iteration),
            "errno" | "strerror" | "filename" | "filename2" => is(&t.os_error),
            "msg" | "path" => is(&t.import_error),
            "name" => is(&t.import_error) || is(&t.name_error) || is(&t.attribute_error),
            "obj" => is(&t.attribute_error),
            _ => false,
        } || (is(&t.syntax_error)
            && matches!(
                name,
                "msg"
                    | "filename"
                    | "lineno"
                    | "offset"
                    | "text"
                    | "end_lineno"
                    | "end_offset"
                    | "print_file_and_line"
            ));
        if !field {
            return None;
        }
        let d = inst.dict.as_ref()?;
        d.set_str_raw(self.intern(name), Value::None);
        Some(Ok(()))
    }

    /// Is `err` an instance of `class` (or a subclass)?
    pub fn exc_matches(&self, err: &PyErr, class: &Rc<Class>) -> bool {
        err.0.class().is_subclass(class)
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

    /// `BaseException.__repr__`: the class name and the args.
    pub fn exc_repr(&mut self, inst: &Rc<Instance>) -> PyResult<String> {
        let args = self.exc_args(inst);
        let name = inst.class().name();
        Ok(if args.len() == 1 {
            format!("{name}({})", self.repr(&args[0])?)
        } else {
            // Two or more args: the tuple's repr has no trailing comma to drop.
            format!("{name}{}", self.repr(&Value::tuple(args))?)
        })
    }

    /// `str(exception)`.
    pub fn exc_str(&mut self, inst: &Rc<Instance>) -> PyResult<String> {
        let args = self.exc_args(inst);
        if inst.class().is_subclass(&self.types.syntax_error.clone()) {
            // The `msg` attribute (not args[0]), then the file's base name and the line
            // number, each when it is a str or an int.
            // (An exception made without running `__init__` has no `msg`: its first argument.)
            let d = inst.dict.as_ref();
            let msg = d
                .and_then(|d| d.get_name("msg"))
                .or_else(|| args.first().cloned())
                .unwrap_or(Value::None);
            let msg = self.to_str(&msg)?;
            let base = match d.and_then(|d| d.get_name("filename")) {
                Some(Value::Str(f)) => {
                    Some(f.as_str().rsplit('/').next().unwrap_or("").to_string())
                }
                _ => None,
            };
            let line = match d.and_then(|d| d.get_name("lineno")) {
                Some(Value::Int(l)) => Some(l),
                _ => None,
            };
            return Ok(match (base, line) {
                (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
                (Some(f), None) => format!("{msg} ({f})"),
                (None, Some(l)) => format!("{msg} (line {l})"),
                (None, None) => msg,
            });
        }
        if inst.class().is_subclass(&self.types.os_error.clone()) {
            // errno and strerror: assigned attributes, else the first two of two to five
            // arguments; the file names were stored by `__init__` when not None.
            let d = inst.dict.clone();
            let stored = |n: &str| d.as_ref().and_then(|d| d.get_name(n));
            let parsed = (2..=5).contains(&args.len());
            let errno = stored("errno").or_else(|| parsed.then(|| args[0].clone()));
            let strerror = stored("strerror").or_else(|| parsed.then(|| args[1].clone()));
            let file = stored("filename").filter(|f| !f.is_none());
            let file2 = stored("filename2").filter(|f| !f.is_none());
            if let (Some(errno), Some(strerror)) = (&errno, &strerror) {
                let head = format!("[Errno {}] {}", self.to_str(errno)?, self.to_str(strerror)?);
                return Ok(match (file, file2) {
                    (Some(f), Some(f2)) => {
                        format!("{head}: {} -> {}", self.repr(&f)?, self.repr(&f2)?)
                    }
                    (Some(f), None) => format!("{head}: {}", self.repr(&f)?),
                    _ => head,
                });
            }
        }
        if args.len() == 5
            && inst.class().is_subclass(&self.types.unicode_error.clone())
            && let (Value::Str(enc), Value::Int(start), Value::Int(end), Value::Str(reason)) =
                (&args[0], &args[2], &args[3], &args[4])
        {
            let (enc, reason) = (enc.as_str(), reason.as_str());
            let (start, end) = (*start, *end);
            let decode = inst
                .class()
                .is_subclass(&self.types.unicode_decode_error.clone());
            return Ok(match (&args[1], decode) {
                (Value::Str(obj), false) => {
                    if end == start + 1 {
                        let ch = obj.char_at(start.max(0) as usize).unwrap_or('?');
                        let esc = escaped_code_point(ch);
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
        if args.len() == 4
            && inst.class().is_subclass(&self.types.unicode_error.clone())
            && inst
                .class()
                .mro
                .borrow()
                .iter()
                .any(|c| c.name() == "UnicodeTranslateError")
            && let (Value::Str(obj), Value::Int(start), Value::Int(end), Value::Str(reason)) =
                (&args[0], &args[1], &args[2], &args[3])
        {
            let (start, end, reason) = (*start, *end, reason.as_str());
            return Ok(if end == start + 1 {
                let ch = obj.char_at(start.max(0) as usize).unwrap_or('?');
                let esc = escaped_code_point(ch);
                format!("can't translate character '{esc}' in position {start}: {reason}")
            } else {
                format!(
                    "can't translate characters in position {start}-{}: {reason}",
                    end - 1
                )
            });
        }
        if inst.class().is_subclass(&self.types.key_error.clone()) && args.len() == 1 {
            return self.repr(&args[0]);
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => self.to_str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// An exception's type as tracebacks name it: the qualified name (`Bank.Overdrawn` for a
    /// class nested in another), after its module unless that is `builtins` or `__main__`.
    fn exc_type_name(&mut self, err: &PyErr) -> String {
        let class = err.0.class();
        let qualname = class.qualname.borrow().as_str().to_string();
        match class.dict.get_name("__module__") {
            Some(Value::Str(m)) if !matches!(m.as_str(), "builtins" | "__main__") => {
                format!("{}.{qualname}", m.as_str())
            }
            _ => qualname,
        }
    }

    /// The final line of a traceback: `Type: message`.
    pub fn exc_line(&mut self, err: &PyErr) -> String {
        let name = self.exc_type_name(err);
        if err.0.class().is_subclass(&self.types.syntax_error.clone())
            && let Some(msg) = self.syntax_error_message(err)
        {
            // CPython shows the `msg` attribute when the details read as a location (else
            // `str()` of the exception, below); a None message shows only the type.
            if msg.is_none() {
                return name;
            }
            let text = self
                .to_str(&msg)
                .unwrap_or_else(|_| "<exception str() failed>".to_string());
            return if text.is_empty() {
                name
            } else {
                format!("{name}: {text}")
            };
        }
        let mut text = match self.call_str_method(&err.value()) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if let Some(s) = self.exc_suggestion(err) {
            text.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if text.is_empty() {
            name
        } else {
            format!("{name}: {text}")
        }
    }

    /// A SyntaxError's `msg` when its line number is an int and its offset an int or None
    /// (the details CPython's printer needs to show a location); None otherwise.
    fn syntax_error_message(&mut self, err: &PyErr) -> Option<Value> {
        let d = err.0.dict.as_ref()?;
        let int_like = |v: &Option<Value>| matches!(v, Some(Value::Int(_) | Value::Bool(_)));
        if !int_like(&d.get_name("lineno")) {
            return None;
        }
        let offset = d.get_name("offset");
        if !(int_like(&offset) || matches!(offset, Some(Value::None))) {
            return None;
        }
        Some(
            d.get_name("msg")
                .or_else(|| self.exc_args(&err.0).first().cloned())
                .unwrap_or(Value::None),
        )
    }

    fn call_str_method(&mut self, v: &Value) -> PyResult<String> {
        self.to_str(v)
    }

    /// Formats a full traceback, with chained causes and contexts, notes and exception
    /// groups, as CPython prints it.
    pub fn format_traceback(&mut self, err: &PyErr) -> String {
        let mut p = TracebackPrint::default();
        self.print_exception_recursive(&mut p, err);
        p.out
    }

    /// An error nothing can raise further (in `__del__`, closing a generator): reported as
    /// CPython's default unraisable hook does, with its own traceback only (no chained
    /// exceptions), and no source lines when the interpreter is `exiting`.
    pub fn format_unraisable(&mut self, err: &PyErr, exiting: bool) -> String {
        let mut p = TracebackPrint {
            no_source: exiting,
            unraisable: true,
            ..TracebackPrint::default()
        };
        self.print_exception(&mut p, err);
        p.out
    }

    fn print_exception_recursive(&mut self, p: &mut TracebackPrint, err: &PyErr) {
        self.print_cause_and_context(p, err);
        if err
            .0
            .class()
            .is_subclass(&self.types.base_exception_group.clone())
        {
            self.print_exception_group(p, err);
        } else {
            self.print_exception(p, err);
        }
    }

    fn print_cause_and_context(&mut self, p: &mut TracebackPrint, err: &PyErr) {
        p.seen.push(Rc::as_ptr(&err.0) as usize);
        let (cause, context, suppress) = {
            let d = err.exc();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        let (chained, message) = match (&cause, &context) {
            (Value::Instance(c), _) => (c, CAUSE_MESSAGE),
            (_, Value::Instance(c)) if !suppress => (c, CONTEXT_MESSAGE),
            _ => return,
        };
        if p.seen.contains(&(Rc::as_ptr(chained) as usize)) {
            return;
        }
        let need_close = p.need_close;
        self.print_exception_recursive(p, &PyErr(chained.clone()));
        p.need_close = need_close;
        let margin = p.margin();
        p.out
            .push_str(&format!("{margin}\n{margin}{message}\n{margin}\n"));
    }

    /// One exception: its traceback, its `Type: message` line and its notes.
    fn print_exception(&mut self, p: &mut TracebackPrint, err: &PyErr) {
        let margin = p.margin();
        let mut tb = err.exc().traceback.clone();
        // `sys.tracebacklimit`: only the innermost entries, and none at all (not even the
        // header) when it is not positive.
        let limit = match self.sys.dict.get_name("tracebacklimit") {
            Some(Value::Int(n)) => Some(n),
            Some(Value::Bool(b)) => Some(i64::from(b.get())),
            Some(Value::BigInt(b)) if b.sign() == num_bigint::Sign::Minus => Some(0),
            _ => None,
        };
        if let Some(n) = limit {
            tb.truncate(n.max(0) as usize);
        }
        if !tb.is_empty() {
            let is_group = err
                .0
                .class()
                .is_subclass(&self.types.base_exception_group.clone());
            let header = if is_group {
                "Exception Group Traceback (most recent call last):"
            } else {
                "Traceback (most recent call last):"
            };
            let header_margin = if is_group && p.group_depth == 1 {
                format!("{}+ ", p.indent())
            } else {
                margin.clone()
            };
            p.out.push_str(&format!("{header_margin}{header}\n"));
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
                for &e in &entries[k..k + run.min(3)] {
                    p.out.push_str(&format!(
                        "{margin}  File \"{}\", line {}, in {}\n",
                        e.filename.as_str(),
                        e.line,
                        e.name.as_str()
                    ));
                    if !p.no_source
                        && let Some(src) = self.sources.get(e.filename.as_str())
                        && let Some(line) = src.lines().nth(e.line.saturating_sub(1) as usize)
                        && !line.trim().is_empty()
                    {
                        // As CPython's printer: the indentation goes, trailing text stays.
                        let t = line.trim_start_matches(SOURCE_INDENT);
                        p.out.push_str(&format!("{margin}    {t}\n"));
                        let pos = e.code.rec.position_of(e.code.image.bytes(), e.lasti);
                        if let Some(pos) = pos.filter(|pos| pos.line == e.line)
                            && let Some(carets) = caret_line(line, pos)
                        {
                            p.out.push_str(&format!("{margin}    {carets}\n"));
                        }
                    }
                }
                if run > 3 {
                    let more = run - 3;
                    let s = if more == 1 { "" } else { "s" };
                    p.out.push_str(&format!(
                        "{margin}  [Previous line repeated {more} more time{s}]\n"
                    ));
                }
                k += run;
            }
        }
        if err.0.class().is_subclass(&self.types.syntax_error.clone()) {
            for line in self.syntax_error_detail(err).lines() {
                p.out.push_str(&format!("{margin}{line}\n"));
            }
        }
        if p.unraisable {
            let name = self.exc_type_name(err);
            let text = self
                .call_str_method(&err.value())
                .unwrap_or_else(|_| "<exception str() failed>".to_string());
            p.out.push_str(&format!("{margin}{name}: {text}\n"));
            return;
        }
        let line = self.exc_line(err);
        p.out.push_str(&format!("{margin}{line}\n"));
        self.print_notes(p, err);
    }

    /// The `__notes__` under an exception's message line, one margin per line.
    fn print_notes(&mut self, p: &mut TracebackPrint, err: &PyErr) {
        let key = self.intern_static("__notes__");
        let notes = match self.get_attr_opt(&err.value(), &key) {
            Ok(Some(n)) => n,
            _ => return,
        };
        let margin = p.margin();
        let items = if self.is_sequence(&notes) {
            match self.iterate(&notes) {
                Ok(items) => Some(items),
                Err(_) => return,
            }
        } else {
            None
        };
        let Some(items) = items else {
            // Not a sequence: its repr, and (as CPython) no newline after it.
            let text = self
                .repr(&notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            p.out.push_str(&format!("{margin}{text}"));
            return;
        };
        for note in items {
            match self.to_str(&note) {
                Ok(text) => {
                    for line in lines_with_ends(&text) {
                        p.out.push_str(&format!("{margin}{line}"));
                    }
                }
                Err(_) => p.out.push_str("<note str() failed>"),
            }
            p.out.push('\n');
        }
    }

    /// An exception group: its own traceback and message, then each member in a numbered
    /// box, nested groups indented further.
    fn print_exception_group(&mut self, p: &mut TracebackPrint, err: &PyErr) {
        if p.group_depth > MAX_GROUP_DEPTH {
            let margin = p.margin();
            p.out.push_str(&format!(
                "{margin}... (max_group_depth is {MAX_GROUP_DEPTH})\n"
            ));
            return;
        }
        if p.group_depth == 0 {
            p.group_depth += 1;
        }
        self.print_exception(p, err);
        let excs = match &err.exc().group {
            Some((_, Value::Tuple(t))) => t.0.clone(),
            _ => Vec::new(),
        };
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        p.need_close = false;
        for (i, exc) in excs.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                // The closing line may come from a nested group instead.
                p.need_close = true;
            }
            let corner = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            let label = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let indent = p.indent();
            p.out.push_str(&format!(
                "{indent}{corner}+---------------- {label} ----------------\n"
            ));
            p.group_depth += 1;
            if truncated {
                let more = excs.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                let margin = p.margin();
                p.out
                    .push_str(&format!("{margin}and {more} more exception{s}\n"));
            } else if let Value::Instance(e) = exc
                && e.exc_data().is_some()
            {
                self.print_exception_recursive(p, &PyErr(e.clone()));
            }
            if last && p.need_close {
                let indent = p.indent();
                p.out
                    .push_str(&format!("{indent}+------------------------------------\n"));
                p.need_close = false;
            }
            p.group_depth -= 1;
        }
        if p.group_depth == 1 {
            p.group_depth -= 1;
        }
    }

    /// The `File ..., line N` block CPython prints above a SyntaxError: the line (from its
    /// first non-blank character) and a caret run under `offset..end_offset`. As CPython, the
    /// offsets count bytes of the UTF-8 text; only an exact SyntaxError has a caret range
    /// (its subclasses get one caret), and a caret left of the stripped text is not drawn.
    fn syntax_error_detail(&mut self, err: &PyErr) -> String {
        let get = |name: &str| {
            err.0
                .dict
                .as_ref()
                .and_then(|d| d.get_name(name))
                .unwrap_or(Value::None)
        };
        let filename = match get("filename") {
            Value::Str(f) => f.as_str().to_string(),
            Value::None => "<string>".to_string(),
            _ => return String::new(),
        };
        let Value::Int(lineno) = get("lineno") else {
            return String::new();
        };
        let mut s = format!("  File \"{filename}\", line {lineno}\n");
        let Value::Str(text) = get("text") else {
            return s;
        };
        let int_or = |v: Value, d: i64| if let Value::Int(i) = v { i } else { d };
        let offset = int_or(get("offset"), -1);
        let exact = Rc::ptr_eq(&err.0.class(), &self.types.syntax_error);
        let (end_lineno, mut end_offset) = if exact {
            (
                int_or(get("end_lineno"), lineno),
                int_or(get("end_offset"), -1),
            )
        } else {
            (lineno, -1)
        };
        let text = text.as_str();
        let size = text.len() as i64;
        if end_lineno > lineno {
            end_offset = size;
        }
        if end_offset > size + 1 {
            end_offset = size + 1;
        }
        let carets = if end_offset > 0 && end_offset > offset {
            end_offset - offset
        } else {
            1
        };
        let mut offset = offset - 1;
        let mut t = text;
        while let Some(rest) = t.strip_prefix([' ', '\t', '\x0c']) {
            t = rest;
            offset -= 1;
        }
        let mut len = t.len() as i64;
        if t.ends_with('\n') {
            len -= 1;
        }
        offset = offset.min(len);
        while let Some(nl) = t.find('\n') {
            let inl = nl as i64;
            if inl >= offset {
                break;
            }
            t = &t[nl + 1..];
            offset -= inl + 1;
        }
        s.push_str("    ");
        s.push_str(t);
        if !t.ends_with('\n') {
            s.push('\n');
        }
        if offset >= 0 {
            s.push_str("    ");
            s.push_str(&" ".repeat(offset as usize));
            s.push_str(&"^".repeat(carets.max(0) as usize));
            s.push('\n');
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, end_line: u32, col: u32, end_col: u32) -> Position {
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    #[test]
    fn carets_under_part_of_a_line() {
        let line = "    return x[\"k\"] + f(1)";
        // The subscript: the value gets `~`, the brackets `^`.
        assert_eq!(
            caret_line(line, at(1, 1, 11, 17)).as_deref(),
            Some("       ~^^^^^")
        );
        // The binary operation: operands `~`, operator `^`.
        assert_eq!(
            caret_line(line, at(1, 1, 11, 24)).as_deref(),
            Some("       ~~~~~~~^~~~~~")
        );
        // A call: `^` only.
        assert_eq!(
            caret_line(line, at(1, 1, 20, 24)).as_deref(),
            Some("                ^^^^")
        );
        // A two-character operator, after a parenthesized operand.
        assert_eq!(
            caret_line("(a + b) // c", at(1, 1, 0, 12)).as_deref(),
            Some("~~~~~~~~^^~~")
        );
    }

    #[test]
    fn no_carets_for_the_whole_line() {
        assert_eq!(caret_line("    raise ValueError(x)", at(1, 1, 4, 23)), None);
        // Trailing blanks are part of the line CPython measures.
        assert_eq!(
            caret_line("    f(x)  ", at(1, 1, 4, 8)).as_deref(),
            Some("^^^^")
        );
        // An operator is pointed at even when the operation is the whole line.
        assert_eq!(
            caret_line("a + b", at(1, 1, 0, 5)).as_deref(),
            Some("~~^~~")
        );
    }

    #[test]
    fn multi_line_spans_run_to_the_end_of_the_first_line() {
        assert_eq!(
            caret_line("    x = max(1,   ", at(1, 3, 8, 5)).as_deref(),
            Some("    ^^^^^^")
        );
        assert_eq!(caret_line("    max(1,", at(1, 3, 4, 5)), None);
    }

    #[test]
    fn columns_are_bytes_and_widths_are_display_columns() {
        // "é" is two bytes, one column; "日" is three bytes, two columns.
        let line = "s = \"é\" + f(1)";
        assert_eq!(
            caret_line(line, at(1, 1, 11, 15)).as_deref(),
            Some("          ^^^^")
        );
        let line = "s = \"日\" + 1";
        assert_eq!(
            caret_line(line, at(1, 1, 4, 13)).as_deref(),
            Some("    ~~~~~^~~")
        );
        // Columns past the line or out of order draw nothing.
        assert_eq!(caret_line("f()", at(1, 1, 2, 1)), None);
        assert_eq!(caret_line("f()", at(1, 1, 0, 99)), None);
    }
}
