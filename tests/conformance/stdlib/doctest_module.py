# doctest: examples in module, function, class, method, staticmethod and property docstrings;
# flags, directives, expected exceptions, a failing example and the verbose report.
"""Module doc.

>>> 1 + 1
2
"""
import doctest


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> add(1, None)
    Traceback (most recent call last):
        ...
    TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> x = 5
    >>> x * 2
    10
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(" ".join("abc"))  # doctest: +NORMALIZE_WHITESPACE
    a   b c
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> None
    >>> add(2, 2)
    4
    >>> raise ValueError("x")
    Traceback (most recent call last):
    ValueError: x
    >>> int("z")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.ValueError: something else
    """
    return a + b


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """Push.

        >>> Stack().push(3) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    @staticmethod
    def helper():
        """
        >>> Stack.helper()
        42
        """
        return 42

    @property
    def size(self):
        """
        >>> Stack().size
        0
        """
        return len(self.items)


def undocumented():
    pass


def boom():
    """
    >>> boom()
    'fine'
    """
    return "fine"


if __name__ == "__main__":
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
    print(doctest.testmod(optionflags=doctest.ELLIPSIS, report=False))
    doctest.run_docstring_examples(add, {"add": add}, name="add")

    # Failures are reported with the file and line of the example.
    import types
    demo = types.ModuleType("demo")
    demo.__file__ = "demo_missing_source.py"
    exec(compile('''
def double(n):
    """
    >>> double(2)
    4
    >>> double(3)
    7
    >>> double("ab")
    'abab'
    >>> double(0.5)
    1
    """
    return n * 2
''', "demo_missing_source.py", "exec"), demo.__dict__)
    print(doctest.testmod(demo, report=True))
