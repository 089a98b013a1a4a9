# Flag boundaries (STRICT, CONFORM, EJECT, KEEP), negative values and inversion of flags.
import enum
print(enum.FlagBoundary.STRICT, repr(enum.STRICT), enum.Flag._boundary_, enum.IntFlag._boundary_)
class C(enum.Flag, boundary=enum.CONFORM):
    A = 1; B = 2
print(repr(C(7)), repr(C(4)))
class E(enum.Flag, boundary=enum.EJECT):
    A = 1; B = 2
print(repr(E(7)), repr(E(3)))
class K(enum.Flag, boundary=enum.KEEP):
    A = 1; B = 2
print(repr(K(7)), str(K(7)), repr(K(4)))
class S(enum.IntFlag, boundary=enum.STRICT):
    A = 1
try: S(2)
except ValueError as e: print(e)
print(C._boundary_, repr(~C.A))
class P(enum.IntFlag):
    R = 4; W = 2
print(repr(P(12)), repr(P(-1)), repr(~P.R), P.R | 8)
class F(enum.Flag):
    A = 1; B = 2
print(repr(F(-1)), repr(~F.A))
try: F(4)
except ValueError as e: print(e)
class Q(enum.IntFlag):
    A = 1; B = 2; C = 4
print(repr(~Q.A), repr(~(Q.A | Q.B)), repr(Q(-3)), repr(~Q(0)), repr(Q(0)), Q.A | Q.B | Q.C, repr(~(Q.A|Q.B|Q.C)))
print(repr(~K.A), repr(~E.A), repr(~C.A), repr(~F.A), repr(~F(0)), repr(~(F.A | F.B)))
class M(enum.Flag):
    R = 1; W = 2; X = 4; RWX = 7
print(repr(~M.R), repr(M(5)), repr(~M.RWX), repr(M(-2)))
