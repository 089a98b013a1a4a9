"""configparser for pyseal: INI-style configuration files.

[section] headers, `key = value` / `key: value` options (continuation lines indented deeper
than the key), '#' and ';' comment lines, a DEFAULT section whose options every section sees,
%(name)s interpolation (BasicInterpolation) or ${section:name} (ExtendedInterpolation), and
the mapping interface (config['section']['key']).
"""

import functools as _functools
import io as _io
import os as _os
import re as _re
from collections.abc import MutableMapping as _MutableMapping

__all__ = ['NoSectionError', 'DuplicateOptionError', 'DuplicateSectionError', 'NoOptionError',
           'InterpolationError', 'InterpolationDepthError', 'InterpolationMissingOptionError',
           'InterpolationSyntaxError', 'ParsingError', 'MissingSectionHeaderError',
           'ConfigParser', 'RawConfigParser', 'Interpolation', 'BasicInterpolation',
           'ExtendedInterpolation', 'LegacyInterpolation', 'SectionProxy', 'ConverterMapping',
           'DEFAULTSECT', 'MAX_INTERPOLATION_DEPTH']

DEFAULTSECT = 'DEFAULT'
MAX_INTERPOLATION_DEPTH = 10

_UNSET = object()


def _deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------------------------
# Exceptions. Their str() and repr() are both the message; `args` holds the constructor's
# arguments so that they pickle and compare like CPython's.

class Error(Exception):
    """Root of the configparser exceptions."""

    def __init__(self, msg=''):
        super().__init__(msg)
        self.message = msg

    def __str__(self):
        return self.message

    __repr__ = __str__


def _reading_prefix(source, lineno):
    # "While reading from 'f.ini' [line  7]: " for errors found while parsing a source
    where = f'While reading from {source!r}'
    if lineno is not None:
        where += f' [line {lineno:2d}]'
    return where + ': '


class NoSectionError(Error):
    def __init__(self, section):
        super().__init__(f'No section: {section!r}')
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    def __init__(self, section, source=None, lineno=None):
        what = f'{section!r} already exists'
        if source is None:
            text = 'Section ' + what
        else:
            text = _reading_prefix(source, lineno) + 'section ' + what
        super().__init__(text)
        self.section, self.source, self.lineno = section, source, lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    def __init__(self, section, option, source=None, lineno=None):
        what = f'{option!r} in section {section!r} already exists'
        if source is None:
            text = 'Option ' + what
        else:
            text = _reading_prefix(source, lineno) + 'option ' + what
        super().__init__(text)
        self.section, self.option = section, option
        self.source, self.lineno = source, lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    def __init__(self, option, section):
        super().__init__(f'No option {option!r} in section: {section!r}')
        self.option, self.section = option, section
        self.args = (option, section)


class InterpolationError(Error):
    def __init__(self, option, section, msg):
        super().__init__(msg)
        self.option, self.section = option, section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    def __init__(self, option, section, rawval, reference):
        super().__init__(option, section,
                         f'Bad value substitution: option {option!r} in section {section!r} '
                         f'contains an interpolation key {reference!r} which is not a valid '
                         f'option name. Raw value: {rawval!r}')
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    pass


class InterpolationDepthError(InterpolationError):
    def __init__(self, option, section, rawval):
        super().__init__(option, section,
                         f'Recursion limit exceeded in value substitution: option {option!r} '
                         f'in section {section!r} contains an interpolation key which cannot '
                         f'be substituted in {MAX_INTERPOLATION_DEPTH} steps. '
                         f'Raw value: {rawval!r}')
        self.args = (option, section, rawval)


class ParsingError(Error):
    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        source = source or filename
        if not source:
            raise ValueError("Required argument `source' not given.")
        super().__init__(f'Source contains parsing errors: {source!r}')
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        _deprecated("The 'filename' attribute will be removed in Python 3.12. "
                    "Use 'source' instead.")
        return self.source

    def append(self, lineno, line):
        """Record one bad line (already repr()'d); the message lists them all."""
        self.errors.append((lineno, line))
        self.message = f'{self.message}\n\t[line {lineno:2d}]: {line}'


class MissingSectionHeaderError(ParsingError):
    def __init__(self, filename, lineno, line):
        Error.__init__(self, f'File contains no section headers.\n'
                             f'file: {filename!r}, line: {lineno:d}\n{line!r}')
        self.source, self.lineno, self.line = filename, lineno, line
        self.args = (filename, lineno, line)


