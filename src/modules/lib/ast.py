"""ast for pyseal: syntax trees of expressions.

parse() reads expressions ('eval' mode, or 'exec' source made of expression statements)
into the node classes CPython's ast module defines; literal_eval, dump, walk,
NodeVisitor and NodeTransformer work on them. Statements other than expressions are not
supported: parse raises SyntaxError for them.
"""

import re as _re
import sys as _sys

PyCF_ONLY_AST = 1024


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(self._fields)} positional argument"
                            f"{'' if len(self._fields) == 1 else 's'}")
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)


_POS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def _node(name, base, fields=(), optional=(), attributes=None):
    ns = {"_fields": tuple(fields), "__module__": "ast"}
    if attributes is not None:
        ns["_attributes"] = attributes
    for f in optional:
        ns[f] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


_node("mod", AST)
_node("Module", mod, ("body", "type_ignores"))
_node("Expression", mod, ("body",))
_node("stmt", AST, attributes=_POS)
_node("Expr", stmt, ("value",))
_node("Assign", stmt, ("targets", "value", "type_comment"), ("type_comment",))
_node("AugAssign", stmt, ("target", "op", "value"))
_node("expr", AST, attributes=_POS)
_node("BoolOp", expr, ("op", "values"))
_node("NamedExpr", expr, ("target", "value"))
_node("BinOp", expr, ("left", "op", "right"))
_node("UnaryOp", expr, ("op", "operand"))
_node("Lambda", expr, ("args", "body"))
_node("IfExp", expr, ("test", "body", "orelse"))
_node("Dict", expr, ("keys", "values"))
_node("Set", expr, ("elts",))
_node("Compare", expr, ("left", "ops", "comparators"))
_node("Call", expr, ("func", "args", "keywords"))
_node("Constant", expr, ("value", "kind"), ("kind",))
_node("Attribute", expr, ("value", "attr", "ctx"))
_node("Subscript", expr, ("value", "slice", "ctx"))
_node("Starred", expr, ("value", "ctx"))
_node("Name", expr, ("id", "ctx"))
_node("List", expr, ("elts", "ctx"))
_node("Tuple", expr, ("elts", "ctx"))
_node("Slice", expr, ("lower", "upper", "step"), ("lower", "upper", "step"))
_node("keyword", AST, ("arg", "value"), ("arg",), attributes=_POS)
_node("expr_context", AST)
for _n in ("Load", "Store", "Del"):
    _node(_n, expr_context)
_node("boolop", AST)
for _n in ("And", "Or"):
    _node(_n, boolop)
_node("operator", AST)
for _n in ("Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
           "BitXor", "BitAnd", "FloorDiv"):
    _node(_n, operator)
_node("unaryop", AST)
for _n in ("Invert", "Not", "UAdd", "USub"):
    _node(_n, unaryop)
_node("cmpop", AST)
for _n in ("Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"):
    _node(_n, cmpop)
del _n


# ---- tokenizer ---------------------------------------------------------------------------

_TOKEN = _re.compile(r"""
    (?P<space>[ \t\f]+|\\\n|\#[^\n]*)
  | (?P<newline>\n)
  | (?P<string>(?:[rRbBuU]|[rR][bB]|[bB][rR])?(?:'''(?:\\.|[^\\])*?'''|\"\"\"(?:\\.|[^\\])*?\"\"\"
        |'(?!'')(?:\\.|[^\\'\n])*'|"(?!"")(?:\\.|[^\\"\n])*"))
  | (?P<number>(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+
        |(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?))
  | (?P<name>[^\W\d]\w*)
  | (?P<op>(?:\*\*|//|<<|>>|[-+*/%@&|^])=|\*\*|//|<<|>>|<=|>=|==|!=|:=|->|\.\.\.|[-+*/%@&|^~<>()\[\]{},:.;=])
""", _re.VERBOSE)

_KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
             "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
             "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
             "pass", "raise", "return", "try", "while", "with", "yield"}


class _Tok:
    __slots__ = ("kind", "text", "line", "col", "end_line", "end_col")

    def __init__(self, kind, text, line, col, end_line, end_col):
        self.kind, self.text = kind, text
        self.line, self.col, self.end_line, self.end_col = line, col, end_line, end_col


