"""ast for pyseal: abstract syntax trees of Python source.

parse() reads source with the interpreter's own parser (the native _ast_native module) into
the node classes CPython 3.11's ast module defines, with its fields and positions;
literal_eval, dump, unparse, walk, NodeVisitor and NodeTransformer work on them.
"""

import sys as _sys
import _ast_native

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

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
    ns = {"_fields": tuple(fields), "__match_args__": tuple(fields), "__module__": "ast"}
    if attributes is not None:
        ns["_attributes"] = attributes
    for f in optional:
        ns[f] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


_node("mod", AST)
_node("Module", mod, ("body", "type_ignores"))
_node("Interactive", mod, ("body",))
_node("Expression", mod, ("body",))
_node("FunctionType", mod, ("argtypes", "returns"))

_node("stmt", AST, attributes=_POS, optional=("end_lineno", "end_col_offset"))
_node("FunctionDef", stmt, ("name", "args", "body", "decorator_list", "returns", "type_comment"),
      ("returns", "type_comment"))
_node("AsyncFunctionDef", stmt,
      ("name", "args", "body", "decorator_list", "returns", "type_comment"),
      ("returns", "type_comment"))
_node("ClassDef", stmt, ("name", "bases", "keywords", "body", "decorator_list"))
_node("Return", stmt, ("value",), ("value",))
_node("Delete", stmt, ("targets",))
_node("Assign", stmt, ("targets", "value", "type_comment"), ("type_comment",))
_node("AugAssign", stmt, ("target", "op", "value"))
_node("AnnAssign", stmt, ("target", "annotation", "value", "simple"), ("value",))
_node("For", stmt, ("target", "iter", "body", "orelse", "type_comment"), ("type_comment",))
_node("AsyncFor", stmt, ("target", "iter", "body", "orelse", "type_comment"),
      ("type_comment",))
_node("While", stmt, ("test", "body", "orelse"))
_node("If", stmt, ("test", "body", "orelse"))
_node("With", stmt, ("items", "body", "type_comment"), ("type_comment",))
_node("AsyncWith", stmt, ("items", "body", "type_comment"), ("type_comment",))
_node("Match", stmt, ("subject", "cases"))
_node("Raise", stmt, ("exc", "cause"), ("exc", "cause"))
_node("Try", stmt, ("body", "handlers", "orelse", "finalbody"))
_node("TryStar", stmt, ("body", "handlers", "orelse", "finalbody"))
_node("Assert", stmt, ("test", "msg"), ("msg",))
_node("Import", stmt, ("names",))
_node("ImportFrom", stmt, ("module", "names", "level"), ("module", "level"))
_node("Global", stmt, ("names",))
_node("Nonlocal", stmt, ("names",))
_node("Expr", stmt, ("value",))
_node("Pass", stmt)
_node("Break", stmt)
_node("Continue", stmt)

_node("expr", AST, attributes=_POS, optional=("end_lineno", "end_col_offset"))
_node("BoolOp", expr, ("op", "values"))
_node("NamedExpr", expr, ("target", "value"))
_node("BinOp", expr, ("left", "op", "right"))
_node("UnaryOp", expr, ("op", "operand"))
_node("Lambda", expr, ("args", "body"))
_node("IfExp", expr, ("test", "body", "orelse"))
_node("Dict", expr, ("keys", "values"))
_node("Set", expr, ("elts",))
_node("ListComp", expr, ("elt", "generators"))
_node("SetComp", expr, ("elt", "generators"))
_node("DictComp", expr, ("key", "value", "generators"))
_node("GeneratorExp", expr, ("elt", "generators"))
_node("Await", expr, ("value",))
_node("Yield", expr, ("value",), ("value",))
_node("YieldFrom", expr, ("value",))
_node("Compare", expr, ("left", "ops", "comparators"))
_node("Call", expr, ("func", "args", "keywords"))
_node("FormattedValue", expr, ("value", "conversion", "format_spec"), ("format_spec",))
_node("JoinedStr", expr, ("values",))
_node("Constant", expr, ("value", "kind"), ("kind",))
_node("Attribute", expr, ("value", "attr", "ctx"))
_node("Subscript", expr, ("value", "slice", "ctx"))
_node("Starred", expr, ("value", "ctx"))
_node("Name", expr, ("id", "ctx"))
_node("List", expr, ("elts", "ctx"))
_node("Tuple", expr, ("elts", "ctx"))
_node("Slice", expr, ("lower", "upper", "step"), ("lower", "upper", "step"))

