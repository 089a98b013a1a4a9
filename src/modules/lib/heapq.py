"""heapq for pyseal: binary min-heaps on plain lists (heap[k] <= heap[2k+1], heap[2k+2]).

Only `<` is used to compare items, as in CPython.
"""


def _check(heap, function):
    if not isinstance(heap, list):
        raise TypeError(f"{function}() argument 1 must be list, not {type(heap).__name__}")


def _sift_toward_root(heap, start, pos):
    # Move heap[pos] up until its parent is not larger; start bounds the climb.
    item = heap[pos]
    while pos > start:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Bubble the smaller child up until reaching a leaf, then settle the item (fewer compares).
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, startpos, pos)


def heappush(heap, item):
    _check(heap, "heappush")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    _check(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return top


def heappushpop(heap, item):
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    _check(x, "heapify")
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


# Max-heap variants, used by merge(reverse=True).
def _sift_toward_root_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, startpos, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_toward_leaves_max(heap, 0)
        return top
    return last


def _heapreplace_max(heap, item):
    top = heap[0]
    heap[0] = item
    _sift_toward_leaves_max(heap, 0)
    return top


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
