//! Dotted-path patterns of allow rules: parsing, validation and the one matcher every policy
//! decision uses.
//!
//! Syntax (documented for users in `policies/README.md`):
//! - a pattern is one or more segments separated by `.`;
//! - `*` as a whole segment matches exactly one segment;
//! - `**` as a whole segment matches any number of segments, zero included;
//! - `*` inside a segment (`test_*`, `*_cache`) matches any run of characters within that one
//!   segment, never a `.`;
//! - every other character matches itself. Allowed characters are letters, digits, `_`, and `<`
//!   `>` (for qualnames such as `mod.f.<locals>.g`).
//!
//! Matching never allocates and runs in time linear in the pattern and target for all
//! practical inputs (greedy matching with a single backtrack point).

use std::fmt;
use std::str::FromStr;

/// A validated dotted-path pattern, e.g. `sys.stdout`, `**.__warningregistry__`, `pkg.*.test_*`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Pattern {
    source: String,
    segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Segment {
    /// Matches a segment equal to this text.
    Literal(String),
    /// A segment with `*` inside: `*` matches any run of characters in the segment.
    Glob(String),
    /// `*`: exactly one segment.
    One,
    /// `**`: any number of segments.
    Any,
}

/// Why a pattern was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PatternError {
    #[error("empty pattern")]
    Empty,
    #[error("empty segment in pattern '{0}'")]
    EmptySegment(String),
    #[error("'**' must be a whole segment in pattern '{0}'")]
    DoubleStarInSegment(String),
    #[error("character {ch:?} is not allowed in pattern '{pattern}'")]
    BadCharacter { pattern: String, ch: char },
}

