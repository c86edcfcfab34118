# np.nested_iters(op, axes, flags, op_flags, op_dtypes, order, casting, buffersize): one
# np.nditer per group of axes (NumPy's nditer_pywrap.c NpyIter_NestedIters): the iterator of
# group k walks only its axes (in the order given: multi_index follows it), the axes of the
# outer groups fixed at their iterators' current positions and those of the inner groups at 0.
# Advancing (or resetting) an iterator resets the next one onto the new position, as NumPy
# resets the base pointers of its nested child. The outer iterators get no external_loop /
# buffered flags (NumPy strips them there), the innermost no common_dtype.
# Not here: 'allocate' operands (None), zero-sized operands with zerosize_ok, operands whose ndim
# does not cover every axis.
# Loaded on first use.


class _sl_nested_level:
    def __init__(self, ops, axes, fixed_axes, flags, op_flags, op_dtypes, order, casting, buffersize, child):
        self._sl_ops = ops
        self._sl_axes = axes
        self._sl_fixed_axes = fixed_axes      # the axes of the outer groups
        self._sl_user_multi = 'multi_index' in flags
        self._sl_flags = flags if child is None else list(flags) + ['multi_index'] * (not self._sl_user_multi)
        self._sl_kw = dict(op_flags=op_flags, op_dtypes=op_dtypes, order=order, casting=casting,
                           buffersize=buffersize)
        self._sl_child = child
        self._sl_rebase({})

    def _sl_rebase(self, position):
        """Restart on the sub-array of the outer axes at `position` (axis -> index)."""
        views = []
        for o in self._sl_ops:
            idx = tuple(position.get(ax, 0) if ax not in self._sl_axes else slice(None)
                        for ax in range(o.ndim))
            v = o[idx]
            kept = sorted(self._sl_axes)
            views.append(v.transpose([kept.index(ax) for ax in self._sl_axes]))
        self._sl_position = position
        self._sl_it = nditer(views, flags=self._sl_flags, **self._sl_kw)
        self._sl_started = False
        if self._sl_child is not None:
            self._sl_rebase_child()

    def _sl_rebase_child(self):
        pos = dict(self._sl_position)
        if not self._sl_it.finished:
            pos.update(zip(self._sl_axes, self._sl_it.multi_index))
        self._sl_child._sl_rebase(pos)

    def __iter__(self):
        return self

    def __next__(self):
        if self._sl_started:
            v = next(self._sl_it)  # advances
            if self._sl_child is not None:
                self._sl_rebase_child()
            return v
        self._sl_started = True
        return next(self._sl_it)

    def iternext(self):
        self._sl_started = True
        r = self._sl_it.iternext()
        if r and self._sl_child is not None:
            self._sl_rebase_child()
        return r

    def reset(self):
        self._sl_it.reset()
        self._sl_started = False
        if self._sl_child is not None:
            self._sl_rebase_child()

    def __len__(self):
        return self._sl_it.itersize

    def __getitem__(self, i):
        return self._sl_it[i]

    def __setitem__(self, i, v):
        self._sl_it[i] = v

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._sl_it.close()

    def close(self):
        self._sl_it.close()

    @property
    def multi_index(self):
        if not self._sl_user_multi:
            raise ValueError('Iterator is not tracking a multi-index')
        return self._sl_it.multi_index

    @property
    def has_multi_index(self):
        return self._sl_user_multi

    @property
    def operands(self):
        return tuple(self._sl_ops)

    value = property(lambda self: self._sl_it.value)
    index = property(lambda self: self._sl_it.index)
    has_index = property(lambda self: self._sl_it.has_index)
    iterindex = property(lambda self: self._sl_it.iterindex)
    itersize = property(lambda self: self._sl_it.itersize)
    finished = property(lambda self: self._sl_it.finished)
    shape = property(lambda self: self._sl_it.shape)
    ndim = property(lambda self: self._sl_it.ndim)
    nop = property(lambda self: self._sl_it.nop)
    dtypes = property(lambda self: self._sl_it.dtypes)


def nested_iters(op, axes, flags=None, op_flags=None, op_dtypes=None, order='K', casting='safe', buffersize=0):
    if not isinstance(axes, (tuple, list)):
        raise ValueError('axes must be a tuple of axis arrays')
    if len(axes) < 2:
        raise ValueError('axes must have at least 2 entries for nested iteration')
    used = set()
    groups = []
    for item in axes:
        if not isinstance(item, (tuple, list)):
            raise ValueError('Each item in axes must be an integer tuple')
        group = []
        for v in item:
            ax = int(v)
            if ax < 0 or ax >= 64:
                raise ValueError('An axis is out of bounds')
            if ax in used:
                raise ValueError('An axis is used more than once')
            used.add(ax)
            group.append(ax)
        groups.append(group)
    ops = list(op) if isinstance(op, (tuple, list)) else [op]
    for i, o in enumerate(ops):
        if o is None:
            raise NotImplementedError('numpy.nested_iters with allocated (None) operands is not available in stridelab yet')
        ops[i] = o if isinstance(o, ndarray) else asarray(o)
    for g in groups:  # NumPy builds (and checks) the iterators outermost first
        for i, o in enumerate(ops):
            for pos, ax in enumerate(g):
                if ax >= o.ndim:
                    raise ValueError('Iterator input op_axes[%d][%d] (==%d) is not a valid axis of op[%d], '
                                     'which has %d dimensions ' % (i, len(g) - 1 - pos, ax, i, o.ndim))
    flags = [] if flags is None else list(flags)
    if [o for o in ops if o.size == 0]:  # (builtins.any is numpy.any in this namespace)
        if 'zerosize_ok' not in flags:
            raise ValueError('Iteration of zero-sized operands is not enabled')
        raise NotImplementedError('numpy.nested_iters of zero-sized operands is not available in stridelab yet')
    inner_flags = [f for f in flags if f != 'common_dtype']
    outer_flags = [f for f in flags if f not in ('external_loop', 'buffered')]
    levels = [None] * len(groups)
    child = None
    for k in range(len(groups) - 1, -1, -1):
        fixed = [ax for g in groups[:k] for ax in g]
        inner = k == len(groups) - 1
        child = _sl_nested_level(ops, groups[k], fixed, inner_flags if inner else outer_flags, op_flags,
                                 op_dtypes, order, casting, buffersize if inner else 0, child)
        levels[k] = child
    return tuple(levels)
