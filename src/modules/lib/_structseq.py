"""Struct sequences for pyseal: the named, read-only tuples behind os.stat_result and
time.struct_time.

A struct sequence is a tuple of its first n_sequence_fields values; the remaining fields (up
to n_fields) are reachable only by name.
"""


def structseq(qualified_name, visible, hidden=(), labels=None, fallback=None):
    """A tuple subclass named qualified_name ('module.name').

    visible names the tuple's items in order (None for an item with no attribute of its
    own); hidden names the fields kept beside the tuple, which default to None, or to the
    item whose index fallback maps them to. labels replaces visible in the repr.
    """
    module, _, name = qualified_name.rpartition('.')
    n_seq = len(visible)
    n_all = n_seq + len(hidden)

    def __new__(cls, sequence, dict=None):
        if dict is None and type(sequence) is tuple and len(sequence) == n_all:
            # Every field given (what the native calls return): nothing to default.
            self = tuple.__new__(cls, sequence[:n_seq])
            object.__setattr__(self, '_hidden', list(sequence[n_seq:]))
            return self
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        given = len(items)
        if given < n_seq or given > n_all:
            if n_seq == n_all:
                size = 'a %d-sequence' % n_seq
            elif given < n_seq:
                size = 'an at least %d-sequence' % n_seq
            else:
                size = 'an at most %d-sequence' % n_all
            raise TypeError('%s() takes %s (%d-sequence given)' % (qualified_name, size, given))
        self = tuple.__new__(cls, items[:n_seq])
        extra = list(items[n_seq:]) + [None] * (n_all - given)
        for i, field in enumerate(hidden):
            if i < given - n_seq:
                continue
            if dict is not None and field in dict:
                extra[i] = dict[field]
            elif fallback and field in fallback:
                extra[i] = items[fallback[field]]
        object.__setattr__(self, '_hidden', extra)
        return self

    def _from_fields(sequence):
        """An instance from a tuple of all n_fields values (what native calls return),
        without the checks and defaults of the constructor."""
        self = tuple.__new__(cls_ref[0], sequence[:n_seq])
        object.__setattr__(self, '_hidden', sequence[n_seq:])
        return self

    def __repr__(self):
        parts = ['%s=%r' % (label, value) for label, value in zip(repr_labels, self)]
        return '%s(%s)' % (qualified_name, ', '.join(parts))

    def __reduce__(self):
        fields = {f: v for f, v in zip(hidden, self._hidden)}
        return type(self), (tuple(self), fields)

    def __setattr__(self, attr, value):
        if attr in names:
            raise AttributeError('readonly attribute')
        raise AttributeError("'%s' object has no attribute '%s'" % (qualified_name, attr))

    cls_ref = []
    repr_labels = list(labels or visible)
    names = set(f for f in visible if f) | set(hidden)
    namespace = {
        '__new__': __new__,
        '_from_fields': staticmethod(_from_fields),
        '__repr__': __repr__,
        '__reduce__': __reduce__,
        '__setattr__': __setattr__,
        '__module__': module,
        'n_sequence_fields': n_seq,
        'n_fields': n_all,
        'n_unnamed_fields': sum(1 for f in visible if not f),
    }
    for index, field in enumerate(visible):
        if field:
            namespace[field] = property(lambda self, i=index: tuple.__getitem__(self, i))
    for index, field in enumerate(hidden):
        namespace[field] = property(lambda self, i=index: self._hidden[i])
    made = type(name, (tuple,), namespace)
    cls_ref.append(made)
    return made
