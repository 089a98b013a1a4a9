# Keyword arguments the built-in constructors do not take, and the wording of
# each type's complaint.

def build(expr):
    try:
        value = eval(expr)
    except (TypeError, ValueError) as exc:
        print(f"{expr:45} {type(exc).__name__}: {exc}")
    else:
        print(f"{expr:45} -> {value!r}")


for expr in [
    "bytearray(2, fill=0)",
    "bytearray(size=3)",
    "bytearray(source=b'ab')",
    "bytearray('hi', encoding='ascii')",
    "bytearray('hi', 'ascii', errors='strict')",
    "bytearray('hi', 'ascii', 'strict', 'extra')",
    "bytearray(b'a', source=b'b')",
    "bytes(2, fill=0)",
    "bytes(source=b'ab')",
    "bytes('hi', 'ascii', 'strict', 'extra')",
    "str(object=5)",
    "str(value=5)",
    "str(b'hi', encoding='ascii')",
    "int(x='5')",
    "int('101', base=2)",
    "float(x=1)",
    "complex(real=1, imag=2)",
    "complex(re=1)",
    "list(iterable=[1])",
    "tuple(items=[1])",
    "range(stop=3)",
    "slice(stop=3)",
    "bool(x=1)",
    "memoryview(obj=b'a')",
    "list(enumerate('ab', start=5))",
    "enumerate('ab', begin=5)",
    "bytes.fromhex()",
    "bytes.fromhex(string='00')",
    "bytearray.fromhex('00', '11')",
    "bytes.fromhex('0g')",
    "int.from_bytes(b'\\x01', 'big', signed=True, extra=1)",
    "int.from_bytes(bytes=b'\\x01', byteorder='big', signed=True, extra=1)",
    "(5).to_bytes(2, 'big', signed=False, pad=1)",
    "(5).to_bytes(2, 'big', False)",
]:
    build(expr)


class Packet(bytearray):
    """A bytearray with a label: its own __init__ takes extra keywords."""

    def __init__(self, data, label="?"):
        super().__init__(data)
        self.label = label


p = Packet(b"\x01\x02", label="hdr")
print(p.label, bytes(p), len(p))
q = Packet(3)
print(q.label, bytes(q))
