import csv
import io
import statistics
from itertools import groupby
from operator import itemgetter, attrgetter
from collections import namedtuple, OrderedDict

RAW = """student,course,score,term
alice,math,91,F23
bob,math,78,F23
carol,physics,85,S24
alice,physics,67,S24
dave,math,55,F23
bob,physics,92,S24
carol,math,88,F23
eve,chemistry,73,S24
dave,chemistry,61,S24
alice,chemistry,99,S24
"""

Grade = namedtuple("Grade", "student course score term")

def letter(score):
    for cutoff, l in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return l
    return "F"

reader = csv.DictReader(io.StringIO(RAW))
print(reader.fieldnames)
grades = [Grade(r["student"], r["course"], int(r["score"]), r["term"]) for r in reader]
print(grades[0], grades[0]._asdict())
grades.sort(key=attrgetter("course", "score"))
for course, grp in groupby(grades, key=attrgetter("course")):
    grp = list(grp)
    scores = [g.score for g in grp]
    print(f"{course:>10} | n={len(scores)} mean={statistics.mean(scores):6.2f} "
          f"median={statistics.median(scores)} stdev={statistics.pstdev(scores):.3f}")
    for g in grp:
        print(f"{'':>10} | {g.student:<6} {g.score:3d} {letter(g.score)}")

per_student = OrderedDict()
for g in sorted(grades, key=itemgetter(0)):
    per_student.setdefault(g.student, []).append(g.score)
per_student.move_to_end("alice")
print(list(per_student))
ranking = sorted(per_student.items(), key=lambda kv: (-sum(kv[1]) / len(kv[1]), kv[0]))
for rank, (name, sc) in enumerate(ranking, 1):
    avg = sum(sc) / len(sc)
    bar = "#" * int(avg // 10)
    print(f"{rank:>2}. {name.capitalize():<8}{avg:>7.2f} {bar:<10}|{letter(avg)}")

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["student", "avg", "letter"])
for name, sc in ranking:
    w.writerow([name, round(sum(sc) / len(sc), 1), letter(sum(sc) / len(sc))])
print(out.getvalue(), end="")
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["a", "b"], restval="?")
dw.writeheader()
dw.writerows([{"a": 1}, {"b": "x,y"}, {"a": 'q"t', "b": None}])
print(repr(out2.getvalue()))
try:
    dw.writerow({"c": 3})
except ValueError as e:
    print(e)
print(statistics.mode([g.term for g in grades]), statistics.median_low([1, 4, 2, 8]))
print(statistics.quantiles([g.score for g in grades], n=4))