def _tokenize(source, filename, newline):
    toks = []
    pos, line, line_start = 0, 1, 0
    opened = []  # the open brackets, innermost last
    n = len(source)
    while pos < n:
        m = _TOKEN.match(source, pos)
        if m is None:
            quote = _re.match(r"(?:[rRbBuU]|[rR][bB]|[bB][rR])?('''|\"\"\"|'|\")", source[pos:])
            if quote:
                triple = len(quote.group(1)) == 3
                kind = "triple-quoted string" if triple else "string"
                last = source.count("\n") + 1 if triple else line
                _syntax_error(f"unterminated {kind} literal (detected at line {last})",
                              filename, source, line, pos - line_start + 1, newline)
            _syntax_error("invalid syntax", filename, source, line, pos - line_start + 1,
                          newline)
        kind = m.lastgroup
        text = m.group()
        col = pos - line_start
        if kind == "newline":
            if not opened and toks and toks[-1].kind != "newline":
                toks.append(_Tok("newline", text, line, col, line, col + 1))
        elif kind != "space":
            if kind == "op":
                if text in "([{":
                    if len(opened) >= 200:
                        _syntax_error("too many nested parentheses", filename, source, line,
                                      col + 1, newline)
                    opened.append((text, line, col))
                elif text in ")]}" and opened:
                    opened.pop()
            elif kind == "name" and text in _KEYWORDS:
                kind = "keyword"
            end_line = line + text.count("\n")
            end_col = (len(text) - text.rfind("\n") - 1) if "\n" in text else col + len(text)
            toks.append(_Tok(kind, text, line, col, end_line, end_col))
        newlines = text.count("\n")
        if newlines:
            line += newlines
            line_start = pos + text.rfind("\n") + 1
        pos = m.end()
    if opened:
        text, open_line, open_col = opened[-1]
        _syntax_error(f"'{text}' was never closed", filename, source, open_line, open_col + 1,
                      newline)
    if not toks or toks[-1].kind != "newline":
        toks.append(_Tok("newline", "", line, pos - line_start, line, pos - line_start))
    toks.append(_Tok("eof", "", line, pos - line_start, line, pos - line_start))
    return toks


def _syntax_error(msg, filename, source, line, col, newline=True):
    # CPython shows the line with its newline in 'exec' mode, without in 'eval' mode.
    lines = source.splitlines()
    text = lines[line - 1] + ("\n" if newline else "") if 0 < line <= len(lines) else None
    raise SyntaxError(msg, (filename, line, col, text))


# ---- parser ------------------------------------------------------------------------------

_COMPARE = {"==": Eq, "!=": NotEq, "<": Lt, "<=": LtE, ">": Gt, ">=": GtE}
_BINARY = [
    ({"|": BitOr}),
    ({"^": BitXor}),
    ({"&": BitAnd}),
    ({"<<": LShift, ">>": RShift}),
    ({"+": Add, "-": Sub}),
    ({"*": Mult, "/": Div, "//": FloorDiv, "%": Mod, "@": MatMult}),
]
_UNARY = {"+": UAdd, "-": USub, "~": Invert}
_BINARY_LEVEL = {op: level for level, table in enumerate(_BINARY) for op in table}


_AUGMENTED = {"+": Add, "-": Sub, "*": Mult, "/": Div, "//": FloorDiv, "%": Mod, "@": MatMult,
              "**": Pow, "<<": LShift, ">>": RShift, "&": BitAnd, "|": BitOr, "^": BitXor}


def _describe(node):
    if isinstance(node, Constant):
        return "literal"
    if isinstance(node, Call):
        return "function call"
    if isinstance(node, (BinOp, UnaryOp)):
        return "expression"
    if isinstance(node, Compare):
        return "comparison"
    if isinstance(node, BoolOp):
        return "expression"
    if isinstance(node, IfExp):
        return "conditional expression"
    return type(node).__name__.lower()


