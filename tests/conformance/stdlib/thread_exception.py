# An exception in a thread goes to threading.excepthook; the program goes on.
import threading

def boom(n):
    print("thread running", n)
    raise ValueError(f"bad value {n}")

t = threading.Thread(target=boom, args=(1,))
t.start()
t.join()
print("main continues", t.is_alive())

def exiting():
    print("thread calls sys.exit")
    import sys
    sys.exit(3)
    print("not reached")

t = threading.Thread(target=exiting)
t.start()
t.join()
print("sys.exit ended only the thread")

print(threading.excepthook is threading.__excepthook__)
t = threading.Thread(target=boom, args=(3,), name="last")
t.start()
t.join()
print("end of main")
