//! What CPython 3.11 refuses before compiling: syntax of later Pythons, too many indentation
//! levels, and nesting too deep for its compiler.
//!
//! ruff parses every Python version; it reports newer syntax as "unsupported" for the target
//! version, and this module words those reports as CPython 3.11's own parser does. Checks here
//! only read the tokens and the tree; they never recurse deeper than the limits they enforce.

use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Operator, Stmt};
use ruff_python_parser::{UnsupportedSyntaxError, UnsupportedSyntaxErrorKind as Kind};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::{CompileError, LineIndex};

/// CPython's tokenizer gives up at this many indentation levels (`MAXINDENT`).
const MAX_INDENT: usize = 100;

/// How deep statements and expressions may nest before CPython's compiler raises
/// RecursionError: three times the default recursion limit, less what the frames that call
/// `compile()` already use.
const MAX_NESTING: usize = 2990;

/// Where an error is reported, with CPython's wording.
struct Found {
    kind: &'static str,
    msg: String,
    /// Byte offsets of the caret start and end.
    at: u32,
    end: u32,
}

/// The compile error for the first piece of syntax CPython 3.11 does not know, if any.
pub fn unsupported_syntax(
    source: &str,
    filename: &str,
    lines: &LineIndex,
    tokens: &Tokens,
    errors: &[UnsupportedSyntaxError],
) -> Option<CompileError> {
    let first = errors.iter().min_by_key(|e| e.range.start())?;
    let f = describe(source, tokens, first);
    let (line, col) = lines.line_col(f.at);
    let (eline, ecol) = lines.line_col(f.end);
    Some(CompileError {
        kind: f.kind,
        msg: f.msg,
        filename: filename.to_string(),
        line,
        col,
        end_col: if eline == line {
            (ecol.max(col)) as i32
        } else {
            (col + 1) as i32
        },
        text: lines.text(source, line),
    })
}

fn describe(source: &str, tokens: &Tokens, e: &UnsupportedSyntaxError) -> Found {
    let start = e.range.start().to_u32();
    let end = e.range.end().to_u32();
    let text = source.get(e.range.start().to_usize()..).unwrap_or("");
    let simple = |msg: &str, at: u32, end: u32| Found {
        kind: "SyntaxError",
        msg: msg.to_string(),
        at,
        end,
    };
    match e.kind {
        // `type X = ...` and `lazy import m`: the soft keyword is a plain name in 3.11, so the
        // parser stumbles on the token after it.
        Kind::TypeAliasStatement | Kind::LazyImportStatement => {
            let next = token_after(tokens, e.range.end()).unwrap_or(e.range);
            simple("invalid syntax", next.start().to_u32(), next.end().to_u32())
        }
        Kind::TypeParameterList => {
            let line_start = source[..start as usize].rfind('\n').map_or(0, |i| i + 1);
            let before = source[line_start..start as usize].trim_start();
            let is_def = before.starts_with("def ") || before.starts_with("async ");
            let msg = if is_def {
                "expected '('"
            } else {
                "invalid syntax"
            };
            simple(msg, start, start + 1)
        }
        Kind::UnparenthesizedExceptionTypes => {
            simple("multiple exception types must be parenthesized", start, end)
        }
        // CPython marks the `**` alone.
        Kind::UnpackingInComprehension(_) if text.starts_with("**") => simple(
            "dict unpacking cannot be used in dict comprehension",
            start,
            start + 2,
        ),
        Kind::UnpackingInComprehension(_) => simple(
            "iterable unpacking cannot be used in comprehension",
            start,
            end,
        ),
        Kind::TemplateStrings => {
            // `t` is a name in 3.11; the string after it is the unexpected token.
            let prefix = text.chars().take_while(|c| c.is_ascii_alphabetic()).count() as u32;
            simple("invalid syntax", start + prefix, end)
        }
        Kind::ParenthesizedKeywordArgumentName => simple(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            start + 1,
            end,
        ),
        Kind::Pep701FString(_) => fstring_error(source, tokens, e.range),
        _ => simple("invalid syntax", start, end.max(start + 1)),
    }
}

