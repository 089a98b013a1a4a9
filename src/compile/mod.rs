//! The compiler: ruff's AST to code images.
//!
//! One module compiles to one image (see `bytecode::image`); code unit 0 is the module body.
//! The compiler owns no runtime state and never touches Python objects.

mod expr;
mod fold;
mod pattern;
mod stmt;
pub mod symtable;

use std::collections::HashMap;

use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextRange};

use crate::bytecode::image::{CodeUnit, ImageBuilder, Position};
use crate::bytecode::{Const, ExcEntry, MAX_ARG, Op, code_flags, encode, stack_effect};
use symtable::{Access, ScopeKind, SymbolTable};

/// What kind of source is compiled, as `compile()`'s mode argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
}

/// A syntax error with CPython's wording where we know it.
#[derive(Debug, Clone)]
pub struct CompileError {
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    /// 1-based column of the caret.
    pub col: u32,
    /// CPython's `end_offset`: 0 or -1 where CPython gives no end.
    pub end_col: i32,
    pub text: Option<String>,
}

thread_local! {
    /// The `SyntaxWarning`s of the compilation under way, formatted as Python's warnings
    /// module shows them.
    static WARNINGS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Compiles source text into a code image. The compiler's `SyntaxWarning`s (`x is 1`,
/// `assert (x, "msg")`, `"abc"["x"]`, ...) go to stderr as they are found, as in CPython.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Vec<u8>, CompileError> {
    let (r, warnings) = compile_collecting(source, filename, mode);
    if !warnings.is_empty() {
        use std::io::Write;
        let mut err = std::io::stderr().lock();
        for w in warnings {
            let _ = err.write_all(w.as_bytes());
        }
        let _ = err.flush();
    }
    r
}

/// Compiles as [`compile`] does, handing back the `SyntaxWarning`s (formatted as the warnings
/// module shows them) instead of printing them: the build script uses it, since a module that
/// warns must be compiled when it is imported, for the warning to be seen then.
pub fn compile_collecting(
    source: &str,
    filename: &str,
    mode: Mode,
) -> (Result<Vec<u8>, CompileError>, Vec<String>) {
    WARNINGS.with(|w| w.borrow_mut().clear());
    let source = &*universal_newlines(source);
    let r = compile_image(source, filename, mode).map_err(|(e, stage)| {
        let e = settle_end(source, mode, e, stage);
        let e = error_text(source, filename, e, stage);
        eval_text(source, mode, e)
    });
    let warnings = WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()));
    (r, warnings)
}

/// The source as CPython's tokenizer reads it: `\r\n` and a lone `\r` end a line as `\n`
/// does, and become `\n` before anything else sees them (line numbers, string literals).
pub fn universal_newlines(source: &str) -> std::borrow::Cow<'_, str> {
    if source.contains('\r') {
        source.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        source.into()
    }
}

/// Queues a `SyntaxWarning` as the warnings module shows it: the line's text (when quoted)
/// under the location.
fn push_warning(filename: &str, line: u32, msg: &str, text: Option<String>) {
    WARNINGS.with(|w| {
        w.borrow_mut().push(format!(
            "{filename}:{line}: SyntaxWarning: {msg}\n{}",
            match text {
                Some(t) if !t.trim().is_empty() => format!("  {}\n", t.trim()),
                _ => String::new(),
            }
        ))
    });
}

/// Which part of CPython raises an error, which decides the `text` it carries.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// The tokenizer or parser: the line as read, with its newline (the tokenizer's own
    /// errors quote it without).
    Parser,
    /// A parser error found while the tokenizer was on the given line: a line before it is
    /// quoted without its newline.
    ParserAt(u32),
    /// The symbol table or compiler: the line is read back from the file, so a source with no
    /// file (`<string>`) has no text.
    Compiler,
}

/// CPython's `end_offset` for an error of the tokenizer or parser, which depends on the kind
/// of error: a tokenizer error ends where it starts, an unclosed bracket has no end (0), an
/// error at an indentation token has none either (-1), and "invalid syntax" spans the token it
/// stops at (an end of line is an empty token there).
fn settle_end(source: &str, mode: Mode, mut e: CompileError, stage: Stage) -> CompileError {
    if stage == Stage::Compiler {
        return e;
    }
    let m = e.msg.as_str();
    let at = byte_at(source, e.line, e.col);
    let rest_blank = source.get(at..).is_none_or(|r| r.trim().is_empty());
    let col = e.col as i32;
    e.end_col = if m.ends_with("' was never closed")
        || m == "unexpected character after line continuation character"
        || m == "':' expected after dictionary key"
        || m == "inconsistent use of tabs and spaces in indentation"
    {
        0
    } else if m == "unexpected indent"
        || m == "unexpected unindent"
        || m == "unexpected EOF while parsing"
        || m.starts_with("unindent does not match")
        || (m == "expected 'except' or 'finally' block" && rest_blank)
        || (m.starts_with("expected an indented block") && rest_blank)
    {
        -1
    } else if m.starts_with("unterminated ")
        || m.starts_with("invalid character '")
        || m.starts_with("invalid non-printable character")
        || m.starts_with("invalid digit '")
        || (m.starts_with("invalid ") && m.ends_with(" literal"))
        || m.starts_with("unmatched '")
        || m.starts_with("closing parenthesis '")
    {
        col
    } else if m.starts_with("f-string: expecting '")
        || m == "f-string: empty expression not allowed"
        || m == "f-string: single '}' is not allowed"
        || m == "f-string: expressions nested too deeply"
        || m == "f-string: unmatched ')'"
        || m.starts_with("f-string: expression required before")
        || m.starts_with("f-string: invalid conversion character")
        || m.starts_with("f-string expression part cannot include")
    {
        // 3.11 parses an f-string's fields once the parser has read the token after the
        // string, and reports that token.
        col + token_chars(source, at) as i32
    } else if m == "invalid syntax"
        || m == "expected ':'"
        || m.starts_with("expected an indented block")
        || m == "expected 'except' or 'finally' block"
    {
        col + token_chars(source, at) as i32
    } else if m.ends_with(" here. Maybe you meant '==' instead of '='?") {
        // The operand before the `=` (all of a parenthesized one).
        let before = source[..at].trim_end();
        let close = expr_scan::group_end(source, before.len().saturating_sub(1)).saturating_sub(1);
        let end = if before.ends_with('(')
            && source
                .get(close + 1..)
                .is_some_and(|r| r.trim_start().starts_with('='))
        {
            at + source.get(at..close).map_or(0, |t| t.trim_end().len())
        } else {
            expr_scan::scan_end(source, at, expr_scan::Level::BitwiseOr)
        };
        let end = end.max(at + 1);
        col + source[at..end].chars().count() as i32
    } else if (m.starts_with("cannot assign to ")
        || m.starts_with("cannot delete ")
        || m.ends_with(" is an illegal expression for augmented assignment")
        || m == "Generator expression must be parenthesized"
        || m == "assignment to yield expression not possible"
        || m.starts_with("expression cannot contain assignment"))
        && let Some(end) = expression_end_at(source, mode, at)
        && !m.starts_with("expression cannot contain assignment")
    {
        // The offending expression's extent, on its first line (an augmented target ends
        // before its operator).
        let mut line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
        if m.ends_with(" is an illegal expression for augmented assignment")
            && let Some(op) = augmented_operator(&source[at..line_end])
        {
            line_end = at + source[at..at + op].trim_end().len();
        }
        col + source[at..end.min(line_end)].chars().count() as i32
    } else if m.starts_with("invalid syntax. Maybe you meant '==' or ':='")
        && let Some(end) = assigned_value_end(source, at)
        && !source[end..].trim_start().starts_with("for ")
        && !source[end..].trim_start().starts_with("async ")
    {
        // `name = value` where an expression is wanted: both sides.
        col + source[at..end].chars().count() as i32
    } else if (m.starts_with("expression cannot contain assignment")
        || (m.starts_with("cannot assign to ")
            && source[..at]
                .trim_end_matches([' ', '\t'])
                .ends_with(['(', ','])))
        && let Some(eq) = source[at..].split('\n').next().and_then(|l| l.find('='))
    {
        // A keyword argument with an expression for its name: up to the `=`.
        col + source[at..at + eq + 1].chars().count() as i32
    } else if m.starts_with("Missing parentheses in call to ") {
        // From the name to the end of the expressions after it.
        let end = legacy_call_end(source, at).unwrap_or_else(|| {
            let line = source[at..].split('\n').next().unwrap_or("");
            at + line.split('#').next().unwrap_or("").trim_end().len()
        });
        col + source[at..end].chars().count() as i32
    } else {
        e.end_col
    };
    e
}

