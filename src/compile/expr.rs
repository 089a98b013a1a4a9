//! Expressions.

use ruff_python_ast as ast;
use ruff_python_ast::Expr;
use ruff_text_size::{Ranged, TextRange};

use super::stmt::binop;
use super::symtable::{tag_comprehension, tag_lambda};
use super::{CResult, Compiler, Label, NameCtx};
use crate::bytecode::{CmpOp, Const, Op, format_flags};

/// The kind of comprehension being compiled.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    /// Compiles an expression; its instructions are attributed to its range, as CPython's
    /// compiler does (the traceback's carets come from these ranges).
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult {
        let outer = self.loc();
        self.set_line(e.range());
        let r = self.expr_node(e);
        self.set_line(outer);
        r
    }

    fn expr_node(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And {
                    Op::JumpIfFalseOrPop
                } else {
                    Op::JumpIfTrueOrPop
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Copy, 1);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(b.range);
                self.emit(Op::BinaryOp, binop(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                // Fold negative numeric literals so `-5` is one constant.
                if let Some(c) = negative_literal(u) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(&u.operand)?;
                self.emit(
                    match u.op {
                        ast::UnaryOp::Invert => Op::UnaryInvert,
                        ast::UnaryOp::Not => Op::UnaryNot,
                        ast::UnaryOp::UAdd => Op::UnaryPos,
                        ast::UnaryOp::USub => Op::UnaryNeg,
                    },
                    0,
                );
            }
            Expr::Lambda(l) => {
                let scope = self.table.scope_of(l.range, tag_lambda());
                let qualname = self.qualname_for("<lambda>");
                let empty = ast::Parameters {
                    range: l.range,
                    node_index: Default::default(),
                    posonlyargs: Default::default(),
                    args: Default::default(),
                    vararg: None,
                    kwonlyargs: Default::default(),
                    kwarg: None,
                };
                let flags = match &l.parameters {
                    Some(p) => self.function_prelude(p)?,
                    None => 0,
                };
                let line = self.lines.line(l.range.start().to_u32());
                self.enter_unit(scope, "<lambda>", &qualname, line);
                let cflags = self.set_arg_counts(l.parameters.as_deref().unwrap_or(&empty));
                self.const_index(Const::None);
                self.expr(&l.body)?;
                self.emit(Op::ReturnValue, 0);
                self.finish_function(cflags, flags)?;
            }
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.cond_jump(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Op::BuildSet, 0);
                    for e in &s.elts {
                        match e {
                            Expr::Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(Op::SetUpdate, 1);
                            }
                            other => {
                                self.expr(other)?;
                                self.emit(Op::SetAdd, 1);
                            }
                        }
                    }
                } else if is_folded_const_set(&s.elts) {
                    // CPython loads such a display as `set().update(<frozenset constant>)`.
                    self.emit(Op::BuildSet, 0);
                    let elts = self.merged_const_set(&s.elts);
                    self.const_frozenset(elts)?;
                    self.emit(Op::SetUpdate, 1);
                } else {
                    for e in &s.elts {
                        self.expr(e)?;
                    }
                    self.emit(Op::BuildSet, s.elts.len() as u32);
                }
            }
            Expr::ListComp(c) => {
                self.comprehension(c.range, &c.generators, CompKind::List, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, &c.generators, CompKind::Set, &c.elt, None)?
            }
            Expr::DictComp(c) => {
                let Some(key) = c.key.as_deref() else {
                    return Err(self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    ));
                };
                self.comprehension(c.range, &c.generators, CompKind::Dict, key, Some(&c.value))?
            }
            Expr::Generator(g) => {
                self.comprehension(g.range, &g.generators, CompKind::Gen, &g.elt, None)?
            }
            Expr::Await(a) => {
                // await x: delegate (like yield from) to what x.__await__() gives.
                self.name_op("__pyseal_await__", NameCtx::Load);
                self.expr(&a.value)?;
                self.emit(Op::CallFunction, 1);
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(Const::None);
                self.yield_from_loop();
            }
            Expr::Yield(y) => {
                let wrap = self.scope().is_async_gen;
                if wrap {
                    self.name_op("__pyseal_agen_wrap__", NameCtx::Load);
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                if wrap {
                    self.emit(Op::CallFunction, 1);
                }
                self.emit(Op::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(Const::None);
                self.yield_from_loop();
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => {
                return Err(self.error("template strings are not supported", t.range));
            }
            Expr::StringLiteral(s) => self.load_const(Const::Str(self.str_literal(s))),
            Expr::BytesLiteral(b) => self.load_const(Const::Bytes(b.value.bytes().collect())),
            Expr::NumberLiteral(n) => {
                let c = number_const(&n.value);
                self.load_const(c);
            }
            Expr::BooleanLiteral(b) => self.load_const(Const::Bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Const::None),
            Expr::EllipsisLiteral(_) => self.load_const(Const::Ellipsis),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(self.attr_loc(a));
                let ni = self.name_index(&self.mangle(a.attr.as_str()));
                self.emit(Op::LoadAttr, ni);
            }
            Expr::Subscript(s) => {
                self.check_subscript(&s.value, &s.slice, s.range);
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::BinarySubscr, 0);
            }
            Expr::Starred(s) => {
                return Err(self.error("can't use starred expression here", s.range));
            }
            Expr::Name(n) => self.name_op(n.id.as_str(), NameCtx::Load),
            Expr::List(l) => self.sequence(&l.elts, false)?,
            Expr::Tuple(t) => {
                if let Some(c) = const_tuple(&t.elts) {
                    self.load_const(c);
                } else {
                    self.sequence(&t.elts, true)?;
                }
            }
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.expr(step)?;
                    n = 3;
                }
                self.emit(Op::BuildSlice, n);
            }
            Expr::IpyEscapeCommand(c) => return Err(self.error("invalid syntax", c.range)),
        }
        Ok(())
    }

    /// Where CPython 3.11 places an attribute's load, store or method call: the attribute's
    /// range, but from the name after the dot when the attribute spans lines (`data\n.strip`).
    pub(crate) fn attr_loc(&self, a: &ast::ExprAttribute) -> TextRange {
        let text = self
            .source
            .get(a.range.start().to_usize()..a.range.end().to_usize())
            .unwrap_or("");
        if text.contains('\n') {
            TextRange::new(a.attr.range.start(), a.range.end())
        } else {
            a.range
        }
    }

    /// `[iter, value]` on the stack: delegate to the iterator until it returns.
    pub(crate) fn yield_from_loop(&mut self) {
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.emit_jump(Op::Send, end);
        self.emit(Op::YieldValue, 0);
        self.emit_jump(Op::Jump, top);
        self.bind(end);
    }

    fn sequence(&mut self, elts: &'a [Expr], tuple: bool) -> CResult {
        if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            self.emit(Op::BuildList, 0);
            for e in elts {
                match e {
                    Expr::Starred(st) => {
                        self.expr(&st.value)?;
                        self.emit(Op::ListExtend, 1);
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Op::ListAppend, 1);
                    }
                }
            }
            if tuple {
                self.emit(Op::ListToTuple, 0);
            }
        } else {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(
                if tuple { Op::BuildTuple } else { Op::BuildList },
                elts.len() as u32,
            );
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> CResult {
        let has_unpack = d.iter().any(|i| i.key.is_none());
        if !has_unpack {
            for item in d.iter() {
                self.expr(item.key.as_ref().expect("no unpack"))?;
                self.expr(&item.value)?;
            }
            self.emit(Op::BuildMap, d.len() as u32);
            return Ok(());
        }
        self.emit(Op::BuildMap, 0);
        for item in d.iter() {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    self.emit(Op::MapAdd, 1);
                }
                None => {
                    self.expr(&item.value)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        Ok(())
    }

    /// The set CPython's compiler makes for a display of constants (`{3, 1, 2}`): a frozenset
    /// built from the items, then rebuilt from its own iteration order when the constant is
    /// merged into the code object. Both steps can move items, and programs print the result.
    fn const_frozenset(&mut self, elts: &'a [Expr]) -> CResult {
        self.emit(Op::BuildSet, 0);
        self.emit(Op::BuildList, 0);
        for e in elts {
            self.expr(e)?;
        }
        self.emit(Op::BuildSet, elts.len() as u32);
        self.emit(Op::ListExtend, 1);
        self.emit(Op::SetUpdate, 1);
        Ok(())
    }

    /// The items to build a constant set display from: those of the first display in the module
    /// with an equal frozenset value (CPython makes them one constant), else its own.
    fn merged_const_set(&mut self, elts: &'a [Expr]) -> &'a [Expr] {
        let Some(key) = super::fold::frozenset_key(elts) else {
            return elts;
        };
        self.const_sets.entry(key).or_insert(elts)
    }

    /// The iterable of a `for` loop or comprehension: a set display of constants is iterated as
    /// the frozenset constant CPython turns it into.
    pub(crate) fn iterable(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::Set(s) if is_folded_const_set(&s.elts) => {
                let elts = self.merged_const_set(&s.elts);
                self.const_frozenset(elts)
            }
            other => self.expr(other),
        }
    }

    /// CPython's warning for `is` against a literal (one per comparison chain).
    fn check_is_literal(&self, c: &ast::ExprCompare) {
        let literal = |e: &Expr| {
            super::fold::is_constant(e)
                && !matches!(
                    e,
                    Expr::NoneLiteral(_) | Expr::BooleanLiteral(_) | Expr::EllipsisLiteral(_)
                )
        };
        let mut left: &Expr = &c.left;
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            let word = match op {
                ast::CmpOp::Is => Some(("is", "==")),
                ast::CmpOp::IsNot => Some(("is not", "!=")),
                _ => None,
            };
            if let Some((w, instead)) = word
                && (literal(left) || literal(right))
            {
                self.warn(
                    format!("\"{w}\" with a literal. Did you mean \"{instead}\"?"),
                    c.range,
                );
                return;
            }
            left = right;
        }
    }

    /// CPython's warnings for subscripting a literal that cannot be (`5[0]`) or with an index
    /// of the wrong type (`"abc"["x"]`): a comma is probably missing.
    fn check_subscript(&self, value: &Expr, index: &Expr, range: ruff_text_size::TextRange) {
        let vt = super::fold::inferred_type(value);
        let not_subscriptable = match value {
            Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_) => true,
            _ if super::fold::is_constant(value) => matches!(
                vt,
                Some("NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex")
            ),
            _ => false,
        };
        if not_subscriptable && let Some(t) = vt {
            self.warn(
                format!("'{t}' object is not subscriptable; perhaps you missed a comma?"),
                range,
            );
            return;
        }
        let Some(it) = super::fold::inferred_type(index) else {
            return;
        };
        if matches!(it, "int" | "bool") {
            return;
        }
        let sequence = match value {
            Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_) => true,
            _ if super::fold::is_constant(value) => matches!(vt, Some("str" | "bytes" | "tuple")),
            _ => false,
        };
        if sequence && let Some(t) = vt {
            self.warn(
                format!(
                    "{t} indices must be integers or slices, not {it}; perhaps you missed a comma?"
                ),
                range,
            );
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.check_is_literal(c);
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            match (&c.comparators[0], c.ops[0]) {
                // Only membership is asked of it, so its order does not matter.
                (Expr::Set(s), ast::CmpOp::In | ast::CmpOp::NotIn)
                    if is_folded_const_set(&s.elts) =>
                {
                    // Its order does not matter, but its constant is the one later equal
                    // displays reuse.
                    self.merged_const_set(&s.elts);
                    for e in &s.elts {
                        self.expr(e)?;
                    }
                    self.emit(Op::BuildSet, s.elts.len() as u32);
                }
                (right, _) => self.expr(right)?,
            }
            self.set_line(c.range);
            self.cmp_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Op::Swap, 2);
                self.emit(Op::Copy, 2);
                self.cmp_op(*op);
                self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.cmp_op(*op);
            }
        }
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        // [left_over, False]
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        match op {
            ast::CmpOp::Eq => self.emit(Op::CompareOp, CmpOp::Eq as u32),
            ast::CmpOp::NotEq => self.emit(Op::CompareOp, CmpOp::Ne as u32),
            ast::CmpOp::Lt => self.emit(Op::CompareOp, CmpOp::Lt as u32),
            ast::CmpOp::LtE => self.emit(Op::CompareOp, CmpOp::Le as u32),
            ast::CmpOp::Gt => self.emit(Op::CompareOp, CmpOp::Gt as u32),
            ast::CmpOp::GtE => self.emit(Op::CompareOp, CmpOp::Ge as u32),
            ast::CmpOp::Is => self.emit(Op::IsOp, 0),
            ast::CmpOp::IsNot => self.emit(Op::IsOp, 1),
            ast::CmpOp::In => self.emit(Op::ContainsOp, 0),
            ast::CmpOp::NotIn => self.emit(Op::ContainsOp, 1),
        }
    }

    /// Jumps to `target` when `e` is truthy (`jump_if == true`) or falsy.
    pub(crate) fn cond_jump(&mut self, e: &'a Expr, jump_if: bool, target: Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.cond_jump(&u.operand, !jump_if, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != jump_if {
                    // and/jump-if-false or or/jump-if-true: any short-circuit jumps.
                    for v in b.values.iter() {
                        self.cond_jump(v, jump_if, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.cond_jump(v, !jump_if, skip)?;
                        } else {
                            self.cond_jump(v, jump_if, target)?;
                        }
                    }
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                if let Expr::Compare(c) = e {
                    // CPython 3.11 leaves a comparison's position in force after its jump:
                    // the rest of the statement (an assert's raise) is attributed to it.
                    self.set_line(c.range);
                }
                self.emit_jump(
                    if jump_if {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    target,
                );
                Ok(())
            }
        }
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let callee_literal = matches!(
            &*c.func,
            Expr::Tuple(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::Dict(_)
                | Expr::DictComp(_)
                | Expr::Set(_)
                | Expr::SetComp(_)
                | Expr::Generator(_)
                | Expr::FString(_)
        ) || super::fold::is_constant(&c.func);
        if callee_literal && let Some(t) = super::fold::inferred_type(&c.func) {
            self.warn(
                format!("'{t}' object is not callable; perhaps you missed a comma?"),
                c.range(),
            );
        }
        let simple_args = !c
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
            && !c.arguments.keywords.iter().any(|k| k.arg.is_none());
        if let (Expr::Attribute(a), true, true) =
            (&*c.func, simple_args, c.arguments.keywords.is_empty())
        {
            self.expr(&a.value)?;
            let ni = self.name_index(&self.mangle(a.attr.as_str()));
            let method = self.attr_loc(a);
            self.set_line(method);
            self.emit(Op::LoadMethod, ni);
            for arg in c.arguments.args.iter() {
                self.expr(arg)?;
            }
            self.set_line(TextRange::new(method.start(), c.range().end()));
            self.emit(Op::CallMethod, c.arguments.args.len() as u32);
            return Ok(());
        }
        self.expr(&c.func)?;
        self.call_with_args(0, &c.arguments.args, &c.arguments.keywords)?;
        Ok(())
    }

    /// Calls the callable below `already` pushed positional arguments with these arguments.
    pub(crate) fn call_with_args(
        &mut self,
        already: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> CResult {
        let starred = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        if !starred && !dstar {
            for a in args {
                self.expr(a)?;
            }
            let n = already + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Op::CallFunction, n);
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Const::Str(
                        k.arg
                            .as_ref()
                            .map(|a| a.as_str().to_string())
                            .unwrap_or_default(),
                    ));
                }
                self.load_const(Const::Tuple(names));
                self.emit(Op::CallFunctionKw, n + keywords.len() as u32);
            }
            return Ok(());
        }
        // General form: build a positional tuple and a keyword dict.
        self.emit(Op::BuildList, already);
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        self.emit(Op::ListToTuple, 0);
        if keywords.is_empty() {
            self.emit(Op::CallFunctionEx, 0);
            return Ok(());
        }
        self.emit(Op::BuildMap, 0);
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(name.as_str().to_string()));
                    self.expr(&k.value)?;
                    self.emit(Op::BuildMap, 1);
                    self.emit(Op::DictMerge, 1);
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge, 1);
                }
            }
        }
        self.emit(Op::CallFunctionEx, 1);
        Ok(())
    }

    /// A str literal's value. The parser turns a surrogate escape (`'\udcff'`) into U+FFFD;
    /// such a literal is read again from its source, which keeps the surrogate.
    fn str_literal(&self, s: &ast::ExprStringLiteral) -> String {
        let value = s.value.to_str();
        if !value.contains('\u{fffd}') {
            return value.to_string();
        }
        let mut out = String::with_capacity(value.len());
        for part in s.value.iter() {
            let range = part.range();
            let text = self
                .source
                .get(range.start().to_usize()..range.end().to_usize());
            match text.and_then(literal_with_surrogates) {
                Some(v) => out.push_str(&v),
                None => out.push_str(&part.value),
            }
        }
        out
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut parts = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    if !s.value.is_empty() {
                        self.load_const(Const::Str(s.value.to_string()));
                        parts += 1;
                    }
                }
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        parts += self.fstring_element(el)?;
                    }
                }
            }
        }
        if parts == 0 {
            self.load_const(Const::Str(String::new()));
        } else if parts > 1 {
            self.emit(Op::BuildString, parts);
        }
        Ok(())
    }

    /// Pushes the pieces of one f-string element; returns how many.
    fn fstring_element(&mut self, el: &'a ast::InterpolatedStringElement) -> CResult<u32> {
        match el {
            ast::InterpolatedStringElement::Literal(l) => {
                if l.value.is_empty() {
                    return Ok(0);
                }
                self.load_const(Const::Str(l.value.to_string()));
                Ok(1)
            }
            ast::InterpolatedStringElement::Interpolation(i) => {
                let mut n = 0;
                let mut conv = match i.conversion {
                    ast::ConversionFlag::None => format_flags::CONV_NONE,
                    ast::ConversionFlag::Str => format_flags::CONV_STR,
                    ast::ConversionFlag::Repr => format_flags::CONV_REPR,
                    ast::ConversionFlag::Ascii => format_flags::CONV_ASCII,
                };
                if let Some(debug) = &i.debug_text {
                    let expr_src = &self.source[i.expression.range().start().to_usize()
                        ..i.expression.range().end().to_usize()];
                    let text = format!("{}{}{}", debug.leading(), expr_src, debug.trailing());
                    self.load_const(Const::Str(text));
                    n += 1;
                    if conv == format_flags::CONV_NONE && i.format_spec.is_none() {
                        conv = format_flags::CONV_REPR;
                    }
                }
                self.expr(&i.expression)?;
                let mut flags = conv;
                if let Some(spec) = &i.format_spec {
                    let mut k = 0;
                    for el in spec.elements.iter() {
                        k += self.fstring_element(el)?;
                    }
                    if k == 0 {
                        self.load_const(Const::Str(String::new()));
                    } else if k > 1 {
                        self.emit(Op::BuildString, k);
                    }
                    flags |= format_flags::HAS_SPEC;
                }
                self.emit(Op::FormatValue, flags);
                Ok(n + 1)
            }
        }
    }

    fn comprehension(
        &mut self,
        range: ruff_text_size::TextRange,
        generators: &'a [ast::Comprehension],
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let scope = self.table.scope_of(range, tag_comprehension());
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let line = self.lines.line(range.start().to_u32());
        self.enter_unit(scope, name, &qualname, line);
        self.set_line(range);
        {
            let u = self.u();
            u.unit.argcount = 1;
        }
        match kind {
            CompKind::List => self.emit(Op::BuildList, 0),
            CompKind::Set => self.emit(Op::BuildSet, 0),
            CompKind::Dict => self.emit(Op::BuildMap, 0),
            CompKind::Gen => {}
        }
        self.comp_loop(generators, 0, kind, elt, value)?;
        if kind == CompKind::Gen {
            self.load_const(Const::None);
        }
        self.emit(Op::ReturnValue, 0);
        let flags = crate::bytecode::code_flags::OPTIMIZED | crate::bytecode::code_flags::NEWLOCALS;
        self.finish_function(flags, 0)?;
        self.comp_iter(&generators[0])?;
        self.emit(Op::CallFunction, 1);
        let s = &self.table.scopes[scope];
        if s.is_async && !s.is_async_gen {
            // An asynchronous list, set or dict comprehension runs as a coroutine, awaited.
            self.await_top();
        }
        Ok(())
    }

    /// The iterator a comprehension's `for` (or `async for`) clause loops over.
    fn comp_iter(&mut self, g: &'a ast::Comprehension) -> CResult {
        if g.is_async {
            self.name_op("__pyseal_aiter__", NameCtx::Load);
            self.iterable(&g.iter)?;
            self.emit(Op::CallFunction, 1);
        } else {
            self.iterable(&g.iter)?;
            self.emit(Op::GetIter, 0);
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let g = &gens[i];
        if i == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.comp_iter(g)?;
        }
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        if g.is_async {
            self.async_for_next(end);
        } else {
            self.emit_jump(Op::ForIter, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.cond_jump(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    self.expr(value.expect("dict comprehension value"))?;
                    self.emit(Op::MapAdd, depth);
                }
                CompKind::Gen => {
                    let wrap = self.scope().is_async_gen;
                    if wrap {
                        self.name_op("__pyseal_agen_wrap__", NameCtx::Load);
                    }
                    self.expr(elt)?;
                    if wrap {
                        self.emit(Op::CallFunction, 1);
                    }
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.emit_jump(Op::Jump, top);
        self.bind(end);
        Ok(())
    }
}

pub(crate) fn number_const(n: &ast::Number) -> Const {
    match n {
        ast::Number::Int(i) => match i.as_i64() {
            Some(v) => Const::Int(v),
            None => Const::BigInt(big_decimal(&i.to_string())),
        },
        ast::Number::Float(f) => Const::Float(*f),
        ast::Number::Complex { real, imag } => Const::Complex(*real, *imag),
    }
}

/// Decimal digits of an integer literal token (any base, underscores allowed).
fn big_decimal(token: &str) -> String {
    let t: String = token.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d.to_string())
    } else {
        (10, lower)
    };
    num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)
        .map(|b| b.to_string())
        .unwrap_or_else(|| "0".to_string())
}

