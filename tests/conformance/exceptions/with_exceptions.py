class Transaction:
    def __init__(self, log): self.log = log
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            self.log.append("commit")
        else:
            self.log.append(f"rollback ({et.__name__}: {ev})")
        return et is KeyError
for fail in [None, KeyError("k"), ValueError("v")]:
    log = []
    try:
        with Transaction(log):
            log.append("work")
            if fail:
                raise fail
            log.append("more work")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")
    print(log)
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
class BadEnter:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("never")
try:
    with BadEnter():
        print("never body")
except OSError as e:
    print("OSError:", e)
