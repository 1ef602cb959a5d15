#!/usr/bin/env python3
"""Speed and memory of ``timeline extract`` on a synthetic corpus, against dateparser and a reading floor.

    python benchmarks/bench_extract.py [--sizes 1000,10000] [--jobs 0] [--timeout 1800]

For each size N a corpus is written by ``benchmarks/corpus.py`` to a temporary
folder (text files, scraped pages, HTML, JSONL and CSV dumps) and every
measurement reads those files through ``ingest.read_articles``. Each
measurement runs in a fresh process, so its peak RSS is its own:

* extract: what ``timeline extract`` runs (an ``ArticleStream`` through
  ``pipeline.extract_all``, then ``merge``) with jobs=1, then with jobs=all
  cores; the time is split into read / per-article extraction / merge. At the smallest N the real CLI also runs end to end
  (``python -m timeline extract DIR -o out.csv -q``).
* floor: ``read_articles`` + ``text.split_sentences`` on every text.
* dateparser (smallest N only, a sample): ``search_dates(text,
  settings={"RELATIVE_BASE": article date})`` over evenly spaced articles
  until the sample or a time budget runs out; its articles/s is extrapolated
  from that sample and labelled so.

Prints articles/s, ratios, peak memory and PASS/FAIL against the targets; it
asserts nothing. A measurement that exceeds ``--timeout`` is killed and
reported as not finished.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline.models import Article

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (benchmarks/ is not a package)

TARGET_RATE = 500.0  # articles/s, whole extract work on one core
TARGET_VS_DATEPARSER = 30.0
TARGET_VS_FLOOR = 5.0
TARGET_PEAK_MB_100K = 1536.0
TARGET_GROWTH = 11.0  # t(100k) / t(10k)


# ---------------------------------------------------------------------------
# Child measurements (each runs in its own process)
# ---------------------------------------------------------------------------


def _peak_mb() -> tuple[float, float]:
    """(this process, largest waited-for child) peak RSS in MB (Linux reports KB)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def child_extract(folder: Path, jobs: int) -> dict[str, Any]:
    """What ``timeline extract`` does: stream the articles through extraction, then merge.

    ``read`` is the time spent reading (jobs=1; with jobs > 1 the workers read and
    extract, and ``read`` is 0), ``extract`` the rest of the streaming pass, ``merge`` the merge.
    """
    from timeline import ingest
    from timeline.merge import merge
    from timeline.pipeline import extract_all

    stream = ingest.ArticleStream([folder])
    read = 0.0

    def timed() -> Iterator[Article]:
        nonlocal read
        articles = iter(stream)
        while True:
            t = time.perf_counter()
            article = next(articles, None)
            read += time.perf_counter() - t
            if article is None:
                return
            yield article

    t0 = time.perf_counter()
    # with jobs > 1 the stream itself goes in, so that the workers parse the pages too (as in
    # ``timeline extract``); ``read`` is then only the main process's walking and decoding
    light, mentions = extract_all(timed() if jobs == 1 else stream, jobs)
    t2 = time.perf_counter()
    events = merge(mentions, stream.aliases)
    t3 = time.perf_counter()
    me, kids = _peak_mb()
    return {
        "articles": len(light), "mentions": len(mentions), "events": len(events),
        "read": read, "extract": t2 - t0 - read, "merge": t3 - t2, "total": t3 - t0,
        "peak_mb": me, "child_peak_mb": kids, "jobs": jobs,
    }


def child_floor(folder: Path) -> dict[str, Any]:
    from timeline import ingest
    from timeline.text import split_sentences

    t0 = time.perf_counter()
    articles, _ = ingest.read_articles([folder])
    sentences = sum(len(split_sentences(a.text)) for a in articles)
    total = time.perf_counter() - t0
    me, _ = _peak_mb()
    return {"articles": len(articles), "sentences": sentences, "total": total, "peak_mb": me}


