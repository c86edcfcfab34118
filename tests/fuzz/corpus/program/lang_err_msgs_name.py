try:
    print(undefined_thing)
except NameError as e:
    print(type(e).__name__, e)
def f():
    return missing_in_func
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
lenght = 3
try:
    print(lengh)
except NameError as e:
    print(type(e).__name__, e)
try:
    prnt('x')
except NameError as e:
    print(type(e).__name__, e)
try:
    x = True if tru else False
except NameError as e:
    print(type(e).__name__, e)
counter = 0
print(countr)
