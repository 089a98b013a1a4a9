//! f-strings as CPython 3.11 reads them.
//!
//! ruff lexes f-strings the 3.12 way: a replacement field is tokenized like code, so it may
//! hold the f-string's own quote, backslashes and comments. CPython 3.11 first ends the string
//! at its closing quote like any other literal, then splits the body into literal text and
//! fields, scanning each field for brackets and quotes before compiling it as `(expr)`. Its
//! errors ("f-string: expecting '}'", "f-string: single '}' is not allowed", ...) come from
//! that scan, so this module repeats it over the source and reports the first error it meets.

use super::{CompileError, LineIndex};

/// Brackets a replacement field may nest (CPython's `MAXLEVEL`).
const MAX_LEVEL: usize = 200;

/// An f-string error: where it was found in the source and CPython's words.
pub struct FStringError {
    /// Offset of the f-string literal holding the error (which error comes first is decided by
    /// where the literal starts).
    pub string_start: usize,
    pub error: CompileError,
}

/// One string literal of the source: prefix, quote and body offsets.
struct Literal {
    start: usize,
    body_start: usize,
    body_end: usize,
    /// Just past the closing quote.
    end: usize,
    is_f: bool,
    raw: bool,
}

/// What CPython 3.11's tokenizer and f-string parser make of a source.
#[derive(Default)]
pub struct Scan {
    /// The first f-string error (a parser error: later tokenizer errors replace it).
    pub fstring: Option<FStringError>,
    /// The first error of the tokenizer itself (unterminated literal, invalid character, bad
    /// number, unmatched bracket), unless a token the tokenizer refuses without raising (a
    /// stray backslash, `$`, `?`) comes first: CPython's search for such errors stops there.
    pub tokenizer: Option<FStringError>,
}

