"""Runs a golden program under the reference CPython + NumPy 1.24 with NumPy 2's Array API
functions added: the compositions NumPy 2.2 writes in Python (numpy/linalg/_linalg.py,
numpy/_core/*.py), as stridelab embeds them (cpp/modules/numpy/py/numpy_linalg_api.py and
numpy_array_api.py), over 1.24's primitives. Writes what NumPy 2 prints for golden programs
that use matrix_norm, vector_norm, np.vecdot, np.concat, np.unique_all, ... (names 1.24 lacks), i.e. their
`.numpy2.out`:

    /usr/bin/python3 scripts/numpy2_array_api_shim.py tests/golden/linalg/linalg_api.py \\
        > tests/golden/linalg/linalg_api.numpy2.out
"""
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
PY = os.path.join(HERE, '..', 'cpp', 'modules', 'numpy', 'py')


def run_into(module, filename, replace=()):
    # `replace`: names 1.24 has whose NumPy 2 behaviour differs (the file's version wins)
    ns = dict(vars(module))
    path = os.path.join(PY, filename)
    with open(path) as f:
        exec(compile(f.read(), path, 'exec'), ns)
    for name, value in ns.items():
        if not name.startswith('_') and (not hasattr(module, name) or name in replace):
            setattr(module, name, value)


def install():
    if not hasattr(np, 'exceptions'):
        class _Exceptions:
            AxisError = np.AxisError
        np.exceptions = _Exceptions
    run_into(np, 'numpy_array_api.py')
    run_into(np, 'numpy_unique_api.py')  # unique_all/_counts/_inverse/_values
    run_into(np, 'numpy_trim_zeros.py', replace=('trim_zeros',))  # NumPy 2.2: n-d, axis=
    run_into(np.linalg, 'numpy_linalg_api.py')


if __name__ == '__main__':
    install()
    path = sys.argv[1]
    os.chdir(os.path.dirname(os.path.abspath(path)))
    with open(os.path.basename(path)) as f:
        src = f.read()
    exec(compile(src, path, 'exec'), {'__name__': '__main__'})
