# find/rfind/index/rindex/count/startswith/endswith with start and end windows over text
# with multi-byte characters, short and long (long strings use an offset table).

def probe(s, subs, bounds):
    for sub in subs:
        for st in bounds:
            for en in bounds + [None]:
                row = [s.find(sub, st, en), s.rfind(sub, st, en), s.count(sub, st, en),
                       s.startswith(sub, st, en), s.endswith(sub, st, en)]
                try:
                    row.append(s.index(sub, st, en))
                except ValueError as e:
                    row.append(str(e))
                try:
                    row.append(s.rindex(sub, st, en))
                except ValueError as e:
                    row.append(str(e))
                print(repr(sub), st, en, *row)

short = "naïve café ñandú 日本語 abc"
probe(short, ["", "a", "é", "日本", "abc", "zz", "c"], [None, -30, -5, -1, 0, 1, 3, 7, 20, 25, 26, 27])

long = "".join(f"{i}:ünïcödé—{chr(0x4e00 + i)} " for i in range(60))
print(len(long), long.count("ü"), long.count(""), long.count("", 500), long.count("", 5000))
probe(long, ["ö", "—一", "59:", "\u4e3b"], [None, 0, 63, 64, 65, 129, 700, -64, -1])

# A scan from successive starts, as a tokenizer does.
pos, hits = 0, []
while True:
    j = long.find("é—", pos)
    if j < 0:
        break
    hits.append(j)
    pos = j + 1
print(len(hits), hits[:5], hits[-3:])
pos, back = len(long), []
while True:
    j = long.rfind("ün", 0, pos)
    if j < 0:
        break
    back.append(j)
    pos = j
print(len(back), back[:3], back[-3:])
print(long.startswith(("x", "7:ü"), 98), long.endswith(("—", "\u4e3b "), 0, len(long)))
