from . import note

note(__spec__, __package__, __name__)
LOADER_KIND = type(__loader__).__name__
SPEC_FILE_MATCHES = __spec__.origin == __file__
CACHED_TAIL = __cached__.rsplit("/", 2)[-2:]
