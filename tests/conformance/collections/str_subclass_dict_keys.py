# Keys that are instances of str (or int) subclasses find, and are found by, equal plain keys.
class Tag(str):
    def shout(self):
        return self.upper() + "!"


class Code(int):
    pass


registry = {Tag("alpha"): 1, Code(7): "seven"}
print(registry.get("alpha"), registry["alpha"], "alpha" in registry, registry.get(7))
plain = {"beta": 2, 8: "eight"}
print(plain[Tag("beta")], plain.get(Code(8)), Tag("beta") in plain)

registry["alpha"] = 10
print(len(registry), registry[Tag("alpha")])
print(registry.pop("alpha"), registry)

tags = {Tag("x"), "x", Tag("y")}
print(len(tags), sorted(tags))

counts = {}
for word in [Tag("a"), "a", Tag("b"), "a"]:
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))
print({"k": 1} == {Tag("k"): 1}, Tag("k").shout())

# dict.pop on an empty dict does not need a hashable key.
try:
    {}.pop([])
except KeyError as e:
    print("KeyError", e)
print({}.pop([], "default"))
try:
    {1: 2}.pop([])
except TypeError as e:
    print("TypeError", e)
