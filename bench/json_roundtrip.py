"""A JSON-like serializer and parser in pure Python, run over generated documents."""
def dumps(obj):
    if obj is None: return "null"
    if obj is True: return "true"
    if obj is False: return "false"
    t = type(obj)
    if t is int or t is float: return repr(obj)
    if t is str: return '"' + obj.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if t is list: return "[" + ",".join(dumps(x) for x in obj) + "]"
    if t is dict: return "{" + ",".join(dumps(k) + ":" + dumps(v) for k, v in obj.items()) + "}"
    raise TypeError(t.__name__)
class Parser:
    def __init__(self, s):
        self.s = s
        self.i = 0
    def value(self):
        s = self.s
        c = s[self.i]
        if c == "{":
            self.i += 1
            out = {}
            if s[self.i] == "}":
                self.i += 1
                return out
            while True:
                k = self.value()
                self.i += 1  # ':'
                out[k] = self.value()
                c = s[self.i]
                self.i += 1
                if c == "}":
                    return out
        if c == "[":
            self.i += 1
            out = []
            if s[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                c = s[self.i]
                self.i += 1
                if c == "]":
                    return out
        if c == '"':
            j = self.i + 1
            buf = []
            while s[j] != '"':
                if s[j] == "\\":
                    buf.append(s[j + 1])
                    j += 2
                else:
                    buf.append(s[j])
                    j += 1
            self.i = j + 1
            return "".join(buf)
        if s.startswith("null", self.i):
            self.i += 4
            return None
        if s.startswith("true", self.i):
            self.i += 4
            return True
        if s.startswith("false", self.i):
            self.i += 5
            return False
        j = self.i
        while j < len(s) and s[j] in "-+.0123456789eE":
            j += 1
        num = s[self.i:j]
        self.i = j
        return float(num) if ("." in num or "e" in num or "E" in num) else int(num)
def make_doc(i):
    return {
        "id": i, "name": f"user{i}", "active": i % 3 == 0, "score": i * 1.5, "tags": ["a", "b\"q", str(i)],
        "address": {"street": f"{i} Main St", "zip": 10000 + i, "geo": [i / 7, -i / 3]}, "notes": None,
    }
docs = [make_doc(i) for i in range(3000)]
total = 0
for _ in range(7):
    text = dumps(docs)
    back = Parser(text).value()
    total += len(text)
print(back == docs, len(text), total)
print(dumps(back[7])[:80])
