"""The command line: a thin layer over the Python API.

Exit codes (design.md §5): 0 nothing to report, 1 problems found (lint) or results at the
``--fail-on`` level, 2 a usage or input error, 3 an internal error (a bug, or out of memory), 130
interrupted (Ctrl-C). Errors are located one-screen messages; ``--debug``
shows the Python traceback for developers.

Only click is imported at start-up; each command imports what it needs, so that
``checker --version`` and ``checker explain`` start fast.
"""

from __future__ import annotations

import atexit
import errno
import gc
import io
import sys

# Importing the command line (click's modules, then the commands and their options) makes some twenty
# thousand objects that live as long as the process: the cycle collector would walk them about twenty
# times while they are made, ≈ 3 ms of an everyday check. It is paused while this module is imported;
# at its end every object then alive is frozen (gc.freeze: left out of every later collection, as
# Python's documentation suggests for what a process makes at start-up) and the collector is restored.
# A long-running program that imports this module may call gc.unfreeze() after it.
_COLLECTING = gc.isenabled()
gc.disable()

import click  # noqa: E402 (after the pause)

from checker import __version__  # noqa: E402

#: the exit code of the command run from the process's own command line (`checker …`, `python -m checker`),
#: once it has ended; empty when the command line was called by a program or a test (click's CliRunner)
_ENDED: list[int] = []
#: true while the command run is the process's own command line: the process ends with it
_ENDS_PROCESS: list[bool] = []


def _end_at_once() -> None:
    """The last exit handler (registered first, so run after every other): once the command run from the
    process's own command line has ended and standard output and error are flushed, the process ends here.
    Python's teardown would then free every module and object one by one (≈ 2 ms of the everyday check)
    for memory the system takes back at once; every output file is closed by then, and threads were
    joined before the exit handlers ran. A flush that fails is left to Python's teardown, which reports it;
    so is a process where another exit handler was registered before this one (which would run after it:
    coverage's, a program's that imported checker), as far as the atexit module says."""
    if not _ENDED or not _FIRST_HANDLER:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: started with the stream closed (`>&-`)
                stream.flush()
    except (OSError, ValueError):
        return
    import os

    os._exit(_ENDED[0])


#: whether no exit handler was registered before :func:`_end_at_once` (the count is CPython's; unknown: assume one was)
_FIRST_HANDLER = getattr(atexit, "_ncallbacks", lambda: 1)() == 0
atexit.register(_end_at_once)
# One command, then the process ends: Python's last full collection would walk every object checker
# imported and made (≈ 9 ms of the everyday check) to free memory the system takes back anyway. Frozen
# objects are still freed by reference counting; nothing checker leaves behind needs the cycle collector.
atexit.register(gc.freeze)

EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE, as a shell reports a command whose reader (| head) went away
_SHEET_HELP = ("The sheet of Excel workbooks to read (default: the first visible one); '*' reads every visible sheet. "
               "FILE.xlsx#NAME names one file's sheet.")
#: the default of --max-regions: every county of China, or every township of a large province
MAX_REGIONS = 50_000
#: checker.reporters.FORMATS, repeated so that start-up does not import the reporters (a test keeps them equal)
CHECK_FORMATS = ("table", "json", "junit", "github", "markdown", "sarif", "xlsx", "jsonl", "csv", "parquet")
#: --encoding of CSV output: UTF-8 with a byte-order mark by default, which Excel needs to read UTF-8
CSV_ENCODINGS = ("utf-8-sig", "utf-8", "gb18030")
#: the type of every file option, made once: each click.Path asks gettext for its name (a search of
#: the locale folders, ≈ 0.05 ms), twenty times over at start-up otherwise
FILE = click.Path(dir_okay=False)


class _ClosedOutput(io.TextIOBase):
    """Standard output when the process was started with it closed (``>&-``, Python's ``sys.stdout`` is None):
    writing to it fails as writing to a full disk does, with exit 2 and a message, never a traceback or exit 1."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def isatty(self) -> bool:
        return False


class _Group(click.Group):
    """Turns checker's own errors into a located message and exit code 2, any other exception (a bug,
    MemoryError included) into a one-screen report request and exit code 3, Ctrl-C into exit code 130;
    never a traceback unless --debug, which prints it before the same message and exit code (exit 1 stays
    "targets failed" for a CI gate run with --debug)."""

    def main(self, args=None, *rest, **options):
        """click's main; run from the process's own command line (no ``args``), the process ends with the
        command (:data:`_ENDS_PROCESS`) and its exit code is kept for :func:`_end_at_once`."""
        if args is not None:  # a program's or a test's call: Python ends as usual
            return super().main(args, *rest, **options)
        _ENDS_PROCESS[:] = [True]
        try:
            return super().main(args, *rest, **options)
        except SystemExit as done:
            if done.code is None or type(done.code) is int:
                _ENDED[:] = [done.code or 0]
            raise

    def invoke(self, ctx: click.Context):
        try:
            return self._invoke_reported(ctx)
        except MemoryError:  # raised again while a handler below wrote its message (a CheckerError that wraps a
            # reader's MemoryError, printed with a regular expression): the last words, written without Python
            import os

            gc.collect()
            os.write(2, (_OUT_OF_MEMORY + "\n").encode())
            ctx.exit(EXIT_INTERNAL)

    def _invoke_reported(self, ctx: click.Context):
        from checker.errors import CheckerError
        from checker.reporters.escaping import printable

        if sys.stdout is None:  # `checker … >&-`: what is written there fails as on a full disk, not as a bug
            sys.stdout = _ClosedOutput()
        try:
            return super().invoke(ctx)
        except CheckerError as error:
            _traceback_if_debug(ctx)
            click.secho(printable(f"error: {error}"), err=True, fg="red")
            ctx.exit(EXIT_INPUT)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            _traceback_if_debug(ctx)
            click.echo("interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            # the reader stopped reading (`checker lint … | head`): not a bug, nothing to say; standard
            # output is pointed at /dev/null so that Python's own flush at exit does not complain
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(EXIT_PIPE_CLOSED)
        except OSError as error:
            if error.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EBADF):
                _traceback_if_debug(ctx)
                click.secho(printable(internal_error_message(error)), err=True, fg="red")
                ctx.exit(EXIT_INTERNAL)
            # `checker … > /dev/full`: standard output could not take what was written; as for an output file
            _traceback_if_debug(ctx)
            click.secho(printable(f"error: cannot write the output: {error.strerror}"), err=True, fg="red")
            ctx.exit(EXIT_INPUT)
        except MemoryError as error:
            _traceback_if_debug(ctx)
            # the frames of the failed work still hold what filled the memory: let them go before a word is
            # written, and write it without compiling anything (a second MemoryError once gave exit 1)
            error.__traceback__ = None
            del error
            import os

            gc.collect()
            try:
                click.secho(_OUT_OF_MEMORY, err=True, fg="red")
            except MemoryError:
                os.write(2, (_OUT_OF_MEMORY + "\n").encode())
            ctx.exit(EXIT_INTERNAL)
        except Exception as error:  # noqa: BLE001 — the last line of defence
            _traceback_if_debug(ctx)
            click.secho(printable(internal_error_message(error)), err=True, fg="red")
            ctx.exit(EXIT_INTERNAL)


def _traceback_if_debug(ctx: click.Context) -> None:
    """With --debug, the Python traceback of the exception being handled, on standard error."""
    if ctx.meta.get("debug"):
        import traceback

        traceback.print_exc()


def internal_error_message(error: BaseException) -> str:
    """What an unexpected exception prints: what happened, in one screen, and what to do."""
    what = "out of memory" if isinstance(error, MemoryError) else f"{type(error).__name__}: {error}"
    if len(what) > 300:
        what = what[:300] + " …"
    hint = ("the input is larger than this machine's memory: split it, or run on a larger machine"
            if isinstance(error, MemoryError) else
            "this is a bug in checker; please report it with the command line and, if you can, the input files")
    return (f"internal error: {what}\n  hint: {hint}\n"
            f"  run again with `checker --debug …` to see the Python traceback (checker {__version__})")


#: what running out of memory prints, made before memory runs out
_OUT_OF_MEMORY = internal_error_message(MemoryError())



def _a_number(_context, _parameter, value: float | None) -> float | None:
    """``--max-file-mb nan`` passes a range's checks (every comparison with NaN is false): a usage error, not a crash."""
    if value is not None and value != value:
        raise click.BadParameter("not a number")
    return value

