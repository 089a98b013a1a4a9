class Card:
    def __init__(self, rank, suit): self.rank, self.suit = rank, suit
    def __eq__(self, o): return (self.rank, self.suit) == (o.rank, o.suit)
    def __hash__(self): return hash((self.rank, self.suit))
    def __repr__(self): return f"{self.rank}{self.suit}"
hand = {Card(10, "h"), Card(10, "h"), Card(3, "s")}
print(len(hand), Card(3, "s") in hand, {Card(1, "c"): "ace"}[Card(1, "c")])
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Ident: pass
a, b = Ident(), Ident()
print(a == b, a == a, len({a, b, a}))
class Child(Card):
    pass
print(hash(Child(1, "x")) == hash(Card(1, "x")), Child(1, "x") == Card(1, "x"))
class Eq2(Card):
    def __eq__(self, o): return self.rank == o.rank
print(Eq2.__hash__ is None)
