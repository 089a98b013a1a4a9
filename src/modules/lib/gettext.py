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
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

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
        from struct import unpack
        filename = getattr(fp, "name", "")
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        buflen = len(buf)
        magic = unpack("<I", buf[:4])[0]
        if magic == self.LE_MAGIC:
            version, msgcount, masteridx, transidx = unpack("<4I", buf[4:20])
            ii = "<II"
        elif magic == self.BE_MAGIC:
            version, msgcount, masteridx, transidx = unpack(">4I", buf[4:20])
            ii = ">II"
        else:
            raise OSError(0, "Bad magic number", filename)
        major_version, minor_version = self._get_versions(version)
        if major_version not in self.VERSIONS:
            raise OSError(0, "Bad version number " + str(major_version), filename)
        for i in range(0, msgcount):
            mlen, moff = unpack(ii, buf[masteridx:masteridx + 8])
            mend = moff + mlen
            tlen, toff = unpack(ii, buf[transidx:transidx + 8])
            tend = toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, "File is corrupt", filename)
            if mlen == 0:
                lastk = None
                for b_item in tmsg.split(b"\n"):
                    item = b_item.decode().strip()
                    if not item:
                        continue
                    if item.startswith("#-#-#-#-#") and item.endswith("#-#-#-#-#"):
                        continue
                    k = v = None
                    if ":" in item:
                        k, v = item.split(":", 1)
                        k = k.strip().lower()
                        v = v.strip()
                        self._info[k] = v
                        lastk = k
                    elif lastk:
                        self._info[lastk] += "\n" + item
                    if k == "content-type":
                        self._charset = v.split("charset=")[1]
                    elif k == "plural-forms":
                        v = v.split(";")
                        plural = v[1].split("plural=")[1]
                        self.plural = c2py(plural)
            charset = self._charset or "ascii"
            if b"\x00" in msg:
                msgid1, msgid2 = msg.split(b"\x00")
                tmsg = tmsg.split(b"\x00")
                msgid1 = str(msgid1, charset)
                for i, x in enumerate(tmsg):
                    catalog[(msgid1, i)] = str(x, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            if n == 1:
                tmsg = msgid1
            else:
                tmsg = msgid2
        return tmsg

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            tmsg = self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            if n == 1:
                tmsg = msgid1
            else:
                tmsg = msgid2
        return tmsg


# ---------------------------------------------------------------------------
# finding catalogs

def _expand_lang(loc):
    """`loc` and its less specific forms: de_DE.UTF-8@euro, ..., de."""
    COMPONENT_CODESET = 1 << 0
    COMPONENT_TERRITORY = 1 << 1
    COMPONENT_MODIFIER = 1 << 2
    mask = 0
    pos = loc.find("@")
    if pos >= 0:
        modifier = loc[pos:]
        loc = loc[:pos]
        mask |= COMPONENT_MODIFIER
    else:
        modifier = ""
    pos = loc.find(".")
    if pos >= 0:
        codeset = loc[pos:]
        loc = loc[:pos]
        mask |= COMPONENT_CODESET
    else:
        codeset = ""
    pos = loc.find("_")
    if pos >= 0:
        territory = loc[pos:]
        loc = loc[:pos]
        mask |= COMPONENT_TERRITORY
    else:
        territory = ""
    language = loc
    ret = []
    for i in range(mask + 1):
        if not (i & ~mask):
            val = language
            if i & COMPONENT_TERRITORY:
                val += territory
            if i & COMPONENT_CODESET:
                val += codeset
            if i & COMPONENT_MODIFIER:
                val += modifier
            ret.append(val)
    ret.reverse()
    return ret


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of `domain` for the first language that has one (all of them with
    all=True), or None."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            val = os.environ.get(envar)
            if val:
                languages = val.split(":")
                break
        if "C" not in languages:
            languages.append("C")
    nelangs = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in nelangs:
                nelangs.append(nelang)
    result = [] if all else None
    for lang in nelangs:
        if lang == "C":
            break
        mofile = os.path.join(localedir, lang, "LC_MESSAGES", "%s.mo" % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The catalog of `domain` (chained with those of the later languages)."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, "No translation file found for domain", domain)
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, "rb") as fp:
                t = _translations.setdefault(key, class_(fp))
        import copy
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


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


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        if n == 1:
            return msgid1
        return msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        if n == 1:
            return msgid1
        return msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
