//! `match` statements.
//!
//! Each case copies the subject and runs its pattern, which consumes the copy. A failing
//! sub-pattern jumps to a label that first pops whatever partial state the pattern left on the
//! stack (`fail_pops[n]` pops `n` values), then falls to the next case.

use ruff_python_ast as ast;
use ruff_python_ast::Pattern;
use ruff_text_size::Ranged;

use super::{CResult, Compiler, Label, NameCtx};
use crate::bytecode::{CmpOp, Const, Op};

struct PatternCtx {
    /// `fail_pops[n]`: pops `n` values, then continues to the next case.
    fail_pops: Vec<Label>,
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            self.set_line(case.range);
            let allow_irrefutable = case.guard.is_some() || i + 1 == n;
            let mut stores = Vec::new();
            self.check_pattern(&case.pattern, allow_irrefutable, &mut stores)?;
            let next = self.new_label();
            let mut ctx = PatternCtx {
                fail_pops: vec![next],
            };
            self.emit(Op::Copy, 1);
            self.pattern(&case.pattern, &mut ctx)?;
            if let Some(g) = &case.guard {
                let fail = self.fail_label(&mut ctx, 0);
                self.cond_jump(g, false, fail)?;
            }
            self.emit(Op::PopTop, 0);
            self.stmts(&case.body)?;
            self.emit_jump(Op::Jump, end);
            self.emit_fail_pops(&ctx);
            self.bind(next);
        }
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn fail_label(&mut self, ctx: &mut PatternCtx, pops: usize) -> Label {
        while ctx.fail_pops.len() <= pops {
            let l = self.new_label();
            ctx.fail_pops.push(l);
        }
        ctx.fail_pops[pops]
    }

    fn emit_fail_pops(&mut self, ctx: &PatternCtx) {
        for k in (1..ctx.fail_pops.len()).rev() {
            self.bind(ctx.fail_pops[k]);
            self.emit(Op::PopTop, 0);
        }
    }

    /// Matches the value on top of the stack (consuming it) against `p`.
    fn pattern(&mut self, p: &'a Pattern, ctx: &mut PatternCtx) -> CResult {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
                let fail = self.fail_label(ctx, 0);
                self.emit_jump(Op::PopJumpIfFalse, fail);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::Bool(true),
                    ast::Singleton::False => Const::Bool(false),
                });
                self.emit(Op::IsOp, 0);
                let fail = self.fail_label(ctx, 0);
                self.emit_jump(Op::PopJumpIfFalse, fail);
            }
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => self.emit(Op::PopTop, 0),
                (None, Some(n)) => self.name_op(n.as_str(), NameCtx::Store),
                (Some(inner), name) => {
                    if let Some(n) = name {
                        self.emit(Op::Copy, 1);
                        self.pattern_then_store(inner, n.as_str(), ctx)?;
                    } else {
                        self.pattern(inner, ctx)?;
                    }
                }
            },
            Pattern::MatchStar(_) => {
                return Err(self.error("can't use starred name here", p.range()));
            }
            Pattern::MatchOr(o) => {
                let success = self.new_label();
                let n = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    let next = self.new_label();
                    let mut sub = PatternCtx {
                        fail_pops: vec![next],
                    };
                    self.emit(Op::Copy, 1);
                    self.pattern(alt, &mut sub)?;
                    self.emit(Op::PopTop, 0);
                    self.emit_jump(Op::Jump, success);
                    self.emit_fail_pops(&sub);
                    self.bind(next);
                    if i + 1 == n {
                        let fail = self.fail_label(ctx, 1);
                        self.emit_jump(Op::Jump, fail);
                    }
                }
                self.bind(success);
                // The subject copy was popped on success; restore the depth bookkeeping.
            }
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, ctx)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, ctx)?,
            Pattern::MatchClass(c) => self.class_pattern(c, ctx)?,
        }
        Ok(())
    }

    /// `[value, copy]`: match the copy against `p`, then bind the value to `name`.
    fn pattern_then_store(&mut self, p: &'a Pattern, name: &str, ctx: &mut PatternCtx) -> CResult {
        // Shift failure targets by one: the original value is still below.
        let mut sub = PatternCtx { fail_pops: vec![] };
        let base = self.fail_label(ctx, 1);
        sub.fail_pops.push(base);
        self.pattern(p, &mut sub)?;
        let after = self.new_label();
        self.emit_jump(Op::Jump, after);
        for k in (1..sub.fail_pops.len()).rev() {
            self.bind(sub.fail_pops[k]);
            self.emit(Op::PopTop, 0);
        }
        if sub.fail_pops.len() > 1 {
            self.emit_jump(Op::Jump, base);
        }
        self.bind(after);
        self.name_op(name, NameCtx::Store);
        Ok(())
    }

    fn sequence_pattern(&mut self, pats: &'a [Pattern], ctx: &mut PatternCtx) -> CResult {
        let star = pats.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
        self.emit(Op::MatchSequence, 0);
        let fail1 = self.fail_label(ctx, 1);
        self.emit_jump(Op::PopJumpIfFalse, fail1);
        self.emit(Op::GetLen, 0);
        match star {
            None => {
                self.load_const(Const::Int(pats.len() as i64));
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
            }
            Some(_) => {
                self.load_const(Const::Int(pats.len() as i64 - 1));
                self.emit(Op::CompareOp, CmpOp::Ge as u32);
            }
        }
        self.emit_jump(Op::PopJumpIfFalse, fail1);
        match star {
            None => self.emit(Op::UnpackSequence, pats.len() as u32),
            Some(i) => {
                let after = pats.len() - i - 1;
                self.emit(Op::UnpackEx, (i as u32) | ((after as u32) << 8));
            }
        }
        let n = pats.len();
        for (k, p) in pats.iter().enumerate() {
            // After matching k items, n - k - 1 remain below the current one.
            let remaining = n - k - 1;
            let mut sub = PatternCtx { fail_pops: vec![] };
            let base = self.fail_label(ctx, remaining);
            sub.fail_pops.push(base);
            match p {
                Pattern::MatchStar(s) => match &s.name {
                    Some(name) => self.name_op(name.as_str(), NameCtx::Store),
                    None => self.emit(Op::PopTop, 0),
                },
                other => self.pattern(other, &mut sub)?,
            }
            self.relay_fail_pops(&sub, ctx, remaining)?;
        }
        Ok(())
    }

    /// Routes the extra failure labels a sub-pattern created to the outer context.
    fn relay_fail_pops(&mut self, sub: &PatternCtx, ctx: &mut PatternCtx, base: usize) -> CResult {
        if sub.fail_pops.len() <= 1 {
            return Ok(());
        }
        let after = self.new_label();
        self.emit_jump(Op::Jump, after);
        for k in (1..sub.fail_pops.len()).rev() {
            self.bind(sub.fail_pops[k]);
            let target = self.fail_label(ctx, base + k);
            self.emit_jump(Op::Jump, target);
        }
        self.bind(after);
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        ctx: &mut PatternCtx,
    ) -> CResult {
        self.emit(Op::MatchMapping, 0);
        let fail1 = self.fail_label(ctx, 1);
        self.emit_jump(Op::PopJumpIfFalse, fail1);
        let nkeys = m.keys.len();
        if nkeys == 0 && m.rest.is_none() {
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        if nkeys > 0 {
            self.emit(Op::GetLen, 0);
            self.load_const(Const::Int(nkeys as i64));
            self.emit(Op::CompareOp, CmpOp::Ge as u32);
            self.emit_jump(Op::PopJumpIfFalse, fail1);
        }
        // [subject, keys]
        for k in m.keys.iter() {
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple, nkeys as u32);
        self.emit(Op::MatchKeys, 0);
        // [subject, keys, values|None]
        let fail3 = self.fail_label(ctx, 3);
        self.emit(Op::Copy, 1);
        self.emit_jump(Op::PopJumpIfNone, fail3);
        self.emit(Op::UnpackSequence, nkeys as u32);
        for (k, p) in m.patterns.iter().enumerate() {
            let remaining = nkeys - k - 1 + 2;
            let mut sub = PatternCtx { fail_pops: vec![] };
            let base = self.fail_label(ctx, remaining);
            sub.fail_pops.push(base);
            self.pattern(p, &mut sub)?;
            self.relay_fail_pops(&sub, ctx, remaining)?;
        }
        // [subject, keys]
        match &m.rest {
            Some(rest) => {
                self.emit(Op::CopyDictWithoutKeys, 0);
                // [subject, rest]
                self.name_op(rest.as_str(), NameCtx::Store);
                self.emit(Op::PopTop, 0);
            }
            None => {
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass, ctx: &mut PatternCtx) -> CResult {
        self.expr(&c.cls)?;
        let names: Vec<Const> = c
            .arguments
            .keywords
            .iter()
            .map(|k| Const::Str(k.attr.as_str().to_string()))
            .collect();
        let nk = names.len();
        self.load_const(Const::Tuple(names));
        let npos = c.arguments.patterns.len();
        self.emit(Op::MatchClass, npos as u32);
        // [attrs|None]
        let fail1 = self.fail_label(ctx, 1);
        self.emit(Op::Copy, 1);
        self.emit_jump(Op::PopJumpIfNone, fail1);
        let total = npos + nk;
        self.emit(Op::UnpackSequence, total as u32);
        let all = c
            .arguments
            .patterns
            .iter()
            .chain(c.arguments.keywords.iter().map(|k| &k.pattern));
        for (k, p) in all.enumerate() {
            let remaining = total - k - 1;
            let mut sub = PatternCtx { fail_pops: vec![] };
            let base = self.fail_label(ctx, remaining);
            sub.fail_pops.push(base);
            self.pattern(p, &mut sub)?;
            self.relay_fail_pops(&sub, ctx, remaining)?;
        }
        Ok(())
    }
}

impl Compiler<'_> {
    /// The checks CPython's compiler makes on a pattern before running it: an irrefutable
    /// pattern only where nothing follows it, each name bound once, alternatives binding the
    /// same names, one star per sequence, distinct literal mapping keys and class keywords.
    fn check_pattern(
        &self,
        p: &Pattern,
        allow_irrefutable: bool,
        stores: &mut Vec<String>,
    ) -> CResult {
        match p {
            // The parser takes an f-string for a string literal; CPython's compiler refuses it.
            Pattern::MatchValue(v) if matches!(&*v.value, ast::Expr::FString(_)) => {
                return Err(self.error(
                    "patterns may only match literals and attribute lookups",
                    v.value.range(),
                ));
            }
            Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.check_pattern(inner, allow_irrefutable, stores)?;
                } else if !allow_irrefutable {
                    let msg = match &a.name {
                        Some(n) => format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            n.as_str()
                        ),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.error(msg, p.range()));
                }
                if let Some(n) = &a.name {
                    self.check_store(n.as_str(), p, stores)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.check_store(n.as_str(), p, stores)?;
                }
            }
            Pattern::MatchOr(o) => {
                let last = o.patterns.len().saturating_sub(1);
                let mut control: Option<Vec<String>> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    let mut alt_stores = Vec::new();
                    self.check_pattern(alt, allow_irrefutable && i == last, &mut alt_stores)?;
                    match &control {
                        None => control = Some(alt_stores),
                        Some(c) => {
                            let same = c.len() == alt_stores.len()
                                && c.iter().all(|n| alt_stores.contains(n));
                            if !same {
                                return Err(self.error(
                                    "alternative patterns bind different names",
                                    last_visited(alt).range(),
                                ));
                            }
                        }
                    }
                }
                for n in control.unwrap_or_default() {
                    self.check_store(&n, p, stores)?;
                }
            }
            Pattern::MatchSequence(s) => {
                // Ruff's parser lets `[1 2]` through as `[1, 2]`: CPython's stops at the `2`.
                if let [first, second, ..] = &s.patterns[..]
                    && !self
                        .source
                        .get(first.range().end().to_usize()..second.range().start().to_usize())
                        .is_some_and(|between| between.contains(','))
                {
                    return Err(self.error("invalid syntax", second.range()));
                }
                let stars = s
                    .patterns
                    .iter()
                    .filter(|p| matches!(p, Pattern::MatchStar(_)))
                    .count();
                if stars > 1 {
                    return Err(self.error("multiple starred names in sequence pattern", p.range()));
                }
                for sub in &s.patterns {
                    self.check_pattern(sub, true, stores)?;
                }
            }
            Pattern::MatchMapping(m) => {
                let mut seen: Vec<Const> = Vec::new();
                for k in m.keys.iter() {
                    match literal_key(k) {
                        Some(Some(c)) => {
                            if seen.iter().any(|s| key_eq(s, &c)) {
                                return Err(self.error(
                                    format!(
                                        "mapping pattern checks duplicate key ({})",
                                        const_repr(&c)
                                    ),
                                    p.range(),
                                ));
                            }
                            seen.push(c);
                        }
                        Some(None) => {}
                        None => {
                            return Err(self.error(
                                "mapping pattern keys may only match literals and attribute lookups",
                                k.range(),
                            ));
                        }
                    }
                }
                for sub in m.patterns.iter() {
                    self.check_pattern(sub, true, stores)?;
                }
                if let Some(rest) = &m.rest {
                    self.check_store(rest.as_str(), p, stores)?;
                }
            }
            Pattern::MatchClass(c) => {
                let kws = &c.arguments.keywords;
                for (i, k) in kws.iter().enumerate() {
                    if kws[..i].iter().any(|e| e.attr.as_str() == k.attr.as_str()) {
                        return Err(self.error(
                            format!(
                                "attribute name repeated in class pattern: {}",
                                k.attr.as_str()
                            ),
                            k.pattern.range(),
                        ));
                    }
                }
                for sub in c.arguments.patterns.iter() {
                    self.check_pattern(sub, true, stores)?;
                }
                for k in kws.iter() {
                    self.check_pattern(&k.pattern, true, stores)?;
                }
            }
        }
        Ok(())
    }

    fn check_store(&self, name: &str, p: &Pattern, stores: &mut Vec<String>) -> CResult {
        if stores.iter().any(|s| s == name) {
            return Err(self.error(
                format!("multiple assignments to name '{name}' in pattern"),
                p.range(),
            ));
        }
        stores.push(name.to_string());
        Ok(())
    }
}

