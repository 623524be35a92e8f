"""Prometheus metrics of one app (its own registry, so several apps can live in one process).

With several workers each process keeps its own counters: a scrape of ``/metrics`` sees the worker that
answered it (label a scrape target per worker, or run one worker per container).
"""

from __future__ import annotations

from collections.abc import Iterable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info, generate_latest

from model.result import ScreenResult

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The service's metrics."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "khatkrong_requests",
            "HTTP requests by route template, method and status.",
            ["route", "method", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "khatkrong_request_duration_seconds",
            "Time from the request's arrival to the end of its response, by route template.",
            ["route", "method"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.predictions = Counter(
            "khatkrong_predictions",
            "Screened texts by credibility label, category label and decision.",
            ["credibility", "category", "decision"],
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
        self.model = Info("khatkrong_model", "The model being served.", registry=self.registry)
        self.model_loaded = Gauge(
            "khatkrong_model_loaded",
            "1 when a model is loaded and scoring is possible.",
            registry=self.registry,
        )
        self.reloads = Counter(
            "khatkrong_model_reloads", "Admin reloads by outcome.", ["outcome"], registry=self.registry
        )

    def served(self, ref: dict[str, str | None] | None, source: str | None) -> None:
        if ref is None:
            self.model_loaded.set(0)
            return
        self.model_loaded.set(1)
        self.model.info({k: str(v or "") for k, v in {**ref, "source": source}.items()})

    def predicted(self, results: Iterable[ScreenResult]) -> None:
        for r in results:
            cred = r.credibility.label if r.credibility is not None else "none"
            cat = r.category.label if r.category is not None else "none"
            self.predictions.labels(cred, cat, r.decision).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
