print(str.maketrans('ab', 'cd'))
print(str.maketrans({'a': 'b'}))
print(str.maketrans('ab', 'cd', 'e'))
print('x'.maketrans('ab', 'cd'))
print('x'.maketrans({'a': 'b'}))
print('x'.maketrans('ab', 'cd', 'e'))
class S(str): pass
print(S.maketrans('ab', 'cd'), S('q').maketrans('a','b'))
f = str.maketrans
print(f('a', 'b'))
g = 'zz'.maketrans
print(g('a', 'b'))
try: str.maketrans('ab')
except Exception as e: print(type(e).__name__, e)
try: 'x'.maketrans('ab')
except Exception as e: print(type(e).__name__, e)