/// The end of the widest expression that starts at byte `at`, read by the parser's recovery
/// (the source has a syntax error).
pub(crate) fn expression_end_at(source: &str, mode: Mode, at: usize) -> Option<usize> {
    use ast::visitor::{Visitor, walk_expr};
    struct Widest {
        at: usize,
        end: Option<usize>,
    }
    impl<'a> Visitor<'a> for Widest {
        fn visit_expr(&mut self, expr: &'a ast::Expr) {
            let (start, end) = (
                expr.range().start().to_usize(),
                expr.range().end().to_usize(),
            );
            if start > self.at || end < self.at {
                return;
            }
            if start == self.at && end > self.at {
                self.end = Some(self.end.map_or(end, |e| e.max(end)));
            }
            walk_expr(self, expr);
        }
    }
    let options = ruff_python_parser::ParseOptions::from(match mode {
        Mode::Exec => ruff_python_parser::Mode::Module,
        Mode::Eval => ruff_python_parser::Mode::Expression,
    })
    .with_target_version(ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let mut v = Widest { at, end: None };
    match parsed.syntax() {
        ast::Mod::Module(m) => v.visit_body(&m.body),
        ast::Mod::Expression(e) => v.visit_expr(&e.body),
    }
    v.end
}

/// The end of the expressions after the legacy statement word (`print`, `exec`) at byte `at`,
/// as CPython's `star_expressions` reads them on that line: a tuple, not a generator's `for`
/// nor an assignment's `=`.
fn legacy_call_end(source: &str, at: usize) -> Option<usize> {
    let line = source[at..].split('\n').next().unwrap_or("");
    let word = line.find([' ', '\t'])?;
    let skip = line[word..].len() - line[word..].trim_start().len();
    let start = word + skip;
    let tail = &line[start..];
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module)
        .with_target_version(ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(tail, options);
    let ast::Mod::Module(m) = parsed.syntax() else {
        return None;
    };
    let end = match m.body.first()? {
        ast::Stmt::Expr(e) => match &*e.value {
            ast::Expr::Generator(g) if !g.parenthesized => g.elt.range().end(),
            v => v.range().end(),
        },
        ast::Stmt::Assign(a) => a.targets.first()?.range().end(),
        ast::Stmt::AugAssign(a) => a.target.range().end(),
        ast::Stmt::AnnAssign(a) => a.target.range().end(),
        _ => return None,
    };
    Some(at + start + end.to_usize())
}

/// The offset in `line` of its first augmented-assignment operator outside brackets.
fn augmented_operator(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let mut depth = 0i32;
    for i in 0..b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b'=' if depth == 0 && i > 0 && b.get(i + 1) != Some(&b'=') => {
                let p = b[i - 1];
                if b"+-*/%&|^@".contains(&p) {
                    let mut s = i - 1;
                    if s > 0 && matches!(p, b'*' | b'/') && b[s - 1] == p {
                        s -= 1;
                    }
                    return Some(s);
                }
                if matches!(p, b'<' | b'>') && i >= 2 && b[i - 2] == p {
                    return Some(i - 2);
                }
            }
            _ => {}
        }
    }
    None
}

/// The end of the value in `target = value` (on one line) for a target at byte `at`.
fn assigned_value_end(source: &str, at: usize) -> Option<usize> {
    let line = source[at..].split('\n').next().unwrap_or("");
    let b = line.as_bytes();
    let eq = (0..b.len()).find(|&i| {
        b[i] == b'=' && b.get(i + 1) != Some(&b'=') && (i == 0 || !b"=!<>:".contains(&b[i - 1]))
    })?;
    let skip = line[eq + 1..].len() - line[eq + 1..].trim_start().len();
    let value = at + eq + 1 + skip;
    // CPython's rule reads one operand (a `bitwise_or`) after the `=`.
    Some(expr_scan::scan_end(
        source,
        value,
        expr_scan::Level::BitwiseOr,
    ))
    .filter(|&e| e > value && e <= at + line.len())
}

