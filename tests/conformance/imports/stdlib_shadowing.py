"""Files on sys.path before the standard library shadow its modules; entries appended to
sys.path come after it; built-in modules are never shadowed."""
import importlib.util
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
front = os.path.join(here, "shadow_front_pkg")
back = os.path.join(here, "shadow_back_pkg")

# Inserted at the front: searched before the standard library.
sys.path.insert(0, front)
import textwrap

print(getattr(textwrap, "ORIGIN", "standard textwrap"))
print(textwrap.fill("hello world, this is a long line", width=11))
print(os.path.relpath(textwrap.__file__, here))
spec = importlib.util.find_spec("textwrap")
print(spec.name, os.path.relpath(spec.origin, here))

# Built into the interpreter: the local itertools.py is never used.
import itertools

print(getattr(itertools, "ORIGIN", "built-in itertools"), list(itertools.islice(itertools.count(3), 3)))
sys.path.remove(front)

# Appended at the end: the standard library comes first.
sys.path.append(back)
import colorsys

print(getattr(colorsys, "ORIGIN", "standard colorsys"))
print(colorsys.rgb_to_hsv(1.0, 0.0, 0.0))
print(getattr(sys, "ORIGIN", "the real sys"))

# Already imported: sys.modules wins over any file.
sys.path.insert(0, front)
import colorsys as again

print(again is colorsys, getattr(again, "ORIGIN", "standard colorsys"))
del sys.modules["textwrap"]
import textwrap as fresh

print(fresh is textwrap, fresh.ORIGIN)
