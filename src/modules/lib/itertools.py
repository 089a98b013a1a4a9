"""itertools for pyseal: iterator building blocks.

Infinite and stateful iterators (count, cycle, repeat) are classes so that they print like
CPython's; the rest are generators, which behave the same when iterated.
"""

_marker = object()


def _plural(n):
    return "argument" if n == 1 else "arguments"


def _unpack(name, args, kwargs, lo, hi):
    """Checks a positional-only call as CPython's PyArg_UnpackTuple does."""
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    n = len(args)
    if lo == hi and n != lo:
        raise TypeError(f"{name} expected {lo} {_plural(lo)}, got {n}")
    if n < lo:
        raise TypeError(f"{name} expected at least {lo} {_plural(lo)}, got {n}")
    if n > hi:
        raise TypeError(f"{name} expected at most {hi} {_plural(hi)}, got {n}")
    return args


def _bind(name, params, required, args, kwargs):
    """Binds a call as CPython's argument clinic does, with its messages."""
    total = len(args) + len(kwargs)
    if total > len(params):
        raise TypeError(f"{name}() takes at most {len(params)} {_plural(len(params))} "
                        f"({total} given)")
    values = list(args)
    for i in range(len(args), len(params)):
        p = params[i]
        if p in kwargs:
            values.append(kwargs[p])
        elif i < required:
            raise TypeError(f"{name}() missing required argument '{p}' (pos {i + 1})")
        else:
            values.append(_marker)
    for k in kwargs:
        if k not in params[len(args):]:
            raise TypeError(f"'{k}' is an invalid keyword argument for {name}()")
    return values


def _index(value):
    """value as an int, or CPython's TypeError for something that is not one."""
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
    return index(value)


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    __slots__ = ("_n", "_step")

    def __init__(self, *args, **kwargs):
        start, step = _bind("count", ("start", "step"), 0, args, kwargs)
        if start is _marker:
            start = 0
        if step is _marker:
            step = 1
        for value in (start, step):
            # CPython's PyNumber_Check: something with __index__, __int__, __float__ or a
            # complex.
            if not isinstance(value, (int, float, complex)) and not any(
                    hasattr(type(value), m) for m in ("__index__", "__int__", "__float__")):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {step!r})"


class cycle:
    """cycle(iterable): the items of iterable, then the same items again, forever."""

    __slots__ = ("_it", "_saved", "_index", "_replay")

    def __init__(self, *args, **kwargs):
        (iterable,) = _unpack("cycle", args, kwargs, 1, 1)
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._replay = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._replay:
            for item in self._it:
                self._saved.append(item)
                return item
            self._replay = True
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object[, times]): object, times times (forever without times)."""

    __slots__ = ("_obj", "_times")

    def __init__(self, *args, **kwargs):
        object, times = _bind("repeat", ("object", "times"), 1, args, kwargs)
        self._obj = object
        if times is _marker:
            times = None
        else:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._obj
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


def _add(a, b):
    return a + b


def accumulate(*args, **kwargs):
    """accumulate(iterable, func=None, *, initial=None): running totals (or func results)."""
    if len(args) > 2:
        raise TypeError(f"accumulate() takes at most 2 positional arguments ({len(args)} given)")
    initial = kwargs.pop("initial", None)
    iterable, func = _bind("accumulate", ("iterable", "func"), 1, args, kwargs)
    return _accumulate(iter(iterable), None if func is _marker else func, initial)


def compress(*args, **kwargs):
    """compress(data, selectors): the items of data whose selector is true."""
    data, selectors = _bind("compress", ("data", "selectors"), 2, args, kwargs)
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(*args, **kwargs):
    """dropwhile(predicate, iterable): the items from the first one predicate rejects on."""
    predicate, iterable = _unpack("dropwhile", args, kwargs, 2, 2)
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(*args, **kwargs):
    """takewhile(predicate, iterable): the items up to the first one predicate rejects."""
    predicate, iterable = _unpack("takewhile", args, kwargs, 2, 2)
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(*args, **kwargs):
    """filterfalse(predicate, iterable): the items predicate (or bool) rejects."""
    predicate, iterable = _unpack("filterfalse", args, kwargs, 2, 2)
    return _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            yield x


def islice(*args, **kwargs):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    _unpack("islice", args, kwargs, 2, 4)
    iterable, *args = args
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
    for value in (start, stop):
        if value is not None and (not isinstance(value, int) or value < 0):
            if len(args) == 1:
                raise ValueError("Stop argument for islice() must be None or an integer: "
                                 "0 <= x <= sys.maxsize.")
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
    if not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    # Mirrors CPython's consumption: skipped items are read only when the next item is asked
    # for, and after the last item up to `stop` items are read in all.
    count = 0
    wanted = start
    while True:
        while count < wanted:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        count += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def starmap(*args, **kwargs):
    """starmap(function, iterable): function(*item) for each item."""
    function, iterable = _unpack("starmap", args, kwargs, 2, 2)
    return _starmap(function, iter(iterable))


def _starmap(function, iterable):
    for args in iterable:
        yield function(*tuple(args))


class _TeeLink:
    __slots__ = ("value", "next")

    def __init__(self):
        self.next = None


class _tee:
    __slots__ = ("_it", "_link")

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(*args, **kwargs):
    """tee(iterable, n=2): n independent iterators over one iterable."""
    _unpack("tee", args, kwargs, 1, 2)
    iterable, n = args if len(args) == 2 else (args[0], 2)
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*args, **kwargs):
    """zip_longest(*iterables, fillvalue=None): zip, padded to the longest iterable."""
    fillvalue = kwargs.pop("fillvalue", None)
    if kwargs:
        raise TypeError("zip_longest() got an unexpected keyword argument")
    return _zip_longest([iter(it) for it in args], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


from _itertools import permutations, combinations, combinations_with_replacement, product
from _itertools import groupby, chain, accumulate as _accumulate


def pairwise(*args, **kwargs):
    """pairwise(iterable): overlapping pairs (s0, s1), (s1, s2), ..."""
    (iterable,) = _unpack("pairwise", args, kwargs, 1, 1)
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


for _cls in (count, cycle, repeat):
    _cls.__tp_name__ = "itertools." + _cls.__name__  # how CPython's messages name them
del _cls
