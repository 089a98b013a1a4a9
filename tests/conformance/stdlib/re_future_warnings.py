# re's FutureWarnings for set syntax that may change meaning: '[[' and doubled -, &, ~, |.
import re
import warnings

PATTERNS = ["[[:alpha:]]", "[^[:a]", "[a[]", "[[]", "[]]", "[][]", "[a--]", "[a&&b]", "[a||b]",
            "[a~~b]", "[--a]", "[&&]", "[a-b--c]", "[\\[a]", "[a\\--b]", "x[[]", "[[", "[a-[]",
            "[^[]", "(?x)[[ ]]", "[-[]", "[a-\\-]", "[\\--b]", "[a&&&b]", "[x||||y]",
            "([[]|[a--z])", "[\\w--]"]
for p in PATTERNS:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            re.compile(p)
            result = "compiled"
        except re.error as e:
            result = "re.error: " + str(e)
    found = [(str(w.message), w.category.__name__, w.lineno) for w in caught]
    print(repr(p), found, result)


def split_on(text):
    return re.split("[[,]", text)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    re.purge()
    print(re.findall("[[:digit:]]+", "a1:b22"), re.sub(r"[a-z--]", "#", "ab-c"),
          split_on("a[b,c"), re.compile("[[]").findall("[["))
    print([(str(w.message), w.lineno == split_on.__code__.co_firstlineno + 1) for w in caught])