/// A replacement field that 3.12 allows and 3.11 does not. The report's range points at what
/// is wrong: a nested quote, a backslash, a comment, or the `{` of a field split over lines.
fn fstring_error(source: &str, tokens: &Tokens, range: TextRange) -> Found {
    let at = range.start().to_u32();
    let text = source.get(range.start().to_usize()..).unwrap_or("");
    let opening = enclosing(tokens, range.start(), TokenKind::FStringStart, false);
    let closing = enclosing(tokens, range.start(), TokenKind::FStringEnd, true);
    if text.starts_with(['\'', '"']) {
        // 3.11 ends the f-string at the nested quote; what is left open decides the message.
        let body_start = opening.map_or(at, |r| r.end().to_u32()) as usize;
        let body = source.get(body_start..at as usize).unwrap_or("");
        let after_quote = range.end().to_u32();
        return match open_bracket(body) {
            // CPython's parser reports these once it has read on to the end of the statement,
            // or at the token after the quote when the f-string sits inside brackets.
            Some(b @ ('(' | '[')) if !inside_brackets(source, opening) => {
                let line_end = source[at as usize..]
                    .find('\n')
                    .map_or(source.len(), |i| at as usize + i)
                    as u32;
                Found {
                    kind: "SyntaxError",
                    msg: format!("f-string: unmatched '{b}'"),
                    at: line_end,
                    end: line_end,
                }
            }
            Some(b) => Found {
                kind: "SyntaxError",
                msg: format!("f-string: unmatched '{b}'"),
                at: after_quote,
                end: after_quote + 1,
            },
            None => Found {
                kind: "SyntaxError",
                msg: "f-string: expecting '}'".to_string(),
                at: after_quote,
                end: after_quote + 1,
            },
        };
    }
    // CPython reports these past the end of the whole f-string.
    let past = closing.map_or(at, |r| r.end().to_u32());
    if text.starts_with('\\') {
        return Found {
            kind: "SyntaxError",
            msg: "f-string expression part cannot include a backslash".to_string(),
            at: past,
            end: past,
        };
    }
    if text.starts_with('#') {
        return Found {
            kind: "SyntaxError",
            msg: "f-string expression part cannot include '#'".to_string(),
            at: past,
            end: past,
        };
    }
    // A single-quoted f-string whose field runs onto the next line is unterminated in 3.11.
    let begin = opening.map_or(at, |r| r.start().to_u32());
    let (line, _) = LineIndex::new(source).line_col(begin);
    Found {
        kind: "SyntaxError",
        msg: format!("unterminated string literal (detected at line {line})"),
        at: begin,
        end: begin,
    }
}

