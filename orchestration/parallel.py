"""Spread CPU-bound work (parsing, enrichment) over the machine's cores when it pays."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

In = TypeVar("In")
Out = TypeVar("Out")

# Below this many inputs, handing work to worker processes costs more than it saves.
MIN_ITEMS_FOR_WORKERS = 64


class WorkerPool:
    """A process pool started on the first batch big enough to need it, and reused after.

    `initializer` runs once per worker (e.g. to load jieba's dictionary once per process).
    """

    def __init__(self, initializer: Callable[[], None] | None = None, workers: int | None = None):
        self._initializer = initializer
        self._workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def map(self, function: Callable[[In], Out], inputs: Sequence[In]) -> list[Out]:
        """function over inputs, results in input order."""
        if self._workers == 1 or len(inputs) < MIN_ITEMS_FOR_WORKERS:
            if self._initializer is not None:
                self._initializer()
            return [function(item) for item in inputs]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self._workers, initializer=self._initializer)
        return list(self._pool.map(function, inputs, chunksize=max(1, len(inputs) // (self._workers * 4))))

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info) -> None:
        if self._pool is not None:
            self._pool.shutdown()
