#!/usr/bin/env python3
"""Accuracy and speed of ``timeline.dates`` on public DCT-relative date sets.

    python benchmarks/bench_dates.py [--data /work/shared/eval/dates] [--errors 20] [--set tempeval3_platinum]

For each item, ``find_dates(text, ref)`` runs on the item's sentence; the found
expression that overlaps the gold span is its answer, right when its TIMEX3
value equals the gold value (for Recognizers items marked ``ambiguous``, any of
``value_candidates``). TimeML has no ranges, so "2009-2010" is two gold
timexes; when the found expression is a span ("2009/2010") the end the gold
expression lies on is compared. A second figure hands the gold expression to
``resolve(expr, ref)`` ("with the expression handed").

Figures: items, found rate (a found expression overlaps the gold span), value
accuracy over all items, and items/s of the extraction.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from timeline.dates import find_dates, resolve
from timeline.models import DateMention

DEFAULT_DATA = Path("/work/shared/eval/dates")
SETS = ("tempeval3_platinum", "recognizers_en", "duckling_en")


def read_items(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def gold_span(item: dict[str, Any]) -> tuple[int, int]:
    """The gold expression's offsets: given (TempEval) or found in the text (case-insensitive)."""
    if "start" in item and "end" in item:
        return int(item["start"]), int(item["end"])
    text, expr = item["text"], item["expr"]
    i = text.find(expr)
    if i < 0:
        i = text.lower().find(expr.lower())
    if i < 0:
        return 0, len(text)
    return i, i + len(expr)


def gold_values(item: dict[str, Any]) -> set[str]:
    values = {str(item["value"])}
    if item.get("ambiguous"):
        values |= {str(v) for v in item.get("value_candidates", [])}
    return values


def predicted_value(m: DateMention, gs: int, ge: int) -> str:
    """The found value to compare; for a span, the end the gold expression lies on."""
    timex = m.when.timex or m.when.value
    if "/" in timex and m.when.precision == "range" and not (gs <= m.start and ge >= m.end):
        first, _, last = timex.partition("/")
        middle = (m.start + m.end) / 2
        return first if (gs + ge) / 2 < middle else last
    return timex


def overlapping(mentions: list[DateMention], gs: int, ge: int) -> DateMention | None:
    best: DateMention | None = None
    best_overlap = 0
    for m in mentions:
        overlap = min(m.end, ge) - max(m.start, gs)
        if overlap > best_overlap:
            best, best_overlap = m, overlap
    return best


def run_set(path: Path, errors: int) -> dict[str, float]:
    items = list(read_items(path))
    found = correct = handed = 0
    shown = 0
    t0 = time.perf_counter()
    answers: list[tuple[dict[str, Any], DateMention | None]] = []
    for item in items:
        ref = date.fromisoformat(item["ref"])
        answers.append((item, overlapping(find_dates(item["text"], ref), *gold_span(item))))
    elapsed = time.perf_counter() - t0
    for item, m in answers:
        gs, ge = gold_span(item)
        gold = gold_values(item)
        ok = m is not None and predicted_value(m, gs, ge) in gold
        found += m is not None
        correct += ok
        w = resolve(item["expr"], date.fromisoformat(item["ref"]))
        handed += (w.timex or w.value) in gold
        if not ok and shown < errors:
            shown += 1
            got = f"{m.expr!r} → {predicted_value(m, gs, ge)}" if m else "not found"
            print(f"  ✗ {item['ref']} {item['expr']!r} gold {sorted(gold)}; got {got} | {item['text'][:110]}")
    n = len(items) or 1
    return {
        "items": len(items),
        "found": 100 * found / n,
        "accuracy": 100 * correct / n,
        "handed": 100 * handed / n,
        "items_per_s": len(items) / elapsed if elapsed else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the *.jsonl sets")
    ap.add_argument("--set", action="append", choices=SETS, help="only these sets (repeatable)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N wrong items per set")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: no date test data at {args.data} (give --data)")
        return 0
    print(f"{'set':<20} {'items':>6} {'found%':>7} {'value%':>7} {'handed%':>8} {'items/s':>9}")
    for name in args.set or SETS:
        path = args.data / f"{name}.jsonl"
        if not path.exists():
            print(f"{name:<20} skipped: {path} missing")
            continue
        r = run_set(path, args.errors)
        print(f"{name:<20} {r['items']:>6} {r['found']:>7.1f} {r['accuracy']:>7.1f} {r['handed']:>8.1f} "
              f"{r['items_per_s']:>9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