@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="checker")
@click.option("--debug", is_flag=True, help="Show Python tracebacks (for developers).")
@click.option("--max-file-mb", type=click.FloatRange(min=0, min_open=True, max=1024 * 1024), callback=_a_number,
              help="Largest plan or data file read (default 20 MB for plans, 200 MB for data).")
@click.option("--max-rows", type=click.IntRange(min=1),
              help="Most data rows read per file (default 10,000,000); also raises the cells of a workbook "
                   "sheet (5,000,000) to half of it.")
@click.option("--max-yaml-values", type=click.IntRange(min=1), help="Most values in a plan, aliases expanded (default 200,000).")
@click.option("--max-yaml-depth", type=click.IntRange(min=1), help="Deepest nesting in a plan (default 64).")
@click.pass_context
def main(ctx: click.Context, debug: bool, max_file_mb: float | None, max_rows: int | None,
         max_yaml_values: int | None, max_yaml_depth: int | None) -> None:
    """checker: did this place meet the targets its plan promised?

    Plans are YAML files of indicator targets in the plan's own words; checker reads the words
    with a phrase grammar (rules/grammar.yaml) and judges annual data against them.
    """
    ctx.meta["debug"] = debug
    if max_file_mb or max_rows or max_yaml_values or max_yaml_depth:
        _raise_limits(max_file_mb, max_rows, max_yaml_values, max_yaml_depth)


def _raise_limits(file_mb: float | None, rows: int | None, yaml_values: int | None, yaml_depth: int | None) -> None:
    """Set the input limits a user asked for (imported here, so that the everyday start stays fast)."""
    from checker.plan import located_yaml
    from checker.data import observations

    if file_mb:
        located_yaml.MAX_BYTES = observations.MAX_BYTES = int(file_mb * 2**20)
    if rows:
        observations.MAX_ROWS = rows
    if yaml_values:
        located_yaml.MAX_NODES = yaml_values
    if yaml_depth:
        located_yaml.MAX_DEPTH = yaml_depth


def _read_lines_from_stdin() -> list[str]:
    """Standard input's lines, UTF-8 or GB18030; closed (``<&-``: Python's ``sys.stdin`` is None) it is refused
    with exit 2, as a closed standard output is, not taken for a bug."""
    from checker.errors import CheckerError

    if sys.stdin is None:
        raise CheckerError("standard input is closed",
                           hint="pipe the phrases in, one a line: `… | checker explain -`")
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise CheckerError("standard input is neither UTF-8 nor GB18030 text") from None
    return text.splitlines()


@main.command()
@click.argument("phrase")
@click.option("--unit", "-u", help="The indicator's unit (%, ‰, 1/10万, 岁 …); a unit in the phrase is converted to it.")
@click.option("--direction", "-d", type=click.Choice(["up", "down", "neutral"]), default="neutral", show_default=True,
              help="Which way is better for the indicator.")
@click.option("--nature", type=click.Choice(["约束性", "预期性", "倡导性"]), metavar="NATURE",
              help="The target's nature, if the plan marks it: 约束性, 预期性 or 倡导性.")
@click.option("--indicator", "-i", "indicator", metavar="NAME",
              help="The indicator's name, where the words depend on it (per 1,000 births: live births of an infant "
                   "mortality rate, total births of a stillbirth rate).")
@click.option("--policy", "policy_file", type=FILE, help="A policy YAML laid over rules/policy.yaml.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def explain(phrase: str, unit: str | None, direction: str, nature: str | None, indicator: str | None,
            policy_file: str | None, fmt: str) -> None:
    """Show how checker reads a target PHRASE, and what passes, warns and fails.

    \b
    Examples:
      checker explain "≤4‰"
      checker explain "25左右" --unit % --direction down
      checker explain "比2015年降低20%" -u % -d down --format json
      checker explain "21 per 1,000 births" --indicator "Stillbirth rate"

    With PHRASE "-", reads phrases from standard input, one a line, each optionally followed by a
    tab, the unit, a tab and the direction; answers every line in order, a blank one as no target
    set (unspecified); prints one JSON object a line with --format json.
    Exit code 1 if any of them cannot be read, 2 if a single PHRASE cannot be read.

    \b
    Forms read (kinds): ≤X ＜X X以下 控制在X以内 (upper_bound); ≥X ＞X X以上
    不低于X (lower_bound); X (reach: direction decides); X左右 约X (around);
    X～Y (range); 高于全省平均值 (vs_reference); 比全国平均水平高5个百分点
    (offset_vs_reference); 比2015年降低20% 下降30% (vs_baseline);
    年均增长7.5% (annual_rate); 持续提升 逐步下降 (trend); 保持 (maintain);
    同比例提高 (linked); 按国家下达目标 (external); 全覆盖 100%
    (full_coverage); 实现 建成 (achieved); - — ？ blank (unspecified);
    达到85%，并保持持续上升 (all_of: every part must hold). Modifier: 力争
    (strive). Annotations such as 16.5* or 396.75（快报数） are kept as
    notes. Traditional characters (達到81歲以上) and English (no more than
    4‰, reduce by 20% compared with 2015) read with the same meaning. A
    phrase whose numbers or words cannot all be placed is refused, naming
    them. docs/grammar.md has the full list.
    """
    import json

    from checker.errors import CheckerError, Location
    from checker.judge.explain import describe, explain_text
    from checker.language.grammar import parse_target
    from checker.language.units import rate_unit
    from checker.judge.policy import load_policy

    policy = load_policy(policy_file)
    if phrase != "-":
        rule = parse_target(phrase, unit=unit, direction=direction, location=Location("<argument>"), name=indicator,
                            rate=rate_unit(unit, [indicator]) if indicator else None)
        if fmt == "json":
            words = describe(rule, policy, nature)
            data = rule.to_dict()
            data["explain"] = {key: {"zh": value[0], "en": value[1]} for key, value in words.items()
                               if isinstance(value, tuple)}
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            click.echo(explain_text(rule, policy, nature))
        return
    failed = 0
    # one answer a line, a blank line's too (a column's empty cell reads as no target set, `unspecified`), so
    # the answers line up with the column they came from
    for number, line in enumerate(_read_lines_from_stdin(), start=1):
        fields = line.split("\t")
        text = fields[0]
        line_unit = (fields[1].strip() or None) if len(fields) > 1 else unit
        line_direction = (fields[2].strip() or direction) if len(fields) > 2 else direction
        try:
            if len(fields) > 3:  # a fourth field is read by nothing: refused, never dropped in silence
                raise CheckerError(f"{len(fields)} tab-separated fields, more than the phrase, its unit and its "
                                   f"direction (after them: {fields[3][:40]!r})", Location("<stdin>", number),
                                   hint="a line is PHRASE[<tab>UNIT[<tab>DIRECTION]]")
            rule = parse_target(text, unit=line_unit, direction=line_direction, location=Location("<stdin>", number),
                                name=indicator, rate=rate_unit(line_unit, [indicator]) if indicator else None)
        except CheckerError as error:
            failed += 1
            if fmt == "json":
                click.echo(json.dumps(_error_record(text, line_unit, error), ensure_ascii=False))
            else:
                from checker.reporters.escaping import printable

                click.secho(printable(f"error: {error}"), err=True, fg="red")
            continue
        if fmt == "json":
            click.echo(json.dumps(rule.to_dict(), ensure_ascii=False))
        else:
            click.echo(explain_text(rule, policy, nature) + "\n")
    sys.exit(EXIT_PROBLEMS if failed else EXIT_OK)


