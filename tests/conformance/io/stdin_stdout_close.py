import sys
print(sys.stdin.closed, sys.stdout.closed)
first = sys.stdin.readline()
print("first line:", first.strip())
sys.stdin.close()
sys.stdin.close()
print(sys.stdin.closed)
for fn in (sys.stdin.readline, sys.stdin.read, sys.stdin.readlines, input):
    try:
        fn()
    except ValueError as e:
        print(fn.__name__, "->", e)
print("before close", flush=True)
sys.stdout.close()
try:
    print("after")
except ValueError as e:
    sys.stderr.write("print failed: %s\n" % e)
try:
    sys.stdout.write("x")
except ValueError as e:
    sys.stderr.write("write failed: %s\n" % e)
sys.stderr.write("stdout closed: %s\n" % sys.stdout.closed)
