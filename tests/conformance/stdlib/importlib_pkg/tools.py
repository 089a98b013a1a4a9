from . import NAME
def shout(s):
    return s.upper() + "! (" + NAME + ")"
