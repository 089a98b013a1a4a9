# The json.decoder and json.encoder submodules scripts import names from.
import json
import json.decoder
from json.decoder import JSONDecodeError, JSONDecoder
from json.encoder import JSONEncoder, encode_basestring, encode_basestring_ascii


def parse_config(text):
    try:
        return json.loads(text)
    except JSONDecodeError as e:
        return f"bad config at line {e.lineno}, column {e.colno}: {e.msg}"


print(parse_config('{"debug": true, "level": 3}'))
print(parse_config('{\n  "debug": true,\n  "level": 3,\n}'))
print(JSONDecodeError is json.JSONDecodeError, JSONDecoder is json.JSONDecoder,
      JSONEncoder is json.JSONEncoder, json.decoder.JSONDecodeError.__module__)
print(encode_basestring('é "quoted"\n'), encode_basestring_ascii('é "quoted"\n😀'))
try:
    encode_basestring(5)
except TypeError as e:
    print("TypeError:", e)
