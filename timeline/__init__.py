"""timeline: news articles about two countries' cooperation → a dated, sourced table of milestones."""

from timeline.errors import InputError, TimelineError, UsageError
from timeline.table import EVENT_COLUMNS, MENTION_COLUMNS

__version__ = "0.1.0"

__all__ = ["EVENT_COLUMNS", "MENTION_COLUMNS", "InputError", "TimelineError", "UsageError", "__version__"]