/// The byte offset of a 1-based line and character column.
fn byte_at(source: &str, line: u32, col: u32) -> usize {
    let start: usize = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let text = source.get(start..).unwrap_or("");
    start
        + text
            .char_indices()
            .nth(col.saturating_sub(1) as usize)
            .map_or(text.len(), |(i, _)| i)
}

/// The length in characters of the token starting at `at` as CPython's tokenizer reads it: an
/// end of line (or a comment, or the end of the source) is an empty token.
fn token_chars(source: &str, at: usize) -> usize {
    let rest = source.get(at..).unwrap_or("");
    let Some(c) = rest.chars().next() else {
        return 0;
    };
    let word = |r: &str| {
        r.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .count()
    };
    if matches!(c, '\n' | '\r' | '#') {
        return 0;
    }
    if c.is_alphabetic() || c == '_' {
        let n = word(rest);
        // A string prefix: the string follows.
        let after = &rest[rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i)..];
        if n <= 2 && after.starts_with(['\'', '"']) {
            return n + string_chars(after);
        }
        return n;
    }
    if c.is_ascii_digit() || (c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit())) {
        let b = rest.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let ch = b[i];
            let exponent_sign =
                (ch == b'+' || ch == b'-') && i > 0 && matches!(b[i - 1], b'e' | b'E');
            if ch.is_ascii_alphanumeric() || ch == b'_' || ch == b'.' || exponent_sign {
                i += 1;
            } else {
                break;
            }
        }
        return i;
    }
    if c == '\'' || c == '"' {
        return string_chars(rest);
    }
    const OPS: [&str; 25] = [
        "**=", "//=", ">>=", "<<=", "...", "!=", "==", "<=", ">=", "->", ":=", "**", "//", "<<",
        ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "<>",
    ];
    OPS.iter()
        .find(|op| rest.starts_with(*op))
        .map_or(1, |op| op.len())
}

/// The length in characters of the string literal at the start of `s` (to the end of its line
/// when it is not closed there).
fn string_chars(s: &str) -> usize {
    let quote = if s.starts_with("'''") || s.starts_with("\"\"\"") {
        &s[..3]
    } else {
        &s[..1]
    };
    let mut i = quote.len();
    let b = s.as_bytes();
    // Scanned by bytes (an escape may skip into a multi-byte character); characters are
    // counted as the bytes that start one.
    let chars_before = |end: usize| {
        b[..end.min(b.len())]
            .iter()
            .filter(|&&c| c & 0xC0 != 0x80)
            .count()
    };
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i..].starts_with(quote.as_bytes()) {
            return chars_before(i + quote.len());
        }
        if b[i] == b'\n' && quote.len() == 1 {
            break;
        }
        i += 1;
    }
    chars_before(i)
}

/// `eval()` source is not given a final newline as `exec` source is: the quoted line is as
/// written, and an error at its very end (the end marker) has no column.
fn eval_text(source: &str, mode: Mode, mut e: CompileError) -> CompileError {
    if mode != Mode::Eval || source.ends_with('\n') {
        return e;
    }
    if source.trim().is_empty() && e.msg == "invalid syntax" {
        // Nothing to read: the end marker comes before any line.
        e.line = 0;
        e.col = 0;
        e.end_col = 0;
        e.text = Some(String::new());
        return e;
    }
    let last = source.split('\n').count() as u32;
    if e.line == last
        && let Some(t) = &mut e.text
    {
        if t.ends_with('\n') {
            t.pop();
        }
        if byte_at(source, e.line, e.col) >= source.trim_end().len() && e.msg == "invalid syntax" {
            e.col = 0;
            e.end_col = 0;
        }
    }
    e
}

fn error_text(source: &str, filename: &str, mut e: CompileError, stage: Stage) -> CompileError {
    match stage {
        Stage::Compiler if filename.starts_with('<') => e.text = None,
        Stage::Compiler => {
            if let Some(t) = &mut e.text {
                t.push('\n');
            }
        }
        Stage::Parser | Stage::ParserAt(_) => {
            let m = e.msg.as_str();
            let earlier = matches!(stage, Stage::ParserAt(l) if e.line < l);
            let last_line = source.trim_end().lines().count() as u32;
            let tokenizer = m.starts_with("unmatched '")
                || m.starts_with("closing parenthesis '")
                || m.starts_with("unterminated ")
                || m.starts_with("invalid character '")
                || m.starts_with("invalid non-printable character")
                || m.starts_with("leading zeros in decimal")
                || (m.starts_with("invalid ") && m.ends_with(" literal"))
                || m == "too many nested parentheses"
                || (earlier && m == "invalid syntax. Perhaps you forgot a comma?")
                || (m.ends_with("' was never closed") && (earlier || e.line < last_line));
            if !tokenizer && let Some(t) = &mut e.text {
                t.push('\n');
            }
        }
    }
    e
}