def _error_record(text: str, unit: str | None, error) -> dict:
    keys = ("kind", "op", "value", "upper", "reference", "base_year", "change", "trend", "year", "subject",
            "linked_to", "direction", "start")
    record = {"text": text, **{key: None for key in keys}, "unit": unit, "modifiers": [], "notes": []}
    record["error"] = str(error)
    return record


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PLAN... DATA...")
@click.option("--region", help="The region to judge (default: the plan's own region).")
@click.option("--all-regions", is_flag=True,
              help="Judge every region in the data but the plan's references, each against its own series.")
@click.option("--regions", "regions_arg", metavar="A,B,…", help="Judge these regions (comma-separated).")
@click.option("--as-of", "as_of", type=click.IntRange(1949, 2100),
              help="Judge as of this year (default: latest data; without it, data for a year after this one is "
                   "refused).")
@click.option("--policy", "policy_file", type=FILE, help="A policy YAML laid over rules/policy.yaml.")
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), multiple=True,
              help="Output format (default table); repeat it for several: one goes to standard output, and with "
                   "--output the last one goes to that file.")
@click.option("--output", "-o", type=FILE,
              help="Write the (last) --format to this file (atomically).")
@click.option("--junit", "junit_file", type=FILE, metavar="FILE", help="Also write JUnit XML to FILE.")
@click.option("--sarif", "sarif_file", type=FILE, metavar="FILE", help="Also write SARIF 2.1.0 to FILE.")
@click.option("--markdown", "markdown_file", type=FILE, metavar="FILE",
              help="Also write a Markdown summary to FILE (for $GITHUB_STEP_SUMMARY).")
@click.option("--github", "github_file", type=FILE, metavar="FILE",
              help="Also write GitHub workflow-command annotations to FILE.")
@click.option("--json", "json_file", type=FILE, metavar="FILE", help="Also write the JSON report to FILE.")
@click.option("--csv", "csv_file", type=FILE, metavar="FILE",
              help="Also write the results as CSV to FILE (for Excel: see --encoding).")
@click.option("--jsonl", "jsonl_file", type=FILE, metavar="FILE",
              help="Also write JSON Lines to FILE: a line a target, then a line a result.")
@click.option("--xlsx", "xlsx_file", type=FILE, metavar="FILE",
              help="Also write an Excel workbook of the results, evidence and inputs to FILE.")
@click.option("--parquet", "parquet_file", type=FILE, metavar="FILE",
              help="Also write the results as a Parquet table to FILE (needs the scale extra).")
@click.option("--encoding", type=click.Choice(CSV_ENCODINGS), default="utf-8-sig", show_default=True,
              help="Encoding of CSV output: utf-8-sig (UTF-8 with a byte-order mark) opens by double-click in "
                   "Excel, Chinese Windows included; utf-8 for other programs; gb18030 for old ones.")
@click.option("--fail-on", type=click.Choice(["warn", "fail", "na"]), default="fail", show_default=True,
              help="Exit 1 if any result is at or above this level.")
@click.option("--previous", multiple=True, type=FILE, metavar="OLD",
              help="The previous submission: list every value of an already reported year that changed, and the "
                   "verdicts the changes alone changed.")
@click.option("--fail-on-revision", is_flag=True, help="Exit 1 if any value changed since --previous.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Language of the table and its reasons (JSON carries both).")
@click.option("--skip-bad-rows", is_flag=True, help="Skip (and list) bad data rows instead of stopping at the first.")
@click.option("--sheet", metavar="NAME", help=_SHEET_HELP)
@click.option("--max-regions", type=click.IntRange(min=1), default=MAX_REGIONS, show_default=True,
              help="Most regions --all-regions or --regions judges in one run (the output grows with each).")
