def trace(label):
    print("trace:", label)
def f(x):
    try:
        trace("try")
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return "early"
        trace("end of try")
    except ValueError as e:
        trace("except " + str(e))
        return "handled"
    else:
        trace("else")
    finally:
        trace("finally")
    return "normal"
for v in (0, 1, 2):
    print("->", f(v))
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            trace("inner finally")
    except LookupError as e:
        trace("outer caught " + repr(e))
        raise TypeError("converted") from None
try:
    nested()
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__ if hasattr(e, "__suppress_context__") else True)
def loop_with_handlers():
    results = []
    for item in ["1", "x", "3", None, "5"]:
        try:
            results.append(int(item))
        except ValueError:
            results.append("bad")
            continue
        except TypeError:
            results.append("none")
            break
        finally:
            results.append(".")
    return results
print(loop_with_handlers())
errors = (ZeroDivisionError, OverflowError)
for expr in ["1/0", "2**10", "10/4"]:
    try:
        print(expr, "=", eval(expr))
    except errors as e:
        print(expr, "failed:", type(e).__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(IndexError, Exception))