fn compile_image(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Vec<u8>, (CompileError, Stage)> {
    let lines = LineIndex::new(source);
    for (line, msg) in errors::glued_keyword_warnings(source, mode) {
        let text = if filename.starts_with('<') {
            None
        } else {
            lines.text(source, line as u32)
        };
        push_warning(filename, line as u32, &msg, text);
    }
    if let Some(at) = errors::too_deep(source) {
        let (line, col) = lines.line_col(at as u32);
        return Err((
            CompileError {
                kind: "SyntaxError",
                msg: "too many nested parentheses".into(),
                filename: filename.to_string(),
                line,
                col,
                end_col: (col + 1) as i32,
                text: lines.text(source, line),
            },
            Stage::Parser,
        ));
    }
    // CPython 3.11's grammar: ruff reports newer syntax as unsupported for this target.
    let options = ruff_python_parser::ParseOptions::from(match mode {
        Mode::Exec => ruff_python_parser::Mode::Module,
        Mode::Eval => ruff_python_parser::Mode::Expression,
    })
    .with_target_version(ast::PythonVersion::PY311);
    // CPython 3.11 tokenizes (and reads f-strings) differently from ruff. Its tokenizer errors
    // win over any parser error (after one, CPython tokenizes on to look for them), and its
    // f-string errors win when the f-string starts before (or holds) the place ruff stops at.
    let scan = fstring311::scan(source, filename, &lines);
    let parsed = match ruff_python_parser::parse(source, options) {
        Ok(p) => p,
        Err(e) => {
            let at = e.location.start().to_usize();
            let lexical = matches!(e.error, ruff_python_parser::ParseErrorType::Lexical(_))
                || errors::unexpected_indent(source, &e);
            if let Some(t) = scan.tokenizer
                && (!lexical || t.string_start <= at)
            {
                return Err((t.error, Stage::Parser));
            }
            if let Some(f) = scan.fstring
                && f.string_start <= at
            {
                return Err((f.error, Stage::Parser));
            }
            if mode == Mode::Eval
                && !lexical
                && source.contains(['\n', ' ', '\t', '\x0c'])
                && let Some(pos) = errors::first_indent(source)
                && pos <= at
            {
                let line = lines.line(pos as u32);
                let text = lines.text(source, line).unwrap_or_default();
                let indent = text.len() - text.trim_start().len();
                return Err((
                    CompileError {
                        kind: "IndentationError",
                        msg: "unexpected indent".into(),
                        filename: filename.to_string(),
                        line,
                        col: indent as u32,
                        end_col: -1,
                        text: Some(text),
                    },
                    Stage::Parser,
                ));
            }
            // The tokenizer's current line: where ruff stopped, or the last line at the end.
            let stop = at.min(source.trim_end().len());
            let read_line = lines.line_col(stop as u32).0;
            return Err((
                crate::compile::syntax_error_from_parse(source, filename, &lines, &e),
                Stage::ParserAt(read_line),
            ));
        }
    };
    if let Some(t) = scan.tokenizer {
        return Err((t.error, Stage::Parser));
    }
    if let Some(e) = errors::tab_error(source, filename, &lines, parsed.tokens()) {
        return Err((e, Stage::Parser));
    }
    if let Some(e) = limits::too_many_indents(source, filename, &lines, parsed.tokens()) {
        return Err((e, Stage::Parser));
    }
    if let Some(f) = scan.fstring {
        let newer_first = parsed
            .unsupported_syntax_errors()
            .iter()
            .any(|u| u.range.start().to_usize() < f.string_start);
        if !newer_first {
            return Err((f.error, Stage::Parser));
        }
    }
    if let Some(e) = limits::unsupported_syntax(
        source,
        filename,
        &lines,
        parsed.tokens(),
        parsed.unsupported_syntax_errors(),
    ) {
        return Err((e, Stage::Parser));
    }
    let module = match parsed.into_syntax() {
        ast::Mod::Module(m) => m,
        ast::Mod::Expression(e) => ast::ModModule {
            node_index: Default::default(),
            range: e.range,
            body: vec![ast::Stmt::Return(ast::StmtReturn {
                node_index: Default::default(),
                range: e.range,
                value: Some(e.body),
            })]
            .into(),
        },
    };
    let deep = match (mode, module.body.first()) {
        (Mode::Eval, Some(ast::Stmt::Return(r))) => {
            limits::too_deep_tree(&[], r.value.as_deref(), filename)
        }
        _ => limits::too_deep_tree(&module.body, None, filename),
    };
    if let Some(e) = deep {
        return Err((e, Stage::Parser));
    }
    let table = SymbolTable::build(&module).map_err(|e| {
        let mut at = e.range.start().to_u32();
        if e.msg == symtable::ELSE_WITHOUT_EXCEPT {
            let gap = source.get(e.range.start().to_usize()..e.range.end().to_usize());
            if let Some(i) = gap.and_then(|g| g.find("else")) {
                at += i as u32;
            }
        }
        let (line, col) = lines.line_col(at);
        let (eline, ecol) = lines.line_col(e.range.end().to_u32());
        let stage = if e.msg == symtable::ELSE_WITHOUT_EXCEPT {
            Stage::Parser
        } else {
            Stage::Compiler
        };
        let e = CompileError {
            kind: "SyntaxError",
            msg: e.msg,
            filename: filename.to_string(),
            line,
            col,
            end_col: if eline == line && ecol > col {
                (ecol) as i32
            } else {
                (col + 1) as i32
            },
            text: lines.text(source, line),
        };
        (e, stage)
    })?;
    let mut c = Compiler {
        source,
        filename: filename.to_string(),
        lines,
        table,
        units: Vec::new(),
        stack: Vec::new(),
        mode,
        future_annotations: false,
        const_sets: HashMap::new(),
    };
    c.module(&module).map_err(|e| (e, Stage::Compiler))?;
    Ok(ImageBuilder::build(&c.units))
}

/// Byte offset to line/column conversion.
pub struct LineIndex {
    starts: Vec<u32>,
    text: Option<Box<str>>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        // Columns count characters: a non-ASCII source keeps its text to count them.
        let text = (!src.is_ascii()).then(|| Box::from(src));
        LineIndex { starts, text }
    }

    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based line and 1-based column in characters.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.starts[(line - 1) as usize];
        let chars = self
            .text
            .as_deref()
            .and_then(|t| t.get(start as usize..offset as usize))
            .map(|s| s.chars().count() as u32);
        (line, chars.unwrap_or(offset.saturating_sub(start)) + 1)
    }

    /// Byte offset where 1-based `line` starts (the end of the source past the last line).
    pub fn line_start(&self, line: u32) -> u32 {
        let i = line.saturating_sub(1) as usize;
        self.starts
            .get(i)
            .or(self.starts.last())
            .copied()
            .unwrap_or(0)
    }

    /// The `co_positions()` span of a byte range: lines and UTF-8 byte columns.
    pub fn position(&self, range: TextRange) -> Position {
        let (start, end) = (range.start().to_u32(), range.end().to_u32());
        let line = self.line(start);
        let end_line = self.line(end).max(line);
        Position {
            line,
            end_line,
            col: start - self.line_start(line),
            end_col: end.saturating_sub(self.line_start(end_line)),
        }
    }

    pub fn line_count(&self) -> u32 {
        self.starts.len() as u32
    }

    pub fn text(&self, src: &str, line: u32) -> Option<String> {
        let i = line.checked_sub(1)? as usize;
        let start = *self.starts.get(i)? as usize;
        let end = self
            .starts
            .get(i + 1)
            .map(|&e| e as usize)
            .unwrap_or(src.len());
        Some(
            src.get(start..end)?
                .trim_end_matches(['\n', '\r'])
                .to_string(),
        )
    }
}

