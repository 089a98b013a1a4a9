//! The TOML form of a policy: strict reading (every error one line with its line number) and
//! writing (which reads back to an equal policy).
//!
//! Reading goes through "raw" serde structs that deny unknown keys and keep the span of every
//! value that needs a semantic check; the checks then turn raw values into the model.

use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::sandbox::{self, Limits, SandboxConfig};
use super::{AllowRule, FreezeConfig, Mode, Op, OpSet, Pattern, Policy, PolicyError, Trigger};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolicy {
    name: Option<Spanned<String>>,
    description: Option<String>,
    mode: Option<Spanned<String>>,
    freeze: Option<RawFreeze>,
    allow: Option<Vec<Spanned<RawAllow>>>,
    sandbox: Option<RawSandbox>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFreeze {
    modules: Option<bool>,
    classes: Option<bool>,
    functions: Option<bool>,
    main: Option<bool>,
    runtime_definitions: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAllow {
    target: Option<Spanned<String>>,
    ops: Option<Spanned<Vec<Spanned<String>>>>,
    on: Option<Spanned<String>>,
    why: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSandbox {
    network: Option<bool>,
    read: Option<Vec<Spanned<String>>>,
    write: Option<Vec<Spanned<String>>>,
    limits: Option<RawLimits>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    wall_seconds: Option<Spanned<i64>>,
    cpu_seconds: Option<Spanned<i64>>,
    memory_mb: Option<Spanned<i64>>,
    output_kb: Option<Spanned<i64>>,
    recursion: Option<Spanned<i64>>,
}

/// Source text and origin, to turn byte offsets into `line N:` errors.
struct Source<'a> {
    text: &'a str,
    origin: &'a str,
}

impl Source<'_> {
    fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn error(&self, span: Option<Range<usize>>, message: impl Into<String>) -> PolicyError {
        PolicyError::Invalid {
            origin: self.origin.to_string(),
            line: span.map(|s| self.line_of(s.start)),
            message: message.into(),
        }
    }

    fn key_error<T>(&self, key: &str, value: &Spanned<T>, problem: impl AsRef<str>) -> PolicyError {
        self.error(
            Some(value.span()),
            format!("key '{key}': {}", problem.as_ref()),
        )
    }

    /// The key whose value holds `offset`: the key before the last `=` ahead of it (values
    /// such as arrays may span lines).
    fn key_before(&self, offset: usize) -> Option<String> {
        let offset = offset.min(self.text.len());
        let eq = self.text[..offset].rfind('=')?;
        let start = self.text[..eq].rfind('\n').map_or(0, |i| i + 1);
        let key = self.text[start..eq].trim().trim_matches('"');
        (!key.is_empty()).then(|| key.to_string())
    }

    /// The `[table]` header in force at `offset`, if any.
    fn table_at(&self, offset: usize) -> Option<&str> {
        let offset = offset.min(self.text.len());
        let start = self.text[..offset].rfind('\n').map_or(0, |i| i + 1);
        self.text[..start]
            .lines()
            .rev()
            .map(str::trim)
            .find(|line| line.starts_with('['))
            .map(|line| line.split('#').next().unwrap_or(line).trim())
    }

    /// Rewrites a toml/serde error as one line: `line N: <what is wrong>`.
    fn syntax_error(&self, err: &toml::de::Error) -> PolicyError {
        let span = err.span();
        let raw = err.message().lines().next().unwrap_or("").trim();
        let message = if let Some(rest) = raw.strip_prefix("unknown field `") {
            let key = rest.split('`').next().unwrap_or(rest);
            let mut message = format!("unknown key '{key}'");
            if let Some(table) = span.as_ref().and_then(|s| self.table_at(s.start)) {
                message.push_str(&format!(" in {table}"));
            }
            if let Some(suggestion) = closest_key(key, &expected_keys(rest)) {
                message.push_str(&format!(" (did you mean '{suggestion}'?)"));
            }
            message
        } else if let Some(rest) = raw.strip_prefix("invalid type: ") {
            // "invalid type: integer `3`, expected a boolean"
            let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
            let found = found.replace('`', "");
            let key = span.as_ref().and_then(|s| self.key_before(s.start));
            let expected = serde_type_name(expected);
            match key {
                Some(key) => format!("key '{key}': expected {expected}, found {found}"),
                None => format!("expected {expected}, found {found}"),
            }
        } else if let Some(rest) = raw.strip_prefix("missing field `") {
            format!("missing key '{}'", rest.split('`').next().unwrap_or(rest))
        } else {
            raw.replace('`', "'")
        };
        self.error(span, message)
    }
}

/// The keys serde lists after "unknown field `x`, expected one of `a`, `b`".
fn expected_keys(message_rest: &str) -> Vec<String> {
    let Some((_, list)) = message_rest.split_once("expected ") else {
        return Vec::new();
    };
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The expected key most like `key`: a small typo, or `key` cut short.
fn closest_key<'k>(key: &str, expected: &'k [String]) -> Option<&'k str> {
    expected
        .iter()
        .filter_map(|known| {
            let distance = edit_distance(key, known);
            let is_prefix = key.len() >= 3 && known.starts_with(key);
            (distance <= 2 || is_prefix).then_some((distance, known.as_str()))
        })
        .min()
        .map(|(_, known)| known)
}

