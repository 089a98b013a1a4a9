import csv, io
class A(csv.Dialect):
    delimiter = ','
    quotechar = None
    quoting = csv.QUOTE_MINIMAL
    lineterminator = '\n'
    doublequote = True
    skipinitialspace = False
class B(csv.Dialect):
    delimiter = ','
    quotechar = None
    lineterminator = '\n'
for cls in (A, B):
    try:
        o = io.StringIO(); csv.writer(o, cls).writerow(['a', 'b']); print(repr(o.getvalue()))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        cls()
    except Exception as e:
        print(type(e).__name__, e)
for kw in [dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(lineterminator=None), dict(lineterminator=5), dict(quotechar=5, lineterminator=5), dict(quoting=None), dict(quoting=1.0), dict(escapechar=''), dict(delimiter=None), dict(quotechar='ab', quoting=9)]:
    try:
        o = io.StringIO(); csv.writer(o, **kw).writerow(['a', 'b']); print(repr(o.getvalue()))
    except Exception as e:
        print(type(e).__name__, e)
