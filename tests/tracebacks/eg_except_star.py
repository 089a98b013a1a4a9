def work():
    raise ExceptionGroup("batch", [ValueError(1), TypeError(2), OSError(3)])
def handle():
    try:
        work()
    except* ValueError:
        raise KeyError("from handler")
    except* TypeError as e:
        raise
def main():
    handle()
main()
