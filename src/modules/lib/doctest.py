"""doctest for pyseal: run the interactive examples in docstrings and compare their output.

testmod() and run_docstring_examples() with CPython's report format; option flags
ELLIPSIS, NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL, DONT_ACCEPT_BLANKLINE, SKIP and
REPORT_ONLY_FIRST_FAILURE are understood (also as '# doctest: +FLAG' directives).
"""

import linecache as _linecache
import re as _re
import sys as _sys
import traceback as _traceback
from collections import namedtuple as _namedtuple

__all__ = ["testmod", "run_docstring_examples", "TestResults", "ELLIPSIS",
           "NORMALIZE_WHITESPACE", "IGNORE_EXCEPTION_DETAIL", "DONT_ACCEPT_BLANKLINE",
           "DONT_ACCEPT_TRUE_FOR_1", "SKIP", "REPORT_ONLY_FIRST_FAILURE", "FAIL_FAST"]

TestResults = _namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def _flag(name):
    value = 1 << len(OPTIONFLAGS_BY_NAME)
    OPTIONFLAGS_BY_NAME[name] = value
    return value


DONT_ACCEPT_TRUE_FOR_1 = _flag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = _flag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = _flag("NORMALIZE_WHITESPACE")
ELLIPSIS = _flag("ELLIPSIS")
SKIP = _flag("SKIP")
IGNORE_EXCEPTION_DETAIL = _flag("IGNORE_EXCEPTION_DETAIL")
REPORT_UDIFF = _flag("REPORT_UDIFF")
REPORT_CDIFF = _flag("REPORT_CDIFF")
REPORT_NDIFF = _flag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = _flag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = _flag("FAIL_FAST")

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."
DIVIDER = "*" * 70

_EXAMPLE_RE = _re.compile(r"""
    (?P<source>
        (?:^(?P<indent> [ ]*) >>>    .*)    # PS1 line
        (?:\n           [ ]*  \.\.\. .*)*)  # PS2 lines
    \n?
    (?P<want> (?:(?![ ]*$)    # Not a blank line
                 (?![ ]*>>>)  # Not a line starting with PS1
                 .+$\n?       # But any other line
              )*)
    """, _re.MULTILINE | _re.VERBOSE)
_EXCEPTION_RE = _re.compile(r"""
    ^(?P<msg> Traceback\ \(
        (?: most\ recent\ call\ last
        |   innermost\ last
        ) \) :
    )
    \s* $
    (?P<stack> .*?)
    ^(?P<exc> \w+ .*)
    """, _re.VERBOSE | _re.MULTILINE | _re.DOTALL)
_OPTION_RE = _re.compile(r"#\s*doctest:\s*([^\n\'\"]*)$", _re.MULTILINE)


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source, self.want, self.exc_msg = source, want, exc_msg
        self.lineno, self.indent = lineno, indent
        self.options = options or {}


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples, self.globs, self.name = examples, globs, name
        self.filename, self.lineno, self.docstring = filename, lineno, docstring

    def __repr__(self):
        n = len(self.examples)
        examples = "no examples" if n == 0 else "1 example" if n == 1 else f"{n} examples"
        return f"<{type(self).__name__} {self.name} from {self.filename}:{self.lineno} ({examples})>"

    def __lt__(self, other):
        return ((self.name, self.filename, self.lineno or -1, id(self))
                < (other.name, other.filename, other.lineno or -1, id(other)))


def _min_indent(s):
    indents = [len(m) for m in _re.findall(r"(?m)^( *)\S", s)]
    return min(indents) if indents else 0


def _parse_examples(string, name):
    string = string.expandtabs()
    indent = _min_indent(string)
    if indent > 0:
        string = "\n".join(line[indent:] for line in string.split("\n"))
    examples = []
    charno, lineno = 0, 0
    for m in _EXAMPLE_RE.finditer(string):
        lineno += string.count("\n", charno, m.start())
        ind = len(m.group("indent"))
        source_lines = m.group("source").split("\n")
        source = "\n".join(sl[ind + 4:] for sl in source_lines)
        want = m.group("want")
        want_lines = want.split("\n")
        if len(want_lines) > 1 and _re.match(r" *$", want_lines[-1]):
            del want_lines[-1]
        want = "\n".join(wl[ind:] for wl in want_lines)
        em = _EXCEPTION_RE.match(want)
        exc_msg = em.group("exc") if em else None
        options = {}
        for om in _OPTION_RE.finditer(source):
            for option in om.group(1).replace(",", " ").split():
                if option[0] not in "+-" or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError(f"line {lineno + 1} of the doctest for {name} has an "
                                     f"invalid option: {option!r}")
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
        examples.append(Example(source, want, exc_msg, lineno, ind, options))
        lineno += string.count("\n", m.start(), m.end())
        charno = m.end()
    return examples


