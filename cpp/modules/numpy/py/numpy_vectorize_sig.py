# np.vectorize(signature=...): the generalized-ufunc form of vectorize, as NumPy's
# function_base.py does it (parse the signature, broadcast the loop dimensions, call pyfunc
# once per loop index with the core sub-arrays, size the outputs from the first result).
# numpy_functional.cpp's vectorize object calls these two helpers; loaded on first use.
import re
import numpy as np

_SL_DIM = r'\w+'
_SL_CORE_DIMS = '(?:{0:}(?:,{0:})*)?'.format(_SL_DIM)
_SL_ARG = r'\({}\)'.format(_SL_CORE_DIMS)
_SL_ARG_LIST = '{0:}(?:,{0:})*'.format(_SL_ARG)
_SL_SIGNATURE = '^{0:}->{0:}$'.format(_SL_ARG_LIST)


def _vectorize_parse_signature(signature):
    signature = re.sub(r'\s+', '', signature)
    if not re.match(_SL_SIGNATURE, signature):
        raise ValueError('not a valid gufunc signature: {}'.format(signature))
    return tuple([tuple(re.findall(_SL_DIM, arg)) for arg in re.findall(_SL_ARG, arg_list)]
                 for arg_list in signature.split('->'))


def _sl_update_dim_sizes(dim_sizes, arg, core_dims):
    if not core_dims:
        return
    num_core_dims = len(core_dims)
    if arg.ndim < num_core_dims:
        raise ValueError('%d-dimensional argument does not have enough dimensions for all core '
                         'dimensions %r' % (arg.ndim, core_dims))
    core_shape = arg.shape[-num_core_dims:]
    for dim, size in zip(core_dims, core_shape):
        if dim in dim_sizes:
            if size != dim_sizes[dim]:
                raise ValueError('inconsistent size for core dimension %r: %r vs %r'
                                 % (dim, size, dim_sizes[dim]))
        else:
            dim_sizes[dim] = size


def _sl_shapes(broadcast_shape, dim_sizes, list_of_core_dims):
    return [broadcast_shape + tuple([dim_sizes[dim] for dim in core_dims])
            for core_dims in list_of_core_dims]


def _sl_create_arrays(broadcast_shape, dim_sizes, list_of_core_dims, dtypes, results=None):
    shapes = _sl_shapes(broadcast_shape, dim_sizes, list_of_core_dims)
    if dtypes is None:
        dtypes = [None] * len(shapes)
    if results is None:
        return tuple([np.empty(shape=shape, dtype=dtype) for shape, dtype in zip(shapes, dtypes)])
    return tuple([np.empty_like(result, shape=shape, dtype=dtype)
                  for result, shape, dtype in zip(results, shapes, dtypes)])


def _vectorize_call_with_signature(func, args, core_dims, otypes):
    input_core_dims, output_core_dims = core_dims
    if len(args) != len(input_core_dims):
        raise TypeError('wrong number of positional arguments: expected %r, got %r'
                        % (len(input_core_dims), len(args)))
    args = tuple([np.asanyarray(arg) for arg in args])
    dim_sizes = {}
    loop_shapes = []
    for arg, dims in zip(args, input_core_dims):
        _sl_update_dim_sizes(dim_sizes, arg, dims)
        loop_shapes.append(arg.shape[:arg.ndim - len(dims)])
    broadcast_shape = np.broadcast_shapes(*loop_shapes)
    input_shapes = _sl_shapes(broadcast_shape, dim_sizes, input_core_dims)
    args = [np.broadcast_to(arg, shape, subok=True) for arg, shape in zip(args, input_shapes)]
    outputs = None
    nout = len(output_core_dims)
    for index in np.ndindex(*broadcast_shape):
        results = func(*[arg[index] for arg in args])
        n_results = len(results) if isinstance(results, tuple) else 1
        if nout != n_results:
            raise ValueError('wrong number of outputs from pyfunc: expected %r, got %r'
                             % (nout, n_results))
        if nout == 1:
            results = (results,)
        if outputs is None:
            for result, dims in zip(results, output_core_dims):
                _sl_update_dim_sizes(dim_sizes, result, dims)
            outputs = _sl_create_arrays(broadcast_shape, dim_sizes, output_core_dims, otypes,
                                        results)
        for output, result in zip(outputs, results):
            output[index] = result
    if outputs is None:
        if otypes is None:
            raise ValueError('cannot call `vectorize` on size 0 inputs unless `otypes` is set')
        for dims in output_core_dims:
            for dim in dims:
                if dim not in dim_sizes:
                    raise ValueError('cannot call `vectorize` with a signature including new '
                                     'output dimensions on size 0 inputs')
        outputs = _sl_create_arrays(broadcast_shape, dim_sizes, output_core_dims, otypes)
    return outputs[0] if nout == 1 else outputs