def check(inputs: tuple[str, ...], region: str | None, all_regions: bool, regions_arg: str | None,
          as_of: int | None, policy_file: str | None,
          fmt: tuple[str, ...], output: str | None, junit_file: str | None, sarif_file: str | None,
          markdown_file: str | None, github_file: str | None, json_file: str | None, csv_file: str | None,
          jsonl_file: str | None, xlsx_file: str | None, parquet_file: str | None, encoding: str, fail_on: str,
          previous: tuple[str, ...], fail_on_revision: bool, lang: str, skip_bad_rows: bool, sheet: str | None,
          max_regions: int) -> None:
    """Judge a plan's targets against annual data: pass / warn / fail / n/a.

    \b
    PLAN is a plan file or a bundled plan id (see `checker plans`); DATA is
    one or more CSV files, long (region, indicator, year, value, unit, note
    — or 地区, 指标, 年份, 数值, 单位, 备注) or wide (指标, 单位, 2015,
    2016, …), in UTF-8 or GB18030, or Excel workbooks (.xlsx, .xlsm, .xls,
    .ods: the first visible sheet, --sheet NAME, FILE.xlsx#NAME, or
    --sheet '*' for every visible sheet).

    \b
    Many regions: --all-regions judges every region in the data but the
    plan's reference regions (which supply the 全省/全国 values for all),
    --regions 南安市,晋江市 the named ones; each region is judged as if
    alone. The table then prints the roll-up (per region, per indicator);
    JSON adds "regions" and "rollup". For national runs use --format jsonl
    (a line a target with what its results share, then a line a result;
    checker.records_from_jsonl rebuilds whole records) or csv (streamed,
    one result a line), or parquet (scale extra).

    \b
    Several plans: checker check plans/a.yaml plans/b.yaml DATA checks each
    plan for its own region from the one data file: the table prints one
    section per plan; JSON becomes {"checker", "reports": [one document per
    plan]}; jsonl and csv write each plan's results in turn.

    \b
    Formats: table, json, jsonl, csv, parquet, junit, github, markdown,
    sarif, xlsx.
    One run can write several:
      checker check plan.yaml data.csv --format github \\
        --junit results.xml --markdown summary.md
      checker check plan.yaml data.csv --format table \\
        --format junit --output results.xml
      checker check plan.yaml data.xlsx --csv out.csv --xlsx out.xlsx
    Standard output gets the table unless another format is sent there;
    files are written atomically (a temporary file, then a rename).

    CSV is written as UTF-8 with a byte-order mark, so that Excel opens it by double-click
    (--encoding utf-8 or gb18030 to choose).

    \b
    Exit codes:
      0  clean: no result at or above the --fail-on level (default: fail),
         and no revision with --fail-on-revision
      1  gated: at least one result at or above it (--fail-on warn: warn or
         fail; fail: fail; na: anything but pass), or a revised value with
         --fail-on-revision
      2  a usage or input error (the message names file, line and column)
      3  an internal error (a bug in checker, or out of memory): please report it
      130  interrupted (Ctrl-C); 141 when the reader of a pipe stopped (| head)
    """
    from checker.errors import CheckerError
    from checker.plan.loader import is_plan_argument, load_plan
    from checker.data.observations import no_cycle_collection
    from checker.data.readers import read_observations, refuse_years_to_come
    from checker.judge.pipeline import judge
    from checker.judge.policy import load_policy
    from checker.reporters import STREAMED

    plans = [item for item in inputs if is_plan_argument(item)]
    data = [item for item in inputs if not is_plan_argument(item)]
    if not plans:
        _no_plan(inputs[0])
    if not data:
        raise click.UsageError("give one or more plans (.yaml files or bundled ids) followed by one or more data files")
    many = all_regions or regions_arg is not None
    if all_regions and regions_arg is not None:
        raise click.UsageError("--all-regions and --regions cannot be used together")
    if region and many:
        raise click.UsageError(f"--region and {'--all-regions' if all_regions else '--regions'} cannot be used together")
    chosen = None
    if regions_arg is not None:
        from checker.language.names import clean_name

        from checker.language.script import to_simplified

        names = regions_arg.replace("，", ",").split(",")
        chosen = list(dict.fromkeys(to_simplified(clean_name(name)) for name in names if clean_name(name)))
        if not chosen:
            raise click.UsageError("--regions needs at least one region name")
    if many and previous:
        raise click.UsageError("--previous compares one region's submissions; it cannot be used with many regions")
    if len(plans) > 1 and (region or many or previous):
        raise click.UsageError("with several plans each is checked for its own region: --region, --all-regions, "
                               "--regions and --previous take one plan")
    destinations = _destinations(fmt, output, {"junit": junit_file, "sarif": sarif_file, "markdown": markdown_file,
                                               "github": github_file, "json": json_file, "csv": csv_file,
                                               "jsonl": jsonl_file, "xlsx": xlsx_file, "parquet": parquet_file})
    if any(name == "xlsx" and path is None for name, path, _ in destinations):
        raise click.UsageError("--format xlsx writes a workbook, not text: give --output FILE.xlsx")
    if any(name == "parquet" and path is None for name, path, _ in destinations):
        raise click.UsageError("--format parquet writes a binary table, not text: give --output FILE.parquet")
    if any(name == "parquet" for name, _, _ in destinations):
        from checker.reporters import parquet

        parquet.available()  # before the run, not after judging a nation
    single_only = sorted({name for name, _, _ in destinations if name not in ("table", "json", "jsonl", "csv")})
    if len(plans) > 1 and single_only:
        raise click.UsageError(f"{', '.join(single_only)} {'takes' if len(single_only) == 1 else 'take'} one plan; "
                               "with several plans use table, json, jsonl or csv")
    for _, path, option in destinations:
        for item in (*plans, *data, *previous, *([policy_file] if policy_file else [])):
            if path and _same_file(path, item):
                raise CheckerError(f"{option} {path} is one of the input files; choose another path")
    from checker.records import replace

    with no_cycle_collection():  # a national run makes millions of acyclic objects
        policy = load_policy(policy_file)
        loaded = [load_plan(item) for item in plans]
        for plan in loaded:
            _warn_of_slips(plan)
        observations = read_observations(*data, skip_bad_rows=skip_bad_rows, sheet=sheet)
        if as_of is None:
            refuse_years_to_come(observations, _this_year())
        if many:
            _suggest_the_scale_extra(observations)
        # written a line at a time: judge as the lines are written, never holding a national run's results
        # (and the table of many regions: it prints the roll-up, counted as the results are judged)
        on_demand = all(name in STREAMED or (name in ("table", "json") and many) for name, _, _ in destinations)
        reports = []
        for plan in loaded:
            if many:
                report = _many_regions_report(plan, observations, chosen, as_of, policy, lang, skip_bad_rows,
                                              fail_on, on_demand, max_regions)
                from checker.data.matching import peers_of_blank_rows, unread_sheets

                warnings = [*peers_of_blank_rows(observations, plan, plan.region), *unread_sheets(observations)]
                _say(warnings)
                reports.append(replace(report, data_warnings=report.data_warnings + tuple(warnings)))
                continue
            report, dataset = judge(plan, observations, region=region, as_of=as_of, policy=policy, lang=lang,
                                    previous=previous, skip_bad_rows=skip_bad_rows, sheet=sheet, fail_on=fail_on,
                                    fail_on_revision=fail_on_revision)
            from checker.data.matching import data_cautions

            warnings = [*report.data_warnings, *data_cautions(plan, dataset, observations, report.region)]
            _say(warnings)
            reports.append(replace(report, data_warnings=tuple(warnings)))
        revised = [revision for report in reports for revision in report.revisions]
        if any(name in ("github", "sarif") for name, _, _ in destinations):
            from checker.data.cells import text_columns

            reports = [replace(report, columns=text_columns(_places(report))) for report in reports]
        outputs = [(path, name, _check_output(reports, name, terminal=path is None and name == "table" and sys.stdout.isatty()))
                   for name, path, _ in destinations]
        files = []
        for path, name, text in outputs:
            if path and name == "csv":
                files.append((path, _for_excel(text, encoding, bom=True), _codec(encoding)))
            elif path and name == "parquet":
                from checker.reporters.output import BinaryChunks

                files.append((path, BinaryChunks(text)))
            elif path:
                files.append((path, text))
        if files:  # the writer only for a run that writes files (not for standard output alone)
            from checker.reporters.output import write_all

            write_all(files)  # all files, or none of them new
        for path, name, text in outputs:
            if path:
                continue
            if name == "csv":  # no byte-order mark on a terminal, where it would only be a stray character
                for chunk in _for_excel(text, encoding, bom=not sys.stdout.isatty()):
                    click.echo(chunk.encode(_codec(encoding)), nl=False)
                continue
            for chunk in ([text] if isinstance(text, str) else text):
                click.echo(chunk, nl=False)
        if all(name in _NO_LEFT_OUT for name, _, _ in destinations):  # rows not judged: said somewhere, always
            from checker.reporters.table import left_out_lines

            _say([line for report in reports for line in left_out_lines(report)])
        gated = any(report.results.gated(fail_on) for report in reports) or (fail_on_revision and bool(revised))
        if _ENDS_PROCESS:
            # The process ends with this command: what the run leaves alive is frozen (as at exit, see above), not
            # walked by the collector as the pause ends — its first collection walked a national run's 370,000
            # young objects (0.22-0.31 s) for memory the system takes back a moment later.
            gc.freeze()
    sys.exit(EXIT_PROBLEMS if gated else EXIT_OK)


