"""Hypothesis budget for the property tests, and a cache of parsed plans of the test run's own.

CI runs this fixed budget: profile "ci", 300 examples a test, derandomized (the same examples on every
run, so a failure reproduces and a green run stays green), no deadline (a slow machine is no failure).

The tests, and the commands they start, keep parsed plans (checker/plan/cache.py) in a temporary
folder of this run, never in the user's ~/.cache: so every plan is parsed once per run, and later
loads come from the cache, which the suite thereby checks gives the same results.

Piped tables take their width from COLUMNS (80 in pytest-xdist's workers): it is removed, so every
test lays out at the piped default unless it sets a width itself (tests/test_narrow_terminal.py).
"""

import os
import shutil
import tempfile

from hypothesis import settings

settings.register_profile("ci", max_examples=300, derandomize=True, deadline=None)
settings.load_profile("ci")

_CACHE = tempfile.mkdtemp(prefix="checker-test-cache-")
os.environ["CHECKER_CACHE_DIR"] = _CACHE
for _name in ("COLUMNS", "LINES"):
    os.environ.pop(_name, None)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_CACHE, ignore_errors=True)
