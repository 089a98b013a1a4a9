# csv dialect validation: the TypeErrors for bad dialect parameters, and that good ones work.
import csv
import io

params = [
    dict(lineterminator=None),
    dict(lineterminator=5),
    dict(delimiter=None),
    dict(delimiter=5),
    dict(delimiter="ab"),
    dict(quotechar=5),
    dict(quotechar="ab"),
    dict(escapechar=5),
    dict(quoting=None),
    dict(quoting="a"),
    dict(quoting=1.0),
    dict(quoting=99),
    dict(quotechar=None, quoting=csv.QUOTE_ALL),
    dict(quotechar=None),
    dict(doublequote=0),
    dict(lineterminator="\n", delimiter=";", quoting=csv.QUOTE_NONNUMERIC),
]
for kw in params:
    for make in (csv.writer, csv.reader):
        try:
            obj = make(io.StringIO(), **kw)
            d = obj.dialect
            print(make.__name__, kw, "ok", repr(d.delimiter), repr(d.lineterminator), d.quoting)
        except Exception as e:
            print(make.__name__, kw, type(e).__name__, e)