def child_dateparser(folder: Path, sample: int, budget: float) -> dict[str, Any]:
    from dateparser.search import search_dates

    from timeline import ingest

    articles, _ = ingest.read_articles([folder])
    dated = sorted((a for a in articles if a.date is not None), key=lambda a: a.id)
    step = max(1, len(dated) // sample)
    chosen = dated[::step][:sample]
    search_dates("warm up on October 25", settings={"RELATIVE_BASE": datetime(2022, 10, 26)})
    done = found = 0
    spent = 0.0
    for a in chosen:
        assert a.date is not None
        base = datetime(a.date.year, a.date.month, a.date.day)
        t = time.perf_counter()
        result = search_dates(a.text, settings={"RELATIVE_BASE": base})
        spent += time.perf_counter() - t
        done += 1
        found += len(result or [])
        if spent > budget:
            break
    return {"articles": done, "dates": found, "total": spent, "of": len(dated)}


CHILDREN = {"extract", "floor", "dateparser"}


def run_child(args: list[str], timeout: float) -> dict[str, Any] | None:
    """Run this script in a child mode; its JSON answer, or None when it ran out of time (the group is killed)."""
    command = [sys.executable, str(Path(__file__).resolve()), *args]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, start_new_session=True) as proc:
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return None
    if proc.returncode != 0:
        raise SystemExit(f"child {args} failed with status {proc.returncode}")
    answer: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return answer


