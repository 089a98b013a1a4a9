class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, list(children)
    def preorder(self):
        yield self.value
        for c in self.children:
            yield from c.preorder()
    def postorder(self):
        for c in self.children:
            yield from c.postorder()
        yield self.value
    def levels(self):
        level = [self]
        while level:
            yield [n.value for n in level]
            level = [c for n in level for c in n.children]
    def paths(self, prefix=()):
        here = prefix + (self.value,)
        if not self.children:
            yield here
        for c in self.children:
            yield from c.paths(here)
    def __iter__(self):
        return self.preorder()
t = Tree("root", Tree("a", Tree("a1"), Tree("a2", Tree("a2x"))), Tree("b"), Tree("c", Tree("c1")))
print(list(t.preorder()))
print(list(t.postorder()))
print(list(t.levels()))
print(["/".join(p) for p in t.paths()])
print(sorted(t), len(list(t)), "a2x" in t, max(t, key=len))
it = t.preorder()
print(next(it), next(it), next(it), list(it))
