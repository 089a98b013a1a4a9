"""xml.dom.minicompat for pyseal: the list types minidom hands out for childNodes and
getElementsByTagName (lists with the DOM's item() and length)."""

__all__ = ['NodeList', 'EmptyNodeList', 'StringTypes']

StringTypes = (str,)


class NodeList(list):
    """A list of nodes; item(i) is None past the end."""
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)

    def __getstate__(self):
        return list(self)

    def __setstate__(self, state):
        self[:] = [] if state is None else state


class EmptyNodeList(tuple):
    """The shared, immutable child list of nodes that cannot have children."""
    __slots__ = ()

    def __add__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def __radd__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def item(self, index):
        return None

    @property
    def length(self):
        return 0

