//! Regular-expression syntax: pattern text -> [`Node`] tree, with CPython's error messages and
//! positions. Owns nothing but the parse; never looks at subject strings.

use super::flags::*;

/// Repeat count meaning "no upper bound" (CPython's MAXREPEAT).
pub const UNBOUNDED: u32 = u32::MAX;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    Word,
    Space,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassItem {
    Char(u32),
    Range(u32, u32),
    /// `\d`, `\W`, ...: the category, whether negated, and whether ASCII-only.
    Cat(Category, bool, bool),
}

#[derive(Clone, Debug)]
pub struct ClassSet {
    pub negated: bool,
    pub items: Vec<ClassItem>,
    pub fold: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assertion {
    /// `^`; true under MULTILINE.
    LineStart(bool),
    /// `$`; true under MULTILINE.
    LineEnd(bool),
    TextStart,
    TextEnd,
    /// `\b` (ASCII-only when true).
    WordBoundary(bool),
    NotWordBoundary(bool),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    Char {
        c: u32,
        fold: bool,
    },
    Any {
        dotall: bool,
    },
    Set(Box<ClassSet>),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    Group {
        index: usize,
        node: Box<Node>,
    },
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    Assert(Assertion),
    /// A look-around; `width` is a look-behind's (fixed) width.
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
        width: usize,
    },
    Backref {
        group: usize,
        fold: bool,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// Which Python exception a failed parse becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error`.
    Syntax,
    /// `OverflowError` (a repeat count too large).
    Overflow,
    /// `RecursionError`: groups nested deeper than CPython's recursive parser can go.
    Recursion,
}

/// A failed parse, with CPython's wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub msg: String,
    pub pos: Option<usize>,
    pub kind: ErrorKind,
    /// FutureWarnings found before the error (CPython gives them before raising).
    pub warnings: Vec<String>,
}

/// Group nesting beyond this makes CPython's parser exceed its recursion limit.
const MAX_NESTING: usize = 495;

/// The result of a successful parse.
pub struct Parsed {
    pub node: Node,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names with their numbers, in definition order.
    pub names: Vec<(String, usize)>,
    /// The flags in force for the whole pattern (given ones plus leading inline ones).
    pub flags: u32,
    /// FutureWarning messages CPython gives for class syntax that may change meaning
    /// (`[[`, `--`, `&&`, `~~`, `||` inside a set), in pattern order.
    pub warnings: Vec<String>,
}

/// Parses `src` (code points; bytes patterns pass their bytes) under `flags`.
pub fn parse(src: &[u32], is_bytes: bool, flags: u32) -> Result<Parsed, ParseError> {
    let mut p = Parser {
        src,
        pos: 0,
        is_bytes,
        flags,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        group_widths: Vec::new(),
        cond_refs: Vec::new(),
        depth: 0,
        lookbehind_groups: None,
        variable_lookbehind: false,
        warnings: Vec::new(),
    };
    parse_pattern(&mut p).map_err(|mut e| {
        e.warnings = std::mem::take(&mut p.warnings);
        e
    })
}

/// The whole pattern, once the parser is set up.
fn parse_pattern(p: &mut Parser<'_>) -> Result<Parsed, ParseError> {
    let src = p.src;
    // CPython's tokenizer reads one token ahead, so a lone backslash ending the pattern is
    // reported as soon as the token before it is taken: before any error found after that
    // point, and even when a verbose-mode comment would have hidden it.
    let trailing = src.iter().rev().take_while(|&&c| c == b'\\' as u32).count();
    if trailing % 2 == 1 {
        let at = src.len() - 1;
        let bad_escape = ParseError {
            msg: "bad escape (end of pattern)".into(),
            pos: Some(at),
            kind: ErrorKind::Syntax,
            warnings: Vec::new(),
        };
        return match p.parse_alternation(true) {
            Err(e) if p.pos < at || e.kind != ErrorKind::Syntax => Err(e),
            // Only an unmatched ')' stops the top level early.
            Ok(_) if p.pos < at => Err(p.err("unbalanced parenthesis", p.pos)),
            _ => Err(bad_escape),
        };
    }
    let node = p.parse_alternation(true)?;
    if p.pos < src.len() {
        // Only an unmatched ')' stops the top level early.
        return Err(p.err("unbalanced parenthesis", p.pos));
    }
    if let Some(&(g, at)) = p.cond_refs.iter().find(|&&(g, _)| g > p.groups) {
        return Err(p.err(format!("invalid group reference {g}"), at));
    }
    if p.variable_lookbehind {
        return Err(ParseError {
            msg: "look-behind requires fixed-width pattern".into(),
            pos: None,
            kind: ErrorKind::Syntax,
            warnings: Vec::new(),
        });
    }
    Ok(Parsed {
        node,
        groups: p.groups,
        names: std::mem::take(&mut p.names),
        flags: p.flags,
        warnings: std::mem::take(&mut p.warnings),
    })
}