def _check_output(want, got, flags):
    if got == want:
        return True
    if not flags & DONT_ACCEPT_TRUE_FOR_1:
        if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
            return True
    if not flags & DONT_ACCEPT_BLANKLINE:
        want = _re.sub(r"(?m)^%s\s*?$" % _re.escape(BLANKLINE_MARKER), "", want)
        got = _re.sub(r"(?m)^[^\S\n]+$", "", got)
        if got == want:
            return True
    if flags & NORMALIZE_WHITESPACE:
        got = " ".join(got.split())
        want = " ".join(want.split())
        if got == want:
            return True
    if flags & ELLIPSIS and _ellipsis_match(want, got):
        return True
    return False


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    start, end = 0, len(got)
    first, last = pieces[0], pieces[-1]
    if first:
        if not got.startswith(first):
            return False
        start = len(first)
        del pieces[0]
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
        del pieces[-1]
    if start > end:
        return False
    for piece in pieces:
        start = got.find(piece, start, end)
        if start < 0:
            return False
        start += len(piece)
    return True


class _Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self.parts)


def _indent(s, n=4):
    return _re.sub("(?m)^(?!$)", n * " ", s)


class DocTestRunner:
    def __init__(self, verbose=None, optionflags=0):
        self._verbose = ("-v" in _sys.argv) if verbose is None else verbose
        self.optionflags = optionflags
        self.tries = self.failures = 0
        self._name2ft = {}

    def _report_failure_header(self, out, test, example):
        lineno = test.lineno + example.lineno + 1 if test.lineno is not None else "?"
        out(DIVIDER + "\n")
        out(f'File "{test.filename}", line {lineno}, in {test.name}\n')
        out("Failed example:\n" + _indent(example.source))

    def run(self, test, out=None):
        out = out or _sys.stdout.write
        failures = tries = 0
        original_flags = self.optionflags
        for example in test.examples:
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            flags = original_flags
            for flag, on in example.options.items():
                flags = flags | flag if on else flags & ~flag
            if flags & SKIP:
                continue
            tries += 1
            if not quiet and self._verbose:
                out("Trying:\n" + _indent(example.source))
                out(("Expecting:\n" + _indent(example.want)) if example.want
                    else "Expecting nothing\n")
            capture = _Capture()
            saved = _sys.stdout
            _sys.stdout = capture
            exc = None
            filename = f"<doctest {test.name}[{tries - 1}]>"
            # Tracebacks quote the example's source, as CPython's doctest makes linecache do.
            lines = example.source.splitlines(True)
            _linecache.cache[filename] = (len(example.source), None, lines, filename)
            # 'single' mode: an expression's value is shown unless it is None.
            try:
                code, is_expr = compile(example.source, filename, "eval"), True
            except SyntaxError:
                code, is_expr = None, False
            try:
                if code is None:
                    code = compile(example.source, filename, "exec")
                if is_expr:
                    value = eval(code, test.globs)
                    if value is not None:
                        print(repr(value))
                        test.globs["_"] = value
                else:
                    exec(code, test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                exc = e
            finally:
                _sys.stdout = saved
            got = capture.getvalue()
            if exc is None:
                ok = _check_output(example.want, got, flags)
            else:
                exc_msg = _traceback.format_exception_only(type(exc), exc)[-1]
                got += "Traceback (most recent call last):\n  ...\n" + exc_msg
                if example.exc_msg is None:
                    ok = False
                else:
                    ok = _check_output(example.exc_msg, exc_msg, flags)
                    if not ok and flags & IGNORE_EXCEPTION_DETAIL:
                        strip = lambda m: m.split(":", 1)[0].rsplit(".", 1)[-1]
                        ok = strip(example.exc_msg) == strip(exc_msg)
            if ok:
                if not quiet and self._verbose:
                    out("ok\n")
            else:
                failures += 1
                if not quiet:
                    self._report_failure_header(out, test, example)
                    if exc is not None and example.exc_msg is None:
                        tb = "".join(_traceback.format_exception(type(exc), exc,
                                                                 exc.__traceback__))
                        out("Exception raised:\n" + _indent(tb))
                    else:
                        want = example.want
                        if exc is not None:
                            got = "".join(_traceback.format_exception(type(exc), exc,
                                                                      exc.__traceback__))
                        out(("Expected:\n" + _indent(want)) if want else "Expected nothing\n")
                        out(("Got:\n" + _indent(got)) if got else "Got nothing\n")
                if self.optionflags & FAIL_FAST:
                    break
        self.optionflags = original_flags
        f, t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + failures, t + tries)
        self.failures += failures
        self.tries += tries
        return TestResults(failures, tries)

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        counts = self._name2ft
        failures = sum(f for f, _ in counts.values())
        tries = sum(t for _, t in counts.values())
        empty = sorted(name for name, (_, t) in counts.items() if t == 0)
        clean = sorted((name, t) for name, (f, t) in counts.items() if t and not f)
        broken = sorted((name, (f, t)) for name, (f, t) in counts.items() if t and f)
        if verbose and empty:
            print(len(empty), "items had no tests:")
            for name in empty:
                print("   ", name)
        if verbose and clean:
            print(len(clean), "items passed all tests:")
            for name, t in clean:
                print(" %3d tests in %s" % (t, name))
        if broken:
            print(DIVIDER)
            print(len(broken), "items had failures:")
            for name, (f, t) in broken:
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(tries, "tests in", len(counts), "items.")
            print(tries - failures, "passed and", failures, "failed.")
        if failures:
            print("***Test Failed***", failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(failures, tries)


def _source_lines(filename):
    try:
        with open(filename, encoding="utf-8") as f:
            return f.read().split("\n") or None
    except (OSError, TypeError, ValueError):
        return None


def _docstring_line(obj, lines):
    """The 0-based line where obj's docstring starts, as CPython's finder guesses it: from
    the class statement or the first line of the code, the first line with a quote mark."""
    if isinstance(obj, type):
        if lines is None:
            return None
        pat = _re.compile(r"^\s*class\s*%s\b" % _re.escape(obj.__name__))
        lineno = next((i for i, line in enumerate(lines) if pat.match(line)), None)
    else:
        code = getattr(getattr(obj, "__func__", obj), "__code__", None)
        lineno = None if code is None else code.co_firstlineno - 1
    if lineno is None:
        return None
    if lines is None:
        # Without the source, the line after the def line stands in.
        return lineno + 1
    pat = _re.compile(r"(^|.*:)\s*\w*(\"|')")
    while lineno < len(lines):
        if pat.match(lines[lineno]):
            return lineno
        lineno += 1
    return None


def _find(module, name, globs, exclude_empty):
    tests = []
    seen = set()
    filename = getattr(module, "__file__", None) or name
    lines = _source_lines(filename)

    def add(obj, objname, lineno):
        if id(obj) in seen:
            return
        seen.add(id(obj))
        doc = obj if isinstance(obj, str) else getattr(obj, "__doc__", None)
        if isinstance(obj, (staticmethod, classmethod)):
            doc = obj.__func__.__doc__
        if not isinstance(doc, str):
            doc = ""
        if doc or not exclude_empty:
            tests.append(DocTest(_parse_examples(doc, objname), globs.copy(), objname,
                                 filename, lineno if doc else None, doc))
        if obj is module:
            for key, val in list(module.__dict__.items()):
                if (callable(val) or isinstance(val, type)) and \
                        getattr(val, "__module__", None) == module.__name__ and \
                        (isinstance(val, type) or hasattr(val, "__code__")):
                    add(val, f"{objname}.{key}", _docstring_line(val, lines))
            for key, val in getattr(module, "__test__", {}).items():
                add(val, f"{objname}.__test__.{key}",
                    None if isinstance(val, str) else _docstring_line(val, lines))
        elif isinstance(obj, type):
            for key, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    func = val.__func__
                elif isinstance(val, property):
                    func = val.fget
                else:
                    func = val
                if (hasattr(func, "__code__") or isinstance(func, type)) and \
                        getattr(func, "__module__", None) == module.__name__:
                    add(val if not isinstance(val, property) else val,
                        f"{objname}.{key}", _docstring_line(func, lines))

    add(module, name, 0)
    tests.sort()
    return tests


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (__main__ by default)."""
    if m is None:
        m = _sys.modules.get("__main__")
    if name is None:
        name = m.__name__
    globs = dict(m.__dict__ if globs is None else globs)
    if extraglobs:
        globs.update(extraglobs)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in _find(m, name, globs, exclude_empty):
        runner.run(test)
    if report:
        runner.summarize()
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Test the examples in f's docstring."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    doc = f if isinstance(f, str) else (f.__doc__ or "")
    code = getattr(getattr(f, "__func__", f), "__code__", None)
    filename, lineno = "NoFile", None
    if code is not None:
        filename = code.co_filename
        lineno = _docstring_line(f, _source_lines(filename))
    test = DocTest(_parse_examples(doc, name), dict(globs), name, filename, lineno, doc)
    runner.run(test)
