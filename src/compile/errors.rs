//! Syntax errors in CPython's words.
//!
//! ruff's parser recovers and words its errors for linters; CPython users expect CPython's
//! messages ("expected ':'", "'(' was never closed", IndentationError, ...). This module maps
//! the first parse error to CPython's kind, message and location.

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::Ranged;

use super::expr_scan::{Level, scan_end};
use super::{CompileError, LineIndex};

/// The line where CPython's tokenizer gives up on the single-quoted literal starting at or
/// before its quote at `at`: a backslash carries the literal over a line end, so it is the
/// line of the first unescaped line end (or of the end of the source).
pub(crate) fn unterminated_line(source: &str, at: usize, lines: &LineIndex) -> u32 {
    let b = source.as_bytes();
    let mut i = at;
    while i < b.len() && !matches!(b[i], b'\'' | b'"') {
        i += 1;
    }
    i += 1;
    while i < b.len() && b[i] != b'\n' {
        i += if b[i] == b'\\' { 2 } else { 1 };
    }
    // A line end carried over at the end of the source leaves the tokenizer on the last line.
    let last = source.lines().count().max(1) as u32;
    lines.line_col(i.min(source.len()) as u32).0.min(last)
}

/// Whether ruff's error is CPython's parser meeting an INDENT token ("unexpected indent"),
/// which no later tokenizer error overrides.
pub fn unexpected_indent(source: &str, e: &ParseError) -> bool {
    matches!(e.error, ParseErrorType::UnexpectedIndentation) || indent_after_decorator(source, e)
}

