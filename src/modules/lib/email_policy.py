"""email.policy (and email._policybase) for pyseal: how messages are parsed and written.

Compat32 keeps header values as the strings they are (the email package's historical
behaviour); EmailPolicy (default, SMTP, HTTP, ...) turns them into header objects
(email.headerregistry) and refolds them when writing. Policies are immutable; clone()
makes a changed copy.
"""

import re

__all__ = ['Policy', 'Compat32', 'compat32', 'EmailPolicy', 'default', 'strict', 'SMTP',
           'SMTPUTF8', 'HTTP']

_LINESEP_SPLITTER = re.compile(r'\n|\r\n?')


def _has_surrogates(s):
    """Whether s holds undecodable bytes (smuggled in as surrogates)."""
    try:
        s.encode()
        return False
    except UnicodeEncodeError:
        return True


class Policy:
    """Options shared by every policy; keyword arguments override the class defaults."""

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None

    def __init__(self, **kw):
        for name, value in kw.items():
            if hasattr(self, name):
                object.__setattr__(self, name, value)
            else:
                raise TypeError(f'{name!r} is an invalid keyword argument for '
                                f'{self.__class__.__name__}')

    def __repr__(self):
        args = ', '.join(f'{name}={value!r}' for name, value in self.__dict__.items())
        return f'{self.__class__.__name__}({args})'

    def clone(self, **kw):
        """A copy with the given options changed."""
        copy = self.__class__.__new__(self.__class__)
        for name, value in self.__dict__.items():
            object.__setattr__(copy, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError(f'{name!r} is an invalid keyword argument for '
                                f'{self.__class__.__name__}')
            object.__setattr__(copy, name, value)
        return copy

    def __setattr__(self, name, value):
        if hasattr(self, name):
            message = '{!r} object attribute {!r} is read-only'
        else:
            message = '{!r} object has no attribute {!r}'
        raise AttributeError(message.format(self.__class__.__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None

    def header_source_parse(self, sourcelines):
        """(name, value) of a header's source lines."""
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))


class Compat32(Policy):
    """The email package's original behaviour: header values stay strings."""

    mangle_from_ = True

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        if isinstance(value, str) and _has_surrogates(value):
            from email.header import Header
            return Header(value, charset='unknown-8bit', header_name=name)
        return value

    def fold(self, name, value):
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, sanitize=self.cte_type == '7bit')
        return folded.encode('ascii', 'surrogateescape')

    def _fold(self, name, value, sanitize):
        from email.header import Header
        if isinstance(value, str):
            if _has_surrogates(value):
                if not sanitize:
                    return f'{name}: {value}{self.linesep}'
                header = Header(value, charset='unknown-8bit', header_name=name)
            else:
                header = Header(value, header_name=name)
        else:
            header = value
        width = self.max_line_length if self.max_line_length is not None else 0
        return f'{name}: {header.encode(linesep=self.linesep, maxlinelen=width)}{self.linesep}'


compat32 = Compat32()


class _Lazy:
    """A class default found on first use (an instance's own value takes precedence)."""

    def __init__(self, module, name):
        self.module = module
        self.name = name

    def __get__(self, obj, owner=None):
        import importlib
        return getattr(importlib.import_module(self.module), self.name)



class EmailPolicy(Policy):
    """The modern behaviour: header objects, content managers, refolding."""

    message_factory = _Lazy('email.message', 'EmailMessage')
    utf8 = False
    refold_source = 'long'
    header_factory = _Lazy('email.headerregistry', '_REGISTRY')
    content_manager = _Lazy('email.contentmanager', 'raw_data_manager')

    def header_max_count(self, name):
        return self.header_factory[name].max_count

    def header_store_parse(self, name, value):
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError('Header values may not contain linefeed or carriage return '
                             'characters')
        return (name, self.header_factory(name, value))

    def header_fetch_parse(self, name, value):
        if hasattr(value, 'name'):
            return value
        value = ''.join(_LINESEP_SPLITTER.split(value))
        return self.header_factory(name, value)

    def fold(self, name, value):
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, refold_binary=self.cte_type == '7bit')
        charset = 'utf8' if self.utf8 else 'ascii'
        return folded.encode(charset, 'surrogateescape')

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, 'name'):
            return value.fold(policy=self)
        width = self.max_line_length if self.max_line_length else float('inf')
        lines = value.splitlines()
        refold = (self.refold_source == 'all' or
                  self.refold_source == 'long' and
                  (lines and len(lines[0]) + len(name) + 2 > width or
                   any(len(line) > width for line in lines[1:])))
        if refold or refold_binary and _has_surrogates(value):
            return self.header_factory(name, ''.join(lines)).fold(policy=self)
        return name + ': ' + self.linesep.join(lines) + self.linesep


default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
