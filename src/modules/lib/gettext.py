"""gettext for pyseal: message catalogs in GNU .mo files, and the pass-through without one.

translation() finds `<localedir>/<lang>/LC_MESSAGES/<domain>.mo` for the languages of
$LANGUAGE, $LC_ALL, $LC_MESSAGES and $LANG; with no catalog it raises FileNotFoundError, or
gives NullTranslations (messages returned unchanged) when fallback=True.
"""

import os
import sys

__all__ = [
    "NullTranslations", "GNUTranslations", "Catalog", "bindtextdomain", "find",
    "translation", "install", "textdomain", "dgettext", "dngettext", "gettext",
    "ngettext", "pgettext", "dpgettext", "npgettext", "dnpgettext",
]

_default_localedir = os.path.join(sys.base_prefix, "share", "locale")


# ---------------------------------------------------------------------------
# Plural-Forms: a C expression in n, compiled to a Python function

def _tokens(plural):
    i = 0
    n = len(plural)
    while i < n:
        c = plural[i]
        if c in " \t":
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < n and plural[j].isdigit():
                j += 1
            yield plural[i:j]
            i = j
            continue
        two = plural[i:i + 2]
        if two in ("||", "&&", "==", "!=", "<=", ">="):
            yield two
            i += 2
            continue
        if c in "n()?:<>!%*/+-":
            yield c
            i += 1
            continue
        if c == ";" or c == "\n":
            i += 1
            continue
        raise ValueError("invalid token in plural form: %s" % plural[i:])
    yield ""


_BINARY = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
_PY_OP = {"||": "or", "&&": "and", "/": "//"}


class _PluralParser:
    def __init__(self, plural):
        self.toks = list(_tokens(plural))
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def ternary(self):
        cond = self.binary(0)
        if self.peek() != "?":
            return cond
        self.take()
        yes = self.ternary()
        if self.take() != ":":
            raise ValueError("unbalanced parenthesis in plural form")
        no = self.ternary()
        return "(%s if %s else %s)" % (yes, cond, no)

    def binary(self, level):
        if level == len(_BINARY):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek() in _BINARY[level]:
            op = self.take()
            right = self.binary(level + 1)
            if op in ("==", "!=", "<", ">", "<=", ">="):
                left = "int(%s %s %s)" % (left, op, right)
            elif op in ("||", "&&"):
                left = "int(bool(%s) %s bool(%s))" % (left, _PY_OP[op], right)
            else:
                left = "(%s %s %s)" % (left, _PY_OP.get(op, op), right)
        return left

    def unary(self):
        t = self.take()
        if t == "!":
            return "int(not %s)" % self.unary()
        if t == "(":
            inner = self.ternary()
            if self.take() != ")":
                raise ValueError("unbalanced parenthesis in plural form")
            return "(%s)" % inner
        if t == "n":
            return "n"
        if t.isdigit():
            return t
        if t == "":
            raise ValueError("unexpected end of plural form")
        raise ValueError("unexpected token in plural form: %s" % t)


def c2py(plural):
    """A function of n computing the plural-form index the C expression `plural` gives."""
    if len(plural) > 1000:
        raise ValueError("plural form expression is too long")
    parser = _PluralParser(plural)
    expr = parser.ternary()
    if parser.peek() != "":
        raise ValueError("unexpected token in plural form: %s" % parser.peek())
    namespace = {}
    exec("def func(n):\n"
         "    if not isinstance(n, int):\n"
         "        n = _as_int(n)\n"
         "    return int(%s)\n" % expr, {"_as_int": _as_int}, namespace)
    return namespace["func"]


def _as_int(n):
    if isinstance(n, float):
        if not n.is_integer():
            raise TypeError("Plural value must be an integer, got %s" % (n.__class__.__name__,))
        import warnings
        warnings.warn("Plural value must be an integer, got %s" % (n.__class__.__name__,),
                      DeprecationWarning, 4)
        return int(n)
    try:
        return n.__index__()
    except AttributeError:
        raise TypeError("Plural value must be an integer, got %s" %
                        (n.__class__.__name__,)) from None


