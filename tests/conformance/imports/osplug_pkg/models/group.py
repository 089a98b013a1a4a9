class Group:
    registry = {}
    def __init__(self, name, *users):
        self.name = name; self.users = list(users); Group.registry[name] = self
    @classmethod
    def members_of(cls, user):
        from .user import User
        assert isinstance(user, User)
        return sorted(g.name for g in cls.registry.values() if user in g.users)