/// The last sub-pattern CPython's compiler visits in `p` (depth first; class patterns and
/// sequences with a `*_` skip wildcards): where it reports an error found after compiling `p`.
fn last_visited(p: &Pattern) -> &Pattern {
    let wildcard =
        |q: &Pattern| matches!(q, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none());
    let last_of = |subs: &[Pattern], skip_wildcards: bool| -> Option<usize> {
        subs.iter().rposition(|q| !(skip_wildcards && wildcard(q)))
    };
    match p {
        Pattern::MatchAs(a) => a.pattern.as_deref().map_or(p, last_visited),
        Pattern::MatchOr(o) => o.patterns.last().map_or(p, last_visited),
        Pattern::MatchSequence(s) => {
            let star_wildcard = s
                .patterns
                .iter()
                .any(|q| matches!(q, Pattern::MatchStar(st) if st.name.is_none()));
            last_of(&s.patterns, star_wildcard).map_or(p, |i| last_visited(&s.patterns[i]))
        }
        Pattern::MatchMapping(m) => m.patterns.last().map_or(p, last_visited),
        Pattern::MatchClass(c) => {
            let kws: Vec<&Pattern> = c.arguments.keywords.iter().map(|k| &k.pattern).collect();
            match kws.iter().rposition(|q| !wildcard(q)) {
                Some(i) => last_visited(kws[i]),
                None => last_of(&c.arguments.patterns, true)
                    .map_or(p, |i| last_visited(&c.arguments.patterns[i])),
            }
        }
        _ => p,
    }
}