_node("expr_context", AST)
for _n in ("Load", "Store", "Del"):
    _node(_n, expr_context)
_node("AugLoad", expr_context)
_node("AugStore", expr_context)
_node("Param", expr_context)
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

_node("comprehension", AST, ("target", "iter", "ifs", "is_async"))
_node("excepthandler", AST, attributes=_POS, optional=("end_lineno", "end_col_offset"))
_node("ExceptHandler", excepthandler, ("type", "name", "body"), ("type", "name"))
_node("arguments", AST, ("posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg",
                         "defaults"), ("vararg", "kwarg"))
_node("arg", AST, ("arg", "annotation", "type_comment"), ("annotation", "type_comment",
                                                          "end_lineno", "end_col_offset"),
      attributes=_POS)
_node("keyword", AST, ("arg", "value"), ("arg", "end_lineno", "end_col_offset"),
      attributes=_POS)
_node("alias", AST, ("name", "asname"), ("asname", "end_lineno", "end_col_offset"),
      attributes=_POS)
_node("withitem", AST, ("context_expr", "optional_vars"), ("optional_vars",))
_node("match_case", AST, ("pattern", "guard", "body"), ("guard",))
_node("pattern", AST, attributes=_POS)
_node("MatchValue", pattern, ("value",))
_node("MatchSingleton", pattern, ("value",))
_node("MatchSequence", pattern, ("patterns",))
_node("MatchMapping", pattern, ("keys", "patterns", "rest"), ("rest",))
_node("MatchClass", pattern, ("cls", "patterns", "kwd_attrs", "kwd_patterns"))
_node("MatchStar", pattern, ("name",), ("name",))
_node("MatchAs", pattern, ("pattern", "name"), ("pattern", "name"))
_node("MatchOr", pattern, ("patterns",))
_node("type_ignore", AST)
_node("TypeIgnore", type_ignore, ("lineno", "tag"))
_node("slice", AST)


class Index(slice):
    """Deprecated: a subscript's index is the expression itself."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated: a subscript with several dimensions is a Tuple."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated, unused."""


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False,
          feature_version=None):
    """The syntax tree of source ('exec': a Module, 'eval': an Expression, 'single': an
    Interactive)."""
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode("utf-8")
    if not isinstance(source, str):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if mode not in ("exec", "eval", "single"):
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    if isinstance(filename, bytes):
        filename = filename.decode()
    elif not isinstance(filename, str):
        filename = str(filename)
    tree = _ast_native.parse(source, filename, mode, globals())
    if mode == "single" and len(tree.body) > 1:
        _one_statement(tree.body, source, filename)
    return tree


