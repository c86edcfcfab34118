class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
class Circle(Shape):
    PI = 3.14159
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
shapes = [Rect(2, 3), Square(2), Circle(1)]
for s in shapes:
    print(s, "|", repr(s), isinstance(s, Rect), isinstance(s, Shape))
print(Shape.count, sorted(shapes, key=lambda s: s.area()))
print([type(s).__mro__[1].__name__ for s in shapes], Square.__bases__, Square.__name__)
print(hasattr(Square(1), "w"), getattr(Circle(2), "r"), vars(Rect(1, 2)))
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("error:", e)
class Base:
    def greet(self):
        return "base"
    def call(self):
        return self.greet()
class Child(Base):
    def greet(self):
        return "child+" + super().greet()
print(Child().call(), Base().call())