# ---------------------------------------------------------------------------
# translations

_ABSENT = object()


def _by_count(singular, plural, n):
    # the untranslated choice: English-style, one versus everything else
    return singular if n == 1 else plural


class NullTranslations:
    """Translations with no catalog: every message comes back as given."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._output_charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        # the new catalog goes at the far end of the chain
        if not self._fallback:
            self._fallback = fallback
        else:
            self._fallback.add_fallback(fallback)

    def gettext(self, message):
        chained = self._fallback
        return chained.gettext(message) if chained else message

    def ngettext(self, msgid1, msgid2, n):
        chained = self._fallback
        if chained:
            return chained.ngettext(msgid1, msgid2, n)
        return _by_count(msgid1, msgid2, n)

    def pgettext(self, context, message):
        chained = self._fallback
        return chained.pgettext(context, message) if chained else message

    def npgettext(self, context, msgid1, msgid2, n):
        chained = self._fallback
        if chained:
            return chained.npgettext(context, msgid1, msgid2, n)
        return _by_count(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Bind `_` (and the functions in `names`) in builtins to this catalog's."""
        import builtins
        builtins.__dict__["_"] = self.gettext
        if names is not None:
            allowed = {"gettext", "ngettext", "npgettext", "pgettext"}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        import struct
        source = getattr(fp, "name", "")
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        size = len(data)
        (magic,) = struct.unpack("<I", data[:4])
        byte_order = {self.LE_MAGIC: "<", self.BE_MAGIC: ">"}.get(magic)
        if byte_order is None:
            raise OSError(0, "Bad magic number", source)
        version, count, originals_at, translations_at = struct.unpack(
            byte_order + "4I", data[4:20])
        major = self._get_versions(version)[0]
        if major not in self.VERSIONS:
            raise OSError(0, "Bad version number " + str(major), source)

        def entry(table, k):
            # (length, offset) of the k-th string described by a table
            at = table + 8 * k
            return struct.unpack(byte_order + "II", data[at:at + 8])

        for k in range(count):
            orig_len, orig_off = entry(originals_at, k)
            trans_len, trans_off = entry(translations_at, k)
            if orig_off + orig_len >= size or trans_off + trans_len >= size:
                raise OSError(0, "File is corrupt", source)
            original = data[orig_off:orig_off + orig_len]
            translated = data[trans_off:trans_off + trans_len]
            if orig_len == 0:
                self._read_header(translated)
            encoding = self._charset or "ascii"
            if b"\x00" not in original:
                catalog[str(original, encoding)] = str(translated, encoding)
                continue
            singular, _plural = original.split(b"\x00")
            key = str(singular, encoding)
            for index, form in enumerate(translated.split(b"\x00")):
                catalog[(key, index)] = str(form, encoding)

    def _read_header(self, raw):
        # "Key: value" lines; a line without a colon continues the previous value
        previous = None
        for raw_line in raw.split(b"\n"):
            line = raw_line.decode().strip()
            if not line:
                continue
            if line.startswith("#-#-#-#-#") and line.endswith("#-#-#-#-#"):
                continue
            name, colon, value = line.partition(":")
            if not colon:
                if previous:
                    self._info[previous] += "\n" + line
                continue
            name = name.strip().lower()
            value = value.strip()
            self._info[name] = value
            previous = name
            if name == "content-type":
                self._charset = value.split("charset=")[1]
            elif name == "plural-forms":
                self.plural = c2py(value.split(";")[1].split("plural=")[1])

    def _singular(self, msgid):
        # a plain entry, else form plural(1) of a plural entry
        catalog = self._catalog
        if msgid in catalog:
            return catalog[msgid]
        as_plural = (msgid, self.plural(1))
        if as_plural in catalog:
            return catalog[as_plural]
        return _ABSENT

    def gettext(self, message):
        found = self._singular(message)
        if found is not _ABSENT:
            return found
        return super().gettext(message)

    def ngettext(self, msgid1, msgid2, n):
        # plural() is called right here: its warnings name our caller (stacklevel)
        found = self._catalog.get((msgid1, self.plural(n)), _ABSENT)
        if found is not _ABSENT:
            return found
        return super().ngettext(msgid1, msgid2, n)

    def pgettext(self, context, message):
        found = self._singular(self.CONTEXT % (context, message))
        if found is not _ABSENT:
            return found
        return super().pgettext(context, message)

    def npgettext(self, context, msgid1, msgid2, n):
        key = (self.CONTEXT % (context, msgid1), self.plural(n))
        found = self._catalog.get(key, _ABSENT)
        if found is not _ABSENT:
            return found
        return super().npgettext(context, msgid1, msgid2, n)


