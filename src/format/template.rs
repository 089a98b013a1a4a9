//! `str.format` templates: splitting a format string into literal text and replacement
//! fields, and parsing field names. Field values, conversions and nested specs are the VM's
//! job; it walks the pieces, resolving names through [`FieldNumbering`].

use super::error::FmtError;
use crate::text::decimal_value;

/// One piece of a format string, borrowed from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatPiece<'a> {
    /// Text copied as is; an escaped `{{` or `}}` ends a literal with its first brace.
    Literal(&'a str),
    /// A replacement field `{name!conversion:spec}`.
    Field {
        name: FieldName<'a>,
        /// 'r', 's' or 'a'.
        conversion: Option<char>,
        /// The raw spec; it may hold nested `{...}` fields, which the VM expands first.
        spec: &'a str,
    },
}

/// The first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst<'a> {
    /// `{}`: the next positional argument.
    Auto,
    /// `{3}`
    Index(usize),
    /// `{name}`
    Keyword(&'a str),
}

/// An access after the first part: `.attr`, `[3]` or `[key]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldAccess<'a> {
    Attr(&'a str),
    Index(usize),
    Key(&'a str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName<'a> {
    pub first: FieldFirst<'a>,
    pub rest: Vec<FieldAccess<'a>>,
    /// A malformed access after `rest` (`{a.b.}`): CPython walks the name lazily, so this is
    /// raised only after the accesses before it have been made (and have succeeded).
    pub error: Option<FmtError>,
}

/// Parses a decimal index the way CPython's `get_integer` does (Unicode decimals count);
/// `Ok(None)` when `s` is empty or not all digits.
fn parse_index(s: &str) -> Result<Option<usize>, FmtError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| FmtError::value("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// Parses a field name such as `0.attr[key][1]`. Errors in the first part are immediate;
/// those in a later access are kept in [`FieldName::error`].
pub fn parse_field_name(name: &str) -> Result<FieldName<'_>, FmtError> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first_text, mut rest_text) = name.split_at(split);
    let first = if first_text.is_empty() {
        FieldFirst::Auto
    } else {
        match parse_index(first_text)? {
            Some(i) => FieldFirst::Index(i),
            None => FieldFirst::Keyword(first_text),
        }
    };
    let mut rest = Vec::new();
    let mut error = None;
    while let Some(c) = rest_text.chars().next() {
        rest_text = &rest_text[1..];
        match c {
            '.' => {
                let end = rest_text.find(['.', '[']).unwrap_or(rest_text.len());
                if end == 0 {
                    error = Some(FmtError::value("Empty attribute in format string"));
                    break;
                }
                rest.push(FieldAccess::Attr(&rest_text[..end]));
                rest_text = &rest_text[end..];
            }
            '[' => {
                let Some(end) = rest_text.find(']') else {
                    error = Some(FmtError::value("Missing ']' in format string"));
                    break;
                };
                let key = &rest_text[..end];
                if key.is_empty() {
                    error = Some(FmtError::value("Empty attribute in format string"));
                    break;
                }
                match parse_index(key) {
                    Ok(Some(i)) => rest.push(FieldAccess::Index(i)),
                    Ok(None) => rest.push(FieldAccess::Key(key)),
                    Err(e) => {
                        error = Some(e);
                        break;
                    }
                }
                rest_text = &rest_text[end + 1..];
                if !rest_text.is_empty() && !rest_text.starts_with(['.', '[']) {
                    error = Some(FmtError::value(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                    break;
                }
            }
            _ => {
                error = Some(FmtError::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
                break;
            }
        }
    }
    Ok(FieldName { first, rest, error })
}

/// Parses the inside of a replacement field (after its `{`), starting at byte `pos` of `s`.
/// Returns the field and the byte position just after its closing `}`.
fn parse_field(s: &str, mut pos: usize) -> Result<(FormatPiece<'_>, usize), FmtError> {
    let bytes = s.as_bytes();
    let name_start = pos;
    let mut stop = None;
    while pos < bytes.len() {
        let b = bytes[pos];
        pos += 1;
        match b {
            b'{' => return Err(FmtError::value("unexpected '{' in field name")),
            b'[' => {
                while pos < bytes.len() && bytes[pos] != b']' {
                    pos += 1;
                }
            }
            b'}' | b':' | b'!' => {
                stop = Some(b);
                break;
            }
            _ => {}
        }
    }
    let Some(stop) = stop else {
        return Err(FmtError::value("expected '}' before end of string"));
    };
    let name = parse_field_name(&s[name_start..pos - 1])?;
    let mut conversion = None;
    if stop == b'}' {
        let piece = FormatPiece::Field {
            name,
            conversion,
            spec: "",
        };
        return Ok((piece, pos));
    }
    if stop == b'!' {
        let Some(c) = s[pos..].chars().next() else {
            return Err(FmtError::value(
                "end of string while looking for conversion specifier",
            ));
        };
        pos += c.len_utf8();
        conversion = Some(c);
        if pos < bytes.len() {
            let next = bytes[pos];
            pos += 1;
            if next == b'}' {
                let piece = FormatPiece::Field {
                    name,
                    conversion,
                    spec: "",
                };
                return Ok((piece, pos));
            }
            if next != b':' {
                return Err(FmtError::value("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = pos;
    let mut depth = 1;
    while pos < bytes.len() {
        let b = bytes[pos];
        pos += 1;
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    let piece = FormatPiece::Field {
                        name,
                        conversion,
                        spec: &s[spec_start..pos - 1],
                    };
                    return Ok((piece, pos));
                }
            }
            _ => {}
        }
    }
    Err(FmtError::value("unmatched '{' in format spec"))
}

/// Checks a field's conversion character; CPython does so when it formats the field, after
/// looking its value up.
pub fn check_conversion(c: char) -> Result<(), FmtError> {
    match c {
        'r' | 's' | 'a' => Ok(()),
        c if (c as u32) < 128 => Err(FmtError::value(format!("Unknown conversion specifier {c}"))),
        c => Err(FmtError::value(format!(
            "Unknown conversion specifier \\x{:x}",
            c as u32
        ))),
    }
}

/// Splits a `str.format` template into pieces, reporting every error it holds (a deferred
/// access error or a bad conversion included).
pub fn parse_format_string(s: &str) -> Result<Vec<FormatPiece<'_>>, FmtError> {
    let mut pieces = Vec::new();
    let syntax_error = for_each_piece(s, |p| {
        if let FormatPiece::Field {
            name, conversion, ..
        } = &p
        {
            if let Some(c) = conversion {
                check_conversion(*c)?;
            }
            if let Some(e) = &name.error {
                return Err(e.clone());
            }
        }
        pieces.push(p);
        Ok(())
    })?;
    match syntax_error {
        Some(e) => Err(e),
        None => Ok(pieces),
    }
}

/// Hands a `str.format` template's pieces to `visit` in order, up to its first syntax
/// error, which it then returns. CPython formats the fields before a malformed one (so their
/// lookups, and the errors they raise, come first). Nothing is copied or collected: a
/// template is parsed afresh on every call, so this walk is per-operation code.
pub fn for_each_piece<'a, E>(
    s: &'a str,
    mut visit: impl FnMut(FormatPiece<'a>) -> Result<(), E>,
) -> Result<Option<FmtError>, E> {
    let bytes = s.as_bytes();
    let mut pos = 0;
    let mut run_start = 0;
    while pos < bytes.len() {
        let b = bytes[pos];
        if b != b'{' && b != b'}' {
            pos += 1;
            continue;
        }
        let doubled = bytes.get(pos + 1) == Some(&b);
        if b == b'}' && !doubled {
            return Ok(Some(FmtError::value(
                "Single '}' encountered in format string",
            )));
        }
        if b == b'{' && pos + 1 == bytes.len() {
            return Ok(Some(FmtError::value(
                "Single '{' encountered in format string",
            )));
        }
        if doubled {
            // The literal runs up to and including the first brace of the pair.
            visit(FormatPiece::Literal(&s[run_start..=pos]))?;
            pos += 2;
            run_start = pos;
            continue;
        }
        if run_start < pos {
            visit(FormatPiece::Literal(&s[run_start..pos]))?;
        }
        match parse_field(s, pos + 1) {
            Ok((field, next)) => {
                visit(field)?;
                pos = next;
                run_start = pos;
            }
            Err(e) => return Ok(Some(e)),
        }
    }
    if run_start < bytes.len() {
        visit(FormatPiece::Literal(&s[run_start..]))?;
    }
    Ok(None)
}

/// Tracks automatic (`{}`) versus manual (`{0}`) numbering across one `str.format` call,
/// nested spec fields included.
#[derive(Debug, Default, Clone)]
pub struct FieldNumbering {
    next_auto: usize,
    used_auto: bool,
    used_manual: bool,
}

impl FieldNumbering {
    pub fn new() -> Self {
        Self::default()
    }

    /// Resolves the first part of a field name to a positional index, or `None` for a
    /// keyword. Errors when automatic and manual numbering are mixed.
    pub fn resolve(&mut self, first: &FieldFirst<'_>) -> Result<Option<usize>, FmtError> {
        match first {
            FieldFirst::Auto => {
                if self.used_manual {
                    return Err(FmtError::value(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                self.used_auto = true;
                let i = self.next_auto;
                self.next_auto += 1;
                Ok(Some(i))
            }
            FieldFirst::Index(i) => {
                if self.used_auto {
                    return Err(FmtError::value(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                self.used_manual = true;
                Ok(Some(*i))
            }
            FieldFirst::Keyword(_) => Ok(None),
        }
    }
}

/// `IndexError` for a positional field beyond the arguments (CPython 3.11's wording).
pub fn format_index_error(index: usize) -> FmtError {
    FmtError::new(
        super::error::ErrKind::IndexError,
        format!("Replacement index {index} out of range for positional args tuple"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> FormatPiece<'_> {
        FormatPiece::Literal(s)
    }

    fn field<'a>(
        first: FieldFirst<'a>,
        rest: Vec<FieldAccess<'a>>,
        conv: Option<char>,
        spec: &'a str,
    ) -> FormatPiece<'a> {
        FormatPiece::Field {
            name: FieldName {
                first,
                rest,
                error: None,
            },
            conversion: conv,
            spec,
        }
    }

    fn err(s: &str) -> String {
        parse_format_string(s).unwrap_err().msg
    }

    #[test]
    fn pieces() {
        assert_eq!(
            parse_format_string("x{{y}}z").unwrap(),
            vec![lit("x{"), lit("y}"), lit("z")]
        );
        assert_eq!(
            parse_format_string("a{}b{0!r:>{1}}").unwrap(),
            vec![
                lit("a"),
                field(FieldFirst::Auto, vec![], None, ""),
                lit("b"),
                field(FieldFirst::Index(0), vec![], Some('r'), ">{1}"),
            ]
        );
        assert_eq!(
            parse_format_string("{0.a.b[c][1]}").unwrap(),
            vec![field(
                FieldFirst::Index(0),
                vec![
                    FieldAccess::Attr("a"),
                    FieldAccess::Attr("b"),
                    FieldAccess::Key("c"),
                    FieldAccess::Index(1),
                ],
                None,
                ""
            )]
        );
        assert_eq!(
            parse_format_string("{a[}]}").unwrap(),
            vec![field(
                FieldFirst::Keyword("a"),
                vec![FieldAccess::Key("}")],
                None,
                ""
            )]
        );
        assert_eq!(
            parse_format_string("{ 0}{-1}{0[ 1]}{٣}").unwrap(),
            vec![
                field(FieldFirst::Keyword(" 0"), vec![], None, ""),
                field(FieldFirst::Keyword("-1"), vec![], None, ""),
                field(FieldFirst::Index(0), vec![FieldAccess::Key(" 1")], None, ""),
                field(FieldFirst::Index(3), vec![], None, ""),
            ]
        );
        assert_eq!(
            parse_format_string("{:!}{0!r:}{.a}").unwrap(),
            vec![
                field(FieldFirst::Auto, vec![], None, "!"),
                field(FieldFirst::Index(0), vec![], Some('r'), ""),
                field(FieldFirst::Auto, vec![FieldAccess::Attr("a")], None, ""),
            ]
        );
        assert_eq!(
            parse_format_string("{:{:{}}}").unwrap(),
            vec![field(FieldFirst::Auto, vec![], None, "{:{}}")]
        );
        assert_eq!(parse_format_string("").unwrap(), vec![]);
        assert_eq!(parse_format_string("héllo").unwrap(), vec![lit("héllo")]);
    }

    #[test]
    fn errors() {
        assert_eq!(err("{"), "Single '{' encountered in format string");
        assert_eq!(err("}"), "Single '}' encountered in format string");
        assert_eq!(err("a}b"), "Single '}' encountered in format string");
        assert_eq!(err("{0:}}"), "Single '}' encountered in format string");
        assert_eq!(err("{0"), "expected '}' before end of string");
        assert_eq!(err("{a[0}"), "expected '}' before end of string");
        assert_eq!(
            err("{0!"),
            "end of string while looking for conversion specifier"
        );
        assert_eq!(err("{0!r"), "unmatched '{' in format spec");
        assert_eq!(err("{!}"), "unmatched '{' in format spec");
        assert_eq!(err("{0:{"), "unmatched '{' in format spec");
        assert_eq!(err("{0!x}"), "Unknown conversion specifier x");
        assert_eq!(err("{0!rr}"), "expected ':' after conversion specifier");
        assert_eq!(err("{a{}"), "unexpected '{' in field name");
        assert_eq!(err("{a.}"), "Empty attribute in format string");
        assert_eq!(err("{a[]}"), "Empty attribute in format string");
        assert_eq!(
            err("{a[0]x}"),
            "Only '.' or '[' may follow ']' in format field specifier"
        );
        assert_eq!(
            err("{99999999999999999999}"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            err("{0[99999999999999999999]}"),
            "Too many decimal digits in format string"
        );
    }

    #[test]
    fn numbering() {
        let mut n = FieldNumbering::new();
        assert_eq!(n.resolve(&FieldFirst::Auto).unwrap(), Some(0));
        assert_eq!(n.resolve(&FieldFirst::Auto).unwrap(), Some(1));
        assert_eq!(
            n.resolve(&FieldFirst::Index(1)).unwrap_err().msg,
            "cannot switch from automatic field numbering to manual field specification"
        );
        let mut n = FieldNumbering::new();
        assert_eq!(n.resolve(&FieldFirst::Index(1)).unwrap(), Some(1));
        assert_eq!(n.resolve(&FieldFirst::Keyword("k")).unwrap(), None);
        assert_eq!(
            n.resolve(&FieldFirst::Auto).unwrap_err().msg,
            "cannot switch from manual field specification to automatic field numbering"
        );
        assert_eq!(
            format_index_error(2).msg,
            "Replacement index 2 out of range for positional args tuple"
        );
    }
}
