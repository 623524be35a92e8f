"""Prometheus metrics of the service, one set per app, aggregated across worker processes.

With one process the metrics live in the app's own registry (several apps can live in one process, as in the
tests). With several workers (``khatkrong serve --workers N``) prometheus-client's multiprocess mode is on:
``serve`` points ``PROMETHEUS_MULTIPROC_DIR`` at a directory cleaned at start, every worker writes its
values there, and a scrape of ``/metrics`` on any worker reads them all, so counters and histograms add up
over the workers. Gauges say how they combine: ``khatkrong_model_loaded`` is the minimum over live workers
(1 when every worker has a model), ``khatkrong_model_info`` has one series per worker (``pid`` label;
the series at 1 is the worker's current model, 0 an earlier one), so a scrape shows when workers serve
different versions.

Requests, latency and predictions carry the ``model_version`` label: the version that scored the request,
else the version being served ("" when none).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info, generate_latest, values

from model.result import ScreenResult

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
MODEL_INFO_LABELS = ("name", "version", "run_id", "source")


def multiprocess_dir() -> str | None:
    """The shared metrics directory when multiprocess mode is on, else ``None``."""
    return os.environ.get(MULTIPROC_ENV) or None


class Metrics:
    """The service's metrics."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.shared_dir = multiprocess_dir()
        if self.shared_dir and values.ValueClass is values.MutexValue:
            # prometheus-client picks its value class when first imported; the variable was set later
            values.ValueClass = values.get_value_class()
        self.version = ""
        self.requests = Counter(
            "khatkrong_requests",
            "HTTP requests by route template, method, status and model version.",
            ["route", "method", "status", "model_version"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "khatkrong_request_duration_seconds",
            "Time from the request's arrival to the end of its response, by route template and model version.",
            ["route", "method", "model_version"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.predictions = Counter(
            "khatkrong_predictions",
            "Screened texts by credibility label, category label, decision and model version.",
            ["credibility", "category", "decision", "model_version"],
            registry=self.registry,
        )
        self.batch_size = Histogram(
            "khatkrong_batch_size",
            "Texts per batch request.",
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256),
            registry=self.registry,
        )
        self.microbatch_size = Histogram(
            "khatkrong_microbatch_size",
            "Single-text requests scored together by one model call.",
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256),
            registry=self.registry,
        )
        self.model_loaded = Gauge(
            "khatkrong_model_loaded",
            "1 when a model is loaded and scoring is possible (with several workers: in every live worker).",
            registry=self.registry,
            multiprocess_mode="livemin",
        )
        self.reloads = Counter(
            "khatkrong_model_reloads", "Admin reloads by outcome.", ["outcome"], registry=self.registry
        )
        self._model_labels: tuple[str, ...] | None = None
        # labelled children by label values: ``labels()`` validates and locks on every call (the hot path
        # calls it per request and per text); the label sets are few (routes, statuses, versions, labels)
        self._request_children: dict[tuple[str, str, int, str], tuple[Any, Any]] = {}
        self._prediction_children: dict[tuple[str, str, str, str], Any] = {}
        self.model: Info | None = None
        self.model_gauge: Gauge | None = None
        if self.shared_dir:  # Info cannot be shared between processes: a per-worker gauge of value 1
            self.model_gauge = Gauge(
                "khatkrong_model_info",
                "The model being served, one series per worker.",
                MODEL_INFO_LABELS,
                registry=self.registry,
                multiprocess_mode="liveall",
            )
        else:
            self.model = Info("khatkrong_model", "The model being served.", registry=self.registry)

    def served(self, ref: dict[str, str | None] | None, source: str | None) -> None:
        if ref is None:
            self.model_loaded.set(0)
            self.version = ""
            return
        self.model_loaded.set(1)
        self.version = str(ref.get("version") or "")
        labels = {k: str(v or "") for k, v in {**ref, "source": source}.items()}
        if self.model is not None:
            self.model.info(labels)
        elif self.model_gauge is not None:
            if self._model_labels is not None:  # a shared file keeps every series: mark the old one 0
                self.model_gauge.labels(*self._model_labels).set(0)
            self._model_labels = tuple(labels.get(k, "") for k in MODEL_INFO_LABELS)
            self.model_gauge.labels(*self._model_labels).set(1)

    def request(
        self, route: str, method: str, status: int, seconds: float, version: str | None = None
    ) -> None:
        """Count one HTTP request and its latency."""
        v = self.version if version is None else str(version)
        key = (route, method, status, v)
        children = self._request_children.get(key)
        if children is None:
            children = (
                self.requests.labels(route, method, str(status), v),
                self.latency.labels(route, method, v),
            )
            self._request_children[key] = children
        children[0].inc()
        children[1].observe(seconds)

    def predicted(self, results: Iterable[ScreenResult], version: str | None = None) -> None:
        v = self.version if version is None else str(version)
        cache = self._prediction_children
        for r in results:
            cred = r.credibility.label if r.credibility is not None else "none"
            cat = r.category.label if r.category is not None else "none"
            key = (cred, cat, r.decision, v)
            child = cache.get(key)
            if child is None:
                child = cache[key] = self.predictions.labels(*key)
            child.inc()

    def exposition(self) -> bytes:
        if not self.shared_dir:
            return generate_latest(self.registry)
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=self.shared_dir)
        return generate_latest(registry)

    def close(self) -> None:
        """At a worker's shutdown: drop its live gauges (its counters stay in the totals)."""
        if self.shared_dir:
            from prometheus_client import multiprocess

            multiprocess.mark_process_dead(os.getpid(), self.shared_dir)


def prepare_multiprocess_dir(path: str | None = None) -> str:
    """The directory for a run's shared metrics, emptied of earlier runs' ``*.db`` files (a new temporary
    one when ``path`` is ``None``), exported as ``PROMETHEUS_MULTIPROC_DIR`` for the workers."""
    import tempfile
    from pathlib import Path

    if path is None:
        path = tempfile.mkdtemp(prefix="khatkrong-metrics-")
    else:
        root = Path(path)
        root.mkdir(parents=True, exist_ok=True)
        for entry in root.glob("*.db"):  # values of an earlier run would be added to this one's
            entry.unlink()
    os.environ[MULTIPROC_ENV] = path
    return path
