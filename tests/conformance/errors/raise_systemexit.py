print("raising SystemExit(4)")
try:
    raise SystemExit(4)
except SystemExit as e:
    print("caught once, code", e.code)
    raise
