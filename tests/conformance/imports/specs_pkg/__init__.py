"""A package whose modules report their own import state."""
SEEN = []


def note(spec, package, name):
    SEEN.append((name, spec.name, spec.parent, package))
