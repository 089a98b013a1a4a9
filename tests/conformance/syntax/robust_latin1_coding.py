# -*- coding: latin-1 -*-
# Source saved by an old editor in Latin-1.
cafe = "café"
print(cafe, len(cafe), cafe.upper())
print([hex(ord(c)) for c in "àéÿ"])
