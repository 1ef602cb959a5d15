"""Writers and readers of the tables (csv, jsonl, json, xlsx, parquet) and spreadsheet-safe cells.

Columns are written in registry order (``table.EVENT_COLUMNS``, or
``MENTION_COLUMNS`` / ``ARTICLE_COLUMNS`` when a frame has all of their
columns), followed by any extra columns in the frame's order. The same frame
gives byte-identical output on every run:

- **csv**: UTF-8 without BOM, ``\\n`` line endings, minimal quoting (a cell is
  quoted when it holds ``,``, ``"``, ``\\n`` or ``\\r``), list cells joined with
  ``"; "``, floats in their shortest form after rounding to 15 significant
  digits (``0.85``, never ``0.8500000000000001``), empty cells for missing values.
- **jsonl** / **json**: one object per line, or an array indented by 2; keys
  in column order; lists as JSON arrays; dates as ISO strings; non-ASCII kept
  as is; a missing or non-finite number is ``null``.
- **xlsx**: one sheet (``events`` unless told), lists joined with ``"; "``,
  numbers as numbers, dates as ISO text. The workbook's created/modified
  properties and every zip entry's timestamp are fixed, so the bytes do not
  depend on the clock; they can still change with the openpyxl or zlib version.
  Characters XML cannot hold (control characters other than tab, newline and
  carriage return) are dropped.
- **parquet**: via pyarrow, text as ``string``, lists as ``list<string>``; the
  bytes are stable for one pyarrow version (its version is in the file).

**Spreadsheet safety.** CSV and XLSX are opened by spreadsheets, which run a
cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and some
skip a leading tab or carriage return first (OWASP "CSV injection"). In
those two formats every
text cell, and every element of a list cell, goes through :func:`safe_cell`,
which puts a single quote in front of such text; numbers in numeric columns
and text that is exactly a number (``-12.5``) are left alone. The quote is a
one-way change: reading the file back keeps it. JSON, JSONL and parquet are
data formats, not spreadsheets, so their text is written as is and
round-trips exactly.

**Reading back.** :func:`read_table` gives the registry's dtypes (through
``table.events_frame`` for event tables); extra columns are kept at the end
with the dtypes pandas infers. Text round-trips exactly through every format,
with these exceptions in csv and xlsx: the injection quote, list elements that contain ``;`` or start or end with
whitespace (list cells are parsed by ``table.parse_list``, which also accepts
hand-edited ``a;b`` cells), and extra list columns (they come back as text);
an empty table written as jsonl or json has no columns, so it reads back as an
empty event table; a missing float reads back as 0.0.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.writer.excel import ExcelWriter

from timeline.errors import InputError, UsageError
from timeline.table import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    Column,
    events_frame,
    parse_list,
    records_frame,
)

#: Formats by name; each name is also its file extension.
FORMATS: tuple[str, ...] = ("csv", "jsonl", "json", "xlsx", "parquet")

#: Formats that are not text and so cannot go to a terminal.
BINARY_FORMATS: frozenset[str] = frozenset({"xlsx", "parquet"})

#: How list cells are joined in csv and xlsx.
LIST_SEPARATOR = "; "

#: Registries tried in this order; the first whose columns a frame has all of wins.
_REGISTRIES: tuple[tuple[Column, ...], ...] = (EVENT_COLUMNS, MENTION_COLUMNS, ARTICLE_COLUMNS)

#: First characters that make a spreadsheet read a cell as a formula (OWASP).
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

#: Text that is exactly a number: a spreadsheet reads it as that number, which is harmless.
_NUMBER = re.compile(
    r"""
    [+-]?                      # an optional sign
    (?: \d+ (?: \.\d* )? | \.\d+ )
    (?: [eE] [+-]? \d+ )?      # an optional exponent
    """,
    re.VERBOSE,
)

#: Fixed times so that xlsx bytes do not depend on the clock.
_XLSX_TIMESTAMP = datetime(2000, 1, 1)
_ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)  # the earliest a zip entry can carry

#: Cells a CSV writer must quote.
_CSV_SPECIAL = re.compile(r'[,"\r\n]')

Cell = str | float | int | list[str] | None


def format_for(path: str | Path) -> str:
    """The format of a file, by its extension.

    >>> format_for("out/events.JSONL")
    'jsonl'
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    extensions = ", ".join(f".{f}" for f in FORMATS)
    raise UsageError(f"cannot tell the format of {path}: use a file name ending in one of {extensions}")


