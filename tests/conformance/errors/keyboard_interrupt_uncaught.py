"""An uncaught KeyboardInterrupt: the traceback, then the process ends by SIGINT."""
import sys


class Worker:
    def __init__(self, jobs):
        self.jobs = jobs
        self.done = []

    def run(self):
        for job in self.jobs:
            if job == "stop":
                # What Ctrl-C delivers, raised by hand so the test needs no timing.
                raise KeyboardInterrupt
            self.done.append(job.upper())


w = Worker(["a", "b", "stop", "c"])
try:
    w.run()
except KeyboardInterrupt:
    print("caught once, done:", w.done)
print("KeyboardInterrupt is a BaseException, not an Exception:",
      issubclass(KeyboardInterrupt, BaseException), issubclass(KeyboardInterrupt, Exception))
try:
    w.run()
except Exception:
    print("never printed: except Exception does not catch it")
finally:
    print("finally runs", file=sys.stdout)
    sys.stdout.flush()
