# repr() of super objects names the class searched from and the type of the object.


class Base:
    def who(self):
        return repr(super())

    @classmethod
    def kind(cls):
        return repr(super())


class Derived(Base):
    def who(self):
        return repr(super()) + " / " + super().who()


d = Derived()
print(repr(super(Base, d)))
print(repr(super(Derived, d)))
print(repr(super(Base, Derived)))
print(d.who())
print(Base().who())
print(Derived.kind())
print(str(super(Derived, d)))
