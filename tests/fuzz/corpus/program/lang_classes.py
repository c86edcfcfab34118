class Vector:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @property
    def first(self):
        return self.x
    @staticmethod
    def zero():
        return Vector(0, 0)
    @classmethod
    def unit(cls):
        return cls(1, 1)
v = Vector(1, 2); w = Vector(3, 4)
print(v + w, v * 3, 2 * v, v == Vector(1, 2), v != w, len(v), v[1], list(v), v.norm2(), v.first)
print(Vector.zero(), Vector.unit(), Vector.dims, v.dims, type(v).__name__, isinstance(v, Vector))
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.describe(), isinstance(a, Dog), issubclass(type(a), Animal))
p = Puppy("Bit", 1); p.color = "brown"
print(p.age, p.color, hasattr(p, "color"), getattr(p, "missing", "dflt"), vars(p))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(3): Counter()
print(Counter.count)
class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x); return self
    def __bool__(self): return bool(self.items)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __str__(self): return "Stack" + str(self.items)
s = Stack().push(1).push(2)
print(str(s), 1 in s, bool(s), bool(Stack()), [x for x in s], s)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v * 2
t = Temp(); t.c = 5; print(t.c)
print(Vector)