#: the formats with no place for the rows a check left out (another region, an indicator the plan lacks): with only
#: these, ``check`` says on standard error what was left out
_NO_LEFT_OUT = frozenset(("csv", "xlsx", "parquet"))

#: a data file this many rows long is a national run: without polars it is read row by row, slowly
SCALE_HINT_FROM_ROWS = 1_000_000


def _suggest_the_scale_extra(observations) -> None:
    """Once, on standard error: a million-row run read row by row would be several times faster, and
    lighter, with the `scale` extra (polars and numpy: data read by columns)."""
    from checker.data import columnar

    rows = sum(source.rows for source in observations.files)
    if rows >= SCALE_HINT_FROM_ROWS and not columnar.available():
        click.echo(f"note: {rows:,} rows were read row by row; with the scale extra "
                   "(pip install 'health-plan-checker[scale]': polars and numpy) checker reads them by columns, "
                   "several times faster and in about a third of the memory (benchmarks/README.md)", err=True)


#: how many of a plan's slips ``check`` prints before it points to ``lint`` for the rest
SLIPS_SHOWN = 5


def _warn_of_slips(plan) -> None:
    """On standard error, before the verdicts: the plan's warnings that turn verdicts (a phrase against the
    indicator's direction, a target ten times off its neighbours …), which a user who runs ``check`` without
    ``lint`` would otherwise never see."""
    from checker.reporters.escaping import printable

    for slip in plan.slips[:SLIPS_SHOWN]:
        click.secho(printable(slip), err=True, fg="yellow")
    if plan.slips:
        more = len(plan.slips) - SLIPS_SHOWN
        click.echo(f"  {f'… and {more} more; ' if more > 0 else ''}`checker lint {plan.file or plan.id}` shows "
                   f"{'them' if len(plan.slips) > 1 else 'it'} with hints; the plan is judged as written", err=True)


def _say(warnings: list[str]) -> None:
    """The data's warnings on standard error, as they are also given to the report (JSON ``data_warnings``)."""
    from checker.reporters.escaping import printable

    for line in warnings:
        click.secho(printable(line), err=True, fg="yellow")


def _this_year() -> int:
    """The calendar year now, on this machine's clock: data for a later year is not observed data."""
    import time

    return time.localtime().tm_year


def _codec(encoding: str) -> str:
    """The codec that writes CSV text in ``encoding`` (the byte-order mark is a character of the text)."""
    return "utf-8" if encoding == "utf-8-sig" else encoding


def _for_excel(chunks, encoding: str, *, bom: bool):
    """CSV text chunks, led by a byte-order mark for ``utf-8-sig``: Excel reads UTF-8 only with it (chunks
    kept in UTF-8, :class:`~checker.reporters.output.TextChunks`, stay so for the file writer)."""
    from itertools import chain

    from checker.reporters.output import TextChunks

    rest = chunks.pieces() if isinstance(chunks, TextChunks) else [chunks] if isinstance(chunks, str) else chunks
    return TextChunks(chain(["\ufeff"] if encoding == "utf-8-sig" and bom else [], rest))


def _many_regions_report(plan, observations, chosen: list[str] | None, as_of: int | None, policy, lang: str,
                         skip_bad_rows: bool, fail_on: str, on_demand: bool, max_regions: int = 0):
    """--all-regions / --regions: every (or each named) region judged as if alone, the references shared."""
    from checker.judge.engine import evaluate_regions
    from checker.errors import CheckerError
    from checker.data.matching import (match, parents_left_out, placed_otherwise, prefectures_alike, regions_alike,
                                       regions_off_by_scale, regions_to_judge, stale_regions, unused_rows)
    from checker.reporters import Report

    dataset = match(plan, observations, skip_bad_rows=skip_bad_rows)
    references = set(plan.references.values())
    judged = chosen if chosen is not None else regions_to_judge(plan, dataset)
    warnings = [*regions_alike(dataset.regions_in_file()), *prefectures_alike(dataset),
                *(parents_left_out(plan, dataset, judged) if chosen is None else ()),
                *(placed_otherwise(plan, dataset) if plan.region in judged else ())]
    if not judged:
        from checker.data.matching import place_fields, whole_choices, whole_choices_words

        unsure = [whole_choices_words(name, choices, "en") for name in dataset.regions_in_file()
                  if (choices := whole_choices(name, place_fields(plan)))]
        if unsure:  # 全市 of a county-level 市 naming its city: not the city's rows, nor surely the region's
            raise CheckerError("the data has no region to judge", hint="; ".join(unsure))
        raise CheckerError("the data has no region to judge besides the plan's reference regions "
                           f"({', '.join(sorted(references)) or 'none'})")
    if max_regions and len(judged) > max_regions:
        raise CheckerError(f"{len(judged):,} regions to judge, more than --max-regions {max_regions:,}",
                           hint="raise the limit with `checker check … --max-regions N` (and write --format jsonl or "
                                "csv: each region adds a line per target), or judge fewer with --regions")
    if as_of is None:  # as of a year, each region is judged in that year's window, its staleness n/a
        warnings += stale_regions(dataset, judged)
    warnings += regions_off_by_scale(plan, dataset, judged)
    _say(warnings)
    results = evaluate_regions(plan, dataset, chosen, as_of=as_of, policy=policy, on_demand=on_demand)
    label = "、".join(judged) if len(judged) <= 3 else f"{'、'.join(judged[:3])} … ({len(judged)})"
    return Report(plan, label, results, observations.files, lang,
                  tuple(dataset.skipped), fail_on=fail_on,
                  regions=tuple(judged), unused=unused_rows(plan, observations, dataset, judged),
                  data_warnings=tuple(warnings))