def safe_cell(value: str) -> str:
    """Text a spreadsheet shows as text: a leading ``'`` when it would start a formula.

    >>> safe_cell('=HYPERLINK("http://example.invalid","click")')
    '\\'=HYPERLINK("http://example.invalid","click")'
    >>> safe_cell("-12.5"), safe_cell("Hanoi")
    ('-12.5', 'Hanoi')
    """
    if value.startswith(_FORMULA_TRIGGERS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def to_bytes(frame: pd.DataFrame, fmt: str, *, sheet: str = "events") -> bytes:
    """The table serialised in one of ``FORMATS``; ``sheet`` names the xlsx sheet.

    >>> from timeline.table import events_frame
    >>> to_bytes(events_frame([]), "csv").decode().split(",")[:2]
    ['event_id', 'date']
    """
    _check_format(fmt)
    columns, rows = _cells(frame)
    if fmt == "csv":
        return _csv_bytes(columns, rows)
    if fmt == "jsonl":
        lines = [json.dumps(_record(columns, row), ensure_ascii=False, allow_nan=False) for row in rows]
        return "".join(line + "\n" for line in lines).encode("utf-8")
    if fmt == "json":
        records = [_record(columns, row) for row in rows]
        return (json.dumps(records, ensure_ascii=False, allow_nan=False, indent=2) + "\n").encode("utf-8")
    if fmt == "xlsx":
        return _xlsx_bytes(columns, rows, sheet)
    return _parquet_bytes(columns, rows)


def write_table(frame: pd.DataFrame, path: str | Path, fmt: str | None = None) -> None:
    """Write the table to ``path``, atomically; the format comes from the extension unless given.

    The bytes go to a temporary file in the same folder, which is flushed to
    disk and then renamed over ``path``: a reader sees the old file or the new
    one, never half of one, and a failure leaves no temporary file behind.

    >>> from timeline.table import events_frame
    >>> write_table(events_frame([]), "/tmp/events.csv")  # doctest: +SKIP
    """
    target = Path(path)
    fmt = format_for(target) if fmt is None else _check_format(fmt)
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(f"{target}: cannot write: the folder {folder} does not exist")
    try:
        mode = _mode_for(target)
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise UsageError(f"{target}: cannot write: {_reason(exc)}") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            for data in _chunks(frame, fmt):
                out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise UsageError(f"{target}: cannot write: {_reason(exc)}") from exc
        raise
    _fsync_folder(folder)


#: rows serialised at a time when a line format is written to a file (bounds the memory of a big table)
WRITE_CHUNK_ROWS = 20_000


def _chunks(frame: pd.DataFrame, fmt: str) -> Iterator[bytes]:
    """``to_bytes(frame, fmt)`` in pieces: line formats a slice of rows at a time, others whole."""
    if fmt not in {"csv", "jsonl"}:
        yield to_bytes(frame, fmt)
        return
    columns = _columns(frame)
    if fmt == "csv":
        yield _csv_line([c.name for c in columns]).encode("utf-8")
    for start in range(0, len(frame), WRITE_CHUNK_ROWS):
        rows = _rows(frame.iloc[start : start + WRITE_CHUNK_ROWS], columns)
        if fmt == "csv":
            yield _csv_body(columns, rows).encode("utf-8")
        else:
            yield "".join(json.dumps(_record(columns, row), ensure_ascii=False, allow_nan=False) + "\n" for row in rows).encode("utf-8")


def write_stdout(frame: pd.DataFrame, fmt: str | None, stream: IO[Any]) -> None:
    """Write the table to a stream such as stdout; csv unless told; text formats only.

    On a text stream with a binary ``buffer`` (``sys.stdout``) the bytes go to
    the buffer, so line endings stay ``\\n`` on every platform.

    >>> import io
    >>> from timeline.table import events_frame
    >>> out = io.StringIO()
    >>> write_stdout(events_frame([]), "jsonl", out)
    >>> out.getvalue()
    ''
    """
    fmt = "csv" if fmt is None else _check_format(fmt)
    if fmt in BINARY_FORMATS:
        raise UsageError(f"{fmt} is a binary format: write it to a file with -o PATH")
    data = to_bytes(frame, fmt)
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write(data)
        buffer.flush()
    elif isinstance(stream, (io.RawIOBase, io.BufferedIOBase)) or "b" in str(getattr(stream, "mode", "")):
        stream.write(data)
    else:
        stream.write(data.decode("utf-8"))


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a table written in any of ``FORMATS`` back into the registry's dtypes.

    A file with every mention column (and not every event column) is read as
    a mentions table, likewise for articles; anything else as an event table.

    >>> read_table("out/events.parquet").columns[0]  # doctest: +SKIP
    'event_id'
    """
    source = Path(path)
    fmt = format_for(source)
    try:
        names, rows = _READERS[fmt](source)
    except InputError:
        raise
    except (
        OSError,
        ValueError,  # includes JSON, unicode and pyarrow's ArrowInvalid errors
        csv.Error,
        zipfile.BadZipFile,
        KeyError,
        InvalidFileException,
        pa.ArrowException,
    ) as exc:
        raise InputError(str(path), _reason(exc, fmt)) from exc
    return _table_frame(names, rows, text_lists=fmt in ("csv", "xlsx"))


# -- cells ---------------------------------------------------------------------


def _check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    return fmt


def _registry_for(names: Iterable[object]) -> tuple[Column, ...]:
    present = {str(n) for n in names}
    for registry in _REGISTRIES:
        if all(c.name in present for c in registry):
            return registry
    return EVENT_COLUMNS


def _cells(frame: pd.DataFrame) -> tuple[list[Column], list[list[Cell]]]:
    """The columns to write (registry order, then extras) and each row's plain Python cells."""
    columns = _columns(frame)
    return columns, _rows(frame, columns)


def _columns(frame: pd.DataFrame) -> list[Column]:
    registry = _registry_for(frame.columns)
    known = {c.name for c in registry}
    names = [str(name) for name in frame.columns]
    return [c for c in registry if c.name in names] + [
        Column(str(key), _guess_kind(frame[key]), "") for key in frame.columns if str(key) not in known
    ]


def _rows(frame: pd.DataFrame, columns: Sequence[Column]) -> list[list[Cell]]:
    by_name = {str(name): name for name in frame.columns}
    values = [[_cell(v, c.kind) for v in frame[by_name[c.name]].tolist()] for c in columns]
    rows: list[list[Cell]] = [[] for _ in range(len(frame))]
    for column_values in values:
        for row, value in zip(rows, column_values, strict=True):
            row.append(value)
    return rows


def _guess_kind(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series.dtype):
        return "str"
    if pd.api.types.is_integer_dtype(series.dtype):
        return "int"
    if pd.api.types.is_float_dtype(series.dtype):
        return "float"
    if any(isinstance(v, (list, tuple, np.ndarray)) for v in series.tolist()):
        return "list"
    return "str"


def _missing(value: object) -> bool:
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _cell(value: object, kind: str) -> Cell:
    if kind == "list":
        if _missing(value):
            return []
        if isinstance(value, np.ndarray):  # as pandas' parquet reader gives list cells
            value = value.tolist()
        if isinstance(value, (list, tuple)):
            return [_text(v) for v in value if _text(v) != ""]
        return parse_list(_text(value))
    if kind == "float":
        if _missing(value):
            return None
        number = float(value)  # type: ignore[arg-type]
        # 15 significant digits drop binary noise (0.8500000000000001 → 0.85).
        return float(f"{number:.15g}") if math.isfinite(number) else None
    if kind == "int":
        return None if _missing(value) else int(value)  # type: ignore[call-overload]
    return _text(value)


def _text(value: object) -> str:
    if _missing(value):
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def _record(columns: Sequence[Column], row: Sequence[Cell]) -> dict[str, Cell]:
    return {c.name: v for c, v in zip(columns, row, strict=True)}


# -- writers -------------------------------------------------------------------


def _csv_bytes(columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> bytes:
    # Written by hand: the csv module leaves a lone "\r" unquoted when the line
    # terminator is "\n", and its own reader then splits the row there.
    return (_csv_line([c.name for c in columns]) + _csv_body(columns, rows)).encode("utf-8")


def _csv_body(columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> str:
    return "".join(_csv_line([_spreadsheet_text(v, c.kind) for c, v in zip(columns, row, strict=True)]) for row in rows)


def _csv_line(fields: Sequence[str]) -> str:
    if len(fields) == 1 and fields[0] == "":
        return '""\n'  # a bare empty line would read back as no row at all
    return ",".join(_csv_field(f) for f in fields) + "\n"


def _csv_field(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if _CSV_SPECIAL.search(text) else text


def _spreadsheet_text(value: Cell, kind: str) -> str:
    """A cell as csv text: numbers as numbers, text and list elements made spreadsheet-safe."""
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(safe_cell(v) for v in value)
    if kind in ("float", "int"):
        return repr(value)
    return safe_cell(str(value))


def _xlsx_bytes(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], sheet: str) -> bytes:
    workbook = Workbook()
    worksheet = workbook.active
    try:
        worksheet.title = sheet
    except ValueError as exc:
        raise UsageError(f"cannot name a sheet {sheet!r}: {exc}") from exc
    bold = Font(bold=True)
    for col, column in enumerate(columns, start=1):
        cell = worksheet.cell(row=1, column=col, value=_xml_text(column.name))
        cell.data_type = "s"
        cell.font = bold
    for r, row in enumerate(rows, start=2):
        for col, (column, value) in enumerate(zip(columns, row, strict=True), start=1):
            if value is None or value == "" or value == []:
                continue
            if isinstance(value, (int, float)) and column.kind in ("float", "int"):
                worksheet.cell(row=r, column=col, value=value)
                continue
            cell = worksheet.cell(row=r, column=col, value=_xml_text(_spreadsheet_text(value, column.kind)))
            cell.data_type = "s"  # text, never a formula, whatever it starts with
    worksheet.freeze_panes = "A2"
    workbook.properties.created = _XLSX_TIMESTAMP
    workbook.properties.modified = _XLSX_TIMESTAMP
    raw = io.BytesIO()
    # ExcelWriter rather than Workbook.save: save() stamps the current time as "modified".
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).save()
    return _fixed_zip(raw.getvalue())


def _xml_text(text: str) -> str:
    return str(ILLEGAL_CHARACTERS_RE.sub("", text))


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry's timestamp and origin fixed, so its bytes do not depend on the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIMESTAMP)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3  # unix, whatever the platform
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info))
    return out.getvalue()


