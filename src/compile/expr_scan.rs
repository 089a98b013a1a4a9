//! The extent of one expression in source text that failed to parse.
//!
//! Several of CPython's messages mark a range that ends where an expression ends ("Perhaps you
//! forgot a comma?" marks up to the end of the expression after the missing comma). The parser's
//! recovered tree does not always hold that expression (`f(a b=1)` recovers `b=1` as a keyword
//! argument), so this scans the text the way CPython's `expression` rule reads it: operands
//! joined by operators, trailers, `x if c else y`, `lambda ...: body`; never a tuple, never a
//! starred item, never an assignment. It only reads the source; it never fails (a scan that
//! cannot go on ends the expression there).

/// One lexical item, as far as the scan needs to tell them apart.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Item<'a> {
    Name(&'a str),
    Number,
    Str,
    Ellipsis,
    /// A bracketed group, already skipped to its closer.
    Group(u8),
    Op(&'a str),
    Other,
    End,
}

/// How much of the grammar a scan reads: CPython's `expression`, `disjunction` (no
/// conditional, no lambda) or `bitwise_or` (no comparison nor boolean operator either).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(crate) enum Level {
    BitwiseOr,
    Disjunction,
    Expression,
}

/// The end (byte offset) of the expression that starts at byte `at` of `src`; `at` itself when
/// no expression starts there.
pub(crate) fn expression_end(src: &str, at: usize) -> usize {
    scan_end(src, at, Level::Expression)
}

/// Whether the `bitwise_or` starting at byte `at` is followed by `=` or `:=` (CPython's
/// condition for not suggesting `==` in `if x = y`: `if x = y = 1` is another error).
pub(crate) fn assignment_follows(src: &str, at: usize) -> bool {
    let end = scan_end(src, at, Level::BitwiseOr);
    let scan = Scan { src, pos: end };
    matches!(scan.peek().1, Item::Op("=" | ":="))
}

/// The end of the expression at byte `at`, read up to `level`.
pub(crate) fn scan_end(src: &str, at: usize, level: Level) -> usize {
    let mut scan = Scan { src, pos: at };
    let mut end = at;
    let mut want_operand = true;
    let mut last_was_string = false;
    loop {
        let (start, item) = scan.peek();
        if want_operand {
            match item {
                Item::Op("-" | "+" | "~") | Item::Name("await") => scan.pos = start,
                Item::Name("not") if level > Level::BitwiseOr => scan.pos = start,
                Item::Name("lambda") if level == Level::Expression => {
                    // Parameters up to the `:`, then the body.
                    scan.pos = start;
                    loop {
                        let (_, it) = scan.next();
                        match it {
                            Item::Op(":") => break,
                            Item::End | Item::Op("=" | ";") | Item::Other => return end,
                            _ => {}
                        }
                    }
                }
                Item::Name(w) if !is_keyword(w) || matches!(w, "None" | "True" | "False") => {
                    scan.pos = start;
                    end = start;
                    want_operand = false;
                    last_was_string = false;
                }
                Item::Number | Item::Ellipsis | Item::Group(_) | Item::Str => {
                    scan.pos = start;
                    end = start;
                    want_operand = false;
                    last_was_string = item == Item::Str;
                }
                _ => return end,
            }
            continue;
        }
        match item {
            // Trailers and implicit string concatenation keep the operand going.
            Item::Group(b'(' | b'[') => {}
            Item::Str if last_was_string => {}
            Item::Op(".") => {
                let (_, name) = scan.peek_after(start);
                if !matches!(name, Item::Name(_)) {
                    return end;
                }
                scan.pos = start;
                let (s, _) = scan.next();
                end = s;
                continue;
            }
            Item::Op(
                "+" | "-" | "*" | "/" | "//" | "%" | "@" | "**" | "<<" | ">>" | "&" | "|" | "^",
            ) => {
                scan.pos = start;
                want_operand = true;
                continue;
            }
            Item::Op("<" | ">" | "<=" | ">=" | "==" | "!=")
            | Item::Name("and" | "or" | "in" | "is")
                if level > Level::BitwiseOr =>
            {
                scan.pos = start;
                want_operand = true;
                continue;
            }
            Item::Name("else") if level == Level::Expression => {
                scan.pos = start;
                want_operand = true;
                continue;
            }
            Item::Name("not")
                if level > Level::BitwiseOr
                    && matches!(scan.peek_after(start).1, Item::Name("in")) =>
            {
                scan.pos = scan.peek_after(start).0;
                want_operand = true;
                continue;
            }
            // `body if test else other`; without an `else` the expression is `body`.
            Item::Name("if") if level == Level::Expression && scan.else_follows(start) => {
                scan.pos = start;
                want_operand = true;
                continue;
            }
            _ => return end,
        }
        scan.pos = start;
        end = start;
    }
}

