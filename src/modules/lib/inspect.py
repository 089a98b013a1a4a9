"""inspect for pyseal: type predicates, signatures, docstrings, source lines and members.

Signatures are read from code objects (co_varnames, argument counts and flags), defaults and
annotations, following __wrapped__, bound methods, functools.partial and classes' __init__ /
__new__. Built-in functions have no signature here (CPython reads text signatures baked into
its C functions).
"""

import sys
import types
import enum
import functools
import collections

__all__ = [
    'signature', 'Signature', 'Parameter', 'BoundArguments', 'getmembers', 'getdoc',
    'cleandoc', 'getsource', 'getsourcelines', 'getfile', 'getsourcefile', 'getmodule',
    'isfunction', 'isclass', 'ismethod', 'ismodule', 'isbuiltin', 'isroutine',
    'isgenerator', 'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction',
    'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isabstract', 'isdatadescriptor',
    'ismethoddescriptor', 'iscode', 'isframe', 'istraceback', 'getmro', 'unwrap',
    'getfullargspec', 'getcallargs', 'get_annotations', 'currentframe', 'getattr_static',
    'getgeneratorstate', 'getcoroutinestate', 'formatannotation', 'Parameter',
]

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---------------------------------------------------------------------------------------------
# predicates

def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(obj):
    return False


def isgetsetdescriptor(obj):
    return False


def ismethodwrapper(obj):
    return isinstance(obj, types.MethodWrapperType)


def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)
            or ismethodwrapper(obj))