/// A mapping pattern key: `Some(Some(value))` for a literal, `Some(None)` for an attribute
/// lookup (never checked for duplicates), `None` for anything else.
fn literal_key(e: &ast::Expr) -> Option<Option<Const>> {
    use ast::Expr;
    match e {
        Expr::Attribute(_) => Some(None),
        Expr::NoneLiteral(_) => Some(Some(Const::None)),
        Expr::BooleanLiteral(b) => Some(Some(Const::Bool(b.value))),
        Expr::StringLiteral(s) => Some(Some(Const::Str(s.value.to_str().to_string()))),
        Expr::BytesLiteral(b) => Some(Some(Const::Bytes(b.value.bytes().collect()))),
        Expr::NumberLiteral(n) => Some(number_const(&n.value, false)),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
            Expr::NumberLiteral(n) => Some(number_const(&n.value, true)),
            _ => None,
        },
        Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
            let re = match &*b.left {
                Expr::NumberLiteral(n) => number_const(&n.value, false),
                Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                    Expr::NumberLiteral(n) => number_const(&n.value, true),
                    _ => None,
                },
                _ => None,
            };
            let im = match &*b.right {
                Expr::NumberLiteral(ast::ExprNumberLiteral {
                    value: ast::Number::Complex { imag, .. },
                    ..
                }) => Some(*imag),
                _ => None,
            };
            let re = match re {
                Some(Const::Int(i)) => i as f64,
                Some(Const::Float(f)) => f,
                _ => return Some(None),
            };
            let im = im?;
            let im = if b.op == ast::Operator::Sub { -im } else { im };
            Some(Some(Const::Complex(re, im)))
        }
        _ => None,
    }
}