struct Scan<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Scan<'a> {
    /// The next item and the offset just after it, without moving.
    fn peek(&self) -> (usize, Item<'a>) {
        self.peek_after(self.pos)
    }

    fn next(&mut self) -> (usize, Item<'a>) {
        let r = self.peek();
        self.pos = r.0;
        r
    }

    fn peek_after(&self, from: usize) -> (usize, Item<'a>) {
        let src = self.src;
        let b = src.as_bytes();
        let mut i = skip_blank(src, from);
        let Some(&c) = b.get(i) else {
            return (i, Item::End);
        };
        if c == b'\n' {
            return (i, Item::End);
        }
        if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            while let Some(&d) = b.get(i) {
                if d.is_ascii_alphanumeric() || d == b'_' || d == b'.' {
                    i += 1;
                    if matches!(d, b'e' | b'E') && matches!(b.get(i), Some(b'+' | b'-')) {
                        i += 1;
                    }
                } else {
                    break;
                }
            }
            return (i, Item::Number);
        }
        if c == b'\'' || c == b'"' {
            return (string_end(src, i), Item::Str);
        }
        let ch = src[i..].chars().next().unwrap_or(' ');
        if ch.is_alphabetic() || ch == '_' {
            let start = i;
            while let Some(ch) = src[i..].chars().next() {
                if ch.is_alphanumeric() || ch == '_' {
                    i += ch.len_utf8();
                } else {
                    break;
                }
            }
            let word = &src[start..i];
            if matches!(b.get(i), Some(b'\'' | b'"')) && is_string_prefix(word) {
                return (string_end(src, i), Item::Str);
            }
            return (i, Item::Name(word));
        }
        if src[i..].starts_with("...") {
            return (i + 3, Item::Ellipsis);
        }
        if matches!(c, b'(' | b'[' | b'{') {
            return (group_end(src, i), Item::Group(c));
        }
        const OPS: &[&str] = &[
            "**=", "//=", ">>=", "<<=", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
            "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=", "+", "-", "*", "/", "%", "@",
            "&", "|", "^", "~", "<", ">", "=", ".", ",", ":", ";",
        ];
        for op in OPS {
            if src[i..].starts_with(op) {
                return (i + op.len(), Item::Op(op));
            }
        }
        (i + ch.len_utf8(), Item::Other)
    }

    /// Whether an `else` follows the `if` ending at `after` before the expression's context
    /// ends (a `,`, a closer, a `:` or the line's end at this depth).
    fn else_follows(&self, after: usize) -> bool {
        let mut s = Scan {
            src: self.src,
            pos: after,
        };
        loop {
            match s.next().1 {
                Item::Name("else") => return true,
                Item::End | Item::Op("," | ":" | ";" | "=") | Item::Other => return false,
                Item::Name("for" | "async" | "if" | "lambda") => return false,
                _ => {}
            }
        }
    }
}

/// Skips spaces, tabs, comments and backslash continuations (a newline ends the scan, unless
/// brackets are open, which the caller has skipped as a group).
fn skip_blank(src: &str, mut i: usize) -> usize {
    let b = src.as_bytes();
    loop {
        match b.get(i) {
            Some(b' ' | b'\t' | b'\x0c' | b'\r') => i += 1,
            Some(b'\\') if b.get(i + 1) == Some(&b'\n') => i += 2,
            Some(b'#') => {
                while b.get(i).is_some_and(|&c| c != b'\n') {
                    i += 1;
                }
            }
            _ => return i,
        }
    }
}

fn is_string_prefix(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// The offset after the string literal whose quote is at `i` (the line's end when it is not
/// closed on its line, unless triple-quoted).
fn string_end(src: &str, i: usize) -> usize {
    let b = src.as_bytes();
    let q = b[i];
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while let Some(&c) = b.get(j) {
        if c == b'\\' {
            j += 2;
            continue;
        }
        if c == b'\n' && !triple {
            return j;
        }
        if c == q && (!triple || (b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q))) {
            return j + if triple { 3 } else { 1 };
        }
        j += 1;
    }
    src.len()
}

/// The offset after the bracket matching the opener at `i` (the source's end when unclosed).
pub(crate) fn group_end(src: &str, i: usize) -> usize {
    let b = src.as_bytes();
    let mut depth = 0usize;
    let mut j = i;
    while let Some(&c) = b.get(j) {
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return j + 1;
                }
            }
            b'\'' | b'"' => {
                j = string_end(src, j);
                continue;
            }
            b'#' => {
                while b.get(j).is_some_and(|&c| c != b'\n') {
                    j += 1;
                }
                continue;
            }
            _ => {}
        }
        j += 1;
    }
    src.len()
}

pub(crate) fn is_keyword(w: &str) -> bool {
    matches!(
        w,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

#[cfg(test)]
mod tests {
    use super::{Level, assignment_follows, expression_end, scan_end};

    fn extent(s: &str) -> &str {
        let at = s.find('|').map_or(0, |i| i + 1);
        &s[at..expression_end(s, at)]
    }

    #[test]
    fn reads_one_expression() {
        assert_eq!(extent("f(a |b=1)"), "b");
        assert_eq!(extent("[|x.y[0](1) + 2 * -z, 3]"), "x.y[0](1) + 2 * -z");
        assert_eq!(extent("(|a if b else c d)"), "a if b else c");
        assert_eq!(extent("[|a if b]"), "a");
        assert_eq!(extent("[|'a' 'b' c]"), "'a' 'b'");
        assert_eq!(extent("[|c for c in d]"), "c");
        assert_eq!(extent("[|lambda x: x + 1, 2]"), "lambda x: x + 1");
        assert_eq!(extent("[|not a is not b in c]"), "not a is not b in c");
        assert_eq!(extent("(|...)"), "...");
        assert_eq!(extent("(|*a)"), "");
        assert_eq!(extent("(|rb'x'.hex() x)"), "rb'x'.hex()");
    }

    #[test]
    fn reads_lower_levels() {
        let s = "a if b < c + d else e";
        assert_eq!(&s[..scan_end(s, 0, Level::Disjunction)], "a");
        assert_eq!(&s[5..scan_end(s, 5, Level::Disjunction)], "b < c + d");
        assert_eq!(&s[5..scan_end(s, 5, Level::BitwiseOr)], "b");
        assert!(assignment_follows("x = y = 1", 4));
        assert!(assignment_follows("x = y + 1 := 2", 4));
        assert!(!assignment_follows("x = y: z = 1", 4));
        assert!(!assignment_follows("x = y += 1", 4));
        assert!(!assignment_follows("x = y == 1", 4));
    }
}
