"""csv for pyseal: reading and writing comma-separated values.

The reader's state machine (over the lines of any iterable of strings, so quoted fields may
span lines) and the writer's quoting and escaping are native, in _csvcore. Dialects are
validated on creation with CPython's messages. Sniffer guesses a dialect from a sample the way
CPython's does (quoted fields first, then characters equally frequent on every line).
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "field_size_limit",
           "DictReader", "DictWriter", "Sniffer", "__version__"]

__version__ = "1.0"

from _csvcore import read_record as _read_record, join_row as _join_row

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3

_field_limit = 128 * 1024


class Error(Exception):
    __module__ = "_csv"


def field_size_limit(*args):
    """Returns the largest field the reader accepts; with an argument, sets a new one."""
    global _field_limit
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
          "skipinitialspace", "strict")


def _is_number(value):
    """Whether CPython counts value as a number (it converts to int, float or an index,
    or is complex): QUOTE_NONNUMERIC leaves those unquoted."""
    t = type(value)
    return (isinstance(value, complex) or hasattr(t, "__index__") or hasattr(t, "__int__")
            or hasattr(t, "__float__"))


def _check_char_or_none(name, value):
    if value is None:
        return
    if not isinstance(value, str):
        raise TypeError(f'"{name}" must be string or None, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')


class _Dialect:
    """The checked, read-only parameters a reader or writer works with."""

    __slots__ = _ATTRS

    def __init__(self, base, overrides):
        for name in overrides:
            if name not in _ATTRS:
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        values = {}
        for name in _ATTRS:
            if name in overrides:
                values[name] = overrides[name]
            elif base is not None and hasattr(base, name):
                values[name] = getattr(base, name)
        delimiter = values.get("delimiter", ",")
        doublequote = values.get("doublequote", True)
        escapechar = values.get("escapechar", None)
        lineterminator = values.get("lineterminator", "\r\n")
        quotechar = values.get("quotechar", '"')
        quoting = values.get("quoting", QUOTE_MINIMAL)
        if not isinstance(delimiter, str):
            raise TypeError(f'"delimiter" must be string, not {type(delimiter).__name__}')
        if len(delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        # Checked in CPython's order: each parameter's type as it is read, then the
        # combinations.
        _check_char_or_none("escapechar", escapechar)
        if lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        _check_char_or_none("quotechar", quotechar)
        if type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        if quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if quotechar is None and "quoting" not in values:
            # Without a quote character and no explicit quoting, nothing is quoted.
            quoting = QUOTE_NONE
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        setter = object.__setattr__
        setter(self, "delimiter", delimiter)
        setter(self, "doublequote", bool(doublequote))
        setter(self, "escapechar", escapechar)
        setter(self, "lineterminator", lineterminator)
        setter(self, "quotechar", quotechar)
        setter(self, "quoting", quoting)
        setter(self, "skipinitialspace", bool(values.get("skipinitialspace", False)))
        setter(self, "strict", bool(values.get("strict", False)))

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)


_dialects = {}


def _resolve(dialect, overrides):
    # No dialect (None) is not the same as "excel": without one, quotechar=None alone
    # turns quoting off, while excel's own quoting would then ask for a quote character.
    if isinstance(dialect, str):
        try:
            base = _dialects[dialect]
        except KeyError:
            raise Error("unknown dialect") from None
    else:
        base = dialect
    if isinstance(base, _Dialect) and not overrides:
        return base
    return _Dialect(base, overrides)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


class Dialect:
    """Describes a CSV dialect: subclass it and set the class attributes."""
    _name = ""
    _valid = False
    # All unset: a subclass gives the values.
    delimiter = quotechar = escapechar = doublequote = None
    skipinitialspace = lineterminator = quoting = None

    def __init__(self):
        # Only subclasses count as checked dialects.
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self, {})
        except TypeError as problem:
            raise Error(str(problem)) from None


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter, quotechar, doublequote = ',', '"', True
    skipinitialspace, lineterminator, quoting = False, '\r\n', QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX: '\\n' ends lines, all is quoted."""
    delimiter, quotechar, doublequote = ',', '"', True
    skipinitialspace, lineterminator, quoting = False, '\n', QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

class reader:
    """Iterates over the records of an iterable of lines."""
    __module__ = "_csv"

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        # line_num, which _csvcore counts in place.
        self._line_count = [0]
        # The dialect as _csvcore reads it (a dialect never changes).
        self._params = (dialect.delimiter, dialect.quotechar, dialect.escapechar,
                        dialect.doublequote, dialect.skipinitialspace, dialect.strict,
                        dialect.quoting, Error, float)

    def __iter__(self):
        return self

    def __next__(self):
        return _read_record(self._line_count, self._lines, self._params, _field_limit)

    @property
    def line_num(self):
        return self._line_count[0]


_Reader = reader


class writer:
    """Writes records to an object with a write() method."""
    __module__ = "_csv"

    def __init__(self, fileobj, dialect):
        self._write = fileobj.write
        self.dialect = dialect
        # The dialect as _csvcore reads it (a dialect never changes).
        self._params = (dialect.delimiter, dialect.quotechar, dialect.escapechar,
                        dialect.doublequote, dialect.quoting, dialect.lineterminator, Error)

    def writerow(self, row):
        return self._write(_join_row(row, self._params, _is_number))

    def writerows(self, rows):
        write = self._write
        params = self._params
        for row in rows:
            write(_join_row(row, params, _is_number))


_Writer = writer


def reader(csvfile, dialect=None, **fmtparams):
    """A reader of the records in csvfile (any iterable of lines)."""
    d = _resolve(dialect, fmtparams)
    return _Reader(iter(csvfile), d)


