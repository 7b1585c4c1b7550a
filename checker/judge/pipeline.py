"""One plan against the data for one region, as a Report: the path `checker check` and `checker report` share.

Matching, judging and, with previous submissions, the revisions and the verdicts they changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from checker.judge.engine import evaluate
from checker.data.matching import Dataset, match, unused_rows
from checker.language.names import clean_name
from checker.language.script import to_simplified
from checker.data.observations import Observations
from checker.data.readers import read_observations
from checker.plan.model import Plan
from checker.judge.policy import Policy
from checker.reporters import Report


def judge(plan: Plan, observations: Observations, *, region: str | None, as_of: int | None, policy: Policy,
          lang: str, previous: Sequence[str] = (), skip_bad_rows: bool = False, sheet: str | None = None,
          **options) -> tuple[Report, Dataset]:
    """The report of ``plan`` for ``region`` (default: the plan's own), and the matched series it was
    judged on (the audit report draws them); ``sheet`` is the sheet read of ``previous`` workbooks;
    ``options`` go to :class:`Report`."""
    # as the data's region names are (checker.language.names; 臺北市 read as 台北市)
    region = to_simplified(clean_name(region)) if region else region
    dataset = match(plan, observations, region=region, skip_bad_rows=skip_bad_rows)
    results = evaluate(plan, dataset, region=region, as_of=as_of, policy=policy)
    revised, changed, previous_files, warnings = (), (), (), ()
    if previous:
        from checker.data.revisions import changed_verdicts, compare, uncompared

        old = read_observations(*previous, skip_bad_rows=skip_bad_rows, sheet=sheet)
        before = match(plan, old, region=region, skip_bad_rows=True)
        revised = compare(plan, dataset, before, region=region)
        warnings = tuple(uncompared(dataset, before, region or plan.region))
        changed = changed_verdicts(plan, dataset, revised, results, region=region, as_of=as_of, policy=policy)
        previous_files = old.files
    report = Report(plan, region or plan.region, results, observations.files, lang, tuple(dataset.skipped),
                    revisions=revised, changed_verdicts=changed, previous=previous_files,
                    unused=unused_rows(plan, observations, dataset, [region or plan.region]), policy=policy,
                    data_warnings=warnings, **options)
    return report, dataset
