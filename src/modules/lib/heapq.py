"""heapq for pyseal: binary min-heaps on plain lists (heap[k] <= heap[2k+1], heap[2k+2]).

Only `<` is used to compare items, as in CPython. The heap operations are native (`_heapq`);
this module adds merge, nsmallest and nlargest.
"""


from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop, _heappop_max,
                    _heapify_max, _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (stable: earlier inputs win ties)."""
    if reverse:
        heapify_, pop_, replace_, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        heapify_, pop_, replace_, direction = heapify, heappop, heapreplace, 1
    # Entries are [sort key, tie-breaking order, value, iterator]; the order is unique, so the
    # value is never compared.
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append([value if key is None else key(value), order * direction, value, it])
            break
    heapify_(entries)
    while len(entries) > 1:
        while True:
            entry = entries[0]
            yield entry[2]
            for value in entry[3]:
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace_(entries, entry)
                break
            else:
                pop_(entries)
                break
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        items = list(iterable)
        if not items:
            return []
        return [min(items, key=key)]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        items = list(iterable)
        if not items:
            return []
        return [max(items, key=key)]
    return sorted(iterable, key=key, reverse=True)[:n]
