orig = [[1, 2], [3, 4]]
shallow = orig[:]
alias = orig
shallow2 = list(orig)
shallow3 = orig.copy()
def deepcopy(x):
    if isinstance(x, list): return [deepcopy(i) for i in x]
    if isinstance(x, dict): return {k: deepcopy(v) for k, v in x.items()}
    return x
deep = deepcopy(orig)
orig[0].append(99)
orig.append([5])
print(orig, alias, shallow, shallow2, shallow3, deep, sep="\n")
print(shallow[0] is orig[0], deep[0] is orig[0], alias is orig)
d = {"k": [1]}
dc = d.copy()
dc["k"].append(2)
dc["new"] = 1
print(d, dc)
m = [[0] * 2] * 2
m[0][0] = 1
print(m, m[0] is m[1])
