import sys
for i in range(5):
    print("line", i)
sys.stdout.flush()
d = {"a": [1, 2]}
print(d["a"][2])
