from .user import User
from .group import Group
__all__ = ["User", "Group"]
