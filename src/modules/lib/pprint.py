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

    __slots__ = ("obj",)

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return _fallback_rank(self.obj) < _fallback_rank(other.obj)

    def __init__(self, obj):
        self.obj = obj


def _fallback_rank(value):
    return str(type(value)), id(value)


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
    """Reprs of consecutive slices of object, each grown 4 bytes at a time while it fits."""
    pieces = []
    start = 0
    # The piece holding the final partial chunk must leave room for what follows.
    final_chunk = len(object) - len(object) % 4
    for chunk in range(0, len(object), 4):
        if chunk == final_chunk:
            width -= allowance
        if start < chunk and len(repr(object[start : chunk + 4])) > width:
            pieces.append(repr(object[start:chunk]))
            start = chunk
    if start < len(object):
        pieces.append(repr(object[start:]))
    return pieces


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _wrote_empty(object, stream):
    """Writes the repr of an empty container (laid out no differently); False if not empty."""
    if len(object):
        return False
    stream.write(repr(object))
    return True


def _call_form(printer, name, items, stream, indent, allowance, context, level):
    # name(key=value, ...), the values aligned after `name(`.
    stream.write(name + "(")
    printer._format_namespace_items(items, stream, indent + len(name) + 1, allowance, context,
                                    level)
    stream.write(")")


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
        self._indent_per_level, self._width, self._depth = indent, width, depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts, self._underscore_numbers = sort_dicts, underscore_numbers

    def pformat(self, object):
        sink = _TextSink()
        self._format(object, sink, 0, 0, {}, 0)
        return sink.getvalue()

    def pprint(self, object):
        stream = self._stream
        if stream is None:
            return
        self._format(object, stream, 0, 0, {}, 0)
        stream.write("\n")

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def _format(self, object, stream, indent, allowance, context, level):
        # context holds the ids of the containers being laid out around object.
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive, self._readable = True, False
            return
        text = self._repr(object, context, level)
        if len(text) <= self._width - indent - allowance:
            stream.write(text)
            return
        layout = _handler_for(type(object))
        if layout is None:
            if not _has_generated_dataclass_repr(object):
                stream.write(text)
                return
            layout = type(self)._pprint_dataclass
        context[key] = 1
        layout(self, object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        fields = _sys.modules["dataclasses"].fields(object)
        shown = [(f.name, getattr(object, f.name)) for f in fields if f.repr]
        _call_form(self, object.__class__.__name__, shown, stream, indent, allowance, context,
                   level)

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
        if _wrote_empty(object, stream):
            return
        cls = object.__class__
        if cls is set:
            opener, closer = "{", "}"
        else:
            # frozenset and subclasses: Name({...}), the items aligned inside the braces
            opener, closer = cls.__name__ + "({", "})"
            indent += len(cls.__name__) + 1
        stream.write(opener)
        members = sorted(object, key=_safe_key)
        self._format_items(members, stream, indent, allowance + len(closer), context, level)
        stream.write(closer)

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
        if len(object) <= 4:
            stream.write(repr(object))
            return
        # At the top level the pieces are parenthesised, which takes a column each side.
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        pieces = _wrap_bytes_repr(object, self._width - indent, allowance)
        text = ("\n" + " " * indent).join(pieces)
        stream.write("(" + text + ")" if top else text)

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(")")

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(")")

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        exact = type(object) is _types.SimpleNamespace
        name = "namespace" if exact else object.__class__.__name__
        _call_form(self, name, list(object.__dict__.items()), stream, indent, allowance, context,
                   level)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        between = ",\n" + " " * indent
        put = stream.write
        final = len(items) - 1
        for index, (key, value) in enumerate(items):
            more = index < final
            key_text = self._repr(key, context, level)
            put(key_text)
            put(": ")
            # Only the last value must leave room for the closing brackets that follow it.
            self._format(value, stream, indent + len(key_text) + 2, 1 if more else allowance,
                         context, level)
            if more:
                put(between)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        between = ",\n" + " " * indent
        put = stream.write
        final = len(items) - 1
        for index, (name, value) in enumerate(items):
            put(name)
            put("=")
            if id(value) in context:
                # the value is a container already being laid out around this one
                put("...")
            else:
                room_after = 1 if index < final else allowance
                self._format(value, stream, indent + len(name) + 1, room_after, context, level)
            if index < final:
                put(between)

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

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        # One-line repr; remembers whether anything seen was unreadable or recursive.
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if recursive:
            self._recursive = True
        if not readable:
            self._readable = False
        return text

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if _wrote_empty(object, stream):
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(f"{name}({factory},\n{' ' * indent}")
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
        cls = type(object)
        if cls in _builtin_scalars:
            return repr(object), True, False
        # Subclasses that keep their base's __repr__ are shown like the base.
        own = getattr(cls, "__repr__", None)
        if own is int.__repr__ and issubclass(cls, int):
            return (f"{object:_d}" if self._underscore_numbers else repr(object)), True, False
        if own is dict.__repr__ and issubclass(cls, dict):
            if not object:
                return "{}", True, False
            opener, closer = "{", "}"
        elif own is list.__repr__ and issubclass(cls, list):
            if not object:
                return "[]", True, False
            opener, closer = "[", "]"
        elif own is tuple.__repr__ and issubclass(cls, tuple):
            if not object:
                return "()", True, False
            opener, closer = "(", ",)" if len(object) == 1 else ")"
        else:
            text = repr(object)
            return text, bool(text) and not text.startswith("<"), False
        # A dict, list or tuple: its items' reprs, unless too deep or already being shown.
        key = id(object)
        if maxlevels and level >= maxlevels:
            return opener + "..." + closer, False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        level += 1
        readable = True
        recursive = False
        texts = []
        if opener == "{":
            entries = object.items()
            if self._sort_dicts:
                entries = sorted(entries, key=_safe_tuple)
            for k, v in entries:
                k_text, k_readable, k_recursive = self.format(k, context, maxlevels, level)
                v_text, v_readable, v_recursive = self.format(v, context, maxlevels, level)
                texts.append(f"{k_text}: {v_text}")
                readable = readable and k_readable and v_readable
                if k_recursive or v_recursive:
                    recursive = True
        else:
            for item in object:
                text, item_readable, item_recursive = self.format(item, context, maxlevels, level)
                texts.append(text)
                if not item_readable:
                    readable = False
                if item_recursive:
                    recursive = True
        del context[key]
        return opener + ", ".join(texts) + closer, readable, recursive


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