/// serde's names for expected types, in TOML's words.
fn serde_type_name(expected: &str) -> &str {
    match expected {
        "a sequence" => "an array",
        "a map" => "a table",
        "i64" | "u64" | "an integer" => "an integer",
        other => other,
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut row = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let substitute = prev[j] + usize::from(ca != cb);
            row[j + 1] = substitute.min(prev[j + 1] + 1).min(row[j] + 1);
        }
        prev = row;
    }
    prev[b.len()]
}

pub(super) fn parse(text: &str, origin: &str) -> Result<Policy, PolicyError> {
    let src = Source { text, origin };
    let raw: RawPolicy = toml::from_str(text).map_err(|e| src.syntax_error(&e))?;

    let name = match raw.name {
        Some(name) if name.get_ref().trim().is_empty() => {
            return Err(src.key_error("name", &name, "must not be empty"));
        }
        Some(name) => name.into_inner(),
        None => default_name(origin),
    };
    let mode = match raw.mode {
        Some(mode) => mode
            .get_ref()
            .parse::<Mode>()
            .map_err(|problem| src.key_error("mode", &mode, problem))?,
        None => Mode::default(),
    };
    let freeze = raw.freeze.map_or_else(FreezeConfig::default, |f| {
        let d = FreezeConfig::default();
        FreezeConfig {
            modules: f.modules.unwrap_or(d.modules),
            classes: f.classes.unwrap_or(d.classes),
            functions: f.functions.unwrap_or(d.functions),
            main: f.main.unwrap_or(d.main),
            runtime_definitions: f.runtime_definitions.unwrap_or(d.runtime_definitions),
        }
    });
    let allow = raw
        .allow
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(index, rule)| parse_rule(&src, index, rule))
        .collect::<Result<Vec<_>, _>>()?;
    let sandbox = match raw.sandbox {
        Some(raw) => parse_sandbox(&src, raw)?,
        None => SandboxConfig::default(),
    };
    Ok(Policy {
        name,
        description: raw.description.unwrap_or_default(),
        mode,
        freeze,
        allow,
        sandbox,
    })
}

/// A policy file without `name` is named after the file: `policies/ci.toml` -> `ci`.
fn default_name(origin: &str) -> String {
    let file = origin.rsplit('/').next().unwrap_or(origin);
    let stem = file.strip_suffix(".toml").unwrap_or(file);
    if stem.is_empty() {
        "policy".to_string()
    } else {
        stem.to_string()
    }
}

fn parse_rule(
    src: &Source<'_>,
    index: usize,
    rule: Spanned<RawAllow>,
) -> Result<AllowRule, PolicyError> {
    let span = rule.span();
    let rule = rule.into_inner();
    let Some(target) = rule.target else {
        return Err(src.error(Some(span), "allow rule has no 'target'"));
    };
    let pattern = Pattern::parse(target.get_ref())
        .map_err(|err| src.key_error("target", &target, err.to_string()))?;
    let ops = match rule.ops {
        None => OpSet::ALL,
        Some(list) => {
            let mut ops = OpSet::EMPTY;
            for item in list.get_ref() {
                let op = item
                    .get_ref()
                    .parse::<Op>()
                    .map_err(|problem| src.key_error("ops", item, problem))?;
                if ops.contains(op) {
                    return Err(src.key_error("ops", item, format!("op '{op}' listed twice")));
                }
                ops = ops.with(op);
            }
            if ops.is_empty() {
                return Err(src.key_error(
                    "ops",
                    &list,
                    "an allow rule needs at least one op (leave 'ops' out for all three)",
                ));
            }
            ops
        }
    };
    let on = match rule.on {
        None => None,
        Some(on) => Some(
            on.get_ref()
                .parse::<Trigger>()
                .map_err(|problem| src.key_error("on", &on, problem))?,
        ),
    };
    let why = match rule.why {
        None => {
            return Err(src.error(
                Some(span),
                format!(
                    "allow rule for '{pattern}' has no 'why' (every exception must say why it exists)"
                ),
            ));
        }
        Some(why) if why.get_ref().trim().is_empty() => {
            return Err(src.key_error("why", &why, "must not be empty"));
        }
        Some(why) => why.into_inner(),
    };
    Ok(AllowRule {
        target: pattern,
        ops,
        on,
        why,
        index,
    })
}