mod errors;
mod expr_scan;
mod fstring311;
mod limits;
pub use errors::syntax_error_from_parse;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(usize);

#[derive(Clone, Copy)]
struct Handler {
    label: Label,
    depth: i32,
}

/// A construct the compiler is inside of, for `break`, `continue` and `return` to unwind.
#[derive(Clone)]
pub(crate) enum Block<'a> {
    /// A `for` loop keeps its iterator on the stack; `while` does not.
    Loop {
        cont: Label,
        brk: Label,
        is_for: bool,
        handlers: usize,
    },
    /// Inside a `try` body with a `finally`.
    TryFinally {
        body: &'a [ast::Stmt],
        handlers: usize,
    },
    /// Inside a `finally` body run for an exception: `[prev_exc, exc]` on the stack.
    FinallyExc { handlers: usize },
    /// Inside an `except` body: `[prev_exc]` on the stack; `name` to unbind on exit.
    ExceptBody {
        name: Option<String>,
        handlers: usize,
    },
    /// Inside a `with` body: `[exit]` on the stack (`async with`: its result is awaited).
    /// `stmt` is the whole statement, which the `__exit__` calls are attributed to.
    With {
        handlers: usize,
        is_async: bool,
        stmt: ruff_text_size::TextRange,
    },
    /// Inside a handler before a clause matched: `[prev_exc, exc]` on the stack.
    HandlerEntry { handlers: usize },
    /// Inside an `except*` body, which `break`, `continue` and `return` may not leave.
    ExceptStarBody,
    /// Inside a `finally` body run on the way out of `return`: the return value waits on the
    /// stack, and a `break`, `continue` or `return` in the body drops it.
    PopValue,
}

struct Unit<'a> {
    scope: usize,
    index: usize,
    unit: CodeUnit,
    code: Vec<u32>,
    /// The source range each instruction belongs to (see [`Compiler::expr`]).
    loc_of: Vec<TextRange>,
    handler_of: Vec<Option<usize>>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<i32>>,
    patches: Vec<(usize, Label)>,
    handlers: Vec<Handler>,
    handler_stack: Vec<usize>,
    blocks: Vec<Block<'a>>,
    depth: i32,
    max_depth: i32,
    /// The range of the innermost statement or expression being compiled.
    cur_loc: TextRange,
    consts: HashMap<ConstKey, u32>,
    names: HashMap<String, u32>,
}

/// Constants deduplicated by value (floats by bits, so 0.0 and -0.0 stay apart).
#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    Simple(String),
    Unique(usize),
}

pub(crate) struct Compiler<'a> {
    source: &'a str,
    filename: String,
    lines: LineIndex,
    table: SymbolTable,
    units: Vec<CodeUnit>,
    stack: Vec<Unit<'a>>,
    mode: Mode,
    /// `from __future__ import annotations` is in effect: annotations are kept as strings.
    future_annotations: bool,
    /// The items of the first set display of constants made for each frozenset value: CPython
    /// merges equal constants across the module, so a later equal display is built (and
    /// ordered) from the first one's items.
    const_sets: HashMap<String, &'a [ast::Expr]>,
}

type CResult<T = ()> = Result<T, CompileError>;

/// The code flag of an `async def` body (CPython's CO_COROUTINE): its generator objects are
/// coroutines, which `await` accepts as they are.
pub const CO_COROUTINE: u32 = 0x80;

/// The code flag of an asynchronous generator (CPython's CO_ASYNC_GENERATOR): calling it
/// gives an `async_generator` wrapping the generator of its body.
pub const CO_ASYNC_GENERATOR: u32 = 0x200;

