//! `_ast_native`: the syntax tree of Python source as the node objects `ast.py` defines.
//!
//! `parse(source, filename, mode, namespace)` reads the source with ruff (the parser the
//! compiler uses) and builds instances of the node classes found in `namespace` (the `ast`
//! module's globals), with CPython 3.11's field values and positions: 1-based lines and UTF-8
//! byte columns, decorated definitions starting at their `def`/`class`, `elif` chains as
//! nested `If`s, and f-strings as 3.11's `JoinedStr` (literal pieces merged, every piece
//! placed at the whole string). Syntax errors are the compiler's, so their wording and
//! locations are CPython's. This module never compiles or runs the code it reads.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::objects::*;
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> Rc<Module> {
    super::native_module(vm, "_ast_native", &[("parse", parse)])
}

/// CPython's tree conversion allows this many levels per Python frame of the recursion
/// limit, and counts the frames already in use.
const LEVELS_PER_FRAME: usize = 3;

fn parse(vm: &mut Vm, a: Args) -> PyResult {
    if a.pos.len() != 4 {
        return Err(vm.type_error("parse() takes exactly 4 arguments"));
    }
    let source = match &a.pos[0] {
        Value::Str(s) => crate::compile::universal_newlines(s.as_str()).into_owned(),
        _ => return Err(vm.type_error("parse() source must be a string")),
    };
    let filename = vm.to_str(&a.pos[1])?;
    let mode = vm.to_str(&a.pos[2])?;
    let Value::Dict(ns) = &a.pos[3] else {
        return Err(vm.type_error("parse() namespace must be a dict"));
    };
    let (ruff_mode, compile_mode) = match mode.as_str() {
        "exec" | "single" => (ruff_python_parser::Mode::Module, crate::compile::Mode::Exec),
        "eval" => (
            ruff_python_parser::Mode::Expression,
            crate::compile::Mode::Eval,
        ),
        _ => {
            return Err(
                vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
            );
        }
    };
    crate::vm::code::check_no_null(vm, &source)?;
    let options = ruff_python_parser::ParseOptions::from(ruff_mode)
        .with_target_version(ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse(&source, options);
    // The compiler knows every syntax error CPython's tokenizer and parser raise. Errors of its
    // later stages (symbol table, code generation: `return` outside a function, ...) are not
    // the parser's: they come without a quoted line for a `<...>` file name, and `ast.parse`
    // accepts such code.
    let (compiled, _warnings) = crate::compile::compile_collecting(&source, "<ast>", compile_mode);
    let parser_error = match compiled {
        Err(e) if parsed.is_err() || e.text.is_some() || e.kind != "SyntaxError" => Some(e),
        _ => None,
    };
    if let Some(mut e) = parser_error {
        if e.kind == "RecursionError" {
            // CPython's parser accepts the nesting the compiler refuses; the tree is built
            // (or refused) below.
        } else {
            e.filename = filename;
            return Err(vm.syntax_error(&e));
        }
    }
    let Ok(parsed) = parsed else {
        return Err(vm.new_error(&vm.types.syntax_error.clone(), "invalid syntax".to_string()));
    };
    let mut b = Builder::new(&source, ns.clone());
    b.depth = vm.depth * LEVELS_PER_FRAME;
    b.max_depth = vm.recursion_limit * LEVELS_PER_FRAME;
    // The module node is a level too.
    b.enter(vm)?;
    match parsed.into_syntax() {
        ast::Mod::Module(m) => {
            let body = b.body(vm, &m.body)?;
            if mode == "single" {
                b.make(vm, "Interactive", vec![("body", body)], None)
            } else {
                let ignores = Value::list(vec![]);
                b.make(
                    vm,
                    "Module",
                    vec![("body", body), ("type_ignores", ignores)],
                    None,
                )
            }
        }
        ast::Mod::Expression(e) => {
            let body = b.expr(vm, &e.body)?;
            b.make(vm, "Expression", vec![("body", body)], None)
        }
    }
}

/// Builds node objects for one parse.
struct Builder<'s> {
    src: &'s str,
    /// Byte offset where each line starts.
    starts: Vec<u32>,
    ns: Rc<DictObj>,
    classes: HashMap<&'static str, Rc<Class>>,
    /// CPython shares one instance of each context and operator class among all nodes.
    singletons: HashMap<&'static str, Value>,
    /// Nesting levels in use, and the most allowed (RecursionError past it).
    depth: usize,
    max_depth: usize,
}

