# string.Template: custom delimiters, id patterns, whole patterns, and the error positions.
from string import Template


class Percent(Template):
    delimiter = "%"


class Hash(Template):
    delimiter = "#"
    idpattern = r"[a-z]+"


class Spaced(Template):
    braceidpattern = r"[a-z ]+"


class Custom(Template):
    pattern = r"""
    @(?:
      (?P<escaped>@) |
      (?P<named>\w+) |
      \[(?P<braced>\w+)\] |
      (?P<invalid>)
    )"""


print(Percent("%name owes %{amount} (100%% sure)").substitute(name="Ann", amount="5.00"))
print(Hash("#item x#count #Upper").safe_substitute(item="pen", count=3))
print(Spaced("${first name} and $last").substitute({"first name": "Grace", "last": "Hopper"}))
print(Custom("@a + @[b] = @@sum").substitute(a=1, b=2))
print(Percent.pattern.pattern.count("%"), Template.delimiter, Hash.delimiter)

letter = Template("""Dear $title $name,
your order #$order_id ships on ${date}.
Total: $$${total}""")
print(letter.get_identifiers())
print(letter.is_valid(), Template("$ 5").is_valid())
ctx = {"title": "Dr.", "name": "Who", "order_id": 42, "date": "Monday", "total": "9.99"}
print(letter.substitute(ctx))
print(letter.substitute(ctx, name="Watson"))
print(letter.safe_substitute(title="Ms."))

for bad in ["$", "price: $5", "first\nsecond $ x", "${unclosed", "${}"]:
    try:
        Template(bad).substitute(unclosed=1)
    except ValueError as e:
        print("ValueError:", e)
    print("safe:", repr(Template(bad).safe_substitute()))

try:
    Template("$missing").substitute(other=1)
except KeyError as e:
    print("KeyError:", e)


class Fallback(dict):
    def __missing__(self, key):
        return key.upper()


print(Template("$a-$b").substitute(Fallback(a="x")))
rows = [("apples", 3, 0.5), ("pears", 10, 0.25)]
line = Template("${qty}x $fruit @ $price")
for fruit, qty, price in rows:
    print(line.substitute(fruit=fruit, qty=qty, price=f"{price:.2f}"))
