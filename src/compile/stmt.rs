//! Statements.

use ruff_python_ast as ast;
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use super::symtable::{ScopeKind, tag_class, tag_function};
use super::{Block, CResult, Compiler, NameCtx, docstring};
use crate::bytecode::{BinOp, Const, Op, code_flags, make_fn};

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_line(s.range());
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                let kind = self.scope().kind;
                if kind == ScopeKind::Module || kind == ScopeKind::Class {
                    if self.mode == super::Mode::Eval {
                        // The expression body of eval().
                        self.expr(r.value.as_deref().expect("eval has a value"))?;
                        self.emit(Op::ReturnValue, 0);
                        return Ok(());
                    }
                    return Err(self.error("'return' outside function", r.range));
                }
                if self.scope().is_async_gen && r.value.is_some() {
                    return Err(self.error("'return' with value in async generator", r.range));
                }
                if self.scope().is_generator && r.value.is_some() {
                    // Allowed: becomes StopIteration(value).
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                // CPython locates the unwinding at a constant return value, else at the
                // statement (its error inside `except*` says where).
                let at = match r.value.as_deref() {
                    Some(v) if v.is_literal_expr() => v.range(),
                    _ => r.range,
                };
                self.unwind_for_return(at)?;
                self.emit(Op::ReturnValue, 0);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::TypeAlias(t) => Err(self.error("type aliases are not supported", t.range)),
            Stmt::Assign(a) => {
                if let [target] = &a.targets[..]
                    && let Some((targets, values)) = parallel_assignment(target, &a.value)
                {
                    // `a, b = b, a + b`: the values stay on the stack, reversed so that the
                    // first is on top, and no tuple is built and unpacked (CPython does the same).
                    for v in values {
                        self.expr(v)?;
                    }
                    if values.len() > 1 {
                        self.emit(Op::Swap, values.len() as u32);
                    }
                    for t in targets {
                        self.store_target(t)?;
                    }
                    return Ok(());
                }
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Copy, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                if let (Expr::Name(n), true) = (&*a.target, a.simple) {
                    let kind = self.scope().kind;
                    if kind == ScopeKind::Module || kind == ScopeKind::Class {
                        // __annotations__[name] = annotation
                        self.annotation(&a.annotation)?;
                        self.name_op("__annotations__", NameCtx::Load);
                        self.load_const(Const::Str(self.mangle(n.id.as_str())));
                        self.emit(Op::StoreSubscr, 0);
                    }
                } else if a.value.is_none() {
                    // `obj.attr: int` evaluates the object but stores nothing.
                    match &*a.target {
                        Expr::Attribute(at) => {
                            self.expr(&at.value)?;
                            self.emit(Op::PopTop, 0);
                        }
                        Expr::Subscript(sub) => {
                            self.expr(&sub.value)?;
                            self.emit(Op::PopTop, 0);
                            self.expr(&sub.slice)?;
                            self.emit(Op::PopTop, 0);
                        }
                        _ => {}
                    }
                }
                Ok(())
            }
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => {
                if self.scope().is_generator {
                    crate::vm::note_generator_cleanup();
                }
                if w.is_async && !self.scope().is_async {
                    return Err(self.error("'async with' outside async function", w.range));
                }
                self.with_items(&w.items, &w.body, w.is_async, w.range)
            }
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if self.scope().is_generator {
                    crate::vm::note_generator_cleanup();
                }
                if !t.finalbody.is_empty() {
                    self.try_finally(t)
                } else if t.is_star {
                    self.try_star(t)
                } else {
                    self.try_except(t)
                }
            }
            Stmt::Assert(a) => {
                if matches!(&*a.test, Expr::Tuple(t) if !t.elts.is_empty()) {
                    self.warn(
                        "assertion is always true, perhaps remove parentheses?",
                        a.range,
                    );
                }
                let end = self.new_label();
                self.cond_jump(&a.test, true, end)?;
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::CallFunction, 1);
                }
                self.emit(Op::Raise, 1);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.name.as_str();
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    let ni = self.name_index(name);
                    self.emit(Op::ImportName, ni);
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the submodule itself.
                            let parts: Vec<&str> = name.split('.').collect();
                            for part in &parts[1..] {
                                let pi = self.name_index(part);
                                self.emit(Op::ImportFrom, pi);
                                self.emit(Op::Swap, 2);
                                self.emit(Op::PopTop, 0);
                            }
                            self.name_op(asname.as_str(), NameCtx::Store);
                        }
                        None => {
                            let top = name.split('.').next().unwrap_or(name);
                            self.name_op(top, NameCtx::Store);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                self.load_const(Const::Int(i.level as i64));
                let star = i.names.len() == 1 && i.names[0].name.as_str() == "*";
                if star {
                    self.load_const(Const::Tuple(vec![Const::Str("*".into())]));
                } else {
                    let names = i
                        .names
                        .iter()
                        .map(|a| Const::Str(a.name.as_str().to_string()))
                        .collect();
                    self.load_const(Const::Tuple(names));
                }
                let mi = self.name_index(module);
                self.emit(Op::ImportName, mi);
                if star {
                    self.emit(Op::ImportStar, 0);
                    return Ok(());
                }
                for alias in &i.names {
                    let ni = self.name_index(alias.name.as_str());
                    self.emit(Op::ImportFrom, ni);
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.name_op(bound.as_str(), NameCtx::Store);
                }
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            Stmt::Break(b) => self.break_continue(true, b.range),
            Stmt::Continue(c) => self.break_continue(false, c.range),
            Stmt::IpyEscapeCommand(c) => Err(self.error("invalid syntax", c.range)),
        }
    }

    fn decorators(&mut self, list: &'a [ast::Decorator]) -> CResult {
        for d in list {
            self.expr(&d.expression)?;
        }
        Ok(())
    }

    /// Calls the decorators (pushed by [`Self::decorators`]) on the function or class on top
    /// of the stack, innermost first; each call is attributed to its decorator.
    /// Between `BeginDefinition` and `EndDefinition` the definition is still being made:
    /// policies that freeze run-time definitions let its decorators write to it.
    fn apply_decorators(&mut self, list: &'a [ast::Decorator]) {
        if list.is_empty() {
            return;
        }
        let stmt = self.loc();
        self.emit(Op::BeginDefinition, 0);
        for d in list.iter().rev() {
            self.set_line(d.expression.range());
            self.emit(Op::CallFunction, 1);
        }
        self.set_line(stmt);
        self.emit(Op::EndDefinition, 0);
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if f.name.as_str() == "__del__" {
            crate::vm::note_del_method();
        }
        self.decorators(&f.decorator_list)?;
        let first_line = f
            .decorator_list
            .first()
            .map(|d| self.lines.line(d.range.start().to_u32()))
            .unwrap_or_else(|| self.lines.line(f.range.start().to_u32()));
        let scope = self.table.scope_of(f.range, tag_function());
        let qualname = self.qualname_for(f.name.as_str());
        let flags = self.function_prelude(&f.parameters)?;
        let flags = flags | self.annotations(&f.parameters, f.returns.as_deref())?;
        self.enter_unit(scope, f.name.as_str(), &qualname, first_line);
        let code_flags = self.set_arg_counts(&f.parameters);
        let body: &'a [Stmt] = &f.body;
        let doc = docstring(body);
        self.const_index(match doc {
            Some(d) => Const::Str(d),
            None => Const::None,
        });
        self.stmts(body)?;
        self.load_const(Const::None);
        self.emit(Op::ReturnValue, 0);
        self.finish_function(code_flags, flags)?;
        self.apply_decorators(&f.decorator_list);
        self.name_op(f.name.as_str(), NameCtx::Store);
        Ok(())
    }

    /// Evaluates defaults and keyword defaults; returns the MakeFunction flags so far.
    pub(crate) fn function_prelude(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let positional: Vec<_> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !positional.is_empty() {
            for d in &positional {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, positional.len() as u32);
            flags |= make_fn::DEFAULTS;
        }
        let kw: Vec<_> = p
            .kwonlyargs
            .iter()
            .filter(|a| a.default.is_some())
            .collect();
        if !kw.is_empty() {
            for a in &kw {
                self.load_const(Const::Str(self.mangle(a.parameter.name.as_str())));
                self.expr(a.default.as_deref().expect("filtered"))?;
            }
            self.emit(Op::BuildMap, kw.len() as u32);
            flags |= make_fn::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes an annotation's value: the expression evaluated, or (under
    /// `from __future__ import annotations`) its source text.
    fn annotation(&mut self, an: &'a Expr) -> CResult {
        if self.future_annotations {
            let range = an.range();
            let start = range.start().to_usize();
            let end = range.end().to_usize();
            let text = self.source.get(start..end).unwrap_or("");
            // The text as written, with line breaks inside brackets folded to spaces and
            // string literals quoted as repr() quotes them (as CPython's unparsing does).
            let folded: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            self.load_const(Const::Str(single_quoted(&folded)));
            return Ok(());
        }
        self.expr(an)
    }

    /// Builds the annotations dict when there are any; returns the flag.
    fn annotations(&mut self, p: &'a ast::Parameters, returns: Option<&'a Expr>) -> CResult<u32> {
        let mut n = 0;
        let all = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| &a.parameter);
        let all = all
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        for param in all {
            if let Some(an) = &param.annotation {
                self.load_const(Const::Str(param.name.as_str().to_string()));
                self.annotation(an)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str("return".into()));
            self.annotation(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Op::BuildMap, n);
        Ok(make_fn::ANNOTATIONS)
    }

    pub(crate) fn set_arg_counts(&mut self, p: &ast::Parameters) -> u32 {
        let u = self.u();
        u.unit.posonlyargcount = p.posonlyargs.len() as u32;
        u.unit.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.unit.kwonlyargcount = p.kwonlyargs.len() as u32;
        let mut flags = code_flags::OPTIMIZED | code_flags::NEWLOCALS;
        if p.vararg.is_some() {
            flags |= code_flags::VARARGS;
        }
        if p.kwarg.is_some() {
            flags |= code_flags::VARKEYWORDS;
        }
        flags
    }

    /// Closes the current function unit and emits the code that makes the function object.
    pub(crate) fn finish_function(&mut self, code_flags_: u32, mut flags: u32) -> CResult {
        let nested = self.stack.len() > 2;
        let index = self.finish_unit(code_flags_ | if nested { code_flags::NESTED } else { 0 });
        let freevars = self.units[index].freevars.clone();
        if !freevars.is_empty() {
            for name in &freevars {
                let i = self.closure_index(name);
                self.emit(Op::LoadClosure, i);
            }
            self.emit(Op::BuildTuple, freevars.len() as u32);
            flags |= make_fn::CLOSURE;
        }
        self.load_const(Const::Code(index as u32));
        self.emit(Op::MakeFunction, flags);
        Ok(())
    }

    /// Index of the cell holding `name` in the current unit, for building a closure.
    fn closure_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(p) = u.unit.cellvars.iter().position(|v| v == name) {
            return p as u32;
        }
        let p = u
            .unit
            .freevars
            .iter()
            .position(|v| v == name)
            .unwrap_or_else(|| {
                u.unit.freevars.push(name.to_string());
                u.unit.freevars.len() - 1
            });
        (u.unit.cellvars.len() + p) as u32
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        self.decorators(&c.decorator_list)?;
        let first_line = self.lines.line(c.range.start().to_u32());
        let scope = self.table.scope_of(c.range, tag_class());
        let qualname = self.qualname_for(c.name.as_str());
        self.emit(Op::LoadBuildClass, 0);
        self.enter_unit(scope, c.name.as_str(), &qualname, first_line);
        self.name_op("__name__", NameCtx::Load);
        self.name_op("__module__", NameCtx::Store);
        self.load_const(Const::Str(qualname.clone()));
        self.name_op("__qualname__", NameCtx::Store);
        let body: &'a [Stmt] = &c.body;
        if let Some(doc) = docstring(body) {
            self.load_const(Const::Str(doc));
            self.name_op("__doc__", NameCtx::Store);
        }
        if body.iter().any(|s| matches!(s, Stmt::AnnAssign(_))) {
            self.emit(Op::SetupAnnotations, 0);
        }
        self.stmts(body)?;
        if self.scope().needs_class_cell {
            let i = self.closure_index("__class__");
            self.emit(Op::LoadClosure, i);
            self.emit(Op::Copy, 1);
            let n = self.name_index("__classcell__");
            self.emit(Op::StoreName, n);
        } else {
            self.load_const(Const::None);
        }
        self.emit(Op::ReturnValue, 0);
        self.finish_function(0, 0)?;
        self.load_const(Const::Str(c.name.as_str().to_string()));
        let (args, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_with_args(2, args, keywords)?;
        self.apply_decorators(&c.decorator_list);
        self.name_op(c.name.as_str(), NameCtx::Store);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = binop(a.op);
        match &*a.target {
            // The target's loads and stores are attributed to the target, the operation to
            // the whole statement (CPython's positions).
            Expr::Name(n) => {
                self.set_line(n.range);
                self.name_op(n.id.as_str(), NameCtx::Load);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Op::InplaceOp, op as u32);
                self.set_line(n.range);
                self.name_op(n.id.as_str(), NameCtx::Store);
            }
            Expr::Attribute(at) => {
                let target = self.attr_loc(at);
                self.expr(&at.value)?;
                self.set_line(target);
                self.emit(Op::Copy, 1);
                let ni = self.name_index(&self.mangle(at.attr.as_str()));
                self.emit(Op::LoadAttr, ni);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Op::InplaceOp, op as u32);
                self.set_line(target);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreAttr, ni);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(s.range);
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Op::InplaceOp, op as u32);
                self.set_line(s.range);
                // [obj, key, result] -> result, obj, key for StoreSubscr
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
            }
            other => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    other.range(),
                ));
            }
        }
        Ok(())
    }

    /// Stores the value on top of the stack into a target; the store is attributed to the
    /// target's range, as in CPython.
    pub(crate) fn store_target(&mut self, t: &'a Expr) -> CResult {
        let outer = self.loc();
        self.set_line(t.range());
        let r = self.store_target_node(t);
        self.set_line(outer);
        r
    }

    fn store_target_node(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), NameCtx::Store),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_index(&self.mangle(a.attr.as_str()));
                self.set_line(self.attr_loc(a));
                self.emit(Op::StoreAttr, ni);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr, 0);
            }
            Expr::Tuple(t) => self.unpack_into(&t.elts, t.range)?,
            Expr::List(l) => self.unpack_into(&l.elts, l.range)?,
            Expr::Starred(s) => {
                return Err(self.error(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                ));
            }
            other => {
                return Err(self.error(
                    format!("cannot assign to {}", describe_expr(other)),
                    other.range(),
                ));
            }
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &'a [Expr], range: ruff_text_size::TextRange) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts
            .iter()
            .filter(|e| matches!(e, Expr::Starred(_)))
            .count()
            > 1
        {
            return Err(self.error("multiple starred expressions in assignment", range));
        }
        match star {
            None => self.emit(Op::UnpackSequence, elts.len() as u32),
            Some(i) => {
                let after = elts.len() - i - 1;
                self.emit(Op::UnpackEx, (i as u32) | ((after as u32) << 8));
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        let outer = self.loc();
        self.set_line(t.range());
        let r = self.delete_target_node(t);
        self.set_line(outer);
        r
    }

    fn delete_target_node(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), NameCtx::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_index(&self.mangle(a.attr.as_str()));
                self.set_line(self.attr_loc(a));
                self.emit(Op::DeleteAttr, ni);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr, 0);
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                return Err(self.error(
                    format!("cannot delete {}", describe_expr(other)),
                    other.range(),
                ));
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.cond_jump(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Op::Jump, end);
            self.bind(next);
            next = self.new_label();
            if let Some(t) = &clause.test {
                self.set_line(t.range());
                self.cond_jump(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let top = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.cond_jump(&w.test, false, orelse)?;
        let handlers = self.handler_count();
        self.u().blocks.push(Block::Loop {
            cont: top,
            brk: end,
            is_for: false,
            handlers,
        });
        self.stmts(&w.body)?;
        self.u().blocks.pop();
        self.emit_jump(Op::Jump, top);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        if f.is_async {
            if !self.scope().is_async {
                return Err(self.error("'async for' outside async function", f.range));
            }
            return self.async_for_stmt(f);
        }
        self.iterable(&f.iter)?;
        self.emit(Op::GetIter, 0);
        let top = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.emit_jump(Op::ForIter, orelse);
        self.store_target(&f.target)?;
        let handlers = self.handler_count();
        self.u().blocks.push(Block::Loop {
            cont: top,
            brk: end,
            is_for: true,
            handlers,
        });
        self.stmts(&f.body)?;
        self.u().blocks.pop();
        self.set_line(f.range);
        self.emit_jump(Op::Jump, top);
        self.bind(orelse);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// Awaits the awaitable on top of the stack, leaving its result.
    pub(super) fn await_top(&mut self) {
        self.name_op("__pyseal_await__", NameCtx::Load);
        self.emit(Op::Swap, 2);
        self.emit(Op::CallFunction, 1);
        self.emit(Op::GetYieldFromIter, 0);
        self.load_const(Const::None);
        self.yield_from_loop();
    }

    /// `async for`: `__pyseal_anext__(aiter)` awaits the next item and gives `(done, item)`.
    fn async_for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        self.name_op("__pyseal_aiter__", NameCtx::Load);
        self.expr(&f.iter)?;
        self.emit(Op::CallFunction, 1);
        // [aiter]
        let top = self.new_label();
        let stop = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.async_for_next(stop);
        self.store_target(&f.target)?;
        let handlers = self.handler_count();
        self.u().blocks.push(Block::Loop {
            cont: top,
            brk: end,
            is_for: true,
            handlers,
        });
        self.stmts(&f.body)?;
        self.u().blocks.pop();
        self.set_line(f.range);
        self.emit_jump(Op::Jump, top);
        self.bind(stop);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// The head of an `async for` loop with `[aiter]` on the stack: awaits the next item and
    /// leaves `[aiter, item]`, or pops the iterator and jumps to `exhausted` (as `ForIter`).
    pub(super) fn async_for_next(&mut self, exhausted: crate::compile::Label) {
        let more = self.new_label();
        self.emit(Op::Copy, 1);
        self.name_op("__pyseal_anext__", NameCtx::Load);
        self.emit(Op::Swap, 2);
        self.emit(Op::CallFunction, 1);
        self.emit(Op::GetYieldFromIter, 0);
        self.load_const(Const::None);
        self.yield_from_loop();
        // [aiter, (done, item)]
        self.emit(Op::UnpackSequence, 2);
        // [aiter, item, done]
        self.emit_jump(Op::PopJumpIfFalse, more);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopTop, 0);
        self.emit_jump(Op::Jump, exhausted);
        self.bind(more);
    }

    fn break_continue(&mut self, is_break: bool, range: ruff_text_size::TextRange) -> CResult {
        // CPython's wording differs between the two.
        let word = if is_break {
            "'break' outside loop"
        } else {
            "'continue' not properly in loop"
        };
        let Some(pos) = self
            .u()
            .blocks
            .iter()
            .rposition(|b| matches!(b, Block::Loop { .. }))
        else {
            // Unwinding out of an except* block is refused before a missing loop is.
            let star = self
                .u()
                .blocks
                .iter()
                .any(|b| matches!(b, Block::ExceptStarBody));
            let msg = if star {
                "'break', 'continue' and 'return' cannot appear in an except* block"
            } else {
                word
            };
            return Err(self.error(msg.to_string(), range));
        };
        let saved_depth = self.u().depth;
        let saved_handlers = self.u().handler_stack.clone();
        for idx in (pos + 1..self.u().blocks.len()).rev() {
            self.unwind_block(idx, false, range)?;
        }
        let Block::Loop {
            cont,
            brk,
            is_for,
            handlers,
        } = self.u().blocks[pos]
        else {
            return Err(self.error(word.to_string(), range));
        };
        self.u().handler_stack.truncate(handlers);
        if is_break {
            if is_for {
                self.emit(Op::PopTop, 0);
            }
            self.emit_jump(Op::Jump, brk);
        } else {
            self.emit_jump(Op::Jump, cont);
        }
        self.u().handler_stack = saved_handlers;
        self.u().depth = saved_depth;
        Ok(())
    }

    /// Before `return`, leave every enclosing block with the return value on top.
    fn unwind_for_return(&mut self, range: ruff_text_size::TextRange) -> CResult {
        let saved_handlers = self.u().handler_stack.clone();
        for idx in (0..self.u().blocks.len()).rev() {
            if let Block::Loop { is_for: true, .. } = self.u().blocks[idx] {
                self.emit(Op::Swap, 2);
                self.emit(Op::PopTop, 0);
                continue;
            }
            self.unwind_block(idx, true, range)?;
        }
        self.u().handler_stack = saved_handlers;
        Ok(())
    }

    /// Emits the code that leaves block `b` early. With `keep_top`, a value (the return
    /// value) sits on top of the block's own stack entries and must survive. `range` is the
    /// statement that leaves, for the error when it may not.
    fn unwind_block(
        &mut self,
        idx: usize,
        keep_top: bool,
        range: ruff_text_size::TextRange,
    ) -> CResult {
        let b = self.u().blocks[idx].clone();
        let pop_under = |c: &mut Self, op: Op| {
            if keep_top {
                c.emit(Op::Swap, 2);
            }
            c.emit(op, 0);
        };
        match &b {
            Block::Loop { .. } => {}
            Block::PopValue => pop_under(self, Op::PopTop),
            Block::TryFinally { body, handlers } => {
                let saved = self.u().handler_stack.clone();
                self.u().handler_stack.truncate(*handlers);
                // The finally body runs outside this block and every block inside it.
                let tail: Vec<Block<'a>> = self.u().blocks.drain(idx..).collect();
                if keep_top {
                    self.u().blocks.push(Block::PopValue);
                }
                self.stmts(body)?;
                if keep_top {
                    self.u().blocks.pop();
                }
                self.u().blocks.extend(tail);
                self.u().handler_stack = saved;
            }
            Block::FinallyExc { handlers } | Block::HandlerEntry { handlers } => {
                self.u().handler_stack.truncate(*handlers);
                pop_under(self, Op::PopTop);
                pop_under(self, Op::PopExcept);
            }
            Block::ExceptBody { name, handlers } => {
                self.u().handler_stack.truncate(*handlers);
                pop_under(self, Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.name_op(n, NameCtx::Store);
                    self.name_op(n, NameCtx::Del);
                }
            }
            Block::ExceptStarBody => {
                return Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    range,
                ));
            }
            Block::With {
                handlers,
                is_async,
                stmt,
            } => {
                let is_async = *is_async;
                self.u().handler_stack.truncate(*handlers);
                if keep_top {
                    self.emit(Op::Swap, 2);
                }
                let leaving = self.loc();
                self.set_line(*stmt);
                self.load_const(Const::None);
                self.load_const(Const::None);
                self.load_const(Const::None);
                self.emit(Op::CallFunction, 3);
                if is_async {
                    self.await_top();
                }
                self.emit(Op::PopTop, 0);
                self.set_line(leaving);
            }
        }
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        let handlers = self.handler_count();
        self.push_handler(handler, 0);
        self.stmts(&t.body)?;
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.emit_jump(Op::Jump, end);
        self.except_handlers(handler, &t.handlers, handlers)?;
        self.bind(end);
        Ok(())
    }

    /// The handler code for a list of except clauses; the exception arrives on the stack.
    fn except_handlers(
        &mut self,
        handler: crate::compile::Label,
        clauses: &'a [ast::ExceptHandler],
        handlers: usize,
    ) -> CResult {
        let end = self.new_label();
        let cleanup = self.new_label();
        self.bind(handler);
        self.emit(Op::PushExcInfo, 0);
        // [prev, exc]
        self.push_handler(cleanup, -1);
        self.u().blocks.push(Block::HandlerEntry { handlers });
        for (i, h) in clauses.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    // [prev, exc, type] -> [prev, exc, matched]
                    self.expr(ty)?;
                    self.emit(Op::CheckExcMatch, 0);
                    self.emit_jump(Op::PopJumpIfFalse, next);
                }
                None => {
                    if i + 1 != clauses.len() {
                        return Err(self.error("default 'except:' must be last", h.range));
                    }
                }
            }
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(n) => self.name_op(n, NameCtx::Store),
                None => self.emit(Op::PopTop, 0),
            }
            // [prev]
            self.u().blocks.pop();
            let body_cleanup = self.new_label();
            self.push_handler(body_cleanup, 0);
            self.u().blocks.push(Block::ExceptBody {
                name: name.clone(),
                handlers: handlers + 1,
            });
            self.stmts(&h.body)?;
            self.u().blocks.pop();
            self.pop_handler();
            self.emit(Op::PopExcept, 0);
            if let Some(n) = &name {
                self.load_const(Const::None);
                self.name_op(n, NameCtx::Store);
                self.name_op(n, NameCtx::Del);
            }
            self.emit_jump(Op::Jump, end);
            // An exception inside the body: unbind the name, then let the outer cleanup run.
            self.bind(body_cleanup);
            if let Some(n) = &name {
                self.load_const(Const::None);
                self.name_op(n, NameCtx::Store);
                self.name_op(n, NameCtx::Del);
            }
            self.emit(Op::Reraise, 0);
            self.u().blocks.push(Block::HandlerEntry { handlers });
            self.bind(next);
        }
        self.u().blocks.pop();
        // No clause matched: re-raise with the previous exception state restored.
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        // [prev, exc2]
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    fn try_star(&mut self, t: &'a ast::StmtTry) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        self.push_handler(handler, 0);
        self.stmts(&t.body)?;
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.emit_jump(Op::Jump, end);
        self.except_star_handlers(handler, &t.handlers)?;
        self.bind(end);
        Ok(())
    }

    /// The handler code for `except*` clauses; the exception arrives on the stack. Each
    /// clause handles the part of the still-unhandled exceptions that matches its type; what
    /// the clauses raise, with the part none handled, is collected in a list and turned into
    /// the exception the statement raises (if any) by `PrepReraiseStar`.
    fn except_star_handlers(
        &mut self,
        handler: crate::compile::Label,
        clauses: &'a [ast::ExceptHandler],
    ) -> CResult {
        let end = self.new_label();
        let cleanup = self.new_label();
        self.bind(handler);
        self.emit(Op::PushExcInfo, 0);
        // [prev, exc]
        self.push_handler(cleanup, -1);
        self.emit(Op::Copy, 1);
        self.emit(Op::BuildList, 0);
        self.emit(Op::Swap, 2);
        // [prev, orig, raised, exc]
        for h in clauses {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let no_match = self.new_label();
            let next = self.new_label();
            // The parser requires a type after `except*`.
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            self.expr(ty)?;
            self.emit(Op::CheckEgMatch, 0);
            // [prev, orig, raised, rest, match] or [prev, orig, raised, exc, None]
            self.emit(Op::Copy, 1);
            self.emit_jump(Op::PopJumpIfNone, no_match);
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(n) => self.name_op(n, NameCtx::Store),
                None => self.emit(Op::PopTop, 0),
            }
            // [prev, orig, raised, rest]
            let body_cleanup = self.new_label();
            self.push_handler(body_cleanup, 0);
            self.u().blocks.push(Block::ExceptStarBody);
            self.stmts(&h.body)?;
            self.u().blocks.pop();
            self.pop_handler();
            if let Some(n) = &name {
                self.load_const(Const::None);
                self.name_op(n, NameCtx::Store);
                self.name_op(n, NameCtx::Del);
            }
            self.emit_jump(Op::Jump, next);
            // The body raised: unbind the name and collect what it raised.
            self.bind(body_cleanup);
            // [prev, orig, raised, rest, exc2]
            if let Some(n) = &name {
                self.load_const(Const::None);
                self.name_op(n, NameCtx::Store);
                self.name_op(n, NameCtx::Del);
            }
            self.emit(Op::ListAppend, 2);
            self.emit_jump(Op::Jump, next);
            self.bind(no_match);
            // [prev, orig, raised, exc, None]
            self.emit(Op::PopTop, 0);
            self.bind(next);
            // [prev, orig, raised, rest]
        }
        if let Some(ast::ExceptHandler::ExceptHandler(last)) = clauses.last() {
            self.set_line(last.range);
        }
        // The part no clause handled is re-raised with the rest.
        self.emit(Op::ListAppend, 1);
        self.emit(Op::PrepReraiseStar, 0);
        // [prev, result]
        let handled = self.new_label();
        self.emit(Op::Copy, 1);
        self.emit_jump(Op::PopJumpIfNone, handled);
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.bind(handled);
        // [prev, None]
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        // [prev, exc2]
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let fin_handler = self.new_label();
        let end = self.new_label();
        let handlers = self.handler_count();
        self.push_handler(fin_handler, 0);
        self.u().blocks.push(Block::TryFinally {
            body: &t.finalbody,
            handlers,
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            let exc_handler = self.new_label();
            let inner_end = self.new_label();
            let inner = self.handler_count();
            self.push_handler(exc_handler, 0);
            self.stmts(&t.body)?;
            self.pop_handler();
            self.stmts(&t.orelse)?;
            self.emit_jump(Op::Jump, inner_end);
            if t.is_star {
                self.except_star_handlers(exc_handler, &t.handlers)?;
            } else {
                self.except_handlers(exc_handler, &t.handlers, inner)?;
            }
            self.bind(inner_end);
        }
        self.u().blocks.pop();
        self.pop_handler();
        // Normal exit: run the finally body.
        self.stmts(&t.finalbody)?;
        self.emit_jump(Op::Jump, end);
        // Exceptional exit: [exc] -> run the body with the exception active, re-raise.
        self.bind(fin_handler);
        let cleanup = self.new_label();
        self.emit(Op::PushExcInfo, 0);
        self.push_handler(cleanup, -1);
        self.u().blocks.push(Block::FinallyExc { handlers });
        self.stmts(&t.finalbody)?;
        self.u().blocks.pop();
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    /// `with` (and `async with`, whose `__aenter__`/`__aexit__` results are awaited).
    fn with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        is_async: bool,
        stmt_range: ruff_text_size::TextRange,
    ) -> CResult {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        if is_async {
            // __pyseal_async_with__(mgr) gives (bound __aexit__, awaitable of __aenter__()).
            self.name_op("__pyseal_async_with__", NameCtx::Load);
            self.expr(&first.context_expr)?;
            self.emit(Op::CallFunction, 1);
            self.emit(Op::UnpackSequence, 2);
            // [awaitable, aexit] -> [aexit, awaitable]
            self.emit(Op::Swap, 2);
            self.await_top();
        } else {
            self.expr(&first.context_expr)?;
            self.emit(Op::BeforeWith, 0);
        }
        // [exit, value]
        let handler = self.new_label();
        let end = self.new_label();
        let handlers = self.handler_count();
        self.push_handler(handler, -1);
        self.u().blocks.push(Block::With {
            handlers,
            is_async,
            stmt: stmt_range,
        });
        match &first.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Op::PopTop, 0),
        }
        self.with_items(rest, body, is_async, stmt_range)?;
        self.u().blocks.pop();
        self.pop_handler();
        // Both calls of `__exit__` belong to the `with` statement as a whole (as in CPython,
        // a traceback through them shows the `with` line, not the body's last line).
        self.set_line(stmt_range);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Op::CallFunction, 3);
        if is_async {
            self.await_top();
        }
        self.emit(Op::PopTop, 0);
        self.emit_jump(Op::Jump, end);
        // [exit, exc]
        self.bind(handler);
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.emit(Op::PushExcInfo, 0);
        // [exit, prev, exc]
        self.push_handler(cleanup, -1);
        self.emit(Op::WithExceptStart, 0);
        if is_async {
            // [aexit, prev, exc, awaitable]
            self.await_top();
        }
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.bind(suppress);
        // [exit, prev, exc]
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        // [exit, prev, exc2]
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }
}