class _Parser:
    def __init__(self, source, filename, mode):
        self.source = source
        self.filename = filename
        self.newline = mode != "eval"
        self.toks = _tokenize(source, filename, self.newline)
        self.i = 0

    @property
    def tok(self):
        return self.toks[self.i]

    def at(self, text):
        t = self.tok
        return t.kind in ("op", "keyword") and t.text == text

    def take(self, text):
        if self.at(text):
            self.i += 1
            return True
        return False

    def expect(self, text):
        if not self.take(text):
            self.fail()

    def fail(self, msg="invalid syntax", tok=None):
        t = tok or self.tok
        _syntax_error(msg, self.filename, self.source, t.line, t.col + 1, self.newline)

    def finish(self, node, start, end=None):
        end = end or self.toks[self.i - 1]
        node.lineno, node.col_offset = start.line, start.col
        node.end_lineno, node.end_col_offset = end.end_line, end.end_col
        return node

    # Expression lists: a bare tuple when there is a comma.
    def exprlist(self):
        start = self.tok
        first = self.namedexpr()
        if not self.at(","):
            return first
        elts = [first]
        while self.take(","):
            if self.ends_list():
                break
            elts.append(self.namedexpr())
        return self.finish(Tuple(elts, Load()), start)

    def ends_list(self):
        t = self.tok
        return t.kind in ("newline", "eof") or (t.kind == "op" and t.text in ")]}=:")

    def namedexpr(self):
        start = self.tok
        if start.kind == "name" and self.toks[self.i + 1].text == ":=":
            self.i += 2
            target = self.finish(Name(start.text, Store()), start, start)
            return self.finish(NamedExpr(target, self.test()), start)
        return self.test()

    def test(self):
        start = self.tok
        if self.at("lambda"):
            self.fail()
        body = self.or_test()
        if self.take("if"):
            cond = self.or_test()
            self.expect("else")
            orelse = self.test()
            return self.finish(IfExp(cond, body, orelse), start)
        return body

    def or_test(self):
        return self.boolop("or", Or, self.and_test)

    def and_test(self):
        return self.boolop("and", And, self.not_test)

    def boolop(self, word, op, sub):
        start = self.tok
        first = sub()
        if not self.at(word):
            return first
        values = [first]
        while self.take(word):
            values.append(sub())
        return self.finish(BoolOp(op(), values), start)

    def not_test(self):
        start = self.tok
        if self.take("not"):
            return self.finish(UnaryOp(Not(), self.not_test()), start)
        return self.comparison()

    def comparison(self):
        start = self.tok
        left = self.binary(0)
        ops, comparators = [], []
        while True:
            t = self.tok
            if t.kind == "op" and t.text in _COMPARE:
                self.i += 1
                ops.append(_COMPARE[t.text]())
            elif self.at("in"):
                self.i += 1
                ops.append(In())
            elif self.at("not") and self.toks[self.i + 1].text == "in":
                self.i += 2
                ops.append(NotIn())
            elif self.at("is"):
                self.i += 1
                ops.append(IsNot() if self.take("not") else Is())
            else:
                break
            comparators.append(self.binary(0))
        if not ops:
            return left
        return self.finish(Compare(left, ops, comparators), start)

    def binary(self, level):
        # Precedence climbing: one frame per operator, not per precedence level.
        start = self.tok
        left = self.factor()
        while True:
            t = self.tok
            if t.kind != "op" or t.text not in _BINARY_LEVEL:
                return left
            op_level = _BINARY_LEVEL[t.text]
            if op_level < level:
                return left
            self.i += 1
            right = self.binary(op_level + 1)
            left = self.finish(BinOp(left, _BINARY[op_level][t.text](), right), start)

    def factor(self):
        start = self.tok
        if start.kind == "op" and start.text in _UNARY:
            self.i += 1
            return self.finish(UnaryOp(_UNARY[start.text](), self.factor()), start)
        return self.power()

    def power(self):
        start = self.tok
        base = self.primary()
        if self.take("**"):
            return self.finish(BinOp(base, Pow(), self.factor()), start)
        return base

    def primary(self):
        start = self.tok
        node = self.atom()
        while True:
            if self.take("."):
                t = self.tok
                if t.kind != "name":
                    self.fail()
                self.i += 1
                node = self.finish(Attribute(node, t.text, Load()), start)
            elif self.take("("):
                args, keywords = self.call_args()
                node = self.finish(Call(node, args, keywords), start)
            elif self.take("["):
                index = self.subscript()
                self.expect("]")
                node = self.finish(Subscript(node, index, Load()), start)
            else:
                return node

    def call_args(self):
        args, keywords = [], []
        while not self.take(")"):
            start = self.tok
            if self.take("*"):
                args.append(self.finish(Starred(self.test(), Load()), start))
            elif self.take("**"):
                keywords.append(self.finish(keyword(value=self.test()), start))
            elif start.kind == "name" and self.toks[self.i + 1].text == "=":
                self.i += 2
                keywords.append(self.finish(keyword(start.text, self.test()), start))
            else:
                args.append(self.namedexpr())
            if not self.take(","):
                self.expect(")")
                break
        return args, keywords

    def subscript(self):
        start = self.tok
        items = [self.slice_item()]
        if not self.at(","):
            return items[0]
        while self.take(","):
            if self.at("]"):
                break
            items.append(self.slice_item())
        return self.finish(Tuple(items, Load()), start)

    def slice_item(self):
        start = self.tok
        lower = None if self.at(":") else self.namedexpr()
        if not self.take(":"):
            return lower
        upper = None if self.at(":") or self.at("]") or self.at(",") else self.test()
        step = None
        if self.take(":"):
            step = None if self.at("]") or self.at(",") else self.test()
        return self.finish(Slice(lower, upper, step), start)

    def atom(self):
        t = self.tok
        if t.kind == "number":
            self.i += 1
            return self.finish(Constant(eval(t.text, {"__builtins__": {}})), t, t)
        if t.kind == "string":
            return self.strings()
        if t.kind == "name":
            self.i += 1
            return self.finish(Name(t.text, Load()), t, t)
        if t.kind == "keyword" and t.text in ("True", "False", "None"):
            self.i += 1
            value = {"True": True, "False": False, "None": None}[t.text]
            return self.finish(Constant(value), t, t)
        if self.take("..."):
            return self.finish(Constant(...), t, t)
        if self.take("("):
            if self.take(")"):
                return self.finish(Tuple([], Load()), t)
            inner = self.star_or_named()
            if self.at("for"):
                self.fail()
            if self.take(")"):
                return inner
            elts = [inner]
            while self.take(","):
                if self.at(")"):
                    break
                elts.append(self.star_or_named())
            self.expect(")")
            return self.finish(Tuple(elts, Load()), t)
        if self.take("["):
            elts = self.items("]")
            return self.finish(List(elts, Load()), t)
        if self.take("{"):
            return self.brace(t)
        self.fail()

    def star_or_named(self):
        start = self.tok
        if self.take("*"):
            return self.finish(Starred(self.binary(0), Load()), start)
        return self.namedexpr()

    def items(self, close):
        elts = []
        while not self.take(close):
            elts.append(self.star_or_named())
            if self.at("for"):
                self.fail()
            if not self.take(","):
                self.expect(close)
                break
        return elts

    def brace(self, start):
        if self.take("}"):
            return self.finish(Dict([], []), start)
        keys, values, elts = [], [], []
        is_dict = None
        while True:
            if self.take("**"):
                if is_dict is False:
                    self.fail()
                is_dict = True
                keys.append(None)
                values.append(self.binary(0))
            else:
                item = self.star_or_named()
                if is_dict is None:
                    is_dict = self.at(":")
                if is_dict:
                    self.expect(":")
                    keys.append(item)
                    values.append(self.test())
                else:
                    elts.append(item)
            if self.at("for"):
                self.fail()
            if not self.take(","):
                self.expect("}")
                break
            if self.take("}"):
                break
        node = Dict(keys, values) if is_dict else Set(elts)
        return self.finish(node, start)

    def strings(self):
        start = self.tok
        parts = []
        while self.tok.kind == "string":
            parts.append(self.tok)
            self.i += 1
        values = [eval(p.text, {"__builtins__": {}}) for p in parts]
        kinds = {type(v) for v in values}
        if len(kinds) > 1:
            self.fail("cannot mix bytes and nonbytes literals", start)
        value = values[0][:0].join(values)
        kind = "u" if parts[0].text[:1] in "uU" else None
        return self.finish(Constant(value, kind), start)

    def module(self):
        body = []
        while self.tok.kind != "eof":
            if self.tok.kind == "newline" or (body and self.take(";")):
                if self.tok.kind == "newline":
                    self.i += 1
                continue
            start = self.tok
            if start.kind == "keyword" and start.text not in ("True", "False", "None", "not",
                                                                "lambda", "await"):
                self.fail()
            value = self.exprlist()
            t = self.tok
            if t.kind == "op" and t.text == "=":
                targets = []
                while self.take("="):
                    targets.append(self.store(value))
                    value = self.exprlist()
                node = Assign(targets, value)
            elif t.kind == "op" and t.text.endswith("=") and t.text[:-1] in _AUGMENTED:
                self.i += 1
                if not isinstance(value, (Name, Attribute, Subscript)):
                    self.fail("'%s' is an illegal expression for augmented assignment"
                              % _describe(value), start)
                node = AugAssign(self.store(value), _AUGMENTED[t.text[:-1]](), self.exprlist())
            else:
                node = Expr(value)
            body.append(self.finish(node, start))
            if self.take(";"):
                continue
            if self.tok.kind != "newline":
                self.fail()
        return Module(body, [])

    def store(self, node):
        """node as an assignment target (Store context), or the SyntaxError CPython gives."""
        if isinstance(node, (Name, Attribute, Subscript)):
            node.ctx = Store()
        elif isinstance(node, (Tuple, List)):
            node.ctx = Store()
            for elt in node.elts:
                self.store(elt)
        elif isinstance(node, Starred):
            node.ctx = Store()
            self.store(node.value)
        else:
            tok = _Tok("", "", node.lineno, node.col_offset, 0, 0)
            self.fail(f"cannot assign to {_describe(node)} here. "
                      "Maybe you meant '==' instead of '='?", tok)
        return node

    def expression(self):
        while self.tok.kind == "newline" and self.tok.text:
            self.i += 1
        if self.tok.kind in ("newline", "eof"):
            _syntax_error("invalid syntax", self.filename, self.source, 0, 0, False)
        body = self.exprlist()
        while self.tok.kind == "newline":
            self.i += 1
        if self.tok.kind != "eof":
            self.fail()
        return Expression(body)


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False,
          feature_version=None):
    """The syntax tree of source ('exec': a Module, 'eval': an Expression)."""
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode("utf-8")
    if not isinstance(source, str):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if mode not in ("exec", "eval", "single"):
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    parser = _Parser(source, filename, mode)
    # The parser recurses about 16 frames per nesting level, and 200 levels are allowed.
    limit = _sys.getrecursionlimit()
    _sys.setrecursionlimit(max(limit, 5000))
    try:
        if mode == "eval":
            return parser.expression()
        return parser.module()
    finally:
        _sys.setrecursionlimit(limit)