/// Whether CPython's AST optimizer folds every item of this set display into a constant: then,
/// with more than two items, the display is made from one frozenset constant.
fn is_folded_const_set(elts: &[Expr]) -> bool {
    elts.len() > 2 && elts.iter().all(super::fold::is_constant)
}

/// The value of the str literal whose source (prefix and quotes included) is `text`, if it
/// holds a surrogate escape.
fn literal_with_surrogates(text: &str) -> Option<String> {
    let prefix = text.len()
        - text
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    if text[..prefix].contains(['r', 'R']) {
        return None;
    }
    let quoted = &text[prefix..];
    let q = if quoted.starts_with("'''") || quoted.starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let body = quoted.get(q..quoted.len().checked_sub(q)?)?;
    crate::text::str_literal_with_surrogates(body, crate::modules::unicodedata::char_named)
}

/// `-5` or `-2.5` as one constant (an int literal beyond i64 and complex literals are
/// negated at run time).
fn negative_literal(u: &ast::ExprUnaryOp) -> Option<Const> {
    let (ast::UnaryOp::USub, Expr::NumberLiteral(n)) = (u.op, &*u.operand) else {
        return None;
    };
    match &n.value {
        ast::Number::Int(i) => i.as_i64().map(|v| Const::Int(-v)),
        ast::Number::Float(f) => Some(Const::Float(-f)),
        ast::Number::Complex { .. } => None,
    }
}

/// A tuple display whose items are all literals becomes one constant.
fn const_tuple(elts: &[Expr]) -> Option<Const> {
    let mut items = Vec::with_capacity(elts.len());
    for e in elts {
        items.push(match e {
            Expr::NumberLiteral(n) => number_const(&n.value),
            Expr::StringLiteral(s) => Const::Str(s.value.to_str().to_string()),
            Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect()),
            Expr::BooleanLiteral(b) => Const::Bool(b.value),
            Expr::NoneLiteral(_) => Const::None,
            Expr::EllipsisLiteral(_) => Const::Ellipsis,
            Expr::Tuple(t) => const_tuple(&t.elts)?,
            Expr::UnaryOp(u) => negative_literal(u)?,
            _ => return None,
        });
    }
    Some(Const::Tuple(items))
}