fn parse_sandbox(src: &Source<'_>, raw: RawSandbox) -> Result<SandboxConfig, PolicyError> {
    let defaults = SandboxConfig::default();
    let paths = |key: &str, list: Option<Vec<Spanned<String>>>, default: Vec<String>| match list {
        None => Ok(default),
        Some(list) => list
            .into_iter()
            .map(|path| match sandbox::check_path(path.get_ref()) {
                Ok(()) => Ok(path.into_inner()),
                Err(problem) => Err(src.key_error(key, &path, problem)),
            })
            .collect::<Result<Vec<_>, _>>(),
    };
    let read = paths("read", raw.read, defaults.read)?;
    let write = paths("write", raw.write, defaults.write)?;
    let limits = match raw.limits {
        None => defaults.limits,
        Some(raw) => {
            let d = Limits::default();
            let limit = |key: &str, value: Option<Spanned<i64>>, default: u64| match value {
                None => Ok(default),
                Some(v) if *v.get_ref() > 0 => Ok(*v.get_ref() as u64),
                Some(v) => Err(src.key_error(key, &v, "must be a positive integer")),
            };
            Limits {
                wall_seconds: limit("wall_seconds", raw.wall_seconds, d.wall_seconds)?,
                cpu_seconds: limit("cpu_seconds", raw.cpu_seconds, d.cpu_seconds)?,
                memory_mb: limit("memory_mb", raw.memory_mb, d.memory_mb)?,
                output_kb: limit("output_kb", raw.output_kb, d.output_kb)?,
                recursion: limit("recursion", raw.recursion, d.recursion)?,
            }
        }
    };
    Ok(SandboxConfig {
        network: raw.network.unwrap_or(defaults.network),
        read,
        write,
        limits,
    })
}

/// Writes `policy` as TOML. Every key is written except `ops` when it is all three ops and the
/// `[sandbox]` section when it is the default; both read back to the same values.
pub(super) fn write(policy: &Policy) -> String {
    let mut out = String::new();
    let line = |out: &mut String, key: &str, value: String| {
        out.push_str(key);
        out.push_str(" = ");
        out.push_str(&value);
        out.push('\n');
    };
    line(&mut out, "name", quote(&policy.name));
    line(&mut out, "description", quote(&policy.description));
    line(&mut out, "mode", quote(policy.mode.as_str()));

    let f = &policy.freeze;
    out.push_str("\n[freeze]\n");
    line(&mut out, "modules", f.modules.to_string());
    line(&mut out, "classes", f.classes.to_string());
    line(&mut out, "functions", f.functions.to_string());
    line(&mut out, "main", f.main.to_string());
    line(
        &mut out,
        "runtime_definitions",
        f.runtime_definitions.to_string(),
    );

    for rule in &policy.allow {
        out.push_str("\n[[allow]]\n");
        if let Some(on) = rule.on {
            line(&mut out, "on", quote(on.as_str()));
        }
        line(&mut out, "target", quote(rule.target.as_str()));
        if !rule.ops.is_all() {
            let ops: Vec<String> = rule.ops.iter().map(|op| quote(op.as_str())).collect();
            line(&mut out, "ops", format!("[{}]", ops.join(", ")));
        }
        line(&mut out, "why", quote(&rule.why));
    }

    let s = &policy.sandbox;
    if *s != SandboxConfig::default() {
        let list = |items: &[String]| {
            let items: Vec<String> = items.iter().map(|p| quote(p)).collect();
            format!("[{}]", items.join(", "))
        };
        out.push_str("\n[sandbox]\n");
        line(&mut out, "network", s.network.to_string());
        line(&mut out, "read", list(&s.read));
        line(&mut out, "write", list(&s.write));
        out.push_str("\n[sandbox.limits]\n");
        let l = &s.limits;
        line(&mut out, "wall_seconds", l.wall_seconds.to_string());
        line(&mut out, "cpu_seconds", l.cpu_seconds.to_string());
        line(&mut out, "memory_mb", l.memory_mb.to_string());
        line(&mut out, "output_kb", l.output_kb.to_string());
        line(&mut out, "recursion", l.recursion.to_string());
    }
    out
}

/// A TOML basic string.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
