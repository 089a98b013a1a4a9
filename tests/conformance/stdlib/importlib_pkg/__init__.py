"""Helper package for stdlib/importlib_modules."""
print("importlib_pkg: init")
NAME = "outer"
