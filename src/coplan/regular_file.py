"""Read a file a person named, safely: only a regular file, and only up to a size limit.

`coplan validate /some/pipe` must not wait forever, and `/dev/zero` must not fill the memory.
The file is opened without blocking (a named pipe opens at once instead of waiting for a
writer), then what was opened is checked (not the name, which could be swapped between a check
and the open), and its size is checked before a byte is read. Symbolic links are followed: a
link to a plan file is fine, a link to a pipe is refused like the pipe.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotReadable(OSError):
    """The file cannot be used; the message says why in plain words."""


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_regular_file(path: str | os.PathLike, max_bytes: int, *, what: str) -> bytes:
    """The whole file, or NotReadable: not there, not a regular file, or over `max_bytes`.
    `what` names what the file should be in the messages, e.g. "a plan file"."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(Path(path), flags)
    except OSError as error:
        raise NotReadable(f"cannot read the file ({error.strerror or error})") from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a file")
            raise NotReadable(f"cannot read the file: it is {kind}, not a regular file")
        if info.st_size > max_bytes:
            raise NotReadable(
                f"the file is {info.st_size / 1_048_576:.1f} MB, too large to be {what}"
            )
        chunks, total = [], 0
        while total <= max_bytes:  # the file may grow while it is read
            chunk = os.read(descriptor, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except NotReadable:
        raise
    except OSError as error:
        raise NotReadable(f"cannot read the file ({error.strerror or error})") from None
    finally:
        os.close(descriptor)
    if total > max_bytes:
        raise NotReadable(f"the file is too large to be {what}")
    return b"".join(chunks)