# ---------------------------------------------------------------------------------------------
# Interpolation: how a stored value becomes the value get() returns.

class Interpolation:
    """No interpolation: values as written."""

    # hooks, in the order a value meets them: read from a source, set(), get(), write()
    def before_read(self, parser, section, option, value):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_write(self, parser, section, option, value):
        return value


def _check_references(value, sigil, reference):
    # a value may be stored only if each sigil is doubled or starts a whole reference
    leftover = reference.sub('', value.replace(sigil * 2, ''))
    at = leftover.find(sigil)
    if at >= 0:
        raise ValueError(f'invalid interpolation syntax in {value!r} at position {at}')
    return value


def _expand(style, parser, section, option, text, scope, depth, out):
    """Append `text` to `out` with `style`'s references replaced, recursing into the values
    they name; `style` supplies _SIGIL, _OPEN, _KEYCRE and _lookup()."""
    if depth > MAX_INTERPOLATION_DEPTH:
        raise InterpolationDepthError(option, section,
                                      parser.get(section, option, raw=True, fallback=text))
    if not text:
        return
    sigil = style._SIGIL
    pos = 0
    while True:
        hit = text.find(sigil, pos)
        if hit < 0:
            out.append(text[pos:])
            return
        if hit > pos:
            out.append(text[pos:hit])
        follower = text[hit + 1:hit + 2]
        if follower == sigil:
            out.append(sigil)
            pos = hit + 2
            continue
        if follower != style._OPEN:
            raise InterpolationSyntaxError(
                option, section, f'{sigil!r} must be followed by {sigil!r} or '
                                 f'{style._OPEN!r}, found: {text[hit:]!r}')
        ref = style._KEYCRE.match(text, hit)
        if ref is None:
            raise InterpolationSyntaxError(
                option, section, f'bad interpolation variable reference {text[hit:]!r}')
        pos = ref.end()
        found = style._lookup(parser, section, option, text, ref.group(1), scope, pos)
        value, where, name, where_scope = found
        if sigil in value:
            _expand(style, parser, where, name, value, where_scope, depth + 1, out)
        else:
            out.append(value)


def _missing(parser, section, option, text, reference):
    raw = parser.get(section, option, raw=True, fallback=text)
    return InterpolationMissingOptionError(option, section, raw, reference)


class BasicInterpolation(Interpolation):
    """%(name)s takes the value of option `name` of the same section (or DEFAULT); %% is %."""

    _SIGIL, _OPEN = '%', '('
    _KEYCRE = _re.compile(r'%\(([^)]+)\)s')

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        _expand(self, parser, section, option, value, defaults, 1, pieces)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        return _check_references(value, '%', self._KEYCRE)

    def _lookup(self, parser, section, option, text, reference, scope, after):
        name = parser.optionxform(reference)
        if name not in scope:
            raise _missing(parser, section, option, text, name)
        # nested references resolve in the referring option's section and scope
        return scope[name], section, option, scope


class ExtendedInterpolation(Interpolation):
    """${name} (same section) or ${section:name}; $$ is $."""

    _SIGIL, _OPEN = '$', '{'
    _KEYCRE = _re.compile(r'\$\{([^}]+)\}')

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        _expand(self, parser, section, option, value, defaults, 1, pieces)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        return _check_references(value, '$', self._KEYCRE)

    def _lookup(self, parser, section, option, text, reference, scope, after):
        parts = reference.split(':')
        if len(parts) > 2:
            raise InterpolationSyntaxError(
                option, section, f"More than one ':' found: {text[after:]!r}")
        where = parts[0] if len(parts) == 2 else section
        name = parser.optionxform(parts[-1])
        try:
            if len(parts) == 1:
                value = scope[name]
            else:
                value = parser.get(where, name, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise _missing(parser, section, option, text, reference) from None
        if self._SIGIL in value:
            scope = dict(parser.items(where, raw=True))
        return value, where, name, scope


class LegacyInterpolation(Interpolation):
    """%(name)s expanded by repeated passes over the whole value (deprecated)."""

    _REFERENCE = _re.compile(r'%\(([^)]*)\)s')

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _deprecated('LegacyInterpolation has been deprecated since Python 3.2 and will be '
                    'removed from the configparser module in Python 3.13. Use '
                    'BasicInterpolation or ExtendedInterpolation instead.')

    def before_get(self, parser, section, option, value, vars):
        original = value

        def normalized(ref):
            return '%(' + parser.optionxform(ref.group(1)) + ')s'

        # each pass runs the whole value through %-formatting with the options as mapping
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and '%(' in value):
                return value
            try:
                value = self._REFERENCE.sub(normalized, value) % vars
            except KeyError as missing:
                raise InterpolationMissingOptionError(option, section, original,
                                                      missing.args[0]) from None
        if value and '%(' in value:
            raise InterpolationDepthError(option, section, original)
        return value


