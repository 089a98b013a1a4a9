"""App package."""
__all__ = ["VERSION", "load"]
VERSION = (1, 2)
_private = 1
def load(name):
    import importlib
    return importlib.import_module("." + name, __name__ + ".plugins")
