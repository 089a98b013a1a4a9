//! Scope analysis: which names are fast locals, cells, free variables, globals or
//! dictionary names, for every scope of a module, before any code is generated.

use std::collections::{HashMap, HashSet};

use ruff_python_ast as ast;
use ruff_python_ast::{Expr, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// How a name is reached from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// A fast local slot.
    Fast,
    /// A local that inner scopes capture: lives in a cell.
    Cell,
    /// Captured from an enclosing function.
    Free,
    /// `global` declared, or implicit global from a function.
    Global,
    /// Looked up in the scope's dictionary (module and class bodies).
    Name,
}

#[derive(Debug, Default, Clone)]
struct Flags {
    assigned: bool,
    param: bool,
    used: bool,
    global: bool,
    nonlocal: bool,
    /// A simple annotated name (`x: int`).
    annotated: bool,
    /// An iteration variable of this comprehension.
    comp_iter: bool,
    /// Bound by a `:=` in this comprehension (which binds in the enclosing scope).
    walrus: bool,
    /// Where the `nonlocal` statement naming it is.
    nonlocal_at: TextRange,
    /// Where the `global` statement naming it is.
    global_at: TextRange,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Parameter names in order, then other locals in order of first assignment.
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    /// An `async def` body or an asynchronous comprehension: a coroutine (compiled as a
    /// generator that awaits by delegation), or an asynchronous generator.
    pub is_async: bool,
    /// An asynchronous generator: an `async def` with `yield`, or an asynchronous
    /// generator expression.
    pub is_async_gen: bool,
    /// The class body needs a `__class__` cell (a method uses `super()` or `__class__`).
    pub needs_class_cell: bool,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    order: Vec<String>,
    flags: HashMap<String, Flags>,
    access: HashMap<String, Access>,
    /// Inside the iterable of a comprehension (where `:=` is not allowed).
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_async: false,
            is_async_gen: false,
            needs_class_cell: false,
            children: Vec::new(),
            parent,
            order: Vec::new(),
            flags: HashMap::new(),
            access: HashMap::new(),
            comp_iter_expr: 0,
        }
    }

    fn flag(&mut self, name: &str) -> &mut Flags {
        if !self.flags.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.flags.entry(name.to_string()).or_default()
    }

    /// How `name` is reached from code in this scope.
    pub fn access(&self, name: &str) -> Access {
        if let Some(a) = self.access.get(name) {
            return *a;
        }
        match self.kind {
            ScopeKind::Module | ScopeKind::Class => Access::Name,
            _ => Access::Global,
        }
    }

    fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Comprehension)
    }
}

/// The message of a `try` with `else` and no `except`; its range spans the `else` keyword.
pub const ELSE_WITHOUT_EXCEPT: &str = "expected 'except' or 'finally' block";

/// A syntax error found during scope analysis.
#[derive(Debug)]
pub struct ScopeError {
    pub msg: String,
    pub range: TextRange,
}

/// All scopes of a module; scope 0 is the module.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32, u8), usize>,
}

impl SymbolTable {
    pub fn build(module: &ast::ModModule) -> Result<SymbolTable, ScopeError> {
        check_future(&module.body)?;
        let mut b = Builder {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
            cur: 0,
            by_node: HashMap::new(),
        };
        for s in &module.body {
            b.stmt(s)?;
        }
        let mut table = SymbolTable {
            scopes: b.scopes,
            by_node: b.by_node,
        };
        table.analyze(0, &HashSet::new())?;
        Ok(table)
    }

    /// The scope created by the node at `range` (function, lambda, class, comprehension).
    pub fn scope_of(&self, range: TextRange, tag: u8) -> usize {
        self.by_node[&(range.start().to_u32(), range.end().to_u32(), tag)]
    }