impl Pattern {
    /// Parses and validates a pattern.
    pub fn parse(source: &str) -> Result<Pattern, PatternError> {
        if source.is_empty() {
            return Err(PatternError::Empty);
        }
        let mut segments = Vec::new();
        for text in source.split('.') {
            if text.is_empty() {
                return Err(PatternError::EmptySegment(source.to_string()));
            }
            if let Some(ch) = text.chars().find(|&c| !is_pattern_char(c)) {
                return Err(PatternError::BadCharacter {
                    pattern: source.to_string(),
                    ch,
                });
            }
            let segment = match text {
                "*" => Segment::One,
                "**" => Segment::Any,
                _ if text.contains("**") => {
                    return Err(PatternError::DoubleStarInSegment(source.to_string()));
                }
                _ if text.contains('*') => Segment::Glob(text.to_string()),
                _ => Segment::Literal(text.to_string()),
            };
            segments.push(segment);
        }
        Ok(Pattern {
            source: source.to_string(),
            segments,
        })
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// True when the pattern has no wildcard: it matches exactly one path, itself.
    pub fn is_literal(&self) -> bool {
        self.segments
            .iter()
            .all(|s| matches!(s, Segment::Literal(_)))
    }

    /// Does this pattern match the dotted `path` (e.g. `json.dumps`)?
    pub fn matches(&self, path: &str) -> bool {
        // Segments of the path, found lazily: a small fixed buffer covers real paths without
        // allocating; deeper paths fall back to a Vec.
        let mut buf: [&str; 16] = [""; 16];
        let count = path.split('.').count();
        if count <= buf.len() {
            for (slot, seg) in buf.iter_mut().zip(path.split('.')) {
                *slot = seg;
            }
            self.matches_segments(&buf[..count])
        } else {
            let segs: Vec<&str> = path.split('.').collect();
            self.matches_segments(&segs)
        }
    }

    fn matches_segments(&self, path: &[&str]) -> bool {
        wildcard_match(
            &self.segments,
            path,
            |p| matches!(p, Segment::Any),
            |p, seg| match p {
                Segment::Literal(lit) => lit == seg,
                Segment::Glob(glob) => glob_match(glob, seg),
                Segment::One => true,
                Segment::Any => unreachable!("'**' is handled as the star"),
            },
        )
    }
}

/// `*` inside one segment: any run of characters. Works on bytes, which is exact for UTF-8
/// because a literal UTF-8 sequence can only match at character boundaries.
fn glob_match(glob: &str, text: &str) -> bool {
    wildcard_match(
        glob.as_bytes(),
        text.as_bytes(),
        |&b| b == b'*',
        |&p, &t| p == t,
    )
}

/// Greedy wildcard matching with one backtrack point: `is_star` items match any run of text
/// items (including none), others must satisfy `matches_one` against exactly one text item.
/// Used both for segments of a path (`**`) and characters of a segment (`*`).
fn wildcard_match<P, T>(
    pattern: &[P],
    text: &[T],
    is_star: impl Fn(&P) -> bool,
    matches_one: impl Fn(&P, &T) -> bool,
) -> bool {
    let (mut p, mut t) = (0, 0);
    // After the last star seen: (pattern index after it, text index it currently absorbs to).
    let mut backtrack: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && is_star(&pattern[p]) {
            p += 1;
            backtrack = Some((p, t));
        } else if p < pattern.len() && matches_one(&pattern[p], &text[t]) {
            p += 1;
            t += 1;
        } else if let Some((after_star, absorbed)) = backtrack {
            // Let the star absorb one more item and retry.
            p = after_star;
            t = absorbed + 1;
            backtrack = Some((after_star, absorbed + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(is_star)
}

fn is_pattern_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '<' | '>' | '*')
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

impl FromStr for Pattern {
    type Err = PatternError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Pattern::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pattern: &str, path: &str) -> bool {
        Pattern::parse(pattern).unwrap().matches(path)
    }

    #[test]
    fn literal_matches_only_itself() {
        assert!(m("sys.stdout", "sys.stdout"));
        assert!(!m("sys.stdout", "sys.stdout.x"));
        assert!(!m("sys.stdout", "sys"));
        assert!(!m("sys.stdout", "sys.stderr"));
    }

    #[test]
    fn star_is_one_segment() {
        assert!(m("a.*", "a.b"));
        assert!(!m("a.*", "a"));
        assert!(!m("a.*", "a.b.c"));
        assert!(m("*.x", "q.x"));
    }

    #[test]
    fn double_star_is_any_number() {
        assert!(m("**", "a"));
        assert!(m("**", "a.b.c"));
        assert!(m("**.__warningregistry__", "__warningregistry__"));
        assert!(m("**.__warningregistry__", "pkg.mod.__warningregistry__"));
        assert!(!m("**.__warningregistry__", "pkg.__warningregistry__.x"));
        assert!(m("a.**.z", "a.z"));
        assert!(m("a.**.z", "a.b.c.z"));
        assert!(m("a.**.b.**.c", "a.x.b.y.b.c"));
    }

    #[test]
    fn glob_inside_segment() {
        assert!(m("tests.test_*", "tests.test_x"));
        assert!(m("tests.test_*", "tests.test_"));
        assert!(!m("tests.test_*", "tests.testx"));
        assert!(!m("tests.test_*", "tests.test_x.y"));
        assert!(m("a.*_cache_*", "a.x_cache_y"));
        assert!(m("m.é*é", "m.éaé"));
    }

    #[test]
    fn invalid_patterns() {
        assert_eq!(Pattern::parse(""), Err(PatternError::Empty));
        assert!(matches!(
            Pattern::parse("a..b"),
            Err(PatternError::EmptySegment(_))
        ));
        assert!(matches!(
            Pattern::parse(".a"),
            Err(PatternError::EmptySegment(_))
        ));
        assert!(matches!(
            Pattern::parse("a."),
            Err(PatternError::EmptySegment(_))
        ));
        assert!(matches!(
            Pattern::parse("a.b**"),
            Err(PatternError::DoubleStarInSegment(_))
        ));
        assert!(matches!(
            Pattern::parse("a b"),
            Err(PatternError::BadCharacter { ch: ' ', .. })
        ));
    }
}
