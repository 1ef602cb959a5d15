"""Component ids of the dashboard, shared by the layout, the callbacks and the tests.

One constant per component: a renamed id breaks at import time, not in a browser.
"""

from __future__ import annotations

URL = "url"

# filters
TYPE_FILTER = "type-filter"
STATUS_FILTER = "status-filter"
COUNTRY_FILTER = "country-filter"
PARTICIPANT_FILTER = "participant-filter"
DATE_RANGE = "date-range"
SEARCH_BOX = "search-box"
RESET_BUTTON = "reset-button"
LANE_SWITCH = "lane-switch"

# views
TIMELINE_GRAPH = "timeline-graph"
OVERVIEW_GRAPH = "overview-graph"
EVENTS_TABLE = "events-table"
GRID_COUNT = "grid-count"  # how many rows the events grid holds
EVENT_DETAILS = "event-details"
COMMITMENTS_TABLE = "commitments-table"
VIEW_TABS = "view-tabs"
RESULT_SUMMARY = "result-summary"
EMPTY_MESSAGE = "empty-message"
ERROR_MESSAGE = "error-message"
HEADER_COUNTS = "header-counts"
SELECTED_EVENT = "selected-event"

# downloads: a button and the dcc.Download it fills
DOWNLOAD_CSV = "download-csv"
DOWNLOAD_XLSX = "download-xlsx"
DOWNLOAD_JSON = "download-json"
DOWNLOAD_MENTIONS = "download-mentions"
DOWNLOAD_CSV_FILE = "download-csv-file"
DOWNLOAD_XLSX_FILE = "download-xlsx-file"
DOWNLOAD_JSON_FILE = "download-json-file"
DOWNLOAD_MENTIONS_FILE = "download-mentions-file"

#: type of the pattern-matching ids of links between events in the details panel
EVENT_LINK = "event-link"