def literal_eval(node_or_string):
    """The value of a Python literal (or container display of literals)."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode="eval")
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = "malformed node or string"
        lineno = getattr(node, "lineno", None)
        if lineno:
            msg += f" on line {lineno}"
        raise ValueError(msg + f": {node!r}")

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return +value if isinstance(node.op, UAdd) else -value
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == "set"
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A string showing the tree under node, as CPython's ast.dump formats it."""
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent

    def fmt(node, level=0):
        if indent is not None:
            level += 1
            prefix = "\n" + indent * level
            sep = ",\n" + indent * level
        else:
            prefix = ""
            sep = ", "
        if isinstance(node, AST):
            cls = type(node)
            args = []
            allsimple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                value, simple = fmt(value, level)
                allsimple = allsimple and simple
                args.append(f"{name}={value}" if keywords else value)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    value, simple = fmt(value, level)
                    allsimple = allsimple and simple
                    args.append(f"{name}={value}")
            if allsimple and len(args) <= 3:
                return f"{cls.__name__}({', '.join(args)})", not args
            return f"{cls.__name__}({prefix}{sep.join(args)})", False
        if isinstance(node, list):
            if not node:
                return "[]", True
            return f"[{prefix}{sep.join(fmt(x, level)[0] for x in node)}]", False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError(f"expected AST, got {node.__class__.__name__!r}")
    return fmt(node)[0]