fn number_const(n: &ast::Number, neg: bool) -> Option<Const> {
    let sign = if neg { -1.0 } else { 1.0 };
    match n {
        ast::Number::Int(i) => match i.as_i64() {
            Some(v) => Some(Const::Int(if neg { v.checked_neg()? } else { v })),
            None => None,
        },
        ast::Number::Float(f) => Some(Const::Float(sign * f)),
        ast::Number::Complex { real, imag } => Some(Const::Complex(sign * real, sign * imag)),
    }
}

/// Python equality of two literal keys (`True == 1 == 1.0`).
fn key_eq(a: &Const, b: &Const) -> bool {
    fn num(c: &Const) -> Option<(f64, f64)> {
        match c {
            Const::Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
            Const::Int(i) => Some((*i as f64, 0.0)),
            Const::Float(f) => Some((*f, 0.0)),
            Const::Complex(r, i) => Some((*r, *i)),
            _ => None,
        }
    }
    match (a, b) {
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::None, Const::None) => true,
        _ => match (num(a), num(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::Float(f) => crate::format::float_repr(*f),
        Const::Complex(r, i) => {
            let im = crate::format::float_repr(*i);
            let im = im.strip_suffix(".0").unwrap_or(&im).to_string();
            if *r == 0.0 && r.is_sign_positive() {
                format!("{im}j")
            } else {
                let re = crate::format::float_repr(*r);
                let re = re.strip_suffix(".0").unwrap_or(&re).to_string();
                let sign = if i.is_sign_negative() { "" } else { "+" };
                format!("({re}{sign}{im}j)")
            }
        }
        Const::Str(s) => crate::text::str_repr(s),
        Const::Bytes(b) => crate::text::bytes_repr(b),
        _ => String::new(),
    }
}