/// Scans `src` as CPython 3.11's tokenizer and f-string parser do.
pub fn scan(src: &str, filename: &str, lines: &LineIndex) -> Scan {
    let mut out = Scan::default();
    let b = src.as_bytes();
    let mut i = 0;
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let err = |at: usize, col: Option<u32>, msg: String| {
        let (line, c) = lines.line_col(at as u32);
        let col = col.unwrap_or(c);
        Some(FStringError {
            string_start: at,
            error: CompileError {
                kind: "SyntaxError",
                msg,
                filename: filename.to_string(),
                line,
                col,
                end_col: (col) as i32,
                text: lines.text(src, line),
            },
        })
    };
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                stack.push((c, i));
                i += 1;
            }
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    None => {
                        out.tokenizer = err(i, None, format!("unmatched '{}'", c as char));
                        return out;
                    }
                    Some((o, o_at)) if o != open => {
                        let o_line = lines.line_col(o_at as u32).0;
                        let c_line = lines.line_col(i as u32).0;
                        let on = if o_line == c_line {
                            String::new()
                        } else {
                            format!(" on line {o_line}")
                        };
                        out.tokenizer = err(
                            i,
                            None,
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis \
                                 '{}'{on}",
                                c as char, o as char
                            ),
                        );
                        return out;
                    }
                    _ => {}
                }
                i += 1;
            }
            b'\\' => {
                if !matches!(b.get(i + 1), Some(b'\n') | Some(b'\r')) {
                    return out;
                }
                i += 2;
            }
            b'$' | b'?' | b'`' => return out,
            b'\'' | b'"' => {
                let depth = stack.len() as i32;
                // A run of adjacent literals is one STRING+ for the parser; errors in any of
                // them are reported at the token after the run.
                let mut run = Vec::new();
                let mut at = i;
                loop {
                    let Some(lit) = literal_at(src, at) else {
                        out.tokenizer = Some(unterminated(src, at, filename, lines));
                        return out;
                    };
                    at = lit.end;
                    run.push(lit);
                    let next = next_token(src, at, depth);
                    match string_start_at(src, next) {
                        Some(q) => at = q,
                        None => break,
                    }
                }
                let report_at = next_token(src, at, depth);
                if out.fstring.is_none() {
                    for lit in &run {
                        if lit.is_f
                            && let Some(e) = check_literal(src, lit, report_at, filename, lines)
                        {
                            out.fstring = Some(FStringError {
                                string_start: lit.start,
                                error: e,
                            });
                            break;
                        }
                    }
                }
                i = at;
            }
            b'0'..=b'9' => {
                if let Some((msg, cur)) = super::errors::number_scan(src, i) {
                    let line_start = src[..i].rfind('\n').map_or(0, |p| p + 1);
                    let col = src[line_start..cur.min(src.len())].chars().count() as u32;
                    out.tokenizer = err(i, Some(col), msg);
                    return out;
                }
                let hex = b.get(i + 1).is_some_and(|x| matches!(x, b'x' | b'X'));
                while i < b.len() {
                    let d = b[i];
                    let part = d.is_ascii_alphanumeric() || d == b'_' || d == b'.';
                    let sign = (d == b'+' || d == b'-') && !hex && matches!(b[i - 1], b'e' | b'E');
                    if !(part || sign) {
                        break;
                    }
                    i += 1;
                }
            }
            _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                // An identifier; a string prefix is handled with its quote.
                let start = i;
                while i < b.len() {
                    let Some(ch) = src[i..].chars().next() else {
                        break;
                    };
                    if ch.is_ascii_alphanumeric() || ch == '_' {
                        i += 1;
                    } else if !ch.is_ascii() {
                        if !(ch.is_alphanumeric() || ch == '_') && (i == start || !is_combining(ch))
                        {
                            out.tokenizer = err(i, None, super::errors::invalid_character(ch));
                            return out;
                        }
                        i += ch.len_utf8();
                    } else {
                        break;
                    }
                }
                if i < b.len() && (b[i] == b'\'' || b[i] == b'"') && is_prefix(&src[start..i]) {
                    // Leave `i` on the quote: the literal's prefix is found from there.
                    continue;
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// Marks that may continue an identifier though they are not letters or digits.
fn is_combining(ch: char) -> bool {
    matches!(ch as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200C | 0x200D)
}

fn is_prefix(p: &str) -> bool {
    matches!(
        p.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf"
    )
}

/// The literal whose opening quote is at `q` (its prefix precedes it); None when it is not
/// terminated (the tokenizer's error, which the parser reports).
fn literal_at(src: &str, q: usize) -> Option<Literal> {
    let b = src.as_bytes();
    let mut p = q;
    while p > 0 && (b[p - 1].is_ascii_alphanumeric() || b[p - 1] == b'_' || b[p - 1] >= 0x80) {
        p -= 1;
    }
    let prefix = &src[p..q];
    let (start, prefix) = if is_prefix(prefix) {
        (p, prefix)
    } else {
        (q, "")
    };
    let lower = prefix.to_ascii_lowercase();
    let quote = b[q];
    let triple = q + 2 < b.len() && b[q + 1] == quote && b[q + 2] == quote;
    let body_start = q + if triple { 3 } else { 1 };
    let mut i = body_start;
    loop {
        if i >= b.len() {
            return None;
        }
        match b[i] {
            b'\\' => i += 2,
            b'\n' if !triple => return None,
            c if c == quote => {
                if !triple {
                    break;
                }
                if i + 2 < b.len() && b[i + 1] == quote && b[i + 2] == quote {
                    break;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    let body_end = i;
    Some(Literal {
        start,
        body_start,
        body_end,
        end: body_end + if triple { 3 } else { 1 },
        is_f: lower.contains('f'),
        raw: lower.contains('r'),
    })
}

/// Where the next token after `at` starts: past blanks, comments, line continuations, and
/// (inside brackets) newlines. A newline that ends the logical line is itself the token.
fn next_token(src: &str, mut at: usize, depth: i32) -> usize {
    let b = src.as_bytes();
    while at < b.len() {
        match b[at] {
            b' ' | b'\t' | b'\x0c' | b'\r' => at += 1,
            b'\\' if b.get(at + 1) == Some(&b'\n') => at += 2,
            b'#' => {
                while at < b.len() && b[at] != b'\n' {
                    at += 1;
                }
            }
            b'\n' if depth > 0 => at += 1,
            _ => break,
        }
    }
    at
}

/// If a string literal (with any prefix) starts at `at`, the offset of its opening quote.
fn string_start_at(src: &str, at: usize) -> Option<usize> {
    let b = src.as_bytes();
    let mut i = at;
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    if i < b.len() && (b[i] == b'\'' || b[i] == b'"') && (i == at || is_prefix(&src[at..i])) {
        Some(i)
    } else {
        None
    }
}

enum Fail {
    /// A message reported at the token after the string run.
    Scan(String),
    /// An error compiling a field's expression, already placed.
    Expr(CompileError),
}

fn check_literal(
    src: &str,
    lit: &Literal,
    report_at: usize,
    filename: &str,
    lines: &LineIndex,
) -> Option<CompileError> {
    let body = &src.as_bytes()[lit.body_start..lit.body_end];
    let mut p = Parser {
        src,
        body,
        base: lit.body_start,
        raw: lit.raw,
        filename,
        string_line: lines.line_col(lit.start as u32).0,
    };
    let mut pos = 0;
    match p.fstring(&mut pos, 0) {
        Ok(()) if pos < body.len() => Some(scan_error(
            src,
            filename,
            lines,
            report_at,
            "f-string: single '}' is not allowed".into(),
        )),
        Ok(()) => None,
        Err(Fail::Scan(m)) => Some(scan_error(src, filename, lines, report_at, m)),
        Err(Fail::Expr(e)) => Some(e),
    }
}

fn scan_error(
    src: &str,
    filename: &str,
    lines: &LineIndex,
    at: usize,
    msg: String,
) -> CompileError {
    let (line, col) = lines.line_col(at as u32);
    CompileError {
        kind: "SyntaxError",
        msg,
        filename: filename.to_string(),
        line,
        col,
        end_col: (col) as i32,
        text: lines.text(src, line),
    }
}

struct Parser<'a> {
    src: &'a str,
    body: &'a [u8],
    base: usize,
    raw: bool,
    filename: &'a str,
    string_line: u32,
}

impl Parser<'_> {
    /// Literal text and fields up to the end of the body (level 0) or a `}` closing a format
    /// spec (deeper levels).
    fn fstring(&mut self, pos: &mut usize, level: u32) -> Result<(), Fail> {
        loop {
            self.literal(pos, level)?;
            if *pos >= self.body.len() || self.body[*pos] == b'}' {
                return Ok(());
            }
            // A `{`: either a doubled brace (skipped by `literal`) or a field.
            self.field(pos, level)?;
        }
    }

    /// Skips literal text; stops on a field's `{` or a `}`.
    fn literal(&mut self, pos: &mut usize, level: u32) -> Result<(), Fail> {
        let b = self.body;
        while *pos < b.len() {
            let mut ch = b[*pos];
            *pos += 1;
            if !self.raw && ch == b'\\' && *pos < b.len() {
                ch = b[*pos];
                *pos += 1;
                if ch == b'N' {
                    if *pos < b.len() && b[*pos] == b'{' {
                        *pos += 1;
                        while *pos < b.len() {
                            let c = b[*pos];
                            *pos += 1;
                            if c == b'}' {
                                break;
                            }
                        }
                    } else if *pos < b.len() {
                        *pos += 1;
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if *pos < b.len() && b[*pos] == ch {
                        *pos += 1;
                        continue;
                    }
                    if ch == b'}' {
                        return Err(Fail::Scan("f-string: single '}' is not allowed".into()));
                    }
                }
                *pos -= 1;
                return Ok(());
            }
        }
        Ok(())
    }

    /// A replacement field starting at the `{` at `pos`.
    fn field(&mut self, pos: &mut usize, level: u32) -> Result<(), Fail> {
        let b = self.body;
        let expecting = || Fail::Scan("f-string: expecting '}'".into());
        if level >= 2 {
            return Err(Fail::Scan("f-string: expressions nested too deeply".into()));
        }
        *pos += 1;
        let expr_start = *pos;
        let mut quote = 0u8;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        while *pos < b.len() {
            let ch = b[*pos];
            if ch == b'\\' {
                return Err(Fail::Scan(
                    "f-string expression part cannot include a backslash".into(),
                ));
            }
            if quote != 0 {
                if ch == quote {
                    if triple {
                        if *pos + 2 < b.len() && b[*pos + 1] == ch && b[*pos + 2] == ch {
                            *pos += 2;
                            quote = 0;
                        }
                    } else {
                        quote = 0;
                    }
                }
                *pos += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    triple = *pos + 2 < b.len() && b[*pos + 1] == ch && b[*pos + 2] == ch;
                    if triple {
                        *pos += 2;
                    }
                    quote = ch;
                }
                b'[' | b'{' | b'(' => {
                    if stack.len() >= MAX_LEVEL {
                        return Err(Fail::Scan("f-string: too many nested parenthesis".into()));
                    }
                    stack.push(ch);
                }
                b'#' => {
                    return Err(Fail::Scan(
                        "f-string expression part cannot include '#'".into(),
                    ));
                }
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                    if *pos + 1 < b.len() && b[*pos + 1] == b'=' && ch != b':' && ch != b'}' {
                        *pos += 2;
                        continue;
                    }
                    if ch != b'>' && ch != b'<' {
                        break;
                    }
                }
                b']' | b'}' | b')' => {
                    let Some(open) = stack.pop() else {
                        return Err(Fail::Scan(format!("f-string: unmatched '{}'", ch as char)));
                    };
                    let matched = matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !matched {
                        return Err(Fail::Scan(format!(
                            "f-string: closing parenthesis '{}' does not match opening \
                             parenthesis '{}'",
                            ch as char, open as char
                        )));
                    }
                }
                _ => {}
            }
            *pos += 1;
        }
        let expr_end = *pos;
        if quote != 0 {
            return Err(Fail::Scan("f-string: unterminated string".into()));
        }
        if let Some(&open) = stack.last() {
            return Err(Fail::Scan(format!(
                "f-string: unmatched '{}'",
                open as char
            )));
        }
        if *pos >= b.len() {
            return Err(expecting());
        }
        self.compile_expr(expr_start, expr_end)?;
        if b[*pos] == b'=' {
            *pos += 1;
            while *pos < b.len() && b[*pos].is_ascii_whitespace() {
                *pos += 1;
            }
            if *pos >= b.len() {
                return Err(expecting());
            }
        }
        if b[*pos] == b'!' {
            *pos += 1;
            if *pos >= b.len() {
                return Err(expecting());
            }
            let conv = b[*pos];
            *pos += 1;
            if !matches!(conv, b's' | b'r' | b'a') {
                return Err(Fail::Scan(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
                ));
            }
        }
        if *pos < b.len() && b[*pos] == b':' {
            *pos += 1;
            if *pos >= b.len() {
                return Err(expecting());
            }
            self.fstring(pos, level + 1)?;
        }
        if *pos >= b.len() || b[*pos] != b'}' {
            return Err(expecting());
        }
        *pos += 1;
        Ok(())
    }

    /// Compiles a field's expression as CPython does, wrapped in parentheses; its errors get
    /// the "f-string: " prefix and are placed in that wrapped text.
    fn compile_expr(&self, start: usize, end: usize) -> Result<(), Fail> {
        let text = &self.body[start..end];
        if text
            .iter()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r'))
        {
            return Err(Fail::Scan(match self.body.get(end) {
                Some(&c @ (b'!' | b':' | b'=')) => {
                    format!("f-string: expression required before '{}'", c as char)
                }
                _ => "f-string: empty expression not allowed".into(),
            }));
        }
        let abs_start = self.base + start;
        let expr = self.src.get(abs_start..self.base + end).unwrap_or("");
        let mini = format!("({expr})");
        let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Expression)
            .with_target_version(ruff_python_ast::PythonVersion::PY311);
        let err = match ruff_python_parser::parse(&mini, options) {
            Ok(parsed) => {
                // Newer syntax (a nested f-string reusing quotes, ...) is still an error.
                match parsed.unsupported_syntax_errors().first() {
                    Some(u) => {
                        let at = u.range.start().to_u32();
                        let mini_lines = LineIndex::new(&mini);
                        let (line, col) = mini_lines.line_col(at);
                        CompileError {
                            kind: "SyntaxError",
                            msg: "invalid syntax".into(),
                            filename: self.filename.to_string(),
                            line,
                            col,
                            end_col: (col + 1) as i32,
                            text: mini_lines.text(&mini, line),
                        }
                    }
                    None => return Ok(()),
                }
            }
            Err(e) => {
                let mini_lines = LineIndex::new(&mini);
                super::errors::syntax_error_from_parse(&mini, self.filename, &mini_lines, &e)
            }
        };
        // The wrapped text starts on the field's line.
        let newlines_before = self.body[..start].iter().filter(|&&c| c == b'\n').count() as u32;
        let msg = if err.msg.starts_with("f-string") {
            err.msg
        } else {
            format!("f-string: {}", err.msg)
        };
        Err(Fail::Expr(CompileError {
            kind: "SyntaxError",
            msg,
            filename: self.filename.to_string(),
            line: self.string_line + newlines_before + err.line.saturating_sub(1),
            col: err.col,
            end_col: err.end_col,
            text: err.text,
        }))
    }
}

/// The tokenizer's error for the literal at `q` that never closes.
fn unterminated(src: &str, q: usize, filename: &str, lines: &LineIndex) -> FStringError {
    let b = src.as_bytes();
    let mut start = q;
    while start > 0 && b[start - 1].is_ascii_alphabetic() {
        start -= 1;
    }
    if !is_prefix(&src[start..q]) {
        start = q;
    }
    let quote = b[q];
    let triple = q + 2 < b.len() && b[q + 1] == quote && b[q + 2] == quote;
    let (line, col) = lines.line_col(start as u32);
    let msg = if triple {
        let last = src.lines().count().max(1);
        format!("unterminated triple-quoted string literal (detected at line {last})")
    } else {
        let last = super::errors::unterminated_line(src, q, lines);
        format!("unterminated string literal (detected at line {last})")
    };
    FStringError {
        string_start: start,
        error: CompileError {
            kind: "SyntaxError",
            msg,
            filename: filename.to_string(),
            line,
            col,
            end_col: (col) as i32,
            text: lines.text(src, line),
        },
    }
}