def iter_fields(node):
    """(name, value) for each field present on node."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes of node."""
    for _, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """node and every node under it, breadth first."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


def copy_location(new_node, old_node):
    for attr in _POS:
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if "lineno" in node._attributes:
            if not hasattr(node, "lineno"):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if "end_lineno" in node._attributes:
            if getattr(node, "end_lineno", None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if "col_offset" in node._attributes:
            if not hasattr(node, "col_offset"):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if "end_col_offset" in node._attributes:
            if getattr(node, "end_col_offset", None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    for child in walk(node):
        if "lineno" in child._attributes:
            child.lineno = getattr(child, "lineno", 0) + n
        if getattr(child, "end_lineno", None) is not None:
            child.end_lineno += n
    return node


class NodeVisitor:
    """Calls visit_<ClassName> for each node (generic_visit when there is none)."""

    def visit(self, node):
        method = "visit_" + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node (None removes it)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        if not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


# Pre-3.8 names: constructors that make a Constant, and isinstance checks by value type.
class _ConstantAlias(type):
    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        return isinstance(inst.value, cls._types) and not (
            cls._types == (int, float, complex) and isinstance(inst.value, bool))

    def __call__(cls, *args, **kwargs):
        return Constant(*args, **kwargs)


Num = _ConstantAlias("Num", (Constant,), {"_types": (int, float, complex), "_fields": ("n",)})
Str = _ConstantAlias("Str", (Constant,), {"_types": (str,), "_fields": ("s",)})
Bytes = _ConstantAlias("Bytes", (Constant,), {"_types": (bytes,), "_fields": ("s",)})
NameConstant = _ConstantAlias("NameConstant", (Constant,),
                              {"_types": (bool, type(None)), "_fields": ("value",)})
Constant.n = property(lambda self: self.value)
Constant.s = property(lambda self: self.value)
