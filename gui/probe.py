"""Start-up probe: ``HWM-MARKER <event> <unix time> <cpu s>`` lines on stdout for the start-up benchmark
(benchmarks/bench_startup.py), only with ``HANDWERKSMONITOR_STARTUP_PROBE=1``; always an INFO log line."""

from __future__ import annotations

import logging
import os
import time

PROBE_ENV = "HANDWERKSMONITOR_STARTUP_PROBE"
log = logging.getLogger("gui.app")


def marker(event: str) -> None:
    if os.environ.get(PROBE_ENV):  # wall clock, and the CPU time of the process so far (all threads)
        print(f"HWM-MARKER {event} {time.time():.6f} {time.process_time():.6f}", flush=True)
    log.info("startup marker %s", event)
