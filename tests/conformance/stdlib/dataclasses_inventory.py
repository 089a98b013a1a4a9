"""An inventory model built from dataclasses: ordering, frozen value objects, defaults,
__post_init__, InitVar, kw_only, slots, inheritance, asdict/astuple/replace, and errors."""
from dataclasses import (dataclass, field, asdict, astuple, replace, fields, InitVar,
                         FrozenInstanceError, KW_ONLY, is_dataclass, make_dataclass)
from typing import List, Optional, ClassVar


@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = 'EUR'

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.cents + other.cents, self.currency)


@dataclass
class Item:
    sku: str
    name: str
    price: Money
    tags: List[str] = field(default_factory=list)
    quantity: int = 0
    discount: InitVar[float] = 0.0
    catalog_count: ClassVar[int] = 0
    _history: list = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self, discount):
        Item.catalog_count += 1
        if discount:
            self.price = Money(round(self.price.cents * (1 - discount)), self.price.currency)
        self._history.append(('created', self.quantity))

    @property
    def total(self):
        return Money(self.price.cents * self.quantity, self.price.currency)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split('.')))


@dataclass
class Perishable(Item):
    expires: str = '2099-12-31'


@dataclass(kw_only=True)
class Supplier:
    name: str
    country: str = 'NL'
    rating: Optional[float] = None


@dataclass
class Shipment:
    id: int
    _: KW_ONLY
    carrier: str
    express: bool = False


@dataclass(slots=True)
class Bin:
    code: str
    capacity: int = 10


@dataclass(eq=False)
class Handle:
    name: str


print("== Money (frozen, order)")
a, b = Money(1999), Money(500)
print(a, repr(b), a + b, a > b, sorted([a, b, Money(1)]))
print(hash(Money(5)) == hash(Money(5)), Money(5) == Money(5, 'EUR'), Money(5) == Money(5, 'USD'))
try:
    a.cents = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del a.currency
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Money(1, 'EUR') + Money(1, 'USD')
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) < (1, 'EUR')
except TypeError as e:
    print("TypeError:", e)

print("== Item")
widget = Item('W-1', 'Widget', Money(1000), ['tools'], quantity=3, discount=0.25)
gadget = Item('G-7', 'Gadget', Money(250))
print(widget)
print(gadget)
print(widget.total, gadget.tags is not Item('x', 'y', Money(0)).tags, Item.catalog_count)
print(widget == Item('W-1', 'Widget', Money(750), ['tools'], 3))
print(asdict(widget))
print(astuple(gadget))
cheaper = replace(widget, price=Money(500), discount=0.5)
print(cheaper.price, cheaper.quantity, cheaper.tags is widget.tags, Item.catalog_count)
print([f.name for f in fields(widget)])
print([(f.name, f.repr, f.compare) for f in fields(Item) if not f.repr or not f.compare])
try:
    replace(widget, colour='red')
except TypeError as e:
    print("TypeError:", e)
try:
    Item('only-sku')
except TypeError as e:
    print("TypeError:", e)

print("== Version ordering")
versions = [Version.parse(v) for v in ['1.10.0', '1.2.3', '0.9', '1.2', '2']]
print(sorted(versions))
print(max(versions), min(versions), Version(1, 2) <= Version(1, 2, 0))
print(Version(1) == (1, 0, 0), Version.__eq__(Version(1), (1, 0, 0)))

print("== inheritance")
milk = Perishable('M-1', 'Milk', Money(99), quantity=2, expires='2024-01-05')
print(milk)
print([f.name for f in fields(Perishable)], isinstance(milk, Item), milk.total)

print("== kw_only")
s = Supplier(name='Acme', rating=4.5)
print(s)
try:
    Supplier('Acme')
except TypeError as e:
    print("TypeError:", e)
sh = Shipment(7, carrier='DHL')
print(sh, Shipment(8, express=True, carrier='UPS'))
try:
    Shipment(9, 'DHL')
except TypeError as e:
    print("TypeError:", e)

print("== slots and eq=False")
bn = Bin('A1')
print(bn, Bin.__slots__, hasattr(bn, '__dict__'))
try:
    bn.colour = 'red'
except AttributeError as e:
    print("AttributeError:", e)
h1, h2 = Handle('x'), Handle('x')
print(h1 == h2, h1 == h1, repr(h1))

print("== dynamic and checks")
Point = make_dataclass('Point', [('x', int), ('y', int, field(default=0))], order=True)
print(Point(1), Point(1, 2) < Point(2), is_dataclass(Point), is_dataclass(Point(0)), is_dataclass(int))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    asdict(Money)
except TypeError as e:
    print("TypeError:", e)