def writer(csvfile, dialect=None, **fmtparams):
    """A writer of records to csvfile (anything with a write() method)."""
    if not hasattr(csvfile, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(csvfile, _resolve(dialect, fmtparams))


class DictReader:
    """Reads records as dicts keyed by the field names (the first record, by default)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        # (Kept as given: 3.11 does not turn an iterator into a list.)
        self._fieldnames = fieldnames
        self.restkey, self.restval = restkey, restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect, self.line_num = dialect, 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            # The header record; an empty file leaves the names unknown (None).
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, names):
        self._fieldnames = names

    def __next__(self):
        source = self.reader
        if self.line_num == 0:
            self.fieldnames
        row = next(source)
        self.line_num = source.line_num
        # Blank lines give no record at all (a dict of restval would be useless).
        while not row:
            row = next(source)
        if self._fieldnames is None:
            names = self.fieldnames
        else:
            names = self._fieldnames
            self.line_num = source.line_num
        record = dict(zip(names, row))
        surplus = len(row) - len(names)
        if surplus > 0:
            record[self.restkey] = row[len(names):]
        elif surplus < 0:
            record.update(dict.fromkeys(names[len(row):], self.restval))
        return record


class DictWriter:
    """Writes dicts as records, fields in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        self.fieldnames, self.restval = fieldnames, restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                listed = ", ".join(map(repr, unknown))
                raise ValueError(f"dict contains fields not in fieldnames: {listed}")
        pick, fallback = rowdict.get, self.restval
        return [pick(key, fallback) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses the dialect of a CSV sample and whether its first row is a header."""

    def __init__(self):
        # Delimiters chosen first when the frequency test leaves several candidates.
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing the sample."""
        quotechar, doublequote, delimiter, skipinitialspace = _quoted_layout(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._frequent_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _frequent_delimiter(self, sample, delimiters):
        """A character appearing equally often on (nearly) every line, looked at in chunks of
        ten lines; the histograms of per-line counts keep growing over the chunks."""
        lines = [line for line in sample.split("\n") if line]
        chunk = min(10, len(lines))
        histograms = {}
        modes = {}
        found = {}
        rounds = 0
        start = 0
        while start < len(lines):
            rounds += 1
            for line in lines[start:start + chunk]:
                for code in range(127):
                    ch = chr(code)
                    hist = histograms.setdefault(ch, {})
                    n = line.count(ch)
                    hist[n] = hist.get(n, 0) + 1
            for ch, hist in histograms.items():
                pairs = list(hist.items())
                if len(pairs) == 1:
                    if pairs[0][0] == 0:
                        continue
                    modes[ch] = pairs[0]
                    continue
                best = pairs[0]
                for pair in pairs[1:]:
                    if pair[1] > best[1]:
                        best = pair
                others = sum(p[1] for p in pairs) - best[1]
                modes[ch] = (best[0], best[1] - others)
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not found and consistency >= 0.9:
                for ch, (count, weight) in modes.items():
                    if count > 0 and weight > 0 and weight / total >= consistency and (
                            delimiters is None or ch in delimiters):
                        found[ch] = (count, weight)
                consistency -= 0.01
            if len(found) == 1:
                ch = next(iter(found))
                return ch, _spaced_after(lines[0], ch)
            start += chunk
        if not found:
            return "", 0
        if len(found) > 1:
            for ch in self.preferred:
                if ch in found:
                    return ch, _spaced_after(lines[0], ch)
        ch = max((v, k) for k, v in found.items())[1]
        return ch, _spaced_after(lines[0], ch)

    def has_header(self, sample):
        """True when the first row looks different (type or length per column) from the rest."""
        import io
        rows = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) == int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0


def _spaced_after(line, delimiter):
    return line.count(delimiter) == line.count(delimiter + " ")


_QUOTED_PATTERNS = (
    # ,"field",   quoted field between delimiters
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    # "field",    quoted field opening a line
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    # ,"field"    quoted field closing a line
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    # "field"     a whole line quoted
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _quoted_layout(sample, delimiters):
    """(quotechar, doublequote, delimiter, skipinitialspace) read off quoted fields, or
    ('', False, None, 0) when the sample has none."""
    import re
    hits = []
    for source in _QUOTED_PATTERNS:
        pattern = re.compile(source, re.DOTALL | re.MULTILINE)
        hits = [m.groupdict() for m in pattern.finditer(sample)]
        if hits:
            break
    if not hits:
        return "", False, None, 0
    quotes = {}
    delims = {}
    spaces = 0
    for groups in hits:
        q = groups["quote"]
        if q:
            quotes[q] = quotes.get(q, 0) + 1
        if "delim" not in groups:
            continue
        d = groups["delim"]
        if d and (delimiters is None or d in delimiters):
            delims[d] = delims.get(d, 0) + 1
        if groups["space"]:
            spaces += 1
    quotechar = max(quotes, key=quotes.get)
    if delims:
        delim = max(delims, key=delims.get)
        skipinitialspace = delims[delim] == spaces
        if delim == "\n":
            delim = ""
    else:
        delim = ""
        skipinitialspace = 0
    d = re.escape(delim)
    doubled = re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)"
                         % (d, quotechar, d, quotechar, d, quotechar, d), re.MULTILINE)
    return quotechar, bool(doubled.search(sample)), delim, skipinitialspace


reader.__tp_name__ = "_csv.reader"
writer.__tp_name__ = "_csv.writer"
_Dialect.__tp_name__ = "_csv.Dialect"
_Dialect.__name__ = _Dialect.__qualname__ = "Dialect"
_Dialect.__module__ = "_csv"
