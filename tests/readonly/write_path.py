"""Makes one namespace write, named by argv[1], and prints the outcome and the state after.

Driven by tests/readonly_write_paths.rs under each mode; the expected audit events are there.
"""
import sys

import helper

other = lambda: 0  # noqa: E731


def module_set():
    helper.x = 5


def module_add():
    helper.y = 5


def module_delete():
    del helper.x


def setattr_module():
    setattr(helper, "x", 5)


def delattr_module():
    delattr(helper, "x")


def object_setattr():
    object.__setattr__(helper, "x", 5)


def type_setattr():
    type.__setattr__(helper.Klass, "attr", 5)


def class_set():
    helper.Klass.attr = 5


def class_add():
    helper.Klass.extra = 5


def class_delete():
    del helper.Klass.attr


def class_method_set():
    helper.Klass.method = other


def delattr_class():
    delattr(helper.Klass, "attr")


def function_code():
    helper.func.__code__ = other.__code__


def function_defaults():
    helper.func.__defaults__ = (5,)


def function_kwdefaults():
    helper.func.__kwdefaults__ = {"b": 5}


def function_doc():
    helper.func.__doc__ = "changed"


def function_name():
    helper.func.__name__ = "changed"


def function_qualname():
    helper.func.__qualname__ = "changed"


def function_module():
    helper.func.__module__ = "changed"


def function_annotations():
    helper.func.__annotations__ = {"a": int}


def function_dict_item():
    helper.func.__dict__["tag"] = 5


def function_other_attr():
    helper.func.tag = 5


def method_defaults():
    helper.Klass.method.__defaults__ = (5,)


def global_set():
    helper.set_global()


def global_delete():
    helper.del_global()


def global_append():
    helper.append_global()


def vars_item():
    vars(helper)["x"] = 5


def dict_item():
    helper.__dict__["x"] = 5


def dict_item_delete():
    del helper.__dict__["x"]


def class_dict_item():
    helper.Klass.__dict__["attr"] = 5


def import_star():
    import star_target  # noqa: F401


def package_submodule():
    import pkg.sub  # noqa: F401


def state():
    d = vars(helper)
    f = helper.func
    return (
        d.get("x"),
        d.get("y"),
        helper.Klass.__dict__.get("attr"),
        helper.Klass.__dict__.get("extra"),
        helper.Klass.method is other,
        f.__code__ is other.__code__,
        f.__defaults__,
        f.__kwdefaults__,
        f.__doc__,
        f.__name__,
        f.__qualname__,
        f.__module__,
        f.__annotations__,
        f.__dict__.get("tag"),
        helper.Klass.method.__defaults__,
        "sub" in vars(sys.modules["pkg"]) if "pkg" in sys.modules else None,
        sys.modules["star_target"].__dict__.get("value") if "star_target" in sys.modules else None,
        d.get("text"),
    )


def flags():
    return (helper.__modified__, helper.is_modified(), helper.Klass.__modified__,
            helper.func.__modified__, helper.Klass.method.__modified__)


if sys.argv[1] == "package_submodule":
    import pkg  # the package freezes before its submodule is imported

try:
    globals_ = {k: v for k, v in vars(sys.modules[__name__]).items()}
    globals_[sys.argv[1]]()
    print("ok")
except ReadOnlyError as e:
    print("ReadOnlyError:", e)
except ImportError as e:
    print("ImportError:", e)
except TypeError as e:
    print("TypeError:", e)
print(state())
print(flags())
