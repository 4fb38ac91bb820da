"""Per-host politeness: a concurrency limit and a minimum spacing between request starts."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class HostGate:
    """At most `concurrency` requests in flight to one host, starts at least `delay` seconds apart.

    `defer()` pushes the next start later for everyone (a Retry-After applies to the host, not
    only to the request that received it).
    """

    def __init__(self, delay: float, concurrency: int) -> None:
        self.delay = delay
        self._slots = asyncio.Semaphore(concurrency)
        self._spacing = asyncio.Lock()
        self._next_start = 0.0

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._slots:
            async with self._spacing:
                loop = asyncio.get_running_loop()
                wait = self._next_start - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._next_start = loop.time() + self.delay
            yield

    def defer(self, seconds: float) -> None:
        self._next_start = max(self._next_start, asyncio.get_running_loop().time() + seconds)
