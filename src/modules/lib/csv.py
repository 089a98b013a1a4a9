"""csv for pyseal: reading and writing comma-separated values.

The reader is a character state machine over the lines of any iterable of strings, so quoted
fields may span lines; the writer quotes and escapes as the dialect asks. Dialects are
validated on creation with CPython's messages. Sniffer guesses a dialect from a sample the way
CPython's does (quoted fields first, then characters equally frequent on every line).
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "field_size_limit",
           "DictReader", "DictWriter", "Sniffer", "__version__"]

__version__ = "1.0"

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


class _Dialect:
    """The checked, read-only parameters a reader or writer works with."""

    __slots__ = _ATTRS

    def __init__(self, base, overrides):
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
        for name, value in (("escapechar", escapechar), ("quotechar", quotechar)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f'"{name}" must be string or None, not {type(value).__name__}')
        if escapechar is not None and len(escapechar) != 1:
            raise TypeError('"escapechar" must be a 1-character string')
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        if type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        if quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if quotechar is None and "quoting" not in overrides:
            # Without a quote character and no explicit quoting, nothing is quoted.
            quoting = QUOTE_NONE
        if quotechar is None:
            if quoting != QUOTE_NONE:
                raise TypeError("quotechar must be set if quoting enabled")
        elif not isinstance(quotechar, str) or len(quotechar) != 1:
            raise TypeError('"quotechar" must be a 1-character string')
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
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self, {})
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX: '\\n' ends lines, all is quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


class reader:
    """Iterates over the records of an iterable of lines."""
    __module__ = "_csv"

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        # What __next__'s fast path needs, read once (a dialect never changes).
        self._splittable = dialect.quoting != QUOTE_NONNUMERIC and not dialect.skipinitialspace
        self._quotechar = dialect.quotechar or "\n"
        self._escapechar = dialect.escapechar or "\n"
        self._delimiter = dialect.delimiter

    def __iter__(self):
        return self

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            self._state = _IN_FIELD
            self._process(c)
        elif state == _IN_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")

    def __next__(self):
        line = next(self._lines)
        if not isinstance(line, str):
            raise Error("iterator should return strings, not %.200s "
                        "(the file should be opened in text mode)" % type(line).__name__)
        self.line_num += 1
        if self._splittable:
            # A line with nothing to unquote or unescape is split in one go.
            body = line.rstrip("\r\n")
            if (body and "\n" not in body and "\r" not in body and self._quotechar not in body
                    and self._escapechar not in body):
                fields = body.split(self._delimiter)
                if len(body) <= _field_limit or max(map(len, fields)) <= _field_limit:
                    return fields
        return self._parse_record(line)

    def _parse_record(self, line):
        """The record that starts with line, parsed character by character (reading more
        lines while a quoted field goes on)."""
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
            try:
                line = next(self._lines)
            except StopIteration:
                if len(self._fields) != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
        fields = self._fields
        self._fields = None
        return fields


_Reader = reader


class writer:
    """Writes records to an object with a write() method."""
    __module__ = "_csv"

    def __init__(self, fileobj, dialect):
        self._write = fileobj.write
        self.dialect = dialect
        special = set(dialect.delimiter + dialect.lineterminator)
        special.update(c for c in (dialect.quotechar, dialect.escapechar) if c is not None)
        self._special = tuple(special)
        # The special characters as exactly five (repeats fill in), for one chain of `in`
        # tests per field; None when there are more.
        self._five = (self._special * 5)[:5] if len(special) <= 5 else None
        # Whether str() of an int or a float can hold a character to quote or escape.
        self._numbers_plain = not any(c in "0123456789.-+einfa" for c in special)

    def _join_field(self, field, quoted, out):
        d = self.dialect
        for c in self._special:
            if c in field:
                break
        else:
            # Nothing to quote or escape: the field is written as it is.
            out.append(d.quotechar + field + d.quotechar if quoted else field)
            return
        special = d.delimiter + d.lineterminator
        chunk = []
        for c in field:
            want_escape = False
            if (c in special or c == d.escapechar or c == d.quotechar):
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chunk.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    chunk.append(d.escapechar)
            chunk.append(c)
        text = "".join(chunk)
        if quoted:
            text = d.quotechar + text + d.quotechar
        out.append(text)

    def writerow(self, row):
        d = self.dialect
        try:
            items = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        out = []
        quoting = d.quoting
        five = self._five
        if five is not None:
            c0, c1, c2, c3, c4 = five
        numbers_plain = self._numbers_plain and quoting != QUOTE_ALL
        for field in items:
            t = type(field)
            if t is str and quoting == QUOTE_MINIMAL and five is not None:
                # The common case, with _join_field's check for special characters inline.
                if c0 in field or c1 in field or c2 in field or c3 in field or c4 in field:
                    self._join_field(field, False, out)
                else:
                    out.append(field)
                continue
            if (t is int or t is float) and numbers_plain:
                out.append(str(field))
                continue
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._join_field(text, quoted, out)
        if len(out) == 1 and out[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out[0] = d.quotechar * 2
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer = writer


def reader(csvfile, dialect="excel", **fmtparams):
    """A reader of the records in csvfile (any iterable of lines)."""
    d = _resolve(dialect, fmtparams)
    return _Reader(iter(csvfile), d)


def writer(csvfile, dialect="excel", **fmtparams):
    """A writer of records to csvfile (anything with a write() method)."""
    if not hasattr(csvfile, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(csvfile, _resolve(dialect, fmtparams))


class DictReader:
    """Reads records as dicts keyed by the field names (the first record, by default)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        rd = self.reader
        row = next(rd)
        self.line_num = rd.line_num
        while row == []:
            row = next(rd)
        names = self._fieldnames
        if names is None:
            names = self.fieldnames
        else:
            self.line_num = rd.line_num
        record = dict(zip(names, row))
        n_names, n_row = len(names), len(row)
        if n_names < n_row:
            record[self.restkey] = row[n_names:]
        elif n_names > n_row:
            for key in names[n_row:]:
                record[key] = self.restval
        return record


class DictWriter:
    """Writes dicts as records, fields in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

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