/// How an item may combine with a following quantifier.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ItemKind {
    Plain,
    Assertion,
    Repeat,
}

struct Parser<'a> {
    src: &'a [u32],
    pos: usize,
    is_bytes: bool,
    /// Flags in force at this point of the parse.
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Groups whose ')' has not been seen yet.
    open: Vec<usize>,
    /// Width (min, max) of each closed group, for look-behind checks; index = group - 1.
    group_widths: Vec<Option<(u64, u64)>>,
    /// Group numbers used by conditionals, with where each was first named.
    cond_refs: Vec<(usize, usize)>,
    /// How many groups enclose the current position.
    depth: usize,
    /// Inside a look-behind: how many groups were opened before the outermost one began.
    /// A reference from there to a later group is an error.
    lookbehind_groups: Option<usize>,
    /// A look-behind whose width varies was seen. CPython finds that only when compiling the
    /// parsed pattern, so every parse error comes first.
    variable_lookbehind: bool,
    /// FutureWarning messages found so far (see [`Parsed::warnings`]).
    warnings: Vec<String>,
}

fn is_ascii_letter(c: u32) -> bool {
    (b'a' as u32..=b'z' as u32).contains(&c) || (b'A' as u32..=b'Z' as u32).contains(&c)
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn is_octal(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

fn hex_value(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|ch| ch.to_digit(16))
}

fn chr(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{FFFD}')
}

const VERBOSE_SPACE: &[u32] = &[b' ' as u32, 9, 10, 11, 12, 13];

impl<'a> Parser<'a> {
    fn err(&self, msg: impl Into<String>, pos: usize) -> ParseError {
        ParseError {
            msg: msg.into(),
            pos: Some(pos),
            kind: ErrorKind::Syntax,
            warnings: Vec::new(),
        }
    }

    fn peek(&self) -> Option<u32> {
        self.src.get(self.pos).copied()
    }

    fn peek_at(&self, i: usize) -> Option<u32> {
        self.src.get(i).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c as u32) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn text(&self, a: usize, b: usize) -> String {
        self.src[a..b.min(self.src.len())]
            .iter()
            .map(|&c| chr(c))
            .collect()
    }

    fn fold(&self) -> bool {
        self.flags & IGNORECASE != 0
    }

    fn ascii(&self) -> bool {
        self.is_bytes || self.flags & ASCII != 0
    }

    fn skip_verbose(&mut self) {
        if self.flags & VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if VERBOSE_SPACE.contains(&c) {
                self.pos += 1;
            } else if c == b'#' as u32 {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == b'\n' as u32 {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// Branches separated by `|` up to `)` or the end. `top` marks the pattern's top level,
    /// where leading global flags are allowed.
    fn parse_alternation(&mut self, top: bool) -> Result<Node, ParseError> {
        let mut branches = Vec::new();
        let mut first = top;
        loop {
            branches.push(self.parse_sequence(first)?);
            first = false;
            if !self.eat('|') {
                break;
            }
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(branches)
        })
    }

    fn parse_sequence(&mut self, top_first: bool) -> Result<Node, ParseError> {
        let mut items: Vec<Node> = Vec::new();
        let mut last_kind: Option<ItemKind> = None;
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { break };
            let start = self.pos;
            match chr(c) {
                '|' | ')' => break,
                '*' | '+' | '?' | '{' => {
                    let Some((min, max)) = self.parse_quantifier()? else {
                        // A '{' that does not start a valid repeat is a literal.
                        items.push(self.literal(b'{' as u32));
                        last_kind = Some(ItemKind::Plain);
                        continue;
                    };
                    match last_kind {
                        None | Some(ItemKind::Assertion) => {
                            return Err(self.err("nothing to repeat", start));
                        }
                        Some(ItemKind::Repeat) => return Err(self.err("multiple repeat", start)),
                        Some(ItemKind::Plain) => {}
                    }
                    if min > max {
                        return Err(self.err("min repeat greater than max repeat", start + 1));
                    }
                    let kind = if self.eat('?') {
                        RepeatKind::Lazy
                    } else if self.eat('+') {
                        RepeatKind::Possessive
                    } else {
                        RepeatKind::Greedy
                    };
                    let node = items.pop().unwrap_or(Node::Empty);
                    items.push(Node::Repeat {
                        node: Box::new(node),
                        min,
                        max,
                        kind,
                    });
                    last_kind = Some(ItemKind::Repeat);
                }
                '(' => {
                    let at_start = top_first && items.is_empty();
                    // A comment or leading global flags make no item.
                    if let Some(node) = self.parse_group(at_start)? {
                        items.push(node);
                        last_kind = Some(ItemKind::Plain);
                    }
                }
                '[' => {
                    let node = self.parse_class()?;
                    items.push(node);
                    last_kind = Some(ItemKind::Plain);
                }
                '.' => {
                    self.pos += 1;
                    items.push(Node::Any {
                        dotall: self.flags & DOTALL != 0,
                    });
                    last_kind = Some(ItemKind::Plain);
                }
                '^' => {
                    self.pos += 1;
                    items.push(Node::Assert(Assertion::LineStart(
                        self.flags & MULTILINE != 0,
                    )));
                    last_kind = Some(ItemKind::Assertion);
                }
                '$' => {
                    self.pos += 1;
                    items.push(Node::Assert(Assertion::LineEnd(
                        self.flags & MULTILINE != 0,
                    )));
                    last_kind = Some(ItemKind::Assertion);
                }
                '\\' => {
                    let node = self.parse_escape()?;
                    last_kind = Some(if matches!(node, Node::Assert(_)) {
                        ItemKind::Assertion
                    } else {
                        ItemKind::Plain
                    });
                    items.push(node);
                }
                _ => {
                    self.pos += 1;
                    items.push(self.literal(c));
                    last_kind = Some(ItemKind::Plain);
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Cat(items),
        })
    }

    fn literal(&self, c: u32) -> Node {
        Node::Char {
            c,
            fold: self.fold(),
        }
    }

    fn read_number(&mut self) -> Option<u64> {
        let start = self.pos;
        let mut n: u64 = 0;
        while let Some(c) = self.peek().filter(|&c| is_digit(c)) {
            n = n
                .saturating_mul(10)
                .saturating_add((c - b'0' as u32) as u64);
            self.pos += 1;
        }
        (self.pos > start).then_some(n)
    }

    /// Reads a quantifier at the current position. `None` (position unchanged) for a '{'
    /// that is not a repeat.
    fn parse_quantifier(&mut self) -> Result<Option<(u32, u32)>, ParseError> {
        let c = self.peek().map(chr);
        let start = self.pos;
        self.pos += 1;
        Ok(Some(match c {
            Some('*') => (0, UNBOUNDED),
            Some('+') => (1, UNBOUNDED),
            Some('?') => (0, 1),
            _ => {
                let lo = self.read_number();
                let (comma, hi) = if self.eat(',') {
                    (true, self.read_number())
                } else {
                    (false, lo)
                };
                if !self.eat('}') || (lo.is_none() && !comma) {
                    self.pos = start + 1;
                    return Ok(None);
                }
                let too_large = |n: Option<u64>| n.is_some_and(|n| n >= UNBOUNDED as u64);
                if too_large(lo) || too_large(hi) {
                    return Err(ParseError {
                        msg: "the repetition number is too large".into(),
                        pos: None,
                        kind: ErrorKind::Overflow,
                        warnings: Vec::new(),
                    });
                }
                let lo = lo.unwrap_or(0);
                let hi = hi.unwrap_or(UNBOUNDED as u64);
                (lo as u32, hi as u32)
            }
        }))
    }

    /// Reads a name up to `term`; `what_pos` is where errors point.
    fn read_name(&mut self, term: char) -> Result<(String, usize), ParseError> {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if c == term as u32 {
                let name = self.text(start, self.pos);
                self.pos += 1;
                if name.is_empty() {
                    return Err(self.err("missing group name", start));
                }
                return Ok((name, start));
            }
            self.pos += 1;
        }
        if start == self.pos {
            return Err(self.err("missing group name", start));
        }
        Err(self.err(format!("missing {term}, unterminated name"), start))
    }

    fn check_identifier(&self, name: &str, at: usize) -> Result<(), ParseError> {
        let ok = crate::text::isidentifier(name);
        if ok {
            Ok(())
        } else {
            Err(self.err(format!("bad character in group name {}", py_repr(name)), at))
        }
    }

    fn group_by_name(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, i)| i)
    }

    /// Parses a group starting at '('; `None` for a comment or leading global flags.
    fn parse_group(&mut self, at_start: bool) -> Result<Option<Node>, ParseError> {
        if self.depth >= MAX_NESTING {
            return Err(ParseError {
                msg: "maximum recursion depth exceeded".into(),
                pos: None,
                kind: ErrorKind::Recursion,
                warnings: Vec::new(),
            });
        }
        self.depth += 1;
        let r = self.parse_group_inner(at_start);
        self.depth -= 1;
        r
    }

    fn parse_group_inner(&mut self, at_start: bool) -> Result<Option<Node>, ParseError> {
        let open_pos = self.pos;
        self.pos += 1;
        if !self.eat('?') {
            self.groups += 1;
            let index = self.groups;
            return self.finish_group(open_pos, Some(index), None).map(Some);
        }
        let Some(c) = self.peek() else {
            return Err(self.err("unexpected end of pattern", self.pos));
        };
        self.pos += 1;
        match chr(c) {
            ':' => self.finish_group(open_pos, None, None).map(Some),
            '>' => {
                let node = self.finish_group(open_pos, None, None)?;
                Ok(Some(Node::Atomic(Box::new(node))))
            }
            'P' => {
                let Some(c2) = self.peek() else {
                    return Err(self.err("unexpected end of pattern", self.pos));
                };
                if c2 == b'<' as u32 {
                    self.pos += 1;
                    let (name, at) = self.read_name('>')?;
                    self.check_identifier(&name, at)?;
                    let index = self.groups + 1;
                    if let Some(old) = self.group_by_name(&name) {
                        return Err(self.err(
                            format!(
                                "redefinition of group name {} as group {index}; was group {old}",
                                py_repr(&name)
                            ),
                            at,
                        ));
                    }
                    self.groups += 1;
                    self.names.push((name, index));
                    self.finish_group(open_pos, Some(index), None).map(Some)
                } else if c2 == b'=' as u32 {
                    self.pos += 1;
                    let (name, at) = self.read_name(')')?;
                    self.check_identifier(&name, at)?;
                    let Some(group) = self.group_by_name(&name) else {
                        return Err(self.err(format!("unknown group name {}", py_repr(&name)), at));
                    };
                    if self.open.contains(&group) {
                        return Err(self.err("cannot refer to an open group", at));
                    }
                    self.check_lookbehind_ref(group)?;
                    Ok(Some(Node::Backref {
                        group,
                        fold: self.fold(),
                    }))
                } else {
                    self.pos += 1;
                    Err(self.err(format!("unknown extension ?P{}", chr(c2)), open_pos + 1))
                }
            }
            '#' => {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == b')' as u32 {
                        return Ok(None);
                    }
                }
                Err(self.err("missing ), unterminated comment", open_pos))
            }
            '=' | '!' => {
                let node = self.finish_group(open_pos, None, None)?;
                Ok(Some(Node::Look {
                    behind: false,
                    negate: c == b'!' as u32,
                    node: Box::new(node),
                    width: 0,
                }))
            }
            '<' => {
                let Some(c2) = self.peek() else {
                    return Err(self.err("unexpected end of pattern", self.pos));
                };
                self.pos += 1;
                if c2 != b'=' as u32 && c2 != b'!' as u32 {
                    return Err(self.err(format!("unknown extension ?<{}", chr(c2)), open_pos + 1));
                }
                let outer = self.lookbehind_groups;
                if outer.is_none() {
                    self.lookbehind_groups = Some(self.groups);
                }
                let node = self.finish_group(open_pos, None, None);
                self.lookbehind_groups = outer;
                let node = node?;
                let (lo, hi) = self.width(&node);
                if lo != hi {
                    self.variable_lookbehind = true;
                }
                Ok(Some(Node::Look {
                    behind: true,
                    negate: c2 == b'!' as u32,
                    node: Box::new(node),
                    width: usize::try_from(lo).unwrap_or(usize::MAX),
                }))
            }
            '(' => {
                let (name, at) = self.read_name(')')?;
                let group = if name.chars().all(|c| c.is_ascii_digit()) {
                    let n: usize = name.parse().unwrap_or(usize::MAX);
                    if n == 0 {
                        return Err(self.err("bad group number", at));
                    }
                    // Checked against the final group count once the whole pattern is read.
                    if !self.cond_refs.iter().any(|&(g, _)| g == n) {
                        self.cond_refs.push((n, at));
                    }
                    n
                } else {
                    self.check_identifier(&name, at)?;
                    match self.group_by_name(&name) {
                        Some(g) => g,
                        None => {
                            return Err(
                                self.err(format!("unknown group name {}", py_repr(&name)), at)
                            );
                        }
                    }
                };
                if self.lookbehind_groups.is_some() {
                    if group > self.groups || self.open.contains(&group) {
                        return Err(self.err("cannot refer to an open group", self.pos));
                    }
                    self.check_lookbehind_ref(group)?;
                }
                let node = self.finish_group(open_pos, None, Some(group))?;
                Ok(Some(node))
            }
            _ if c == b'-' as u32 || FLAG_CHARS.contains(&chr(c)) => {
                self.pos -= 1;
                self.parse_flags(open_pos, at_start)
            }
            '\\' => {
                // The tokenizer reads an escape as one token.
                let text = match self.peek() {
                    Some(n) => format!("\\{}", chr(n)),
                    None => "\\".to_string(),
                };
                Err(self.err(format!("unknown extension ?{text}"), open_pos + 1))
            }
            other => Err(self.err(format!("unknown extension ?{other}"), open_pos + 1)),
        }
    }

    /// Parses the body of a group whose header has been read, then its ')'.
    /// `cond` makes it a conditional on that group.
    fn finish_group(
        &mut self,
        open_pos: usize,
        index: Option<usize>,
        cond: Option<usize>,
    ) -> Result<Node, ParseError> {
        if let Some(i) = index {
            self.open.push(i);
        }
        let node = if let Some(group) = cond {
            let yes = self.parse_sequence(false)?;
            let no = if self.eat('|') {
                let no = self.parse_sequence(false)?;
                if self.peek() == Some(b'|' as u32) {
                    return Err(
                        self.err("conditional backref with more than two branches", self.pos)
                    );
                }
                no
            } else {
                Node::Empty
            };
            Node::Cond {
                group,
                yes: Box::new(yes),
                no: Box::new(no),
            }
        } else {
            self.parse_alternation(false)?
        };
        if !self.eat(')') {
            return Err(self.err("missing ), unterminated subpattern", open_pos));
        }
        Ok(match index {
            Some(i) => {
                self.open.retain(|&g| g != i);
                let w = self.width(&node);
                if self.group_widths.len() < i {
                    self.group_widths.resize(i, None);
                }
                self.group_widths[i - 1] = Some(w);
                Node::Group {
                    index: i,
                    node: Box::new(node),
                }
            }
            None => node,
        })
    }

    /// Inline flags after "(?": global `(?aiLmsux)` or scoped `(?flags-flags:...)`.
    fn parse_flags(&mut self, open_pos: usize, at_start: bool) -> Result<Option<Node>, ParseError> {
        let mut on = 0u32;
        while let Some(c) = self.peek() {
            let Some(f) = flag_of(chr(c)) else { break };
            self.pos += 1;
            self.check_type_flag(chr(c), f, on)?;
            on |= f;
        }
        if self.eat(')') {
            if !at_start {
                return Err(self.err("global flags not at the start of the expression", open_pos));
            }
            self.flags |= on;
            return Ok(None);
        }
        let mut off = 0u32;
        if self.eat('-') {
            let Some(c) = self.peek() else {
                return Err(self.err("missing flag", self.pos));
            };
            if flag_of(chr(c)).is_none() {
                let msg = if is_ascii_letter(c) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(self.err(msg, self.pos));
            }
            while let Some(c) = self.peek() {
                let Some(f) = flag_of(chr(c)) else { break };
                self.pos += 1;
                if f & (ASCII | UNICODE | LOCALE) != 0 {
                    return Err(self.err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.pos,
                    ));
                }
                off |= f;
            }
            if self.peek().is_some_and(is_ascii_letter) {
                return Err(self.err("unknown flag", self.pos));
            }
            if !self.eat(':') {
                return Err(self.err("missing :", self.pos));
            }
            if on & off != 0 {
                return Err(self.err("bad inline flags: flag turned on and off", self.pos - 1));
            }
        } else if !self.eat(':') {
            if self.peek().is_some_and(is_ascii_letter) {
                return Err(self.err("unknown flag", self.pos));
            }
            return Err(self.err("missing -, : or )", self.pos));
        }
        let saved = self.flags;
        let mut scoped = (self.flags | on) & !off;
        if on & (ASCII | UNICODE | LOCALE) != 0 {
            scoped = (scoped & !(ASCII | UNICODE | LOCALE)) | (on & (ASCII | UNICODE | LOCALE));
        }
        self.flags = scoped;
        let node = self.finish_group(open_pos, None, None);
        self.flags = saved;
        node.map(Some)
    }

    /// Rejects type flags that do not fit the pattern type or each other.
    fn check_type_flag(&self, c: char, f: u32, so_far: u32) -> Result<(), ParseError> {
        if f == LOCALE && !self.is_bytes {
            return Err(self.err(
                "bad inline flags: cannot use 'L' flag with a str pattern",
                self.pos,
            ));
        }
        if f == UNICODE && self.is_bytes {
            return Err(self.err(
                "bad inline flags: cannot use 'u' flag with a bytes pattern",
                self.pos,
            ));
        }
        let types = (so_far | f) & (ASCII | UNICODE | LOCALE);
        if types.count_ones() > 1 {
            return Err(self.err(
                "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                self.pos,
            ));
        }
        let _ = c;
        Ok(())
    }

    /// Parses an escape outside a class.
    fn parse_escape(&mut self) -> Result<Node, ParseError> {
        let start = self.pos;
        self.pos += 1;
        let Some(c) = self.peek() else {
            return Err(self.err("bad escape (end of pattern)", start));
        };
        self.pos += 1;
        let ascii = self.ascii();
        let cat = |cat, neg| {
            Node::Set(Box::new(ClassSet {
                negated: false,
                items: vec![ClassItem::Cat(cat, neg, ascii)],
                fold: false,
            }))
        };
        Ok(match chr(c) {
            'A' => Node::Assert(Assertion::TextStart),
            'Z' => Node::Assert(Assertion::TextEnd),
            'b' => Node::Assert(Assertion::WordBoundary(ascii)),
            'B' => Node::Assert(Assertion::NotWordBoundary(ascii)),
            'd' => cat(Category::Digit, false),
            'D' => cat(Category::Digit, true),
            'w' => cat(Category::Word, false),
            'W' => cat(Category::Word, true),
            's' => cat(Category::Space, false),
            'S' => cat(Category::Space, true),
            '0'..='9' => {
                let d = c;
                if d != b'0' as u32 {
                    if let Some(n) = self.peek().filter(|&n| is_digit(n)) {
                        if is_octal(d)
                            && is_octal(n)
                            && self.peek_at(self.pos + 1).is_some_and(is_octal)
                        {
                            self.pos += 2;
                            return self.octal_literal(start);
                        }
                        self.pos += 1;
                        let g = ((d - b'0' as u32) * 10 + (n - b'0' as u32)) as usize;
                        return self.backref(g, start);
                    }
                    return self.backref((d - b'0' as u32) as usize, start);
                }
                // "\0" then up to two more octal digits.
                for _ in 0..2 {
                    if self.peek().is_some_and(is_octal) {
                        self.pos += 1;
                    }
                }
                self.octal_literal(start)?
            }
            _ => {
                let v = self.common_escape(c, start)?;
                self.literal(v)
            }
        })
    }

    fn octal_literal(&mut self, start: usize) -> Result<Node, ParseError> {
        let v = self.octal_value(start)?;
        Ok(self.literal(v))
    }

    fn octal_value(&self, start: usize) -> Result<u32, ParseError> {
        let digits = &self.src[start + 1..self.pos];
        let v = digits
            .iter()
            .fold(0u32, |acc, &d| acc * 8 + (d - b'0' as u32));
        if v > 0o377 {
            return Err(self.err(
                format!(
                    "octal escape value {} outside of range 0-0o377",
                    self.text(start, self.pos)
                ),
                start,
            ));
        }
        Ok(v)
    }

    /// A reference, from inside a look-behind, to a group that look-behind defines.
    fn check_lookbehind_ref(&self, group: usize) -> Result<(), ParseError> {
        match self.lookbehind_groups {
            Some(before) if group > before => Err(self.err(
                "cannot refer to group defined in the same lookbehind subpattern",
                self.pos,
            )),
            _ => Ok(()),
        }
    }

    fn backref(&self, group: usize, start: usize) -> Result<Node, ParseError> {
        if group > self.groups {
            return Err(self.err(format!("invalid group reference {group}"), start + 1));
        }
        if self.open.contains(&group) {
            return Err(self.err("cannot refer to an open group", start));
        }
        self.check_lookbehind_ref(group)?;
        Ok(Node::Backref {
            group,
            fold: self.fold(),
        })
    }

    /// Escapes with the same meaning inside and outside classes (c is after the backslash,
    /// already consumed). Returns the code point.
    fn common_escape(&mut self, c: u32, start: usize) -> Result<u32, ParseError> {
        Ok(match chr(c) {
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => b'\\' as u32,
            'x' => self.hex_escape(start, 2)?,
            'u' if !self.is_bytes => self.hex_escape(start, 4)?,
            'N' if !self.is_bytes => self.named_escape(start)?,
            'U' if !self.is_bytes => {
                let v = self.hex_escape(start, 8)?;
                if v > 0x10FFFF {
                    return Err(
                        self.err(format!("bad escape {}", self.text(start, self.pos)), start)
                    );
                }
                v
            }
            _ if is_ascii_letter(c) || is_digit(c) => {
                return Err(self.err(format!("bad escape \\{}", chr(c)), start));
            }
            _ => c,
        })
    }

    /// `\N{NAME}` (the `N` already consumed): the character with that Unicode name.
    fn named_escape(&mut self, start: usize) -> Result<u32, ParseError> {
        if self.peek() != Some(b'{' as u32) {
            return Err(self.err("missing {", self.pos));
        }
        self.pos += 1;
        let name_start = self.pos;
        while let Some(c) = self.peek() {
            if c == b'}' as u32 {
                break;
            }
            self.pos += 1;
        }
        if self.pos == name_start {
            return Err(self.err("missing character name", name_start));
        }
        if self.peek().is_none() {
            return Err(self.err("missing }, unterminated name", name_start));
        }
        let name = self.text(name_start, self.pos);
        self.pos += 1;
        match crate::modules::unicodedata::char_named(&name) {
            Some(c) => Ok(c as u32),
            None => Err(self.err(
                format!("undefined character name {}", crate::text::str_repr(&name)),
                start,
            )),
        }
    }

    fn hex_escape(&mut self, start: usize, n: usize) -> Result<u32, ParseError> {
        let mut v = 0u32;
        for _ in 0..n {
            match self.peek().and_then(hex_value) {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    self.pos += 1;
                }
                None => {
                    return Err(self.err(
                        format!("incomplete escape {}", self.text(start, self.pos)),
                        start,
                    ));
                }
            }
        }
        Ok(v)
    }

    /// Parses `[...]` at '['.
    fn parse_class(&mut self) -> Result<Node, ParseError> {
        let open = self.pos;
        self.pos += 1;
        if self.peek() == Some(b'[' as u32) {
            let at = self.pos;
            self.warnings
                .push(format!("Possible nested set at position {at}"));
        }
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.err("unterminated character set", open));
            };
            if c == b']' as u32 && !first {
                self.pos += 1;
                break;
            }
            let item_start = self.pos;
            if !first && self.peek_at(item_start + 1) == Some(c) {
                self.warn_set_operation(c, item_start);
            }
            first = false;
            let lo = self.class_atom()?;
            if self.peek() == Some(b'-' as u32) {
                match self.peek_at(self.pos + 1) {
                    None => {
                        return Err(self.err("unterminated character set", open));
                    }
                    Some(n) if n == b']' as u32 => {
                        items.push(lo);
                        items.push(ClassItem::Char(b'-' as u32));
                        self.pos += 2;
                        break;
                    }
                    Some(n) => {
                        self.pos += 1;
                        let hi_start = self.pos;
                        if n == b'-' as u32 {
                            self.warn_set_operation(n, hi_start - 1);
                        }
                        let hi = self.class_atom()?;
                        let bad = || {
                            self.err(
                                format!(
                                    "bad character range {}-{}",
                                    self.text(item_start, hi_start - 1),
                                    self.text(hi_start, self.pos)
                                ),
                                item_start,
                            )
                        };
                        match (lo, hi) {
                            (ClassItem::Char(a), ClassItem::Char(b)) => {
                                if a > b {
                                    return Err(bad());
                                }
                                items.push(ClassItem::Range(a, b));
                            }
                            _ => return Err(bad()),
                        }
                    }
                }
            } else {
                items.push(lo);
            }
        }
        Ok(Node::Set(Box::new(ClassSet {
            negated,
            items,
            fold: self.fold(),
        })))
    }

    /// Records CPython's FutureWarning for a doubled `-`, `&`, `~` or `|` at `at` inside a
    /// set: syntax a future version may read as a set operation.
    fn warn_set_operation(&mut self, c: u32, at: usize) {
        let operation = match chr(c) {
            '-' => "difference",
            '&' => "intersection",
            '~' => "symmetric difference",
            '|' => "union",
            _ => return,
        };
        self.warnings
            .push(format!("Possible set {operation} at position {at}"));
    }

    /// One member of a class: a character or a category escape.
    fn class_atom(&mut self) -> Result<ClassItem, ParseError> {
        let Some(c) = self.peek() else {
            return Err(self.err("unterminated character set", self.pos));
        };
        let start = self.pos;
        self.pos += 1;
        if c != b'\\' as u32 {
            return Ok(ClassItem::Char(c));
        }
        let Some(e) = self.peek() else {
            return Err(self.err("bad escape (end of pattern)", start));
        };
        self.pos += 1;
        let ascii = self.ascii();
        Ok(match chr(e) {
            'd' => ClassItem::Cat(Category::Digit, false, ascii),
            'D' => ClassItem::Cat(Category::Digit, true, ascii),
            'w' => ClassItem::Cat(Category::Word, false, ascii),
            'W' => ClassItem::Cat(Category::Word, true, ascii),
            's' => ClassItem::Cat(Category::Space, false, ascii),
            'S' => ClassItem::Cat(Category::Space, true, ascii),
            'b' => ClassItem::Char(8),
            '0'..='7' => {
                for _ in 0..2 {
                    if self.peek().is_some_and(is_octal) {
                        self.pos += 1;
                    }
                }
                ClassItem::Char(self.octal_value(start)?)
            }
            _ => ClassItem::Char(self.common_escape(e, start)?),
        })
    }

    /// Minimum and maximum width of a node, in characters (max saturates).
    fn width(&self, node: &Node) -> (u64, u64) {
        const INF: u64 = u64::MAX;
        match node {
            Node::Empty | Node::Assert(_) | Node::Look { .. } => (0, 0),
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => (1, 1),
            Node::Cat(items) => items.iter().fold((0, 0), |(a, b), n| {
                let (x, y) = self.width(n);
                (a.saturating_add(x), b.saturating_add(y))
            }),
            Node::Alt(items) => {
                let mut lo = INF;
                let mut hi = 0;
                for n in items {
                    let (x, y) = self.width(n);
                    lo = lo.min(x);
                    hi = hi.max(y);
                }
                (lo, hi)
            }
            Node::Group { node, .. } | Node::Atomic(node) => self.width(node),
            Node::Repeat { node, min, max, .. } => {
                let (x, y) = self.width(node);
                let hi = if *max == UNBOUNDED {
                    if y == 0 { 0 } else { INF }
                } else {
                    y.saturating_mul(*max as u64)
                };
                (x.saturating_mul(*min as u64), hi)
            }
            Node::Backref { group, .. } => self
                .group_widths
                .get(group - 1)
                .copied()
                .flatten()
                .unwrap_or((0, INF)),
            Node::Cond { yes, no, .. } => {
                let (a, b) = self.width(yes);
                let (c, d) = self.width(no);
                (a.min(c), b.max(d))
            }
        }
    }
}

