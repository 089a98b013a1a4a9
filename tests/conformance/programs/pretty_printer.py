# A JSON-like serializer and parser written in Python.
def dumps(obj, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None: return "null"
    if obj is True: return "true"
    if obj is False: return "false"
    if isinstance(obj, (int, float)): return repr(obj)
    if isinstance(obj, str):
        out = '"'
        for ch in obj:
            if ch == '"': out += '\\"'
            elif ch == "\\": out += "\\\\"
            elif ch == "\n": out += "\\n"
            elif ord(ch) < 32 or ord(ch) > 126: out += "\\u%04x" % ord(ch)
            else: out += ch
        return out + '"'
    if isinstance(obj, (list, tuple)):
        if not obj: return "[]"
        return "[" + sep.join(pad + dumps(x, indent, level + 1) for x in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj: return "{}"
        return "{" + sep.join(pad + dumps(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in obj.items()) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
def loads(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t\r": pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1; out = {}; ws()
            if s[pos] == "}": pos += 1; return out
            while True:
                ws(); k = value(); ws(); assert s[pos] == ":"; pos += 1
                out[k] = value(); ws()
                if s[pos] == ",": pos += 1; continue
                assert s[pos] == "}"; pos += 1; return out
        if c == "[":
            pos += 1; out = []; ws()
            if s[pos] == "]": pos += 1; return out
            while True:
                out.append(value()); ws()
                if s[pos] == ",": pos += 1; continue
                assert s[pos] == "]"; pos += 1; return out
        if c == '"':
            pos += 1; out = ""
            while s[pos] != '"':
                if s[pos] == "\\":
                    n = s[pos + 1]
                    if n == "u": out += chr(int(s[pos + 2:pos + 6], 16)); pos += 6; continue
                    out += {"n": "\n", '"': '"', "\\": "\\"}[n]; pos += 2; continue
                out += s[pos]; pos += 1
            pos += 1; return out
        for lit, v in (("null", None), ("true", True), ("false", False)):
            if s.startswith(lit, pos): pos += len(lit); return v
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE": pos += 1
        num = s[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    v = value(); ws()
    if pos != len(s): raise ValueError(f"trailing data at {pos}")
    return v
doc = {"name": "pyseal", "version": [0, 1, 0], "stable": False, "ratio": 0.75, "none": None,
       "tags": ["fast", "safe", "sealed"], "nested": {"a": {"b": {"c": []}}, "empty": {}},
       "text": 'quote " backslash \\ newline\n unicode é☃', "big": 10 ** 20, "neg": -3.5e-7}
compact = dumps(doc)
print(compact)
print(dumps(doc, indent=2))
back = loads(compact)
print(back == doc, loads(dumps(doc, indent=4)) == doc)
print(loads(' [1, 2.5, "x", {"k": [true, null]}] '), loads("-12"), loads('"\\u00e9"'))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    loads("[1] x")
except ValueError as e:
    print("ValueError:", e)
