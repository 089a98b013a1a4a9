"""warnings for pyseal: issue, filter and record warnings, as CPython's module does."""

import sys

# Filter entries are (action, message, category, module, lineno). The message and module
# are None (anything), a compiled pattern (filterwarnings), or a plain string that must
# match exactly (these start-up entries).
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Each registry (a module's __warningregistry__, onceregistry) records the version it was
# filled under and is forgotten once the filters change.
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _filters_mutated()


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    # The message and module are regular expressions matched at the start of the text;
    # the message ignores case.
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter((action, message, category, module, lineno), append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message, self.category, self.source = message, category, source
        self.filename, self.lineno, self.line = filename, lineno, line
        self.file = file
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, text in enumerate(f, 1):
                if i == lineno:
                    return text
    except (OSError, UnicodeDecodeError):
        pass
    return None


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get("__name__", "<string>")
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None and _seen_before(registry, key, remember=False):
        return
    action, entry = _matching_filter(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        # "default" shows a warning once per location, "module" once per module and
        # "once" once per registry (the module's, else onceregistry).
        if registry is not None:
            registry[key] = True
        if action == "once":
            if _seen_before(onceregistry if registry is None else registry, (text, category)):
                return
        elif action == "module":
            if registry is not None and _seen_before(registry, (text, category)):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, entry))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def _seen_before(registry, key, remember=True):
    """Whether registry already holds key (recording it when asked); a registry from
    before the last filter change is emptied first."""
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if registry.get(key):
        return True
    if remember:
        registry[key] = True
    return False


def _fits(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def _matching_filter(text, category, module, lineno):
    """(action, entry) of the first filter that fits; defaultaction and None if none does."""
    for entry in filters:
        action, text_pattern, wanted, module_pattern, wanted_line = entry
        if (_fits(text_pattern, text) and issubclass(category, wanted)
                and _fits(module_pattern, module) and wanted_line in (0, lineno)):
            return action, entry
    return defaultaction, None


class catch_warnings:
    """Saves and restores the warnings state; with record=True, collects the warnings."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action else None

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_show = _state["show"]
        self._saved_showwarning = showwarning
        _filters_mutated()
        if self._filter:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _state["show"] = log.append
            return log
        return None

    def __exit__(self, *exc_info):
        filters[:] = self._saved_filters
        _state["show"] = self._saved_show
        globals()["showwarning"] = self._saved_showwarning
        _filters_mutated()


_state = {"show": None}


def _showwarnmsg(msg):
    if _state["show"] is not None:
        _state["show"](msg)
        return
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
