import sys
print("__name__ is", __name__)
def main():
    print("main() running")
    return 0
if __name__ == "__main__":
    main()
print(sys.modules["__main__"].__name__, "main" in dir(sys.modules["__main__"]))
print(__name__ in sys.modules, type(sys.modules).__name__)
import guard_pkg.helper as h
print(h.describe())
