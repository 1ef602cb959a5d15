"""Load on a running dashboard: concurrent filter requests to ``timeline serve`` on 127.0.0.1.

Starts ``timeline serve`` (on the sample articles, or ``--events FILE``) on a
free loopback port, unless ``--url`` names one already running on this machine;
then N clients each send a bounded number of filter changes: the same POST to
``/_dash-update-component`` the browser sends when the URL's filters change.
Prints requests/s, p50/p95 latency and the error count. Target: 0 errors at 20
concurrent clients.

Every request goes to a loopback address only; the loops are bounded in count
(``--requests`` per client) and in time (``--seconds``), and stop by themselves.

    python benchmarks/load_serve.py
    python benchmarks/load_serve.py --clients 20 --requests 25 --events events.csv
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
QUERIES = (
    "",
    "?type=signing",
    "?type=signing,meeting&status=occurred",
    "?status=planned,proposed",
    "?q=drug",
    "?country=Laos",
    "?from=2022-01-01&to=2022-12-31",
    "?type=planned_agreement&q=agreement",
    "?type=conference,meeting,visit&from=2022-06-01",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(events: str | None) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    cmd = [sys.executable, "-m", "timeline", "serve", "--port", str(port)]
    cmd += ["--events", events] if events else [str(ROOT / "seeds")]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/_dash-layout", timeout=2).read()
            return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("timeline serve did not answer within 60 s")


def view_request(url: str) -> tuple[str, list[dict[str, str]], list[dict[str, object]]]:
    """The filter callback's output key, outputs and inputs, read from the app's own dependency list."""
    deps = json.loads(urllib.request.urlopen(url + "/_dash-dependencies", timeout=10).read())
    for dep in deps:
        if "timeline-graph.figure" in dep["output"]:
            outputs = []
            for part in dep["output"].strip(".").split("..."):
                ident, prop = part.rsplit(".", 1)
                outputs.append({"id": ident, "property": prop.split("@")[0]})
            return dep["output"], outputs, dep["inputs"]
    raise SystemExit("the app has no callback that draws the timeline")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a dashboard already running on this machine (127.0.0.1 or localhost only)")
    parser.add_argument("--events", help="serve this event table instead of the sample articles")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=25, help="requests per client")
    parser.add_argument("--seconds", type=float, default=120.0, help="stop sending after this long")
    args = parser.parse_args()

    proc = None
    if args.url:
        if urlparse(args.url).hostname not in {"127.0.0.1", "localhost", "::1"}:
            raise SystemExit("--url must be a loopback address: this script loads only this machine")
        url = args.url.rstrip("/")
    else:
        proc, url = start_server(args.events)
    try:
        output, outputs, inputs = view_request(url)
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        stop_at = time.monotonic() + args.seconds

        def client(n: int) -> None:
            for i in range(args.requests):
                if time.monotonic() > stop_at:
                    return
                query = QUERIES[(n + i) % len(QUERIES)]
                values = {"url.search": query, "lane-switch.value": "type"}
                body = {
                    "output": output,
                    "outputs": outputs,
                    "inputs": [{**dep, "value": values.get(f"{dep['id']}.{dep['property']}")} for dep in inputs],
                    "changedPropIds": ["url.search"],
                    "state": [],
                }
                request = urllib.request.Request(
                    url + "/_dash-update-component",
                    data=json.dumps(body).encode(),
                    headers={"Content-Type": "application/json"},
                )
                began = time.perf_counter()
                try:
                    with urllib.request.urlopen(request, timeout=30) as response:
                        payload = json.loads(response.read())
                    ok = "response" in payload
                    problem = "" if ok else "no response in the answer"
                except (OSError, ValueError) as err:
                    problem = repr(err)
                elapsed = time.perf_counter() - began
                with lock:
                    latencies.append(elapsed)
                    if problem:
                        errors.append(problem)

        began = time.perf_counter()
        threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - began
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)

    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))] if ms else 0.0
    print(f"clients {args.clients}  requests {len(ms)}  in {wall:.1f} s  -> {len(ms) / wall:.1f} requests/s")
    print(f"latency p50 {statistics.median(ms) if ms else 0:.0f} ms  p95 {p95:.0f} ms  errors {len(errors)}")
    for problem in sorted(set(errors))[:5]:
        print(f"  error: {problem}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