# ---------------------------------------------------------------------------------------------
# Parsers.

def _option_pattern(delimiters, value_optional):
    # key, then a delimiter and the value; with allow_no_value the delimiter part is optional
    delims = '|'.join(_re.escape(d) for d in delimiters)
    tail = rf'(?P<vi>{delims})\s*(?P<value>.*)'
    if value_optional:
        tail = f'(?:{tail})?'
    return rf'(?P<option>.*?)\s*{tail}$'


class _ReadState:
    """Where the parser is while reading one source."""

    def __init__(self, source):
        self.source = source
        self.seen = set()       # sections, and (section, option) pairs, met in this source
        self.section = None     # name of the current section
        self.options = None     # its option dictionary
        self.option = None      # the option continuation lines extend
        self.indent = 0         # indentation of the line that started that option
        self.errors = None      # ParsingError collecting bad lines


class RawConfigParser(_MutableMapping):
    """A configuration: sections of options, with string values."""

    _SECT_TMPL = r'\[(?P<header>.+)\]'
    _OPT_TMPL = _option_pattern(('=', ':'), False)
    _OPT_NV_TMPL = _option_pattern(('=', ':'), True)
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = _re.compile(_SECT_TMPL)
    OPTCRE = _re.compile(_OPT_TMPL)
    OPTCRE_NV = _re.compile(_OPT_NV_TMPL)
    NONSPACECRE = _re.compile(r'\S')
    BOOLEAN_STATES = dict.fromkeys(('1', 'yes', 'true', 'on'), True)
    BOOLEAN_STATES.update(dict.fromkeys(('0', 'no', 'false', 'off'), False))

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if self._delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            self._optcre = _re.compile(_option_pattern(self._delimiters, allow_no_value))
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError(f'interpolation= must be None or an instance of Interpolation; '
                            f'got an object of type {type(interpolation)}')
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options -----------------------------------------------------------------

    def defaults(self):
        return self._defaults

    def sections(self):
        return list(self._sections)

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError(f'Invalid section name: {section!r}')
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def _new_section(self, name):
        options = self._sections[name] = self._dict()
        self._proxies[name] = SectionProxy(self, name)
        return options

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        if section not in self._sections:
            raise NoSectionError(section)
        merged = self._sections[section].copy()
        merged.update(self._defaults)
        return list(merged)

    def _store(self, section):
        # "" and the default section's name both mean the defaults
        if not section or section == self.default_section:
            return self._defaults
        if section not in self._sections:
            raise NoSectionError(section)
        return self._sections[section]

    def has_option(self, section, option):
        if section and section != self.default_section:
            if section not in self._sections:
                return False
            key = self.optionxform(option)
            return key in self._sections[section] or key in self._defaults
        return self.optionxform(option) in self._defaults

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._store(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        store = self._store(section)
        key = self.optionxform(option)
        present = key in store
        if present:
            del store[key]
        return present

    def remove_section(self, section):
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    def optionxform(self, optionstr):
        return optionstr.lower()

    # -- reading ------------------------------------------------------------------------------

    def read(self, filenames, encoding=None):
        if isinstance(filenames, (str, bytes, _os.PathLike)):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as stream:
                    self._read(stream, name)
            except OSError:
                continue
            done.append(_os.fspath(name) if isinstance(name, _os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def readfp(self, fp, filename=None):
        _deprecated("This method will be removed in Python 3.12. "
                    "Use 'parser.read_file()' instead.")
        self.read_file(fp, source=filename)

    def read_string(self, string, source='<string>'):
        self.read_file(_io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        seen = set()   # sections, and (section, option) pairs, given in this call
        for raw_section, options in dictionary.items():
            section = str(raw_section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                # merging into an existing section is fine; naming it twice here is not
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for raw_key, raw_value in options.items():
                key = self.optionxform(str(raw_key))
                value = None if raw_value is None else str(raw_value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _comment_start(self, line):
        """Index where a comment starts in `line`, or None. A whole-line prefix wins; an
        inline prefix counts at the start of the line or after whitespace. Occurrences are
        tried in rounds (each prefix's first, then each one's second, ...) and the first
        round with a qualifying occurrence decides."""
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return 0
        cursors = [(prefix, -1) for prefix in self._inline_comment_prefixes]
        while cursors:
            best = None
            advanced = []
            for prefix, last in cursors:
                at = line.find(prefix, last + 1)
                if at < 0:
                    continue
                advanced.append((prefix, at))
                if (at == 0 or line[at - 1].isspace()) and (best is None or at < best):
                    best = at
            if best is not None:
                return best
            cursors = advanced
        return None

    def _read(self, fp, fpname):
        """Parse the lines of `fp` into sections and options."""
        state = _ReadState(fpname)
        for lineno, line in enumerate(fp, start=1):
            cut = self._comment_start(line)
            text = line[:cut].strip()
            if text:
                self._read_line(state, lineno, line, text)
            elif not self._empty_lines_in_values:
                state.indent = float('inf')   # a blank line ends the value
            elif cut is None and state.option and state.options is not None:
                pieces = state.options[state.option]
                if pieces is not None:
                    pieces.append('')
        self._join_multiline_values()
        if state.errors:
            raise state.errors

    def _read_line(self, state, lineno, line, text):
        first = self.NONSPACECRE.search(line)
        indent = first.start() if first else 0
        if state.options is not None and state.option and indent > state.indent:
            # a continuation line of the current option (an option without a value cannot
            # take one: None has no append)
            state.options[state.option].append(text)
            return
        state.indent = indent
        header = self.SECTCRE.match(text)
        if header:
            self._enter_section(state, header.group('header'), lineno)
        elif state.options is None:
            raise MissingSectionHeaderError(state.source, lineno, line)
        else:
            self._read_option(state, lineno, line, text)

    def _enter_section(self, state, name, lineno):
        if name in self._sections:
            if self._strict and name in state.seen:
                raise DuplicateSectionError(name, state.source, lineno)
            state.options = self._sections[name]
            state.seen.add(name)
        elif name == self.default_section:
            state.options = self._defaults
        else:
            state.options = self._new_section(name)
            state.seen.add(name)
        state.section = name
        state.option = None

    def _read_option(self, state, lineno, line, text):
        found = self._optcre.match(text)
        if not found:
            state.errors = self._handle_error(state.errors, state.source, lineno, line)
            return
        name, _, value = found.group('option', 'vi', 'value')
        if not name:
            state.errors = self._handle_error(state.errors, state.source, lineno, line)
        name = self.optionxform(name.rstrip())
        pair = (state.section, name)
        if self._strict and pair in state.seen:
            raise DuplicateOptionError(state.section, name, state.source, lineno)
        state.seen.add(pair)
        state.option = name
        # values are collected as lists of lines and joined once the source is read
        state.options[name] = None if value is None else [value.strip()]

    def _join_multiline_values(self):
        everything = [(self.default_section, self._defaults)]
        everything.extend(self._sections.items())
        for section, options in everything:
            for name, value in options.items():
                if isinstance(value, list):
                    while value and not value[-1]:
                        value.pop()
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, value)

    def _handle_error(self, exc, fpname, lineno, line):
        if not exc:
            exc = ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    # -- lookups ------------------------------------------------------------------------------

    def _unify_values(self, section, vars):
        """The options `section` sees: defaults, overridden by its own, overridden by vars."""
        if section in self._sections:
            own = self._sections[section]
        elif section == self.default_section:
            own = None
        else:
            raise NoSectionError(section)
        scope = dict(self._defaults)
        if own:
            scope.update(own)
        if vars:
            for key, value in vars.items():
                scope[self.optionxform(key)] = None if value is None else str(value)
        return scope

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        try:
            scope = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        key = self.optionxform(option)
        value = scope.get(key, _UNSET)
        if value is _UNSET:
            if fallback is _UNSET:
                raise NoOptionError(key, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value, scope)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET,
                  **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    # raw=, vars= and fallback= are keyword-only, as for get()
    def getint(self, section, option, **options):
        return self._get_conv(section, option, int, **options)

    def getfloat(self, section, option, **options):
        return self._get_conv(section, option, float, **options)

    def getboolean(self, section, option, **options):
        return self._get_conv(section, option, self._convert_to_boolean, **options)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError(f'Not a boolean: {value}')
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        if section is _UNSET:
            return super().items()
        scope = self._defaults.copy()
        if section in self._sections:
            scope.update(self._sections[section])
        elif section != self.default_section:
            raise NoSectionError(section)
        names = list(scope)
        if vars:
            for key, value in vars.items():
                scope[self.optionxform(key)] = value
        if raw:
            return [(name, scope[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, scope[name], scope)) for name in names]

    def _validate_value_types(self, *, section='', option='', value=''):
        if not isinstance(section, str):
            raise TypeError('section names must be strings')
        if not isinstance(option, str):
            raise TypeError('option keys must be strings')
        if (value or not self._allow_no_value) and not isinstance(value, str):
            raise TypeError('option values must be strings')

    @property
    def converters(self):
        return self._converters

    # -- writing ------------------------------------------------------------------------------

    def write(self, fp, space_around_delimiters=True):
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = f' {delimiter} '
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for name, options in self._sections.items():
            self._write_section(fp, name, options.items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        block = [f'[{section_name}]\n']
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                block.append(f'{key}\n')
            else:
                # continuation lines are written indented so they read back as one value
                text = str(value).replace('\n', '\n\t')
                block.append(f'{key}{delimiter}{text}\n')
        block.append('\n')
        fp.write(''.join(block))

    # -- the mapping of section names to SectionProxy objects ---------------------------------

    def __getitem__(self, key):
        if key != self.default_section and key not in self._sections:
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return   # a section's own proxy assigned back: clearing first would lose it
        if key == self.default_section:
            replaced = self._defaults
        else:
            replaced = self._sections.get(key)
        if replaced is not None:
            replaced.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError('Cannot remove the default section.')
        if key not in self._sections:
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or key in self._sections

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from self._sections

    def popitem(self):
        # the default section is never popped
        if not self._sections:
            raise KeyError
        name = next(iter(self._sections))
        proxy = self[name]
        del self[name]
        return name, proxy


class ConfigParser(RawConfigParser):
    """RawConfigParser with %(name)s interpolation and string-only names and values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # defaults= are stored as given, not checked for interpolation syntax
        kept = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


class SafeConfigParser(ConfigParser):
    """Old name of ConfigParser (deprecated)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _deprecated('The SafeConfigParser class has been renamed to ConfigParser in Python '
                    '3.2. This alias will be removed in Python 3.12. Use ConfigParser '
                    'directly instead.')


class SectionProxy(_MutableMapping):
    """A view of one section: proxy['key'], proxy.get(), proxy.getint(), ..."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        # one get<name>() per converter of the parser, bound to the getter it has now
        for conv in parser.converters:
            method = 'get' + conv
            setattr(self, method, _functools.partial(self.get, _impl=getattr(parser, method)))

    def __repr__(self):
        return f'<Section: {self._name}>'

    def __getitem__(self, key):
        if self._parser.has_option(self._name, key):
            return self._parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        parser = self._parser
        if not (parser.has_option(self._name, key) and parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __iter__(self):
        return iter(self._options())

    def __len__(self):
        return len(self._options())

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def _options(self):
        # the DEFAULT section's proxy lists the defaults themselves
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        lookup = _impl or self._parser.get
        return lookup(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(_MutableMapping):
    """The get<name>() converters of a parser; assigning one adds parser.get<name>() and
    proxy.get<name>() methods, deleting it removes them."""

    GETTERCRE = _re.compile(r'^get(?P<name>.+)$')

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            named = self.GETTERCRE.match(attr)
            if named and callable(getattr(parser, attr)):
                self._data[named.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            try:
                'get' + key
            except TypeError:
                raise ValueError(f'Incompatible key: {key} (type: {type(key)})') from None
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        method = 'get' + key
        self._data[key] = value
        parser_getter = _functools.partial(self._parser._get_conv, conv=value)
        parser_getter.converter = value
        setattr(self._parser, method, parser_getter)
        for proxy in self._parser.values():
            setattr(proxy, method, _functools.partial(proxy.get, _impl=parser_getter))

    def __delitem__(self, key):
        if not key or not isinstance(key, str):
            raise KeyError(key)
        del self._data[key]
        method = 'get' + key
        for holder in [self._parser, *self._parser.values()]:
            try:
                delattr(holder, method)
            except AttributeError:
                pass

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
