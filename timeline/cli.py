"""The command line: ``timeline extract``, ``timeline serve``, ``timeline dates``.

A thin shell: each command parses its options, calls one library function and
formats the answer. A ``TimelineError`` becomes one line on stderr that says
what to do, and exit status 2 (1 for ``--strict`` runs that skipped input).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import click

from timeline import __version__
from timeline.errors import TimelineError, UsageError

DEFAULT_INPUT = "seeds"


class CommandError(click.ClickException):
    """A ``TimelineError`` as one line on stderr, with the usage-error status."""

    exit_code = 2
log = logging.getLogger("timeline")


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2022-10-26") from None


def _default_paths(paths: Sequence[str]) -> list[str]:
    if paths:
        return list(paths)
    if not Path(DEFAULT_INPUT).exists():
        raise UsageError(f"no input given and no {DEFAULT_INPUT}/ folder here; name the articles to read, e.g. timeline extract articles/")
    return [DEFAULT_INPUT]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
@click.option("-v", "--verbose", is_flag=True, help="Log what each step does.")
def cli(verbose: bool) -> None:
    """Turn news articles about two countries' cooperation into a dated, sourced table of milestones.

    \b
    Examples:
      timeline extract seeds -o events.csv --mentions mentions.csv
      timeline serve
      timeline dates "The two sides will sign it next year." --ref 2022-10-26
    """
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the events here; the format follows the extension (.csv .jsonl .json .xlsx .parquet). Default: CSV on stdout.")
@click.option("--mentions", "mentions_path", type=click.Path(dir_okay=False), help="Also write the mentions table (one row per event, article and sentence).")
@click.option("--date", "date_override", callback=_iso_date, metavar="YYYY-MM-DD", help="Use this as every article's date instead of the one found in it.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Processes for the per-article work (default: all cores).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True, help="Where the per-article work runs: this machine's processes, or a Dask cluster (pip install 'timeline[dask]').")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler to use (tcp://host:8786); default: a local cluster of --jobs processes.")
@click.option("--strict", is_flag=True, help="Exit with status 1 when any input was skipped.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no report on stderr.")
def extract(
    paths: tuple[str, ...],
    output: str | None,
    mentions_path: str | None,
    date_override: date | None,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    strict: bool,
    quiet: bool,
) -> None:
    """Read articles and write the event table.

    PATHS are files or folders (read recursively): plain-text articles, HTML
    pages, JSONL/JSON/CSV dumps with id, date, title, text, url columns. With
    no PATHS, reads seeds/.

    \b
    Examples:
      timeline extract seeds -o events.csv --mentions mentions.csv
      timeline extract archive/ -o events.parquet --jobs 2
      timeline extract archive/ -o events.parquet --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from timeline import export, ingest
    from timeline.pipeline import build_timeline
    from timeline.table import events_frame, mentions_frame

    try:
        for target in (output, mentions_path):
            if target:
                export.format_for(target)  # an unknown extension fails before any work is done
        if scheduler and engine != "dask":
            raise UsageError("--scheduler goes with --engine dask")
        if engine == "dask":
            from timeline.distributed import build_timeline_dask

            timeline, reports = build_timeline_dask(
                _default_paths(paths), scheduler=scheduler, date_override=date_override, n_workers=jobs
            )
        else:
            with _progress(quiet) as tick:  # each text is read, searched and let go: an archive need not fit in memory
                stream = ingest.ArticleStream(_default_paths(paths), date_override=date_override, on_input=tick)
                timeline = build_timeline(stream, jobs=jobs or os.cpu_count() or 1, aliases=stream.aliases)
            reports = stream.reports
        frame = events_frame(timeline.events)
        if output:
            export.write_table(frame, output)
        else:
            export.write_stdout(frame, "csv", sys.stdout)
        del frame  # the events table and the mentions table need not be in memory together
        if mentions_path:
            export.write_table(mentions_frame(timeline.events), mentions_path)
    except TimelineError as err:
        raise CommandError(str(err)) from None
    skipped = [r for r in reports if r.status == "skipped"]
    if not quiet:
        _report(reports, len(timeline.events), output, sys.stderr)
    if strict and skipped:
        sys.exit(1)


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[object], None]]:
    """A counter on stderr when reading takes more than two seconds (never in quiet mode)."""
    from tqdm import tqdm

    bar = tqdm(desc="reading and extracting", unit=" inputs", file=sys.stderr, disable=quiet, delay=2.0, leave=False)
    try:
        yield lambda _report: bar.update(1)
    finally:
        bar.close()


