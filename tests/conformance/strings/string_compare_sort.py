names = ["bob", "Alice", "alice", "Bob", "Émile", "eve", "Zed", "zed", "10", "9", "a10", "a9"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=lambda s: (s.lower(), s)))
def natural_key(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if num:
                out.append((0, int(num), "")); num = ""
            out.append((1, 0, ch))
    if num:
        out.append((0, int(num), ""))
    return out
files = ["file10.txt", "file2.txt", "file1.txt", "file20.txt", "file3.txt", "file1b.txt"]
print(sorted(files), sorted(files, key=natural_key))
print("apple" < "banana", "apple" < "Apple", "a" * 3 < "aaaa", "" < "a", "abc" == "abc", "ß" > "z")
print(min(names), max(names), [ord(c) for c in "aAzZ"])
