total = 10
def add(v):
    try:
        total += v
    except UnboundLocalError as e:
        print(type(e).__name__, e)
add(1)
def later():
    print(y)
    y = 2
try:
    later()
except NameError as e:
    print(type(e).__name__, isinstance(e, UnboundLocalError), e)
def del_then_use():
    z = 1
    del z
    return z
del_then_use()
