"""The dashboard in a real headless Chromium (dash_duo): what a user sees and does.

Run with ``pytest tests/test_app_browser.py --headless``. Every test ends by
asserting the browser console logged no error.
"""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from app_fixtures import (
    HOSTILE_EVIDENCE,
    HOSTILE_TITLE,
    hostile_articles,
    hostile_events,
    seed_articles,
    seed_events,
    seed_mentions,
    synthetic_events,
)
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from timeline.app import create_app, ids
from timeline.export import read_table

pytestmark = pytest.mark.browser

MARKS = f"#{ids.TIMELINE_GRAPH} .scatterlayer .point, #{ids.TIMELINE_GRAPH} .barlayer .point"
ROWS = f"#{ids.EVENTS_TABLE} .ag-center-cols-container .ag-row"
CELL = f"#{ids.EVENTS_TABLE} .ag-row"  # + [row-id=…] [col-id=…]: pinned columns live outside the centre
GRID_API = f"return dash_ag_grid.getApi('{ids.EVENTS_TABLE}')"


def _start(dash_duo, app, query: str = "") -> None:  # type: ignore[no-untyped-def]
    dash_duo.start_server(app)
    if query:
        dash_duo.driver.get(dash_duo.server_url + "/" + query)
    dash_duo.wait_for_element(f"#{ids.TIMELINE_GRAPH} .main-svg", timeout=10)


def _until(condition, timeout: float = 8.0, what: str = "condition") -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if condition():
                return
        except Exception:  # the page is re-rendering: try again
            pass
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _marks(dash_duo) -> int:  # type: ignore[no-untyped-def]
    return len(dash_duo.find_elements(MARKS))


def _row_ids(dash_duo) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.get_attribute("row-id") for r in dash_duo.find_elements(ROWS)}


def _query(dash_duo) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return parse_qs(urlparse(dash_duo.driver.current_url).query)


def _no_alert(dash_duo) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NoAlertPresentException):
        dash_duo.driver.switch_to.alert.text  # noqa: B018 - reading it is the check


def _wait_download(folder: str, suffix: str, timeout: float = 10.0) -> Path:
    found: list[Path] = []

    def done() -> bool:
        found[:] = [p for p in Path(folder).glob(f"*{suffix}") if p.stat().st_size > 0]
        return bool(found)

    _until(done, timeout, f"a {suffix} download in {folder}")
    return found[0]


def test_page_loads_with_every_event_drawn(dash_duo) -> None:  # type: ignore[no-untyped-def]
    events = seed_events()
    _start(dash_duo, create_app(events, seed_mentions(), seed_articles()))
    dash_duo.wait_for_contains_text(f"#{ids.HEADER_COUNTS}", f"{len(events)} events from 5 articles")
    _until(lambda: _marks(dash_duo) == len(events), what="one mark per event")
    _until(lambda: _row_ids(dash_duo) == set(events["event_id"]), what="one row per event")
    assert dash_duo.find_element(f"#{ids.OVERVIEW_GRAPH} .main-svg")
    assert "date notyet set" in dash_duo.find_element(f"#{ids.TIMELINE_GRAPH}").text
    assert dash_duo.get_logs() == []


def test_unticking_a_type_removes_its_marks_rows_and_updates_the_url(dash_duo) -> None:  # type: ignore[no-untyped-def]
    events = seed_events()
    signings = set(events.loc[events["type"] == "signing", "event_id"])
    _start(dash_duo, create_app(events, seed_mentions(), seed_articles()))
    _until(lambda: _marks(dash_duo) == len(events), what="all marks")
    dash_duo.find_element(f"#{ids.TYPE_FILTER} input[value='signing']").click()
    _until(lambda: _marks(dash_duo) == len(events) - len(signings), what="signing marks to go")
    _until(lambda: _row_ids(dash_duo) == set(events["event_id"]) - signings, what="signing rows to go")
    assert "signing" not in _query(dash_duo)["type"][0].split(",")
    assert "conference" in _query(dash_duo)["type"][0].split(",")
    assert dash_duo.get_logs() == []


