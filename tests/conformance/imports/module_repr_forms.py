# The repr of modules: built-in ones say so, file-backed ones name their file.
import os
import sys
import itertools
import time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "modrepr_pkg"))
import plainmod
print(repr(sys), repr(itertools), str(time))
r = repr(plainmod)
here = os.path.dirname(os.path.abspath(__file__))
print(r.replace(here, "<here>"))
print(r.startswith("<module 'plainmod' from '"), r.endswith("plainmod.py'>"))
print(plainmod.__name__, os.path.basename(plainmod.__file__))
