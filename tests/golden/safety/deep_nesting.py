# Regression (issue 17): recursive converters have explicit depth limits. np.array of a list
# nested 100,000 deep is NumPy's ValueError (not a native stack overflow), and the session
# stays usable; Python-level recursion through nested containers is a RecursionError.
# numpy2: NumPy 2 allows 64 dimensions (NPY_MAXDIMS), 1.24 allowed 32: the messages name 64.
import numpy as np


def nest(n, leaf=1):
    x = leaf
    for i in range(n):
        x = [x]
    return x


def t(label, f):
    try:
        r = f()
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


t("np.array depth 30", lambda: np.array(nest(30)).ndim)
t("np.array depth 100000", lambda: np.array(nest(100000)))
t("np.asarray depth 100000", lambda: np.asarray(nest(100000)))
t("np.sum depth 100000", lambda: np.sum(nest(100000)))
t("np.zeros 65 dims", lambda: np.zeros((1,) * 65))
L = []
L.append(L)
t("np.array self-containing", lambda: np.array(L))
t("np.array tuple nest", lambda: np.array(((((1,),),),)).shape)
deep = nest(100000)
for label, f in [("repr", lambda: repr(deep)), ("str", lambda: str(deep)),
                 ("==", lambda: deep == nest(100000)), ("print", lambda: print(deep))]:
    try:
        f()
        print(label, "ok")
    except RecursionError:
        print(label, "RecursionError")
del deep
print(np.array(nest(3)).shape, "still usable")