/// A decorator line followed by an indented line: ruff wants a definition where CPython's
/// parser meets an INDENT token.
fn indent_after_decorator(source: &str, e: &ParseError) -> bool {
    let (at, end) = (e.location.start().to_usize(), e.location.end().to_usize());
    let at_line_start = at == 0 || source.get(..at).is_some_and(|s| s.ends_with('\n'));
    matches!(&e.error, ParseErrorType::OtherError(m)
            if m.starts_with("Expected class, function definition"))
        && at_line_start
        && source
            .get(at..end)
            .is_some_and(|t| !t.is_empty() && t.trim().is_empty())
}

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
    let at = offset as usize;
    let err_end = e.location.end().to_u32() as usize;
    let target = source.get(at..err_end).unwrap_or("");
    let line_start = source[..at.min(source.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let before_on_line = &source[line_start..at.min(source.len())];
    // Where the parser's last lookahead began, for the messages whose rule ends by reading
    // the token after an expression: the line of that token decides whether an unclosed
    // bracket is reported instead.
    let mut read_after: Option<usize> = None;
    let indent_after_decorator = indent_after_decorator(source, e);
    if let Some(err) = indent_error_through(source, filename, lines, line) {
        return err;
    }
    // Patterns are not expressions: CPython's hints for dictionaries, commas and walruses
    // never apply to them.
    let in_pattern = in_case_pattern(source, lines, line);
    if in_pattern && let Some(stop) = pattern_error_at(source, e, at, err_end) {
        let (l, c) = lines.line_col(stop as u32);
        return finish(source, filename, lines, kind, "invalid syntax".into(), l, c);
    }
    let mut msg = match &e.error {
        ParseErrorType::Lexical(_) | ParseErrorType::UnexpectedIndentation => String::new(),
        _ if legacy_call(before_on_line, source.get(at..).unwrap_or("")).is_some() => {
            let word = legacy_call(before_on_line, &source[at..]).unwrap_or("print");
            col = (before_on_line.trim_end().chars().count() - word.len()) as u32 + 1;
            format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?")
        }
        _ => String::new(),
    };
    if !msg.is_empty() {
        return finish(source, filename, lines, kind, msg, line, col);
    }
    msg = match &e.error {
        _ if (target == "for"
            || (target == "async"
                && source[err_end..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with("for")))
            && keyword_argument_start(before_on_line).is_some() =>
        {
            // `f(x=1 for x in y)`: CPython marks the keyword and its `=`.
            let (name, eq) = keyword_argument_start(before_on_line).unwrap_or((0, 0));
            col = before_on_line[..name].chars().count() as u32 + 1;
            end_col = before_on_line[..eq + 1].chars().count() as u32 + 1;
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string()
        }
        _ if target == ":=" && in_pattern => "invalid syntax".to_string(),
        _ if target == ":=" => {
            // `a.b := 1`: a walrus needs a plain name.
            let start = previous_expression_start(source, at);
            let end = code_end_before(source, at).max(start);
            let operand = &source[start..end];
            if operand.is_empty() || expr_name(operand) == "name" {
                "invalid syntax".to_string()
            } else {
                (line, col) = lines.line_col(start as u32);
                end_col = col + operand.chars().count() as u32;
                format!(
                    "cannot use assignment expressions with {}",
                    expr_name(operand)
                )
            }
        }
        ParseErrorType::OtherError(m)
            if m.starts_with("Multiple exception types must be parenthesized") =>
        {
            "multiple exception types must be parenthesized".to_string()
        }
        ParseErrorType::OtherError(m)
            if m == "Bytes literal cannot be mixed with non-bytes literals" =>
        {
            // Reported at the token after the strings.
            let rest = source.get(err_end..).unwrap_or("");
            let skip = rest.len() - rest.trim_start_matches([' ', '\t']).len();
            (line, col) = lines.line_col((err_end + skip) as u32);
            end_col = col + super::token_chars(source, err_end + skip) as u32;
            "cannot mix bytes and nonbytes literals".to_string()
        }
        ParseErrorType::OtherError(m)
            if m == "Only one '*' parameter allowed" || m == "Only one '*' separator allowed" =>
        {
            "* argument may appear only once".to_string()
        }
        ParseErrorType::OtherError(m) if m == "Only one '/' separator allowed" => {
            "/ may appear only once".to_string()
        }
        ParseErrorType::OtherError(m)
            if m == "Position-only parameter separator not allowed as first parameter"
                && (is_def_line(before_on_line) || before_on_line.contains("lambda"))
                && innermost_open_in(before_on_line)
                    .map_or(before_on_line.rfind("lambda").map(|l| l + 6), |o| {
                        Some(o + 1)
                    })
                    .is_some_and(|p| before_on_line[p..].contains('*')) =>
        {
            "/ must be ahead of *".to_string()
        }
        ParseErrorType::OtherError(m)
            if m == "Position-only parameter separator not allowed as first parameter"
                && is_def_line(before_on_line) =>
        {
            "at least one argument must precede /".to_string()
        }
        ParseErrorType::OtherError(m) if m == "'/' parameter must appear before '*' parameter" => {
            "/ must be ahead of *".to_string()
        }
        ParseErrorType::OtherError(m)
            if m == "Positional patterns cannot follow keyword patterns" =>
        {
            "positional patterns follow keyword patterns".to_string()
        }
        ParseErrorType::InvalidMatchPatternTarget
            if target == "_" && !before_on_line.trim_end().ends_with("**") =>
        {
            "cannot use '_' as a target".to_string()
        }
        ParseErrorType::OtherError(m)
            if m == "Expected an identifier"
                && before_on_line.trim_end().ends_with(" as")
                && before_on_line.trim_start().starts_with("case") =>
        {
            "invalid pattern target".to_string()
        }
        ParseErrorType::ExpectedImaginaryNumber
            if target.starts_with(|c: char| c.is_ascii_digit() || c == '.')
                && target
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_') =>
        {
            "imaginary number required in complex literal".to_string()
        }
        ParseErrorType::ExpectedRealNumber
            if source
                .get(err_end..)
                .is_some_and(|r| r.trim_start().starts_with(['+', '-']))
                && before_on_line
                    .trim_end()
                    .strip_suffix(['+', '-'])
                    .is_some_and(|b| b.trim_end().ends_with(|c: char| c.is_alphanumeric())) =>
        {
            // `1 + 2j + 3`: CPython stops at the second operator.
            let rest = &source[err_end..];
            col += (err_end - at + rest.len() - rest.trim_start().len()) as u32;
            "invalid syntax".to_string()
        }
        ParseErrorType::ExpectedRealNumber
            if target.starts_with(|c: char| c.is_ascii_digit() || c == '.')
                && target
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_') =>
        {
            "real number required in complex literal".to_string()
        }
        ParseErrorType::VarParameterWithDefault => {
            if before_on_line
                .trim_end()
                .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
                .trim_end()
                .ends_with("**")
            {
                "var-keyword argument cannot have default value".to_string()
            } else {
                "var-positional argument cannot have default value".to_string()
            }
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            // CPython points at the call's closing bracket, the last token it read.
            let close = call_close_after(source, at).unwrap_or(err_end);
            (line, col) = lines.line_col(close as u32);
            end_col = col + 1;
            "positional argument follows keyword argument unpacking".to_string()
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Rpar | TokenKind::Colon,
            found: TokenKind::Lpar,
        } if parenthesized_params(source, at, before_on_line).is_some() => {
            parenthesized_params(source, at, before_on_line).unwrap_or_default()
        }
        ParseErrorType::ExpectedExpression
            if before_on_line.trim_end().ends_with('=')
                && target.starts_with([')', ','])
                && in_parameters(before_on_line) =>
        {
            col = before_on_line.trim_end().chars().count() as u32;
            "expected default value expression".to_string()
        }
        ParseErrorType::ExpectedExpression
            if before_on_line.trim_end().ends_with("->") && is_def_line(before_on_line) =>
        {
            col = before_on_line.trim_end().chars().count() as u32 - 1;
            "expected ':'".to_string()
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Comma,
            found: TokenKind::Star,
        } if before_on_line.trim_end().ends_with('/') && in_parameters(before_on_line) => {
            "expected comma between / and *".to_string()
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Rsqb | TokenKind::Rbrace,
            found,
        } if (*found == TokenKind::For
            || (*found == TokenKind::Newline
                && starts_with_word(&source[at..], "for")
                && call_close_after(source, at).is_some()))
            && innermost_open(source, at).is_some_and(|o| {
                let inner = &source[o + 1..at];
                !inner.contains(['(', '[', '{', ':'])
                    && inner.contains(',')
                    && !inner.contains("**")
            }) =>
        {
            // CPython marks the target, from its first item to its last.
            let open = innermost_open(source, at).unwrap_or(at);
            let inner = &source[open + 1..at];
            let first = inner.len() - inner.trim_start().len();
            let last = inner.trim_end().len().max(first);
            (line, col) = lines.line_col((open + 1 + first) as u32);
            end_col = match inner[first..last].rfind('\n') {
                // A target over several lines ends on its last line.
                Some(nl) => {
                    lines.line_col((open + 1 + first + nl + 1) as u32).1
                        + inner[first + nl + 1..last].chars().count() as u32
                }
                None => col + inner[first..last].chars().count() as u32,
            };
            "did you forget parentheses around the comprehension target?".to_string()
        }
        ParseErrorType::InvalidStarredExpressionUsage
            if before_on_line.trim_end().ends_with(':')
                && !target.starts_with("**")
                && inside_brace(source, at) =>
        {
            "cannot use a starred expression in a dictionary value".to_string()
        }
        ParseErrorType::InvalidStarredExpressionUsage
            if before_on_line.trim_end().ends_with('(')
                && source
                    .get(err_end..)
                    .is_some_and(|r| r.trim_start().starts_with(')'))
                && !is_call_paren(before_on_line) =>
        {
            "cannot use starred expression here".to_string()
        }
        ParseErrorType::ExpectedExpression
            if target == "**"
                && before_on_line.trim_end().ends_with('(')
                && !is_call_paren(before_on_line) =>
        {
            "cannot use double starred expression here".to_string()
        }
        ParseErrorType::OtherError(m)
            if m == "Expected a parameter name" && target.starts_with('*') =>
        {
            col += (err_end - at) as u32;
            "invalid syntax".to_string()
        }
        ParseErrorType::OtherError(m)
            if (m == "Star import must be the only import"
                || m == "Star import cannot be parenthesized")
                && target.contains('*') =>
        {
            // CPython's grammar takes a bare `*` only as the whole name list: it stops at the
            // token after a leading one, and at the `*` anywhere else.
            let star = target.find('*').unwrap_or(0);
            let parenthesized = target.starts_with('(') || before_on_line.trim_end().ends_with('(');
            let mut pos = at + star;
            if target[..star].trim().is_empty() && !parenthesized {
                let after = &source[pos + 1..];
                pos += 1 + after.len() - after.trim_start_matches([' ', '\t']).len();
            }
            (line, col) = lines.line_col(pos as u32);
            "invalid syntax".to_string()
        }
        ParseErrorType::UnparenthesizedGeneratorExpression
            if before_on_line.trim_start().starts_with("class ") =>
        {
            if let Some(f) = target.find(" for ") {
                col += f as u32 + 1;
            }
            "invalid syntax".to_string()
        }
        ParseErrorType::ExpectedToken { .. }
        | ParseErrorType::SimpleStatementsOnSameLine
        | ParseErrorType::InvalidAssignmentTarget
            if glued_number(source, at).is_some() =>
        {
            glued_number(source, at).unwrap_or_default()
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found: TokenKind::Newline,
        } => "expected ':'".to_string(),
        // Headers whose ':' CPython's grammar demands outright (`else if x:`, `def f() {`).
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } if {
            let head = before_on_line.trim_start();
            let head = head.strip_prefix("async ").unwrap_or(head).trim_start();
            let word = head
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("");
            matches!(word, "else" | "try" | "finally" | "def")
        } =>
        {
            "expected ':'".to_string()
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found: TokenKind::Rbrace | TokenKind::Comma,
        } if inside_brace(source, at) && !in_pattern => {
            // CPython points at the last character of the key.
            let key_end = source[..at].trim_end().len();
            if let Some((i, _)) = source[..key_end].char_indices().next_back() {
                (line, col) = lines.line_col(i as u32);
            }
            "':' expected after dictionary key".to_string()
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Else,
            found,
        } if *found != TokenKind::Colon => {
            // CPython marks `body if test`, from the body's start to the test's end.
            if let Some(i) = before_on_line.rfind(" if ") {
                let if_at = at - before_on_line.len() + i;
                let mut body =
                    after_keyword(source, previous_expression_start(source, if_at), if_at);
                // `a if b else c if d`: the body is `c`, the operand after the last `else`.
                let top = top_level_text(&source[body..if_at]);
                if let Some(k) = top.rfind(" else ") {
                    let rest = &source[body + k + 6..if_at];
                    body += k + 6 + (rest.len() - rest.trim_start().len());
                }
                (line, col) = lines.line_col(body as u32);
                let test = if_at + 4;
                let test_end = scan_end(source, test, Level::Disjunction).max(test);
                read_after = Some(test_end);
                end_col = lines.line_col(test_end as u32).1;
            }
            "expected 'else' after 'if' expression".to_string()
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Lpar,
            ..
        } if is_def_header(before_on_line) => "expected '('".to_string(),
        ParseErrorType::ExpectedToken {
            found: TokenKind::Int | TokenKind::Float | TokenKind::Complex,
            ..
        } if source
            .get(err_end..)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| {
                (c.is_alphanumeric() || c == '_') && number_message(target, c).is_some()
            }) =>
        {
            let next = source[err_end..].chars().next().unwrap_or('_');
            number_message(target, next).unwrap_or_default()
        }
        ParseErrorType::ExpectedToken { .. }
            if !in_pattern && dict_key_without_colon(source, at) =>
        {
            // CPython points at the last character of the key.
            let key_end = code_end_before(source, at);
            if let Some((i, _)) = source[..key_end].char_indices().next_back() {
                (line, col) = lines.line_col(i as u32);
            }
            "':' expected after dictionary key".to_string()
        }
        _ if !in_pattern && empty_subscript_comma(source, at).is_some() => {
            let start = empty_subscript_comma(source, at).unwrap_or(at);
            read_after = Some(at + 1);
            let end_line_col = lines.line_col(at as u32 + 1).1;
            (line, col) = lines.line_col(start as u32);
            end_col = end_line_col;
            "invalid syntax. Perhaps you forgot a comma?".to_string()
        }
        ParseErrorType::ExpectedToken { found, .. }
            if !in_pattern && forgot_comma(source, at, *found) =>
        {
            // CPython marks from the expression before the missing comma to the end of the one
            // after it (on this line).
            let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
            let b_end = super::expr_scan::expression_end(source, at);
            read_after = Some(b_end.max(at + 1));
            let b_end = b_end.clamp(at + 1, line_end.max(at + 1));
            let b_end_col = col + source[at..b_end].chars().count() as u32;
            (line, col) = lines.line_col(comma_operand_start(source, at) as u32);
            end_col = b_end_col;
            "invalid syntax. Perhaps you forgot a comma?".to_string()
        }
        ParseErrorType::ExpectedToken { found, .. }
            if is_augmented(*found)
                && !assigns_before(before_on_line)
                && innermost_open(source, at).is_none()
                && !before_on_line
                    .split_whitespace()
                    .next()
                    .is_some_and(super::expr_scan::is_keyword) =>
        {
            col = (before_on_line.len() - before_on_line.trim_start().len()) as u32 + 1;
            "'tuple' is an illegal expression for augmented assignment".to_string()
        }
        _ if indent_after_decorator => {
            kind = "IndentationError";
            col = target.len() as u32;
            "unexpected indent".to_string()
        }
        ParseErrorType::UnexpectedIndentation => {
            kind = "IndentationError";
            col = lines
                .text(source, line)
                .map_or(col, |t| (t.len() - t.trim_start().len()) as u32);
            "unexpected indent".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            kind = "IndentationError";
            // CPython points just past the end of the offending line.
            col = lines
                .text(source, line)
                .map_or(col, |t| t.trim_end().chars().count() as u32 + 1);
            "unindent does not match any outer indentation level".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let rest = source.get(at..).unwrap_or("");
            if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
                // CPython names the line where the file ends.
                let eof_line = source.lines().count().max(1);
                format!("unterminated triple-quoted string literal (detected at line {eof_line})")
            } else {
                let last = unterminated_line(source, at, lines);
                format!("unterminated string literal (detected at line {last})")
            }
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after ") => {
            kind = "IndentationError";
            let clause = m
                .trim_start_matches("Expected an indented block after ")
                .replace('`', "'");
            let clause = clause.replace("`class` definition", "class definition");
            // CPython calls every block header a statement.
            let clause = clause
                .replace("' clause", "' statement")
                .replace("' block", "' statement");
            let header_here = before_on_line
                .split('#')
                .next()
                .unwrap_or("")
                .trim_end()
                .ends_with(':');
            let first = if header_here { line + 1 } else { line };
            let clause_line = (1..first).rev().find(|&l| {
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
            } else if clause == "'except' statement"
                && clause_line
                    .and_then(|l| lines.text(source, l))
                    .is_some_and(|t| {
                        t.trim_start()
                            .strip_prefix("except")
                            .is_some_and(|r| r.trim_start().starts_with('*'))
                    })
            {
                "'except*' statement".to_string()
            } else {
                clause
            };
            let msg = format!(
                "expected an indented block after {clause} on line {}",
                clause_line
                    .map(|l| logical_line_start(source, l))
                    .unwrap_or(line.saturating_sub(1).max(1))
            );
            // Reported at the statement that should have been indented.
            if header_here
                && let Some(l) = (line + 1..=lines.line_count()).find(|&l| {
                    lines.text(source, l).is_some_and(|t| {
                        let t = t.trim();
                        !t.is_empty() && !t.starts_with('#')
                    })
                })
            {
                let t = lines.text(source, l).unwrap_or_default();
                let width = indent_width(&t);
                let header_width = lines.text(source, line).map_or(0, |h| indent_width(&h));
                let levels = indent_levels(source, line);
                line = l;
                if width < header_width && !levels.contains(&width) {
                    // The tokenizer fails on the dedent before the parser misses the block.
                    kind = "IndentationError";
                    col = t.trim_end().chars().count() as u32 + 1;
                    return finish(
                        source,
                        filename,
                        lines,
                        kind,
                        "unindent does not match any outer indentation level".into(),
                        line,
                        col,
                    );
                }
                // A dedent is the failing token then, which CPython places one column left.
                let lead = (t.len() - t.trim_start().len()) as u32;
                col = if width < header_width {
                    lead.max(1)
                } else {
                    lead + 1
                };
            } else if header_here {
                // Nothing follows but blank lines and comments: CPython reports the end of
                // the file, just past the last line's text.
                let last = lines.line_count() - u32::from(source.ends_with('\n'));
                if last > line {
                    line = last;
                    let t = lines.text(source, line).unwrap_or_default();
                    col = t.trim_end_matches(['\r', '\n']).chars().count() as u32 + 1;
                }
            }
            msg
        }
        ParseErrorType::OtherError(m)
            if m == "Cannot have both 'except' and 'except*' on the same 'try'" =>
        {
            // The `except` keyword is marked.
            end_col = col + "except".len() as u32;
            "cannot have both 'except' and 'except*' on the same 'try'".to_string()
        }
        ParseErrorType::OtherError(m)
            if m == "Expected one or more exception types"
                && (target == ":" || target.starts_with(['\n', '\r'])) =>
        {
            "expected one or more exception types".to_string()
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected `except` or `finally`") => {
            // Reported at the first token after the try block; at the end of the file, just
            // past the end of the block's last line.
            if let Some(l) = try_block_follower(source, lines, line) {
                line = l;
                col = lines
                    .text(source, l)
                    .map_or(col, |t| (t.len() - t.trim_start().len()) as u32 + 1);
            } else if !target.is_empty() {
                // ruff stopped at the token itself.
            } else if let Some(l) = (1..=line.min(lines.line_count()))
                .rev()
                .find(|&l| lines.text(source, l).is_some_and(|t| !t.trim().is_empty()))
            {
                line = l;
                col = lines
                    .text(source, l)
                    .map_or(col, |t| t.trim_end().chars().count() as u32 + 1);
            }
            "expected 'except' or 'finally' block".to_string()
        }
        ParseErrorType::InvalidAssignmentTarget if tuple_item_equals(source, at).is_some() => {
            let (m, start) = tuple_item_equals(source, at).unwrap_or_default();
            read_after = Some(value_end_after_equals(source, start));
            (line, col) = lines.line_col(start as u32);
            m
        }
        ParseErrorType::InvalidAssignmentTarget => {
            assignment_target_message(source, target, before_on_line, err_end)
        }
        ParseErrorType::InvalidDeleteTarget if target.starts_with('*') => {
            "cannot delete starred".to_string()
        }
        ParseErrorType::InvalidDeleteTarget => format!("cannot delete {}", expr_name(target)),
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            // CPython's rule needs an annotation after the ':'; without one the ':' is the
            // unexpected token.
            let rest = source.get(err_end..).unwrap_or("");
            let colon = rest.len() - rest.trim_start_matches([' ', '\t', ')']).len();
            let after_colon = rest[colon..].strip_prefix(':').map(|r| {
                let r = r.split('\n').next().unwrap_or("");
                r.split('#').next().unwrap_or("").trim()
            });
            if after_colon.is_some_and(str::is_empty) {
                (line, col) = lines.line_col((err_end + colon) as u32);
                end_col = col + 1;
                "invalid syntax".to_string()
            } else {
                if !target.contains('\n') {
                    end_col = col + target.chars().count() as u32;
                }
                "illegal target for annotation".to_string()
            }
        }
        ParseErrorType::OtherError(m) if m.starts_with("Only single target (not ") => {
            // The whole target is marked.
            if !target.contains('\n') {
                end_col = col + target.chars().count() as u32;
            }
            let mut m = m.clone();
            m.replace_range(..1, "o");
            m
        }
        ParseErrorType::InvalidNamedAssignmentTarget
            if innermost_open(source, at).is_some_and(|o| is_call_paren(&source[..o + 1])) =>
        {
            // A call's argument is no named expression: the parser stops at the `:=`.
            let rest = &source[err_end..];
            let walrus = err_end + (rest.len() - rest.trim_start().len());
            (line, col) = lines.line_col(walrus as u32);
            "invalid syntax".to_string()
        }
        ParseErrorType::InvalidNamedAssignmentTarget => {
            end_col = col + target.chars().count() as u32;
            format!(
                "cannot use assignment expressions with {}",
                expr_name(target)
            )
        }
        ParseErrorType::OtherError(m)
            if m == "Expected a parameter name"
                && source
                    .get(err_end..)
                    .is_some_and(|r| r.trim_start().starts_with('=')) =>
        {
            match target.trim() {
                t @ ("True" | "False" | "None") => format!("cannot assign to {t}"),
                _ => "expression cannot contain assignment, perhaps you meant \"==\"?".to_string(),
            }
        }
        ParseErrorType::OtherError(m)
            if m == "Trailing comma not allowed"
                && before_on_line.trim_start().starts_with("from") =>
        {
            col += 1;
            "trailing comma not allowed without surrounding parentheses".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => {
            if let Some(start) = string_token_start(source, at) {
                (line, col) = lines.line_col(start as u32);
                // The whole literal is marked.
                end_col = col + super::token_chars(source, start) as u32;
            }
            "bytes can only contain ASCII literal characters".to_string()
        }
        ParseErrorType::Lexical(
            LexicalErrorType::UnicodeError
            | LexicalErrorType::MissingUnicodeLbrace
            | LexicalErrorType::MissingUnicodeRbrace,
        ) if escape_error(source, at).is_some() => {
            let (m, end) = escape_error(source, at).unwrap_or_default();
            (line, col) = lines.line_col(end as u32);
            // Reported at the token after the string, which is marked.
            end_col = col + super::token_chars(source, end) as u32;
            m
        }
        ParseErrorType::ExpectedExpression
            if target == "}"
                && before_on_line.trim_end().ends_with(':')
                && inside_brace(source, at)
                && !in_fstring_field(before_on_line) =>
        {
            // CPython points at the colon, and only at it.
            let colon = before_on_line.trim_end().chars().count() - 1;
            col = colon as u32 + 1;
            end_col = col + 1;
            "expression expected after dictionary key and ':'".to_string()
        }
        ParseErrorType::ExpectedExpression if in_fstring_field(before_on_line) => {
            let empty_field = before_on_line.trim_end().ends_with('{');
            match target.chars().next() {
                Some('}') if empty_field => "f-string: empty expression not allowed".to_string(),
                Some(c @ ('!' | ':')) if empty_field => {
                    format!("f-string: expression required before '{c}'")
                }
                Some(')') => "f-string: unmatched ')'".to_string(),
                Some('\'' | '"') if empty_field => "f-string: expecting '}'".to_string(),
                _ => "invalid syntax".to_string(),
            }
        }
        ParseErrorType::ExpectedToken {
            found: TokenKind::Equal,
            ..
        }
        | ParseErrorType::OtherError(_)
            if target == "=" && misplaced_equals(source, at, before_on_line).is_some() =>
        {
            let (m, start) = misplaced_equals(source, at, before_on_line).unwrap_or_default();
            read_after = Some(value_end_after_equals(source, at));
            col = start as u32 + 1;
            m
        }

        ParseErrorType::InvalidAugmentedAssignmentTarget => format!(
            "'{}' is an illegal expression for augmented assignment",
            expr_name(target)
        ),
        ParseErrorType::PositionalAfterKeywordArgument => {
            // CPython points at the call's closing bracket, the last token it read.
            let close = call_close_after(source, at).unwrap_or(err_end);
            (line, col) = lines.line_col(close as u32);
            end_col = col + 1;
            "positional argument follows keyword argument".to_string()
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            "non-default argument follows default argument".to_string()
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            "iterable argument unpacking follows keyword argument unpacking".to_string()
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            "Generator expression must be parenthesized".to_string()
        }
        ParseErrorType::ParamAfterVarKeywordParam => {
            "arguments cannot follow var-keyword argument".to_string()
        }
        ParseErrorType::FStringError(f)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(f)) => {
            use ruff_python_parser::InterpolatedStringErrorType as F;
            let field = in_fstring_field(before_on_line);
            match f {
                F::UnterminatedString
                    if fstring_field_has_hash(
                        source[..at.min(source.len())]
                            .trim_end_matches(['\n', '\r'])
                            .rsplit('\n')
                            .next()
                            .unwrap_or(""),
                    ) =>
                {
                    if at > 0 && before_on_line.is_empty() {
                        (line, col) = lines.line_col(at as u32 - 1);
                        col += 1;
                    }
                    "f-string expression part cannot include '#'".to_string()
                }
                F::UnterminatedString if !field => {
                    let start = string_token_start(source, at);
                    if let Some(start) = start {
                        (line, col) = lines.line_col(start as u32);
                    }
                    let last = unterminated_line(source, start.unwrap_or(at), lines);
                    format!("unterminated string literal (detected at line {last})")
                }
                F::InvalidConversionFlag if target.chars().count() > 1 => {
                    "f-string: expecting '}'".to_string()
                }
                F::UnclosedLbrace if target.starts_with(')') => {
                    "f-string: unmatched ')'".to_string()
                }
                _ => fstring_message(f),
            }
        }
        ParseErrorType::ExpectedKeywordParam => {
            // A `def` is faulted at its bare `*`; a lambda at the last token read after it
            // (`:`, or the `**` of `*, **k`).
            let star = if target.starts_with("**") {
                source[..at].rfind('*').unwrap_or(at)
            } else {
                at
            };
            let head = &source[..star];
            let in_lambda = head.rfind("lambda").map(|i| i as isize).unwrap_or(-1)
                > head.rfind("def").map(|i| i as isize).unwrap_or(-1);
            let mut pos = star;
            let mut width = 1;
            if in_lambda {
                let after = |i: usize| {
                    let rest = &source[i..];
                    i + rest.len() - rest.trim_start_matches([' ', '\t']).len()
                };
                pos = after(star + 1);
                if source[pos..].starts_with(',') {
                    pos = after(pos + 1);
                }
                if source[pos..].starts_with("**") {
                    width = 2;
                }
            }
            (line, col) = lines.line_col(pos as u32);
            end_col = col + width;
            "named arguments must follow bare *".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
            if tok.is_ascii() {
                "invalid syntax".to_string()
            } else {
                invalid_character(*tok)
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError)
            if in_fstring_field(before_on_line) =>
        {
            // 3.11 refuses any backslash in a replacement field, and says so past the end of
            // the f-string.
            if let Some(end) = fstring_end_after(source, at) {
                (line, col) = lines.line_col(end as u32);
                end_col = col;
            }
            "f-string expression part cannot include a backslash".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
            col += 1;
            "unexpected character after line continuation character".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            "unexpected EOF while parsing".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::OtherError(m))
            if !m.contains("decimal integer literal")
                && target.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            let next = source
                .get(err_end..)
                .and_then(|r| r.chars().next())
                .unwrap_or('_');
            number_message(target, next).unwrap_or_else(|| "invalid syntax".to_string())
        }
        ParseErrorType::Lexical(LexicalErrorType::OtherError(m))
            if m.contains("decimal integer literal") =>
        {
            let digits = target.trim_start_matches(['0', '_']);
            if target.starts_with('0') && digits.chars().all(|c| c.is_ascii_digit() || c == '_') {
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix \
                 for octal integers"
                    .to_string()
            } else {
                "invalid decimal literal".to_string()
            }
        }
        ParseErrorType::SimpleStatementsOnSameLine => {
            let stmt = before_on_line.trim_start();
            let word = ["print", "exec"]
                .into_iter()
                .find(|w| stmt.strip_prefix(w).is_some_and(|r| r.trim().is_empty()));
            if let Some(word) = word {
                col = (before_on_line.len() - stmt.len()) as u32 + 1;
                format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?")
            } else if let Some(lit) = glued_number(source, at) {
                lit
            } else {
                "invalid syntax".to_string()
            }
        }
        _ => match conditional_missing_else(source, at) {
            Some((start, end)) => {
                read_after = Some(end);
                let end_line_col = lines.line_col(end as u32).1;
                (line, col) = lines.line_col(start as u32);
                end_col = end_line_col;
                "expected 'else' after 'if' expression".to_string()
            }
            None => {
                // `a not b`: the parser reads the token after `not` looking for `in`, and
                // fails there.
                if target == "not" {
                    let rest = &source[err_end..];
                    let skip = rest.len() - rest.trim_start_matches([' ', '\t']).len();
                    (line, col) = lines.line_col((err_end + skip) as u32);
                }
                "invalid syntax".to_string()
            }
        },
    };
    // The parser reads the token after the one it fails on (or after the expression its
    // error rule read); a stray backslash there is the tokenizer's error, raised first.
    let lookahead = read_after.unwrap_or(err_end.max(at));
    if !matches!(
        e.error,
        ParseErrorType::Lexical(_) | ParseErrorType::UnexpectedIndentation
    ) && let Some(rest) = source.get(lookahead..)
    {
        let skip = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
        let r = &rest[skip..];
        if r.starts_with('\\') && !r[1..].starts_with(['\n', '\r']) && !r[1..].is_empty() {
            let bs = lookahead + skip;
            (line, col) = lines.line_col(bs as u32 + 1);
            return finish(
                source,
                filename,
                lines,
                "SyntaxError",
                "unexpected character after line continuation character".into(),
                line,
                col,
            );
        }
    }
    // Number literals: CPython's tokenizer points where its scan of the literal stopped.
    if (msg.starts_with("invalid ") && msg.ends_with(" literal"))
        || msg.starts_with("invalid digit")
    {
        let b = source.as_bytes();
        let mut start = at.min(b.len());
        while start > 0
            && (b[start - 1].is_ascii_alphanumeric() || matches!(b[start - 1], b'_' | b'.'))
        {
            start -= 1;
        }
        while start < at && !(b[start].is_ascii_digit() || b[start] == b'.') {
            start += 1;
        }
        if let Some((m, cur)) = number_scan(source, start) {
            msg = m;
            let ls = source[..start].rfind('\n').map_or(0, |i| i + 1);
            line = lines.line_col(start as u32).0;
            col = source[ls..cur.min(source.len())].chars().count() as u32;
        } else if start < source.len()
            && source.as_bytes()[start].is_ascii_digit()
            && let Some(kw) = glued_keyword(source, start)
        {
            // `1if`, `9else`: CPython's tokenizer lets a keyword follow a number (with a
            // warning); the parser then fails at the keyword.
            msg = "invalid syntax".to_string();
            (line, col) = lines.line_col(kw as u32);
        }
    }
    // Brackets: the tokenizer reports an unmatched or mismatched closer when the parser reaches
    // it, and an error from the parser (not the tokenizer) is replaced by a tokenizer error
    // found later in the file. An unclosed bracket is named at the end of the file, or when a
    // parser error lies on a later line than the bracket.
    // An unexpected indent is the parser's verdict on an INDENT token: CPython looks no
    // further for tokenizer errors then.
    let generic = !matches!(e.error, ParseErrorType::Lexical(_)) && !unexpected_indent(source, e);
    let closer_at = match bracket_problem(source, lines) {
        Some(Bracket::Closer(_, pos)) => Some(pos),
        _ => None,
    };
    if generic
        && let Some(pos) = later_unclosed_string(source, at)
        && closer_at.is_none_or(|c| c > pos)
    {
        (line, col) = lines.line_col(pos as u32);
        let quote_at = source[pos..].trim_start_matches(|c: char| c.is_ascii_alphabetic());
        let msg = if quote_at.starts_with("\"\"\"") || quote_at.starts_with("'''") {
            let last = source.lines().count().max(1);
            format!("unterminated triple-quoted string literal (detected at line {last})")
        } else {
            let last = unterminated_line(source, pos, lines);
            format!("unterminated string literal (detected at line {last})")
        };
        return CompileError {
            kind: "SyntaxError",
            msg,
            filename: filename.to_string(),
            line,
            col,
            end_col: (col + 1) as i32,
            text: lines.text(source, line),
        };
    }
    // A stray backslash after the error ends CPython's scan for tokenizer errors; a bracket
    // still open there, opened on a line before the error's, is reported as never closed.
    let stray = if generic {
        stray_backslash_after(source, at)
    } else {
        None
    };
    if let Some(b) = stray
        && closer_at.is_none_or(|c| c > b)
        && let Some(open) = innermost_open(source, b)
        && lines.line_col(open as u32).0 < line.max(lines.line_col(at as u32).0)
    {
        let (l, c) = lines.line_col(open as u32);
        let m = format!("'{}' was never closed", source.as_bytes()[open] as char);
        return finish(source, filename, lines, "SyntaxError", m, l, c);
    }
    let msg = match bracket_problem(source, lines) {
        Some(Bracket::Closer(m, pos))
            if (pos <= at || generic) && stray.is_none_or(|b| pos < b) =>
        {
            kind = "SyntaxError";
            (line, col) = lines.line_col(pos as u32);
            end_col = col + 1;
            m
        }
        Some(Bracket::Unclosed(m, pos)) => {
            let (bl, bc) = lines.line_col(pos as u32);
            let at_eof = source.get(at..).is_none_or(|r| r.trim().is_empty());
            // CPython compares with the line of the last token its parser read, which for a
            // plain "invalid syntax" is the token after the one ruff stops at.
            let at_line = lines.line_col(at as u32).0;
            let next_token = read_after.map(|r| {
                let rest = &source[r.min(source.len())..];
                let mut skip = 0;
                for l in rest.split_inclusive('\n') {
                    let code = l.split('#').next().unwrap_or("");
                    if !code.trim().is_empty() {
                        skip += code.len() - code.trim_start().len();
                        break;
                    }
                    skip += l.len();
                }
                r + skip
            });
            let at_eof = at_eof || next_token.is_some_and(|n| n >= source.len());
            let read_line = if let Some(n) = next_token {
                lines.line_col(n.min(source.len()) as u32).0
            } else if msg == "invalid syntax" {
                let rest = source.get(at..).unwrap_or("");
                let skip = rest.len() - rest.trim_start().len();
                lines.line_col((at + skip) as u32).0.max(at_line)
            } else {
                at_line
            };
            // After a complete statement, CPython's second pass reads a `{` on as a display.
            let head_word = before_on_line
                .trim_start()
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("");
            let compound = matches!(
                head_word,
                "class"
                    | "def"
                    | "if"
                    | "elif"
                    | "while"
                    | "for"
                    | "with"
                    | "try"
                    | "except"
                    | "async"
                    | "match"
                    | "case"
                    | "else"
                    | "finally"
            );
            let brace_here = target == "{"
                && pos == at
                && !compound
                && before_on_line
                    .trim_end()
                    .ends_with(|c: char| c.is_alphanumeric() || ")]}'\"_".contains(c));
            if (generic && read_line > bl) || at_eof || (generic && brace_here) {
                kind = "SyntaxError";
                (line, col) = (bl, bc);
                end_col = col + 1;
                m
            } else {
                msg
            }
        }
        _ => msg,
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
        end_col: end_col as i32,
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

/// What the tokenizer finds wrong with the brackets of a source text.
enum Bracket {
    /// An unmatched or mismatched closing bracket, with its offset.
    Closer(String, usize),
    /// A bracket still open at the end of the file (the innermost), with its offset.
    Unclosed(String, usize),
}

fn bracket_problem(src: &str, lines: &LineIndex) -> Option<Bracket> {
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
                    None => return Some(Bracket::Closer(format!("unmatched '{}'", c as char), i)),
                    Some((o, o_at)) if o != open => {
                        let (o_line, _) = lines.line_col(o_at as u32);
                        let (c_line, _) = lines.line_col(i as u32);
                        let on = if o_line == c_line {
                            String::new()
                        } else {
                            format!(" on line {o_line}")
                        };
                        return Some(Bracket::Closer(
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'{on}",
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
        .last()
        .map(|&(c, at)| Bracket::Unclosed(format!("'{}' was never closed", c as char), at))
}

/// Whether `at` lies inside a `{...}` (the innermost open bracket before it is a brace).
fn inside_brace(src: &str, at: usize) -> bool {
    innermost_open(src, at).is_some_and(|i| src.as_bytes()[i] == b'{')
}

/// The offset of the innermost bracket still open at `at` (brackets in strings and comments
/// do not count).
fn innermost_open(src: &str, at: usize) -> Option<usize> {
    let head = src.get(..at).unwrap_or(src);
    let b = head.as_bytes();
    let mut stack = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => stack.push(i),
            b')' | b']' | b'}' => {
                stack.pop();
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            q @ (b'\'' | b'"') => {
                let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    match b[i] {
                        b'\\' => i += 1,
                        b'\n' if !triple => break,
                        c if c == q
                            && (!triple
                                || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q))) =>
                        {
                            i += if triple { 2 } else { 0 };
                            break;
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack.last().copied()
}

fn is_augmented(t: TokenKind) -> bool {
    matches!(
        t,
        TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::PercentEqual
            | TokenKind::DoubleStarEqual
            | TokenKind::AtEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
    )
}

/// In a call's argument list, `name = value` as the argument under way at the end of `before`:
/// the byte offsets of the name and of its `=`.
fn keyword_argument_start(before: &str) -> Option<(usize, usize)> {
    let open = innermost_open_in(before)?;
    if !is_call_paren(&before[..open + 1]) {
        return None;
    }
    let b = before.as_bytes();
    let mut depth = 0i32;
    let mut arg = open + 1;
    for (i, &c) in b.iter().enumerate().skip(open + 1) {
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b',' if depth == 0 => arg = i + 1,
            _ => {}
        }
    }
    let text = &before[arg..];
    let name = arg + (text.len() - text.trim_start().len());
    let rest = &before[name..];
    let len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    if len == 0 || rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let after = &rest[len..];
    let eq = name + len + (after.len() - after.trim_start().len());
    (before.as_bytes().get(eq) == Some(&b'=') && before.as_bytes().get(eq + 1) != Some(&b'='))
        .then_some((name, eq))
}

/// Whether a statement's text before the place the parse failed already holds an assignment
/// (`=`) or augmented-assignment operator.
fn assigns_before(before: &str) -> bool {
    let b = before.as_bytes();
    (0..b.len()).any(|i| {
        if b[i] != b'=' || b.get(i + 1) == Some(&b'=') {
            return false;
        }
        let prev = if i > 0 { b[i - 1] } else { b' ' };
        let comparison = prev == b'='
            || prev == b'!'
            || (matches!(prev, b'<' | b'>') && (i < 2 || b[i - 2] != prev));
        !comparison
    })
}

/// CPython's name for the kind of an expression in "cannot assign to ..." messages.
fn expr_name(text: &str) -> &'static str {
    if text.starts_with("yield") {
        return "yield expression";
    }
    match ruff_python_parser::parse_expression(text.trim()) {
        Ok(parsed) => super::stmt::describe_expr(parsed.expr()),
        // `x := 1` stands alone only in parentheses.
        Err(_) => match ruff_python_parser::parse_expression(&format!("({})", text.trim())) {
            Ok(parsed) => super::stmt::describe_expr(parsed.expr()),
            Err(_) => "expression",
        },
    }
}

/// The message for an invalid assignment target. Like CPython's grammar, a plain
/// `target = value` statement whose target is an operand expression suggests `==`.
fn assignment_target_message(src: &str, target: &str, before: &str, end: usize) -> String {
    if before.trim_end().ends_with(" as") {
        // `except E as f():` and `import a as f()` fail in CPython's grammar before any target
        // check; a `with` item names its bad target.
        let head = before.trim_start();
        let head = head.strip_prefix("async").map_or(head, str::trim_start);
        let next = src.get(end..).unwrap_or("").trim_start_matches([' ', '\t']);
        if head.starts_with("with ") && next.starts_with([',', ')', ':']) {
            return format!("cannot assign to {}", expr_name(target));
        }
        return "invalid syntax".to_string();
    }
    let name = expr_name(target);
    let parenthesized = before.trim_end().ends_with('(');
    if !parenthesized && (target.starts_with("yield") || name == "yield expression") {
        return "assignment to yield expression not possible".to_string();
    }
    let statement_start = before.trim().chars().all(|c| c == '(');
    // A parenthesized target is an operand whatever it holds (but a generator expression).
    let wrapped = parenthesized
        && name != "generator expression"
        && src
            .get(end..)
            .is_some_and(|r| r.trim_start_matches([' ', '\t']).starts_with(')'));
    let operand = wrapped
        || !matches!(
            name,
            "list"
                | "tuple"
                | "True"
                | "False"
                | "None"
                | "comparison"
                | "conditional expression"
                | "lambda"
                | "named expression"
                | "generator expression"
        ) && !target.trim_start().starts_with("not ")
            && !target.contains(" and ")
            && !target.contains(" or ");
    let rest = src.get(end..).unwrap_or("");
    let rest = rest.split('\n').next().unwrap_or("");
    let rest = rest.trim_start_matches([')', ' ', '\t']);
    let single_eq = rest.starts_with('=') && !rest.starts_with("==");
    if statement_start
        && operand
        && single_eq
        && !super::expr_scan::assignment_follows(&rest[1..], 0)
    {
        format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
    } else {
        format!("cannot assign to {name}")
    }
}

/// A number literal run straight into a name (`5a`, `1_`, `0x1g`), as CPython's tokenizer
/// words it.
fn glued_number(src: &str, at: usize) -> Option<String> {
    let head = src.get(..at)?;
    let next = src.get(at..)?.chars().next()?;
    if !(next.is_ascii_alphanumeric() || next == '_') {
        return None;
    }
    let word_start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .map_or(0, |i| i + 1);
    number_message(&head[word_start..], next)
}

/// CPython's message for the number literal `lit` run straight into `next`.
fn number_message(lit: &str, next: char) -> Option<String> {
    let first = lit.chars().next()?;
    if !next.is_ascii() {
        return None;
    }
    if !(first.is_ascii_digit() || (first == '.' && lit.len() > 1)) {
        return None;
    }
    let lower = lit.to_ascii_lowercase();
    if next.is_ascii_digit() {
        if lower.starts_with("0b") {
            return Some(format!("invalid digit '{next}' in binary literal"));
        }
        if lower.starts_with("0o") {
            return Some(format!("invalid digit '{next}' in octal literal"));
        }
    }
    Some(
        if lower.starts_with("0x") {
            "invalid hexadecimal literal"
        } else if lower.starts_with("0o") {
            "invalid octal literal"
        } else if lower.starts_with("0b") {
            "invalid binary literal"
        } else if lower.ends_with('j') {
            "invalid imaginary literal"
        } else {
            "invalid decimal literal"
        }
        .to_string(),
    )
}

/// CPython's legacy-statement rule: where an expression starts, the name `print` or `exec`
/// followed (without a parenthesis) by more expressions is a call missing its parentheses.
/// `before` is the line up to the place the parse failed and `rest` the source from there;
/// gives the word.
fn legacy_call(before: &str, rest: &str) -> Option<&'static str> {
    if !before.ends_with([' ', '\t']) {
        return None;
    }
    let head = before.trim_end();
    let word = ["print", "exec"].into_iter().find(|w| head.ends_with(w))?;
    let lead = &head[..head.len() - word.len()];
    if lead.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.') {
        return None;
    }
    // Only where CPython parses a whole expression: a statement's start or after `=`, an
    // opening bracket, a comma, a colon or a keyword introducing an expression.
    let lead = lead.trim_end();
    let after_word = |w: &str| {
        lead.strip_suffix(w)
            .is_some_and(|l| !l.ends_with(|c: char| c.is_alphanumeric() || c == '_'))
    };
    let expression_start = lead.is_empty()
        || lead.ends_with(['=', '(', '[', '{', ',', ':', ';'])
        || [
            "return", "in", "yield", "assert", "if", "while", "elif", "else",
        ]
        .iter()
        .any(|w| after_word(w));
    let starts_expr = rest.starts_with(|c: char| {
        c.is_alphanumeric() || matches!(c, '_' | '\'' | '"' | '-' | '+' | '~' | '[' | '{' | '*')
    });
    (expression_start && starts_expr).then_some(word)
}

/// Where the operand before a missing comma starts, as CPython's grammar reads it: the
/// disjunction just before `at`, so not an `if`/`else` expression's head, nor what precedes
/// `yield` or a star.
fn comma_operand_start(src: &str, at: usize) -> usize {
    let mut start = previous_expression_start(src, at);
    // Inside brackets a line end is only whitespace: the operand (implicitly joined strings,
    // an operator's operands) may begin on an earlier line, unless that line ends a list item.
    if innermost_open(src, at).is_some() {
        loop {
            let before = src[..start].trim_end_matches([' ', '\t']);
            if !before.ends_with('\n') {
                break;
            }
            let prev_end = code_end_before(src, before.len());
            if src[..prev_end].ends_with([',', '(', '[', '{', ':']) || prev_end == 0 {
                break;
            }
            let earlier = previous_expression_start(src, prev_end);
            if earlier >= start {
                break;
            }
            start = earlier;
        }
    }
    let end = code_end_before(src, at).max(start);
    let seg = &src[start..end];
    let b = seg.as_bytes();
    let mut cut = 0;
    let mut depth = 0i32;
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        match c {
            b'\'' | b'"' => quote = Some(c),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            _ if depth == 0
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                for kw in ["else", "yield", "from"] {
                    let after = i + kw.len();
                    if b[i..].starts_with(kw.as_bytes())
                        && b.get(after)
                            .is_some_and(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
                    {
                        cut = after;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    let rest = &seg[cut..];
    let mut s = start + cut + (rest.len() - rest.trim_start().len());
    while src[s..end].starts_with('*') {
        s += 1;
    }
    s
}

/// CPython's "Perhaps you forgot a comma?": inside brackets, an expression directly followed
/// by another (`[1 2]`, `f(a b)`), outside comprehensions and not a prefix word before a string.
fn forgot_comma(src: &str, at: usize, found: TokenKind) -> bool {
    let starts_expr = matches!(
        found,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lpar
            | TokenKind::Lsqb
            | TokenKind::Lbrace
            | TokenKind::Minus
            | TokenKind::Tilde
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
            | TokenKind::Lambda
            | TokenKind::Not
            | TokenKind::Await
            | TokenKind::Ellipsis
            // Soft keywords are names to CPython 3.11 (`type` is not even a soft keyword yet).
            | TokenKind::Type
            | TokenKind::Match
            | TokenKind::Case
    );
    let Some(head) = src.get(..at) else {
        return false;
    };
    let Some(open) = innermost_open(src, at) else {
        return false;
    };
    let inner = top_level_text(&head[open + 1..]);
    let inner = inner.as_str();
    // Inside a comprehension, only its target is parsed as an expression that may suggest a
    // comma; its iterable and conditions are not.
    if let Some(f) = inner.rfind(" for ")
        && inner[f..].contains(" in ")
    {
        return false;
    }
    // Nor are a lambda's parameters.
    if let Some(l) = inner.rfind("lambda")
        && !inner[l..].contains(':')
    {
        return false;
    }
    // A def's parameters are not expressions.
    let line_start = head.rfind('\n').map_or(0, |i| i + 1);
    if is_def_line(&head[line_start..])
        && head[line_start..].find('(').map(|p| p + line_start) == Some(open)
    {
        return false;
    }
    // A starred item of a display (`[*a b]`, `{**a b}`) is no expression; in a call it is.
    if src[..comma_operand_start(src, at)]
        .trim_end()
        .ends_with('*')
        && !is_call_paren(&head[..open + 1])
    {
        return false;
    }
    let prev = &head[open + 1..code_end_before(src, at).max(open + 1)];
    let Some(last) = prev.chars().last() else {
        return false;
    };
    if prev.ends_with("...") {
        return starts_expr;
    }
    let word_start = prev
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    let word = &prev[word_start..];
    const KEYWORDS: &[&str] = &[
        "and", "or", "not", "in", "is", "if", "else", "for", "lambda", "await", "yield", "from",
        "as", "async", "del", "import", "return", "with", "while", "assert", "global", "raise",
    ];
    let ends_expr = (last.is_alphanumeric() || matches!(last, '_' | ')' | ']' | '}' | '\'' | '"'))
        && !KEYWORDS.contains(&word);
    starts_expr
        && ends_expr
        && !comma_suggestion_suppressed(src, comma_operand_start(src, at))
        && super::expr_scan::expression_end(src, at) > at
}

/// CPython's rule for the comma suggestion does not apply when the expression before the
/// missing comma starts with a name followed by a string (`print "x"` inside brackets) or with
/// a soft keyword. 3.11 matches soft keywords by the name's length only, so any prefix of
/// `_`, `case` or `match` (`c`, `m`, `ma`, ...) counts as one.
fn comma_suggestion_suppressed(src: &str, a_start: usize) -> bool {
    let rest = &src[a_start.min(src.len())..];
    let len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let name = &rest[..len];
    if name.is_empty()
        || name.starts_with(|c: char| c.is_ascii_digit())
        || super::expr_scan::is_keyword(name)
    {
        return false;
    }
    if ["_", "case", "match"].iter().any(|k| k.starts_with(name)) {
        return true;
    }
    let after = &rest[len..];
    let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
    let string_prefix = matches!(
        name.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    );
    after[gap..].starts_with(['\'', '"']) && (gap > 0 || !string_prefix)
}

/// `s` with the contents of its bracket groups and strings blanked out (byte for byte), so
/// that only its top-level text is left to search.
fn top_level_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    let mut quote = None;
    for c in s.chars() {
        let inside = quote.is_some() || depth > 0;
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth = depth.saturating_sub(1),
                '\'' | '"' => quote = Some(c),
                _ => {}
            },
        }
        if inside && (quote.is_some() || depth > 0) {
            // Same byte length, so offsets into the result are offsets into `s`.
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

/// `{k: v, key x}`: after a complete first item, CPython's dict rule reads the item at `at`'s
/// left as a key that lacks its ':' (rather than suggesting a comma).
fn dict_key_without_colon(src: &str, at: usize) -> bool {
    let Some(open) = innermost_open(src, at).filter(|&o| src.as_bytes()[o] == b'{') else {
        return false;
    };
    let key_start = comma_operand_start(src, at);
    if key_start <= open || code_end_before(src, at) <= key_start {
        return false;
    }
    let items = top_level_text(&src[open + 1..key_start]);
    let Some(first) = items.split(',').next().filter(|_| items.contains(',')) else {
        return false;
    };
    (first.contains(':') || first.trim_start().starts_with("**"))
        && items.trim_end().ends_with(',')
        && !items.contains(" for ")
}

/// `f(a, x[])`: the empty subscript at `at` reads, to CPython, as a name followed by an
/// empty list (inside brackets, a missing comma); the start of the expression before the `[`.
fn empty_subscript_comma(src: &str, at: usize) -> Option<usize> {
    if !src.get(at..)?.starts_with(']') {
        return None;
    }
    let lsqb = src[..at].trim_end().len().checked_sub(1)?;
    (src.as_bytes()[lsqb] == b'[' && forgot_comma(src, lsqb, TokenKind::Lsqb))
        .then(|| comma_operand_start(src, lsqb))
}

/// CPython's "expected 'else' after 'if' expression" for a conditional expression on the line
/// before `at` whose test (a disjunction) is followed by neither `else` nor `:`: the range from
/// the body's start to the test's end.
fn conditional_missing_else(src: &str, at: usize) -> Option<(usize, usize)> {
    let line_start = src[..at.min(src.len())].rfind('\n').map_or(0, |i| i + 1);
    let base = innermost_open(src, at)
        .filter(|&o| o >= line_start)
        .map_or(line_start, |o| o + 1);
    let text = top_level_text(&src[base..at]);
    let i = text.rfind(" if ")?;
    // A case guard is no conditional expression.
    if base == line_start && text.trim_start().starts_with("case ") {
        return None;
    }
    if text[..i].contains(" for ") || text[..i].contains("lambda") {
        return None;
    }
    let if_at = base + i + 1;
    let body = after_keyword(src, comma_operand_start(src, if_at - 1).max(base), if_at);
    let head = src[body..if_at].trim();
    if head.is_empty()
        || head.split_whitespace().next().is_some_and(|w| {
            super::expr_scan::is_keyword(w) && !matches!(w, "None" | "True" | "False")
        })
    {
        return None;
    }
    let test = if_at + 3;
    let test_end = scan_end(src, test, Level::Disjunction);
    if test_end <= test || test_end > at + 1 {
        return None;
    }
    let next = src[test_end..].trim_start_matches([' ', '\t']);
    let next_word = next
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    (next_word != "else" && !next.starts_with(':')).then(|| {
        let body = body + (src[body..].len() - src[body..].trim_start().len());
        (body, test_end)
    })
}

/// Where the operand in `src[start..end]` begins once a leading statement keyword or `not`
/// (`return x if y`) is skipped.
fn after_keyword(src: &str, start: usize, end: usize) -> usize {
    let mut body = start;
    let head = &src[start..end];
    for kw in ["return ", "assert ", "raise ", "del ", "await ", "not "] {
        if let Some(r) = head.trim_start().strip_prefix(kw) {
            body = end - r.len();
        }
    }
    body
}

/// TabError for a file ruff accepts: CPython measures every logical line's indentation with
/// tabs worth 8 columns and with tabs worth 1, and both measures must order the lines alike.
pub fn tab_error(
    source: &str,
    filename: &str,
    lines: &LineIndex,
    tokens: &ruff_python_ast::token::Tokens,
) -> Option<CompileError> {
    indent_error(source, filename, lines, tokens, u32::MAX)
}

/// The first indentation CPython's tokenizer rejects on a logical line up to line `last`:
/// a TabError when the two measures of `tab_error` disagree, or an IndentationError for a
/// dedent to no outer level (that check comes first on a dedent).
fn indent_error(
    source: &str,
    filename: &str,
    lines: &LineIndex,
    tokens: &ruff_python_ast::token::Tokens,
    last: u32,
) -> Option<CompileError> {
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut at_start = true;
    for t in tokens.iter() {
        match t.kind() {
            TokenKind::Newline => {
                at_start = true;
                continue;
            }
            TokenKind::Indent
            | TokenKind::Dedent
            | TokenKind::Comment
            | TokenKind::NonLogicalNewline
            | TokenKind::EndOfFile => continue,
            _ if !at_start => continue,
            _ => at_start = false,
        }
        let (line, _) = lines.line_col(t.start().to_u32());
        if line > last {
            return None;
        }
        let text = lines.text(source, line)?;
        let (col, alt) = indent_widths(&text);
        let &(top, top_alt) = stack.last()?;
        let bad = if col == top {
            alt != top_alt
        } else if col > top {
            stack.push((col, alt));
            alt <= top_alt
        } else {
            while stack.len() > 1 && stack.last().is_some_and(|&(c, _)| col < c) {
                stack.pop();
            }
            let &(c, a) = stack.last()?;
            if c != col {
                return Some(CompileError {
                    kind: "IndentationError",
                    msg: "unindent does not match any outer indentation level".into(),
                    filename: filename.to_string(),
                    line,
                    col: text.trim_end().chars().count() as u32 + 1,
                    end_col: -1,
                    text: Some(text),
                });
            }
            a != alt
        };
        if bad {
            return Some(CompileError {
                kind: "TabError",
                msg: "inconsistent use of tabs and spaces in indentation".into(),
                filename: filename.to_string(),
                line,
                col: 1,
                end_col: 2,
                text: Some(text),
            });
        }
    }
    None
}

/// The indentation error CPython's tokenizer meets on a line up to `last`, before its parser
/// could report an error there (a file with a parse error has no tokens to hand: they are
/// lexed again, which only a failing compile pays for).
fn indent_error_through(
    source: &str,
    filename: &str,
    lines: &LineIndex,
    last: u32,
) -> Option<CompileError> {
    if !source.contains('\t') {
        // Without tabs both measures agree, and ruff reports a bad dedent itself.
        return None;
    }
    let parsed = ruff_python_parser::parse_unchecked(
        source,
        ruff_python_parser::ParseOptions::from(ruff_python_ast::PySourceType::Python),
    );
    indent_error(source, filename, lines, parsed.tokens(), last)
}

/// The width of the indentation at the start of `t` with tabs to the next multiple of 8, and
/// with tabs worth 1 column (the two measures CPython's TabError test compares).
fn indent_widths(t: &str) -> (usize, usize) {
    let (mut w8, mut w1) = (0usize, 0usize);
    for c in t.chars() {
        match c {
            ' ' => {
                w8 += 1;
                w1 += 1;
            }
            '\t' => {
                w8 = (w8 / 8 + 1) * 8;
                w1 += 1;
            }
            _ => break,
        }
    }
    (w8, w1)
}

fn fstring_message(f: &ruff_python_parser::InterpolatedStringErrorType) -> String {
    use ruff_python_parser::InterpolatedStringErrorType as F;
    match f {
        F::UnclosedLbrace => "f-string: expecting '}'",
        F::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        }
        F::SingleRbrace => "f-string: single '}' is not allowed",
        F::UnterminatedString | F::UnterminatedTripleQuotedString => "f-string: expecting '}'",
        F::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses"
        }
        _ => "f-string: invalid syntax",
    }
    .to_string()
}

/// The offset of the first backslash after `at` that continues no line.
fn stray_backslash_after(source: &str, at: usize) -> Option<usize> {
    let parsed = parse_loosely(source);
    lexical_error_after(parsed.errors(), at, LexicalErrorType::LineContinuationError)
}

/// The offset of a single-quoted string left open after `at`, as the full parse reports it.
fn later_unclosed_string(source: &str, at: usize) -> Option<usize> {
    let parsed = parse_loosely(source);
    // A stray backslash stops CPython's scan for later tokenizer errors without raising one.
    let stop = lexical_error_after(parsed.errors(), at, LexicalErrorType::LineContinuationError)
        .unwrap_or(usize::MAX);
    lexical_error_after(parsed.errors(), at, LexicalErrorType::UnclosedStringError)
        .filter(|&p| p < stop)
}

/// The whole source parsed past its errors, for the tokenizer errors it holds.
fn parse_loosely(source: &str) -> ruff_python_parser::Parsed<ruff_python_ast::Mod> {
    ruff_python_parser::parse_unchecked(
        source,
        ruff_python_parser::ParseOptions::from(ruff_python_ast::PySourceType::Python),
    )
}

/// The offset of the first tokenizer error of `kind` at or after `at`.
fn lexical_error_after(
    errors: &[ruff_python_parser::ParseError],
    at: usize,
    kind: LexicalErrorType,
) -> Option<usize> {
    errors
        .iter()
        .filter(|e| matches!(&e.error, ParseErrorType::Lexical(k) if *k == kind))
        .map(|e| e.location.start().to_usize())
        .find(|&p| p >= at)
}

/// Just past the closing quote of the f-string whose replacement field holds `at`, when it
/// closes on the same line.
fn fstring_end_after(source: &str, at: usize) -> Option<usize> {
    let mut depth = 1usize;
    for (i, c) in source.get(at..)?.char_indices() {
        match c {
            '\n' => return None,
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '\'' | '"' if depth == 0 => return Some(at + i + 1),
            _ => {}
        }
    }
    None
}

/// Whether the line so far is `def NAME` (or `async def NAME`).
fn is_def_header(before: &str) -> bool {
    let t = before.trim();
    let t = t.strip_prefix("async").map_or(t, str::trim_start);
    t.strip_prefix("def").is_some_and(|rest| {
        rest.starts_with([' ', '\t'])
            && rest.trim().chars().all(|c| c.is_alphanumeric() || c == '_')
    })
}

/// Whether the end of `before` (the line up to an error) lies inside the `{...}` field of an
/// f-string.
fn in_fstring_field(before: &str) -> bool {
    let b = before.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\'' || c == b'"' {
            let prefix_start = before[..i]
                .rfind(|ch: char| !ch.is_ascii_alphabetic())
                .map_or(0, |j| j + 1);
            let prefix = before[prefix_start..i].to_ascii_lowercase();
            let is_f = prefix.contains('f') && prefix.len() <= 2;
            let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
            let q = if triple { 3 } else { 1 };
            i += q;
            let mut depth = 0usize;
            while i < b.len() {
                if !is_f || depth == 0 {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == c && (!triple || (i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c))
                    {
                        break;
                    }
                }
                if is_f {
                    match b[i] {
                        b'{' if i + 1 < b.len() && b[i + 1] == b'{' && depth == 0 => i += 1,
                        b'{' => depth += 1,
                        b'}' => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                }
                i += 1;
            }
            if i >= b.len() {
                return is_f && depth > 0;
            }
            i += q;
            continue;
        }
        if c == b'#' {
            return false;
        }
        i += 1;
    }
    false
}

/// The offset where the string literal holding `at` begins (its prefix included).
fn string_token_start(src: &str, at: usize) -> Option<usize> {
    let b = src.as_bytes();
    let mut i = 0;
    let mut last = None;
    while i < b.len().min(at + 1) {
        let c = b[i];
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c == b'\'' || c == b'"' {
            let start = src[..i]
                .rfind(|ch: char| !ch.is_ascii_alphabetic())
                .map_or(0, |j| j + 1);
            last = Some(start);
            let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
            i += if triple { 3 } else { 1 };
            while i < b.len() {
                if b[i] == b'\\' {
                    i += 2;
                    continue;
                }
                if !triple && b[i] == b'\n' {
                    break;
                }
                if b[i] == c && (!triple || (i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c)) {
                    i += if triple { 3 } else { 1 };
                    break;
                }
                i += 1;
            }
            if i > at {
                return last;
            }
            continue;
        }
        i += 1;
    }
    last
}

/// CPython's "(unicode error)" or "(value error)" message for the bad escape in the string
/// literal holding `at`, and the offset just past that literal (where CPython points).
fn escape_error(src: &str, at: usize) -> Option<(String, usize)> {
    let start = string_token_start(src, at)?;
    let b = src.as_bytes();
    let q_at = start + src[start..].find(['\'', '"'])?;
    let prefix = src[start..q_at].to_ascii_lowercase();
    if prefix.contains('r') {
        return None;
    }
    let bytes = prefix.contains('b');
    let q = b[q_at];
    let triple = q_at + 2 < b.len() && b[q_at + 1] == q && b[q_at + 2] == q;
    let body_start = q_at + if triple { 3 } else { 1 };
    // The body ends at the closing quote; in an f-string, the literal part restarts after the
    // last `}` before the error.
    let mut body_end = body_start;
    while body_end < b.len() {
        if b[body_end] == b'\\' {
            body_end += 2;
            continue;
        }
        if (!triple && b[body_end] == b'\n')
            || (b[body_end] == q
                && (!triple
                    || (body_end + 2 < b.len() && b[body_end + 1] == q && b[body_end + 2] == q)))
        {
            break;
        }
        body_end += 1;
    }
    let body_end = body_end.min(b.len());
    let token_end = (body_end + if triple { 3 } else { 1 }).min(b.len());
    let mut seg_start = body_start;
    if prefix.contains('f')
        && let Some(j) = src
            .get(body_start..at.min(body_end))
            .and_then(|t| t.rfind('}'))
    {
        seg_start = body_start + j + 1;
    }
    let body = src.get(seg_start..body_end)?;
    // CPython decodes the body with every non-ASCII character spelled `\UXXXXXXXX` first.
    let mut pos = 0usize;
    let mut chars = body.char_indices().peekable();
    while let Some((idx, ch)) = chars.next() {
        if ch != '\\' {
            pos += if ch.is_ascii() { 1 } else { 10 };
            continue;
        }
        let Some(&(_, kind)) = chars.peek() else {
            break;
        };
        let count_hex = |n: usize, chars: &mut std::iter::Peekable<std::str::CharIndices>| {
            let mut k = 0;
            while k < n && chars.peek().is_some_and(|&(_, c)| c.is_ascii_hexdigit()) {
                chars.next();
                k += 1;
            }
            k
        };
        match kind {
            'x' => {
                chars.next();
                let k = count_hex(2, &mut chars);
                if k < 2 {
                    let m = if bytes {
                        format!("(value error) invalid \\x escape at position {pos}")
                    } else {
                        unicode_escape(pos, pos + 1 + k, "truncated \\xXX escape")
                    };
                    return Some((m, token_end));
                }
                pos += 4;
            }
            'u' | 'U' if !bytes => {
                chars.next();
                let n = if kind == 'u' { 4 } else { 8 };
                let k = count_hex(n, &mut chars);
                if k < n {
                    let what = if kind == 'u' {
                        "truncated \\uXXXX escape"
                    } else {
                        "truncated \\UXXXXXXXX escape"
                    };
                    return Some((unicode_escape(pos, pos + 1 + k, what), token_end));
                }
                pos += 2 + n;
            }
            'N' if !bytes => {
                chars.next();
                if chars.peek().is_none_or(|&(_, c)| c != '{') {
                    let m = unicode_escape(pos, pos + 1, "malformed \\N character escape");
                    return Some((m, token_end));
                }
                chars.next();
                let mut name = String::new();
                let mut closed = false;
                let mut after = body.len();
                for (j, c) in chars.by_ref() {
                    if c == '}' {
                        closed = true;
                        after = j + 1;
                        break;
                    }
                    name.push(c);
                }
                let len = 3 + name.chars().count() + usize::from(closed);
                if !closed || name.is_empty() {
                    let end = if closed { pos + 2 } else { pos + len - 1 };
                    let m = unicode_escape(pos, end, "malformed \\N character escape");
                    return Some((m, token_end));
                }
                // The lexer checked the name: it flags an unknown one by its range.
                if (seg_start + idx..=seg_start + after).contains(&at) {
                    let m = unicode_escape(pos, pos + len - 1, "unknown Unicode character name");
                    return Some((m, token_end));
                }
                pos += len;
            }
            _ => {
                chars.next();
                pos += 2;
            }
        }
    }
    None
}

fn unicode_escape(from: usize, to: usize, what: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {what}"
    )
}

/// CPython's message for `=` where a condition or an element is expected (`if x = 1:`,
/// `[x = 1]`), with the offset of the expression before the `=`.
fn misplaced_equals(src: &str, at: usize, before: &str) -> Option<(String, usize)> {
    let rest = src.get(at + 1..)?;
    if rest.starts_with('=') {
        return None;
    }
    // `x => 5`, `x =< 5`: no expression follows the `=`, so nothing to suggest.
    let after = rest.trim_start_matches([' ', '\t']);
    if after.is_empty()
        || after.starts_with([
            '>', '<', ':', ')', ']', '}', ',', '*', '/', '%', '|', '&', '^', '@', '!', '\n', '#',
        ])
    {
        return None;
    }
    // The value must be a `bitwise_or`: no keyword other than a constant or an `await` of an
    // atom starts one.
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    if super::expr_scan::is_keyword(&word) && !matches!(word.as_str(), "True" | "False" | "None") {
        let operand = after[word.len()..].trim_start_matches([' ', '\t']);
        let atom = operand.chars().next().is_some_and(|c| {
            c.is_alphanumeric() || matches!(c, '_' | '(' | '[' | '{' | '"' | '\'' | '.')
        });
        if word != "await" || !atom {
            return None;
        }
    }
    let line_start = at - before.len();
    let trimmed = before.trim_start();
    let mut lhs_start = before.len() - trimmed.len();
    let head = trimmed.split_whitespace().next().unwrap_or("");
    if matches!(head, "if" | "elif" | "while") {
        lhs_start += head.len();
    } else if head == "case"
        && innermost_open(src, at).is_none_or(|o| o < line_start)
        && let Some(guard) = top_level_text(before).rfind(" if ")
    {
        lhs_start = guard + 3;
    } else if let Some(open) = innermost_open(src, at) {
        // A call's keyword argument is not an error at all.
        if src.as_bytes()[open] == b'(' && is_call_paren(&src[..open + 1]) {
            return None;
        }
        if open >= line_start {
            lhs_start = open + 1 - line_start;
            if before[lhs_start..].contains(',') {
                lhs_start += before[lhs_start..].rfind(',')? + 1;
            }
        } else {
            // An element on a later line than its bracket: it starts after a comma on this
            // line, or at the line's start after a comma (or the bracket) ending the lines
            // before.
            let earlier = src[open + 1..line_start].trim_end();
            match before.rfind(',') {
                Some(c) => lhs_start = c + 1,
                None if earlier.is_empty() || earlier.ends_with(',') => {}
                None => return None,
            }
        }
    } else {
        return None;
    }
    let lhs_text = &before[lhs_start..];
    let lhs = lhs_text.trim();
    if lhs.is_empty() {
        return None;
    }
    let lhs_start = lhs_start + (lhs_text.len() - lhs_text.trim_start().len());
    // Another `=` right after the value (`if x = y = 1:`) is plain invalid syntax.
    let line_rest = rest.split('\n').next().unwrap_or("");
    if super::expr_scan::assignment_follows(line_rest, 0) {
        return None;
    }
    // CPython's rule reads one `bitwise_or` before the `=` (`if a < b = c:` is no match).
    let abs = line_start + lhs_start;
    if scan_end(src, abs, Level::BitwiseOr) != abs + lhs.len() {
        return None;
    }
    equals_message(lhs).map(|m| (m, unparenthesized_start(lhs, lhs_start)))
}

/// Where the expression inside the parentheses wrapping all of `text` (at byte `start`)
/// begins: CPython's nodes carry no parentheses, so its ranges start inside them.
fn unparenthesized_start(text: &str, start: usize) -> usize {
    let mut t = text;
    let mut s = start;
    while t.starts_with('(')
        && t.ends_with(')')
        && super::expr_scan::group_end(t, 0) == t.len()
        && !top_level_text(&t[1..t.len() - 1]).contains(',')
    {
        let inner = &t[1..t.len() - 1];
        s += 1 + (inner.len() - inner.trim_start().len());
        t = inner.trim();
    }
    s
}

/// CPython's message for `lhs = value` where an expression was expected (`lhs` is one
/// `bitwise_or`): a name may have meant `==` or `:=`, another operand only `==`; displays of
/// several items and the constants are no match.
fn equals_message(lhs: &str) -> Option<String> {
    if lhs.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !lhs.starts_with(|c: char| c.is_ascii_digit())
        && !super::expr_scan::is_keyword(lhs)
    {
        return Some("invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string());
    }
    let name = expr_name(lhs);
    if matches!(
        name,
        "list" | "tuple" | "generator expression" | "True" | "False" | "None"
    ) {
        return None;
    }
    Some(format!(
        "cannot assign to {name} here. Maybe you meant '==' instead of '='?"
    ))
}

/// The end of the value after the first `=` at or after byte `from` on its line.
fn value_end_after_equals(src: &str, from: usize) -> usize {
    let line_end = src[from..].find('\n').map_or(src.len(), |i| from + i);
    let Some(eq) = src[from..line_end].find('=') else {
        return from;
    };
    let value = from + eq + 1;
    let value = value + (src[value..].len() - src[value..].trim_start_matches([' ', '\t']).len());
    scan_end(src, value, Level::BitwiseOr)
}

/// `print(1), x = 3`, `a, b + c = 1`: in a statement's tuple of targets, CPython reads the item
/// just before the first `=` as a comparison that lost an `=`. The message and the item's start.
fn tuple_item_equals(src: &str, at: usize) -> Option<(String, usize)> {
    let line_start = src[..at.min(src.len())].rfind('\n').map_or(0, |i| i + 1);
    let line_end = src[line_start..]
        .find('\n')
        .map_or(src.len(), |i| line_start + i);
    let line = &src[line_start..line_end];
    let stmt = line_start + (line.len() - line.trim_start().len());
    let first = src[stmt..line_end]
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    if super::expr_scan::is_keyword(first) {
        return None;
    }
    let top = top_level_text(&src[stmt..line_end]);
    let b = top.as_bytes();
    let eq = (0..b.len()).find(|&i| {
        b[i] == b'='
            && b.get(i + 1) != Some(&b'=')
            && (i == 0 || !b"=!<>:+-*/%@&|^".contains(&b[i - 1]))
    })?;
    let comma = top[..eq].rfind(',')?;
    let item = &src[stmt + comma + 1..stmt + eq];
    let lhs = item.trim();
    let lhs_start = stmt + comma + 1 + (item.len() - item.trim_start().len());
    if lhs.is_empty() || scan_end(src, lhs_start, Level::BitwiseOr) != lhs_start + lhs.len() {
        return None;
    }
    let value = stmt + eq + 1;
    let value = value + (src[value..].len() - src[value..].trim_start_matches([' ', '\t']).len());
    if scan_end(src, value, Level::BitwiseOr) <= value
        || super::expr_scan::assignment_follows(src, value)
    {
        return None;
    }
    equals_message(lhs).map(|m| (m, unparenthesized_start(lhs, lhs_start)))
}

/// Whether a line holds an f-string whose `{...}` field contains `#` (a comment, which
/// CPython 3.11 refuses there).
fn fstring_field_has_hash(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let Some(start) = ["f'", "f\"", "fr'", "rf'", "fr\"", "rf\""]
        .iter()
        .filter_map(|p| lower.find(p))
        .min()
    else {
        return false;
    };
    let rest = &line[start..];
    rest.find('{').is_some_and(|open| {
        rest[open..]
            .find('#')
            .is_some_and(|h| !rest[open..open + h].contains('}'))
    })
}

/// Whether `before` (a line up to an error) lies inside a `def`'s or a `lambda`'s parameters.
fn in_parameters(before: &str) -> bool {
    is_def_line(before)
        && innermost_open_in(before).is_some_and(|o| {
            before[..o]
                .trim_end()
                .ends_with(|c: char| c.is_alphanumeric() || c == '_')
        })
        || before.contains("lambda")
}

/// Whether `before` starts a function definition.
fn is_def_line(before: &str) -> bool {
    let t = before.trim_start();
    let t = t.strip_prefix("async").map_or(t, str::trim_start);
    t.starts_with("def ") || t.starts_with("def\t")
}

fn innermost_open_in(s: &str) -> Option<usize> {
    innermost_open(s, s.len())
}

/// Whether the `(` ending `before` opens a call's arguments (it follows a name or a closer).
fn is_call_paren(before: &str) -> bool {
    let t = before.trim_end();
    let t = t.strip_suffix('(').unwrap_or(t).trim_end();
    let word_start = t
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    let word = &t[word_start..];
    const KEYWORDS: &[&str] = &[
        "and", "or", "not", "in", "is", "if", "else", "for", "lambda", "await", "yield", "from",
        "as", "del", "import", "return", "with", "while", "assert", "raise", "elif",
    ];
    t.ends_with([')', ']', '}', '\'', '"'])
        || (!word.is_empty()
            && !word.starts_with(|c: char| c.is_ascii_digit())
            && !KEYWORDS.contains(&word))
}

/// CPython's message for a parenthesized group of parameter names (`def f((a, b))`,
/// `lambda (x): x`), when the `(` at `at` opens one.
fn parenthesized_params(src: &str, at: usize, before: &str) -> Option<String> {
    let what = if is_def_line(before) {
        "Function parameters cannot be parenthesized"
    } else {
        let t = before.trim_end();
        let l = t.rfind("lambda")?;
        let params = &t[l + 6..];
        if !(params.is_empty() || params.starts_with([' ', '\t'])) {
            return None;
        }
        "Lambda expression parameters cannot be parenthesized"
    };
    // Only plain names may come before the group (no defaults, no `*` or `/`).
    let head = if is_def_line(before) {
        &before[innermost_open_in(before)? + 1..]
    } else {
        &before[before.rfind("lambda")? + 6..]
    };
    if head.contains(['=', '*', '/', ':', '(']) {
        return None;
    }
    let rest = src.get(at + 1..)?;
    let close = rest.find(')')?;
    let inner = &rest[..close];
    let names: Vec<&str> = inner.split(',').map(str::trim).collect();
    let ok = names.iter().enumerate().all(|(i, n)| {
        (n.is_empty() && i == names.len() - 1 && i > 0)
            || (!n.is_empty()
                && !n.starts_with(|c: char| c.is_ascii_digit())
                && n.chars().all(|c| c.is_alphanumeric() || c == '_'))
    });
    ok.then(|| what.to_string())
}

/// The line of the first statement after the `try` block that ends the file at `eof_line`
/// without `except` or `finally` (ruff reads a following `else:` as part of the statement).
fn try_block_follower(src: &str, lines: &LineIndex, eof_line: u32) -> Option<u32> {
    let indent = |t: &str| t.len() - t.trim_start().len();
    let meaningful = |t: &str| {
        let t = t.trim();
        !t.is_empty() && !t.starts_with('#')
    };
    let last = eof_line.min(lines.line_count());
    let try_line = (1..=last).rev().find(|&l| {
        lines.text(src, l).is_some_and(|t| {
            let s = t.trim();
            s.strip_prefix("try")
                .is_some_and(|r| r.trim_start().starts_with(':'))
        })
    })?;
    let base = indent(&lines.text(src, try_line)?);
    (try_line + 1..=last).find(|&l| {
        lines
            .text(src, l)
            .is_some_and(|t| meaningful(&t) && indent(&t) <= base)
    })
}

/// The start of the expression that ends just before `at` (skipping blanks): back over
/// brackets, strings and operands to the nearest `,`, `:`, `=` or opening bracket at its level.
fn previous_expression_start(src: &str, at: usize) -> usize {
    let b = src.as_bytes();
    let mut i = code_end_before(src, at);
    let end = i;
    let mut depth = 0i32;
    while i > 0 {
        let c = b[i - 1];
        match c {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' if depth == 0 => break,
            b'(' | b'[' | b'{' => depth -= 1,
            b'\'' | b'"' => {
                // Back to the opening quote (prefixes are taken as operand characters).
                let mut j = i - 1;
                while j > 0 && b[j - 1] != c {
                    j -= 1;
                }
                i = j.max(1);
            }
            b',' | b';' | b':' if depth == 0 => break,
            b'=' if depth == 0 => {
                let prev = if i >= 2 { b[i - 2] } else { b' ' };
                let next = b.get(i).copied().unwrap_or(b' ');
                if !matches!(prev, b'=' | b'!' | b'<' | b'>') && next != b'=' {
                    break;
                }
            }
            b'\n' if depth == 0 => break,
            _ => {}
        }
        i -= 1;
    }
    let start = i + (src[i..end].len() - src[i..end].trim_start().len());
    // `for x y`: the target starts after the keyword.
    let seg = &src[start..end];
    let top = top_level_text(seg);
    if let Some(f) = top
        .rfind("for ")
        .filter(|&f| f == 0 || seg.as_bytes()[f - 1] == b' ')
    {
        let after = &seg[f + 4..];
        return start + f + 4 + (after.len() - after.trim_start().len());
    }
    start
}

/// Scans the number literal at `start` as CPython's tokenizer does; on an error, its message
/// and the offset where the scan stopped (which CPython reports as the error's column).
pub(super) fn number_scan(src: &str, start: usize) -> Option<(String, usize)> {
    let b = src.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(b'\n');
    // A non-ASCII character ends the literal: CPython 3.11 then reads it as the next token.
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    // The literal's end: a glued identifier character is an error unless it starts a keyword
    // CPython tolerates there (with a warning).
    let end_check = |i: usize, kind: &str| -> Option<(String, usize)> {
        let c = at(i);
        let rest = &src[i.min(src.len())..];
        let keyword = ["and", "else", "for", "if", "in", "is", "or", "not"]
            .iter()
            .any(|k| rest.starts_with(k));
        if ident(c) && !keyword {
            Some((format!("invalid {kind} literal"), i))
        } else {
            None
        }
    };
    let digits = |mut i: usize, ok: &dyn Fn(u8) -> bool| -> Result<usize, usize> {
        // Digits with single underscores between them; Err(at) on a bad underscore.
        loop {
            while ok(at(i)) {
                i += 1;
            }
            if at(i) != b'_' {
                return Ok(i);
            }
            if !ok(at(i + 1)) {
                return Err(i + 1);
            }
            i += 1;
        }
    };
    let mut i = start;
    if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let (kind, ok): (&str, &dyn Fn(u8) -> bool) = match at(i + 1) {
            b'x' | b'X' => ("hexadecimal", &|c: u8| c.is_ascii_hexdigit()),
            b'o' | b'O' => ("octal", &|c: u8| (b'0'..=b'7').contains(&c)),
            _ => ("binary", &|c: u8| c == b'0' || c == b'1'),
        };
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
        if !ok(at(i)) {
            if kind != "hexadecimal" && at(i).is_ascii_digit() {
                return Some((
                    format!("invalid digit '{}' in {kind} literal", at(i) as char),
                    i + 1,
                ));
            }
            return Some((format!("invalid {kind} literal"), i));
        }
        i = match digits(i, ok) {
            Ok(i) => i,
            Err(e) if kind != "hexadecimal" && at(e).is_ascii_digit() => {
                return Some((
                    format!("invalid digit '{}' in {kind} literal", at(e) as char),
                    e + 1,
                ));
            }
            Err(e) => return Some((format!("invalid {kind} literal"), e)),
        };
        if kind != "hexadecimal" && at(i).is_ascii_digit() {
            return Some((
                format!("invalid digit '{}' in {kind} literal", at(i) as char),
                i + 1,
            ));
        }
        return end_check(i, kind);
    }
    let dec = |c: u8| c.is_ascii_digit();
    if at(i) != b'.' {
        i = match digits(i, &dec) {
            Ok(i) => i,
            Err(e) => return Some(("invalid decimal literal".into(), e)),
        };
    }
    if at(i) == b'.' {
        i += 1;
        if dec(at(i)) {
            i = match digits(i, &dec) {
                Ok(i) => i,
                Err(e) => return Some(("invalid decimal literal".into(), e)),
            };
        }
    }
    if matches!(at(i), b'e' | b'E') {
        let e = i;
        i += 1;
        if matches!(at(i), b'+' | b'-') {
            i += 1;
            if !dec(at(i)) {
                return Some(("invalid decimal literal".into(), i));
            }
        } else if !dec(at(i)) {
            return end_check(e, "decimal");
        }
        i = match digits(i, &dec) {
            Ok(i) => i,
            Err(e) => return Some(("invalid decimal literal".into(), e)),
        };
    }
    if matches!(at(i), b'j' | b'J') {
        return end_check(i + 1, "imaginary");
    }
    end_check(i, "decimal")
}

/// The end of the code before `at`, past blanks and comments.
fn code_end_before(src: &str, at: usize) -> usize {
    let mut end = src[..at.min(src.len())].trim_end().len();
    loop {
        let line_start = src[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = &src[line_start..end];
        let mut quote = None;
        let mut hash = None;
        for (i, c) in line.char_indices() {
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == '\'' || c == '"' => quote = Some(c),
                None if c == '#' => {
                    hash = Some(i);
                    break;
                }
                None => {}
            }
        }
        match hash {
            Some(h) => end = src[..line_start + h].trim_end().len(),
            None => return end,
        }
    }
}

/// The byte offset of the bracket that closes the call whose argument starts at byte `at`
/// (brackets nested inside it and string literals are skipped).
fn call_close_after(source: &str, at: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in source.get(at..)?.char_indices() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return Some(at + i),
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

fn finish(
    source: &str,
    filename: &str,
    lines: &LineIndex,
    kind: &'static str,
    msg: String,
    line: u32,
    col: u32,
) -> CompileError {
    CompileError {
        kind,
        msg,
        filename: filename.to_string(),
        line,
        col,
        end_col: (col + 1) as i32,
        text: lines.text(source, line),
    }
}

/// A line's indentation in columns, tabs to multiples of 8 as CPython's tokenizer counts.
fn indent_width(t: &str) -> usize {
    let mut w = 0;
    for c in t.chars() {
        match c {
            ' ' => w += 1,
            '\t' => w = (w / 8 + 1) * 8,
            '\x0c' => w = 0,
            _ => break,
        }
    }
    w
}

/// The tokenizer's stack of indentation levels after the logical lines up to `upto` (1-based),
/// skipping blank lines, comments and the continuation lines of brackets, backslashes and
/// triple-quoted strings.
fn indent_levels(src: &str, upto: u32) -> Vec<usize> {
    line_structure(src, upto).0
}

/// Whether line `l` belongs to a `case` clause's header, whose pattern is not an expression.
/// (`case` is a soft keyword: `case = 1` and `case.x` are statements.)
fn in_case_pattern(src: &str, lines: &LineIndex, l: u32) -> bool {
    let Some(text) = lines.text(src, logical_line_start(src, l)) else {
        return false;
    };
    let Some(rest) = text.trim_start().strip_prefix("case") else {
        return false;
    };
    let after = rest.trim_start();
    rest.starts_with([' ', '\t', '(', '[', '{'])
        && !after.is_empty()
        && !after.starts_with(['=', '.', ':', ')', ']', '}', ','])
        && !after.starts_with(|c: char| "+-*/%&|^<>@!".contains(c) && after[1..].starts_with('='))
}

/// Where CPython's parser stops in a `case` pattern that ruff's parser reads further and
/// reports at its start: the token after a lone star pattern (`case *a:`), after a sign
/// without a number (`case -a:`), or after the dotted name that opens an invalid mapping key
/// or class pattern (`case {a: 1}:`, `case None():`).
fn pattern_error_at(src: &str, e: &ParseError, at: usize, err_end: usize) -> Option<usize> {
    let next_token = |from: usize| {
        let rest = src.get(from..).unwrap_or("");
        from + rest.len() - rest.trim_start_matches([' ', '\t']).len()
    };
    let after_dotted_name = |from: usize| {
        let b = src.as_bytes();
        let mut i = from;
        loop {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                i += 1;
            }
            if i == start || b.get(i) != Some(&b'.') {
                return (i > from).then_some(i);
            }
            i += 1;
        }
    };
    match &e.error {
        // In a mapping or class pattern, CPython stops at the star itself.
        ParseErrorType::InvalidStarPatternUsage => match innermost_open(src, at) {
            Some(o) if src.as_bytes()[o] == b'{' => None,
            Some(o)
                if src.as_bytes()[o] == b'('
                    && src[..o]
                        .trim_end()
                        .ends_with(|c: char| c.is_alphanumeric() || c == '_')
                    && !src[..o].trim_end().ends_with("case") =>
            {
                None
            }
            _ => Some(next_token(err_end)),
        },
        ParseErrorType::OtherError(m)
            if m == "Expected a pattern" && matches!(src.as_bytes().get(at), Some(b'-' | b'+')) =>
        {
            Some(next_token(at + 1))
        }
        ParseErrorType::OtherError(m)
            if m == "Invalid mapping pattern key" || m == "Invalid value for a class pattern" =>
        {
            after_dotted_name(at).map(next_token)
        }
        _ => None,
    }
}

/// Whether `text`, past blanks and line ends, starts with the keyword `word`.
fn starts_with_word(text: &str, word: &str) -> bool {
    text.trim_start()
        .strip_prefix(word)
        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// The first line of the logical line holding line `l` (a header may span lines inside
/// brackets or after backslashes).
fn logical_line_start(src: &str, l: u32) -> u32 {
    let starts = line_structure(src, l).1;
    (1..=l)
        .rev()
        .find(|&k| starts.get(k as usize - 1).copied().unwrap_or(true))
        .unwrap_or(l)
}

/// The indentation stack after the lines up to `upto`, and for each line whether it begins a
/// logical line.
fn line_structure(src: &str, upto: u32) -> (Vec<usize>, Vec<bool>) {
    let mut starts = Vec::new();
    let mut stack = vec![0];
    let b = src.as_bytes();
    let mut i = 0;
    let mut line = 1u32;
    let mut depth = 0i32;
    let mut continued = false;
    while i < b.len() && line <= upto {
        // At the start of a line.
        let line_end = src[i..].find('\n').map_or(b.len(), |e| i + e);
        let text = &src[i..line_end];
        let t = text.trim();
        while starts.len() < line as usize - 1 {
            // Lines inside a triple-quoted string.
            starts.push(false);
        }
        starts.push(depth == 0 && !continued);
        if depth == 0 && !continued && !t.is_empty() && !t.starts_with('#') {
            let w = indent_width(text);
            if w > *stack.last().unwrap_or(&0) {
                stack.push(w);
            } else {
                while stack.len() > 1 && w < *stack.last().unwrap_or(&0) {
                    stack.pop();
                }
            }
        }
        // Scan the line's code for brackets and strings (which may run on).
        let mut j = i;
        continued = false;
        while j < line_end {
            match b[j] {
                b'#' => break,
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth = (depth - 1).max(0),
                b'\\' if j + 1 == line_end => continued = true,
                q @ (b'\'' | b'"') => {
                    let triple = j + 2 < b.len() && b[j + 1] == q && b[j + 2] == q;
                    if triple {
                        let close = [q, q, q];
                        let rest = &b[j + 3..];
                        let end = rest
                            .windows(3)
                            .position(|w| w == close)
                            .map_or(b.len(), |p| j + 3 + p + 3);
                        line += src[j..end.min(b.len())].matches('\n').count() as u32;
                        j = end;
                        continue;
                    }
                    j += 1;
                    while j < line_end && b[j] != q {
                        j += if b[j] == b'\\' { 2 } else { 1 };
                    }
                }
                _ => {}
            }
            j += 1;
        }
        // Move to the next line (after a triple-quoted string that ended on a later line, `j`
        // is already past `line_end`).
        let next = if j > line_end {
            src[j.min(b.len())..].find('\n').map_or(b.len(), |e| j + e)
        } else {
            line_end
        };
        i = next + 1;
        line += 1;
    }
    (stack, starts)
}

/// Where a keyword glued to the number literal at `start` begins, if one is.
fn glued_keyword(src: &str, start: usize) -> Option<usize> {
    let b = src.as_bytes();
    let mut i = start;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_' || b[i] == b'.') {
        i += 1;
    }
    let rest = &src[i..];
    ["and", "else", "for", "if", "in", "is", "or", "not"]
        .iter()
        .any(|k| rest.starts_with(k))
        .then_some(i)
}

/// The tokenizer's error for a character that cannot start a token: a character that does not
/// print (a no-break space pasted in) is named by its code point only.
pub(super) fn invalid_character(c: char) -> String {
    if crate::text::is_printable(c) {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    }
}

/// CPython 3.11's tokenizer warns ("invalid decimal literal", ...) when a number literal runs
/// straight into a keyword it lets follow (`1if x else y`, `0x1for`): the whole source is
/// scanned, even when the parse then fails. Returns each warning's (line, message).
pub(super) fn glued_keyword_warnings(source: &str, mode: super::Mode) -> Vec<(usize, String)> {
    use TokenKind as T;
    // Most sources have no candidate at all: look for a digit-led run of word characters
    // holding the start of one of those keywords before lexing.
    let b = source.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
    let mut candidate = false;
    let mut i = 0;
    while i < b.len() && !candidate {
        if b[i].is_ascii_digit() && (i == 0 || !word(b[i - 1])) {
            let start = i;
            while i < b.len() && word(b[i]) {
                i += 1;
            }
            let run = &source[start..i];
            candidate = ["an", "el", "fo", "if", "in", "is", "or", "no"]
                .iter()
                .any(|k| run.contains(k));
        } else {
            i += 1;
        }
    }
    if !candidate {
        return Vec::new();
    }
    let options = ruff_python_parser::ParseOptions::from(match mode {
        super::Mode::Exec => ruff_python_parser::Mode::Module,
        super::Mode::Eval => ruff_python_parser::Mode::Expression,
    })
    .with_target_version(ruff_python_ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let tokens: Vec<_> = parsed.tokens().iter().collect();
    let mut out = Vec::new();
    for pair in tokens.windows(2) {
        let (num, next) = (pair[0], pair[1]);
        if !matches!(num.kind(), T::Int | T::Float | T::Complex) || num.end() != next.start() {
            continue;
        }
        let Some(after) = source.get(next.start().to_usize()..next.end().to_usize()) else {
            continue;
        };
        let glued = ["and", "else", "for", "in", "is", "if", "or", "not"]
            .iter()
            .any(|k| after.starts_with(k));
        if !glued {
            continue;
        }
        let lit = source
            .get(num.start().to_usize()..num.end().to_usize())
            .unwrap_or("")
            .to_ascii_lowercase();
        let kind = if lit.starts_with("0x") {
            "hexadecimal"
        } else if lit.starts_with("0o") {
            "octal"
        } else if lit.starts_with("0b") {
            "binary"
        } else if lit.ends_with('j') {
            "imaginary"
        } else {
            "decimal"
        };
        let line = source[..num.start().to_usize()].matches('\n').count() + 1;
        out.push((line, format!("invalid {kind} literal")));
    }
    out
}

/// Where the first INDENT token of `source` starts, read as a module: CPython's tokenizer
/// makes one in `eval` input too, and its grammar rejects it there ("unexpected indent").
pub(super) fn first_indent(source: &str) -> Option<usize> {
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module)
        .with_target_version(ruff_python_ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    parsed
        .tokens()
        .iter()
        .find(|t| t.kind() == TokenKind::Indent)
        .map(|t| t.start().to_usize())
}
