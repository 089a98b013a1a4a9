"""optparse for pyseal: the older command-line parser (OptionParser, Option, Values).

Options are declared with add_option(); parse_args() returns (values, leftover arguments).
Help and error output read as CPython's: "Usage: ..." then "prog: error: msg" on stderr and
exit status 2 for a bad command line.
"""

import os
import sys

__version__ = "1.5.3"

__all__ = [
    "Option", "make_option", "SUPPRESS_HELP", "SUPPRESS_USAGE", "Values",
    "OptionContainer", "OptionGroup", "OptionParser", "HelpFormatter",
    "IndentedHelpFormatter", "TitledHelpFormatter", "OptParseError", "OptionError",
    "OptionConflictError", "OptionValueError", "BadOptionError", "check_choice",
]


def _(message):
    return message


def _describe(obj):
    """`<Class at 0x...: str(obj)>`, the repr optparse objects share."""
    return "<%s at 0x%x: %s>" % (type(obj).__name__, id(obj), obj)


# ---------------------------------------------------------------------------
# errors

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """A badly declared option; the message names the option when it has names."""

    def __init__(self, msg, option):
        OptParseError.__init__(self, msg)
        self.option_id = str(option)

    def __str__(self):
        if not self.option_id:
            return self.msg
        return "option %s: %s" % (self.option_id, self.msg)


class OptionConflictError(OptionError):
    pass


class OptionValueError(OptParseError):
    pass


class BadOptionError(OptParseError):
    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _("no such option: %s") % self.opt_str


class AmbiguousOptionError(BadOptionError):
    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self):
        listed = ", ".join(self.possibilities)
        return _("ambiguous option: %s (%s?)") % (self.opt_str, listed)


# ---------------------------------------------------------------------------
# help formatting

def _terminal_width():
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 80
    return columns - 2


class HelpFormatter:
    """Lays out help: headings, descriptions and the option list with aligned help."""

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            width = _terminal_width()
        self.parser = None
        self.width = width
        self.indent_increment = indent_increment
        self.short_first = short_first
        self.current_indent = self.level = 0
        cap = max(width - 20, 2 * indent_increment)
        self.max_help_position = min(max_help_position, cap)
        self.help_position = self.max_help_position
        self.help_width = None
        self.option_strings = {}
        self.default_tag = "%default"
        self._short_opt_fmt = "%s %s"
        self._long_opt_fmt = "%s=%s"

    def set_parser(self, parser):
        self.parser = parser

    @staticmethod
    def _joiner(delim, allowed, kind):
        if delim in allowed:
            return "%s" + delim + "%s"
        raise ValueError("invalid metavar delimiter for %s options: %r" % (kind, delim))

    def set_short_opt_delimiter(self, delim):
        self._short_opt_fmt = self._joiner(delim, ("", " "), "short")

    def set_long_opt_delimiter(self, delim):
        self._long_opt_fmt = self._joiner(delim, ("=", " "), "long")

    def indent(self):
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self):
        self.level -= 1
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        """`text` filled to the width left after the current indent."""
        import textwrap
        margin = " " * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=margin, subsequent_indent=margin)

    def format_description(self, description):
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        tag = self.default_tag
        if self.parser is None or not tag:
            return option.help
        shown = self.parser.defaults.get(option.dest)
        if shown is None or shown is NO_DEFAULT:
            shown = self.NO_DEFAULT_VALUE
        return option.help.replace(tag, str(shown))

    def format_option(self, option):
        import textwrap
        label = self.option_strings[option]
        margin = " " * self.current_indent
        room = self.help_position - self.current_indent - 2
        if len(label) > room:
            # the names overflow the column: help starts on its own line
            out = [margin + label + "\n"]
            first_gap = self.help_position
        else:
            out = [margin + label.ljust(room) + "  "]
            first_gap = 0
        if not option.help:
            if not out[0].endswith("\n"):
                out.append("\n")
            return "".join(out)
        wrapped = textwrap.wrap(self.expand_default(option), self.help_width)
        gaps = [first_gap] + [self.help_position] * (len(wrapped) - 1)
        for gap, line in zip(gaps, wrapped):
            out.append(" " * gap + line + "\n")
        return "".join(out)

    def _remember(self, options):
        """Record the name strings of `options`; the widest, counting the indent."""
        widest = 0
        for opt in options:
            label = self.format_option_strings(opt)
            self.option_strings[opt] = label
            widest = max(widest, self.current_indent + len(label))
        return widest

    def store_option_strings(self, parser):
        self.indent()
        widths = [self._remember(parser.option_list)]
        self.indent()
        widths.extend(self._remember(group.option_list) for group in parser.option_groups)
        self.dedent()
        self.dedent()
        self.help_position = min(max(widths) + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def format_option_strings(self, option):
        """"-f FILE, --file=FILE": the option's names with its metavar."""
        shorts, longs = list(option._short_opts), list(option._long_opts)
        if option.takes_value():
            meta = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (name, meta) for name in shorts]
            longs = [self._long_opt_fmt % (name, meta) for name in longs]
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Headings end with a colon; each level indents by two."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        return " " * self.current_indent + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Headings are underlined with = or -."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return self.format_heading(_("Usage")) + "  " + usage + "\n"

    def format_heading(self, heading):
        rule = "=-"[self.level] * len(heading)
        return heading + "\n" + rule + "\n"


