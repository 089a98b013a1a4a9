def read_config(lines):
    section = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        key, _, value = line.partition("=")
        yield section, key.strip(), value.strip()
CONFIG = """
# global settings
[server]
host = example.org
port = 8080   # default
[client]
retries=3
timeout = 2.5
[server]
debug = true
""".splitlines()
def coerce(v):
    for conv in (int, float):
        try:
            return conv(v)
        except ValueError:
            pass
    return {"true": True, "false": False}.get(v, v)
conf = {}
for sec, k, v in read_config(CONFIG):
    conf.setdefault(sec, {})[k] = coerce(v)
print(conf)
print({s: sorted(kv) for s, kv in conf.items()})
