"""The grids' rows served a block at a time: AG Grid's infinite row model asks the server for rows
``startRow`` to ``endRow`` of the table in its sort order and through its column filters, and
only those rows travel to the browser.

A ``GridTable`` wraps one table (the events, or the commitments) and answers such requests
against a selection of its rows (what the sidebar's filters let through). Sorting and column
filters work on the values the grid shows, as AG Grid itself would sort and filter them in the
browser: text case-sensitively by code point, text filters case-insensitively, numbers as
numbers. A column may be sorted by other columns instead (``sort_by``): the date labels sort by
their days. Pure functions and numpy: no Dash here.

>>> import pandas as pd
>>> t = GridTable(pd.DataFrame({"name": ["b", "a", "c"]}), ("name",))
>>> t.block({"startRow": 0, "endRow": 2, "sortModel": [{"colId": "name", "sort": "desc"}]}, np.ones(3, bool))
{'rowData': [{'name': 'c'}, {'name': 'b'}], 'rowCount': 3}
"""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

log = logging.getLogger(__name__)

#: rows per block the grid asks for (AG Grid's ``cacheBlockSize``)
BLOCK_SIZE = 100
#: the most rows one request may ask for, whatever the browser sends
MAX_BLOCK = 1000
#: sorted selections kept per table, so that scrolling through one costs a slice, not a sort
ORDER_CACHE = 8

#: the values of one column of a (sub)table as the grid shows them
ColumnValues = Callable[[pd.DataFrame, str], np.ndarray]

_TEXT_TESTS: dict[str, Callable[[pa.Array, str], pa.Array]] = {
    "contains": lambda a, f: pc.match_substring(a, f),
    "notContains": lambda a, f: pc.invert(pc.match_substring(a, f)),
    "equals": lambda a, f: pc.equal(a, f),
    "notEqual": lambda a, f: pc.not_equal(a, f),
    "startsWith": lambda a, f: pc.starts_with(a, f),
    "endsWith": lambda a, f: pc.ends_with(a, f),
    "blank": lambda a, f: pc.equal(pc.utf8_trim_whitespace(a), ""),
    "notBlank": lambda a, f: pc.not_equal(pc.utf8_trim_whitespace(a), ""),
}
_NUMBER_TESTS: dict[str, Callable[[np.ndarray, float, float], np.ndarray]] = {
    "equals": lambda x, f, t: x == f,
    "notEqual": lambda x, f, t: x != f,
    "greaterThan": lambda x, f, t: x > f,
    "greaterThanOrEqual": lambda x, f, t: x >= f,
    "lessThan": lambda x, f, t: x < f,
    "lessThanOrEqual": lambda x, f, t: x <= f,
    # AG Grid's default: both ends excluded
    "inRange": lambda x, f, t: (x > min(f, t)) & (x < max(f, t)),
    "blank": lambda x, f, t: np.isnan(x),
    "notBlank": lambda x, f, t: ~np.isnan(x),
}


def _plain(values: Iterable[object]) -> np.ndarray:
    return np.array(["" if v is None or v is pd.NA else str(v) for v in values], dtype=object)


