"""A lone mapping argument (dict, mappingproxy, a collections.abc.Mapping) fills %(key)s fields."""
import logging, types, sys
import collections.abc
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(levelname)s %(message)s")
logging.info("%(a)s and %(b)s", {"a": 1, "b": 2})
logging.info("%(a)s", types.MappingProxyType({"a": "proxy"}))
class M(collections.abc.Mapping):
    def __getitem__(self, k): return k.upper()
    def __iter__(self): return iter("ab")
    def __len__(self): return 2
logging.info("%(x)s-%(y)s", M())
logging.info("plain %s", [1])
logging.info("empty %s", {})
r = logging.LogRecord('n', 20, 'x.py', 1, '%(a)s', (types.MappingProxyType({'a': 1}),), None)
print(r.getMessage(), r.args)
