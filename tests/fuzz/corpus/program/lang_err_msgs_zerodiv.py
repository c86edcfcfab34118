for fn in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: 5 / 0.0,
           lambda: divmod(3, 0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 10 // False]:
    try:
        fn()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError))
x = 0
print(5 // x)
