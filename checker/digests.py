"""SHA-256, the digest every report gives of its plan and data files (and the plan cache's key).

``hashlib`` loads OpenSSL when it is imported, a few milliseconds of every start; CPython also has
a built-in SHA-256 (``_sha2`` from 3.12, ``_sha256`` before) that gives the same digests without it.
That one is used where it exists, hashlib elsewhere.
"""

from __future__ import annotations

try:
    from _sha2 import sha256  # CPython 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256  # CPython 3.11
    except ImportError:
        from hashlib import sha256

__all__ = ["sha256"]
