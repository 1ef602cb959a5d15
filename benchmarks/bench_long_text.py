#!/usr/bin/env python3
"""Extraction time against the length of ONE article: does it grow linearly?

    python benchmarks/bench_long_text.py [--sizes 32,64,128,256] [--seed 7]

An archive's cost must grow linearly with its articles (``bench_extract.py``), and one
article's cost with its length: a book-length report, a dump read as one text, or a page
whose text has no full stops must not take minutes. For each size in KB, two texts are
built from ``benchmarks/corpus.py`` articles of one country pair's copy:

* prose: whole articles joined one after another into a single article;
* no stops: the same text with its full stops and line breaks taken out, so that the
  sentence splitter finds no sentence end at all (a flattened list or table).

Each is timed through ``events.extract_mentions`` (best of three, in this process) and
printed with its time per KB; the last column is the growth against the previous size,
which is about 2.0 for doubled text when the cost is linear. It asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpus  # noqa: E402  (benchmarks/ is not a package)

from timeline.events import extract_mentions  # noqa: E402
from timeline.models import Article  # noqa: E402


def _text(kb: int, seed: int) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size, number = 0, 0
    while size < kb * 1024:
        text = corpus.make_article(rng, number)["text"]
        parts.append(text)
        size += len(text) + 1
        number += 1
    return "\n".join(parts)[: kb * 1024]


def _best_of(text: str, rounds: int = 3) -> tuple[float, int]:
    article = Article(id="long", path="long", date=date(2022, 10, 26), title="", text=text)
    best, found = float("inf"), 0
    for _ in range(rounds):
        t = time.perf_counter()
        found = len(extract_mentions(article))
        best = min(best, time.perf_counter() - t)
    return best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="32,64,128,256", help="comma-separated text sizes in KB")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    print(f"python {sys.version.split()[0]}; one article of each size, best of 3")
    print(f"{'text':10} {'KB':>5} {'seconds':>8} {'ms/KB':>6} {'mentions':>8} {'growth':>6}")
    for kind in ("prose", "no stops"):
        previous = None
        for kb in sizes:
            text = _text(kb, args.seed)
            if kind == "no stops":
                text = text.replace(".", " ").replace("\n", " ")
            seconds, found = _best_of(text)
            growth = f"{seconds / previous:.2f}" if previous else "—"
            print(f"{kind:10} {kb:5d} {seconds:8.2f} {seconds * 1000 / kb:6.1f} {found:8d} {growth:>6}")
            previous = seconds


if __name__ == "__main__":
    main()
