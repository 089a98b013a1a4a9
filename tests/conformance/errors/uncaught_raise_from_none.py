def get(config, key):
    try:
        return config[key]
    except KeyError:
        raise LookupError(f"missing config key {key!r}") from None
cfg = {"host": "x"}
print(get(cfg, "host"))
print(get(cfg, "port"))
