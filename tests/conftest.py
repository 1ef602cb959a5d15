"""Shared pytest configuration: the headless Chromium the dashboard's browser tests drive.

``dash[testing]`` asks this hook for the webdriver options of ``dash_duo``.
Browser tests (marker ``browser``) skip, saying why, when no Chromium or
chromedriver is installed, except in CI (``CI=true``) where they must run and
fail instead.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from timeline.app.headless import chrome_options, find_chromedriver, find_chromium

CHROMIUM = find_chromium()
CHROMEDRIVER = find_chromedriver()


def pytest_setup_options() -> Any:
    """Webdriver options for ``dash_duo`` (a hook of the dash[testing] plugin)."""
    return chrome_options()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if CHROMIUM and CHROMEDRIVER:
        return
    if os.environ.get("CI", "").lower() == "true":
        return  # in CI a missing browser is a failure, not a reason to skip
    missing = " and ".join(n for n, found in (("chromium", CHROMIUM), ("chromedriver", CHROMEDRIVER)) if not found)
    skip = pytest.mark.skip(reason=f"browser test: {missing} not found (install them, or set DASH_TEST_CHROMEPATH)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)
