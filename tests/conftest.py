"""Hypothesis budget for the property tests (tests/test_grammar_properties.py, tests/test_fuzz.py).

CI runs this fixed budget: profile "ci", 300 examples a test, derandomized (the same examples on every
run, so a failure reproduces and a green run stays green), no deadline (a slow machine is no failure).
"""

from hypothesis import settings

settings.register_profile("ci", max_examples=300, derandomize=True, deadline=None)
settings.load_profile("ci")
