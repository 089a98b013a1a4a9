# doctest.testmod() on docstrings with passing and failing examples: expected tracebacks,
# ELLIPSIS and NORMALIZE_WHITESPACE directives, wrong output, examples in class and method
# docstrings (numbered from the docstring's first line), and the TestResults it returns.
# (No example raises unexpectedly: that report quotes the path of CPython's doctest.py.)
import os as _os
import sys as _sys


class _ScrubDir:
    """Prints this program's directory as <dir>: the golden must not depend on where the
    suite is checked out (tracebacks and warnings name the script by its absolute path)."""

    def __init__(self, stream):
        self.stream = stream
        self.dir = _os.path.dirname(_os.path.abspath(__file__))

    def write(self, text):
        return self.stream.write(text.replace(self.dir, "<dir>"))

    def flush(self):
        self.stream.flush()

    def __getattr__(self, name):
        return getattr(self.stream, name)


_sys.stdout = _ScrubDir(_sys.stdout)

import doctest


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square("a")
    Traceback (most recent call last):
        ...
    TypeError: can't multiply sequence by non-int of type 'str'
    """
    return x * x


def invert(x):
    """
    >>> invert(2)
    5
    >>> invert(0)
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    >>> print("a\\nb")
    a
    b
    >>> invert(3)  # doctest: +ELLIPSIS
    0.33...
    >>> list(range(12))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5,
     6, 7, 8, 9, 10, 11]
    >>> {"b": 1, "a": 2}
    {'a': 2, 'b': 1}
    >>> invert("x")
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for /: 'int' and 'str'
    """
    return 1 / x


class Stack:

    """
    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> s.pop()
    1
    >>> s.items
    [3]
    """

    def __init__(self):
        self.items = []

    def push(self, v):
        self.items.append(v)

    def pop(self):
        """
        >>> Stack().pop()
        Traceback (most recent call last):
        IndexError: pop from empty list
        >>> len(Stack().items)
        1
        """
        return self.items.pop()


r = doctest.testmod()
print(r)
print(r.failed, r.attempted, type(r).__name__)
print(doctest.testmod(verbose=False, report=False))
