# tomllib: tables, arrays of tables, dotted and quoted keys, every value type (strings of all
# four kinds, numbers, dates and times, arrays, inline tables), parse_float, and errors.
import tomllib, pprint
DOC = '''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \\ value'
site."google.com" = true

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
local = 1979-05-27T07:32:00
day = 1979-05-27
lunch = 12:30:00.5
utc = 2024-01-02T03:04:05Z

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
nested.deep.key = 0xDEAD_beef

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = """
multi \\
    line "quoted" ""\"""
raw = \'\'\'
C:\\path\\no escapes
\'\'\'

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
sku = 284758393
color = "gray"
tags = ["a", 'b',
  "c", # trailing comment
]

[numbers]
ints = [+99, 42, 0, -17, 1_000, 0o755, 0b1101]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, inf, -inf]
esc = "tab\\tnl\\nquote\\"u\\u00e9U\\U0001F600"
'''
data = tomllib.loads(DOC)
pprint.pprint(data, width=100)
import math
print(math.isnan(tomllib.loads("x = nan")["x"]), tomllib.loads("a = 1.5", parse_float=str))
bad = ["x = ", "x = 1\nx = 2", "[a]\n[a]", "x = [1, 2", "x = {a = 1", 'x = "unterminated', "x = 1 y = 2", "a.b = 1\n[a]\nc=2\n[a.b]", "= 1", "x = 08", "x = 1979-13-01", "[t]\nv={a=1}\n[t.v]"]
for b in bad:
    try:
        print(tomllib.loads(b))
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError", e)