impl<'a> Compiler<'a> {
    fn u(&mut self) -> &mut Unit<'a> {
        self.stack.last_mut().expect("compiler has a current unit")
    }

    fn scope(&self) -> &symtable::Scope {
        &self.table.scopes[self.stack.last().expect("unit").scope]
    }

    /// A compile-time `SyntaxWarning` at the line where `range` starts.
    pub(crate) fn warn(&self, msg: impl Into<String>, range: TextRange) {
        let line = self.lines.line(range.start().to_u32());
        let text = if self.filename.starts_with('<') {
            None
        } else {
            self.lines.text(self.source, line)
        };
        push_warning(&self.filename, line, &msg.into(), text);
    }

    pub(crate) fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        let (line, col) = self.lines.line_col(range.start().to_u32());
        let (eline, ecol) = self.lines.line_col(range.end().to_u32());
        CompileError {
            kind: "SyntaxError",
            msg: msg.into(),
            filename: self.filename.clone(),
            line,
            col,
            end_col: if eline == line {
                (ecol.max(col + 1)) as i32
            } else {
                (col + 1) as i32
            },
            text: self.lines.text(self.source, line),
        }
    }

    fn module(&mut self, m: &'a ast::ModModule) -> CResult {
        let body: &'a [ast::Stmt] = &m.body;
        self.future_annotations = future_features(body).contains(&"annotations");
        self.enter_unit(0, "<module>", "<module>", 1);
        if self.mode == Mode::Exec {
            if let Some(doc) = docstring(body) {
                self.set_line(body[0].range());
                let c = self.const_index(Const::Str(doc));
                self.emit(Op::LoadConst, c);
                let n = self.name_index("__doc__");
                self.emit(Op::StoreName, n);
            }
            if body.iter().any(has_annotation) {
                self.emit(Op::SetupAnnotations, 0);
            }
            self.stmts(body)?;
            self.load_const(Const::None);
            self.emit(Op::ReturnValue, 0);
        } else {
            self.stmts(body)?;
        }
        self.finish_unit(0);
        Ok(())
    }

    fn enter_unit(&mut self, scope: usize, name: &str, qualname: &str, firstline: u32) -> usize {
        let index = self.units.len();
        self.units.push(CodeUnit::default());
        let s = &self.table.scopes[scope];
        let unit = CodeUnit {
            name: name.to_string(),
            qualname: qualname.to_string(),
            filename: self.filename.clone(),
            firstlineno: firstline,
            varnames: s.varnames.clone(),
            cellvars: {
                let mut c = s.cellvars.clone();
                if s.needs_class_cell {
                    c.push("__class__".into());
                }
                c
            },
            freevars: s.freevars.clone(),
            ..Default::default()
        };
        self.stack.push(Unit {
            scope,
            index,
            unit,
            code: Vec::new(),
            loc_of: Vec::new(),
            handler_of: Vec::new(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            patches: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            blocks: Vec::new(),
            depth: 0,
            max_depth: 0,
            cur_loc: TextRange::empty(self.lines.line_start(firstline).into()),
            consts: HashMap::new(),
            names: HashMap::new(),
        });
        index
    }

    /// Finishes the current unit: resolves jumps, builds line and exception tables.
    fn finish_unit(&mut self, flags: u32) -> usize {
        let mut u = self.stack.pop().expect("unit to finish");
        for &(at, label) in &u.patches {
            let target = u.labels[label.0].expect("every jump label is bound");
            let mut op = u.code[at] & 0xff;
            // A loop's back edge is its own instruction: the eval loop lets other threads run
            // there (see `Vm::tick`).
            if op == Op::Jump as u32 && target as usize <= at {
                op = Op::JumpBackward as u32;
            }
            u.code[at] = op | (target << 8);
        }
        let positions: Vec<Position> = u.loc_of.iter().map(|&r| self.lines.position(r)).collect();
        let mut lines: Vec<(u32, u32)> = Vec::new();
        for (i, p) in positions.iter().enumerate() {
            if lines.last().map(|&(_, pl)| pl) != Some(p.line) {
                lines.push((i as u32, p.line));
            }
        }
        let mut exc: Vec<ExcEntry> = Vec::new();
        let mut i = 0;
        while i < u.handler_of.len() {
            if let Some(h) = u.handler_of[i] {
                let start = i;
                while i < u.handler_of.len() && u.handler_of[i] == Some(h) {
                    i += 1;
                }
                let hd = u.handlers[h];
                exc.push(ExcEntry {
                    start: start as u32,
                    end: i as u32,
                    target: u.labels[hd.label.0].expect("handler label bound"),
                    depth: hd.depth.max(0) as u32,
                    push_lasti: false,
                });
            } else {
                i += 1;
            }
        }
        let scope = &self.table.scopes[u.scope];
        let mut flags = flags;
        if scope.is_async_gen {
            flags |= CO_ASYNC_GENERATOR;
        } else if scope.is_async {
            flags |= CO_COROUTINE;
        }
        if scope.is_generator {
            flags |= code_flags::GENERATOR;
        }
        if u.unit.freevars.is_empty() && u.unit.cellvars.is_empty() {
            flags |= code_flags::NOFREE;
        }
        let cell2arg = u
            .unit
            .cellvars
            .iter()
            .map(|c| {
                let nargs = (u.unit.argcount
                    + u.unit.kwonlyargcount
                    + (flags & code_flags::VARARGS != 0) as u32
                    + (flags & code_flags::VARKEYWORDS != 0) as u32)
                    as usize;
                u.unit.varnames[..nargs.min(u.unit.varnames.len())]
                    .iter()
                    .position(|v| v == c)
                    .map(|p| p as u32)
                    .unwrap_or(u32::MAX)
            })
            .collect();
        u.unit.flags |= flags;
        u.unit.cell2arg = cell2arg;
        u.unit.code = u.code;
        u.unit.lines = lines;
        u.unit.positions = positions;
        u.unit.exc_table = exc;
        u.unit.stacksize = u.max_depth.max(1) as u32 + 2;
        let index = u.index;
        self.units[index] = u.unit;
        index
    }

    // ---- emission -------------------------------------------------------------------------

    /// Attributes the instructions emitted from here on to `range` (until the enclosing
    /// statement or expression is done).
    pub(crate) fn set_line(&mut self, range: TextRange) {
        self.u().cur_loc = range;
    }

    /// The range instructions are attributed to now.
    pub(crate) fn loc(&mut self) -> TextRange {
        self.u().cur_loc
    }

    pub(crate) fn emit(&mut self, op: Op, arg: u32) {
        let u = self.u();
        let arg = arg.min(MAX_ARG);
        u.code.push(encode(op, arg));
        u.loc_of.push(u.cur_loc);
        u.handler_of.push(u.handler_stack.last().copied());
        u.depth += stack_effect(op, arg, false);
        if u.depth > u.max_depth {
            u.max_depth = u.depth;
        }
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        u.label_depth.push(None);
        Label(u.labels.len() - 1)
    }

    pub(crate) fn emit_jump(&mut self, op: Op, label: Label) {
        let branch_depth = self.u().depth + stack_effect(op, 0, true);
        let u = self.u();
        u.patches.push((u.code.len(), label));
        if u.label_depth[label.0].is_none() {
            u.label_depth[label.0] = Some(branch_depth);
        }
        self.emit(op, 0);
    }

    pub(crate) fn bind(&mut self, label: Label) {
        let u = self.u();
        u.labels[label.0] = Some(u.code.len() as u32);
        if let Some(d) = u.label_depth[label.0] {
            u.depth = d;
        }
    }

    /// Starts covering emitted instructions with a handler at `label`, entered with the
    /// stack at its current depth (plus `extra`).
    pub(crate) fn push_handler(&mut self, label: Label, extra: i32) {
        let u = self.u();
        let depth = u.depth + extra;
        u.handlers.push(Handler { label, depth });
        let id = u.handlers.len() - 1;
        u.handler_stack.push(id);
        // The handler is entered with the exception pushed.
        if u.label_depth[label.0].is_none() {
            u.label_depth[label.0] = Some(depth + 1);
        }
    }

    pub(crate) fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    pub(crate) fn handler_count(&mut self) -> usize {
        self.u().handler_stack.len()
    }

    pub(crate) fn const_index(&mut self, c: Const) -> u32 {
        let key = match &c {
            Const::Code(_) => ConstKey::Unique(self.u().unit.consts.len()),
            Const::Float(f) => ConstKey::Simple(format!("f{}", f.to_bits())),
            Const::Complex(r, i) => ConstKey::Simple(format!("c{}:{}", r.to_bits(), i.to_bits())),
            other => ConstKey::Simple(format!("{other:?}")),
        };
        let u = self.u();
        if let Some(&i) = u.consts.get(&key) {
            return i;
        }
        let i = u.unit.consts.len() as u32;
        u.unit.consts.push(c);
        u.consts.insert(key, i);
        i
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        let i = self.const_index(c);
        self.emit(Op::LoadConst, i);
    }

    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.names.get(name) {
            return i;
        }
        let i = u.unit.names.len() as u32;
        u.unit.names.push(name.to_string());
        u.names.insert(name.to_string(), i);
        i
    }

    fn var_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(p) = u.unit.varnames.iter().position(|v| v == name) {
            return p as u32;
        }
        u.unit.varnames.push(name.to_string());
        (u.unit.varnames.len() - 1) as u32
    }

    fn deref_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(p) = u.unit.cellvars.iter().position(|v| v == name) {
            return p as u32;
        }
        let p = u
            .unit
            .freevars
            .iter()
            .position(|v| v == name)
            .unwrap_or_else(|| {
                u.unit.freevars.push(name.to_string());
                u.unit.freevars.len() - 1
            });
        (u.unit.cellvars.len() + p) as u32
    }

    /// Emits a load, store or delete of `name` per the scope analysis.
    pub(crate) fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let name = self.mangle(name);
        let name = name.as_str();
        let scope = self.scope();
        let kind = scope.kind;
        let access = scope.access(name);
        let (op, arg) = match (access, ctx) {
            (Access::Fast, NameCtx::Load) => (Op::LoadFast, self.var_index(name)),
            (Access::Fast, NameCtx::Store) => (Op::StoreFast, self.var_index(name)),
            (Access::Fast, NameCtx::Del) => (Op::DeleteFast, self.var_index(name)),
            (Access::Cell | Access::Free, NameCtx::Load) if kind == ScopeKind::Class => {
                (Op::LoadClassDeref, self.deref_index(name))
            }
            (Access::Cell | Access::Free, NameCtx::Load) => (Op::LoadDeref, self.deref_index(name)),
            (Access::Cell | Access::Free, NameCtx::Store) => {
                (Op::StoreDeref, self.deref_index(name))
            }
            (Access::Cell | Access::Free, NameCtx::Del) => {
                (Op::DeleteDeref, self.deref_index(name))
            }
            (Access::Global, NameCtx::Load) => (Op::LoadGlobal, self.name_index(name)),
            (Access::Global, NameCtx::Store) => (Op::StoreGlobal, self.name_index(name)),
            (Access::Global, NameCtx::Del) => (Op::DeleteGlobal, self.name_index(name)),
            (Access::Name, NameCtx::Load) => (Op::LoadName, self.name_index(name)),
            (Access::Name, NameCtx::Store) => (Op::StoreName, self.name_index(name)),
            (Access::Name, NameCtx::Del) => (Op::DeleteName, self.name_index(name)),
        };
        self.emit(op, arg);
    }

    /// Private name mangling: `__x` inside class `K` is `_K__x`.
    pub(crate) fn mangle(&self, name: &str) -> String {
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.to_string();
        }
        for u in self.stack.iter().rev() {
            let s = &self.table.scopes[u.scope];
            if s.kind == ScopeKind::Class {
                let cls = s.name.trim_start_matches('_');
                if cls.is_empty() {
                    return name.to_string();
                }
                return format!("_{cls}{name}");
            }
        }
        name.to_string()
    }

    pub(crate) fn qualname_for(&self, name: &str) -> String {
        let Some(parent) = self.stack.last() else {
            return name.to_string();
        };
        match self.table.scopes[parent.scope].kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{name}", parent.unit.qualname),
            ScopeKind::Function | ScopeKind::Comprehension => {
                format!("{}.<locals>.{name}", parent.unit.qualname)
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

pub(crate) fn docstring(body: &[ast::Stmt]) -> Option<String> {
    if let Some(ast::Stmt::Expr(e)) = body.first()
        && let ast::Expr::StringLiteral(s) = &*e.value
    {
        return Some(s.value.to_str().to_string());
    }
    None
}

fn has_annotation(s: &ast::Stmt) -> bool {
    match s {
        ast::Stmt::AnnAssign(_) => true,
        ast::Stmt::If(i) => {
            i.body.iter().any(has_annotation)
                || i.elif_else_clauses
                    .iter()
                    .any(|c| c.body.iter().any(has_annotation))
        }
        _ => false,
    }
}

/// The features named by the `from __future__ import ...` statements that open a module (after
/// its docstring), where they take effect.
fn future_features(body: &[ast::Stmt]) -> Vec<&str> {
    let mut names = Vec::new();
    let skip = usize::from(docstring(body).is_some());
    for stmt in &body[skip.min(body.len())..] {
        match stmt {
            ast::Stmt::ImportFrom(i)
                if i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__") =>
            {
                names.extend(i.names.iter().map(|a| a.name.as_str()));
            }
            _ => break,
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::image::CodeRecord;

    #[test]
    fn compiles_and_verifies() {
        let src = "def f(a, *b, c=1, **d):\n    def g():\n        return a + c\n    return g\nclass K:\n    def m(self):\n        return super().m()\nx = [i * 2 for i in range(3) if i]\n";
        let img = compile(src, "t.py", Mode::Exec).expect("compiles");
        let n = crate::bytecode::image::code_count(&img).unwrap();
        assert!(n >= 5);
        for i in 0..n {
            CodeRecord::parse(&img, i)
                .expect("verifies")
                .prove(&img, i)
                .expect("proves");
        }
    }

    #[test]
    fn reports_syntax_errors_with_line() {
        let e = compile("x = 1\nif x\n    pass\n", "t.py", Mode::Exec).unwrap_err();
        assert_eq!(e.line, 2);
        assert_eq!(e.msg, "expected ':'");
        let e = compile("def f():\n    nonlocal q\n", "t.py", Mode::Exec).unwrap_err();
        assert_eq!(e.msg, "no binding for nonlocal 'q' found");
    }

    fn msg(src: &str) -> (String, u32, u32) {
        let e = compile(src, "<t>", Mode::Exec).unwrap_err();
        (e.msg, e.line, e.col)
    }

    #[test]
    fn fstrings_are_read_as_in_3_11() {
        assert_eq!(msg("print(f'{x')\n").0, "f-string: expecting '}'");
        assert_eq!(
            msg("x = f'{x:{y:{z}}}'\n").0,
            "f-string: expressions nested too deeply"
        );
        assert_eq!(
            msg("x = f'{a b}'\n").0,
            "f-string: invalid syntax. Perhaps you forgot a comma?"
        );
        assert_eq!(
            msg("x = f'{(}'\n").0,
            "f-string: closing parenthesis '}' does not match opening parenthesis '('"
        );
        // Valid 3.11 f-strings still compile.
        for ok in [
            "x = f'{a!r:>{w}}' f'{b=}' f'{{}}' f'{a != b}' f'{x:=10}'\n",
            "x = f'{d[\"k\"]}' f'\\N{BULLET} {x}'\n",
        ] {
            compile(ok, "<t>", Mode::Exec).expect("compiles");
        }
    }

    #[test]
    fn tokenizer_errors_win_over_parser_errors() {
        let (m, line, _) = msg("x = = 1\ny = 'abc\n");
        assert_eq!(
            (m.as_str(), line),
            ("unterminated string literal (detected at line 2)", 2)
        );
        let (m, line, col) = msg("x = (1 2)\ny = 0o8\n");
        assert_eq!(
            (m.as_str(), line, col),
            ("invalid digit '8' in octal literal", 2, 7)
        );
        // A stray backslash stops the search.
        assert_eq!(
            msg("x = (1 2)\ny = 1 \\ 2\nz = 'a\n").0,
            "invalid syntax. Perhaps you forgot a comma?"
        );
    }

    #[test]
    fn parameter_and_target_messages() {
        assert_eq!(
            msg("lambda (x): x\n").0,
            "Lambda expression parameters cannot be parenthesized"
        );
        assert_eq!(
            msg("def f(*a, *b): pass\n").0,
            "* argument may appear only once"
        );
        assert_eq!(
            msg("f(**k, y)\n").0,
            "positional argument follows keyword argument unpacking"
        );
        assert_eq!(
            msg("def f(a=): pass\n").0,
            "expected default value expression"
        );
        assert_eq!(
            msg("[x, y for x, y in z]\n").0,
            "did you forget parentheses around the comprehension target?"
        );
        assert_eq!(
            msg("class __debug__: pass\n").0,
            "cannot assign to __debug__"
        );
        assert_eq!(
            msg("def f():\n    return ((yield x) for x in y)\n").0,
            "'yield' inside generator expression"
        );
        assert_eq!(
            msg("try:\n    pass\nelse:\n    pass\n"),
            ("expected 'except' or 'finally' block".to_string(), 3, 1)
        );
    }

    #[test]
    fn return_through_finally_with_continue_verifies() {
        let src = "def f():\n    for i in range(3):\n        try:\n            return i\n        finally:\n            continue\n";
        let img = compile(src, "t.py", Mode::Exec).expect("compiles");
        let n = crate::bytecode::image::code_count(&img).unwrap();
        for i in 0..n {
            CodeRecord::parse(&img, i)
                .expect("verifies")
                .prove(&img, i)
                .expect("proves");
        }
    }

    /// Every loop's back edge is a `JumpBackward` (where the eval loop lets other threads
    /// run), and only back edges are.
    #[test]
    fn loop_back_edges_jump_backward() {
        use crate::bytecode::{Op, decode};
        let src = "while x:\n    if y:\n        continue\n    z()\nfor i in r:\n    pass\nq = [a for a in b]\n";
        let img = compile(src, "t.py", Mode::Exec).expect("compiles");
        let n = crate::bytecode::image::code_count(&img).unwrap();
        let mut backward = 0;
        for c in 0..n {
            let r = CodeRecord::parse(&img, c).unwrap();
            let code = r.code_bytes(&img);
            for i in 0..r.code_len {
                let w = u32::from_le_bytes(code[4 * i..4 * i + 4].try_into().unwrap());
                let (op, arg) = decode(w);
                match op {
                    Some(Op::JumpBackward) => {
                        assert!(arg as usize <= i);
                        backward += 1;
                    }
                    Some(Op::Jump) => assert!(arg as usize > i, "a backward Jump at {i}"),
                    _ => {}
                }
            }
        }
        // while (twice: continue and the loop end), for, and the comprehension.
        assert_eq!(backward, 4);
    }

    #[test]
    fn instructions_carry_their_expression_positions() {
        use crate::bytecode::image::Position;
        use crate::bytecode::{Op, decode};
        let src = "x = 1\ny = (x +\n     d[k])\nobj.attr = f(a)\n";
        let img = compile(src, "t.py", Mode::Exec).expect("compiles");
        let r = CodeRecord::parse(&img, 0).unwrap();
        let code = r.code_bytes(&img);
        let find = |op: Op| {
            (0..r.code_len)
                .find(|&i| {
                    let w = u32::from_le_bytes(code[4 * i..4 * i + 4].try_into().unwrap());
                    decode(w).0 == Some(op)
                })
                .map(|i| r.position_of(&img, i as u32).unwrap())
        };
        let p = |line, end_line, col, end_col| Position {
            line,
            end_line,
            col,
            end_col,
        };
        // The addition spans two lines; the subscript is its right operand.
        assert_eq!(find(Op::BinaryOp), Some(p(2, 3, 5, 9)));
        assert_eq!(find(Op::BinarySubscr), Some(p(3, 3, 5, 9)));
        assert_eq!(find(Op::CallFunction), Some(p(4, 4, 11, 15)));
        // A store belongs to its target, the statement's first instruction to the line.
        assert_eq!(find(Op::StoreAttr), Some(p(4, 4, 0, 8)));
        assert_eq!(r.line_of(&img, 0), 1);
    }

    #[test]
    fn error_text_follows_cpython() {
        let e = compile("x = = 1\n", "<s>", Mode::Exec).unwrap_err();
        assert_eq!(e.text.as_deref(), Some("x = = 1\n"));
        let e = compile("x = 1)\n", "<s>", Mode::Exec).unwrap_err();
        assert_eq!(e.text.as_deref(), Some("x = 1)"));
        let e = compile("return 1\n", "<s>", Mode::Exec).unwrap_err();
        assert_eq!(e.text, None);
        let e = compile("return 1\n", "prog.py", Mode::Exec).unwrap_err();
        assert_eq!(e.text.as_deref(), Some("return 1\n"));
    }
}