def test_clicking_a_mark_shows_its_evidence_and_sources(dash_duo) -> None:  # type: ignore[no-untyped-def]
    events = seed_events()
    _start(dash_duo, create_app(events, seed_mentions(), seed_articles()), "?type=project")
    _until(lambda: _marks(dash_duo) == 1, what="the single project bar")
    ActionChains(dash_duo.driver).move_to_element(dash_duo.find_element(MARKS)).click().perform()
    dash_duo.wait_for_contains_text(f"#{ids.EVENT_DETAILS}", "The Hanoi-Vientiane expressway project was launched")
    details = dash_duo.find_element(f"#{ids.EVENT_DETAILS}")
    assert details.find_element(By.CSS_SELECTOR, "mark").text == "in 2016"
    link = details.find_element(By.CSS_SELECTOR, ".tl-sources a")
    assert link.get_attribute("href") == "https://en.bocongan.gov.vn/12th-conference"
    assert "12th Vietnam-Laos security cooperation conference held in Vientiane" in link.text
    assert dash_duo.get_logs() == []


def test_selecting_a_row_shows_details_and_follows_the_plan_link(dash_duo) -> None:  # type: ignore[no-untyped-def]
    _start(dash_duo, create_app(seed_events(), seed_mentions(), seed_articles()), "?q=drug+trafficking+prevention")
    _until(lambda: _row_ids(dash_duo) == {"ev-plan-drugs", "ev-mou-drugs"}, what="the two drug MoU rows")
    dash_duo.find_element(f"{CELL}[row-id='ev-mou-drugs'] [col-id='title']").click()
    dash_duo.wait_for_contains_text(f"#{ids.EVENT_DETAILS}", "signed an MoU on drug trafficking prevention in August 2021")
    assert dash_duo.find_element(f"#{ids.EVENT_DETAILS} mark").text == "in August 2021"
    dash_duo.find_element(f"#{ids.EVENT_DETAILS} .tl-link-button").click()
    dash_duo.wait_for_contains_text(f"#{ids.EVENT_DETAILS}", "agreed to sign a memorandum on drug trafficking prevention")
    assert dash_duo.get_logs() == []


def test_a_url_with_filters_restores_them(dash_duo) -> None:  # type: ignore[no-untyped-def]
    events = seed_events()
    query = "?type=signing,meeting&status=occurred&q=hanoi&country=Laos&participant=To+Lam"
    _start(dash_duo, create_app(events, seed_mentions(), seed_articles()), query)
    expected = {"ev-sign-plan-2023", "ev-drug-minister-meeting"}
    _until(lambda: _row_ids(dash_duo) == expected, what="the filtered rows")
    ticked = {e.get_attribute("value") for e in dash_duo.find_elements(f"#{ids.TYPE_FILTER} input:checked")}
    assert ticked == {"signing", "meeting"}
    status = {e.get_attribute("value") for e in dash_duo.find_elements(f"#{ids.STATUS_FILTER} input:checked")}
    assert status == {"occurred"}
    assert dash_duo.find_element(f"#{ids.SEARCH_BOX}").get_attribute("value") == "hanoi"
    assert "To Lam" in dash_duo.find_element(f"#{ids.PARTICIPANT_FILTER}").text
    assert "Laos" in dash_duo.find_element(f"#{ids.COUNTRY_FILTER}").text
    assert _marks(dash_duo) == len(expected)
    assert _query(dash_duo)["q"] == ["hanoi"]  # restoring did not rewrite the URL
    assert dash_duo.get_logs() == []


def test_typing_a_search_and_reset(dash_duo) -> None:  # type: ignore[no-untyped-def]
    events = seed_events()
    _start(dash_duo, create_app(events, seed_mentions(), seed_articles()))
    box = dash_duo.find_element(f"#{ids.SEARCH_BOX}")
    box.send_keys("no such words here", Keys.ENTER)
    dash_duo.wait_for_contains_text(f"#{ids.EMPTY_MESSAGE}", "No events match these filters.")
    assert dash_duo.find_element(f"#{ids.EMPTY_MESSAGE}").is_displayed()
    _until(lambda: _row_ids(dash_duo) == set() and _marks(dash_duo) == 0, what="no rows")
    dash_duo.find_element(f"#{ids.RESET_BUTTON}").click()
    _until(lambda: _marks(dash_duo) == len(events), what="every mark back")
    assert dash_duo.find_element(f"#{ids.SEARCH_BOX}").get_attribute("value") == ""
    assert not dash_duo.find_element(f"#{ids.EMPTY_MESSAGE}").is_displayed()
    assert urlparse(dash_duo.driver.current_url).query == ""
    assert dash_duo.get_logs() == []


