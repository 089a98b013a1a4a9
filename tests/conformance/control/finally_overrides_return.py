# A return that passes through a finally whose body leaves with break, continue or return.


def first_kept(items):
    for i in items:
        try:
            return i
        finally:
            if i < 2:
                continue
    return "none kept"


def stop_in_finally():
    for i in range(3):
        try:
            return i
        finally:
            break
    return "after loop"


def nested(n):
    out = []
    while n:
        n -= 1
        try:
            try:
                return "inner"
            finally:
                out.append(("in1", n))
        finally:
            out.append(("in2", n))
            if n % 2:
                continue
            break
    return out


def finally_returns():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def with_in_loop(paths):
    seen = []
    for p in paths:
        with Guard(p, seen):
            try:
                return p
            finally:
                if p != "c":
                    continue
    return seen


class Guard:
    def __init__(self, name, seen):
        self.name, self.seen = name, seen

    def __enter__(self):
        self.seen.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        self.seen.append("exit " + self.name)
        return False


def return_in_nested_finally():
    for i in range(3):
        try:
            pass
        finally:
            try:
                return i * 10
            finally:
                print("  inner finally", i)


def gen():
    for i in range(4):
        try:
            yield i
        finally:
            if i == 1:
                continue


print(first_kept([0, 1, 2, 3]))
print(first_kept([0, 1]))
print(stop_in_finally())
print(nested(5))
print(finally_returns())
print(with_in_loop(["a", "b", "c", "d"]))
print(return_in_nested_finally())
print(list(gen()))