# ---------------------------------------------------------------------------
# value conversion

_RADIX_PREFIXES = (("0x", 16, False), ("0b", 2, True))


def _parse_num(val, type):
    """`val` read as a number: 0x.. hex, 0b.. binary, leading 0 octal, else decimal."""
    head = val[:2].lower()
    for prefix, radix, strip in _RADIX_PREFIXES:
        if head == prefix:
            if strip:
                val = val[2:] or "0"
            return type(val, radix)
    return type(val, 8 if val.startswith("0") else 10)


def _parse_int(val):
    return _parse_num(val, int)


_builtin_cvt = {
    "int": (_parse_int, _("integer")),
    "long": (_parse_int, _("integer")),
    "float": (float, _("floating-point")),
    "complex": (complex, _("complex")),
}


def check_builtin(option, opt, value):
    convert, noun = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        pass
    raise OptionValueError(_("option %s: invalid %s value: %r") % (opt, noun, value))


def check_choice(option, opt, value):
    if value not in option.choices:
        allowed = ", ".join(repr(c) for c in option.choices)
        raise OptionValueError(_("option %s: invalid choice: %r (choose from %s)")
                               % (opt, value, allowed))
    return value


NO_DEFAULT = ("NO", "DEFAULT")


# ---------------------------------------------------------------------------
# options

