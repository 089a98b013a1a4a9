//! Syntax errors in CPython's words.
//!
//! ruff's parser recovers and words its errors for linters; CPython users expect CPython's
//! messages ("expected ':'", "'(' was never closed", IndentationError, ...). This module maps
//! the first parse error to CPython's kind, message and location.

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};

use super::{CompileError, LineIndex};

pub fn syntax_error_from_parse(
    source: &str,
    filename: &str,
    lines: &LineIndex,
    e: &ParseError,
) -> CompileError {
    let offset = e.location.start().to_u32();
    let (mut line, mut col) = lines.line_col(offset);
    let mut kind = "SyntaxError";
    let mut end_col = col + 1;
    let msg = match &e.error {
        _ if bracket_problem(source).is_some() => {
            let (msg, at) = bracket_problem(source).unwrap_or_default();
            let (l, c) = lines.line_col(at as u32);
            line = l;
            col = c;
            end_col = c + 1;
            msg
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } => "expected ':'".to_string(),
        ParseErrorType::UnexpectedIndentation => {
            kind = "IndentationError";
            "unexpected indent".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            kind = "IndentationError";
            "unindent does not match any outer indentation level".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let triple = source[offset as usize..].starts_with("\"\"\"")
                || source[offset as usize..].starts_with("'''");
            if triple {
                format!(
                    "unterminated triple-quoted string literal (detected at line {})",
                    lines.line_count().max(line)
                )
            } else {
                format!("unterminated string literal (detected at line {line})")
            }
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after ") => {
            kind = "IndentationError";
            let clause = m
                .trim_start_matches("Expected an indented block after ")
                .replace('`', "'");
            let clause = clause.replace("`class` definition", "class definition");
            let clause_line = (1..line).rev().find(|&l| {
                lines
                    .text(source, l)
                    .map(|t| {
                        let t = t.split('#').next().unwrap_or("").trim_end();
                        t.ends_with(':')
                    })
                    .unwrap_or(false)
            });
            let clause = if clause == "'class' definition" {
                "class definition".to_string()
            } else {
                clause
            };
            format!(
                "expected an indented block after {clause} on line {}",
                clause_line.unwrap_or(line.saturating_sub(1).max(1))
            )
        }
        ParseErrorType::InvalidAssignmentTarget => "cannot assign to expression".to_string(),
        ParseErrorType::InvalidDeleteTarget => "cannot delete expression".to_string(),
        ParseErrorType::PositionalAfterKeywordArgument => {
            "positional argument follows keyword argument".to_string()
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            "non-default argument follows default argument".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
            format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
        }
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
            "unexpected character after line continuation character".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            "unexpected EOF while parsing".to_string()
        }
        _ => "invalid syntax".to_string(),
    };
    if line > lines.line_count() {
        line = lines.line_count();
    }
    CompileError {
        kind,
        msg,
        filename: filename.to_string(),
        line,
        col,
        end_col,
        text: lines.text(source, line),
    }
}

/// CPython's tokenizer allows 200 levels of brackets; the offset of the first bracket past that.
pub fn too_deep(src: &str) -> Option<usize> {
    const MAX_LEVEL: usize = 200;
    let b = src.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            q @ (b'\'' | b'"') => {
                let triple = i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q;
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple && i + 2 < b.len() && b[i] == q && b[i + 1] == q && b[i + 2] == q {
                        i += 3;
                        break;
                    }
                    if !triple && (b[i] == q || b[i] == b'\n') {
                        i += 1;
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_LEVEL {
                    return Some(i);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// An unclosed or mismatched bracket, as CPython's tokenizer reports it, with its offset.
fn bracket_problem(src: &str) -> Option<(String, usize)> {
    let b = src.as_bytes();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                if triple {
                    i += 3;
                    while i + 2 < b.len() && !(b[i] == c && b[i + 1] == c && b[i + 2] == c) {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 3;
                } else {
                    i += 1;
                    while i < b.len() && b[i] != c && b[i] != b'\n' {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => stack.push((c, i)),
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    None => return Some((format!("unmatched '{}'", c as char), i)),
                    Some((o, _)) if o != open => {
                        return Some((
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, o as char
                            ),
                            i,
                        ));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack
        .first()
        .map(|&(c, at)| (format!("'{}' was never closed", c as char), at))
}
