"""Spread CPU-bound work (parsing, enrichment) over the machine's cores when it pays."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Out = TypeVar("Out")

# Below this many inputs, handing work to worker processes costs more than it saves.
MIN_ITEMS_FOR_WORKERS = 64


class WorkerPool:
    """A process pool started on the first batch big enough to need it, and reused after.

    `initializer` runs once per worker (e.g. to load jieba's dictionary once per process), and
    in this process when a batch is too small for workers. Workers are spawned, not forked: they
    import only the modules the function lives in, not everything this process holds (Dagster,
    DuckDB), so the run's memory stays small. The function must live in such a lean module.
    """

    def __init__(self, initializer: Callable[[], None] | None = None):
        self._initializer = initializer
        self._workers = os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def map(self, function: Callable[..., Out], *inputs: Sequence) -> list[Out]:
        """function over the inputs taken side by side (as the builtin map), results in order."""
        count = len(inputs[0]) if inputs else 0
        if self._workers == 1 or count < MIN_ITEMS_FOR_WORKERS:
            if self._initializer is not None:
                self._initializer()
            return list(map(function, *inputs))
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self._workers, initializer=self._initializer, mp_context=multiprocessing.get_context("spawn")
            )
        return list(self._pool.map(function, *inputs, chunksize=max(1, count // (self._workers * 4))))

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info) -> None:
        if self._pool is not None:
            self._pool.shutdown()
