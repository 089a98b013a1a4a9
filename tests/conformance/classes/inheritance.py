class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"
class Cat(Animal):
    sound = "meow"
    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor
for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", False)]:
    print(a.speak(), a.kind(), isinstance(a, Dog), isinstance(a, Animal))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), Puppy.__bases__[0].__name__, Puppy.__mro__[-1].__name__)
print([c.__name__ for c in Puppy.__mro__], Cat("x").indoor, vars(Cat("y")))
print(issubclass(bool, (str, int)), isinstance(3, (float, str)), Dog.sound, Puppy.sound)
Dog.sound = "WOOF"
print(Puppy("p").speak())
