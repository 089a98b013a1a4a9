import json
doc = {"name": "Zoë", "n": [1, 2.5, -3e10, True, None], "nested": {"b": [], "a": {}}, "t": (1, 2), 10: "ten"}
print(json.dumps(doc))
print(json.dumps(doc, indent=2, sort_keys=False))
print(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([float("nan"), 1e100, 0.1]), json.dumps("a\"b\\c\n\u2603\U0001F600"))
s = json.dumps(doc, indent=4)
print(json.loads(s) == json.loads(json.dumps(doc)), json.loads(s)["nested"])
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9\\n", "d": -0.5e-3, "e": true}'))
for bad in ['', '[1, 2', '{"a" 1}', '[1,]', '{"a": 1,}', 'nul', '"abc', '[1] x', "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps(3), json.dumps(None), json.dumps([[]]))
