"""Freezes itself with set_initialized(), then tries `from pkg.sub import *`."""
import sys

sys.modules[__name__].set_initialized()
from pkg.sub import *  # noqa: E402,F403
