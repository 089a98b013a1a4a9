//! Property tests of the pattern matcher against a reference model written for clarity, not
//! speed: a direct recursive reading of the documented rules.

use proptest::prelude::*;
use pyseal::policy::Pattern;

/// The documented semantics, segment by segment: `**` any number of segments, `*` exactly one,
/// `*` inside a segment any run of characters, anything else itself.
fn reference(pattern: &[&str], path: &[&str]) -> bool {
    match (pattern.split_first(), path.split_first()) {
        (None, None) => true,
        (None, Some(_)) => false,
        (Some((&"**", rest)), _) => (0..=path.len()).any(|skip| reference(rest, &path[skip..])),
        (Some(_), None) => false,
        (Some((&seg, rest)), Some((&name, path_rest))) => {
            segment_matches(seg, name) && reference(rest, path_rest)
        }
    }
}

fn segment_matches(seg: &str, name: &str) -> bool {
    match seg.split_once('*') {
        None => seg == name,
        Some((prefix, after)) => {
            name.starts_with(prefix)
                && (prefix.len()..=name.len())
                    .filter(|&i| name.is_char_boundary(i))
                    .any(|i| segment_matches(after, &name[i..]))
        }
    }
}

fn matches(pattern: &str, path: &str) -> bool {
    Pattern::parse(pattern).unwrap().matches(path)
}

/// Path segments from a tiny alphabet, so that random patterns and paths often match.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ab]{1,3}",
        Just("é".to_string()),
        Just("<locals>".to_string())
    ]
}

fn path() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(name(), 1..7)
}

fn pattern_segment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => name(),
        2 => Just("*".to_string()),
        2 => Just("**".to_string()),
        2 => "[ab]{0,2}\\*[ab]{0,2}(\\*[ab]?)?".prop_filter("glob", |s| s != "*" && !s.contains("**")),
    ]
}

fn pattern() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(pattern_segment(), 1..6)
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn matcher_agrees_with_the_reference(pattern in pattern(), path in path()) {
        let (p, t) = (pattern.join("."), path.join("."));
        prop_assert_eq!(matches(&p, &t), reference(&strs(&pattern), &strs(&path)), "{} vs {}", p, t);
    }

    #[test]
    fn double_star_matches_any_path(path in path()) {
        prop_assert!(matches("**", &path.join(".")));
    }

    #[test]
    fn double_star_prefix_matches_any_parent(path in path(), last in name()) {
        let full = format!("{}.{last}", path.join("."));
        let pattern = format!("**.{last}");
        prop_assert!(matches(&pattern, &full));
        prop_assert!(matches(&pattern, &last));
    }

    #[test]
    fn literal_matches_only_itself(a in path(), b in path()) {
        let (a, b) = (a.join("."), b.join("."));
        let pattern = Pattern::parse(&a).unwrap();
        prop_assert!(pattern.is_literal());
        prop_assert!(pattern.matches(&a));
        prop_assert_eq!(pattern.matches(&b), a == b);
    }

    #[test]
    fn star_after_a_matches_exactly_two_segments_starting_with_a(path in path()) {
        let t = path.join(".");
        prop_assert_eq!(matches("a.*", &t), path.len() == 2 && path[0] == "a");
    }

    #[test]
    fn single_star_counts_segments(n in 1usize..6, path in path()) {
        let pattern = vec!["*"; n].join(".");
        prop_assert_eq!(matches(&pattern, &path.join(".")), path.len() == n);
    }

    #[test]
    fn patterns_display_as_written(pattern in pattern()) {
        let text = pattern.join(".");
        prop_assert_eq!(Pattern::parse(&text).unwrap().to_string(), text);
    }
}

#[test]
fn deep_paths_match_too() {
    let deep: Vec<String> = (0..40).map(|i| format!("s{i}")).collect();
    let deep = deep.join(".");
    assert!(matches("**", &deep));
    assert!(matches("s0.**.s39", &deep));
    assert!(!matches("s0.**.s38", &deep));
    assert!(matches("**.s3*", &deep));
    assert!(!matches("**.s2*", &deep));
    assert!(matches("**.s2*.**", &deep));
}
