"""The dashboard's HTTP surface, without a browser: what it serves and what it refuses."""

from __future__ import annotations

import pytest
from app_fixtures import seed_events  # type: ignore[import-not-found]

from timeline.app import create_app


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    return create_app(seed_events()).server.test_client()


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/assets/../pyproject.toml", id="dot-dot"),
        pytest.param("/assets/%2e%2e/%2e%2e/pyproject.toml", id="encoded-dot-dot"),
        pytest.param("/assets/..%2f..%2fREADME.md", id="encoded-slash"),
        pytest.param("/_dash-component-suites/../../../etc/passwd", id="component-suites"),
        pytest.param("/etc/passwd", id="absolute"),
        pytest.param("/seeds/000_f7e726d1e6a85118.txt", id="project-file"),
    ],
)
def test_no_route_serves_files_outside_the_assets(client, path: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(path)
    body = response.get_data(as_text=True)
    assert "[build-system]" not in body and "root:" not in body and "date 2022" not in body


def test_the_app_css_is_served(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/assets/timeline.css")
    assert response.status_code == 200 and "text/css" in response.content_type


def test_debug_error_pages_are_off(client) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/_dash-update-component", json={"output": "nope.children", "outputs": {}, "inputs": []})
    assert response.status_code >= 400 and "Traceback" not in response.get_data(as_text=True)