pub(crate) fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub(crate) fn describe_expr(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        _ => "expression",
    }
}

/// `text` with each simple double-quoted string literal (no quotes or backslashes inside)
/// written with single quotes, as repr() writes it.
fn single_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('"') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('"') {
            Some(close) if !after[..close].contains(['\'', '\\']) => {
                out.push('\'');
                out.push_str(&after[..close]);
                out.push('\'');
                rest = &after[close + 1..];
            }
            _ => {
                out.push('"');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The targets and values of an assignment like `a, b = x, y` or `[a, b, c] = x, y, z`: as many
/// values as targets (one to three), none of them starred. Reversing up to three stack items
/// is one swap, so these need no tuple.
fn parallel_assignment<'a>(target: &'a Expr, value: &'a Expr) -> Option<(&'a [Expr], &'a [Expr])> {
    let targets: &[Expr] = match target {
        Expr::Tuple(t) => &t.elts,
        Expr::List(l) => &l.elts,
        _ => return None,
    };
    let Expr::Tuple(v) = value else {
        return None;
    };
    let plain = |e: &Expr| !matches!(e, Expr::Starred(_));
    (targets.len() == v.elts.len()
        && (1..=3).contains(&targets.len())
        && targets.iter().all(plain)
        && v.elts.iter().all(plain))
    .then_some((targets, &v.elts[..]))
}
