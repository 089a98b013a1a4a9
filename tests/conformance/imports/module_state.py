# pyseal: --mode off
# (it rebinds counter.count from outside the module, which the default policy denies)
import sys
from modtools_pkg import counter
from modtools_pkg.counter import hit, PUBLIC
import modtools_pkg.counter as again
print(counter is again, counter is sys.modules["modtools_pkg.counter"])
hit(); hit(); counter.hit()
print(counter.count, again.count, PUBLIC)
counter.count = 100
print(again.count, hit())
from modtools_pkg.counter import *
print("PUBLIC" in dir(), "_private" in dir(), "hit" in globals())
print(counter.__name__, counter.__doc__, type(counter).__name__)
print(sorted(n for n in vars(counter) if not n.startswith("__")))
