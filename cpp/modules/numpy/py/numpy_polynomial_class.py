# numpy.polynomial.polynomial's Polynomial class (the functions it calls are in
# numpy_polynomial.py, run into the same module first): coefficients with a domain/window
# mapping, NumPy 2's printing (unicode superscripts or ascii, the mapped symbol when the
# domain is not the window, line wrapping at the print width), arithmetic, fit, convert,
# deriv/integ, roots, linspace. Polynomial objects as arguments (convert, cast) are
# evaluated through their own arithmetic.
import numpy as np


_SUPERSCRIPTS = {"0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
                 "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"}


def _format_float(x, parens=False):
    if not np.issubdtype(type(x), np.floating):
        return str(x)
    opts = np.get_printoptions()
    if np.isnan(x):
        return opts['nanstr']
    elif np.isinf(x):
        return opts['infstr']
    exp_format = False
    if x != 0:
        a = np.abs(x)
        if a >= 1.e8 or a < 10 ** min(0, -(opts['precision'] - 1) // 2):
            exp_format = True
    trim, unique = '0', True
    if opts['floatmode'] == 'fixed':
        trim, unique = 'k', False
    if exp_format:
        s = np.format_float_scientific(x, precision=opts['precision'], unique=unique,
                                       trim=trim, sign=opts['sign'] == '+')
        if parens:
            s = '(' + s + ')'
    else:
        s = np.format_float_positional(x, precision=opts['precision'], fractional=True,
                                       unique=unique, trim=trim, sign=opts['sign'] == '+')
    return s


class Polynomial:
    __hash__ = None
    maxpower = 100
    domain = np.array(polydomain)
    window = np.array(polydomain)
    basis_name = None
    _use_unicode = True

    def __init__(self, coef, domain=None, window=None, symbol='x'):
        [coef] = _as_series([coef], trim=False)
        self.coef = coef
        if domain is not None:
            [domain] = _as_series([domain], trim=False)
            if len(domain) != 2:
                raise ValueError("Domain has wrong number of elements.")
            self.domain = domain
        if window is not None:
            [window] = _as_series([window], trim=False)
            if len(window) != 2:
                raise ValueError("Window has wrong number of elements.")
            self.window = window
        if not isinstance(symbol, str):
            raise TypeError("Symbol must be a non-empty string")
        if not symbol.isidentifier():
            raise ValueError("Symbol string must be a valid Python identifier")
        self._symbol = symbol

    @property
    def symbol(self):
        return self._symbol

    # --- comparisons and coefficients of the other operand
    def has_samecoef(self, other):
        return len(self.coef) == len(other.coef) and bool(np.all(self.coef == other.coef))

    def has_samedomain(self, other):
        return np.all(self.domain == other.domain)

    def has_samewindow(self, other):
        return np.all(self.window == other.window)

    def has_sametype(self, other):
        return isinstance(other, self.__class__)

    def _get_coefficients(self, other):
        if isinstance(other, Polynomial):
            if not np.all(self.domain == other.domain):
                raise TypeError("Domains differ")
            elif not np.all(self.window == other.window):
                raise TypeError("Windows differ")
            elif self.symbol != other.symbol:
                raise ValueError("Polynomial symbols differ")
            return other.coef
        return other

    def _new(self, coef):
        return self.__class__(coef, self.domain, self.window, self.symbol)

    # --- printing
    def __repr__(self):
        coef = repr(self.coef)[6:-1]
        domain = repr(self.domain)[6:-1]
        window = repr(self.window)[6:-1]
        name = self.__class__.__name__
        return (f"{name}({coef}, domain={domain}, window={window}, "
                f"symbol='{self.symbol}')")

    def __format__(self, fmt_str):
        if fmt_str == '':
            return self.__str__()
        if fmt_str not in ('ascii', 'unicode'):
            raise ValueError(
                f"Unsupported format string '{fmt_str}' passed to "
                f"{self.__class__}.__format__. Valid options are "
                f"'ascii' and 'unicode'")
        if fmt_str == 'ascii':
            return self._generate_string(False)
        return self._generate_string(True)

    def __str__(self):
        return self._generate_string(self._use_unicode)

    def _term(self, unicode, i, arg_str):
        if unicode:
            if i == '1':
                return f"·{arg_str}"
            return "·" + arg_str + ''.join(_SUPERSCRIPTS[d] for d in i)
        if i == '1':
            return f" {arg_str}"
        return f" {arg_str}**{i}"

    def _format_term(self, off, scale):
        if off == 0 and scale == 1:
            return self.symbol, False
        elif scale == 1:
            return f"{_format_float(off)} + {self.symbol}", True
        elif off == 0:
            return f"{_format_float(scale)}{self.symbol}", True
        return f"{_format_float(off)} + {_format_float(scale)}{self.symbol}", True

    def _generate_string(self, unicode):
        linewidth = np.get_printoptions().get('linewidth', 75)
        if linewidth < 1:
            linewidth = 1
        out = _format_float(self.coef[0])
        off, scale = self.mapparms()
        scaled_symbol, needs_parens = self._format_term(off, scale)
        if needs_parens:
            scaled_symbol = '(' + scaled_symbol + ')'
        rest = self.coef[1:]
        for i, coef in enumerate(rest):
            out += " "
            power = str(i + 1)
            if coef >= 0:
                next_term = "+ " + _format_float(coef, parens=True)
            else:
                next_term = "- " + _format_float(-coef, parens=True)
            next_term += self._term(unicode, power, scaled_symbol)
            line_len = len(out.split('\n')[-1]) + len(next_term)
            if i < len(rest) - 1:
                line_len += 2
            if line_len >= linewidth:
                next_term = next_term.replace(" ", "\n", 1)
            out += next_term
        return out

    # --- evaluation and containers
    def __call__(self, arg):
        arg = _mapdomain(arg, self.domain, self.window)
        return polyval(arg, self.coef)

    def __iter__(self):
        return iter(self.coef)

    def __len__(self):
        return len(self.coef)

    # --- arithmetic
    def __neg__(self):
        return self._new(-self.coef)

    def __pos__(self):
        return self

    def __add__(self, other):
        othercoef = self._get_coefficients(other)
        try:
            coef = polyadd(self.coef, othercoef)
        except Exception:
            return NotImplemented
        return self._new(coef)

    def __sub__(self, other):
        othercoef = self._get_coefficients(other)
        try:
            coef = polysub(self.coef, othercoef)
        except Exception:
            return NotImplemented
        return self._new(coef)

    def __mul__(self, other):
        othercoef = self._get_coefficients(other)
        try:
            coef = polymul(self.coef, othercoef)
        except Exception:
            return NotImplemented
        return self._new(coef)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, np.number)) or isinstance(other, bool):
            raise TypeError(
                f"unsupported types for true division: "
                f"'{type(self)}', '{type(other)}'")
        return self.__floordiv__(other)

    def __floordiv__(self, other):
        res = self.__divmod__(other)
        if res is NotImplemented:
            return res
        return res[0]

    def __mod__(self, other):
        res = self.__divmod__(other)
        if res is NotImplemented:
            return res
        return res[1]

    def __divmod__(self, other):
        othercoef = self._get_coefficients(other)
        try:
            quo, rem = polydiv(self.coef, othercoef)
        except ZeroDivisionError:
            raise
        except Exception:
            return NotImplemented
        return self._new(quo), self._new(rem)

    def __pow__(self, other):
        return self._new(polypow(self.coef, other, maxpower=self.maxpower))

    def __radd__(self, other):
        try:
            coef = polyadd(other, self.coef)
        except Exception:
            return NotImplemented
        return self._new(coef)

    def __rsub__(self, other):
        try:
            coef = polysub(other, self.coef)
        except Exception:
            return NotImplemented
        return self._new(coef)

    def __rmul__(self, other):
        try:
            coef = polymul(other, self.coef)
        except Exception:
            return NotImplemented
        return self._new(coef)

    def __rtruediv__(self, other):
        return NotImplemented

    def __rfloordiv__(self, other):
        res = self.__rdivmod__(other)
        if res is NotImplemented:
            return res
        return res[0]

    def __rmod__(self, other):
        res = self.__rdivmod__(other)
        if res is NotImplemented:
            return res
        return res[1]

    def __rdivmod__(self, other):
        try:
            quo, rem = polydiv(other, self.coef)
        except ZeroDivisionError:
            raise
        except Exception:
            return NotImplemented
        return self._new(quo), self._new(rem)

    def __eq__(self, other):
        return bool(isinstance(other, self.__class__) and
                    np.all(self.domain == other.domain) and
                    np.all(self.window == other.window) and
                    (self.coef.shape == other.coef.shape) and
                    np.all(self.coef == other.coef) and
                    (self.symbol == other.symbol))

    def __ne__(self, other):
        return not self.__eq__(other)

    # --- methods
    def copy(self):
        return self._new(self.coef)

    def degree(self):
        return len(self) - 1

    def cutdeg(self, deg):
        return self.truncate(deg + 1)

    def trim(self, tol=0):
        return self._new(polytrim(self.coef, tol))

    def truncate(self, size):
        isize = int(size)
        if isize != size or isize < 1:
            raise ValueError("size must be a positive integer")
        if isize >= len(self.coef):
            coef = self.coef
        else:
            coef = self.coef[:isize]
        return self._new(coef)

    def convert(self, domain=None, kind=None, window=None):
        if kind is None:
            kind = self.__class__
        if domain is None:
            domain = kind.domain
        if window is None:
            window = kind.window
        return self(kind.identity(domain, window=window, symbol=self.symbol))

    def mapparms(self):
        return _mapparms(self.domain, self.window)

    def integ(self, m=1, k=[], lbnd=None):
        off, scl = self.mapparms()
        if lbnd is None:
            lbnd = 0
        else:
            lbnd = off + scl * lbnd
        return self._new(polyint(self.coef, m, k, lbnd, 1. / scl))

    def deriv(self, m=1):
        off, scl = self.mapparms()
        return self._new(polyder(self.coef, m, scl))

    def roots(self):
        return _mapdomain(polyroots(self.coef), self.window, self.domain)

    def linspace(self, n=100, domain=None):
        if domain is None:
            domain = self.domain
        x = np.linspace(domain[0], domain[1], n)
        return x, self(x)

    @classmethod
    def fit(cls, x, y, deg, domain=None, rcond=None, full=False, w=None,
            window=None, symbol='x'):
        if domain is None:
            [xs] = _as_series([x], trim=False)
            domain = np.array((xs.min(), xs.max()))
            if domain[0] == domain[1]:
                domain[0] -= 1
                domain[1] += 1
        elif type(domain) is list and len(domain) == 0:
            domain = cls.domain
        if window is None:
            window = cls.window
        xnew = _mapdomain(x, domain, window)
        res = polyfit(xnew, y, deg, w=w, rcond=rcond, full=full)
        if full:
            [coef, status] = res
            return cls(coef, domain=domain, window=window, symbol=symbol), status
        return cls(res, domain=domain, window=window, symbol=symbol)

    @classmethod
    def fromroots(cls, roots, domain=[], window=None, symbol='x'):
        [roots] = _as_series([roots], trim=False)
        if domain is None:
            domain = np.array((roots.min(), roots.max()))
        elif type(domain) is list and len(domain) == 0:
            domain = cls.domain
        if window is None:
            window = cls.window
        deg = len(roots)
        off, scl = _mapparms(domain, window)
        rnew = off + scl * roots
        coef = polyfromroots(rnew) / scl ** deg
        return cls(coef, domain=domain, window=window, symbol=symbol)

    @classmethod
    def identity(cls, domain=None, window=None, symbol='x'):
        if domain is None:
            domain = cls.domain
        if window is None:
            window = cls.window
        off, scl = _mapparms(window, domain)
        return cls(polyline(off, scl), domain, window, symbol)

    @classmethod
    def basis(cls, deg, domain=None, window=None, symbol='x'):
        if domain is None:
            domain = cls.domain
        if window is None:
            window = cls.window
        ideg = int(deg)
        if ideg != deg or ideg < 0:
            raise ValueError("deg must be non-negative integer")
        return cls([0] * ideg + [1], domain, window, symbol)

    @classmethod
    def cast(cls, series, domain=None, window=None):
        if domain is None:
            domain = cls.domain
        if window is None:
            window = cls.window
        return series.convert(domain, cls, window)


Polynomial.__module__ = 'numpy.polynomial.polynomial'
