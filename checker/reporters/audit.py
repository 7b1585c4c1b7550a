"""``checker report``: the inspector's audit report, from files to one HTML document.

The same loading path as ``checker check`` (load_plan → read_observations → match → evaluate, and
the revisions module for ``--previous``), plus what only the report shows: the plan's own conflicts
(``checker lint``), the whole observed series for the charts, the policy file and the hashes of
every input. :func:`checker.reporters.html.render` lays it out.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Sequence

from checker import DISTRIBUTION
from checker.errors import CheckerError


def audit_report(
    plan_argument: str,
    data: Sequence[str],
    *,
    output: str | None = None,
    lang: str = "zh",
    region: str | None = None,
    as_of: int | None = None,
    policy_file: str | None = None,
    title: str | None = None,
    inspector: str | None = None,
    generated_at: str | None = None,
    previous: Sequence[str] = (),
    skip_bad_rows: bool = False,
    environ: dict | None = None,
    sheet: str | None = None,
) -> str:
    """The audit report's HTML for a plan (path or bundled id) and data files."""
    from checker.data.matching import data_cautions
    from checker.plan.lint import lint
    from checker.plan.loader import load_plan
    from checker.data.readers import read_observations, refuse_years_to_come
    from checker.judge.pipeline import judge
    from checker.judge.policy import load_policy
    from checker.reporters.html import Audit, generation_time, render

    if not data:
        raise CheckerError("give at least one data file after the plan")
    moment = generation_time(generated_at, environ)  # a bad --generated-at stops before any work
    policy = load_policy(policy_file)
    plan = load_plan(plan_argument)
    observations = read_observations(*data, skip_bad_rows=skip_bad_rows, sheet=sheet)
    if as_of is None:  # the report's own date (--generated-at, SOURCE_DATE_EPOCH, the clock) says what is to come
        refuse_years_to_come(observations, int(moment.text[:4]))
    report, dataset = judge(plan, observations, region=region, as_of=as_of, policy=policy, lang=lang, previous=previous,
                            skip_bad_rows=skip_bad_rows, sheet=sheet)
    problems = tuple(lint(plan_argument))
    command = _command(plan_argument, data, output=output, lang=lang, region=region, as_of=as_of,
                       policy_file=policy_file, title=title, inspector=inspector, generated_at=moment.text,
                       previous=previous, skip_bad_rows=skip_bad_rows, sheet=sheet)
    audit = Audit(report, dataset, policy, moment, policy_file=policy_file, title=title, inspector=inspector,
                  problems=problems, command=command, revisions_compared=bool(previous),
                  cautions=(*report.data_warnings, *data_cautions(plan, dataset, observations, report.region)))
    return render(audit)


def _command(plan: str, data: Sequence[str], *, output: str | None, lang: str, region: str | None,
             as_of: int | None, policy_file: str | None, title: str | None, inspector: str | None,
             generated_at: str, previous: Sequence[str], skip_bad_rows: bool, sheet: str | None = None) -> str:
    """The command line that makes the same report again (the output by its file name only)."""
    words = ["checker", "report", plan, *data, "-o", os.path.basename(output) if output else "report.html"]
    options = [("--lang", lang), ("--region", region), ("--as-of", as_of), ("--policy", policy_file),
               ("--title", title), ("--inspector", inspector), ("--generated-at", generated_at), ("--sheet", sheet)]
    options += [("--previous", item) for item in previous]
    for option, value in options:
        if value is not None:
            words += [option, str(value)]
    if skip_bad_rows:
        words.append("--skip-bad-rows")
    return " ".join(shlex.quote(word) for word in words)


def pdf_bytes(html: str) -> bytes:
    """The report as PDF through WeasyPrint (the optional ``pdf`` extra); nothing is fetched."""
    try:
        import weasyprint
    except ImportError:
        raise CheckerError("--pdf needs WeasyPrint",
                           hint=f"pip install '{DISTRIBUTION}[pdf]' (WeasyPrint; on Debian it also needs libpango-1.0-0 "
                                "and a CJK font such as fonts-noto-cjk), or print the HTML to PDF from a browser") from None
    except OSError as error:  # the Python package is there, its system libraries (Pango) are not
        raise CheckerError(f"WeasyPrint cannot start: {error}", hint="install Pango (Debian: apt-get install "
                           "libpango-1.0-0 libpangoft2-1.0-0) and a CJK font (fonts-noto-cjk)") from None

    def refuse(url: str, *args, **kwargs):
        raise ValueError(f"the report fetches nothing ({url})")

    return weasyprint.HTML(string=html, url_fetcher=refuse).write_pdf()
