"""checker: does this place meet the targets its plan promised?

Plans are YAML files (``plans/``), targets are read by a phrase grammar kept as data (``rules/``),
observations come from CSV. The Python API::

    import checker
    plan = checker.load_plan("nanan-2030")
    checker.parse_target("25左右", unit="%", direction="down")

Names are imported lazily so that ``checker --version`` and ``checker explain`` start fast.
"""

from __future__ import annotations

__version__ = "0.1.0"
#: The name to install checker by (``pip install health-plan-checker``; "checker" on PyPI is another project).
DISTRIBUTION = "health-plan-checker"

_API = {
    "parse_target": "checker.language.grammar",
    "load_plan": "checker.plan.loader",
    "lint_plan": "checker.plan.lint:lint",
    "Rule": "checker.language.rule",
    "Plan": "checker.plan.model",
    "read_observations": "checker.data.readers",
    "observations_from_records": "checker.data.observations",
    "Observations": "checker.data.observations",
    "evaluate": "checker.judge.engine",
    "Results": "checker.judge.results",
    "records_from_jsonl": "checker.reporters.streamed:records",
    "CheckerError": "checker.errors",
    "GrammarError": "checker.errors",
    "UnitError": "checker.errors",
    "PlanError": "checker.errors",
    "Location": "checker.errors",
    "Problem": "checker.errors",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str):
    target = _API.get(name)
    if target is None:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    import importlib

    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute or name)
