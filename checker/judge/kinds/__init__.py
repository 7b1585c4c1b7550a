"""One module per kind of rule; each module's docstring is its user documentation.

Every module has ``KINDS`` (the rule kinds it judges) and ``check(ctx) -> Judgement``. A module whose
judgement reads the region's other indicators (``ctx.others``) says so with
``READS_OTHER_INDICATORS = True``: for every other kind a target without data in a region is judged
once per run and the verdict shared by all such regions.
"""

from __future__ import annotations

from checker.judge.kinds import achieved, baseline, bounds, compound, linked, maintain, reference, trend, unchecked

MODULES = (bounds, reference, baseline, trend, maintain, linked, achieved, unchecked, compound)
#: rule kind → the module that judges it
BY_KIND = {kind: module for module in MODULES for kind in module.KINDS}
#: kinds whose judgement of a region without data for the target can still differ between regions
READS_OTHER_INDICATORS = frozenset(kind for module in MODULES if getattr(module, "READS_OTHER_INDICATORS", False)
                                   for kind in module.KINDS)
