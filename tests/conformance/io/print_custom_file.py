# print() to an object that is not a native file: CPython's sequence of write() calls.
import sys
class Rec:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append("<flush>")
r = Rec()
print("a", 1, None, sep="--", end="!\n", file=r)
print(file=r)
print("x", file=r, flush=True)
print("", "", sep="", end="", file=r)
print(r.parts)
old = sys.stdout
sys.stdout = Rec()
print("captured", 2)
cap = sys.stdout.parts
sys.stdout = old
print(cap)
sys.stdout = None
print("dropped")
sys.stdout = old
print("back")