# ---------------------------------------------------------------------------
# finding catalogs

def _cut(text, marker):
    # (before, from marker on); the second part is "" when marker is absent
    at = text.find(marker)
    if at < 0:
        return text, ""
    return text[:at], text[at:]


def _expand_lang(loc):
    """`loc` and its less specific forms: de_DE.UTF-8@euro, ..., de."""
    rest, modifier = _cut(loc, "@")
    rest, codeset = _cut(rest, ".")
    language, territory = _cut(rest, "_")

    def keep_or_drop(part):
        return (part, "") if part else ("",)

    variants = []
    for m in keep_or_drop(modifier):
        for t in keep_or_drop(territory):
            for c in keep_or_drop(codeset):
                variants.append(language + t + c + m)
    return variants


def _languages_from_environment():
    chosen = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        setting = os.environ.get(variable)
        if setting:
            chosen = setting.split(":")
            break
    if "C" not in chosen:
        chosen.append("C")
    return chosen


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of `domain` for the first language that has one (all of them with
    all=True), or None."""
    base = _default_localedir if localedir is None else localedir
    if languages is None:
        languages = _languages_from_environment()
    candidates = []
    for lang in languages:
        for variant in _expand_lang(lang):
            if variant not in candidates:
                candidates.append(variant)
    hits = []
    for lang in candidates:
        if lang == "C":
            break
        path = os.path.join(base, lang, "LC_MESSAGES", "%s.mo" % domain)
        if not os.path.exists(path):
            continue
        if not all:
            return path
        hits.append(path)
    return hits if all else None


_translations = {}


def _load_cached(cls, path):
    key = (cls, os.path.abspath(path))
    loaded = _translations.get(key)
    if loaded is None:
        with open(path, "rb") as fp:
            loaded = _translations.setdefault(key, cls(fp))
    return loaded


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The catalog of `domain` (chained with those of the later languages)."""
    import copy
    cls = GNUTranslations if class_ is None else class_
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, "No translation file found for domain", domain)
    head = None
    for path in paths:
        # each caller gets its own copy, so fallbacks added later stay private
        catalog = copy.copy(_load_cached(cls, path))
        if head is None:
            head = catalog
        else:
            head.add_fallback(catalog)
    return head


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = "messages"


def textdomain(domain=None):
    """Set (when given) and return the current global domain."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_catalog(domain):
    # None when the domain has no catalog (or it cannot be read)
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    catalog = _domain_catalog(domain)
    return message if catalog is None else catalog.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    catalog = _domain_catalog(domain)
    if catalog is None:
        return _by_count(msgid1, msgid2, n)
    return catalog.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    catalog = _domain_catalog(domain)
    return message if catalog is None else catalog.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    catalog = _domain_catalog(domain)
    if catalog is None:
        return _by_count(msgid1, msgid2, n)
    return catalog.npgettext(context, msgid1, msgid2, n)


# The same four lookups in the domain textdomain() selected.
def gettext(message):
    return dgettext(_current_domain, message)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