class Option:
    """One option: its names (-f, --file) and what to do when it is seen."""

    ATTRS = ["action", "type", "dest", "default", "nargs", "const", "choices",
             "callback", "callback_args", "callback_kwargs", "help", "metavar"]
    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
                     "append_const", "count")
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")
    TYPES = ("string", "int", "long", "float", "complex", "choice")
    TYPE_CHECKER = dict.fromkeys(("int", "long", "float", "complex"), check_builtin)
    TYPE_CHECKER["choice"] = check_choice

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        names = self._check_opt_strings(opts)
        self._set_opt_strings(names)
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        names = list(filter(None, opts))
        if names:
            return names
        raise TypeError("at least one option string must be supplied")

    def _set_opt_strings(self, opts):
        for name in opts:
            size = len(name)
            if size < 2:
                raise OptionError("invalid option string %r: must be at least two "
                                  "characters long" % name, self)
            if size == 2:
                if name[0] != "-" or name[1] == "-":
                    raise OptionError("invalid short option string %r: must be of the form "
                                      "-x, (x any non-dash char)" % name, self)
                self._short_opts.append(name)
                continue
            if not name.startswith("--") or name[2] == "-":
                raise OptionError("invalid long option string %r: must start with --, "
                                  "followed by non-dash" % name, self)
            self._long_opts.append(name)

    def _set_attrs(self, attrs):
        given = dict(attrs)
        for name in self.ATTRS:
            fallback = NO_DEFAULT if name == "default" else None
            setattr(self, name, given.pop(name, fallback))
        if given:
            unknown = ", ".join(sorted(given))
            raise OptionError("invalid keyword arguments: %s" % unknown, self)

    # -- consistency checks, run in CHECK_METHODS order -------------------

    def _check_action(self):
        if self.action is None:
            self.action = "store"
        if self.action not in self.ACTIONS:
            raise OptionError("invalid action: %r" % self.action, self)

    def _check_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "string" if self.choices is None else "choice"
            return
        kind = self.type
        if isinstance(kind, type):
            kind = kind.__name__
        self.type = kind = "string" if kind == "str" else kind
        if kind not in self.TYPES:
            raise OptionError("invalid option type: %r" % kind, self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError("must not supply a type for action %r" % self.action, self)

    def _check_choice(self):
        if self.type != "choice":
            if self.choices is not None:
                raise OptionError("must not supply choices for type %r" % self.type, self)
            return
        if self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        if not isinstance(self.choices, (tuple, list)):
            what = repr(type(self.choices)).split("'")[1]
            raise OptionError("choices must be a list of strings ('%s' supplied)" % what,
                              self)

    def _check_dest(self):
        if self.dest is not None:
            return
        if self.action in self.STORE_ACTIONS or self.type is not None:
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace("-", "_")
            else:
                self.dest = self._short_opts[0][1]

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r" % self.action,
                              self)

    def _check_nargs(self):
        if self.action not in self.TYPED_ACTIONS:
            if self.nargs is not None:
                raise OptionError("'nargs' must not be supplied for action %r"
                                  % self.action, self)
        elif self.nargs is None:
            self.nargs = 1

    def _check_callback(self):
        fn, extra, named = self.callback, self.callback_args, self.callback_kwargs
        if self.action != "callback":
            if fn is not None:
                raise OptionError("callback supplied (%r) for non-callback option" % fn,
                                  self)
            for label, given in (("callback_args", extra), ("callback_kwargs", named)):
                if given is not None:
                    raise OptionError("%s supplied for non-callback option" % label, self)
            return
        if not callable(fn):
            raise OptionError("callback not callable: %r" % fn, self)
        if extra is not None and not isinstance(extra, tuple):
            raise OptionError("callback_args, if supplied, must be a tuple: not %r" % extra,
                              self)
        if named is not None and not isinstance(named, dict):
            raise OptionError("callback_kwargs, if supplied, must be a dict: not %r" % named,
                              self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    # -- use -------------------------------------------------------------

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = _describe

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs != 1:
            return tuple(self.check_value(opt, item) for item in value)
        return self.check_value(opt, value)

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action in ("store", "store_const", "store_true", "store_false"):
            stored = {"store": value, "store_const": self.const,
                      "store_true": True, "store_false": False}[action]
            setattr(values, dest, stored)
        elif action in ("append", "append_const"):
            item = value if action == "append" else self.const
            values.ensure_value(dest, []).append(item)
        elif action == "count":
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == "callback":
            self.callback(self, opt, value, parser, *(self.callback_args or ()),
                          **(self.callback_kwargs or {}))
        elif action in ("help", "version"):
            if action == "help":
                parser.print_help()
            else:
                parser.print_version()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1


make_option = Option

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"


# ---------------------------------------------------------------------------
# parsed values

class Values:
    """The parsed option values, as attributes."""

    def __init__(self, defaults=None):
        for name, value in (defaults or {}).items():
            setattr(self, name, value)

    def __str__(self):
        return str(self.__dict__)

    __repr__ = _describe

    def __eq__(self, other):
        if isinstance(other, Values):
            other = other.__dict__
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__dict__ == other

    def _update_careful(self, dict):
        """Take from `dict` only the non-None values of attributes we already have."""
        known = set(dir(self))
        for name, value in dict.items():
            if name in known and value is not None:
                setattr(self, name, value)

    def _update_loose(self, dict):
        self.__dict__.update(dict)

    def _update(self, dict, mode):
        updaters = {"careful": self._update_careful, "loose": self._update_loose}
        if mode not in updaters:
            raise ValueError("invalid update mode: %r" % mode)
        updaters[mode](dict)

    def read_module(self, modname, mode="careful"):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        namespace = {}
        with open(filename) as handle:
            source = handle.read()
        exec(source, namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


# ---------------------------------------------------------------------------
# containers: the parser and its groups

class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options and their names."""

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def _create_option_mappings(self):
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        self._short_opt, self._long_opt = parser._short_opt, parser._long_opt
        self.defaults = parser.defaults

    def get_description(self):
        return self.description

    def set_description(self, description):
        self.description = description

    def set_conflict_handler(self, handler):
        if handler != "error" and handler != "resolve":
            raise ValueError("invalid conflict_resolution value %r" % handler)
        self.conflict_handler = handler

    def destroy(self):
        del self._short_opt, self._long_opt, self.defaults

    def _table_for(self, name):
        return self._long_opt if name.startswith("--") else self._short_opt

    def _check_conflict(self, option):
        clashes = []
        for name in option._short_opts + option._long_opts:
            table = self._table_for(name)
            if name in table:
                clashes.append((name, table[name]))
        if not clashes:
            return
        if self.conflict_handler == "error":
            names = ", ".join(name for name, _other in clashes)
            raise OptionConflictError("conflicting option string(s): %s" % names, option)
        if self.conflict_handler != "resolve":
            return
        # "resolve": the older option gives up the contested names
        for name, older in clashes:
            del self._table_for(name)[name]
            owned = older._long_opts if name.startswith("--") else older._short_opts
            owned.remove(name)
            if not older._short_opts and not older._long_opts:
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        if isinstance(args[0], str):
            option = self.option_class(*args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError("invalid arguments")
        else:
            option = args[0]
            if not isinstance(option, Option):
                raise TypeError("not an Option instance: %r" % option)
        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        for name in option._short_opts + option._long_opts:
            self._table_for(name)[name] = option
        dest = option.dest
        if dest is not None:
            if option.default is not NO_DEFAULT:
                self.defaults[dest] = option.default
            else:
                self.defaults.setdefault(dest, None)
        return option

    def add_options(self, option_list):
        for each in option_list:
            self.add_option(each)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        found = self._short_opt.get(opt_str)
        if found is None:
            found = self._long_opt.get(opt_str)
            if found is None:
                raise ValueError("no such option %r" % opt_str)
        for name in found._short_opts + found._long_opts:
            del self._table_for(name)[name]
        found.container.option_list.remove(found)

    def format_option_help(self, formatter):
        shown = [o for o in self.option_list if o.help is not SUPPRESS_HELP]
        return "".join(formatter.format_option(o) for o in shown)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    """A titled section of a parser's options, for the help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        super().__init__(parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _create_option_list(self):
        self._share_option_mappings(self.parser)
        self.option_list = []

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def set_title(self, title):
        self.title = title

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        try:
            body = OptionContainer.format_help(self, formatter)
        finally:
            formatter.dedent()
        return heading + body


class OptionParser(OptionContainer):
    """The command-line parser: declare options, then parse_args()."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        super().__init__(option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.allow_interspersed_args = True
        self.process_default_values = True
        self.formatter = formatter if formatter is not None else IndentedHelpFormatter()
        self.formatter.set_parser(self)
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    def _create_option_list(self):
        self.option_list, self.option_groups = [], []
        self._create_option_mappings()

    def _add_help_option(self):
        self.add_option("-h", "--help", action="help",
                        help=_("show this help message and exit"))

    def _add_version_option(self):
        self.add_option("--version", action="version",
                        help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        for batch in (self.standard_option_list, option_list):
            if batch:
                self.add_options(batch)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        self.rargs = self.largs = self.values = None

    def set_usage(self, usage):
        if usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage is None:
            self.usage = _("%prog [options]")
        else:
            prefix = "usage: "
            has_prefix = usage[:len(prefix)].lower() == prefix
            self.usage = usage[len(prefix):] if has_prefix else usage

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_process_default_values(self, process):
        self.process_default_values = process

    def _get_all_options(self):
        everything = list(self.option_list)
        for group in self.option_groups:
            everything += group.option_list
        return everything

    def get_default_values(self):
        table = dict(self.defaults)
        if self.process_default_values:
            # string defaults go through the option's type conversion
            for option in self._get_all_options():
                raw = table.get(option.dest)
                if isinstance(raw, str):
                    table[option.dest] = option.check_value(option.get_opt_string(), raw)
        return Values(table)

    def add_option_group(self, *args, **kwargs):
        if isinstance(args[0], str):
            group = OptionGroup(self, *args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError("invalid arguments")
        else:
            group = args[0]
            if not isinstance(group, OptionGroup):
                raise TypeError("not an OptionGroup instance: %r" % group)
            if group.parser is not self:
                raise ValueError("invalid OptionGroup (wrong parser)")
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self.get_option(opt_str)
        if option and option.container is not self:
            return option.container
        return None

    # -- parsing ---------------------------------------------------------

    def _get_args(self, args):
        return sys.argv[1:] if args is None else list(args)

    def parse_args(self, args=None, values=None):
        """Parse the command line (sys.argv[1:] by default): (values, positional args)."""
        pending = self._get_args(args)
        if values is None:
            values = self.get_default_values()
        self.rargs, self.largs, self.values = pending, [], values
        try:
            self._process_args(self.largs, pending, values)
        except (BadOptionError, OptionValueError) as problem:
            self.error(str(problem))
        return self.check_values(values, self.largs + pending)

    def check_values(self, values, args):
        return (values, args)

    def _process_args(self, largs, rargs, values):
        while rargs:
            head = rargs[0]
            if head == "--":
                rargs.pop(0)
                break
            if head.startswith("--"):
                self._process_long_opt(rargs, values)
            elif len(head) > 1 and head.startswith("-"):
                self._process_short_opts(rargs, values)
            elif not self.allow_interspersed_args:
                break
            else:
                largs.append(rargs.pop(0))

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        """Pop the `nargs` arguments `option` needs off `rargs` (a tuple if several)."""
        count = option.nargs
        if len(rargs) < count:
            if count == 1:
                self.error(_("%s option requires 1 argument") % opt)
            else:
                self.error(_("%s option requires %d arguments") % (opt, count))
        taken = rargs[:count]
        del rargs[:count]
        return taken[0] if count == 1 else tuple(taken)

    def _process_long_opt(self, rargs, values):
        word = rargs.pop(0)
        name, eq, attached = word.partition("=")
        if eq:
            rargs.insert(0, attached)
        opt = self._match_long_opt(name)
        option = self._long_opt[opt]
        value = None
        if option.takes_value():
            value = self._take_values(option, opt, rargs)
        elif eq:
            self.error(_("%s option does not take a value") % opt)
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        cluster = rargs.pop(0)
        pos = 1
        while pos < len(cluster):
            opt = "-" + cluster[pos]
            pos += 1
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            if not option.takes_value():
                option.process(opt, None, values, self)
                continue
            # the rest of the cluster, if any, is this option's first argument
            rest = cluster[pos:]
            if rest:
                rargs.insert(0, rest)
            option.process(opt, self._take_values(option, opt, rargs), values, self)
            break

    # -- output ----------------------------------------------------------

    def get_prog_name(self):
        return os.path.basename(sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def error(self, msg):
        """Print the usage and `prog: error: msg` to stderr, and exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_option_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        formatter.store_option_strings(self)
        heading = formatter.format_heading(_("Options"))
        formatter.indent()
        sections = []
        if self.option_list:
            sections.append(OptionContainer.format_option_help(self, formatter))
        sections.extend(group.format_help(formatter) for group in self.option_groups)
        formatter.dedent()
        if not sections:
            return ""
        return heading + "\n".join(sections)

    def format_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        pieces = []
        if self.usage:
            pieces.append(self.get_usage() + "\n")
        if self.description:
            pieces.append(self.format_description(formatter) + "\n")
        pieces.append(self.format_option_help(formatter))
        pieces.append(self.format_epilog(formatter))
        return "".join(pieces)

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())


def _match_abbrev(s, wordmap):
    """The key of `wordmap` that `s` is, or is the unique prefix of."""
    if s in wordmap:
        return s
    candidates = sorted(word for word in wordmap if word.startswith(s))
    if not candidates:
        raise BadOptionError(s)
    if len(candidates) > 1:
        raise AmbiguousOptionError(s, candidates)
    return candidates[0]