def _arrow_type(kind: str) -> pa.DataType:
    return {"float": pa.float64(), "int": pa.int64(), "list": pa.list_(pa.string())}.get(kind, pa.string())


def _parquet_bytes(columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> bytes:
    schema = pa.schema([pa.field(c.name, _arrow_type(c.kind)) for c in columns])
    arrays = [pa.array([row[i] for row in rows], type=_arrow_type(c.kind)) for i, c in enumerate(columns)]
    table = pa.Table.from_arrays(arrays, schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())


# -- readers -------------------------------------------------------------------

Rows = list[dict[str, object]]


def _read_csv(path: Path) -> tuple[list[str], Rows]:
    text = path.read_bytes().decode("utf-8-sig")  # tolerate a BOM from hand-edited files
    records = [r for r in csv.reader(io.StringIO(text, newline="")) if r]
    if not records:
        return [], []
    header, body = records[0], records[1:]
    _check_header(path, header)
    for number, record in enumerate(body, start=2):
        if len(record) != len(header):
            raise InputError(str(path), f"row {number} has {len(record)} cells, the header has {len(header)}")
    return header, [dict(zip(header, record, strict=True)) for record in body]


def _read_jsonl(path: Path) -> tuple[list[str], Rows]:
    rows: Rows = []
    # Lines end at "\n" only (JSON Lines): str.splitlines would also split at U+2028 or U+0085,
    # which JSON keeps unescaped inside strings.
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"line {number} is not JSON: {exc.msg}") from exc
        if not isinstance(record, dict):
            raise InputError(str(path), f"line {number} is not a JSON object")
        rows.append(record)
    return _keys(rows), rows


