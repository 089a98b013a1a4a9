# json.loads on bytes read from files or sockets: the encoding is detected as CPython does.
import json

payload = {"name": "Zoë", "tags": ["α", "β"], "n": 3}
text = json.dumps(payload, ensure_ascii=False)
for encoding in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
                 "utf-32-be"]:
    data = text.encode(encoding)
    print(encoding, json.loads(data) == payload, json.loads(bytearray(data))["name"])
print(json.loads(b"1"), json.loads(b" 2 "), json.loads(b"[]"), json.loads(b'"x"'))
try:
    json.loads(b'"\xff"')
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    json.loads(b"\xff\xfe\x00")
except ValueError as e:
    print(type(e).__name__)
try:
    json.loads("\ufeff[1]")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