    /// Resolves names bottom-up; returns the free names the scope needs from outside.
    fn analyze(
        &mut self,
        id: usize,
        visible: &HashSet<String>,
    ) -> Result<HashSet<String>, ScopeError> {
        let kind = self.scopes[id].kind;
        // Names this scope binds that inner functions may capture.
        let mut inner_visible = visible.clone();
        if self.scopes[id].is_function_like() {
            for (name, f) in &self.scopes[id].flags {
                if (f.assigned || f.param) && !f.global && !f.nonlocal {
                    inner_visible.insert(name.clone());
                }
            }
        } else if kind == ScopeKind::Class {
            inner_visible.insert("__class__".to_string());
        } else {
            inner_visible.clear();
        }
        let mut free: HashSet<String> = HashSet::new();
        let mut access: HashMap<String, Access> = HashMap::new();
        let order = self.scopes[id].order.clone();
        for name in &order {
            let f = self.scopes[id].flags[name].clone();
            let a = if f.global {
                Access::Global
            } else if f.nonlocal {
                if !visible.contains(name) {
                    return Err(ScopeError {
                        msg: format!("no binding for nonlocal '{name}' found"),
                        range: f.nonlocal_at,
                    });
                }
                free.insert(name.clone());
                Access::Free
            } else if f.assigned || f.param {
                match kind {
                    ScopeKind::Module | ScopeKind::Class => Access::Name,
                    _ => Access::Fast,
                }
            } else if visible.contains(name) && kind != ScopeKind::Module {
                free.insert(name.clone());
                Access::Free
            } else {
                match kind {
                    ScopeKind::Module | ScopeKind::Class => Access::Name,
                    _ => Access::Global,
                }
            };
            access.insert(name.clone(), a);
        }
        let children = self.scopes[id].children.clone();
        let mut cells: Vec<String> = Vec::new();
        for child in children {
            let child_free = self.analyze(child, &inner_visible)?;
            let mut names: Vec<_> = child_free.into_iter().collect();
            names.sort();
            for name in names {
                if kind == ScopeKind::Class && name == "__class__" {
                    self.scopes[id].needs_class_cell = true;
                    continue;
                }
                match access.get(&name).copied() {
                    Some(Access::Fast) | Some(Access::Cell)
                        if self.scopes[id].is_function_like() =>
                    {
                        access.insert(name.clone(), Access::Cell);
                        if !cells.contains(&name) {
                            cells.push(name);
                        }
                    }
                    Some(Access::Free) => {}
                    _ => {
                        // Passes through this scope (a class body, or a function that only
                        // relays it to an inner function).
                        free.insert(name.clone());
                        if kind != ScopeKind::Class {
                            access.insert(name, Access::Free);
                        }
                    }
                }
            }
        }
        let scope = &mut self.scopes[id];
        let mut varnames: Vec<String> = scope.varnames.clone();
        for name in &order {
            if matches!(access.get(name), Some(Access::Fast) | Some(Access::Cell))
                && scope.is_function_like()
                && !varnames.contains(name)
            {
                varnames.push(name.clone());
            }
        }
        // Cells that are not parameters are not fast locals.
        varnames.retain(|n| {
            access.get(n) != Some(&Access::Cell) || scope.flags.get(n).is_some_and(|f| f.param)
        });
        let mut freevars: Vec<String> = free.iter().cloned().collect();
        freevars.sort();
        scope.varnames = varnames;
        scope.cellvars = cells;
        scope.freevars = freevars;
        scope.access = access;
        Ok(free)
    }
}

const TAG_FUNC: u8 = 0;
const TAG_LAMBDA: u8 = 1;
const TAG_CLASS: u8 = 2;
const TAG_COMP: u8 = 3;

pub fn tag_function() -> u8 {
    TAG_FUNC
}
pub fn tag_lambda() -> u8 {
    TAG_LAMBDA
}
pub fn tag_class() -> u8 {
    TAG_CLASS
}
pub fn tag_comprehension() -> u8 {
    TAG_COMP
}

struct Builder {
    scopes: Vec<Scope>,
    cur: usize,
    by_node: HashMap<(u32, u32, u8), usize>,
}