/// Whether the code before the f-string on its line leaves a bracket open.
fn inside_brackets(source: &str, opening: Option<TextRange>) -> bool {
    let Some(start) = opening.map(|r| r.start().to_usize()) else {
        return false;
    };
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let mut depth = 0i32;
    for c in source[line_start..start].chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// The innermost bracket a replacement field leaves open at the end of `body` (the f-string
/// text up to a nested quote), not counting the field's own `{`.
fn open_bracket(body: &str) -> Option<char> {
    let mut stack: Vec<char> = Vec::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if stack.is_empty() && chars.peek() == Some(&'{') => {
                chars.next();
            }
            '(' | '[' | '{' => stack.push(c),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    // The bottom of the stack is the field's own brace.
    if stack.len() > 1 {
        stack.last().copied()
    } else {
        None
    }
}

/// The range of the nearest token of `kind` before `at` (or after it, when `after`).
fn enclosing(tokens: &Tokens, at: TextSize, kind: TokenKind, after: bool) -> Option<TextRange> {
    if after {
        tokens
            .iter()
            .find(|t| t.kind() == kind && t.start() >= at)
            .map(Ranged::range)
    } else {
        tokens
            .iter()
            .rev()
            .find(|t| t.kind() == kind && t.start() <= at)
            .map(Ranged::range)
    }
}

/// The first significant token starting at or after `at`.
fn token_after(tokens: &Tokens, at: TextSize) -> Option<TextRange> {
    tokens
        .iter()
        .find(|t| t.start() >= at && !t.kind().is_trivia())
        .map(Ranged::range)
}

/// IndentationError "too many levels of indentation" where the 100th level begins.
pub fn too_many_indents(
    source: &str,
    filename: &str,
    lines: &LineIndex,
    tokens: &Tokens,
) -> Option<CompileError> {
    let mut level = 0usize;
    for t in tokens.iter() {
        match t.kind() {
            TokenKind::Indent => {
                level += 1;
                if level >= MAX_INDENT {
                    let (line, _) = lines.line_col(t.start().to_u32());
                    let text = lines.text(source, line);
                    let width = text.as_deref().map_or(0, |s| s.chars().count() as u32);
                    return Some(CompileError {
                        kind: "IndentationError",
                        msg: "too many levels of indentation".to_string(),
                        filename: filename.to_string(),
                        line,
                        col: 1,
                        end_col: (width + 1) as i32,
                        text,
                    });
                }
            }
            TokenKind::Dedent => level = level.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// RecursionError (or, for the constructs CPython's parser itself nests on, MemoryError) for
/// a tree nested deeper than CPython's compiler goes.
pub fn too_deep_tree(body: &[Stmt], expr: Option<&Expr>, filename: &str) -> Option<CompileError> {
    let mut walker = DepthWalker::default();
    match expr {
        Some(e) => walker.visit_expr(e),
        None => walker.visit_body(body),
    }
    let (kind, msg) = if walker.parser_overflow {
        ("MemoryError", String::new())
    } else if walker.deepest > MAX_NESTING {
        (
            "RecursionError",
            "maximum recursion depth exceeded during compilation".to_string(),
        )
    } else {
        return None;
    };
    Some(CompileError {
        kind,
        msg,
        filename: filename.to_string(),
        line: 0,
        col: 0,
        end_col: 0,
        text: None,
    })
}

/// CPython's parser runs out of its stack (MemoryError) at this much prefix nesting: one unit
/// per unary operator or conditional expression, two per lambda or `**`. Chains of binary
/// operators, attributes, calls and subscripts do not nest in the parser.
const MAX_PARSER_NESTING: usize = 5976;

/// Measures nesting, never recursing past what either limit needs to see.
#[derive(Default)]
struct DepthWalker {
    depth: usize,
    deepest: usize,
    parser_depth: usize,
    parser_overflow: bool,
}

impl DepthWalker {
    fn enter(&mut self, parser_units: usize) -> bool {
        self.depth += 1;
        self.parser_depth += parser_units;
        self.deepest = self.deepest.max(self.depth);
        if self.parser_depth >= MAX_PARSER_NESTING {
            self.parser_overflow = true;
        }
        !self.parser_overflow && self.depth <= MAX_PARSER_NESTING
    }

    fn leave(&mut self, parser_units: usize) {
        self.depth -= 1;
        self.parser_depth -= parser_units;
    }
}

impl<'a> Visitor<'a> for DepthWalker {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.parser_overflow {
            return;
        }
        if self.enter(0) {
            visitor::walk_stmt(self, stmt);
        }
        self.leave(0);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.parser_overflow {
            return;
        }
        let units = match expr {
            Expr::UnaryOp(_) | Expr::If(_) => 1,
            Expr::Lambda(_)
            | Expr::BinOp(ast::ExprBinOp {
                op: Operator::Pow, ..
            }) => 2,
            _ => 0,
        };
        if self.enter(units) {
            visitor::walk_expr(self, expr);
        }
        self.leave(units);
    }
}
