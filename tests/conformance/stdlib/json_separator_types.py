import json
for o in [{}, [], {'a': 1}, [1, 2], 5]:
    for seps in [(1, 2), (',', 2), (1, ':'), (b',', b':')]:
        try:
            print(repr(json.dumps(o, separators=seps)))
        except Exception as e:
            print(type(e).__name__, e)
    try:
        print(repr(json.dumps(o, indent=2, separators=(1, 2))))
    except Exception as e:
        print(type(e).__name__, e)
for o in [{'a': [1, 2]}, [{'k': 1}], {'a': {}}]:
    for seps in [(',', 2), (1, ':'), (',', b':')]:
        for ind in (2, None):
            try:
                print(repr(json.dumps(o, separators=seps, indent=ind)))
            except Exception as e:
                print(type(e).__name__, e)
            try:
                print(repr(json.JSONEncoder(separators=seps, indent=ind).encode(o)))
            except Exception as e:
                print(type(e).__name__, e)
