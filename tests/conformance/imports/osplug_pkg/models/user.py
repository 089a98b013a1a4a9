from . import group
class User:
    def __init__(self, name): self.name = name
    def groups(self): return group.Group.members_of(self)
    def __repr__(self): return f"User({self.name!r})"