def _one_statement(body, source, filename):
    """The SyntaxError of 'single' mode for source holding more than one statement (simple
    statements sharing a line are one)."""
    lines = source.splitlines()
    compound = (FunctionDef, AsyncFunctionDef, ClassDef, For, AsyncFor, While, If, With,
                AsyncWith, Match, Try, TryStar)

    def column(line, byte_col):
        return len(lines[line - 1].encode()[:byte_col].decode(errors="replace")) + 1

    for prev, stmt in zip(body, body[1:]):
        if isinstance(body[0], compound):
            col = column(stmt.lineno, stmt.col_offset)
            raise SyntaxError("invalid syntax", (filename, stmt.lineno, col,
                                                 lines[stmt.lineno - 1] + "\n", stmt.lineno,
                                                 col + 1))
        if stmt.lineno != prev.end_lineno:
            line = prev.end_lineno
            col = column(line, prev.end_col_offset)
            raise SyntaxError("multiple statements found while compiling a single statement",
                              (filename, line, col, lines[line - 1] + "\n", line, col))


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
    if not isinstance(node, AST):
        raise TypeError(f"expected AST, got {node.__class__.__name__!r}")
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent

    def spread(texts, depth):
        # Items of a node or list: one line, or one per line indented to depth.
        if indent is None:
            return ", ".join(texts)
        margin = "\n" + indent * depth
        return margin + ("," + margin).join(texts)

    def render(item, depth):
        # (text, flat): flat items let their parent stay on one line.
        if isinstance(item, list):
            if not item:
                return "[]", True
            inner = [render(x, depth + 1)[0] for x in item]
            return "[" + spread(inner, depth + 1) + "]", False
        if not isinstance(item, AST):
            return repr(item), True
        kind = type(item)
        wanted = [(name, False) for name in item._fields]
        if include_attributes:
            wanted += [(name, True) for name in item._attributes]
        texts = []
        flat = True
        named = annotate_fields
        for name, always_named in wanted:
            value = getattr(item, name, _ABSENT)
            # An absent field, or a None that is the class default, is left out; the
            # fields after it need their names to stay unambiguous.
            if value is _ABSENT or (value is None and getattr(kind, name, ...) is None):
                named = True
                continue
            text, simple = render(value, depth + 1)
            flat = flat and simple
            texts.append(f"{name}={text}" if named or always_named else text)
        if flat and len(texts) <= 3:
            return f"{kind.__name__}({', '.join(texts)})", not texts
        return f"{kind.__name__}({spread(texts, depth + 1)})", False

    return render(node, 0)[0]


_ABSENT = object()