def run_cli(folder: Path, out: Path, timeout: float) -> float | None:
    """Wall-clock seconds of the real CLI, end to end (interpreter start included)."""
    t = time.perf_counter()
    try:
        subprocess.run(
            [sys.executable, "-m", "timeline", "extract", str(folder), "-o", str(out), "-q"],
            check=True, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - t


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def verdict(ok: bool | None) -> str:
    return "n/a " if ok is None else ("PASS" if ok else "FAIL")


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--jobs", type=int, default=0, help="processes for the all-cores run (0: all cores)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed to one measurement")
    parser.add_argument("--dateparser-sample", type=int, default=100)
    parser.add_argument("--dateparser-budget", type=float, default=60.0, help="seconds of dateparser at most")
    parser.add_argument("--keep", type=Path, help="write the corpora here and keep them")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        if args.child == "extract":
            answer = child_extract(args.dir, max(1, args.jobs))
        elif args.child == "floor":
            answer = child_floor(args.dir)
        else:
            answer = child_dateparser(args.dir, args.dateparser_sample, args.dateparser_budget)
        print(json.dumps(answer))
        return

    sizes = sorted(int(s) for s in args.sizes.split(","))
    cores = args.jobs or os.cpu_count() or 1
    root = args.keep or Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, all-cores runs use jobs={cores}; corpus in {root}")
    results: dict[int, dict[str, Any]] = {}
    try:
        for n in sizes:
            folder = root / f"n{n}"
            if folder.exists():
                shutil.rmtree(folder)
            t = time.perf_counter()
            counts = corpus.write_corpus(folder, n, args.seed)
            files = sum(1 for p in folder.rglob("*") if p.is_file())
            mb = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6
            print(f"\n== N={n:,}: {files:,} files, {mb:.0f} MB ({', '.join(f'{k} {v:,}' for k, v in counts.items())}); written in {time.perf_counter() - t:.1f} s")
            r: dict[str, Any] = {}
            base = ["--dir", str(folder)]
            r["floor"] = run_child(["--child", "floor", *base], args.timeout)
            r["one"] = run_child(["--child", "extract", "--jobs", "1", *base], args.timeout)
            r["all"] = run_child(["--child", "extract", "--jobs", str(cores), *base], args.timeout)
            if n == sizes[0]:
                r["cli"] = run_cli(folder, root / f"out{n}.csv", args.timeout)
                r["dateparser"] = run_child(
                    ["--child", "dateparser", "--dateparser-sample", str(args.dateparser_sample),
                     "--dateparser-budget", str(args.dateparser_budget), *base],
                    args.timeout,
                )
            results[n] = r
            print_size(n, r, cores, args.timeout)
        print_summary(results, sizes)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


def print_size(n: int, r: dict[str, Any], cores: int, timeout: float) -> None:
    floor = r["floor"]
    if floor:
        print(f"floor (read + split sentences): {floor['total']:8.2f} s  {rate(floor['articles'], floor['total']):8.0f} articles/s  "
              f"({floor['articles']:,} articles, {floor['sentences']:,} sentences)  peak {floor['peak_mb']:.0f} MB")
    for key, label in (("one", "extract jobs=1"), ("all", f"extract jobs={cores}")):
        x = r[key]
        if x is None:
            print(f"{label}: did not finish in {timeout:.0f} s")
            continue
        print(f"{label:16s}: {x['total']:8.2f} s  {rate(x['articles'], x['total']):8.0f} articles/s  "
              + (f"[read {x['read']:.2f} s, per-article {x['extract']:.2f} s ({rate(x['articles'], x['extract']):.0f}/s), merge {x['merge']:.2f} s]  "
                 if x["jobs"] == 1 else f"[read and extract in {x['jobs']} processes {x['extract']:.2f} s, merge {x['merge']:.2f} s]  ")
              + f"{x['mentions']:,} mentions → {x['events']:,} events  peak {x['peak_mb']:.0f} MB"
              + (f" + workers ≤{x['child_peak_mb']:.0f} MB each" if x["jobs"] > 1 else ""))
    if "cli" in r:
        cli = r["cli"]
        print("CLI end to end (python -m timeline extract -q, all cores): "
              + (f"{cli:.2f} s  {rate(n, cli):.0f} articles/s (of {n:,} inputs)" if cli else f"did not finish in {timeout:.0f} s"))
    dp = r.get("dateparser")
    if dp:
        print(f"dateparser.search_dates: {dp['total']:.2f} s on a SAMPLE of {dp['articles']} of {dp['of']:,} articles "
              f"→ {rate(dp['articles'], dp['total']):.2f} articles/s extrapolated ({dp['dates']} dates found)")


def print_summary(results: dict[int, dict[str, Any]], sizes: list[int]) -> None:
    print("\n== Targets")
    for n in sizes:
        r = results[n]
        one, floor = r["one"], r["floor"]
        if one is None:
            print(f"N={n:,}: extraction ≥ {TARGET_RATE:.0f} articles/s on one core: FAIL (did not finish)")
            continue
        one_rate = rate(one["articles"], one["total"])
        print(f"N={n:,}: extraction ≥ {TARGET_RATE:.0f} articles/s on one core: {one_rate:.0f}/s  {verdict(one_rate >= TARGET_RATE)}")
        if floor:
            ratio = one["total"] / floor["total"]
            print(f"N={n:,}: within {TARGET_VS_FLOOR:.0f}× of the floor: {ratio:.1f}×  {verdict(ratio <= TARGET_VS_FLOOR)}")
    first = results[sizes[0]]
    dp, one = first.get("dateparser"), first["one"]
    if dp and one and dp["articles"]:
        ratio = rate(one["articles"], one["total"]) / rate(dp["articles"], dp["total"])
        print(f"N={sizes[0]:,}: ≥ {TARGET_VS_DATEPARSER:.0f}× dateparser (whole extract, one core, vs dateparser's sampled rate): "
              f"{ratio:.1f}×  {verdict(ratio >= TARGET_VS_DATEPARSER)}")
    for small, large in itertools.pairwise(sizes):
        a, b = results[small]["one"], results[large]["one"]
        if a and b:
            growth = b["total"] / a["total"]
            scale = large / small
            judged = (small, large) == (10_000, 100_000)
            print(f"growth t({large:,})/t({small:,}) for {scale:.0f}× the articles: {growth:.1f}×"
                  + (f"  (target ≤ {TARGET_GROWTH:.0f}×) {verdict(growth <= TARGET_GROWTH)}" if judged
                     else f"  (the target ≤ {TARGET_GROWTH:.0f}× is stated for 10k→100k; shown for reference)"))
        else:
            print(f"growth t({large:,})/t({small:,}): not measured (a run did not finish)")
    if 100_000 in results:
        runs = [x for x in (results[100_000]["one"], results[100_000]["all"]) if x]
        if runs:
            peak = max(x["peak_mb"] + (x["jobs"] * x["child_peak_mb"] if x["jobs"] > 1 else 0) for x in runs)
            print(f"N=100,000: peak memory ≤ {TARGET_PEAK_MB_100K:.0f} MB: {peak:.0f} MB  {verdict(peak <= TARGET_PEAK_MB_100K)}")
        else:
            print("N=100,000: peak memory: not measured (no run finished)")
    else:
        largest = max(sizes)
        x = results[largest]["one"]
        print(f"N=100,000: peak memory ≤ {TARGET_PEAK_MB_100K:.0f} MB: n/a (not run; N={largest:,} jobs=1 peaked at "
              + (f"{x['peak_mb']:.0f} MB)" if x else "— did not finish)"))


if __name__ == "__main__":
    main()
