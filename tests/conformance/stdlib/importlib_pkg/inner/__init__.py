from .deep import depth
