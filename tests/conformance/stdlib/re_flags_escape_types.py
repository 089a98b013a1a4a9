import re
for f in ['x', 1.0, None, [1]]:
    try:
        re.compile('a', f)
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile('a', True).flags, re.compile('a', re.I).flags, re.escape(b'a.b\xff*'), re.escape(bytearray(b'x+y')), re.escape(memoryview(b'(z)')))
for v in [5, None, 1.5]:
    try:
        re.escape(v)
    except Exception as e:
        print(type(e).__name__, e)
