from .sub.impl import public_function as api
from .sub import impl
__version__ = "2.0"
def _hidden():
    return "hidden"