def iter_fields(node):
    """(name, value) for each field present on node."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def _children(node):
    # The nodes directly under node, as a list: walk() reads them without a generator per
    # node.
    out = []
    for name in node._fields:
        value = getattr(node, name, None)
        if isinstance(value, AST):
            out.append(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    out.append(item)
    return out


def iter_child_nodes(node):
    """The direct child nodes of node."""
    yield from _children(node)


def walk(node):
    """node and every node under it, breadth first."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(_children(node))
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
    """Moves node and the nodes under it n lines down."""
    for child in walk(node):
        # A TypeIgnore's line is a field, not an attribute.
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, "lineno", 0) + n
            continue
        if "lineno" in child._attributes:
            child.lineno = getattr(child, "lineno", 0) + n
        if "end_lineno" in child._attributes:
            end = getattr(child, "end_lineno", 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node (None when it has none)."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        from inspect import cleandoc

        text = cleandoc(text)
    return text


def _splitlines_no_ff(source):
    """source's lines with their ends; only \\r, \\n and \\r\\n end a line."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        i += 1
        if c == "\r" and i < n and source[i] == "\n":
            i += 1
        if c in "\r\n":
            lines.append(source[start:i])
            start = i
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from (None without full positions)."""
    try:
        stop_line, stop_col = node.end_lineno, node.end_col_offset
        if stop_line is None or stop_col is None:
            return None
        start_line, start_col = node.lineno, node.col_offset
    except AttributeError:
        return None
    # Positions count lines from 1 and columns in UTF-8 bytes.
    rows = _splitlines_no_ff(source)
    head = rows[start_line - 1].encode()
    if start_line == stop_line:
        return head[start_col:stop_col].decode()
    lead = ""
    if padded:
        lead = "".join(ch if ch in "\f\t" else " " for ch in head[:start_col].decode())
    middle = "".join(rows[start_line:stop_line - 1])
    tail = rows[stop_line - 1].encode()[:stop_col].decode()
    return lead + head[start_col:].decode() + middle + tail


class NodeVisitor:
    """Calls visit_<ClassName> for each node (generic_visit when there is none)."""

    def visit(self, node):
        handler = getattr(self, "visit_" + node.__class__.__name__, None)
        if handler is None:
            return self.generic_visit(node)
        return handler(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            for child in value if isinstance(value, list) else (value,):
                if isinstance(child, AST):
                    self.visit(child)

    def visit_Constant(self, node):
        # Visitors written for the pre-3.8 node classes still see their constants.
        value = node.value
        for types, name in _CONSTANT_NAMES:
            if isinstance(value, types):
                visitor = getattr(self, "visit_" + name, None)
                if visitor is not None:
                    return visitor(node)
                break
        return self.generic_visit(node)


_CONSTANT_NAMES = (((bool, type(None)), "NameConstant"), ((int, float, complex), "Num"),
                   (str, "Str"), (bytes, "Bytes"), (type(...), "Ellipsis"))


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node (None removes it)."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                value[:] = _transform_all(self, value)
            elif isinstance(value, AST):
                replacement = self.visit(value)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


def _transform_all(transformer, items):
    # Each node of a list field is replaced by what visiting it returns: nothing for None,
    # the contents of any non-node result (an iterable of nodes).
    result = []
    for item in items:
        if isinstance(item, AST):
            item = transformer.visit(item)
            if item is None:
                continue
            if not isinstance(item, AST):
                result.extend(item)
                continue
        result.append(item)
    return result


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


# ---- unparse -----------------------------------------------------------------------------

# Operator precedences, loosest first: a node is parenthesized when the place it is written
# in asks for a tighter one than its own.
_NAMED_EXPR, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _BOR, _BXOR, _BAND, _SHIFT, \
    _ARITH, _TERM, _FACTOR, _POWER, _AWAIT, _ATOM = range(1, 19)
_EXPR = _BOR


def _tighter(level):
    return level + 1 if level < _ATOM else level


_BINOPS = {"Add": ("+", _ARITH), "Sub": ("-", _ARITH), "Mult": ("*", _TERM),
           "MatMult": ("@", _TERM), "Div": ("/", _TERM), "Mod": ("%", _TERM),
           "LShift": ("<<", _SHIFT), "RShift": (">>", _SHIFT), "BitOr": ("|", _BOR),
           "BitXor": ("^", _BXOR), "BitAnd": ("&", _BAND), "FloorDiv": ("//", _TERM),
           "Pow": ("**", _POWER)}
_UNARYOPS = {"Invert": ("~", _FACTOR), "Not": ("not", _NOT), "UAdd": ("+", _FACTOR),
             "USub": ("-", _FACTOR)}
_CMPOPS = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=",
           "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in"}
_SINGLE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_ANY_QUOTES = _SINGLE_QUOTES + _TRIPLE_QUOTES
# An infinite float has no literal: a decimal that overflows reads back as one.
_INF = "1e" + repr(_sys.float_info.max_10_exp + 1)


def _quoted_body(text, quotes=_ANY_QUOTES, escape_whitespace=False):
    """text escaped for a string literal, and the quotes (best first) that can enclose it."""
    out = []
    for c in text:
        if c in "\n\t" and not escape_whitespace:
            out.append(c)
        elif c == "\\" or not c.isprintable():
            out.append(c.encode("unicode_escape").decode("ascii"))
        else:
            out.append(c)
    body = "".join(out)
    usable = [q for q in quotes if "\n" not in body or q in _TRIPLE_QUOTES]
    usable = [q for q in usable if q not in body]
    if not usable:
        # No quote fits: repr() escapes what it must.
        text = repr(text)
        quote = next((q for q in quotes if text[0] in q), text[0])
        return text[1:-1], [quote]
    if body:
        # A quote that ends the body is a poor choice; a triple one needs it escaped.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + "\\" + body[-1]
    return body, usable


class _Unparser(NodeVisitor):
    def __init__(self, avoid_backslashes=False):
        self._out = []
        self._levels = {}
        self._indent = 0
        self._avoid_backslashes = avoid_backslashes
        self._in_try_star = False

    # -- output helpers
    def write(self, *text):
        self._out.extend(text)

    def newline_if_needed(self):
        if self._out:
            self.write("\n")

    def fill(self, text=""):
        self.newline_if_needed()
        self.write("    " * self._indent + text)

    def interleave(self, sep, each, items):
        first = True
        for item in items:
            if not first:
                self.write(sep)
            first = False
            each(item)

    def items_view(self, each, items):
        if len(items) == 1:
            each(items[0])
            self.write(",")
        else:
            self.interleave(", ", each, items)

    def level(self, node):
        return self._levels.get(node, _TEST)

    def set_level(self, level, *nodes):
        for node in nodes:
            self._levels[node] = level

    def opening(self, needed, text="("):
        if needed:
            self.write(text)
        return needed

    def block_body(self, body):
        self.write(":")
        self._indent += 1
        self.traverse(body)
        self._indent -= 1

    def traverse(self, node):
        if not isinstance(node, list):
            return NodeVisitor.visit(self, node)
        for item in node:
            self.traverse(item)

    def optional(self, text, node):
        """text then node, when node is present (not None, not empty)."""
        if node:
            self.write(text)
            self.traverse(node)

    def visit(self, node):
        self._out = []
        self.traverse(node)
        return "".join(self._out)

    def sub_text(self, node, level):
        """node unparsed on its own, at the given level."""
        saved = self._out
        self._out = []
        self.set_level(level, node)
        self.traverse(node)
        text = "".join(self._out)
        self._out = saved
        return text

    # -- statements
    def docstring_and_body(self, node):
        body = node.body
        if body and isinstance(body[0], Expr) and isinstance(body[0].value, Constant) \
                and isinstance(body[0].value.value, str):
            doc = body[0].value
            self.fill()
            if doc.kind == "u":
                self.write("u")
            self.write_str_literal(doc.value, _TRIPLE_QUOTES)
            self.traverse(body[1:])
        else:
            self.traverse(body)

    def visit_Module(self, node):
        self.docstring_and_body(node)

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_FunctionType(self, node):
        self.write("(")
        self.interleave(", ", self.traverse, node.argtypes)
        self.write(") -> ")
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_level(_YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        paren = self.opening(self.level(node) > _NAMED_EXPR)
        self.set_level(_ATOM, node.target, node.value)
        self.traverse(node.target)
        self.write(" := ")
        self.traverse(node.value)
        if paren:
            self.write(")")

    def visit_Import(self, node):
        self.fill("import ")
        self.interleave(", ", self.traverse, node.names)

    def visit_ImportFrom(self, node):
        dots = "." * (node.level or 0)
        self.fill(f"from {dots}{node.module or ''} import ")
        self.interleave(", ", self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_level(_TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + _BINOPS[type(node.op).__name__][0] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        paren = self.opening(not node.simple and isinstance(node.target, Name))
        self.traverse(node.target)
        if paren:
            self.write(")")
        self.write(": ")
        self.traverse(node.annotation)
        self.optional(" = ", node.value)

    def visit_Return(self, node):
        self.fill("return")
        self.optional(" ", node.value)

    def keyword_statement(self, node):
        # pass, break, continue: the statement is its class name in lower case.
        self.fill(type(node).__name__.lower())

    visit_Pass = visit_Break = visit_Continue = keyword_statement

    def visit_Delete(self, node):
        self.fill("del ")
        self.interleave(", ", self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        self.optional(", ", node.msg)

    def visit_Global(self, node):
        self.fill("global " + ", ".join(node.names))

    def visit_Nonlocal(self, node):
        self.fill("nonlocal " + ", ".join(node.names))

    def _keyword_operand(self, node, level, keyword, required=False):
        # `await x`, `yield x`, `yield from x`: a keyword, then its operand at atom level,
        # parenthesized when the context binds tighter than `level`.
        paren = self.opening(self.level(node) > level)
        self.write(keyword)
        if required and not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        if node.value:
            self.write(" ")
            self.set_level(_ATOM, node.value)
            self.traverse(node.value)
        if paren:
            self.write(")")

    def visit_Await(self, node):
        self._keyword_operand(node, _AWAIT, "await")

    def visit_Yield(self, node):
        self._keyword_operand(node, _YIELD, "yield")

    def visit_YieldFrom(self, node):
        self._keyword_operand(node, _YIELD, "yield from", required=True)

    def visit_Raise(self, node):
        if node.cause and not node.exc:
            raise ValueError("Node can't use cause without an exception.")
        self.fill("raise")
        self.optional(" ", node.exc)
        self.optional(" from ", node.cause)

    def try_body(self, node):
        self.fill("try")
        self.block_body(node.body)
        for handler in node.handlers:
            self.traverse(handler)
        if node.orelse:
            self.fill("else")
            self.block_body(node.orelse)
        if node.finalbody:
            self.fill("finally")
            self.block_body(node.finalbody)

    def visit_Try(self, node):
        saved, self._in_try_star = self._in_try_star, False
        try:
            self.try_body(node)
        finally:
            self._in_try_star = saved

    def visit_TryStar(self, node):
        saved, self._in_try_star = self._in_try_star, True
        try:
            self.try_body(node)
        finally:
            self._in_try_star = saved

    def visit_ExceptHandler(self, node):
        self.fill("except*" if self._in_try_star else "except")
        self.optional(" ", node.type)
        if node.name:
            self.write(" as " + node.name)
        self.block_body(node.body)

    def visit_ClassDef(self, node):
        self.newline_if_needed()
        for decorator in node.decorator_list:
            self.fill("@")
            self.traverse(decorator)
        self.fill("class " + node.name)
        paren = self.opening(bool(node.bases or node.keywords))
        self.interleave(", ", self.traverse, node.bases + node.keywords)
        if paren:
            self.write(")")
        self.write(":")
        self._indent += 1
        self.docstring_and_body(node)
        self._indent -= 1

    def function(self, node, keyword):
        self.newline_if_needed()
        for decorator in node.decorator_list:
            self.fill("@")
            self.traverse(decorator)
        self.fill(keyword + " " + node.name + "(")
        self.traverse(node.args)
        self.write(")")
        self.optional(" -> ", node.returns)
        self.write(":")
        self._indent += 1
        self.docstring_and_body(node)
        self._indent -= 1

    def visit_FunctionDef(self, node):
        self.function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self.function(node, "async def")

    def loop(self, node, keyword):
        self.fill(keyword + " ")
        self.set_level(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        self.block_body(node.body)
        if node.orelse:
            self.fill("else")
            self.block_body(node.orelse)

    def visit_For(self, node):
        self.loop(node, "for")

    def visit_AsyncFor(self, node):
        self.loop(node, "async for")

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        self.block_body(node.body)
        # An else holding just an if is written as elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            self.block_body(node.body)
        if node.orelse:
            self.fill("else")
            self.block_body(node.orelse)

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        self.block_body(node.body)
        if node.orelse:
            self.fill("else")
            self.block_body(node.orelse)

    def with_statement(self, node, keyword):
        self.fill(keyword + " ")
        self.interleave(", ", self.traverse, node.items)
        self.block_body(node.body)

    def visit_With(self, node):
        self.with_statement(node, "with")

    def visit_AsyncWith(self, node):
        self.with_statement(node, "async with")

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        self.write(":")
        self._indent += 1
        for case in node.cases:
            self.traverse(case)
        self._indent -= 1

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        self.optional(" if ", node.guard)
        self.block_body(node.body)

    # -- patterns
    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.write_constant(node.value)

    def visit_MatchSequence(self, node):
        self.write("[")
        self.interleave(", ", self.traverse, node.patterns)
        self.write("]")

    def visit_MatchStar(self, node):
        self.write("*" + (node.name if node.name is not None else "_"))

    def visit_MatchMapping(self, node):
        self.write("{")

        def pair(item):
            self.traverse(item[0])
            self.write(": ")
            self.traverse(item[1])
        self.interleave(", ", pair, list(zip(node.keys, node.patterns, strict=True)))
        if node.rest is not None:
            if node.keys:
                self.write(", ")
            self.write("**" + node.rest)
        self.write("}")

    def visit_MatchClass(self, node):
        self.set_level(_ATOM, node.cls)
        self.traverse(node.cls)
        self.write("(")
        self.interleave(", ", self.traverse, node.patterns)
        if node.kwd_attrs:
            if node.patterns:
                self.write(", ")

            def attr_pattern(item):
                self.write(item[0] + "=")
                self.traverse(item[1])
            self.interleave(", ", attr_pattern,
                            list(zip(node.kwd_attrs, node.kwd_patterns, strict=True)))
        self.write(")")

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write("_")
        elif node.pattern is None:
            self.write(node.name)
        else:
            paren = self.opening(self.level(node) > _TEST)
            self.set_level(_BOR, node.pattern)
            self.traverse(node.pattern)
            self.write(" as " + node.name)
            if paren:
                self.write(")")

    def visit_MatchOr(self, node):
        paren = self.opening(self.level(node) > _BOR)
        self.set_level(_tighter(_BOR), *node.patterns)
        self.interleave(" | ", self.traverse, node.patterns)
        if paren:
            self.write(")")

    # -- expressions
    def write_str_literal(self, text, quotes=_ANY_QUOTES):
        body, usable = _quoted_body(text, quotes)
        self.write(usable[0] + body + usable[0])

    def write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace("inf", _INF).replace("nan", f"({_INF}-{_INF})"))
        elif self._avoid_backslashes and isinstance(value, str):
            self.write_str_literal(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write("(")
            self.items_view(self.write_constant, value)
            self.write(")")
        elif value is ...:
            self.write("...")
        else:
            if node.kind == "u":
                self.write("u")
            self.write_constant(value)

    def visit_JoinedStr(self, node):
        self.write("f")
        if self._avoid_backslashes:
            saved = self._out
            self._out = []
            self.fstring_inner(node)
            text = "".join(self._out)
            self._out = saved
            self.write_str_literal(text)
            return
        # Literal text may use escapes (\n); replacement fields may not.
        quotes = list(_ANY_QUOTES)
        pieces = []
        for value in node.values:
            saved = self._out
            self._out = []
            self.fstring_inner(value)
            text = "".join(self._out)
            self._out = saved
            text, quotes = _quoted_body(text, quotes, isinstance(value, Constant))
            pieces.append(text)
        self.write(quotes[0] + "".join(pieces) + quotes[0])

    def fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_FormattedValue(self, node):
        inner = _Unparser(avoid_backslashes=True)
        inner.set_level(_tighter(_TEST), node.value)
        text = inner.visit(node.value)
        if "\\" in text:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        self.write("{")
        if text.startswith("{"):
            # "{{" would be an escaped brace.
            self.write(" ")
        self.write(text)
        if node.conversion != -1:
            self.write("!" + chr(node.conversion))
        if node.format_spec:
            self.write(":")
            self.fstring_inner(node.format_spec)
        self.write("}")

    def visit_Name(self, node):
        self.write(node.id)

    def visit_List(self, node):
        self.write("[")
        self.interleave(", ", self.traverse, node.elts)
        self.write("]")

    def comprehension_display(self, node, open_, close):
        self.write(open_)
        self.traverse(node.elt)
        for gen in node.generators:
            self.traverse(gen)
        self.write(close)

    def visit_ListComp(self, node):
        self.comprehension_display(node, "[", "]")

    def visit_GeneratorExp(self, node):
        self.comprehension_display(node, "(", ")")

    def visit_SetComp(self, node):
        self.comprehension_display(node, "{", "}")

    def visit_DictComp(self, node):
        self.write("{")
        self.traverse(node.key)
        self.write(": ")
        self.traverse(node.value)
        for gen in node.generators:
            self.traverse(gen)
        self.write("}")

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_level(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_level(_tighter(_TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(" if ")
            self.traverse(cond)

    def visit_IfExp(self, node):
        paren = self.opening(self.level(node) > _TEST)
        self.set_level(_tighter(_TEST), node.body, node.test)
        self.traverse(node.body)
        self.write(" if ")
        self.traverse(node.test)
        self.write(" else ")
        self.set_level(_TEST, node.orelse)
        self.traverse(node.orelse)
        if paren:
            self.write(")")

    def visit_Set(self, node):
        if node.elts:
            self.write("{")
            self.interleave(", ", self.traverse, node.elts)
            self.write("}")
        else:
            # An empty set has no display: unpack an empty tuple into one.
            self.write("{*()}")

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write("**")
                self.set_level(_EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(": ")
                self.traverse(value)
        self.write("{")
        self.interleave(", ", item, list(zip(node.keys, node.values)))
        self.write("}")

    def visit_Tuple(self, node):
        paren = self.opening(len(node.elts) == 0 or self.level(node) > _TUPLE)
        self.items_view(self.traverse, node.elts)
        if paren:
            self.write(")")

    def visit_UnaryOp(self, node):
        op, level = _UNARYOPS[type(node.op).__name__]
        paren = self.opening(self.level(node) > level)
        self.write(op)
        if level != _FACTOR:
            self.write(" ")
        self.set_level(level, node.operand)
        self.traverse(node.operand)
        if paren:
            self.write(")")

    def visit_BinOp(self, node):
        op, level = _BINOPS[type(node.op).__name__]
        paren = self.opening(self.level(node) > level)
        if op == "**":
            # Right-associative.
            self.set_level(_tighter(level), node.left)
            self.set_level(level, node.right)
        else:
            self.set_level(level, node.left)
            self.set_level(_tighter(level), node.right)
        self.traverse(node.left)
        self.write(f" {op} ")
        self.traverse(node.right)
        if paren:
            self.write(")")

    def visit_Compare(self, node):
        paren = self.opening(self.level(node) > _CMP)
        self.set_level(_tighter(_CMP), node.left, *node.comparators)
        self.traverse(node.left)
        for op, right in zip(node.ops, node.comparators):
            self.write(" " + _CMPOPS[type(op).__name__] + " ")
            self.traverse(right)
        if paren:
            self.write(")")

    def visit_BoolOp(self, node):
        word, level = ("and", _AND) if isinstance(node.op, And) else ("or", _OR)
        paren = self.opening(self.level(node) > level)
        first = True
        for value in node.values:
            if not first:
                self.write(f" {word} ")
            first = False
            level = _tighter(level)
            self.set_level(level, value)
            self.traverse(value)
        if paren:
            self.write(")")

    def visit_Attribute(self, node):
        self.set_level(_ATOM, node.value)
        self.traverse(node.value)
        # `3.real` would read as a float: `3 .real`.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write("." + node.attr)

    def visit_Call(self, node):
        self.set_level(_ATOM, node.func)
        self.traverse(node.func)
        self.write("(")
        self.interleave(", ", self.traverse, node.args + node.keywords)
        self.write(")")

    def visit_Subscript(self, node):
        self.set_level(_ATOM, node.value)
        self.traverse(node.value)
        self.write("[")
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.items_view(self.traverse, node.slice.elts)
        else:
            self.traverse(node.slice)
        self.write("]")

    def visit_Starred(self, node):
        self.write("*")
        self.set_level(_EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write("...")

    def visit_Slice(self, node):
        self.optional("", node.lower)
        self.write(":")
        self.optional("", node.upper)
        self.optional(":", node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        self.optional(": ", node.annotation)

    def visit_arguments(self, node):
        first = True

        def comma():
            nonlocal first
            if first:
                first = False
            else:
                self.write(", ")
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (a, default) in enumerate(zip(positional, defaults), 1):
            comma()
            self.traverse(a)
            self.optional("=", default)
            if index == len(node.posonlyargs):
                self.write(", /")
        if node.vararg or node.kwonlyargs:
            comma()
            self.write("*")
            self.optional("", node.vararg)
        for a, default in zip(node.kwonlyargs, node.kw_defaults):
            self.write(", ")
            self.traverse(a)
            self.optional("=", default)
        if node.kwarg:
            comma()
            self.write("**")
            self.traverse(node.kwarg)

    def visit_keyword(self, node):
        self.write("**" if node.arg is None else node.arg + "=")
        self.traverse(node.value)

    def visit_Lambda(self, node):
        paren = self.opening(self.level(node) > _TEST)
        self.write("lambda")
        params = self.sub_text(node.args, _TEST)
        if params:
            self.write(" " + params)
        self.write(": ")
        self.set_level(_TEST, node.body)
        self.traverse(node.body)
        if paren:
            self.write(")")

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)


def unparse(ast_obj):
    """Python source that parses back to ast_obj."""
    return _Unparser().visit(ast_obj)
