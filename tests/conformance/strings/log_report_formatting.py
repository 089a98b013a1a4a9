# A log report: split/partition parsing, aligned columns with computed widths, % and format()
# summaries, Counter tallies, slugs via casefold/encode, and a box-drawing fill character.
import re
from collections import Counter, defaultdict
LOG = """2024-01-05 10:00:01 INFO  [web] GET /index.html 200 512B 0.012s
2024-01-05 10:00:02 WARN  [db]  slow query: SELECT * FROM users WHERE id=42 (1.532s)
2024-01-05 10:00:03 ERROR [web] POST /api/login 500 0B 0.201s user="bob o'neil"
2024-01-05 10:00:04 INFO  [web] GET /static/app.js 304 0B 0.002s
2024-01-05 10:00:05 DEBUG [cache] miss key=user:42 ttl=300
2024-01-05 10:00:06 INFO  [web] GET /caf\u00e9/men\u00fc 200 2048B 0.040s
"""
rows = []
for line in LOG.splitlines():
    date, time, level, rest = line.split(None, 3)
    comp, _, msg = rest.partition('] ')
    rows.append((date, time, level, comp.strip('[] '), msg))
width = max(len(r[4]) for r in rows)
print(f"{'time':<8} {'lvl':^5} {'comp':>5} | {'message':<{width}} |")
print('-' * (8 + 5 + 5 + width + 7))
for d, t, lvl, comp, msg in rows:
    print(f'{t:<8} {lvl:^5} {comp:>5} | {msg:<{width}.{width}} |')
lv = Counter(r[2] for r in rows)
for k, v in sorted(lv.items(), key=lambda kv: (-kv[1], kv[0])):
    print('%-6s %3d %5.1f%% %s' % (k, v, 100 * v / len(rows), '#' * v))
sizes = [int(m.group(1)) for r in rows if (m := re.search(r'(\d+)B\b', r[4]))]
print('total {:,} bytes, avg {:.2f}, max {:>8_}'.format(sum(sizes), sum(sizes) / len(sizes), max(sizes)))
durs = [float(x) for x in re.findall(r'(\d+\.\d+)s', LOG)]
print('durations:', ', '.join(f'{d:.3f}' for d in durs), '| p50=%g' % sorted(durs)[len(durs)//2], '| total %.4e' % sum(durs))
by = defaultdict(list)
for r in rows: by[r[3]].append(r[1])
for comp in sorted(by): print(f'{comp!r:>8}: {", ".join(by[comp])}')
table = [('Name', 'Qty', 'Price'), ('Widget', 3, 4.5), ('Gadget\u2122', 12, 19.99), ('Caf\u00e9 au lait', 100, 3.0)]
cols = list(zip(*table))
ws = [max(len(str(c)) for c in col) for col in cols]
for i, row in enumerate(table):
    cells = []
    for j, c in enumerate(row):
        if isinstance(c, float): cells.append(f'{c:>{ws[j]}.2f}')
        elif isinstance(c, int): cells.append(str(c).rjust(ws[j]))
        else: cells.append(c.ljust(ws[j]))
    print('| ' + ' | '.join(cells) + ' |')
    if i == 0: print('|' + '|'.join('-' * (w + 2) for w in ws) + '|')
words = re.findall(r"[\w']+", LOG.lower())
cnt = Counter(words)
print(cnt.most_common(5))
print(' '.join(w.capitalize() for w in 'the QUICK brown fox'.split()), 'snake_case_name'.title().replace('_', ''), '-'.join(reversed('a.b.c'.split('.'))))
def slug(s):
    s = s.casefold().encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')
print(slug('Caf\u00e9 & Cr\u00e8me -- Br\u00fbl\u00e9e!'), slug('  Hello,   World  '))
csv_line = 'a,"b,c",d""e,"f""g"'
print(csv_line.split(','), [p.strip('"') for p in csv_line.split(',')])
print('%-10s|%10s|' % ('left', 'right'), '{:=^20}'.format(' mid '), f'{"x":\u2500^9}')
