# warnings: filters, actions, catch_warnings(record=True), categories, errors (stderr output is
# checked by the CLI tests; here what the program sees)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn("future", FutureWarning)
    warnings.warn(DeprecationWarning("dep instance"))
    warnings.warn("rt", category=RuntimeWarning)
    print(len(w), [x.category.__name__ for x in w], [str(x.message) for x in w], type(w[0].message).__name__)
    print(type(w[0].filename).__name__, w[0].lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per line")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    warnings.warn("same")
    warnings.warn("same")
    warnings.warn("other")
    print(len(w), [str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="ign")
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.warn("ignore me")
    warnings.warn("IGNORE me too")
    warnings.warn("shown")
    warnings.warn("f", FutureWarning)
    print([str(x.message) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught", repr(e), isinstance(e, Warning))
    try:
        warnings.warn("boom2")
    except UserWarning as e:
        print("caught", repr(e))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("nothing")
    print(len(w))
print(warnings.formatwarning("m", UserWarning, "file.py", 3, "x = 1"), end='')
print(issubclass(FutureWarning, Warning), PendingDeprecationWarning.__mro__[1].__name__, issubclass(UserWarning, Exception))
for bad in ["warnings.warn('x', int)", "warnings.simplefilter('bogus')", "warnings.filterwarnings('ignore', category=5)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
warnings.simplefilter("error")
warnings.warn("uncaught", FutureWarning)
