for t in ["tuple.__hash__((1,)) == hash((1,))", "bytes.__hash__(b'a') == hash(b'a')", "frozenset.__hash__(frozenset({1})) == hash(frozenset({1}))",
          "range.__hash__(range(3)) == hash(range(3))", "float.__hash__(1.5) == hash(1.5)", "complex.__hash__(1j) == hash(1j)",
          "bool.__hash__(True)", "type.__hash__(int) == hash(int)", "list.__hash__", "dict.__hash__", "set.__hash__", "bytearray.__hash__",
          "int.__hash__(10**30) == hash(10**30)", "str.__hash__('ab') == hash('ab')", "(1,2).__hash__() == hash((1,2))",
          "object.__hash__(5) == hash(5)"]:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
