# A realistic report: gradebook
import csv, io, json, statistics
from collections import defaultdict, Counter, namedtuple
from operator import itemgetter, attrgetter
from itertools import groupby
RAW = """student,course,score,date
alice,math,93,2024-01-10
bob,math,71,2024-01-10
carol,math,88,2024-01-11
alice,physics,67,2024-02-02
bob,physics,94,2024-02-02
dave,physics,55,2024-02-03
carol,chem,91,2024-03-01
alice,chem,85,2024-03-01
dave,math,100,2024-01-12
eve,chem,  79 ,2024-03-02
"""
Rec = namedtuple('Rec', 'student course score date')
recs = [Rec(r['student'], r['course'], int(r['score']), r['date']) for r in csv.DictReader(io.StringIO(RAW))]
by_course = defaultdict(list)
for r in recs: by_course[r.course].append(r)
print(f"{'course':<10}{'n':>3}{'mean':>8}{'median':>8}{'stdev':>8}  top")
for course in sorted(by_course):
    sc = [r.score for r in by_course[course]]
    top = max(by_course[course], key=attrgetter('score'))
    print(f"{course:<10}{len(sc):>3}{statistics.mean(sc):>8.2f}{statistics.median(sc):>8}{statistics.pstdev(sc):>8.3f}  {top.student}")
def letter(s): return 'A' if s >= 90 else 'B' if s >= 80 else 'C' if s >= 70 else 'F'
dist = Counter(letter(r.score) for r in recs)
for g, n in sorted(dist.items()): print(g, '#' * n, n)
srt = sorted(recs, key=lambda r: (r.student, -r.score))
for stu, grp in groupby(srt, key=attrgetter('student')):
    g = list(grp)
    print(stu.ljust(6), ', '.join(f'{r.course}={r.score}' for r in g), 'avg=%.1f' % (sum(r.score for r in g) / len(g)))
table = [[r.student, r.course, r.score] for r in sorted(recs, key=itemgetter(2), reverse=True)[:5]]
for row in zip(*table): print(row)
print(json.dumps({c: sorted(r.score for r in rs) for c, rs in by_course.items()}, sort_keys=True, indent=1))
o = io.StringIO(); w = csv.writer(o, lineterminator='\n')
w.writerow(['course', 'best', 'worst'])
for c, rs in sorted(by_course.items()):
    w.writerow([c, max(rs, key=lambda r: r.score).student, min(rs, key=lambda r: r.score).student])
print(o.getvalue(), end='')
print(statistics.mode([r.course for r in recs]), statistics.quantiles([r.score for r in recs], n=4))
print(statistics.variance([1, 2, 3, 4]), statistics.harmonic_mean([1, 2, 4]), statistics.fmean([1, 2]))
