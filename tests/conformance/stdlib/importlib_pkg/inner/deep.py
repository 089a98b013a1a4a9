from ..tools import shout
def depth():
    return shout("deep")
