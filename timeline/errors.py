"""Errors the library raises: each message names what was found and what to do."""

from __future__ import annotations


class TimelineError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(TimelineError):
    """An input file cannot be read or understood; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UsageError(TimelineError):
    """The caller asked for something the library cannot do (an unknown format, a bad date)."""