def _has_code_flag(obj, flag):
    while ismethod(obj):
        obj = obj.__func__
    obj = functools._unwrap_partial(obj) if hasattr(functools, '_unwrap_partial') else obj
    while isinstance(obj, functools.partial):
        obj = obj.func
    if not isfunction(obj):
        return False
    return bool(obj.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return type(obj).__name__ == 'async_generator' and hasattr(obj, 'asend')


def isawaitable(obj):
    return (iscoroutine(obj) or hasattr(type(obj), '__await__')
            or (isgenerator(obj) and False))


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isframe(obj):
    return isinstance(obj, types.FrameType)


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def isabstract(obj):
    if not isinstance(obj, type):
        return False
    return bool(getattr(obj, '__abstractmethods__', None))


# ---------------------------------------------------------------------------------------------
# members, docs, classes

def getmembers(obj, predicate=None):
    """(name, value) pairs of obj's attributes, sorted by name."""
    names = dir(obj)
    lookup_order = ()
    if isclass(obj):
        lookup_order = (obj,) + getmro(obj)
        # A base's DynamicClassAttribute (an enum's name, value) is a member too, though
        # dir() leaves it out.
        try:
            for base in obj.__bases__:
                names.extend(name for name, attr in base.__dict__.items()
                             if isinstance(attr, types.DynamicClassAttribute))
        except AttributeError:
            pass
    pairs = []
    seen = set()
    for name in names:
        # getattr() first; a name it cannot give (or a repeated one) comes from the first
        # class __dict__ that has it, and is dropped when none has.
        try:
            value = getattr(obj, name)
            found = name not in seen
        except AttributeError:
            found = False
        if not found:
            holder = next((klass for klass in lookup_order if name in klass.__dict__), None)
            if holder is None:
                continue
            value = holder.__dict__[name]
        if not predicate or predicate(value):
            pairs.append((name, value))
        seen.add(name)
    pairs.sort(key=lambda pair: pair[0])
    return pairs


def getmembers_static(obj, predicate=None):
    results = []
    for key in dir(obj):
        try:
            value = getattr_static(obj, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    """A docstring with its indentation removed (as help() shows it)."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get('__doc__')
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        cls = owner if isclass(owner) and getattr(getattr(owner, name, None), '__func__',
                                                   None) is obj.__func__ else type(owner)
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif isinstance(obj, property):
        return None
    else:
        return None
    for klass in getattr(cls, '__mro__', ()):
        attr = getattr(klass, name, _void)
        text = None if attr is _void else getattr(attr, '__doc__', None)
        if text is not None:
            return text
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
        if cls is None:
            return None
    if not isclass(cls):
        return None
    return cls


def getdoc(obj):
    """obj's docstring, cleaned; inherited from a base class when obj has none."""
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getattr_static(obj, attr, default=object()):
    """Looks attr up without running descriptors or __getattr__."""
    sentinel = getattr_static.__defaults__[0]
    if not isclass(obj):
        try:
            inst_dict = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            inst_dict = {}
        if attr in inst_dict:
            return inst_dict[attr]
        klass = type(obj)
    else:
        klass = obj
    for base in klass.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    if default is not sentinel:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    """Follows the __wrapped__ chain that functools.wraps leaves."""
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(f))
    return f


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        obj_globals = getattr(sys.modules.get(obj.__module__, None), '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = obj.__dict__
        obj_locals = None
        unwrapped = obj
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{unwrapped!r}.__annotations__ is neither a dict nor None')
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def currentframe():
    return sys._getframe(1)


def getgeneratorstate(generator):
    if generator.gi_running:
        return 'GEN_RUNNING'
    frame = generator.gi_frame
    if frame is None:
        return 'GEN_CLOSED'
    if frame.f_lasti == -1:
        return 'GEN_CREATED'
    return 'GEN_SUSPENDED'


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return 'CORO_RUNNING'
    frame = coroutine.cr_frame
    if frame is None:
        return 'CORO_CLOSED'
    if frame.f_lasti == -1:
        return 'CORO_CREATED'
    return 'CORO_SUSPENDED'


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


# ---------------------------------------------------------------------------------------------
# source

def getmodule(obj, _filename=None):
    if ismodule(obj):
        return obj
    if hasattr(obj, '__module__'):
        return sys.modules.get(obj.__module__)
    return None


def getfile(obj):
    """The file obj was defined in."""
    if ismodule(obj):
        if getattr(obj, '__file__', None):
            return obj.__file__
        raise TypeError(f'{obj!r} is a built-in module')
    if isclass(obj):
        module = sys.modules.get(obj.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        if obj.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError(f'{obj!r} is a built-in class')
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        obj = obj.f_code
    if iscode(obj):
        return obj.co_filename
    raise TypeError(f'module, class, method, function, traceback, frame, or code object '
                    f'was expected, got {type(obj).__name__}')


def getsourcefile(obj):
    filename = getfile(obj)
    if filename.endswith('.py'):
        return filename
    return None


def _read_lines(obj):
    filename = getfile(obj)
    try:
        with open(filename) as f:
            return f.read().splitlines(True)
    except OSError:
        raise OSError('could not get source code') from None


def _block_end(lines, start):
    """The line after the indented block that starts at lines[start] (a def or class)."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    i = start + 1
    # The header may continue over several lines (until its colon ends a line).
    depth = 0
    header = start
    while header < len(lines):
        text = lines[header].split('#')[0]
        depth += text.count('(') + text.count('[') + text.count('{')
        depth -= text.count(')') + text.count(']') + text.count('}')
        if depth <= 0 and text.rstrip().endswith(':'):
            break
        if depth <= 0 and not lines[header].lstrip().startswith('@') and ':' in text \
                and not text.rstrip().endswith(':'):
            # A one-line body: `def f(): return 1`.
            return header + 1
        header += 1
    i = header + 1
    last = header
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped and not stripped.startswith('#'):
            if len(line) - len(line.lstrip()) <= indent:
                break
            last = i
        i += 1
    return last + 1


def findsource(obj):
    lines = _read_lines(obj)
    if ismodule(obj):
        return lines, 0
    if isclass(obj):
        name = obj.__name__
        candidates = []
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ') and \
                    stripped[6:].lstrip().startswith(name) and \
                    not (stripped[6:].lstrip()[len(name):len(name) + 1].isalnum() or
                         stripped[6:].lstrip()[len(name):len(name) + 1] == '_'):
                candidates.append(i)
        if not candidates:
            raise OSError('could not find class definition')
        i = candidates[0]
        while i > 0 and lines[i - 1].lstrip().startswith('@'):
            i -= 1
        return lines, i
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if iscode(obj):
        return lines, obj.co_firstlineno - 1
    raise OSError('could not find code object')


def getsourcelines(obj):
    """(lines, first line number) of obj's source."""
    obj = unwrap(obj)
    lines, start = findsource(obj)
    if ismodule(obj):
        return lines, 0
    body = start
    while body < len(lines) and lines[body].lstrip().startswith('@'):
        body += 1
    if isfunction(obj) and obj.__name__ == '<lambda>':
        return [lines[start]], start + 1
    end = _block_end(lines, body)
    return lines[start:end], start + 1


def getsource(obj):
    lines, _ = getsourcelines(obj)
    return ''.join(lines)


def getcomments(obj):
    return None


def indentsize(line):
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


# ---------------------------------------------------------------------------------------------
# signatures

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker: no value given."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name.startswith('.') and name[1:].isdigit():
            # The hidden argument of a comprehension's code (".0").
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {kind.description}')
            kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        changes = {'name': name, 'kind': kind, 'annotation': annotation, 'default': default}
        current = {'name': self._name, 'kind': self._kind, 'annotation': self._annotation,
                   'default': self._default}
        for key, value in changes.items():
            if value is not _void:
                current[key] = value
        return type(self)(current['name'], current['kind'], default=current['default'],
                          annotation=current['annotation'])

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if annotated else '=') + repr(self._default)
        prefix = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return prefix + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return ((self._name, self._kind, self._default, self._annotation)
                == (other._name, other._kind, other._default, other._annotation))


class BoundArguments:
    """The result of Signature.bind(): arguments by parameter name."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self._signature, self.arguments = signature, arguments

    signature = property(lambda self: self._signature)

    def _split(self):
        """(positional arguments, keyword arguments) to call the function with."""
        args = []
        kwargs = {}
        positional = True
        for name, param in self._signature.parameters.items():
            kind = param.kind
            present = name in self.arguments
            if positional and kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD,
                                       _VAR_POSITIONAL):
                if not present:
                    # A gap: what follows can only go by keyword.
                    positional = False
                    continue
                value = self.arguments[name]
                if kind == _VAR_POSITIONAL:
                    args.extend(value)
                else:
                    args.append(value)
                continue
            positional = False
            if not present:
                continue
            value = self.arguments[name]
            if kind == _VAR_KEYWORD:
                kwargs.update(value)
            elif kind != _VAR_POSITIONAL:
                kwargs[name] = value
        return tuple(args), kwargs

    @property
    def args(self):
        return self._split()[0]

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        items = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({items})>'


class Signature:
    """A callable's parameters and return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = collections.OrderedDict()
        if parameters is not None:
            highest = _POSITIONAL_ONLY
            defaulted = False
            for param in parameters:
                if __validate_parameters__:
                    if param.kind < highest:
                        raise ValueError(f'wrong parameter order: {highest.description} '
                                         f'parameter before {param.kind.description} '
                                         'parameter')
                    highest = max(highest, param.kind)
                    if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is not _empty:
                            defaulted = True
                        elif defaulted:
                            raise ValueError('non-default argument follows default argument')
                    if param.name in params:
                        raise ValueError(f'duplicate parameter name: {param.name!r}')
                params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, eval_str, cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return type(self)(
            self._parameters.values() if parameters is _void else parameters,
            return_annotation=(self._return_annotation if return_annotation is _void
                               else return_annotation))

    def _key(self):
        ordered = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        by_name = {p.name: p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY}
        return ordered, by_name, self._return_annotation

    def __hash__(self):
        ordered, by_name, ret = self._key()
        return hash((ordered, frozenset(by_name.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._key() == other._key()

    def _bind(self, args, kwargs, *, partial=False):
        kwargs = dict(kwargs)
        bound = {}
        params = list(self._parameters.values())
        i = 0
        # Positional arguments fill the positional parameters in order.
        for position, value in enumerate(args):
            if i >= len(params) or params[i].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments')
            param = params[i]
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = tuple(args[position:])
                i += 1
                break
            if param.kind != _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError(f'multiple values for argument {param.name!r}')
            bound[param.name] = value
            i += 1
        var_keyword = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, '
                                    'but was passed as a keyword')
                bound[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {param.name!r}')
        if kwargs:
            if var_keyword is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            bound[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        parts = []
        kinds = [p.kind for p in self._parameters.values()]
        star_needed = _VAR_POSITIONAL not in kinds
        for index, param in enumerate(self._parameters.values()):
            if param.kind == _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
            is_last_posonly = (param.kind == _POSITIONAL_ONLY and
                               (index + 1 == len(kinds) or kinds[index + 1] != _POSITIONAL_ONLY))
            if is_last_posonly:
                parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _signature_from_function(cls, func, eval_str=False):
    code = func.__code__
    pos_count = code.co_argcount
    names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    positional = names[:pos_count]
    keyword_only = names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    non_default_count = pos_count - pos_default_count
    parameters = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = names[index]
        index += 1
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        default = kwdefaults.get(name, _empty) if kwdefaults else _empty
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=default,
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _signature_bound_method(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_from_partial(wrapped_sig, partial):
    """The signature left once a functools.partial has supplied some arguments."""
    pos_args = partial.args or ()
    kw_args = partial.keywords or {}
    try:
        supplied = wrapped_sig.bind_partial(*pos_args, **kw_args).arguments
    except TypeError as ex:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from ex
    kept = []
    moved = []
    to_keyword_only = False
    for param in wrapped_sig.parameters.values():
        name = param.name
        if name in supplied:
            if param.kind == _POSITIONAL_ONLY:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                if name not in kw_args:
                    continue
                # Given by keyword: it and the positional parameters after it become
                # keyword-only, with the given value as default.
                to_keyword_only = True
                moved.append(param.replace(kind=_KEYWORD_ONLY, default=supplied[name]))
                continue
            if param.kind == _KEYWORD_ONLY:
                param = param.replace(default=supplied[name])
        if to_keyword_only:
            if param.kind == _POSITIONAL_OR_KEYWORD:
                moved.append(param.replace(kind=_KEYWORD_ONLY))
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            moved.append(param)
            continue
        kept.append(param)
    ordered = kept + [p for p in moved if p.kind != _VAR_KEYWORD] + \
        [p for p in moved if p.kind == _VAR_KEYWORD]
    return wrapped_sig.replace(parameters=ordered)


def _class_attr(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base, base.__dict__[name]
    return None, None


def _signature_from_callable(obj, follow_wrapped=True, eval_str=False, sigcls=Signature):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_from_callable(obj.__func__, follow_wrapped, eval_str, sigcls)
        return _signature_bound_method(sig)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, eval_str, sigcls)
    preset = getattr(obj, '__signature__', None)
    if preset is not None:
        if not isinstance(preset, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(preset))
        return preset
    if isfunction(obj):
        return _signature_from_function(sigcls, obj, eval_str)
    if isinstance(obj, functools.partial):
        wrapped_sig = _signature_from_callable(obj.func, follow_wrapped, eval_str, sigcls)
        return _signature_from_partial(wrapped_sig, obj)
    if isinstance(obj, type):
        owner, call = _class_attr(type(obj), '__call__')
        if call is not None and owner is not type:
            sig = _signature_from_callable(call, follow_wrapped, eval_str, sigcls)
            return _signature_bound_method(sig)
        new_owner, new = _class_attr(obj, '__new__')
        init_owner, init = _class_attr(obj, '__init__')
        if new_owner is object:
            new = None
        if init_owner is object:
            init = None
        if init is not None and (new is None or
                                 obj.__mro__.index(init_owner) <= obj.__mro__.index(new_owner)):
            if isinstance(init, types.FunctionType):
                sig = _signature_from_callable(init, follow_wrapped, eval_str, sigcls)
                return _signature_bound_method(sig)
        if new is not None:
            if isinstance(new, staticmethod):
                new = new.__func__
            if isinstance(new, types.FunctionType):
                sig = _signature_from_callable(new, follow_wrapped, eval_str, sigcls)
                return _signature_bound_method(sig)
        for base in obj.__mro__[:-1]:
            if base.__module__ == 'builtins' and base is not obj:
                raise ValueError('no signature found for builtin type {!r}'.format(base))
        if obj.__module__ == 'builtins':
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        return sigcls([], __validate_parameters__=False)
    if isbuiltin(obj):
        text = _BUILTIN_SIGNATURES.get(obj.__name__)
        if text is not None and getattr(sys.modules.get('builtins'), obj.__name__, None) is obj:
            scope = {}
            exec(f'def _sig{text}: pass', scope)
            return _signature_from_function(sigcls, scope['_sig'])
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if not isinstance(obj, type):
        owner, call = _class_attr(type(obj), '__call__')
        if call is not None and isinstance(call, types.FunctionType):
            sig = _signature_from_callable(call, follow_wrapped, eval_str, sigcls)
            return _signature_bound_method(sig)
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


# The text signatures CPython's built-in functions carry.
_BUILTIN_SIGNATURES = {
    '__import__': '(name, globals=None, locals=None, fromlist=(), level=0)',
    'abs': '(x, /)', 'aiter': '(async_iterable, /)', 'all': '(iterable, /)',
    'any': '(iterable, /)', 'ascii': '(obj, /)', 'bin': '(number, /)',
    'callable': '(obj, /)', 'chr': '(i, /)',
    'compile': '(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, '
               '_feature_version=-1)',
    'delattr': '(obj, name, /)', 'divmod': '(x, y, /)',
    'eval': '(source, globals=None, locals=None, /)',
    'exec': '(source, globals=None, locals=None, /, *, closure=None)',
    'format': "(value, format_spec='', /)", 'globals': '()', 'hasattr': '(obj, name, /)',
    'hash': '(obj, /)', 'hex': '(number, /)', 'id': '(obj, /)', 'input': "(prompt='', /)",
    'isinstance': '(obj, class_or_tuple, /)', 'issubclass': '(cls, class_or_tuple, /)',
    'len': '(obj, /)', 'locals': '()', 'oct': '(number, /)',
    'open': "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, "
            "closefd=True, opener=None)",
    'ord': '(c, /)', 'pow': '(base, exp, mod=None)',
    'print': "(*args, sep=' ', end='\\n', file=None, flush=False)", 'repr': '(obj, /)',
    'round': '(number, ndigits=None)', 'setattr': '(obj, name, value, /)',
    'sorted': '(iterable, /, *, key=None, reverse=False)', 'sum': '(iterable, /, start=0)',
}


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, eval_str=eval_str)


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    params = list(sig.parameters.values())
    positional = [p for p in params if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)]
    keyword_only = [p for p in params if p.kind == _KEYWORD_ONLY]
    varargs = next((p.name for p in params if p.kind == _VAR_POSITIONAL), None)
    varkw = next((p.name for p in params if p.kind == _VAR_KEYWORD), None)
    defaults = tuple(p.default for p in positional if p.default is not _empty) or None
    kwdefaults = {p.name: p.default for p in keyword_only if p.default is not _empty} or None
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for p in params:
        if p.annotation is not _empty:
            annotations[p.name] = p.annotation
    return FullArgSpec([p.name for p in positional], varargs, varkw, defaults,
                       [p.name for p in keyword_only], kwdefaults, annotations)


def getcallargs(func, /, *positional, **named):
    """The arguments a call would bind, by parameter name (as the call would see them)."""
    spec = getfullargspec(func)
    name = getattr(func, '__name__', '?')
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    result = {}
    names = spec.args
    taken = min(len(positional), len(names))
    for i in range(taken):
        result[names[i]] = positional[i]
    if spec.varargs:
        result[spec.varargs] = tuple(positional[taken:])
    elif len(positional) > len(names):
        raise TypeError(f'{name}() takes {len(names)} positional arguments but '
                        f'{len(positional)} were given')
    if spec.varkw:
        result[spec.varkw] = {}
    for key, value in named.items():
        if key in names or key in spec.kwonlyargs:
            if key in result:
                raise TypeError(f"{name}() got multiple values for argument '{key}'")
            result[key] = value
        elif spec.varkw:
            result[spec.varkw][key] = value
        else:
            raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
    defaults = spec.defaults or ()
    first_default = len(names) - len(defaults)
    missing = []
    for i, arg in enumerate(names):
        if arg not in result:
            if i >= first_default:
                result[arg] = defaults[i - first_default]
            else:
                missing.append(arg)
    if missing:
        listed = ', '.join(repr(m) for m in missing)
        plural = 's' if len(missing) > 1 else ''
        raise TypeError(f'{name}() missing {len(missing)} required positional '
                        f'argument{plural}: {listed}')
    for arg in spec.kwonlyargs:
        if arg not in result:
            kwdefaults = spec.kwonlydefaults or {}
            if arg in kwdefaults:
                result[arg] = kwdefaults[arg]
            else:
                raise TypeError(f"{name}() missing 1 required keyword-only argument: '{arg}'")
    return result


def getmodulename(path):
    import os
    fname = os.path.basename(path)
    if fname.endswith('.py'):
        return fname[:-3]
    return None


Traceback = collections.namedtuple('Traceback', 'filename lineno function code_context index')
FrameInfo = collections.namedtuple('FrameInfo',
                                   'frame filename lineno function code_context index')


def _frame_info(frame):
    code = frame.f_code
    return FrameInfo(frame, code.co_filename, frame.f_lineno, code.co_name, None, None)


def stack(context=1):
    frames = []
    frame = sys._getframe(1)
    while frame is not None:
        frames.append(_frame_info(frame))
        frame = frame.f_back
    return frames


def getframeinfo(frame, context=1):
    code = frame.f_code
    return Traceback(code.co_filename, frame.f_lineno, code.co_name, None, None)


# --- help(): the text pydoc renders for an object (builtins' `help` calls `_help`). ---

def _help_signature(obj):
    try:
        return str(signature(obj))
    except (TypeError, ValueError):
        return '(...)'


def _help_indent(text, prefix='    '):
    return '\n'.join(prefix + line for line in text.split('\n'))


def _help_routine(obj, name=None):
    name = name or obj.__name__
    lines = [name + _help_signature(obj)]
    doc = getdoc(obj)
    if doc:
        lines.append(_help_indent(doc))
    return '\n'.join(lines) + '\n'


def _help_class(cls):
    bases = ', '.join(
        b.__name__ if b.__module__ == cls.__module__ else b.__module__ + '.' + b.__qualname__
        for b in cls.__bases__)
    out = ['class %s(%s)' % (cls.__name__, bases)]
    body = []
    doc = getdoc(cls) if cls.__doc__ is not None else None
    if doc:
        body.extend(doc.split('\n'))
        body.append('')
    own = vars(cls)
    methods = sorted(k for k, v in own.items() if isfunction(v))
    if methods:
        body.append('Methods defined here:')
        body.append('')
        for k in methods:
            body.extend(_help_routine(own[k], k).rstrip('\n').split('\n'))
            body.append('')
    data = sorted(k for k, v in own.items()
                  if not k.startswith('__') and not isfunction(v) and not isdatadescriptor(v))
    descr = sorted(k for k, v in own.items() if isdatadescriptor(v))
    if descr:
        body.append('-' * 70)
        body.append('Data descriptors defined here:')
        body.append('')
        for k in descr:
            body.append(k)
            d = getattr(own[k], '__doc__', None)
            if k == '__dict__':
                d = 'dictionary for instance variables'
            elif k == '__weakref__':
                d = 'list of weak references to the object'
            if d:
                body.append('    ' + d)
            body.append('')
    if data:
        body.append('-' * 70)
        body.append('Data and other attributes defined here:')
        body.append('')
        for k in data:
            body.append('%s = %r' % (k, own[k]))
            body.append('')
    while body and body[-1] == '':
        body.pop()
    out.extend(' |  ' + line for line in body)
    return '\n'.join(out) + '\n'


def _help_text(obj):
    if isclass(obj):
        title = 'class %s in module %s' % (obj.__qualname__, obj.__module__)
        body = _help_class(obj)
    elif isbuiltin(obj):
        title = 'built-in function %s in module %s' % (
            obj.__name__, getattr(obj, '__module__', None) or 'builtins')
        body = _help_routine(obj)
    elif isfunction(obj) or ismethod(obj):
        kind = 'method' if ismethod(obj) else 'function'
        title = '%s %s in module %s' % (kind, obj.__name__, obj.__module__)
        body = _help_routine(obj)
    elif ismodule(obj):
        title = 'module ' + obj.__name__
        doc = getdoc(obj)
        body = 'NAME\n    %s\n' % obj.__name__
        if doc:
            body += '\nDESCRIPTION\n' + _help_indent(doc) + '\n'
    else:
        title = '%s object' % type(obj).__name__
        body = _help_class(type(obj))
    return 'Help on %s:\n\n%s' % (title, body)


def _help(*args, **kwargs):
    if kwargs or len(args) > 1:
        raise TypeError('_Helper.__call__() takes from 1 to 2 positional arguments but %d were given'
                        % (len(args) + len(kwargs) + 1))
    if not args:
        print('Type help(object) for help about object.')
        return None
    print(_help_text(args[0]))
    return None
