# os._exit ends the process at once: no finally blocks, no atexit functions, no SystemExit.
import os
import sys
import atexit

atexit.register(print, "atexit must not run")
for bad in ["3", 1.5, None]:
    try:
        os._exit(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os._exit()
except TypeError as e:
    print("TypeError:", e)
try:
    os._exit(1, 2)
except TypeError as e:
    print("TypeError:", e)


def leave():
    try:
        print("leaving with status 7")
        sys.stdout.flush()
        os._exit(7)
    finally:
        print("finally must not run")


try:
    leave()
except BaseException:
    print("no exception either")
