"""pprint for pyseal: pretty-printing of nested data, with CPython's layout."""

import sys as _sys
import collections as _collections
import types as _types

__all__ = [
    "pprint",
    "pformat",
    "isreadable",
    "isrecursive",
    "saferepr",
    "PrettyPrinter",
    "pp",
]


def pprint(
    object,
    stream=None,
    indent=1,
    width=80,
    depth=None,
    *,
    compact=False,
    sort_dicts=True,
    underscore_numbers=False,
):
    """Pretty-prints object to stream (sys.stdout by default), then a newline."""
    printer = PrettyPrinter(
        stream=stream,
        indent=indent,
        width=width,
        depth=depth,
        compact=compact,
        sort_dicts=sort_dicts,
        underscore_numbers=underscore_numbers,
    )
    printer.pprint(object)


def pformat(
    object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False
):
    """The pretty-printed form of object, as a string."""
    return PrettyPrinter(
        indent=indent,
        width=width,
        depth=depth,
        compact=compact,
        sort_dicts=sort_dicts,
        underscore_numbers=underscore_numbers,
    ).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Orders values of unorderable mixed types by type name, then identity."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return f"<Recursion on {type(object).__name__} with id={id(object)}>"


class _TextSink:
    """Collects written text (what pformat needs of a stream)."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return "".join(self.parts)


def _space_split(line):
    """Splits line into pieces, each a run of non-space then a run of space characters."""
    parts = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _wrap_bytes_repr(object, width, allowance):
    current = b""
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i : i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _flag_last(iterable):
    # (item, is_last) pairs, fetching each item before the previous one is used
    it = iter(iterable)
    try:
        current = next(it)
    except StopIteration:
        return
    for following in it:
        yield current, False
        current = following
    yield current, True


class PrettyPrinter:
    def __init__(
        self,
        indent=1,
        width=80,
        depth=None,
        stream=None,
        *,
        compact=False,
        sort_dicts=True,
        underscore_numbers=False,
    ):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        sink = _TextSink()
        self._format(object, sink, 0, 0, {}, 0)
        return sink.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            handler = _handler_for(type(object))
            if handler is not None:
                context[objid] = 1
                handler(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
            if _has_generated_dataclass_repr(object):
                context[objid] = 1
                self._pprint_dataclass(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        fields = _sys.modules["dataclasses"].fields(object)
        items = [(f.name, getattr(object, f.name)) for f in fields if f.repr]
        stream.write(cls_name + "(")
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(")")

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write("{")
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * " ")
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write("}")

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        self._format(
            list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level
        )
        stream.write(")")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        endchar = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write("{")
            endchar = "}"
        else:
            stream.write(typ.__name__ + "({")
            endchar = "})"
            indent += len(typ.__name__) + 1
        object = sorted(object, key=_safe_key)
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if len(object) == 0:
            write(repr(object))
            return
        top = level == 1
        if top:
            # the parenthesised form takes one more column on each side
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        pieces = []
        for number, line in enumerate(lines, 1):
            # only the final line has to leave space for what follows the string
            tail = allowance if number == len(lines) else 0
            whole = repr(line)
            if len(whole) <= room - tail:
                pieces.append(whole)
            else:
                pieces.extend(self._str_pieces(line, room, tail))
        if len(pieces) == 1:
            write(pieces[0])
            return
        separator = "\n" + " " * indent
        if top:
            write("(")
        write(pieces[0])
        for piece in pieces[1:]:
            write(separator)
            write(piece)
        if top:
            write(")")

    @staticmethod
    def _str_pieces(line, room, tail):
        # greedy fill: words are added to a piece while its repr still fits
        words = _space_split(line)
        pieces = []
        current = ""
        last = len(words) - 1
        for k, word in enumerate(words):
            limit = room - tail if k == last else room
            joined = current + word
            if len(repr(joined)) <= limit:
                current = joined
                continue
            if current:
                pieces.append(repr(current))
            current = word
        if current:
            pieces.append(repr(current))
        return pieces

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            write("(")
        delim = ""
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            write(delim)
            write(rep)
            if not delim:
                delim = "\n" + " " * indent
        if parens:
            write(")")

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(")")

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(")")

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            cls_name = "namespace"
        else:
            cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        items = list(object.__dict__.items())
        stream.write(cls_name + "(")
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(")")

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(": ")
            self._format(
                ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level
            )
            if not last:
                write(delimnl)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            write(key)
            write("=")
            if id(ent) in context:
                write("...")
            else:
                self._format(
                    ent, stream, indent + len(key) + 1, allowance if last else 1, context, level
                )
            if not last:
                write(delimnl)

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * " ")
        newline_sep = ",\n" + " " * indent
        sep = ""
        # compact mode packs items onto lines; `left` is what remains of this one
        full = left = self._width - indent + 1
        for item, final in _flag_last(items):
            if final:
                full -= allowance
                left -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if need > left:
                    left = full
                    if sep:
                        sep = newline_sep
                if need <= left:
                    left -= need
                    write(sep)
                    sep = ", "
                    write(text)
                    continue
            write(sep)
            sep = newline_sep
            self._format(item, stream, indent, allowance if final else 1, context, level)

    def _repr(self, object, context, level):
        repr, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return repr

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        rdf = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(f"{name}({rdf},\n{' ' * indent}")
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        items = object.most_common()
        self._format_dict_items(items, stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.write("})")

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        for i, m in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(")")
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString lay out their data.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        stream.write("[")
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            rml = self._repr(object.maxlen, context, level)
            stream.write(f"],\n{' ' * indent}maxlen={rml})")

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                components.append(f"{krepr}: {vrepr}")
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[objid]
            return "{" + ", ".join(components) + "}", readable, recursive
        is_list = issubclass(typ, list) and r is list.__repr__
        if is_list or (issubclass(typ, tuple) and r is tuple.__repr__):
            if is_list:
                if not object:
                    return "[]", True, False
                start, end = "[", "]"
            elif len(object) == 1:
                start, end = "(", ",)"
            else:
                if not object:
                    return "()", True, False
                start, end = "(", ")"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return start + "..." + end, False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            for o in object:
                orepr, oreadable, orecur = self.format(o, context, maxlevels, level)
                components.append(orepr)
                if not oreadable:
                    readable = False
                if orecur:
                    recursive = True
            del context[objid]
            return start + ", ".join(components) + end, readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith("<")), False


# The layout function for each type, keyed by the type's __repr__ as CPython does, so a
# subclass that keeps its base's repr is laid out like the base.
_dispatch = [
    (dict.__repr__, PrettyPrinter._pprint_dict),
    (_collections.OrderedDict.__repr__, PrettyPrinter._pprint_ordered_dict),
    (list.__repr__, PrettyPrinter._pprint_list),
    (tuple.__repr__, PrettyPrinter._pprint_tuple),
    (set.__repr__, PrettyPrinter._pprint_set),
    (frozenset.__repr__, PrettyPrinter._pprint_set),
    (str.__repr__, PrettyPrinter._pprint_str),
    (bytes.__repr__, PrettyPrinter._pprint_bytes),
    (bytearray.__repr__, PrettyPrinter._pprint_bytearray),
    (_types.MappingProxyType.__repr__, PrettyPrinter._pprint_mappingproxy),
    (_types.SimpleNamespace.__repr__, PrettyPrinter._pprint_simplenamespace),
    (_collections.defaultdict.__repr__, PrettyPrinter._pprint_default_dict),
    (_collections.Counter.__repr__, PrettyPrinter._pprint_counter),
    (_collections.ChainMap.__repr__, PrettyPrinter._pprint_chain_map),
    (_collections.deque.__repr__, PrettyPrinter._pprint_deque),
]


def _has_generated_dataclass_repr(object):
    """True for a dataclass instance whose __repr__ is the one dataclasses generated."""
    dataclasses = _sys.modules.get("dataclasses")
    if dataclasses is None or isinstance(object, type) or not dataclasses.is_dataclass(object):
        return False
    params = getattr(object, "__dataclass_params__", None)
    if params is None or not params.repr:
        return False
    r = getattr(type(object), "__repr__", None)
    return "__create_fn__" in getattr(getattr(r, "__wrapped__", None), "__qualname__", "")


def _handler_for(typ):
    r = getattr(typ, "__repr__", None)
    for key, handler in _dispatch:
        if key is r:
            return handler
    # The User* classes load lazily; once they exist, types keeping their repr use them.
    user = _sys.modules.get("_collections_user")
    if user is not None:
        for name in ("UserDict", "UserList", "UserString"):
            if getattr(user, name).__repr__ is r:
                return PrettyPrinter._pprint_user_data
    return None