type Fields = Vec<(&'static str, Value)>;

impl<'s> Builder<'s> {
    fn new(src: &'s str, ns: Rc<DictObj>) -> Self {
        let mut starts = vec![0];
        for (i, c) in src.bytes().enumerate() {
            if c == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        Builder {
            src,
            starts,
            ns,
            classes: HashMap::new(),
            singletons: HashMap::new(),
            depth: 0,
            max_depth: usize::MAX,
        }
    }

    /// 1-based line and byte column of an offset.
    fn line_col(&self, at: TextSize) -> (i64, i64) {
        let at = at.to_u32();
        let i = match self.starts.binary_search(&at) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        ((i + 1) as i64, (at - self.starts[i]) as i64)
    }

    fn class(&mut self, vm: &mut Vm, name: &'static str) -> PyResult<Rc<Class>> {
        if let Some(c) = self.classes.get(name) {
            return Ok(c.clone());
        }
        match self.ns.get_name(name) {
            Some(Value::Class(c)) => {
                self.classes.insert(name, c.clone());
                Ok(c)
            }
            _ => Err(vm.runtime_error(format!("ast has no node class '{name}'"))),
        }
    }

    /// A node of class `name` with `fields`, placed at `range` when given.
    fn make(
        &mut self,
        vm: &mut Vm,
        name: &'static str,
        fields: Fields,
        range: Option<TextRange>,
    ) -> PyResult {
        let cls = self.class(vm, name)?;
        let obj = vm.new_instance(&cls, &[], &[])?;
        for (k, v) in fields {
            let k = vm.intern(k);
            vm.set_attr(&obj, &k, v)?;
        }
        if let Some(r) = range {
            self.place(vm, &obj, r.start(), r.end())?;
        }
        Ok(obj)
    }

    fn place(&mut self, vm: &mut Vm, obj: &Value, start: TextSize, end: TextSize) -> PyResult<()> {
        let (line, col) = self.line_col(start);
        let (end_line, end_col) = self.line_col(end);
        for (k, v) in [
            ("lineno", line),
            ("col_offset", col),
            ("end_lineno", end_line),
            ("end_col_offset", end_col),
        ] {
            let k = vm.intern(k);
            vm.set_attr(obj, &k, Value::Int(v))?;
        }
        Ok(())
    }

    fn singleton(&mut self, vm: &mut Vm, name: &'static str) -> PyResult {
        if let Some(v) = self.singletons.get(name) {
            return Ok(v.clone());
        }
        let v = self.make(vm, name, vec![], None)?;
        self.singletons.insert(name, v.clone());
        Ok(v)
    }

    fn enter(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.max_depth || vm.stack_exhausted() {
            let c = vm.types.recursion_error.clone();
            return Err(vm.new_error(
                &c,
                "maximum recursion depth exceeded during ast construction".to_string(),
            ));
        }
        Ok(())
    }

    fn body(&mut self, vm: &mut Vm, stmts: &[ast::Stmt]) -> PyResult {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            out.push(self.stmt(vm, s)?);
        }
        Ok(Value::list(out))
    }

    fn exprs<'e>(
        &mut self,
        vm: &mut Vm,
        exprs: impl IntoIterator<Item = &'e ast::Expr>,
    ) -> PyResult {
        let mut out = Vec::new();
        for e in exprs {
            out.push(self.expr(vm, e)?);
        }
        Ok(Value::list(out))
    }

    fn opt_expr(&mut self, vm: &mut Vm, e: Option<&ast::Expr>) -> PyResult {
        match e {
            Some(e) => self.expr(vm, e),
            None => Ok(Value::None),
        }
    }

    fn ident(id: &ast::Identifier) -> Value {
        Value::str(id.id.as_str())
    }

    fn opt_ident(id: Option<&ast::Identifier>) -> Value {
        id.map_or(Value::None, Self::ident)
    }

    /// Where a definition starts for CPython: at its `def`/`async`/`class` keyword, after
    /// any decorators (each on its own line, maybe followed by comments and blank lines).
    fn after_decorators(&self, decorators: &[ast::Decorator], start: TextSize) -> TextSize {
        let Some(last) = decorators.last() else {
            return start;
        };
        let b = self.src.as_bytes();
        let mut i = last.range.end().to_usize();
        loop {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            i += 1;
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\x0c' | b'\r') {
                i += 1;
            }
            if i < b.len() && matches!(b[i], b'#' | b'\n') {
                continue;
            }
            break;
        }
        TextSize::from(i.min(b.len()) as u32)
    }

    fn stmt(&mut self, vm: &mut Vm, s: &ast::Stmt) -> PyResult {
        self.enter(vm)?;
        let r = self.stmt_inner(vm, s);
        self.depth -= 1;
        r
    }

    /// Where a block ends for CPython: after its last token, which may be the `;` after its
    /// last simple statement.
    fn block_end(&self, end: TextSize) -> TextSize {
        let b = self.src.as_bytes();
        let mut i = end.to_usize();
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\x0c') {
            i += 1;
        }
        if b.get(i) == Some(&b';') {
            TextSize::from(i as u32 + 1)
        } else {
            end
        }
    }

    fn stmt_inner(&mut self, vm: &mut Vm, s: &ast::Stmt) -> PyResult {
        use ast::Stmt as S;
        let mut range = s.range();
        if s.is_function_def_stmt()
            || s.is_class_def_stmt()
            || s.is_for_stmt()
            || s.is_while_stmt()
            || s.is_if_stmt()
            || s.is_with_stmt()
            || s.is_match_stmt()
            || s.is_try_stmt()
        {
            range = TextRange::new(range.start(), self.block_end(range.end()));
        }
        let (name, fields): (&'static str, Fields) = match s {
            S::FunctionDef(f) => {
                let decorators = self.exprs(vm, f.decorator_list.iter().map(|d| &d.expression))?;
                let fields = vec![
                    ("name", Self::ident(&f.name)),
                    ("args", self.arguments(vm, Some(&f.parameters))?),
                    ("body", self.body(vm, &f.body)?),
                    ("decorator_list", decorators),
                    ("returns", self.opt_expr(vm, f.returns.as_deref())?),
                    ("type_comment", Value::None),
                ];
                let name = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let start = self.after_decorators(&f.decorator_list, range.start());
                let node = self.make(vm, name, fields, None)?;
                self.place(vm, &node, start, range.end())?;
                return Ok(node);
            }
            S::ClassDef(c) => {
                let decorators = self.exprs(vm, c.decorator_list.iter().map(|d| &d.expression))?;
                let (bases, keywords) = match &c.arguments {
                    Some(a) => (
                        self.exprs(vm, a.args.iter())?,
                        self.keywords(vm, &a.keywords)?,
                    ),
                    None => (Value::list(vec![]), Value::list(vec![])),
                };
                let fields = vec![
                    ("name", Self::ident(&c.name)),
                    ("bases", bases),
                    ("keywords", keywords),
                    ("body", self.body(vm, &c.body)?),
                    ("decorator_list", decorators),
                ];
                let start = self.after_decorators(&c.decorator_list, range.start());
                let node = self.make(vm, "ClassDef", fields, None)?;
                self.place(vm, &node, start, range.end())?;
                return Ok(node);
            }
            S::Return(r) => (
                "Return",
                vec![("value", self.opt_expr(vm, r.value.as_deref())?)],
            ),
            S::Delete(d) => (
                "Delete",
                vec![("targets", self.exprs(vm, d.targets.iter())?)],
            ),
            S::Assign(a) => (
                "Assign",
                vec![
                    ("targets", self.exprs(vm, a.targets.iter())?),
                    ("value", self.expr(vm, &a.value)?),
                    ("type_comment", Value::None),
                ],
            ),
            S::AugAssign(a) => (
                "AugAssign",
                vec![
                    ("target", self.expr(vm, &a.target)?),
                    ("op", self.operator(vm, a.op)?),
                    ("value", self.expr(vm, &a.value)?),
                ],
            ),
            S::AnnAssign(a) => (
                "AnnAssign",
                vec![
                    ("target", self.expr(vm, &a.target)?),
                    ("annotation", self.expr(vm, &a.annotation)?),
                    ("value", self.opt_expr(vm, a.value.as_deref())?),
                    ("simple", Value::Int(a.simple as i64)),
                ],
            ),
            S::For(f) => (
                if f.is_async { "AsyncFor" } else { "For" },
                vec![
                    ("target", self.expr(vm, &f.target)?),
                    ("iter", self.expr(vm, &f.iter)?),
                    ("body", self.body(vm, &f.body)?),
                    ("orelse", self.body(vm, &f.orelse)?),
                    ("type_comment", Value::None),
                ],
            ),
            S::While(w) => (
                "While",
                vec![
                    ("test", self.expr(vm, &w.test)?),
                    ("body", self.body(vm, &w.body)?),
                    ("orelse", self.body(vm, &w.orelse)?),
                ],
            ),
            S::If(i) => {
                let test = self.expr(vm, &i.test)?;
                let body = self.body(vm, &i.body)?;
                let orelse = self.elif_chain(vm, &i.elif_else_clauses)?;
                (
                    "If",
                    vec![("test", test), ("body", body), ("orelse", orelse)],
                )
            }
            S::With(w) => {
                let mut items = Vec::with_capacity(w.items.len());
                for item in &w.items {
                    let fields = vec![
                        ("context_expr", self.expr(vm, &item.context_expr)?),
                        (
                            "optional_vars",
                            self.opt_expr(vm, item.optional_vars.as_deref())?,
                        ),
                    ];
                    items.push(self.make(vm, "withitem", fields, None)?);
                }
                (
                    if w.is_async { "AsyncWith" } else { "With" },
                    vec![
                        ("items", Value::list(items)),
                        ("body", self.body(vm, &w.body)?),
                        ("type_comment", Value::None),
                    ],
                )
            }
            S::Match(m) => {
                let subject = self.expr(vm, &m.subject)?;
                let mut cases = Vec::with_capacity(m.cases.len());
                for c in &m.cases {
                    let fields = vec![
                        ("pattern", self.pattern(vm, &c.pattern)?),
                        ("guard", self.opt_expr(vm, c.guard.as_deref())?),
                        ("body", self.body(vm, &c.body)?),
                    ];
                    cases.push(self.make(vm, "match_case", fields, None)?);
                }
                (
                    "Match",
                    vec![("subject", subject), ("cases", Value::list(cases))],
                )
            }
            S::Raise(r) => (
                "Raise",
                vec![
                    ("exc", self.opt_expr(vm, r.exc.as_deref())?),
                    ("cause", self.opt_expr(vm, r.cause.as_deref())?),
                ],
            ),
            S::Try(t) => {
                let body = self.body(vm, &t.body)?;
                let mut handlers = Vec::with_capacity(t.handlers.len());
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    let fields = vec![
                        ("type", self.opt_expr(vm, h.type_.as_deref())?),
                        ("name", Self::opt_ident(h.name.as_ref())),
                        ("body", self.body(vm, &h.body)?),
                    ];
                    let node = self.make(vm, "ExceptHandler", fields, None)?;
                    self.place(vm, &node, h.range.start(), self.block_end(h.range.end()))?;
                    handlers.push(node);
                }
                (
                    if t.is_star { "TryStar" } else { "Try" },
                    vec![
                        ("body", body),
                        ("handlers", Value::list(handlers)),
                        ("orelse", self.body(vm, &t.orelse)?),
                        ("finalbody", self.body(vm, &t.finalbody)?),
                    ],
                )
            }
            S::Assert(a) => (
                "Assert",
                vec![
                    ("test", self.expr(vm, &a.test)?),
                    ("msg", self.opt_expr(vm, a.msg.as_deref())?),
                ],
            ),
            S::Import(i) => ("Import", vec![("names", self.aliases(vm, &i.names)?)]),
            S::ImportFrom(i) => (
                "ImportFrom",
                vec![
                    ("module", Self::opt_ident(i.module.as_ref())),
                    ("names", self.aliases(vm, &i.names)?),
                    ("level", Value::Int(i.level as i64)),
                ],
            ),
            S::Global(g) => (
                "Global",
                vec![(
                    "names",
                    Value::list(g.names.iter().map(Self::ident).collect()),
                )],
            ),
            S::Nonlocal(g) => (
                "Nonlocal",
                vec![(
                    "names",
                    Value::list(g.names.iter().map(Self::ident).collect()),
                )],
            ),
            S::Expr(e) => ("Expr", vec![("value", self.expr(vm, &e.value)?)]),
            S::Pass(_) => ("Pass", vec![]),
            S::Break(_) => ("Break", vec![]),
            S::Continue(_) => ("Continue", vec![]),
            S::TypeAlias(_) | S::IpyEscapeCommand(_) => {
                let c = vm.types.syntax_error.clone();
                return Err(vm.new_error(&c, "invalid syntax".to_string()));
            }
        };
        self.make(vm, name, fields, Some(range))
    }

    /// The `orelse` of an `if`: its `else` body, or an `If` per `elif`, each placed from its
    /// `elif` keyword to the end of the whole chain.
    fn elif_chain(&mut self, vm: &mut Vm, clauses: &[ast::ElifElseClause]) -> PyResult {
        let Some((first, rest)) = clauses.split_first() else {
            return Ok(Value::list(vec![]));
        };
        match &first.test {
            None => self.body(vm, &first.body),
            Some(test) => {
                self.enter(vm)?;
                let end = clauses.last().map_or(first.range.end(), |c| c.range.end());
                let end = self.block_end(end);
                let fields = vec![
                    ("test", self.expr(vm, test)?),
                    ("body", self.body(vm, &first.body)?),
                    ("orelse", self.elif_chain(vm, rest)?),
                ];
                let node = self.make(vm, "If", fields, None)?;
                self.place(vm, &node, first.range.start(), end)?;
                self.depth -= 1;
                Ok(Value::list(vec![node]))
            }
        }
    }

    fn aliases(&mut self, vm: &mut Vm, names: &[ast::Alias]) -> PyResult {
        let mut out = Vec::with_capacity(names.len());
        for a in names {
            let fields = vec![
                ("name", Self::ident(&a.name)),
                ("asname", Self::opt_ident(a.asname.as_ref())),
            ];
            out.push(self.make(vm, "alias", fields, Some(a.range))?);
        }
        Ok(Value::list(out))
    }

    fn keywords(&mut self, vm: &mut Vm, keywords: &[ast::Keyword]) -> PyResult {
        let mut out = Vec::with_capacity(keywords.len());
        for k in keywords {
            let fields = vec![
                ("arg", Self::opt_ident(k.arg.as_ref())),
                ("value", self.expr(vm, &k.value)?),
            ];
            out.push(self.make(vm, "keyword", fields, Some(k.range))?);
        }
        Ok(Value::list(out))
    }

    /// An `arg`, placed from its name (after the `*` or `**` of a variadic one).
    fn arg(&mut self, vm: &mut Vm, p: &ast::Parameter) -> PyResult {
        let fields = vec![
            ("arg", Self::ident(&p.name)),
            ("annotation", self.opt_expr(vm, p.annotation.as_deref())?),
            ("type_comment", Value::None),
        ];
        let node = self.make(vm, "arg", fields, None)?;
        self.place(vm, &node, p.name.range.start(), p.range.end())?;
        Ok(node)
    }

    /// An `arguments` node (an empty one for a lambda without parameters).
    fn arguments(&mut self, vm: &mut Vm, params: Option<&ast::Parameters>) -> PyResult {
        let mut posonly = Vec::new();
        let mut args = Vec::new();
        let mut defaults = Vec::new();
        let mut kwonly = Vec::new();
        let mut kw_defaults = Vec::new();
        let (mut vararg, mut kwarg) = (Value::None, Value::None);
        if let Some(p) = params {
            for (list, params) in [(&mut posonly, &p.posonlyargs), (&mut args, &p.args)] {
                for pd in params.iter() {
                    list.push(self.arg(vm, &pd.parameter)?);
                    if let Some(d) = &pd.default {
                        defaults.push(self.expr(vm, d)?);
                    }
                }
            }
            if let Some(v) = &p.vararg {
                vararg = self.arg(vm, v)?;
            }
            for pd in p.kwonlyargs.iter() {
                kwonly.push(self.arg(vm, &pd.parameter)?);
                kw_defaults.push(self.opt_expr(vm, pd.default.as_deref())?);
            }
            if let Some(k) = &p.kwarg {
                kwarg = self.arg(vm, k)?;
            }
        }
        let fields = vec![
            ("posonlyargs", Value::list(posonly)),
            ("args", Value::list(args)),
            ("vararg", vararg),
            ("kwonlyargs", Value::list(kwonly)),
            ("kw_defaults", Value::list(kw_defaults)),
            ("kwarg", kwarg),
            ("defaults", Value::list(defaults)),
        ];
        self.make(vm, "arguments", fields, None)
    }

    fn operator(&mut self, vm: &mut Vm, op: ast::Operator) -> PyResult {
        use ast::Operator as O;
        let name = match op {
            O::Add => "Add",
            O::Sub => "Sub",
            O::Mult => "Mult",
            O::MatMult => "MatMult",
            O::Div => "Div",
            O::Mod => "Mod",
            O::Pow => "Pow",
            O::LShift => "LShift",
            O::RShift => "RShift",
            O::BitOr => "BitOr",
            O::BitXor => "BitXor",
            O::BitAnd => "BitAnd",
            O::FloorDiv => "FloorDiv",
        };
        self.singleton(vm, name)
    }

    fn ctx(&mut self, vm: &mut Vm, ctx: ast::ExprContext) -> PyResult {
        self.singleton(
            vm,
            match ctx {
                ast::ExprContext::Store => "Store",
                ast::ExprContext::Del => "Del",
                _ => "Load",
            },
        )
    }

    fn comprehensions(&mut self, vm: &mut Vm, gens: &[ast::Comprehension]) -> PyResult {
        let mut out = Vec::with_capacity(gens.len());
        for g in gens {
            let fields = vec![
                ("target", self.expr(vm, &g.target)?),
                ("iter", self.expr(vm, &g.iter)?),
                ("ifs", self.exprs(vm, g.ifs.iter())?),
                ("is_async", Value::Int(g.is_async as i64)),
            ];
            out.push(self.make(vm, "comprehension", fields, None)?);
        }
        Ok(Value::list(out))
    }

    fn constant(&mut self, vm: &mut Vm, value: Value, kind: Value, range: TextRange) -> PyResult {
        self.make(
            vm,
            "Constant",
            vec![("value", value), ("kind", kind)],
            Some(range),
        )
    }

    fn expr(&mut self, vm: &mut Vm, e: &ast::Expr) -> PyResult {
        self.enter(vm)?;
        let r = self.expr_inner(vm, e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, vm: &mut Vm, e: &ast::Expr) -> PyResult {
        use ast::Expr as E;
        let range = e.range();
        let (name, fields): (&'static str, Fields) = match e {
            E::BoolOp(b) => {
                let op = self.singleton(
                    vm,
                    match b.op {
                        ast::BoolOp::And => "And",
                        ast::BoolOp::Or => "Or",
                    },
                )?;
                (
                    "BoolOp",
                    vec![("op", op), ("values", self.exprs(vm, b.values.iter())?)],
                )
            }
            E::Named(n) => (
                "NamedExpr",
                vec![
                    ("target", self.expr(vm, &n.target)?),
                    ("value", self.expr(vm, &n.value)?),
                ],
            ),
            E::BinOp(b) => (
                "BinOp",
                vec![
                    ("left", self.expr(vm, &b.left)?),
                    ("op", self.operator(vm, b.op)?),
                    ("right", self.expr(vm, &b.right)?),
                ],
            ),
            E::UnaryOp(u) => {
                let op = self.singleton(
                    vm,
                    match u.op {
                        ast::UnaryOp::Invert => "Invert",
                        ast::UnaryOp::Not => "Not",
                        ast::UnaryOp::UAdd => "UAdd",
                        ast::UnaryOp::USub => "USub",
                    },
                )?;
                (
                    "UnaryOp",
                    vec![("op", op), ("operand", self.expr(vm, &u.operand)?)],
                )
            }
            E::Lambda(l) => (
                "Lambda",
                vec![
                    ("args", self.arguments(vm, l.parameters.as_deref())?),
                    ("body", self.expr(vm, &l.body)?),
                ],
            ),
            E::If(i) => (
                "IfExp",
                vec![
                    ("test", self.expr(vm, &i.test)?),
                    ("body", self.expr(vm, &i.body)?),
                    ("orelse", self.expr(vm, &i.orelse)?),
                ],
            ),
            E::Dict(d) => {
                let mut keys = Vec::with_capacity(d.items.len());
                let mut values = Vec::with_capacity(d.items.len());
                for item in &d.items {
                    keys.push(self.opt_expr(vm, item.key.as_ref())?);
                    values.push(self.expr(vm, &item.value)?);
                }
                (
                    "Dict",
                    vec![("keys", Value::list(keys)), ("values", Value::list(values))],
                )
            }
            E::Set(s) => ("Set", vec![("elts", self.exprs(vm, s.elts.iter())?)]),
            E::ListComp(c) => (
                "ListComp",
                vec![
                    ("elt", self.expr(vm, &c.elt)?),
                    ("generators", self.comprehensions(vm, &c.generators)?),
                ],
            ),
            E::SetComp(c) => (
                "SetComp",
                vec![
                    ("elt", self.expr(vm, &c.elt)?),
                    ("generators", self.comprehensions(vm, &c.generators)?),
                ],
            ),
            E::DictComp(c) => (
                "DictComp",
                vec![
                    ("key", self.opt_expr(vm, c.key.as_deref())?),
                    ("value", self.expr(vm, &c.value)?),
                    ("generators", self.comprehensions(vm, &c.generators)?),
                ],
            ),
            E::Generator(g) => (
                "GeneratorExp",
                vec![
                    ("elt", self.expr(vm, &g.elt)?),
                    ("generators", self.comprehensions(vm, &g.generators)?),
                ],
            ),
            E::Await(a) => ("Await", vec![("value", self.expr(vm, &a.value)?)]),
            E::Yield(y) => (
                "Yield",
                vec![("value", self.opt_expr(vm, y.value.as_deref())?)],
            ),
            E::YieldFrom(y) => ("YieldFrom", vec![("value", self.expr(vm, &y.value)?)]),
            E::Compare(c) => {
                let mut ops = Vec::with_capacity(c.ops.len());
                for op in c.ops.iter() {
                    use ast::CmpOp as C;
                    let name = match op {
                        C::Eq => "Eq",
                        C::NotEq => "NotEq",
                        C::Lt => "Lt",
                        C::LtE => "LtE",
                        C::Gt => "Gt",
                        C::GtE => "GtE",
                        C::Is => "Is",
                        C::IsNot => "IsNot",
                        C::In => "In",
                        C::NotIn => "NotIn",
                    };
                    ops.push(self.singleton(vm, name)?);
                }
                (
                    "Compare",
                    vec![
                        ("left", self.expr(vm, &c.left)?),
                        ("ops", Value::list(ops)),
                        ("comparators", self.exprs(vm, c.comparators.iter())?),
                    ],
                )
            }
            E::Call(c) => {
                let func = self.expr(vm, &c.func)?;
                let args = self.exprs(vm, c.arguments.args.iter())?;
                // `f(x for x in y)`: the call's parentheses are the generator's.
                if let [E::Generator(g)] = &*c.arguments.args
                    && !g.parenthesized
                    && let Value::List(l) = &args
                    && let Some(node) = l.0.borrow().first().cloned()
                {
                    let r = c.arguments.range;
                    self.place(vm, &node, r.start(), r.end())?;
                }
                (
                    "Call",
                    vec![
                        ("func", func),
                        ("args", args),
                        ("keywords", self.keywords(vm, &c.arguments.keywords)?),
                    ],
                )
            }
            E::FString(f) => return self.fstring(vm, f),
            E::StringLiteral(s) => {
                let kind = if s.value.is_unicode() {
                    Value::str("u")
                } else {
                    Value::None
                };
                return self.constant(vm, Value::str(s.value.to_str()), kind, range);
            }
            E::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                return self.constant(vm, Value::bytes(bytes), Value::None, range);
            }
            E::NumberLiteral(n) => {
                let v = number(&n.value);
                return self.constant(vm, v, Value::None, range);
            }
            E::BooleanLiteral(b) => {
                return self.constant(vm, Value::from_bool(b.value), Value::None, range);
            }
            E::NoneLiteral(_) => return self.constant(vm, Value::None, Value::None, range),
            E::EllipsisLiteral(_) => {
                return self.constant(vm, Value::Ellipsis, Value::None, range);
            }
            E::Attribute(a) => (
                "Attribute",
                vec![
                    ("value", self.expr(vm, &a.value)?),
                    ("attr", Self::ident(&a.attr)),
                    ("ctx", self.ctx(vm, a.ctx)?),
                ],
            ),
            E::Subscript(s) => (
                "Subscript",
                vec![
                    ("value", self.expr(vm, &s.value)?),
                    ("slice", self.expr(vm, &s.slice)?),
                    ("ctx", self.ctx(vm, s.ctx)?),
                ],
            ),
            E::Starred(s) => (
                "Starred",
                vec![
                    ("value", self.expr(vm, &s.value)?),
                    ("ctx", self.ctx(vm, s.ctx)?),
                ],
            ),
            E::Name(n) => (
                "Name",
                vec![
                    ("id", Value::str(n.id.as_str())),
                    ("ctx", self.ctx(vm, n.ctx)?),
                ],
            ),
            E::List(l) => (
                "List",
                vec![
                    ("elts", self.exprs(vm, l.elts.iter())?),
                    ("ctx", self.ctx(vm, l.ctx)?),
                ],
            ),
            E::Tuple(t) => (
                "Tuple",
                vec![
                    ("elts", self.exprs(vm, t.elts.iter())?),
                    ("ctx", self.ctx(vm, t.ctx)?),
                ],
            ),
            E::Slice(s) => (
                "Slice",
                vec![
                    ("lower", self.opt_expr(vm, s.lower.as_deref())?),
                    ("upper", self.opt_expr(vm, s.upper.as_deref())?),
                    ("step", self.opt_expr(vm, s.step.as_deref())?),
                ],
            ),
            E::TString(_) | E::IpyEscapeCommand(_) => {
                let c = vm.types.syntax_error.clone();
                return Err(vm.new_error(&c, "invalid syntax".to_string()));
            }
        };
        self.make(vm, name, fields, Some(range))
    }

    /// An f-string as CPython 3.11 builds it: adjacent literal text (including `=` debug
    /// text) merged into one Constant, every piece placed at the whole string.
    fn fstring(&mut self, vm: &mut Vm, f: &ast::ExprFString) -> PyResult {
        let whole = f.range;
        let mut values = Vec::new();
        let mut text = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => text.push_str(&s.value),
                ast::FStringPart::FString(fs) => {
                    self.fstring_elements(
                        vm,
                        &fs.elements,
                        whole,
                        fs.range,
                        &mut text,
                        &mut values,
                    )?;
                }
            }
        }
        if !text.is_empty() {
            values.push(self.constant(vm, Value::string(text), Value::None, whole)?);
        }
        self.make(
            vm,
            "JoinedStr",
            vec![("values", Value::list(values))],
            Some(whole),
        )
    }

    /// The pieces of one f-string (or of a format spec) of `whole`, the f-string expression
    /// made of `part` and maybe other literals. Literal text still pending at the end is left
    /// in `text` for the caller.
    fn fstring_elements(
        &mut self,
        vm: &mut Vm,
        elements: &[ast::InterpolatedStringElement],
        whole: TextRange,
        part: TextRange,
        text: &mut String,
        values: &mut Vec<Value>,
    ) -> PyResult<()> {
        for el in elements {
            match el {
                ast::InterpolatedStringElement::Literal(l) => text.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(debug) = &i.debug_text {
                        let r = i.expression.range();
                        let src = self.src.get(r.start().to_usize()..r.end().to_usize());
                        text.push_str(debug.leading());
                        text.push_str(src.unwrap_or(""));
                        text.push_str(debug.trailing());
                    }
                    if !text.is_empty() {
                        let t = Value::string(std::mem::take(text));
                        values.push(self.constant(vm, t, Value::None, whole)?);
                    }
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => -1,
                        ast::ConversionFlag::Str => 's' as i64,
                        ast::ConversionFlag::Repr => 'r' as i64,
                        ast::ConversionFlag::Ascii => 'a' as i64,
                    };
                    if i.debug_text.is_some() && conversion == -1 && i.format_spec.is_none() {
                        conversion = 'r' as i64;
                    }
                    self.enter(vm)?;
                    let value = self.expr(vm, &i.expression)?;
                    // 3.11 compiles a field as `(expr)` in place of its braces: a bare tuple
                    // spans them.
                    if let ast::Expr::Tuple(t) = &*i.expression
                        && !t.parenthesized
                    {
                        self.place(vm, &value, i.range.start(), i.range.end())?;
                    }
                    let spec = match &i.format_spec {
                        Some(spec) => {
                            let mut spec_text = String::new();
                            let mut spec_values = Vec::new();
                            self.fstring_elements(
                                vm,
                                &spec.elements,
                                whole,
                                part,
                                &mut spec_text,
                                &mut spec_values,
                            )?;
                            // The spec's last literal text is placed at the f-string part.
                            if !spec_text.is_empty() {
                                let t = Value::string(spec_text);
                                spec_values.push(self.constant(vm, t, Value::None, part)?);
                            }
                            let fields = vec![("values", Value::list(spec_values))];
                            self.make(vm, "JoinedStr", fields, Some(part))?
                        }
                        None => Value::None,
                    };
                    self.depth -= 1;
                    let fields = vec![
                        ("value", value),
                        ("conversion", Value::Int(conversion)),
                        ("format_spec", spec),
                    ];
                    values.push(self.make(vm, "FormattedValue", fields, Some(whole))?);
                }
            }
        }
        Ok(())
    }

    fn patterns(&mut self, vm: &mut Vm, patterns: &[ast::Pattern]) -> PyResult {
        let mut out = Vec::with_capacity(patterns.len());
        for p in patterns {
            out.push(self.pattern(vm, p)?);
        }
        Ok(Value::list(out))
    }

    fn pattern(&mut self, vm: &mut Vm, p: &ast::Pattern) -> PyResult {
        self.enter(vm)?;
        let r = self.pattern_inner(vm, p);
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self, vm: &mut Vm, p: &ast::Pattern) -> PyResult {
        use ast::Pattern as P;
        let (name, fields): (&'static str, Fields) = match p {
            P::MatchValue(v) => ("MatchValue", vec![("value", self.expr(vm, &v.value)?)]),
            P::MatchSingleton(s) => {
                let v = match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::from_bool(true),
                    ast::Singleton::False => Value::from_bool(false),
                };
                ("MatchSingleton", vec![("value", v)])
            }
            P::MatchSequence(s) => (
                "MatchSequence",
                vec![("patterns", self.patterns(vm, &s.patterns)?)],
            ),
            P::MatchMapping(m) => (
                "MatchMapping",
                vec![
                    ("keys", self.exprs(vm, m.keys.iter())?),
                    ("patterns", self.patterns(vm, &m.patterns)?),
                    ("rest", Self::opt_ident(m.rest.as_ref())),
                ],
            ),
            P::MatchClass(c) => {
                let cls = self.expr(vm, &c.cls)?;
                let patterns = self.patterns(vm, &c.arguments.patterns)?;
                let mut attrs = Vec::new();
                let mut kwd = Vec::new();
                for k in &c.arguments.keywords {
                    attrs.push(Self::ident(&k.attr));
                    kwd.push(self.pattern(vm, &k.pattern)?);
                }
                (
                    "MatchClass",
                    vec![
                        ("cls", cls),
                        ("patterns", patterns),
                        ("kwd_attrs", Value::list(attrs)),
                        ("kwd_patterns", Value::list(kwd)),
                    ],
                )
            }
            P::MatchStar(s) => (
                "MatchStar",
                vec![("name", Self::opt_ident(s.name.as_ref()))],
            ),
            P::MatchAs(a) => {
                let pattern = match &a.pattern {
                    Some(p) => self.pattern(vm, p)?,
                    None => Value::None,
                };
                (
                    "MatchAs",
                    vec![
                        ("pattern", pattern),
                        ("name", Self::opt_ident(a.name.as_ref())),
                    ],
                )
            }
            P::MatchOr(o) => (
                "MatchOr",
                vec![("patterns", self.patterns(vm, &o.patterns)?)],
            ),
        };
        self.make(vm, name, fields, Some(p.range()))
    }
}

/// The value of a number literal.
fn number(n: &ast::Number) -> Value {
    match n {
        ast::Number::Int(i) => match i.as_i64() {
            Some(v) => Value::Int(v),
            None => big_int(&i.to_string()),
        },
        ast::Number::Float(f) => Value::float(*f),
        ast::Number::Complex { real, imag } => Value::Complex(Rc::new((*real, *imag))),
    }
}

/// An integer literal too big for i64, from its token (any base, underscores allowed).
fn big_int(token: &str) -> Value {
    let t: String = token
        .chars()
        .filter(|c| *c != '_')
        .collect::<String>()
        .to_ascii_lowercase();
    let (radix, digits) = match t.get(..2) {
        Some("0x") => (16, &t[2..]),
        Some("0o") => (8, &t[2..]),
        Some("0b") => (2, &t[2..]),
        _ => (10, &t[..]),
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).map_or(Value::Int(0), Value::from_bigint)
}
