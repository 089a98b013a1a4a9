# TextIOWrapper.reconfigure: the usual first lines of a script that wants UTF-8 output, and
# changing a file's encoding or error handler midway.
import sys

sys.stdout.reconfigure(encoding="utf-8")
sys.stderr.reconfigure(errors="backslashreplace")
sys.stdin.reconfigure(encoding="utf-8", errors="strict")
print("stdout", sys.stdout.encoding, sys.stdout.errors)
print("stderr", sys.stderr.errors)
print("ünïcödé ✓")
print(sys.stdout.reconfigure(line_buffering=True))

path = sys.argv[1] + "/data.txt"
with open(path, "w", encoding="ascii") as f:
    f.write("plain\n")
    try:
        f.write("café\n")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e.reason)
    f.reconfigure(errors="replace")
    print(f.encoding, f.errors)
    f.write("café\n")
    f.reconfigure(encoding="latin-1")
    print(f.encoding, f.errors)
    f.write("café\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    f.reconfigure(errors="replace")
    print(f.read().splitlines())

for kwargs in [{"encoding": "no-such-codec"}, {"newline": "x"}, {"bogus": 1}, {"encoding": 5}]:
    try:
        sys.stdout.reconfigure(**kwargs)
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure("utf-8")
except TypeError as e:
    print("TypeError", e)
with open(path, "rb") as f:
    try:
        f.reconfigure(encoding="utf-8")
    except AttributeError as e:
        print("AttributeError", e)
f = open(path)
f.close()
try:
    f.reconfigure(encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