@pytest.mark.parametrize(
    ("button", "suffix"),
    [
        pytest.param(ids.DOWNLOAD_CSV, ".csv", id="csv"),
        pytest.param(ids.DOWNLOAD_XLSX, ".xlsx", id="xlsx"),
        pytest.param(ids.DOWNLOAD_JSON, ".json", id="json"),
    ],
)
def test_downloads_hold_exactly_the_filtered_rows(dash_duo, button: str, suffix: str) -> None:  # type: ignore[no-untyped-def]
    events = seed_events()
    _start(dash_duo, create_app(events, seed_mentions(), seed_articles()), "?type=signing,planned_agreement")
    wanted = set(events.loc[events["type"].isin(["signing", "planned_agreement"]), "event_id"])
    _until(lambda: _row_ids(dash_duo) == wanted, what="the filtered rows")
    dash_duo.find_element(f"#{button}").click()
    path = _wait_download(dash_duo.download_path, suffix)
    assert path.name == f"timeline-events-2022-10-26{suffix}"
    table = read_table(path)
    assert set(table["event_id"]) == wanted and len(table) == len(wanted)
    assert list(table.columns)[:20] == list(events.columns)
    assert dash_duo.get_logs() == []


def test_mentions_download_holds_the_mentions_of_the_filtered_events(dash_duo) -> None:  # type: ignore[no-untyped-def]
    _start(dash_duo, create_app(seed_events(), seed_mentions(), seed_articles()), "?type=signing")
    _until(lambda: "ev-sign-plan-2023" in _row_ids(dash_duo), what="the signing rows")
    dash_duo.find_element(f"#{ids.DOWNLOAD_MENTIONS}").click()
    path = _wait_download(dash_duo.download_path, ".csv")
    assert path.name == "timeline-mentions-2022-10-26.csv"
    table = read_table(path)
    assert list(table["event_id"]) == ["ev-sign-plan-2023"]
    assert dash_duo.get_logs() == []


def test_markup_in_titles_and_evidence_is_shown_as_text_and_never_runs(dash_duo) -> None:  # type: ignore[no-untyped-def]
    _start(dash_duo, create_app(hostile_events(), None, hostile_articles()), "?q=mallory")
    _until(lambda: _row_ids(dash_duo) == {"ev-hostile"}, what="the hostile row")
    title_cell = dash_duo.find_element(f"{CELL}[row-id='ev-hostile'] [col-id='title']")
    assert title_cell.text == HOSTILE_TITLE
    title_cell.click()
    dash_duo.wait_for_contains_text(f"#{ids.EVENT_DETAILS}", "Evidence <img src=x onerror=alert(1)>")
    details = dash_duo.find_element(f"#{ids.EVENT_DETAILS}")
    assert details.find_element(By.CSS_SELECTOR, "h3").text == HOSTILE_TITLE
    assert details.find_element(By.CSS_SELECTOR, "blockquote").text == HOSTILE_EVIDENCE
    assert details.find_element(By.CSS_SELECTOR, "mark").text == "on 1 May 2022"
    # the source's javascript: URL is not a link
    assert details.find_elements(By.CSS_SELECTOR, ".tl-sources a") == []
    # hovering the mark shows the title as text too
    ActionChains(dash_duo.driver).move_to_element(dash_duo.find_element(MARKS)).perform()
    _until(lambda: "<script>" in dash_duo.find_element(f"#{ids.TIMELINE_GRAPH} .hoverlayer").text, what="hover")
    assert dash_duo.driver.find_elements(By.CSS_SELECTOR, "img[src='x'], #react-entry-point script") == []
    assert dash_duo.driver.execute_script("return window.__pwned === undefined")
    _no_alert(dash_duo)
    assert dash_duo.get_logs() == []


def test_commitments_tab_lists_plans_with_their_state(dash_duo) -> None:  # type: ignore[no-untyped-def]
    _start(dash_duo, create_app(seed_events(), seed_mentions(), seed_articles()))
    dash_duo.find_element(f"#{ids.VIEW_TABS} .tab:nth-child(2)").click()
    rows = f"#{ids.COMMITMENTS_TABLE} .ag-center-cols-container .ag-row"
    _until(lambda: len(dash_duo.find_elements(rows)) == 5, what="five commitments")
    state = {
        r.get_attribute("row-id"): r.find_element(By.CSS_SELECTOR, "[col-id='state']").text
        for r in dash_duo.find_elements(f"#{ids.COMMITMENTS_TABLE} .ag-pinned-left-cols-container .ag-row")
    }
    assert state["ev-plan-drugs"] == "fulfilled"
    assert state["ev-kh-border-crime"] == "overdue"
    assert state["ev-extradition"] == "outstanding"
    assert dash_duo.get_logs() == []


