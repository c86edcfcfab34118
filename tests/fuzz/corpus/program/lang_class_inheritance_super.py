class Animal:
    kind = 'animal'
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f'{self.name} makes a sound'
    def describe(self):
        return f'{self.name} is an {self.kind}: {self.speak()}'
class Dog(Animal):
    kind = 'dog'
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + ' (woof)'
class Puppy(Dog):
    def speak(self):
        return 'yip; ' + super().speak()
p = Puppy('Rex', 'lab')
print(p.describe(), p.breed, Animal.count)
print(isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal), type(p).__name__, Puppy.__bases__)
print(Dog.kind, Puppy.kind, Animal('x').kind, Animal.count, p.count)
print([c.__name__ for c in Puppy.__mro__])
class Base:
    def __init__(self):
        self.items = []
class Child(Base):
    pass
print(Child().items, hasattr(Child(), 'items'))
class NoInit(Base):
    def __init__(self):
        pass
print(hasattr(NoInit(), 'items'))
