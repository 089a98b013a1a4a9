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


_MISSING = object()


def _small_input(iterable, n):
    """Whether the input has a length and at most n items (then sorting it is the answer)."""
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        return False
    return n >= size


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n].

    Like CPython, a max-heap of the n best items seen so far is kept, entries decorated with
    their arrival order (so equal items keep input order and are never compared themselves);
    items are compared in the same order as CPython, which fixes which operands an error names.
    """
    if n == 1:
        best = min(iter(iterable), default=_MISSING, key=key)
        return [] if best is _MISSING else [best]
    if _small_input(iterable, n):
        return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    it = iter(iterable)
    if key is None:
        heap = [(value, order) for order, value in zip(range(n), it)]
    else:
        heap = [(key(value), order, value) for order, value in zip(range(n), it)]
    if not heap:
        return heap
    _heapify_max(heap)
    worst = heap[0][0]
    order = n
    for value in it:
        k = value if key is None else key(value)
        if k < worst:
            _heapreplace_max(heap, (k, order) if key is None else (k, order, value))
            worst = heap[0][0]
            order += 1
    heap.sort()
    return [entry[-1 if key is not None else 0] for entry in heap]


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n].

    A min-heap of the n best items so far, decorated with decreasing arrival numbers, so that
    among equal items the earlier one sorts first after the final reverse sort.
    """
    if n == 1:
        best = max(iter(iterable), default=_MISSING, key=key)
        return [] if best is _MISSING else [best]
    if _small_input(iterable, n):
        return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    it = iter(iterable)
    if key is None:
        heap = [(value, order) for order, value in zip(range(0, -n, -1), it)]
    else:
        heap = [(key(value), order, value) for order, value in zip(range(0, -n, -1), it)]
    if not heap:
        return heap
    heapify(heap)
    worst = heap[0][0]
    order = -n
    for value in it:
        k = value if key is None else key(value)
        if worst < k:
            heapreplace(heap, (k, order) if key is None else (k, order, value))
            worst = heap[0][0]
            order -= 1
    heap.sort(reverse=True)
    return [entry[-1 if key is not None else 0] for entry in heap]