def _report(reports: Sequence[Any], n_events: int, output: str | None, stream: TextIO) -> None:
    """The end-of-run account: every input with its fate; the counts add up."""
    counts = {status: sum(r.status == status for r in reports) for status in ("parsed", "duplicate", "skipped")}
    for r in reports:
        if r.status != "parsed" or r.reason:
            click.echo(f"{r.status}: {r.path}{': ' + r.reason if r.reason else ''}", file=stream)
    click.echo(
        f"read {len(reports)} inputs: {counts['parsed']} parsed, {counts['duplicate']} duplicate, "
        f"{counts['skipped']} skipped; {n_events} events{' → ' + output if output else ''}",
        file=stream,
    )


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--events", "events_path", type=click.Path(exists=True, dir_okay=False), help="Serve an event table made earlier (any format extract writes) instead of reading articles.")
@click.option("--mentions", "mentions_path", type=click.Path(exists=True, dir_okay=False), help="With --events: the mentions table made with it.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; use 0.0.0.0 to expose the dashboard to your network deliberately.")
@click.option("--port", default=8050, show_default=True, type=click.IntRange(1, 65535))
@click.option("--debug", is_flag=True, help="Dash debug mode (reloader and error pages): for development only.")
@click.option("--date", "date_override", callback=_iso_date, metavar="YYYY-MM-DD", help="Use this as every article's date.")
def serve(
    paths: tuple[str, ...],
    events_path: str | None,
    mentions_path: str | None,
    host: str,
    port: int,
    debug: bool,
    date_override: date | None,
) -> None:
    """Open the dashboard on articles (default: seeds/) or on a saved event table.

    With --events, PATHS (optional) are the articles the table was made from:
    they give the sources' titles, dates and links in the details panel.

    \b
    Examples:
      timeline serve                      # the sample articles in seeds/
      timeline serve articles/ --port 8060
      timeline serve --events events.csv --mentions mentions.csv articles/
    """
    from timeline import export, ingest
    from timeline.app import create_app
    from timeline.pipeline import build_timeline
    from timeline.table import articles_frame, events_frame, mentions_frame, require_valid

    try:
        if events_path:
            events = require_valid(events_frame(export.read_table(events_path).to_dict("records")), events_path)
            mentions = export.read_table(mentions_path) if mentions_path else None
            articles = None
            if paths:  # the articles the table was made from: their titles, dates and links for the sources
                found, _ = ingest.read_articles(list(paths), date_override=date_override)
                articles = articles_frame(found)
        else:
            stream = ingest.ArticleStream(_default_paths(paths), date_override=date_override)
            timeline = build_timeline(stream, aliases=stream.aliases)
            reports = stream.reports
            events, mentions, articles = (
                events_frame(timeline.events),
                mentions_frame(timeline.events),
                articles_frame(timeline.articles),
            )
            _report(reports, len(events), None, sys.stderr)
    except TimelineError as err:
        raise CommandError(str(err)) from None
    app = create_app(events, mentions, articles)
    click.echo(f"timeline dashboard on http://{host}:{port}/ ({len(events)} events); Ctrl+C stops it", err=True)
    if host == "127.0.0.1":
        click.echo("only this machine can open it; --host 0.0.0.0 exposes it to your network", err=True)
    app.run(host=host, port=port, debug=debug)


@cli.command()
@click.argument("text", required=False)
@click.option("--ref", callback=_iso_date, metavar="YYYY-MM-DD", help="The date relative phrases are resolved against (the article's date).")
@click.option("--jsonl", "jsonl_path", type=click.Path(exists=True, dir_okay=False, allow_dash=True), help="Read lines with id, text, ref; write one JSON line per input with its expressions.")
def dates(text: str | None, ref: date | None, jsonl_path: str | None) -> None:
    """Find and resolve the date expressions in TEXT (or in a JSONL file).

    \b
    Examples:
      timeline dates "signed on Tuesday, will meet again next year" --ref 2022-10-26
      timeline dates --jsonl sentences.jsonl > resolved.jsonl
    """
    from timeline import dates as resolver

    if jsonl_path:
        stream = sys.stdin if jsonl_path == "-" else open(jsonl_path, encoding="utf-8")  # noqa: SIM115
        with stream:
            for n, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    item_ref = date.fromisoformat(item["ref"]) if item.get("ref") else ref
                    found = resolver.expressions(str(item.get("text", "")), item_ref)
                    out = {"id": item.get("id", n), "expressions": found}
                except (json.JSONDecodeError, ValueError, TypeError, KeyError) as err:
                    click.echo(f"{jsonl_path}:{n}: skipped: {err}", err=True)
                    continue
                click.echo(json.dumps(out, ensure_ascii=False, default=str))
        return
    if text is None:
        raise click.UsageError("give a TEXT to read, or --jsonl FILE")
    if ref is None:
        click.echo("no --ref given: relative dates stay unknown", err=True)
    for e in resolver.expressions(text, ref):
        span = f"{e.get('date_start') or '…'} – {e.get('date_end') or '…'}"
        click.echo(f"{e['expr']!r}\t{e['value'] or '(unknown)'}\t{e['precision']}\t{span}")


def main() -> None:
    """The console script's entry point."""
    cli(prog_name="timeline")


if __name__ == "__main__":
    main()
