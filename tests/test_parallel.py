"""Worker pools: results in input order, the same as in-process, from spawned workers."""

from __future__ import annotations

from orchestration.parallel import MIN_ITEMS_FOR_WORKERS, WorkerPool
from scrapers.parse import parse_page


def test_a_large_batch_goes_to_workers_and_keeps_order():
    bodies = [f"<html><body><div id='zoom'><p>一、总体</p><p>{n}.第{n}项工作。</p></div></body></html>".encode()
              for n in range(1, MIN_ITEMS_FOR_WORKERS + 7)]
    urls = [f"https://example.gov.cn/art/{n}.html" for n in range(len(bodies))]
    headers = [{}] * len(bodies)
    with WorkerPool() as workers:
        pooled = workers.map(parse_page, bodies, urls, headers)
        assert workers._pool is not None  # the batch was big enough for worker processes
    assert [d.url for d in pooled] == urls
    assert pooled == [parse_page(b, u, h) for b, u, h in zip(bodies, urls, headers)]
