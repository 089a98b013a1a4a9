# Fast-input idioms: sys.stdin.buffer.readline as input, reading the rest as bytes, and
# writing bytes through sys.stdout.buffer (flushed between text and bytes, as CPython's text
# layer holds its own buffer).
import sys

input = sys.stdin.buffer.readline
n = int(input())
rows = [list(map(int, input().split())) for _ in range(n)]
print("rows", rows, "sums", [sum(r) for r in rows])
name = input().rstrip()
print("name", name, name.decode(), len(name))
print(input(3), input(100))
rest = sys.stdin.buffer.read().split()
print(rest)
print("empty reads", sys.stdin.buffer.read(), sys.stdin.buffer.readline())
print(type(sys.stdin.buffer).__name__, sys.stdin.buffer.mode, sys.stdin.buffer.name)
print(sys.stdout.buffer.mode, sys.stdout.buffer.name)
print(sys.stdin.buffer.readable(), sys.stdout.buffer.writable())
sys.stdout.flush()
out = sys.stdout.buffer
written = out.write(b"raw bytes line\n")
written += out.write("ünïcode\n".encode())
written += out.write(bytearray(b"from a bytearray\n"))
out.write(b"".join(str(i).encode() + b" " for i in range(10)) + b"\n")
out.flush()
print("wrote", written)
try:
    out.write("text")
except TypeError as e:
    print("TypeError:", e)
sys.stdout.flush()
sys.stderr.buffer.write(b"to stderr\n")
print("done")
