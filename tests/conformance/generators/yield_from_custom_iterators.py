class Sub:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(self.i)
        return self.i
    def send(self, v):
        print("Sub.send", v); return self.__next__()
    def throw(self, *a):
        print("Sub.throw", [type(x).__name__ for x in a])
        raise StopIteration('thrown-ret')
    def close(self):
        print("Sub.close")

def outer():
    r = yield from Sub()
    print("r =", r)
    yield 'after'

o = outer()
print(next(o)); print(o.send(5))
print(o.throw(ValueError('x')))
o.close()
o = outer(); next(o); o.close()
# plain iterator without throw
def outer2():
    try:
        yield from iter([1,2,3])
    except KeyError as e:
        print("outer2 caught", repr(e))
        yield 'k'
o = outer2(); next(o); print(o.throw(KeyError('q')))
o = outer2(); next(o); o.close(); print("closed")
