# Reads a settings file made of `name = literal` lines with ast.literal_eval, reporting
# the lines that are not plain literals, as a safe configuration loader does.
import ast

CONFIG = '''
# server settings
host = "example.org"
port = 8080
debug = False
timeout = 2.5
ratio = -0.75
retries = +3
origin = (0, 0)
tags = ['web', "api", 'v2']
limits = {"cpu": 4, "mem": 16_384, "disk": None}
flags = {1, 2, 3}
empty = set()
complex_gain = 1+2j
neg_complex = -1-0.5j
nested = {"a": [1, (2, 3), {"b": ...}], "c": b"raw\\x00"}
big = 123456789012345678901234567890
hexes = [0xff, 0o17, 0b1010, 1e3, 1_0.5]
text = "multi" " part" ' string'
escaped = "tab\\there \\u00e9 \\N{BULLET}"
'''

BAD = [
    "os.system('rm -rf /')",
    "__import__('os')",
    "[x for x in range(3)]",
    "1 + 2",
    "2 * 3",
    "{'a': f()}",
    "-'text'",
    "lambda: 0",
    "a",
    "(1, [2, {3: x}])",
    "1 +",
    "",
    "   42",
    "\t'indented'",
    "set([1, 2])",
    "{**other}",
    "3 + 'j'",
]

settings = {}
for number, line in enumerate(CONFIG.splitlines(), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, _, text = line.partition("=")
    value = ast.literal_eval(text.strip())
    settings[name.strip()] = value
    print(f"{number:2} {name.strip():13} {type(value).__name__:9} {value!r}")

print(sorted(settings))
print(settings["limits"]["mem"] * 2, settings["origin"] + (1,), sorted(settings["flags"]))

for text in BAD:
    try:
        value = ast.literal_eval(text)
        print(f"{text!r:28} ok {value!r}")
    except ValueError as e:
        msg = str(e)
        print(f"{text!r:28} ValueError {msg.split(':')[0]}")
    except SyntaxError as e:
        print(f"{text!r:28} SyntaxError {e.msg} line {e.lineno} offset {e.offset}")
    except TypeError as e:
        print(f"{text!r:28} TypeError {e}")

tree = ast.parse("[1, -2, (3+4j), {'k': (True, None)}]", mode="eval")
print(type(tree).__name__, ast.literal_eval(tree))
print(ast.literal_eval(tree.body.elts[3]))
node = ast.Dict(keys=[ast.Constant("x")], values=[])
try:
    ast.literal_eval(node)
except ValueError as e:
    print("ValueError", str(e).split(":")[0])
print(ast.literal_eval(ast.Constant(value=(1, 2))))
