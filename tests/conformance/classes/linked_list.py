class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head); self._len += 1
    def pop(self):
        if not self.head: raise IndexError("pop from empty LinkedList")
        v = self.head.value; self.head = self.head.next; self._len -= 1
        return v
    def __len__(self): return self._len
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __getitem__(self, i):
        if i < 0: i += len(self)
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v): return any(x == v for x in self)
    def __eq__(self, o): return isinstance(o, LinkedList) and list(self) == list(o)
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __add__(self, o): return LinkedList(list(self) + list(o))
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll, list(ll))
ll.push(0); print(ll, ll.pop(), ll.pop())
ll.reverse(); print(ll, ll == LinkedList([4, 3, 2]), ll + LinkedList("ab"))
print(sum(ll), max(ll), sorted(ll), [x * 10 for x in ll])
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
