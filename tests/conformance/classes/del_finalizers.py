# __del__ runs when an instance's last reference goes (its output comes before the program's
# next output) and, at exit, for the objects the main module still holds.
class Resource:
    active = 0

    def __init__(self, name):
        self.name = name
        Resource.active += 1
        print(f"{name} acquired")

    def __del__(self):
        Resource.active -= 1
        print(f"{self.name} released")


r = Resource("a")
del r
print("after del")


def scoped():
    x = Resource("b")
    print("in scope")


scoped()
print("after scope")
print("active:", Resource.active)
r2 = Resource("c")
r2 = Resource("d")
print("reassigned")
items = [Resource(f"item{i}") for i in range(3)]
items = None
print("list dropped")
holder = {"k": Resource("in-dict")}
holder.pop("k")
print("popped")


class Loud:
    def __del__(self):
        raise ValueError("ignored")


Loud()
print("after loud")


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("node", self.name, "finalized;", "globals still bound:", kept.name)


kept = Resource("kept")
tree = Node("root", Node("leaf"))
pair = (Resource("t1"), Resource("t2"))
print("end of program", Resource.active)
