"""reprlib for pyseal: repr() with size limits (Repr, repr) and recursive_repr."""

import builtins
from itertools import islice

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    """Decorator: a __repr__ that gives fillvalue when called again on the same object."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


def _shorten(text, limit, fill):
    """text cut to about limit characters: its head and tail joined by fill (the split counts
    fill as 3 characters, whatever its length)."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + (text[len(text) - tail:] if tail else '')


# Repr's limits, each an instance attribute that callers may change.
_DEFAULT_LIMITS = (('fillvalue', '...'), ('maxlevel', 6), ('maxtuple', 6), ('maxlist', 6),
                   ('maxarray', 5), ('maxdict', 4), ('maxset', 6), ('maxfrozenset', 6),
                   ('maxdeque', 6), ('maxstring', 30), ('maxlong', 40), ('maxother', 30))


class Repr:
    """A repr() that stops at a depth and a number of items per container."""

    def __init__(self):
        for name, value in _DEFAULT_LIMITS:
            setattr(self, name, value)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Dispatch on the type's name: repr_list for lists; spaces in a name become '_'.
        method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _items(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            body = self.fillvalue
        else:
            parts = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if n > maxiter:
                parts.append(self.fillvalue)
            body = ', '.join(parts)
            if n == 1 and trail:
                right = trail + right
        return f'{left}{body}{right}'

    def repr_tuple(self, x, level):
        return self._items(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._items(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return f"array('{x.typecode}')"
        return self._items(x, level, f"array('{x.typecode}', [", '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._items(_ordered(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._items(_ordered(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._items(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        inner = level - 1
        shown = [f'{self.repr1(k, inner)}: {self.repr1(x[k], inner)}'
                 for k in _ordered(x)[:self.maxdict]]
        if len(x) > self.maxdict:
            shown.append(self.fillvalue)
        return '{%s}' % ', '.join(shown)

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) > self.maxstring:
            text = _shorten(builtins.repr(x), self.maxstring, self.fillvalue)
        return text

    def repr_int(self, x, level):
        text = builtins.repr(x)
        if len(text) > self.maxlong:
            text = _shorten(text, self.maxlong, self.fillvalue)
        return text

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return f'<{x.__class__.__name__} instance at {id(x):#x}>'
        if len(text) > self.maxother:
            text = _shorten(text, self.maxother, self.fillvalue)
        return text


def _ordered(items):
    """The items sorted when they can be, else in iteration order."""
    listed = list(items)
    try:
        return sorted(listed)
    except Exception:
        return listed


aRepr = Repr()
repr = aRepr.repr
