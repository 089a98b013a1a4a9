from .. import note

note(__spec__, __package__, __name__)
SEARCH = [p.rsplit("/", 2)[-2:] for p in __spec__.submodule_search_locations]
