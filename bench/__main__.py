"""``python -m bench``: run the real-data benchmarks and regenerate docs/benchmarks.md (see bench.realdata)."""

from __future__ import annotations

import sys

from bench.realdata import main

if __name__ == "__main__":
    sys.exit(main())
