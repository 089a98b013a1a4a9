"""timeit for pyseal: timing small pieces of code (Timer, timeit, repeat)."""

import time
import itertools
import sys

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

# The timed function. `pass` keeps the loop body valid when stmt is only a comment.
_TEMPLATE = '''
def inner(_it, _timer{init}):
    {setup}
    _started = _timer()
    for _i in _it:
        {stmt}
        pass
    return _timer() - _started
'''


def _indent(src, level):
    return src.replace('\n', '\n' + ' ' * level)


class Timer:
    """Times stmt (a string of code or a callable), after setup, number times over."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')
            setup = _indent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(stmt, dummy_src_name, 'exec')
            stmt = _indent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        it = itertools.repeat(None, number)
        return self.inner(it, self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Times 1, 2, 5, 10, 20, 50, ... loops until one run takes 0.2 s or more;
        returns (loops, seconds) of that run."""
        for number in _loop_counts():
            elapsed = self.timeit(number)
            if callback:
                callback(number, elapsed)
            if elapsed >= 0.2:
                return (number, elapsed)


def _loop_counts():
    power = 1
    while True:
        yield from (power, 2 * power, 5 * power)
        power *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
