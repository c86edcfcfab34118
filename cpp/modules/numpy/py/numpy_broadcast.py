# np.broadcast: the object NumPy's C iterator exposes (numpy/_core/src/multiarray/iterators.c,
# arraymultiter_*): the broadcast shape of up to 64 operands (arrays, scalars, sequences, or
# other broadcast objects, whose operands it takes over), .shape/.nd/.ndim/.size/.numiter/
# .index, .iters (one numpy.flatiter per operand over its broadcast view), iteration giving
# a tuple of one scalar per operand, and reset(). Loaded on first use.


class broadcast:
    def __init__(self, *args):
        if len(args) > 64:
            raise ValueError('Need at least 0 and at most 64 array objects.')
        arrays = []
        for a in args:
            if isinstance(a, broadcast):
                arrays.extend(a._sl_arrays)
            else:
                arrays.append(asarray(a))
        if len(arrays) > 64:
            raise ValueError('Need at least 0 and at most 64 array objects.')
        self._sl_arrays = arrays
        self._sl_shape = broadcast_shapes(*[a.shape for a in arrays])
        self._sl_views = [broadcast_to(a, self._sl_shape) for a in arrays]
        self.reset()

    @property
    def shape(self):
        return self._sl_shape

    @property
    def nd(self):
        return len(self.shape)

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        n = 1
        for s in self.shape:
            n *= s
        return n

    @property
    def numiter(self):
        return len(self._sl_arrays)

    @property
    def index(self):
        return self._sl_index

    @property
    def iters(self):
        return self._sl_iters

    def reset(self):
        self._sl_index = 0
        self._sl_iters = tuple([v.flat for v in self._sl_views])

    def __iter__(self):
        return self

    def __next__(self):
        if self._sl_index >= self.size:
            raise StopIteration
        self._sl_index += 1
        return tuple([next(it) for it in self._sl_iters])