impl Builder {
    fn enter(&mut self, kind: ScopeKind, name: &str, range: TextRange, tag: u8) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(self.cur)));
        self.scopes[self.cur].children.push(id);
        self.by_node
            .insert((range.start().to_u32(), range.end().to_u32(), tag), id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn assign(&mut self, name: &str) {
        self.scopes[self.cur].flag(name).assigned = true;
    }

    fn use_name(&mut self, name: &str) {
        self.scopes[self.cur].flag(name).used = true;
    }

    fn param(&mut self, name: &str) {
        let s = &mut self.scopes[self.cur];
        s.flag(name).param = true;
        s.varnames.push(name.to_string());
    }

    fn err(msg: impl Into<String>, range: TextRange) -> ScopeError {
        ScopeError {
            msg: msg.into(),
            range,
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), ScopeError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.defaults(&f.parameters)?;
                self.annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                if f.name.as_str() == "__debug__" {
                    return Err(Self::err("cannot assign to __debug__", f.range));
                }
                self.assign(f.name.as_str());
                let prev = self.enter(ScopeKind::Function, f.name.as_str(), f.range, TAG_FUNC);
                if f.is_async {
                    self.scopes[self.cur].is_async = true;
                    self.scopes[self.cur].is_generator = true;
                }
                self.params(&f.parameters)?;
                self.stmts(&f.body)?;
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for (i, k) in args.keywords.iter().enumerate() {
                        self.expr(&k.value)?;
                        if let Some(name) = &k.arg {
                            let earlier = &args.keywords[..i];
                            if earlier.iter().any(|e| {
                                e.arg.as_ref().is_some_and(|a| a.as_str() == name.as_str())
                            }) {
                                return Err(Self::err(
                                    format!("keyword argument repeated: {}", name.as_str()),
                                    k.range,
                                ));
                            }
                        }
                    }
                }
                if c.name.as_str() == "__debug__" {
                    return Err(Self::err("cannot assign to __debug__", c.range));
                }
                self.assign(c.name.as_str());
                let prev = self.enter(ScopeKind::Class, c.name.as_str(), c.range, TAG_CLASS);
                self.stmts(&c.body)?;
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::TypeAlias(t) => return Err(Self::err("type aliases are not supported", t.range)),
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                self.target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if let (Expr::Name(n), true) = (&*a.target, a.simple) {
                    // A module's own globals may be annotated after `global`.
                    let module = self.scopes[self.cur].kind == ScopeKind::Module;
                    let f = self.scopes[self.cur].flag(n.id.as_str());
                    if (f.global && !module) || f.nonlocal {
                        let what = if f.global { "global" } else { "nonlocal" };
                        return Err(Self::err(
                            format!("annotated name '{}' can't be {what}", n.id.as_str()),
                            a.range,
                        ));
                    }
                    f.annotated = true;
                }
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if let Expr::Name(n) = &*a.target {
                    // A bare annotation makes the name local without binding it.
                    if self.scopes[self.cur].is_function_like() {
                        self.assign(n.id.as_str());
                    }
                } else {
                    self.target_exprs(&a.target)?;
                }
                if self.scopes[self.cur].kind != ScopeKind::Function {
                    self.expr(&a.annotation)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                if t.handlers.is_empty()
                    && let (Some(last), Some(first)) = (t.body.last(), t.orelse.first())
                {
                    // ruff reads `try: ... else: ...` without a handler; CPython's grammar
                    // does not. The error names the `else` between the two.
                    return Err(Self::err(
                        ELSE_WITHOUT_EXCEPT,
                        TextRange::new(last.end(), first.start()),
                    ));
                }
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.assign(n.as_str());
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str().to_string(),
                        None => a.name.as_str().split('.').next().unwrap_or("").to_string(),
                    };
                    if bound == "__debug__" {
                        return Err(Self::err("cannot assign to __debug__", i.range));
                    }
                    self.assign(&bound);
                }
            }
            Stmt::ImportFrom(i) => {
                let future = i
                    .module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__");
                if future && i.names.iter().any(|a| a.name.as_str() == "braces") {
                    return Err(Self::err("not a chance", i.range));
                }
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(Self::err(
                                "import * only allowed at module level",
                                a.range,
                            ));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    if bound.as_str() == "__debug__" {
                        return Err(Self::err("cannot assign to __debug__", i.range));
                    }
                    self.assign(bound.as_str());
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let f = self.scopes[self.cur].flag(n.as_str());
                    let n = n.as_str();
                    let msg = if f.param {
                        format!("name '{n}' is parameter and global")
                    } else if f.used {
                        format!("name '{n}' is used prior to global declaration")
                    } else if f.annotated {
                        format!("annotated name '{n}' can't be global")
                    } else if f.assigned {
                        format!("name '{n}' is assigned to before global declaration")
                    } else if f.nonlocal {
                        // Reported at the first of the two declarations.
                        let at = f.nonlocal_at;
                        return Err(Self::err(format!("name '{n}' is nonlocal and global"), at));
                    } else {
                        f.global = true;
                        f.global_at = g.range;
                        continue;
                    };
                    return Err(Self::err(msg, g.range));
                }
            }
            Stmt::Nonlocal(nl) => {
                if self.scopes[self.cur].kind == ScopeKind::Module {
                    return Err(Self::err(
                        "nonlocal declaration not allowed at module level",
                        nl.range,
                    ));
                }
                for n in &nl.names {
                    let f = self.scopes[self.cur].flag(n.as_str());
                    let n = n.as_str();
                    let msg = if f.param {
                        format!("name '{n}' is parameter and nonlocal")
                    } else if f.used {
                        format!("name '{n}' is used prior to nonlocal declaration")
                    } else if f.annotated {
                        format!("annotated name '{n}' can't be nonlocal")
                    } else if f.assigned {
                        format!("name '{n}' is assigned to before nonlocal declaration")
                    } else if f.global {
                        let at = f.global_at;
                        return Err(Self::err(format!("name '{n}' is nonlocal and global"), at));
                    } else {
                        f.nonlocal = true;
                        f.nonlocal_at = nl.range;
                        continue;
                    };
                    return Err(Self::err(msg, nl.range));
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(c) => return Err(Self::err("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn defaults(&mut self, p: &ast::Parameters) -> Result<(), ScopeError> {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn annotations(&mut self, p: &ast::Parameters) -> Result<(), ScopeError> {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(an) = &a.parameter.annotation {
                self.expr(an)?;
            }
        }
        for a in p.vararg.iter().chain(p.kwarg.iter()) {
            if let Some(an) = &a.annotation {
                self.expr(an)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, p: &ast::Parameters) -> Result<(), ScopeError> {
        let all = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref());
        for param in all {
            let name = param.name.as_str();
            if name == "__debug__" {
                return Err(Self::err("cannot assign to __debug__", param.name.range));
            }
            if self.scopes[self.cur].varnames.iter().any(|v| v == name) {
                return Err(Self::err(
                    format!("duplicate argument '{name}' in function definition"),
                    param.name.range,
                ));
            }
            self.param(name);
        }
        Ok(())
    }

    /// An assignment target: binds names, evaluates subexpressions.
    fn target(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match t {
            Expr::Name(n) if n.id.as_str() == "__debug__" => {
                let what = if n.ctx == ast::ExprContext::Del {
                    "delete"
                } else {
                    "assign to"
                };
                return Err(Self::err(format!("cannot {what} __debug__"), n.range));
            }
            Expr::Name(n) => self.assign(n.id.as_str()),
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.target(e)?;
                }
            }
            Expr::Starred(s) => self.target(&s.value)?,
            other => self.target_exprs(other)?,
        }
        Ok(())
    }

    fn target_exprs(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match t {
            Expr::Attribute(a)
                if a.attr.as_str() == "__debug__" && a.ctx == ast::ExprContext::Store =>
            {
                Err(Self::err("cannot assign to __debug__", a.range))
            }
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)
            }
            other => self.expr(other),
        }
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), ScopeError> {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p)?;
                }
            }
            Pattern::MatchMapping(m) => {
                for k in m.keys.iter() {
                    self.expr(k)?;
                }
                for p in m.patterns.iter() {
                    self.pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.assign(r.as_str());
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                for p in c.arguments.patterns.iter() {
                    self.pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.assign(n.as_str());
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.assign(n.as_str());
                }
            }
            Pattern::MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_generator: bool,
        what: &str,
    ) -> Result<(), ScopeError> {
        // The first iterable is evaluated in the enclosing scope.
        self.iter_expr(&generators[0].iter)?;
        let prev = self.enter(ScopeKind::Comprehension, what, range, TAG_COMP);
        self.scopes[self.cur].is_generator = is_generator;
        self.scopes[self.cur].is_async = generators.iter().any(|g| g.is_async);
        self.param(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.iter_expr(&g.iter)?;
            }
            self.target(&g.target)?;
            self.mark_comp_iter(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        let me = self.cur;
        self.cur = prev;
        if self.scopes[me].is_async {
            if is_generator {
                self.scopes[me].is_async_gen = true;
            } else {
                // A list, set or dict comprehension that awaits is itself awaited: only an
                // asynchronous function (or comprehension) may hold one.
                let mut owner = prev;
                while self.scopes[owner].kind == ScopeKind::Comprehension {
                    match self.scopes[owner].parent {
                        Some(p) => owner = p,
                        None => break,
                    }
                }
                let in_async_comp = self.scopes[prev].kind == ScopeKind::Comprehension
                    && self.scopes[prev].is_async;
                let allowed = in_async_comp
                    || (self.scopes[owner].kind == ScopeKind::Function
                        && self.scopes[owner].is_async);
                if allowed && self.scopes[prev].kind == ScopeKind::Comprehension {
                    // Awaiting it makes the enclosing comprehension asynchronous too.
                    self.scopes[prev].is_async = true;
                }
                if !allowed {
                    return Err(Self::err(
                        "asynchronous comprehension outside of an asynchronous function",
                        range,
                    ));
                }
                self.scopes[me].is_generator = true;
            }
        }
        Ok(())
    }

    /// A comprehension's iterable, where `:=` may not appear.
    fn iter_expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        self.scopes[self.cur].comp_iter_expr += 1;
        let r = self.expr(e);
        self.scopes[self.cur].comp_iter_expr -= 1;
        r
    }

    /// Marks the names a comprehension's `for` binds; a later loop may not rebind a name that
    /// an earlier condition's `:=` bound.
    fn mark_comp_iter(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match t {
            Expr::Name(n) => {
                let name = n.id.as_str();
                let f = self.scopes[self.cur].flag(name);
                if f.walrus {
                    return Err(Self::err(
                        format!(
                            "comprehension inner loop cannot rebind assignment expression target '{name}'"
                        ),
                        n.range,
                    ));
                }
                f.comp_iter = true;
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.mark_comp_iter(e))?,
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.mark_comp_iter(e))?,
            Expr::Starred(s) => self.mark_comp_iter(&s.value)?,
            _ => {}
        }
        Ok(())
    }

    /// `(x := v)` inside a comprehension binds in the nearest enclosing non-comprehension scope.
    /// CPython marks the whole expression (`range`) in an iterable, else the name (`at`).
    fn walrus_target(
        &mut self,
        name: &str,
        range: TextRange,
        at: TextRange,
    ) -> Result<(), ScopeError> {
        if self.scopes[self.cur].comp_iter_expr > 0 {
            return Err(Self::err(
                "assignment expression cannot be used in a comprehension iterable expression",
                range,
            ));
        }
        if self.scopes[self.cur].kind != ScopeKind::Comprehension {
            self.assign(name);
            return Ok(());
        }
        let mut id = self.cur;
        let mut path = vec![];
        while self.scopes[id].kind == ScopeKind::Comprehension {
            if self.scopes[id].flags.get(name).is_some_and(|f| f.comp_iter) {
                return Err(Self::err(
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    ),
                    at,
                ));
            }
            path.push(id);
            id = self.scopes[id].parent.unwrap_or(0);
        }
        let owner_kind = self.scopes[id].kind;
        if owner_kind == ScopeKind::Class {
            return Err(Self::err(
                "assignment expression within a comprehension cannot be used in a class body",
                at,
            ));
        }
        self.scopes[id].flag(name).assigned = true;
        for c in path {
            let f = self.scopes[c].flag(name);
            f.walrus = true;
            if owner_kind == ScopeKind::Module {
                f.global = true;
            } else {
                f.nonlocal = true;
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                if let Expr::Name(t) = &*n.target {
                    if t.id.as_str() == "__debug__" {
                        return Err(Self::err("cannot assign to __debug__", t.range));
                    }
                    self.walrus_target(t.id.as_str(), n.range, t.range)?;
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.defaults(p)?;
                }
                let prev = self.enter(ScopeKind::Function, "<lambda>", l.range, TAG_LAMBDA);
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.expr(&l.body)?;
                self.cur = prev;
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in d.iter() {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for e in &s.elts {
                    self.expr(e)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(
                c.range,
                &c.generators,
                &[&c.elt],
                false,
                "list comprehension",
            )?,
            Expr::SetComp(c) => self.comprehension(
                c.range,
                &c.generators,
                &[&c.elt],
                false,
                "set comprehension",
            )?,
            Expr::DictComp(c) => {
                let Some(key) = c.key.as_deref() else {
                    return Err(Self::err(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    ));
                };
                self.comprehension(
                    c.range,
                    &c.generators,
                    &[key, &c.value],
                    false,
                    "dict comprehension",
                )?
            }
            Expr::Generator(g) => self.comprehension(
                g.range,
                &g.generators,
                &[&g.elt],
                true,
                "generator expression",
            )?,
            Expr::Await(a) => {
                let scope = &mut self.scopes[self.cur];
                match scope.kind {
                    ScopeKind::Function if scope.is_async => {}
                    // Makes the comprehension asynchronous; `comprehension` checks it may be.
                    ScopeKind::Comprehension => scope.is_async = true,
                    ScopeKind::Module | ScopeKind::Class => {
                        return Err(Self::err("'await' outside function", a.range));
                    }
                    _ => return Err(Self::err("'await' outside async function", a.range)),
                }
                self.expr(&a.value)?;
            }
            Expr::Yield(y) => {
                self.mark_generator(y.range, false)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(y.range, true)?;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for x in c.comparators.iter() {
                    self.expr(x)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for (i, k) in c.arguments.keywords.iter().enumerate() {
                    if k.arg.as_ref().is_some_and(|a| a.as_str() == "__debug__") {
                        return Err(Self::err("cannot assign to __debug__", c.range()));
                    }
                    if let Some(name) = &k.arg {
                        let earlier = &c.arguments.keywords[..i];
                        if earlier
                            .iter()
                            .any(|e| e.arg.as_ref().is_some_and(|a| a.as_str() == name.as_str()))
                        {
                            return Err(Self::err(
                                format!("keyword argument repeated: {}", name.as_str()),
                                k.range,
                            ));
                        }
                    }
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.fstring_element(el)?;
                }
            }
            Expr::TString(t) => {
                return Err(Self::err("template strings are not supported", t.range));
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => {
                let id = n.id.as_str();
                match n.ctx {
                    ast::ExprContext::Store => self.assign(id),
                    ast::ExprContext::Del => self.assign(id),
                    _ => {
                        self.use_name(id);
                        if id == "super" && self.scopes[self.cur].kind == ScopeKind::Function {
                            // Zero-argument super() needs the enclosing class.
                            self.use_name("__class__");
                        }
                    }
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.expr(e)?;
                }
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.expr(e)?;
                }
            }
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
            Expr::IpyEscapeCommand(c) => return Err(Self::err("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn fstring_element(&mut self, el: &ast::InterpolatedStringElement) -> Result<(), ScopeError> {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for el in spec.elements.iter() {
                    self.fstring_element(el)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, range: TextRange, from: bool) -> Result<(), ScopeError> {
        let s = &mut self.scopes[self.cur];
        if s.is_async && s.kind == ScopeKind::Function {
            if from {
                return Err(Self::err("'yield from' inside async function", range));
            }
            s.is_async_gen = true;
            return Ok(());
        }
        match s.kind {
            ScopeKind::Function => {
                s.is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => Err(Self::err(format!("'yield' inside {}", s.name), range)),
            _ => Err(Self::err("'yield' outside function", range)),
        }
    }
}

/// `from __future__` imports: only at the start of the module (after the docstring), and
/// only of features this version knows.
fn check_future(body: &[Stmt]) -> Result<(), ScopeError> {
    const KNOWN: [&str; 10] = [
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ];
    let is_future = |s: &Stmt| match s {
        Stmt::ImportFrom(i) => i
            .module
            .as_ref()
            .is_some_and(|m| m.as_str() == "__future__" && i.level == 0),
        _ => false,
    };
    let docstring = matches!(body.first(), Some(Stmt::Expr(e)) if e.value.is_string_literal_expr());
    let mut leading = true;
    for (i, s) in body.iter().enumerate() {
        if i == 0 && docstring {
            continue;
        }
        if is_future(s) && leading {
            let Stmt::ImportFrom(imp) = s else { continue };
            for a in &imp.names {
                let name = a.name.as_str();
                if name == "braces" {
                    return Err(Builder::err("not a chance", imp.range));
                }
                if !KNOWN.contains(&name) {
                    return Err(Builder::err(
                        format!("future feature {name} is not defined"),
                        imp.range,
                    ));
                }
            }
            continue;
        }
        leading = false;
        if is_future(s) {
            return Err(Builder::err(
                "from __future__ imports must occur at the beginning of the file",
                s.range(),
            ));
        }
    }
    Ok(())
}

/// Range of any node, for error reporting.
pub fn range_of<T: Ranged>(node: &T) -> TextRange {
    node.range()
}
