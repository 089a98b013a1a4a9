# 'return' may not leave an except* block, even through a finally.
def f():
    try:
        pass
    except* ValueError:
        try:
            pass
        finally:
            return 1
