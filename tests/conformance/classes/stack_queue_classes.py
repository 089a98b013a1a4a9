class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items: raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self): return self._items[-1] if self._items else None
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
    def __repr__(self): return f"Stack({self._items})"
class Queue:
    def __init__(self, capacity): self.buf, self.head, self.size = [None] * capacity, 0, 0
    def put(self, x):
        if self.size == len(self.buf): raise OverflowError("queue full")
        self.buf[(self.head + self.size) % len(self.buf)] = x; self.size += 1
    def get(self):
        if not self.size: raise IndexError("queue empty")
        x = self.buf[self.head]; self.buf[self.head] = None
        self.head = (self.head + 1) % len(self.buf); self.size -= 1
        return x
    def __iter__(self):
        for i in range(self.size): yield self.buf[(self.head + i) % len(self.buf)]
s = Stack().push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s, bool(Stack()))
q = Queue(3)
for i in range(3): q.put(i)
try:
    q.put(99)
except OverflowError as e:
    print("OverflowError:", e)
print(q.get(), list(q)); q.put(10); q.put(11) if q.size < 3 else None
print(list(q), q.buf, q.head)
while q.size: print("got", q.get())
try:
    q.get()
except IndexError as e:
    print("IndexError:", e)
def to_postfix(expr):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}
    out, ops = [], Stack()
    for tok in expr.split():
        if tok in prec:
            while ops and ops.peek() in prec and prec[ops.peek()] >= prec[tok]:
                out.append(ops.pop())
            ops.push(tok)
        elif tok == "(": ops.push(tok)
        elif tok == ")":
            while ops.peek() != "(": out.append(ops.pop())
            ops.pop()
        else: out.append(tok)
    while ops: out.append(ops.pop())
    return " ".join(out)
print(to_postfix("3 + 4 * 2 / ( 1 - 5 )"), "|", to_postfix("( a + b ) * ( c - d ) + e"))
