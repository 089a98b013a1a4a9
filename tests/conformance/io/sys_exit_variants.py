# SystemExit codes caught and inspected, atexit, then sys.exit with a message (status 1).
import sys
def cleanup():
    print("cleanup")
import atexit
atexit.register(cleanup)
print(sys.argv[1:] != [], len(sys.argv), sys.argv[0])
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
print("stdout before", flush=True)
sys.stderr.write("err line\n")
sys.exit("fatal: bad input")
