# json.loads on bytes read from files or sockets: the encoding is detected as CPython does.
import json

payload = {"name": "Zoë", "tags": ["α", "β"], "n": 3}
text = json.dumps(payload, ensure_ascii=False)
for encoding in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
                 "utf-32-be"]:
    data = text.encode(encoding)
    print(encoding, json.loads(data) == payload, json.loads(bytearray(data))["name"])
print(json.loads(b"1"), json.loads(b" 2 "), json.loads(b"[]"), json.loads(b'"x"'))
for bad in [b'"\xff"', b"\xff\xfe\x00"]:
    try:
        json.loads(bad)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e.reason, e.start)
try:
    json.loads("\ufeff[1]")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