def _check_output(reports: list, name: str, *, terminal: bool):
    """One format of a check run: a string (bytes for xlsx), or for jsonl and csv an iterator of chunks.
    Several plans: the table sections in turn, JSON as {"checker", "reports": [...]}, jsonl and csv in turn."""
    from checker.reporters import STREAMED, render, stream

    if name in STREAMED:
        if len(reports) == 1:
            return stream(reports[0], name)
        from itertools import chain

        from checker.reporters import streamed

        if name == "csv":
            return chain.from_iterable(streamed.csv_rows(report, header=index == 0)
                                       for index, report in enumerate(reports))
        return chain.from_iterable(stream(report, name) for report in reports)
    if name == "json" and len(reports) == 1 and reports[0].regions:  # many regions: streamed, never held
        from checker.reporters import json_report

        return json_report.stream(reports[0])
    if len(reports) == 1:
        return render(reports[0], name, terminal=terminal)
    if name == "json":
        import json

        from checker.reporters import json_report

        return json.dumps({"checker": __version__, "reports": [json_report.document(report) for report in reports]},
                          ensure_ascii=False, indent=2) + "\n"
    return "\n".join(render(report, name, terminal=terminal) for report in reports)


def _destinations(formats: tuple[str, ...], output: str | None,
                  files: dict[str, str | None]) -> list[tuple[str, str | None, str]]:
    """(format, file or None for standard output, the option that named it) for every output of a check run.

    The --format values go to standard output, except the last one when --output is given; each
    per-format file option adds a file. Without --format, standard output gets the table (or, with
    --output alone, the file does). At most one format can go to standard output, and no two
    outputs to the same file.
    """
    chosen = list(formats) or ["table"]
    out: list[tuple[str, str | None, str]] = []
    if output:
        out.append((chosen.pop(), output, "--output"))
    out += [(name, None, "--format") for name in chosen]
    out += [(name, path, f"--{name}") for name, path in files.items() if path]
    stdout = [name for name, path, _ in out if path in (None, "-")]
    if len(stdout) > 1:
        raise click.UsageError(f"only one format can go to standard output, not {' and '.join(stdout)}; write the "
                               "others to files (--junit FILE, --sarif FILE, --markdown FILE, --github FILE, "
                               "--json FILE, --csv FILE, --jsonl FILE, --xlsx FILE, --parquet FILE, or --output FILE for the last "
                               "--format)")
    paths: dict[str, str] = {}
    for _, path, option in out:
        if path is None:
            continue
        for other, other_option in paths.items():
            if _same_file(path, other):
                raise click.UsageError(f"{option} and {other_option} name the same file {path}")
        paths[path] = option
    return out


def _places(report) -> list[tuple[str | None, int | None, int | None]]:
    """The data-file cells that the github and sarif formats may point at."""
    places = []
    for result in report.results.results:
        observation = result.evidence.get("observation") or {}
        places.append((observation.get("file"), observation.get("line"), observation.get("column")))
    for revision in report.revisions:
        location = revision.new.location
        places.append((location.file, location.line, location.column))
    for location in [unknown.location for unknown in report.results.unknown] + \
            [error.location for error in report.skipped if error.location]:
        places.append((location.file, location.line, location.column))
    from checker.reporters.locations import warning_place

    for line in report.data_warnings:
        place = warning_place(line)
        if place is not None:
            places.append(place[:3])
    return places


def _same_file(a: str, b: str) -> bool:
    import os

    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


@main.command()
@click.argument("data", nargs=-1, required=True, metavar="DATA...")
@click.option("--plan", "plan_arg", required=True, metavar="PLAN", help="The plan file or bundled plan id.")
@click.option("--previous", multiple=True, type=FILE, metavar="OLD",
              help="The previous submission: list every value of an already reported year that changed.")
@click.option("--as-of", "as_of", type=click.IntRange(1949, 2100),
              help="The year every indicator with a target must have (default: the latest year in the data).")
@click.option("--region", help="The region the submission is for (default: the plan's own region).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text", show_default=True)
@click.option("--output", "-o", type=FILE, help="Write the findings to this file (atomically).")
@click.option("--fail-on-revision", is_flag=True, help="Count revised values as errors (exit 1).")
@click.option("--responsible", multiple=True, metavar="UNIT",
              help="Require only the indicators this department reports (the plan's responsible / 数据采集单位).")
@click.option("--sheet", metavar="NAME", help=_SHEET_HELP)
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Name indicators in Chinese or English in the findings.")
def validate(data: tuple[str, ...], plan_arg: str, previous: tuple[str, ...], as_of: int | None, region: str | None,
             fmt: str, output: str | None, fail_on_revision: bool, responsible: tuple[str, ...],
             sheet: str | None, lang: str) -> None:
    """Check a data submission's hygiene before any verdict: every problem, each at file:line:cell.

    \b
    Errors: unreadable rows, units not convertible to the plan's,
    conflicting duplicates, impossible values (a share above 100% or below
    0, a negative count, not a finite number), indicators with a target but
    no value for the assessment year (--as-of, else the latest year in the
    data). Warnings: unknown indicators (with "did you mean") and regions,
    exact duplicates, years outside the plan period (base year − 10 … last
    target year + 5), values marked 快报数/初步数/*, or as another year's,
    year-on-year jumps by a factor near 10, 100 or 1000 (a unit slip), and
    revised values (--previous).

    \b
    Examples:
      checker validate submission.csv --plan plans/nanan-2030.yaml
      checker validate new.csv --plan nanan-2030 \\
        --previous last-year.csv --format github

    \b
    Exit codes:
      0  no error (warnings and notes may be listed)
      1  at least one error-severity finding
      2  a file cannot be read at all, or a usage error
    """
    import json

    from checker.errors import CheckerError
    from checker.reporters.escaping import printable
    from checker.plan.loader import load_plan
    from checker.data.readers import read_observations
    from checker.reporters import plan_block
    from checker.reporters.output import write_atomically
    from checker.data.validate import summary
    from checker.data.validate import validate as validate_submission

    if output:
        for item in (plan_arg, *data, *previous):
            if _same_file(output, item):
                raise CheckerError(f"--output {output} is one of the input files; choose another path")
    plan = load_plan(plan_arg)
    observations = read_observations(*data, skip_bad_rows=True, sheet=sheet)
    old = read_observations(*previous, skip_bad_rows=True, sheet=sheet) if previous else None
    findings = validate_submission(plan, observations, region=region, as_of=as_of, previous=old,
                                   revisions_gate=fail_on_revision, responsible=responsible, lang=lang,
                                   this_year=_this_year() if as_of is None else None)
    counts = summary(findings)
    if fmt == "json":
        text = json.dumps({
            "checker": __version__,
            "plan": plan_block(plan),
            "data": [{"file": f.path, "sha256": f.sha256, "encoding": f.encoding, "layout": f.layout, "rows": f.rows}
                     for f in observations.files],
            "previous": [{"file": f.path, "sha256": f.sha256} for f in old.files] if old else None,
            "region": region or plan.region,
            "as_of": as_of,
            "summary": counts,
            "findings": [finding.to_dict() for finding in findings],
        }, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "github":
        text = _validate_annotations(findings, counts)
    else:
        lines = [str(finding) for finding in findings]
        files = len({f.path for f in observations.files})  # a workbook read by --sheet '*' is one file, not a sheet each
        lines.append(f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} note(s) in "
                     f"{files} file(s)")
        text = "\n".join(lines) + "\n"
    if fmt == "text":
        text = printable(text)
    if output:
        write_atomically(output, text)
    elif fmt == "text" and sys.stdout.isatty():
        colours = {"error": "red", "warning": "yellow", "info": None}
        for finding in findings:
            click.secho(printable(str(finding)), fg=colours[finding.severity])
        click.echo(text.splitlines()[-1])
    else:
        click.echo(text, nl=False)
    sys.exit(EXIT_PROBLEMS if counts["error"] else EXIT_OK)


