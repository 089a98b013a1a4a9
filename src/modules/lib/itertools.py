"""itertools for pyseal: iterator building blocks.

The iterators are native classes (src/modules/itertools.rs, itertools_iters.rs).
"""

from _itertools import permutations, combinations, combinations_with_replacement, product
from _itertools import groupby, _grouper, chain, accumulate
from _itertools import count, cycle, repeat, islice, zip_longest, starmap, takewhile
from _itertools import dropwhile, compress, filterfalse, pairwise, tee, _tee
