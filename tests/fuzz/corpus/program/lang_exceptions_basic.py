def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("abc")
    if kind == 4:
        return undefined_name
    if kind == 5:
        return "a" + 1
    if kind == 6:
        return None.attr
    if kind == 7:
        raise ValueError("custom", 42)
    return "ok"
for k in range(9):
    try:
        print(risky(k))
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__, e)
    except LookupError as e:
        print("lookup:", type(e).__name__, e, e.args)
    except Exception as e:
        print("other:", type(e).__name__, e, e.args)
    else:
        print("no error")
    finally:
        print("finally", k)
try:
    raise KeyError("missing")
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
try:
    raise ValueError("x") from TypeError("y")
except ValueError as e:
    print(e, repr(e.__cause__))
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(g())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise
except RuntimeError as e:
    print(e)
print(ValueError("a"), repr(ValueError()), repr(ValueError("a", 1)), str(KeyError("k")), isinstance(KeyError(), LookupError))
