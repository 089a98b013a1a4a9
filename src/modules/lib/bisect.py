"""bisect for pyseal: binary search and insertion in sorted lists (native, in `_bisect`)."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