def _number(value: object) -> float:
    """A filter's number (NaN when there is none or it is not one)."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return float("nan")


def frame_values(frame: pd.DataFrame, name: str) -> np.ndarray:
    """``frame[name]`` as it is: for tables whose columns already hold what the grid shows."""
    values: np.ndarray = frame[name].to_numpy(dtype=object)
    return values


class GridTable:
    """One table behind an infinite-model grid: its rows, their grid values, sort ranks and filters.

    ``columns`` are the grid's fields; ``values(frame, name)`` gives a column's grid values for
    any rows of ``frame`` (computed for the whole table only when a sort or filter needs them,
    then kept); ``numeric`` columns sort and filter as numbers; ``sort_by`` maps a field to the
    columns of ``frame`` that order it; ``rows_at`` maps each row to its position in the table
    the selection masks cover (None: row i is position i).
    """

    def __init__(
        self,
        frame: pd.DataFrame,
        columns: Sequence[str],
        values: ColumnValues = frame_values,
        *,
        numeric: frozenset[str] = frozenset(),
        sort_by: Mapping[str, tuple[str, ...]] | None = None,
        rows_at: np.ndarray | None = None,
    ) -> None:
        self.frame = frame.reset_index(drop=True)
        self.columns = tuple(columns)
        self.values = values
        self.numeric = numeric
        self.sort_by = dict(sort_by or {})
        self.rows_at = rows_at
        self._cache: dict[tuple[str, str], Any] = {}
        self._orders: OrderedDict[tuple[object, ...], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.frame)

    def rows(self, positions: np.ndarray) -> list[dict[str, object]]:
        """The grid rows at ``positions`` (fields ``columns``), in that order."""
        if not len(positions):
            return []
        sub = self.frame.iloc[positions]
        cols = [self.values(sub, c) for c in self.columns]
        return [dict(zip(self.columns, row, strict=True)) for row in zip(*cols, strict=True)]

    def _memo(self, kind: str, name: str, make: Callable[[], Any]) -> Any:
        key = (kind, name)
        if key not in self._cache:  # two threads may both compute it once: harmless
            self._cache[key] = make()
        return self._cache[key]

    def _numbers(self, name: str) -> np.ndarray:
        out: np.ndarray = self._memo(
            "number", name, lambda: pd.to_numeric(pd.Series(self.values(self.frame, name)), errors="coerce").to_numpy(float)
        )
        return out

    def _lower(self, name: str) -> pa.Array:
        return self._memo(
            "lower", name, lambda: pc.utf8_lower(pa.array(_plain(self.values(self.frame, name)), type=pa.string()))
        )

    def rank(self, name: str) -> np.ndarray:
        """Dense rank of each row's value in ``name``'s sort order (0 first; blanks first, as AG Grid)."""

        def make() -> np.ndarray:
            if name in self.numeric:
                x = self._numbers(name)
                _, inverse = np.unique(np.nan_to_num(x, nan=-np.inf), return_inverse=True)
                ranks: np.ndarray = inverse.astype(np.int64)
                return ranks
            if name in self.sort_by:
                parts = [_plain(self.frame[c].to_numpy(dtype=object)) for c in self.sort_by[name]]
                # joined by a space, which sorts before any digit: no days at all come first
                keys = pc.binary_join_element_wise(*[pa.array(p, type=pa.string()) for p in parts], " ")
            else:
                keys = pa.array(_plain(self.values(self.frame, name)), type=pa.string())
            # Arrow orders strings by their UTF-8 bytes: by code point, as AG Grid's default comparator
            dense: np.ndarray = pc.rank(keys, sort_keys="ascending", tiebreaker="dense").to_numpy().astype(np.int64)
            return dense - 1

        out: np.ndarray = self._memo("rank", name, make)
        return out

    def filter_mask(self, model: Mapping[str, Any] | None) -> np.ndarray | None:
        """The rows passing AG Grid's ``filterModel`` (None when it filters nothing)."""
        mask: np.ndarray | None = None
        for name, spec in (model or {}).items():
            if name not in self.columns or not isinstance(spec, Mapping):
                log.debug("ignoring a filter on %r: %r", name, spec)
                continue
            part = self._condition(name, spec)
            if part is not None:
                mask = part if mask is None else mask & part
        return mask

    def _condition(self, name: str, spec: Mapping[str, Any]) -> np.ndarray | None:
        conditions = spec.get("conditions")
        if isinstance(conditions, list):  # two conditions joined by AND / OR
            parts = [p for c in conditions if isinstance(c, Mapping) and (p := self._condition(name, c)) is not None]
            if not parts:
                return None
            out = parts[0]
            for p in parts[1:]:
                out = (out | p) if spec.get("operator") == "OR" else (out & p)
            return out
        kind = str(spec.get("type") or "")
        if name in self.numeric or spec.get("filterType") == "number":
            test = _NUMBER_TESTS.get(kind)
            lo, hi = _number(spec.get("filter")), _number(spec.get("filterTo"))
            if test is None:
                log.debug("ignoring number filter %r on %r", spec, name)
                return None
            with np.errstate(invalid="ignore"):
                result: np.ndarray = np.asarray(test(self._numbers(name), lo, hi), dtype=bool)
            return result
        text_test = _TEXT_TESTS.get(kind)
        if text_test is None:
            log.debug("ignoring text filter %r on %r", spec, name)
            return None
        found: np.ndarray = text_test(self._lower(name), str(spec.get("filter") or "").lower()).to_numpy(
            zero_copy_only=False
        )
        return found.astype(bool)

    def order(
        self, selected: np.ndarray, sort_model: Sequence[Mapping[str, Any]] | None, filter_model: Mapping[str, Any] | None
    ) -> np.ndarray:
        """Positions of the rows shown: ``selected`` (a mask over the rows) through ``filter_model``,
        in ``sort_model``'s order (ties, and no sort at all, in table order)."""
        mask = selected.copy()
        extra = self.filter_mask(filter_model)
        if extra is not None:
            mask &= extra
        positions = np.flatnonzero(mask)
        keys = []
        for item in sort_model or ():
            name = str(item.get("colId", "")) if isinstance(item, Mapping) else ""
            if name not in self.columns:
                continue
            ranks = self.rank(name)[positions]
            keys.append(-ranks if item.get("sort") == "desc" else ranks)
        if keys:  # lexsort's last key is the first sort; it is stable, so ties keep table order
            positions = positions[np.lexsort(keys[::-1])]
        return positions

    def block(
        self,
        request: Mapping[str, Any],
        selected: np.ndarray | Callable[[], np.ndarray],
        key: object = None,
    ) -> dict[str, Any]:
        """AG Grid's ``getRowsResponse`` to ``request`` (its ``getRowsRequest``): the rows asked
        for and how many rows pass in all.

        ``selected`` is a mask over the table the sidebar filters (the events, also for the
        commitments: ``rows_at`` maps it), or a function making it; ``key`` names the selection
        (the filters it comes from) so that the sorted rows are kept, and the next block of the
        same view costs a slice: neither the mask nor the sort is made again.
        """
        start = max(int(request.get("startRow") or 0), 0)
        end = min(max(int(request.get("endRow") or start + BLOCK_SIZE), start), start + MAX_BLOCK)
        sort_model = request.get("sortModel") or []
        filter_model = request.get("filterModel") or {}
        cache_key = None
        if key is not None:
            cache_key = (key, json.dumps(sort_model, sort_keys=True), json.dumps(filter_model, sort_keys=True))
        positions = None
        if cache_key is not None:
            with self._lock:
                positions = self._orders.get(cache_key)
                if positions is not None:
                    self._orders.move_to_end(cache_key)
        if positions is None:
            mask = selected() if callable(selected) else selected
            if self.rows_at is not None:
                mask = mask[self.rows_at]
            positions = self.order(mask, sort_model, filter_model)
            if cache_key is not None:
                with self._lock:
                    self._orders[cache_key] = positions
                    while len(self._orders) > ORDER_CACHE:
                        self._orders.popitem(last=False)
        return {"rowData": self.rows(positions[start:end]), "rowCount": len(positions)}

    def clear(self) -> None:
        """Forget the sorted selections kept (the benchmark times cold requests)."""
        with self._lock:
            self._orders.clear()


__all__ = ["BLOCK_SIZE", "GridTable", "frame_values"]
