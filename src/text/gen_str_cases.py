#!/usr/bin/env python3
"""Records str-method results from CPython for the differential test in str_ops.rs.

    python3 src/text/gen_str_cases.py SEED N > /tmp/str_cases.jsonl
    PYSEAL_STR_CASES=/tmp/str_cases.jsonl cargo test --lib str_differential
"""
import json, random, sys

random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
ALPHABET = list("aAbB  \t\n\r,.'\"\\-_09xyzΣσςΑßﬁǅǆİı\u0301\u00a0\u3000\x1c\x85\u2028é日本😀\U000e0001\x7f\x00\u200b¹½٣")


def rstr(n=None):
    n = random.randint(0, 12) if n is None else n
    return "".join(random.choice(ALPHABET) for _ in range(n))


def ridx():
    return random.choice([None, None, random.randint(-15, 15)])


def run(name, f):
    try:
        return {"ok": f()}
    except Exception as e:
        return {"err": type(e).__name__ + ": " + str(e)}


out = []
for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 5000):
    s = rstr()
    sub = random.choice([rstr(1), rstr(2), "", s[1:3]])
    st, en = ridx(), ridx()
    sep = random.choice([None, rstr(1), rstr(2), ""])
    chars = random.choice([None, rstr(2)])
    ms = random.choice([-1, 0, 1, 2])
    w = random.randint(-2, 20)
    rec = {"s": s, "sub": sub, "start": st, "end": en, "sep": sep, "chars": chars, "maxsplit": ms, "width": w}
    r = {}
    r["find"] = s.find(sub, st, en)
    r["rfind"] = s.rfind(sub, st, en)
    r["count"] = s.count(sub, st, en)
    r["startswith"] = s.startswith(sub, st, en)
    r["endswith"] = s.endswith(sub, st, en)
    r["split"] = run("split", lambda: s.split(sep, ms))
    r["rsplit"] = run("rsplit", lambda: s.rsplit(sep, ms))
    r["splitlines"] = [s.splitlines(False), s.splitlines(True)]
    r["strip"] = [s.strip(chars), s.lstrip(chars), s.rstrip(chars)]
    r["partition"] = run("partition", lambda: list(s.partition(sep if sep is not None else ",")))
    r["rpartition"] = run("rpartition", lambda: list(s.rpartition(sep if sep is not None else ",")))
    r["replace"] = s.replace(sub, "<>", ms)
    r["pad"] = [s.center(w, "*"), s.ljust(w), s.rjust(w, "é"), s.zfill(w), s.expandtabs(w % 9)]
    r["case"] = [s.lower(), s.upper(), s.casefold(), s.swapcase(), s.title(), s.capitalize()]
    r["is"] = [s.isidentifier(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalpha(), s.isalnum(),
               s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isprintable(), s.isascii()]
    r["repr"] = [repr(s), ascii(s)]
    rec["want"] = r
    out.append(json.dumps(rec))
print("\n".join(out))
