"""A small package used by the import tests."""
print("init shapes_pkg")
VERSION = "1.2"
from .util.naming import pretty
__all__ = ["VERSION", "pretty"]