def _read_json(path: Path) -> tuple[list[str], Rows]:
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise InputError(str(path), "expected a JSON array of objects, one per row")
    return _keys(data), data


def _read_xlsx(path: Path) -> tuple[list[str], Rows]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        records = [list(r) for r in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()
    records = [r for r in records if any(v is not None for v in r)]
    if not records:
        return [], []
    header_cells = records[0]
    while header_cells and header_cells[-1] is None:
        header_cells.pop()
    header = [_text(v) for v in header_cells]
    _check_header(path, header)
    rows = [{name: ("" if v is None else v) for name, v in zip(header, r, strict=False)} for r in records[1:]]
    return header, rows


def _read_parquet(path: Path) -> tuple[list[str], Rows]:
    table = pq.read_table(path)
    return list(table.column_names), list(table.to_pylist())


_READERS: dict[str, Callable[[Path], tuple[list[str], Rows]]] = {
    "csv": _read_csv,
    "jsonl": _read_jsonl,
    "json": _read_json,
    "xlsx": _read_xlsx,
    "parquet": _read_parquet,
}


def _check_header(path: Path, header: Sequence[str]) -> None:
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise InputError(str(path), f"the column {name!r} appears twice in the header")
        seen.add(name)


def _keys(rows: Iterable[dict[str, object]]) -> list[str]:
    """Every key of the rows, in the order first seen."""
    return list(dict.fromkeys(k for row in rows for k in row))


def _table_frame(names: Sequence[str], rows: Rows, *, text_lists: bool) -> pd.DataFrame:
    """Rows read from a file as a frame with the registry's dtypes; extra columns at the end."""
    registry = _registry_for(names)
    if text_lists:  # "a; b" cells: numbers a spreadsheet stored as numbers are text again
        lists = [c.name for c in registry if c.kind == "list"]
        rows = [{k: (_text(v) if k in lists else v) for k, v in row.items()} for row in rows]
    frame = events_frame(rows) if registry is EVENT_COLUMNS else records_frame(rows, registry)
    known = {c.name for c in registry}
    extras = {n: pd.Series([row.get(n) for row in rows], index=frame.index) for n in names if n not in known}
    return pd.concat([frame, pd.DataFrame(extras, index=frame.index)], axis=1) if extras else frame


# -- files ---------------------------------------------------------------------


def _mode_for(target: Path) -> int:
    """The permissions the file would get from a plain open(): its current ones, else 0o666 less the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0o022)  # the only portable way to read the umask is to set it
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _reason(exc: BaseException, fmt: str | None = None) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return f"cannot read it as {fmt}: {detail}" if fmt else detail
