"""checker.digests: one SHA-256 whatever the size of the input, and the same as hashlib's."""

import hashlib

import pytest

from checker.digests import LARGE, sha256


@pytest.mark.parametrize("size", [0, 3, LARGE - 1, LARGE, LARGE + 17])
def test_digest_is_hashlibs_on_both_sides_of_the_size_cut(size):
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    assert sha256(data).digest() == hashlib.sha256(data).digest()


def test_updates_after_an_empty_start_give_the_digest_of_the_whole():
    digest = sha256()
    for part in (b"region,indicator\n", "南安市".encode(), b"x" * LARGE):
        digest.update(part)
    assert digest.hexdigest() == hashlib.sha256(b"region,indicator\n" + "南安市".encode() + b"x" * LARGE).hexdigest()
