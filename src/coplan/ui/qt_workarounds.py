"""Work-arounds for bugs in the Qt bindings that would otherwise crash CoPlan.

PySide6 6.12.0 on CPython 3.11 gives back a borrowed reference to `None` from every C++ method
that returns `void` (and to `True`/`False` from some bool conversions) without taking a new one:
each call lowers the reference count of `None` by one. After a few thousand calls `None` is
"freed" and the interpreter aborts ("Fatal Python error: none_dealloc"), in the middle of a
meeting. From CPython 3.12 `None`, `True` and `False` are immortal and the bug is harmless.

Until the bindings are fixed we give the three singletons a reference count no session can ever
use up (2**40). They are never freed anyway, so this changes nothing else.
"""

from __future__ import annotations

import sys

_BALLAST = 1 << 40
_done = False


def protect_singletons() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BALLAST
    _done = True
