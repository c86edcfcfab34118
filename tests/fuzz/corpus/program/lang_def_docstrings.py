def area(r):
    """Return the area of a circle of radius r."""
    return 3.14159 * r * r
print(area.__doc__)
print(area(2))
def nodoc():
    x = 1
    return x
print(nodoc.__doc__)
class Shape:
    """A shape.

    With a longer description.
    """
    def perimeter(self):
        '''Perimeter.'''
        return 0
print(Shape.__doc__)
print(Shape.perimeter.__doc__, Shape().perimeter.__doc__)
def multi():
    """Line one.
    Line two."""
print(multi.__doc__.splitlines())
