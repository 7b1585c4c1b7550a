"""SHA-256, the digest every report gives of its plan and data files (and the plan cache's key).

``hashlib`` loads OpenSSL when it is imported, a few milliseconds of every start; CPython also has
a built-in SHA-256 (``_sha2`` from 3.12, ``_sha256`` before) that gives the same digests without it.
That one is used for small inputs. It is about five times slower than OpenSSL's, which uses the
processor's SHA instructions, so a large file (a national data file: 0.39 s against 0.07 s for
141 MB) is hashed by hashlib, whose import is then a rounding error.
"""

from __future__ import annotations

try:
    from _sha2 import sha256 as _builtin  # CPython 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256 as _builtin  # CPython 3.11
    except ImportError:
        from hashlib import sha256 as _builtin

#: from this many bytes on, OpenSSL's SHA-256 pays for its import
LARGE = 1 << 20

__all__ = ["sha256"]


def sha256(data: bytes = b""):
    """A SHA-256 object over ``data`` (``hashlib.sha256``'s interface), the fastest for its size."""
    if len(data) >= LARGE:
        from hashlib import sha256 as openssl

        return openssl(data)
    return _builtin(data)