def _validate_annotations(findings, counts: dict[str, int]) -> str:
    """``checker validate --format github``: one workflow command per finding, at its file, line and cell."""
    from checker.data.cells import text_columns
    from checker.reporters.github import annotation
    from checker.reporters.locations import Where, display_path, workbook_where

    columns = text_columns((f.file, f.line, f.column) for f in findings)
    levels = {"error": "error", "warning": "warning", "info": "notice"}
    lines = []
    for finding in findings:
        where = None
        if finding.location.sheet is not None:
            where = workbook_where(finding.location)
        elif finding.file:
            where = Where(display_path(finding.file), finding.line, columns.get((finding.file, finding.line, finding.column)))
        message = finding.message + (f" (hint: {finding.hint})" if finding.hint else "")
        lines.append(annotation(levels[finding.severity], message, where, f"checker validate: {finding.code}"))
    lines.append(f"checker validate: {counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} note(s)")
    return "\n".join(lines) + "\n"


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PLAN DATA...")
@click.option("--output", "-o", required=True, type=FILE, metavar="FILE.html",
              help="The HTML file to write (atomically).")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True, help="Language of the report.")
@click.option("--region", help="The region to judge (default: the plan's own region).")
@click.option("--as-of", "as_of", type=click.IntRange(1949, 2100),
              help="Judge as of this year (default: latest data; without it, data for a year after this one is "
                   "refused).")
@click.option("--policy", "policy_file", type=FILE, help="A policy YAML laid over rules/policy.yaml.")
@click.option("--title", help="The report's title (default: the plan's title and 目标完成情况审计报告).")
@click.option("--inspector", metavar="NAME", help="The inspector's name, printed on the cover by the signature line.")
@click.option("--generated-at", "generated_at", metavar="ISO",
              help="The generation time printed in the report (ISO 8601); default $SOURCE_DATE_EPOCH, else now.")
@click.option("--previous", multiple=True, type=FILE, metavar="OLD",
              help="The previous submission: a section lists the revised values and the verdicts they changed.")
@click.option("--skip-bad-rows", is_flag=True, help="Skip (and list) bad data rows instead of stopping at the first.")
@click.option("--pdf", "pdf_file", type=FILE, metavar="FILE.pdf",
              help="Also write the report as PDF (needs the optional WeasyPrint: pip install 'health-plan-checker[pdf]').")
@click.option("--sheet", metavar="NAME", help=_SHEET_HELP)
def report(inputs: tuple[str, ...], output: str, lang: str, region: str | None, as_of: int | None,
           policy_file: str | None, title: str | None, inspector: str | None, generated_at: str | None,
           previous: tuple[str, ...], skip_bad_rows: bool, pdf_file: str | None, sheet: str | None) -> None:
    """Write the inspector's audit report: one self-contained HTML file.

    Every verdict traceable: the plan's words and source line, the rule in words, a chart of the
    data, the arithmetic and band, and the data cells used (file:line:column). The cover gives
    the SHA-256 of the plan, the data and the rules files. No script, no web font, no URL: it
    opens offline and prints on A4 ("print to PDF" gives a document to sign).

    \b
    Examples:
      checker report nanan-2030 data.csv -o 审计报告.html
      checker report plan.yaml data.csv -o report.html --lang en \\
        --inspector 李明 --generated-at 2025-03-31
      checker report nanan-2030 data.csv -o 审计报告.html --pdf 审计报告.pdf

    With the same inputs and --generated-at (or SOURCE_DATE_EPOCH) the file is byte-identical.
    Exit code 0 when the report is written (whatever the verdicts), 2 on a usage or input error.
    """
    from checker.reporters.audit import audit_report
    from checker.errors import CheckerError
    from checker.plan.loader import is_plan_argument
    from checker.reporters.output import write_all

    plans = [item for item in inputs if is_plan_argument(item)]
    data = [item for item in inputs if not is_plan_argument(item)]
    if not plans:
        _no_plan(inputs[0])
    if len(plans) != 1 or not data:
        raise click.UsageError("give one plan (a .yaml file or a bundled id) followed by one or more data files")
    for option, path in (("--output", output), ("--pdf", pdf_file)):
        for item in (*plans, *data, *previous, *([policy_file] if policy_file else [])):
            if path and _same_file(path, item):
                raise CheckerError(f"{option} {path} is one of the input files; choose another path")
    if pdf_file and _same_file(pdf_file, output):
        raise click.UsageError("--pdf and --output name the same file")
    from checker.plan.loader import load_plan

    _warn_of_slips(load_plan(plans[0]))  # as check does (the report lists them too); the plan is cached for the run
    html = audit_report(plans[0], data, output=output, lang=lang, region=region, as_of=as_of, policy_file=policy_file,
                        title=title, inspector=inspector, generated_at=generated_at, previous=previous,
                        skip_bad_rows=skip_bad_rows, sheet=sheet)
    pdf = None
    if pdf_file:
        from checker.reporters.audit import pdf_bytes

        pdf = pdf_bytes(html)  # before anything is written: a missing WeasyPrint leaves no half of the pair
    write_all([(output, html)] + ([(pdf_file, pdf)] if pdf is not None else []))


@main.command()
@click.argument("document", type=FILE)
@click.option("--output", "-o", type=FILE, help="Write the draft (or the json) to this file (default: standard output).")
@click.option("--id", "plan_id", metavar="ID", help="The plan id (default: from the output file name).")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True,
              help="yaml: the draft plan; json: the extracted targets, no YAML.")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
