"""One module per kind of rule; each module's docstring is its user documentation.

Every module has ``KINDS`` (the rule kinds it judges) and ``check(ctx) -> Judgement``.
"""

from __future__ import annotations

from checker.kinds import achieved, baseline, bounds, linked, maintain, reference, trend, unchecked

MODULES = (bounds, reference, baseline, trend, maintain, linked, achieved, unchecked)
#: rule kind → the module that judges it
BY_KIND = {kind: module for module in MODULES for kind in module.KINDS}
