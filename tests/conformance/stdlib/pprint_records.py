# Pretty-printing nested records: dataclasses wrap like CPython's pprint does.
import pprint
from dataclasses import dataclass, field
from typing import List


@dataclass
class Address:
    street: str
    city: str
    zip_code: str


@dataclass
class Customer:
    name: str
    address: Address
    orders: List[int] = field(default_factory=list)
    notes: str = field(default="", repr=False)


@dataclass
class Plain:
    value: int

    def __repr__(self):
        return f"<Plain {self.value} " + "x" * 80 + ">"


alice = Customer("Alice Example", Address("12 Long Street Name", "Springfield", "12345"),
                 list(range(1000, 1025)), notes="hidden")
bob = Customer("Bob", Address("1 Main St", "X", "0"))
pprint.pprint(alice)
pprint.pprint(bob)
pprint.pprint([alice, bob], width=60)
pprint.pprint({"vip": alice, "count": 2}, width=50, compact=True)
pprint.pprint(Plain(3))
pprint.pprint([Plain(1)], width=30)
pprint.pprint(alice, depth=1)
print(pprint.pformat(Address("a" * 30, "b" * 30, "c" * 30), indent=4))
