# s += t at module level and on a global: appended in place when the binding and the operand
# are the only holders; aliases, dict values and class bodies keep their old strings.
s = ""
for i in range(400000):
    s += "x"
print(len(s))
t = ""
for i in range(1000):
    t = t + str(i % 10)
print(len(t), t[:20])
a = "ab"
b = a
a += "cd"
print(a, b)
d = {"k": "v"}
k = "v"
k += "w"
print(d, k)
def f():
    global g
    for i in range(100000):
        g += "y"
g = ""
f()
print(len(g))
class C:
    s = ""
    for i in range(5):
        s += str(i)
print(C.s)
import sys
m = sys.modules[__name__]
u = "q"
u += "r"
print(m.u, u)
