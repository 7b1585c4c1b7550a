"""Hypothesis budget for the property tests, and a cache of parsed plans of the test run's own.

CI runs this fixed budget: profile "ci", 300 examples a test, derandomized (the same examples on every
run, so a failure reproduces and a green run stays green), no deadline (a slow machine is no failure).

The tests, and the commands they start, keep parsed plans (checker/plan/cache.py) in a temporary
folder of this run, never in the user's ~/.cache: so every plan is parsed once per run, and later
loads come from the cache, which the suite thereby checks gives the same results.
"""

import os
import shutil
import tempfile

from hypothesis import settings

settings.register_profile("ci", max_examples=300, derandomize=True, deadline=None)
settings.load_profile("ci")

_CACHE = tempfile.mkdtemp(prefix="checker-test-cache-")
os.environ["CHECKER_CACHE_DIR"] = _CACHE


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_CACHE, ignore_errors=True)
