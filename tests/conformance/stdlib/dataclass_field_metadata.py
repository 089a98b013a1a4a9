# dataclass field metadata is a read-only mapping proxy.
import dataclasses


@dataclasses.dataclass
class Item:
    name: str
    price: float = dataclasses.field(default=0.0, metadata={'unit': 'EUR'})


f = dataclasses.fields(Item)
print(f[0].metadata, repr(f[0].metadata))
print(f[1].metadata['unit'], dict(f[1].metadata))
print(repr(f[1]).split(',default_factory')[0], repr(f[1]).split(',init=')[1])
try:
    f[1].metadata['unit'] = 'USD'
except TypeError as e:
    print('TypeError:', e)


f[0].metadata['unit'] = 'kg'
