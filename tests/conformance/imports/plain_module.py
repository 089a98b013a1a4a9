import plainmod_pkg.textutils as tu
from plainmod_pkg.textutils import slugify, Counter
print(slugify("Hello, World! This is  Python"), slugify("  --Already-ok-- "))
c = Counter()
for w in "a b a c b a".split():
    c.add(w)
print(c.most_common(2), tu.DEFAULT_SEP, tu.__name__)
print(tu.slugify is slugify, type(tu).__name__)
