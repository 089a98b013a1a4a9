class Node:
    def __init__(self, parent=None):
        self.parent = parent
    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()
a = Node()
b = Node(a)
print(b.depth())
a.parent = b
print("made a cycle")
print(a.depth())
