# Collecting multiple errors the pre-3.11 way.
class MultiError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} errors")
def run_all(tasks):
    errors, results = [], []
    for name, fn in tasks:
        try:
            results.append((name, fn()))
        except Exception as e:
            errors.append((name, e))
    if errors:
        raise MultiError(errors)
    return results
tasks = [("div", lambda: 10 / 2), ("zero", lambda: 1 / 0), ("key", lambda: {}["x"]), ("ok", lambda: "fine"), ("attr", lambda: None.x)]
try:
    run_all(tasks)
except MultiError as me:
    print(me)
    for name, e in me.errors:
        print(f"  {name}: {type(e).__name__}: {e}")
print(run_all(tasks[:1] + tasks[3:4]))
