"""A local module named like a standard-library one."""
ORIGIN = "local textwrap"


def fill(text, width=70):
    return "[local fill] " + text[:width]
