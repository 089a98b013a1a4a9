def documented(a, b=2, *args, c, d=4, **kw):
    """Adds things up."""
    local_var = a + b
    return local_var
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount, documented.__code__.co_name)
print(documented.__module__, callable(documented), type(documented).__name__)
documented.tag = "custom"
print(documented.tag, sorted(k for k in vars(documented)))
def annotated(x: int, y: str = "s") -> bool:
    return True
print(annotated.__annotations__)
print(annotated.__qualname__)
class K:
    def method(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K().method().__qualname__, K.method.__name__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
bound = K().method
print(type(bound).__name__, bound.__func__ is K.method, bound.__self__.__class__.__name__)
def no_doc(): pass
print(no_doc.__doc__, no_doc())
