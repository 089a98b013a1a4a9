class Field:
    _counter = 0
    def __init__(self, *, required=True, default=None):
        self.required = required
        self.default = default
        Field._counter += 1
        self._order = Field._counter
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return inst._data.get(self.name, self.default)
    def __set__(self, inst, value):
        inst._data[self.name] = self.validate(value)
    def validate(self, value):
        return value
    def __repr__(self):
        return f"{type(self).__name__}(name={self.name!r})"

class IntField(Field):
    def __init__(self, *, min=None, max=None, **kw):
        super().__init__(**kw)
        self.min, self.max = min, max
    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{self.name}: expected int, got {type(value).__name__}")
        if self.min is not None and value < self.min:
            raise ValueError(f"{self.name}: {value} < {self.min}")
        if self.max is not None and value > self.max:
            raise ValueError(f"{self.name}: {value} > {self.max}")
        return value

class StrField(Field):
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.name}: expected str")
        return value.strip()

class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        for b in bases:
            for k, v in getattr(b, "_fields", {}).items():
                fields.setdefault(k, v)
        ns["_fields"] = dict(sorted(fields.items(), key=lambda kv: kv[1]._order))
        cls = super().__new__(mcls, name, bases, ns)
        cls._table = name.lower() + "s"
        return cls

class Model(metaclass=ModelMeta):
    def __init__(self, **kwargs):
        self._data = {}
        for name, f in self._fields.items():
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif f.required and f.default is None:
                raise TypeError(f"missing field {name!r}")
        if kwargs:
            raise TypeError(f"unknown fields: {', '.join(sorted(kwargs))}")
    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        return type(self) is type(other) and self._data == other._data
    def to_sql(self):
        cols = ", ".join(self._fields)
        vals = ", ".join(repr(getattr(self, k)) for k in self._fields)
        return f"INSERT INTO {self._table} ({cols}) VALUES ({vals});"

class User(Model):
    name = StrField()
    age = IntField(min=0, max=150)
    email = StrField(required=False)

class Admin(User):
    level = IntField(default=1)

u = User(name="  alice ", age=30)
print(u, u.to_sql())
a = Admin(name="root", age=40, level=3, email="r@x")
print(a, a.to_sql(), list(Admin._fields))
for kwargs in [dict(name="b", age=-1), dict(name="b", age="x"), dict(age=3), dict(name="c", age=1, extra=1, more=2), dict(name="d", age=True)]:
    try:
        User(**kwargs)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(User.name, User._table, Admin._table, u == User(name="alice", age=30), u == a)
print(sorted([User(name=n, age=a) for n, a in [("z", 3), ("y", 1), ("x", 2)]], key=lambda m: m.age))
