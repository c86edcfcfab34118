for exc in [KeyError('k'), IndexError('i'), ZeroDivisionError('z'), ValueError('v'), UnboundLocalError('u'), ModuleNotFoundError('m')]:
    try:
        raise exc
    except LookupError as e:
        print('LookupError caught', type(e).__name__)
    except ArithmeticError as e:
        print('ArithmeticError caught', type(e).__name__)
    except NameError as e:
        print('NameError caught', type(e).__name__)
    except Exception as e:
        print('Exception caught', type(e).__name__)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(OverflowError, ArithmeticError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(FileNotFoundError, OSError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(IndentationError, SyntaxError), issubclass(TypeError, Exception), issubclass(bool, int))
print(KeyError.__mro__ if False else [c.__name__ for c in KeyError.__mro__])
try:
    {}['missing']
except LookupError as e:
    print(type(e).__name__, e)
