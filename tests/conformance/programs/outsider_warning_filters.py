# A config loader that uses warnings for soft problems and filters them by message pattern,
# category and module, the way a real script tunes its noise.
import warnings


class ConfigWarning(UserWarning):
    pass


def load(entries):
    cfg = {}
    for key, value in entries:
        if key.startswith("old_"):
            warnings.warn(f"Deprecated key {key!r}; use {key[4:]!r}", DeprecationWarning)
            key = key[4:]
        if key in cfg:
            warnings.warn(f"duplicate key {key!r} overrides {cfg[key]!r}", ConfigWarning)
        if value == "":
            warnings.warn(f"Empty value for {key!r}", ConfigWarning)
        cfg[key] = value
    return cfg


ENTRIES = [("host", "a"), ("old_port", "80"), ("host", "b"), ("user", ""), ("old_mode", "x"), ("port", "81")]


def run(label, setup):
    with warnings.catch_warnings(record=True) as caught:
        warnings.resetwarnings()
        warnings.simplefilter("always")
        setup()
        cfg = load(ENTRIES)
    print(f"== {label}: {len(caught)} warning(s), cfg={cfg}")
    for w in caught:
        print("  ", w.category.__name__, "|", w.message)


run("everything", lambda: None)
run("ignore by message regex", lambda: warnings.filterwarnings("ignore", message=r"dup.*key"))
run("message match ignores case", lambda: warnings.filterwarnings("ignore", message="EMPTY VALUE"))
run("message must match at the start", lambda: warnings.filterwarnings("ignore", message="value"))
run("message regex alternation", lambda: warnings.filterwarnings("ignore", message="(deprecated|empty)"))
run("category filter", lambda: warnings.filterwarnings("ignore", category=DeprecationWarning))
run("module regex (this module)", lambda: warnings.filterwarnings("ignore", module="__ma"))
run("module regex (other module)", lambda: warnings.filterwarnings("ignore", module="config"))
run("message and category together", lambda: warnings.filterwarnings("ignore", message="duplicate", category=DeprecationWarning))

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="empty", category=ConfigWarning)
    try:
        load(ENTRIES)
    except ConfigWarning as e:
        print("raised:", type(e).__name__, e)

for args, kwargs in [(("bogus",), {}), (("ignore", 5), {}), (("ignore",), {"category": int}),
                     (("ignore",), {"category": "x"}), (("ignore",), {"module": 3}),
                     (("ignore",), {"lineno": -1})]:
    try:
        warnings.filterwarnings(*args, **kwargs)
        print("accepted", args, kwargs)
    except AssertionError as e:
        print("AssertionError:", e)
for args, kwargs in [(("bogus",), {}), (("ignore",), {"lineno": -2})]:
    try:
        warnings.simplefilter(*args, **kwargs)
    except AssertionError as e:
        print("simplefilter AssertionError:", e)

warnings.filterwarnings("ignore", message="skip")
warnings.warn("Skip this one")
warnings.warn("but not this one", ConfigWarning)
