import signal
import sys

print(signal.SIGINT, repr(signal.SIGTERM), signal.SIGINT.name, int(signal.SIGUSR1))
print(signal.Signals(15), signal.Signals["SIGHUP"], signal.SIGIOT is signal.SIGABRT, signal.SIGCLD.name)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(signal.strsignal(signal.SIGTERM), signal.strsignal(2), signal.strsignal(signal.SIGRTMIN + 1))
print(len(signal.valid_signals()), signal.SIGKILL in signal.valid_signals())

received = []
def handler(signum, frame):
    received.append(signum)
    print("handler got", signal.Signals(signum).name, type(frame).__name__)

old = signal.signal(signal.SIGUSR1, handler)
print("old:", old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(received)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(received, signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

class Shutdown(Exception):
    pass

def on_term(signum, frame):
    raise Shutdown("terminated by %s" % signal.Signals(signum).name)

signal.signal(signal.SIGTERM, on_term)
try:
    for i in range(5):
        print("work", i)
        if i == 2:
            signal.raise_signal(signal.SIGTERM)
except Shutdown as e:
    print("caught:", e)

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from default handler")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt direct")

for args in [(signal.SIGKILL, signal.SIG_IGN), (99, handler), (0, handler), (signal.SIGINT, "nope"),
             (signal.SIGSTOP, handler)]:
    try:
        signal.signal(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(100)
except ValueError as e:
    print("ValueError", e)
print(signal.alarm(0), signal.alarm(10), signal.alarm(0))
print(signal.setitimer(signal.ITIMER_REAL, 0), signal.getitimer(signal.ITIMER_REAL))
prev = signal.signal(signal.SIGINT, signal.SIG_IGN)
print(prev is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
print("still running")
signal.signal(signal.SIGINT, prev)