def test_lanes_by_country_pair(dash_duo) -> None:  # type: ignore[no-untyped-def]
    events = seed_events()
    _start(dash_duo, create_app(events, seed_mentions(), seed_articles()))
    dash_duo.find_element(f"#{ids.LANE_SWITCH} input[value='pair']").click()
    _until(
        lambda: "Cambodia – Vietnam" in dash_duo.find_element(f"#{ids.TIMELINE_GRAPH} .yaxislayer-above").text,
        what="country-pair lanes",
    )
    assert _marks(dash_duo) == len(events)
    assert dash_duo.get_logs() == []


def test_a_failing_callback_says_so_in_words(dash_duo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import timeline.app.callbacks as callbacks

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("the filter table is unreadable")

    monkeypatch.setattr(callbacks, "view_figures", broken)
    dash_duo.start_server(create_app(seed_events(), seed_mentions(), seed_articles()))
    dash_duo.wait_for_contains_text(f"#{ids.ERROR_MESSAGE}", "Sorry, the dashboard could not show these events.")
    text = dash_duo.find_element(f"#{ids.ERROR_MESSAGE}").text
    assert "the filter table is unreadable" in text and "Traceback" not in text
    assert dash_duo.get_logs() == []


def test_clicking_a_year_of_the_overview_narrows_the_dates(dash_duo) -> None:  # type: ignore[no-untyped-def]
    _start(dash_duo, create_app(seed_events(), seed_mentions(), seed_articles()), "?type=project,other")
    _until(lambda: _row_ids(dash_duo) == {"ev-expressway", "ev-friendship-year"}, what="2016 and 2022")
    bars = f"#{ids.OVERVIEW_GRAPH} .barlayer .point"
    first = min((b for b in dash_duo.find_elements(bars) if b.size["height"] > 0), key=lambda b: b.location["x"])
    ActionChains(dash_duo.driver).move_to_element(first).click().perform()
    _until(lambda: _query(dash_duo).get("from") == ["2016-01-01"], what="the year in the URL")
    assert _query(dash_duo)["to"] == ["2016-12-31"] and _query(dash_duo)["type"] == ["project,other"]
    _until(lambda: _row_ids(dash_duo) == {"ev-expressway"}, what="the 2016 project only")
    assert dash_duo.get_logs() == []


def _row_at(dash_duo, index: int) -> str | None:  # type: ignore[no-untyped-def]
    """The event_id of the grid's row at ``index`` (None while its block is loading)."""
    found = dash_duo.driver.execute_script(f"{GRID_API}.getDisplayedRowAtIndex({index})?.data?.event_id ?? null")
    return str(found) if found else None


def test_the_events_grid_fetches_blocks_sorted_and_filtered_on_the_server(dash_duo) -> None:  # type: ignore[no-untyped-def]
    events = synthetic_events(600)
    by_title = events.sort_values("title", ascending=False, kind="stable")
    top = str(by_title["event_id"].iloc[0])
    assert top not in set(events["event_id"].iloc[:100])  # not in the first block: only the server can find it
    _start(dash_duo, create_app(events))
    dash_duo.wait_for_text_to_equal(f"#{ids.GRID_COUNT}", "600 rows in the table")
    _until(lambda: _row_at(dash_duo, 0) == "ev-000000", what="the first block")
    assert dash_duo.driver.execute_script(f"{GRID_API}.getGridOption('rowModelType')") == "infinite"
    assert len(_row_ids(dash_duo)) < 100  # only the rows on screen are drawn, of a block of 100

    # a later block arrives when the grid scrolls to it; clicking one of its rows shows its evidence
    dash_duo.driver.execute_script(f"{GRID_API}.ensureIndexVisible(550, 'top')")
    _until(lambda: "ev-000550" in _row_ids(dash_duo), what="a row of the sixth block")
    dash_duo.find_element(f"{CELL}[row-id='ev-000550'] [col-id='title']").click()
    evidence = str(events.loc[events["event_id"] == "ev-000550", "evidence"].iloc[0])
    dash_duo.wait_for_contains_text(f"#{ids.EVENT_DETAILS}", evidence)

    # sorting asks the server: twice on the header sorts descending, over all 600 events
    header = f"#{ids.EVENTS_TABLE} .ag-header-cell[col-id='title'] .ag-header-cell-label"
    dash_duo.find_element(header).click()
    dash_duo.find_element(header).click()
    _until(lambda: _row_at(dash_duo, 0) == top, what="the last title of all first")

    # a filter change empties the blocks: the grid asks again, still sorted, from the top
    dash_duo.find_element(f"#{ids.TYPE_FILTER} input[value='signing']").click()
    others = by_title[by_title["type"] != "signing"]
    dash_duo.wait_for_text_to_equal(f"#{ids.GRID_COUNT}", f"{len(others)} rows in the table")
    _until(lambda: _row_at(dash_duo, 0) == str(others["event_id"].iloc[0]), what="the sorted rows without signings")
    _until(lambda: _row_at(dash_duo, 1) == str(others["event_id"].iloc[1]), what="the second row")
    assert dash_duo.get_logs() == []


def test_a_column_filter_of_the_grid_is_applied_on_the_server(dash_duo) -> None:  # type: ignore[no-untyped-def]
    events = seed_events()
    _start(dash_duo, create_app(events, seed_mentions(), seed_articles()))
    _until(lambda: _row_ids(dash_duo) == set(events["event_id"]), what="every row")
    box = dash_duo.find_element(f"#{ids.EVENTS_TABLE} .ag-floating-filter[aria-colindex] input[aria-label='title Filter Input']")
    box.send_keys("mou")
    _until(lambda: _row_ids(dash_duo) == {"ev-mou-drugs", "ev-plan-drugs"}, what="the rows whose title holds 'mou'")
    dash_duo.wait_for_text_to_equal(f"#{ids.GRID_COUNT}", "2 rows in the table, narrowed by its column filters")
    assert dash_duo.get_logs() == []


def test_the_grid_asks_for_each_view_once(dash_duo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Loading a URL with filters, then changing them: one request for the first block each time
    (the URL's first value, set as the page loads, must not refetch what was just fetched)."""
    import timeline.app.callbacks as callbacks

    asked: list[str | None] = []
    real = callbacks.grid_block

    def recorded(data, grid, search, request):  # type: ignore[no-untyped-def]
        if grid is data.events_grid:
            asked.append(search)
        return real(data, grid, search, request)

    monkeypatch.setattr(callbacks, "grid_block", recorded)
    events = seed_events()
    _start(dash_duo, create_app(events, seed_mentions(), seed_articles()), "?type=signing,meeting")
    wanted = set(events.loc[events["type"].isin(["signing", "meeting"]), "event_id"])
    _until(lambda: _row_ids(dash_duo) == wanted, what="the signings and meetings")
    time.sleep(1.5)  # a second request would come by now
    assert asked == ["?type=signing,meeting"]
    dash_duo.find_element(f"#{ids.TYPE_FILTER} input[value='meeting']").click()
    _until(lambda: _row_ids(dash_duo) == set(events.loc[events["type"] == "signing", "event_id"]), what="the signings")
    time.sleep(1.5)
    assert asked == ["?type=signing,meeting", "?type=signing"]
    assert dash_duo.get_logs() == []


def test_the_commitments_grid_follows_a_filter_change(dash_duo) -> None:  # type: ignore[no-untyped-def]
    _start(dash_duo, create_app(seed_events(), seed_mentions(), seed_articles()))
    dash_duo.find_element(f"#{ids.VIEW_TABS} .tab:nth-child(2)").click()
    rows = f"#{ids.COMMITMENTS_TABLE} .ag-center-cols-container .ag-row"

    def shown() -> set[str]:
        return {r.get_attribute("row-id") for r in dash_duo.find_elements(rows)}

    _until(lambda: len(shown()) == 5, what="five commitments")
    dash_duo.find_element(f"#{ids.TYPE_FILTER} input[value='planned_agreement']").click()
    _until(lambda: shown() == {"ev-antiterror"}, what="the one commitment that is not a planned agreement")
    assert dash_duo.get_logs() == []