def extract(document: str, output: str | None, plan_id: str | None, fmt: str, force: bool) -> None:
    """Draft a plan YAML from a plan document (.txt, .md, .docx, .pdf, .html, .xlsx).

    Indicator tables give one indicator per row and one target per year
    column (a table copied from a web page, one cell a line, is read back);
    body sentences that set a target for a year give the rest, in Chinese
    (simplified or traditional) or English. Every target keeps its words and
    source line; what a person must check carries a `review:` note that
    `checker lint` lists. A summary goes to stderr. .docx, .pdf and .html
    need the extract extra; the words it drafts by are rules/extract.yaml.
    """
    import json
    import re
    from pathlib import Path

    from checker.documents.draft import build, summary, to_yaml
    from checker.documents.readers import read_document
    from checker.errors import CheckerError

    if output and _same_file(output, document):  # --force is for an old draft, never the only copy of the document
        raise CheckerError(f"--output {output} is the document read; choose another path")
    if output and Path(output).is_file() and not force:  # a device (/dev/null) or a pipe is written in place
        raise CheckerError(f"the output file {output} exists", hint="give --force to overwrite it, or another -o")
    if plan_id is not None and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", plan_id):  # as the plan format allows
        raise click.BadParameter(f"{plan_id!r}: a plan id is lower-case letters, digits and hyphens (nanan-2030)",
                                 param_hint="--id")
    if plan_id is None:
        stem = Path(output).stem.lower() if output else Path(document).stem.lower()
        plan_id = re.sub(r"[^a-z0-9-]+", "-", stem).strip("-") or "draft"
        if not re.match(r"^[a-z0-9]", plan_id):
            plan_id = "draft"
    doc = read_document(document, progress=lambda line: click.echo(line, err=True))
    draft = build(doc, plan_id=plan_id)
    facts = summary(draft)
    if fmt == "json":
        text = json.dumps({"checker": __version__, "document": document, **facts}, ensure_ascii=False, indent=2) + "\n"
    else:
        text = to_yaml(draft, Path(document).name)
    if output:  # beside it, then renamed into place: a draft is never left half-written
        from checker.reporters.output import write_atomically

        write_atomically(output, text)
    else:
        click.echo(text, nl=False)
    tables = ", ".join(f"line {t['line']} ({t['rows']} rows)" for t in facts["tables"]) or "none"
    click.echo(f"tables found: {len(facts['tables'])}: {tables}", err=True)
    click.echo(f"targets: {facts['table_targets']} from tables, {facts['body_targets']} from body text, "
               f"{facts['indicators']} indicators", err=True)
    unread = {"pictures": "pictures, which have no text (OCR them first)",
              "sideways": "text set sideways, not read (a table printed on its side: turn the page and save again)"}
    for why, pages in facts["unread_pages"].items():
        click.echo(f"not read: page{'s' if len(pages) > 1 else ''} {', '.join(map(str, pages))}: {unread[why]}", err=True)
    flagged = sum(1 for t in facts["targets"] if t.get("review"))
    click.echo(f"to review: {flagged} target(s)" + "".join(f"; {why}: {n}{_at_lines(facts['left_out'].get(why))}"
                                                         for why, n in facts["review"].items()), err=True)
    if output:
        click.echo(f"wrote {output}" + ("; next: checker lint " + output if fmt == "yaml" else ""), err=True)


def _at_lines(lines: list[int] | None, shown: int = 5) -> str:
    """`` (line 5, 9)`` for what the summary counts at those lines, the first few of many."""
    if not lines:
        return ""
    more = f", … {len(lines) - shown} more" if len(lines) > shown else ""
    return f" (line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines[:shown]))}{more})"


@main.command()
@click.argument("plans", nargs=-1, required=True)
@click.option("--strict", is_flag=True, help="Fail on warnings too (the plan's own contradictions), and ask every target for its source line.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def lint(plans: tuple[str, ...], strict: bool, fmt: str) -> None:
    """Check plan files: YAML, schema, grammar, units, duplicate ids, conflicts.

    Also the slips that would turn verdicts without a word: a phrase against the indicator's direction
    (a rise asked of a death rate), a phrase naming another year, targets ten times apart or off the
    base value, two indicators of one name (docs/plan-format.md lists every code).

    PLANS are paths or bundled plan ids. Every problem is printed with file:line:column and its
    YAML path. Exit code 1 if any error is found (or any warning, with --strict), 2 if a file
    cannot be found or opened.
    """
    import json

    from checker.errors import PlanError
    from checker.plan.lint import lint as lint_plan
    from checker.plan.loader import resolve

    everything = []
    for plan in plans:
        path = resolve(plan)
        problems = lint_plan(path, strict=strict)
        # (or a device or pipe: "is a character device, not a plan file")
        opened = [p for p in problems if p.code == "yaml" and (p.message in _UNOPENABLE
                                                               or p.message.endswith(", not a plan file"))]
        if opened:
            raise PlanError(opened[0].message, opened[0].location, opened[0].hint)
        everything += problems
    errors = sum(p.severity == "error" for p in everything)
    warnings = len(everything) - errors
    if fmt == "json":
        click.echo(json.dumps({"checker": __version__, "files": list(plans), "errors": errors, "warnings": warnings,
                               "problems": [p.to_dict() for p in everything]}, ensure_ascii=False, indent=2))
    else:
        from checker.reporters.escaping import printable

        for problem in everything:
            click.secho(printable(str(problem)), fg="red" if problem.severity == "error" else "yellow")
        summary = f"{errors} error(s), {warnings} warning(s) in {len(plans)} plan file(s)"
        click.secho(summary, fg="red" if errors else ("yellow" if warnings else "green"))
    if errors or (strict and warnings):
        sys.exit(EXIT_PROBLEMS)


def _no_plan(first: str) -> None:
    """No argument names a plan: say what the first one is, as lint and validate would, and suggest."""
    from pathlib import Path

    from checker.errors import Location, PlanError
    from checker.plan.loader import bundled_plans, resolve

    path = Path(first)
    if path.is_dir():
        inside = sorted(p.name for p in (*path.glob("*.yaml"), *path.glob("*.yml")))[:3]
        raise PlanError("is a directory, not a plan file", Location(first),
                        hint=(f"name a plan file in it ({', '.join(inside)}…)" if inside else
                              f"name a plan file, or a bundled plan id: {', '.join(bundled_plans())}"))
    if not path.exists():
        resolve(first)  # raises: no such plan file or bundled id, with "did you mean"
    if not path.is_file():  # check <(cat plan.yaml) data.csv: a pipe has no .yaml name to tell a plan by
        raise PlanError("is a pipe or device, not a plan file: a plan is told from data by its .yaml name",
                        Location(first), hint="save the plan as a .yaml file and name that file first")
    raise PlanError("is a data file, not a plan: the plan comes first", Location(first),
                    hint=f"checker check PLAN.yaml {first} (bundled plans by id: {', '.join(bundled_plans())})")


_UNOPENABLE = {
    "file does not exist",
    "is a directory, not a plan file",
    "permission denied: the file cannot be read",
}


@main.command()
def schema() -> None:
    """Print the JSON Schema of the plan format."""
    import json

    from checker.plan.loader import plan_schema

    click.echo(json.dumps(plan_schema(), ensure_ascii=False, indent=2))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def plans(fmt: str) -> None:
    """List the bundled plans (use their id wherever a plan file is expected)."""
    import json

    from checker.plan.loader import bundled_plans, load_plan

    rows = []
    for plan_id, path in bundled_plans().items():
        plan = load_plan(path)
        rows.append({"id": plan_id, "title": plan.title_zh, "title_en": plan.title_en, "region": plan.region,
                     "base_year": plan.base_year, "target_years": list(plan.target_years),
                     "indicators": len(plan.indicators), "targets": len(plan.targets), "file": str(path)})
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        years = ",".join(map(str, row["target_years"]))
        click.echo(f"{row['id']:<20} {row['region']:<6} {row['base_year']}→{years:<10} "
                   f"{row['indicators']:>3} indicators {row['targets']:>3} targets  {row['title']}")


# the end of the start-up pause (at the top of the module)
gc.freeze()
if _COLLECTING:
    gc.enable()
