"""Headless Chromium for looking at the dashboard: one set of flags for the browser tests, the
screenshot script and the render benchmark.

Selenium is imported only when options are asked for: it is a test and tooling dependency, not
one the dashboard needs to run.
"""

from __future__ import annotations

import os
import shutil
from typing import Any

#: flags for a quiet, reproducible headless Chromium in containers and CI (no background
#: networking: this machine's network is closed and Chromium would keep retrying)
CHROME_ARGS: tuple[str, ...] = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)


def find_chromium() -> str | None:
    """The Chromium binary: ``$DASH_TEST_CHROMEPATH``, else the first on PATH."""
    return os.environ.get("DASH_TEST_CHROMEPATH") or next(
        (found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None
    )


def find_chromedriver() -> str | None:
    return shutil.which("chromedriver")


def chrome_options(width: int = 1400, height: int = 1000) -> Any:
    """Selenium ``ChromeOptions`` for headless Chromium at a window size."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    binary = find_chromium()
    if binary:
        options.binary_location = binary
    for arg in (*CHROME_ARGS, f"--window-size={width},{height}"):
        options.add_argument(arg)
    return options