/// Python's `repr()` of a str, for names inside messages.
fn py_repr(s: &str) -> String {
    crate::text::str_repr(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err_of(p: &str) -> String {
        let src: Vec<u32> = p.chars().map(|c| c as u32).collect();
        match parse(&src, false, 0) {
            Ok(_) => "ok".into(),
            Err(e) => match e.pos {
                Some(pos) => format!("{} at position {pos}", e.msg),
                None => e.msg,
            },
        }
    }

    #[test]
    fn errors_have_cpython_wording() {
        assert_eq!(
            err_of("("),
            "missing ), unterminated subpattern at position 0"
        );
        assert_eq!(err_of("a)"), "unbalanced parenthesis at position 1");
        assert_eq!(err_of("*"), "nothing to repeat at position 0");
        assert_eq!(err_of("a**"), "multiple repeat at position 2");
        assert_eq!(err_of(r"\q"), r"bad escape \q at position 0");
        assert_eq!(err_of("[z-a]"), "bad character range z-a at position 1");
        assert_eq!(err_of(r"(a)\2"), "invalid group reference 2 at position 4");
        assert_eq!(err_of("(?P=x)"), "unknown group name 'x' at position 4");
        assert_eq!(
            err_of("(?<=a+)b"),
            "look-behind requires fixed-width pattern"
        );
        assert_eq!(err_of("a{2}*"), "multiple repeat at position 4");
        assert_eq!(err_of("x{}"), "ok");
        assert_eq!(err_of("(?i)(?m)a"), "ok");
        assert_eq!(err_of(r"[\N{EM DASH}x]"), "ok");
        assert_eq!(err_of(r"ab\Nx"), "missing { at position 4");
        assert_eq!(err_of(r"ab\N{}"), "missing character name at position 5");
        assert_eq!(
            err_of(r"ab\N{EM"),
            "missing }, unterminated name at position 5"
        );
        assert_eq!(
            err_of(r"ab\N{EM DASHX}"),
            "undefined character name 'EM DASHX' at position 2"
        );
    }

    #[test]
    fn nesting_is_bounded() {
        // The interpreter thread has a large stack; give this test a comparable one.
        let t = std::thread::Builder::new()
            .stack_size(256 * 1024 * 1024)
            .spawn(|| {
                let deep = format!("{}{}", "(".repeat(100_000), ")".repeat(100_000));
                assert_eq!(err_of(&deep), "maximum recursion depth exceeded");
                let ok = format!("{}a{}", "(?:".repeat(495), ")*".repeat(495));
                assert_eq!(err_of(&ok), "ok");
            })
            .expect("test thread starts");
        t.join().expect("nesting test passes");
    }
}
