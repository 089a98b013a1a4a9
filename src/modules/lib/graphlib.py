"""graphlib for pyseal: TopologicalSorter."""

__all__ = ['TopologicalSorter', 'CycleError']

# A vertex's `waiting` is its count of predecessors not yet done, until get_ready() hands it
# out; then one of these two states.
_HANDED_OUT = -1
_FINISHED = -2


class _Vertex:
    __slots__ = ('node', 'waiting', 'after')

    def __init__(self, node):
        self.node = node
        self.waiting = 0
        self.after = []  # the nodes that have this one as a predecessor (repeats kept)


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes (the first repeated at the end)."""


class TopologicalSorter:
    """Orders the nodes of a graph so that each comes after its predecessors."""

    def __init__(self, graph=None):
        self._vertices = {}
        self._ready = None  # the nodes ready to hand out; None until prepare()
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _vertex(self, node):
        vertex = self._vertices.get(node)
        if vertex is None:
            vertex = self._vertices[node] = _Vertex(node)
        return vertex

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        self._vertex(node).waiting += len(predecessors)
        for pred in predecessors:
            self._vertex(pred).after.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [v.node for v in self._vertices.values() if v.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        self._require_prepared()
        batch = tuple(self._ready)
        self._ready.clear()
        for node in batch:
            self._vertices[node].waiting = _HANDED_OUT
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        self._require_prepared()
        return bool(self._ready) or self._finished < self._handed_out

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._require_prepared()
        for node in nodes:
            vertex = self._vertices.get(node)
            if vertex is None:
                raise ValueError(f'node {node!r} was not added using add()')
            if vertex.waiting == _FINISHED:
                raise ValueError(f'node {node!r} was already marked done')
            if vertex.waiting != _HANDED_OUT:
                raise ValueError(f'node {node!r} was not passed out (still not ready)')
            vertex.waiting = _FINISHED
            self._finished += 1
            for later in vertex.after:
                follower = self._vertices[later]
                follower.waiting -= 1
                if follower.waiting == 0:
                    self._ready.append(later)

    def _find_cycle(self):
        """A cycle as a list of nodes (its first node repeated at the end), or None."""
        # Depth-first over successors, nodes in insertion order; a successor that is on the
        # current path closes a cycle.
        on_path = {}
        finished = set()
        for root in self._vertices:
            if root in finished:
                continue
            path = [root]
            on_path[root] = 0
            pending = [list(reversed(self._vertices[root].after))]
            while path:
                todo = pending[-1]
                if not todo:
                    node = path.pop()
                    pending.pop()
                    del on_path[node]
                    finished.add(node)
                    continue
                nxt = todo.pop()
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in finished:
                    continue
                on_path[nxt] = len(path)
                path.append(nxt)
                pending.append(list(reversed(self._vertices[nxt].after)))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
