# traceback's exception groups: members in numbered boxes (nested groups indented, wide
# groups cut at max_group_width), with caret lines inside the boxes.
import traceback, sys
def fail(n):
    return [n][n]
def collect():
    errs = []
    for i in range(1, 3):
        try:
            fail(i)
        except IndexError as e:
            errs.append(e)
    return errs
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", collect()), KeyError("k")])
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(20)])
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e)))
    print("".join(traceback.TracebackException.from_exception(e, max_group_width=3).format()))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ExceptionGroup("ctx", [TypeError("t")])
except ExceptionGroup:
    print(traceback.format_exc())
