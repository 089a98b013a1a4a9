# exit/quit (Quitter), copyright/credits/license (_Printer) and help(obj) (_Helper):
# reprs, calls, SystemExit codes, and pydoc text for simple functions and classes.
print(exit); print(quit); print(repr(exit)); print(str(quit))
print(help)
print(type(exit).__name__, type(exit).__module__, type(help).__qualname__, type(copyright).__name__)
print(repr(copyright)); print(credits); print(license)
copyright()
credits()
print(callable(exit), callable(help))
def f(a, b=2, *args, c, **kw):
    '''Add things.

    More text here.'''
help(f)
def g(x): return x
help(g)
class C:
    'A class.'
    def m(self, x): 'meth doc'
help(C)
class D:
    __slots__ = ('a',)
    limit = 10
    def run(self, n, *, fast=False):
        """Run it.

        Really."""
    def stop(self): pass
help(D)
for args in [(), (3,), ("bye",), (None,)]:
    try: exit(*args)
    except SystemExit as e: print("code", repr(e.code), e.args)
try: quit(code=4)
except SystemExit as e: print("code", e.code)
import sys

exit(5)
