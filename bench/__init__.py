"""Benchmarks of Khatkrong: real Thai data against peers (``python -m bench``), the scoring service, tuning."""
