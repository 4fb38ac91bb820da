"""The benchmark: N synthetic gazette pages, empty warehouse to published marts, stage by stage.

    uv run python -m tests.benchmark.run [--pages 10000] [--json out.json] [--baseline earlier.json]

Generates the corpus (tests/benchmark/corpus.py), serves it on 127.0.0.1 (server.py) and runs the
real nightly job as `dagster job execute` subprocesses, with politeness delays set to zero for
loopback only, in a temporary DAGSTER_HOME and warehouse:

  1. start-up: the job over one source whose listing is empty (the fixed cost of a run);
  2. first:    all N pages into an empty warehouse;
  3. second:   the same, unchanged site again (must transfer no article body).

Per run: wall time, each step's start-to-end from the Dagster event log, the assets' `*_seconds`
materialization metadata (the finer splits: discover, fetch/crawl, parse, enrich, load), the
server's request log (statuses, body bytes) and the peak RSS of the whole process tree (sampled
every 100 ms). Then the peers (peers.py) on the same pages, and the targets, reported honestly.
--baseline takes the JSON of an earlier run (e.g. at 10k pages) to report RSS growth.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from tests.benchmark.corpus import REPO_ROOT, Corpus, generate
from tests.benchmark.peers import SamplePage, fetch_peer, parse_peers
from tests.benchmark.server import CorpusServer, LoggedRequest

TARGETS = {
    "first_run_seconds_max": 300.0,
    "parse_enrich_pages_per_second_min": 100.0,
    "parse_speedup_vs_trafilatura_min": 3.0,
    "second_run_beyond_startup_share_max": 0.10,
    "peak_rss_bytes_max": 1.5 * 1024**3,
    "rss_growth_to_3x_pages_max": 0.20,
}
# Which stage a `*_seconds` metadata key measures; load_seconds of every asset add up.
STAGE_OF_KEY = {
    "discover_seconds": "discover",
    "fetch_seconds": "fetch",
    "crawl_seconds": "discover+fetch",
    "parse_seconds": "parse",
    "enrich_seconds": "enrich",
    "load_seconds": "load",
}
STEP_STAGES = {"gazette_dbt_models": "dbt build", "published_marts": "publish"}


# --------------------------------------------------------------------------- one job run


@dataclass
class RunResult:
    label: str
    wall_seconds: float
    peak_rss_bytes: int
    peak_single_rss_bytes: int
    peak_processes: int
    status: str
    run_id: str | None
    steps: dict[str, float] = field(default_factory=dict)  # step key -> start to end
    step_peak_rss_bytes: dict[str, int] = field(default_factory=dict)  # step key -> tree peak while it ran
    metadata_seconds: dict[str, float] = field(default_factory=dict)  # 'asset/key' -> seconds
    stages: dict[str, float] = field(default_factory=dict)
    requests: dict[str, int] = field(default_factory=dict)
    # Summed RSS counts the pages a forked worker shares with its parent once per process; the
    # summed PSS (proportional set size) counts each page once: what the run really holds.
    peak_pss_bytes: int = 0
    log_tail: str = ""

    def as_dict(self) -> dict:
        return {key: value for key, value in self.__dict__.items() if key != "log_tail" or self.status != "SUCCESS"}


class TreeMemorySampler:
    """Peak summed RSS (and PSS) of a process and all its descendants, sampled every `interval` seconds.

    samples: (epoch seconds, summed RSS), to attribute peaks to the job's steps afterwards.
    """

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak_total = self.peak_single = self.peak_processes = self.peak_pss = 0
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                processes = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            sizes, proportional = [], []
            for process in processes:
                try:
                    memory = process.memory_full_info()
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                sizes.append(memory.rss)
                proportional.append(memory.pss)
            self.peak_pss = max(self.peak_pss, sum(proportional))
            self.samples.append((time.time(), sum(sizes)))
            self.peak_total = max(self.peak_total, sum(sizes))
            self.peak_single = max(self.peak_single, max(sizes, default=0))
            self.peak_processes = max(self.peak_processes, len(sizes))
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeMemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()


def run_job(label: str, work: Path, env: dict[str, str], config: Path) -> RunResult:
    log_path = work / f"{label}.log"
    command = [
        sys.executable, "-m", "dagster", "job", "execute",
        "-m", "orchestration.definitions", "-j", "nightly",
        "-c", str(config), "--tags", json.dumps({"gazette/benchmark": label}),
    ]
    started = time.perf_counter()
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        with TreeMemorySampler(process.pid) as memory:
            process.wait()
    wall = time.perf_counter() - started
    result = RunResult(label, wall, memory.peak_total, memory.peak_single, memory.peak_processes,
                       status="EXIT %d" % process.returncode, run_id=None, peak_pss_bytes=memory.peak_pss)
    windows = read_event_log(result, env["DAGSTER_HOME"])
    for step, (start, end) in windows.items():
        result.step_peak_rss_bytes[step] = max((rss for moment, rss in memory.samples if start <= moment <= end), default=0)
    if result.status != "SUCCESS":
        result.log_tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-40:])
    return result


def read_event_log(result: RunResult, dagster_home: str) -> dict[str, tuple[float, float]]:
    """Step times and `*_seconds` metadata of the run tagged with result.label; returns each
    step's (start, end) in epoch seconds."""
    from dagster import DagsterInstance, RunsFilter

    os.environ["DAGSTER_HOME"] = dagster_home
    instance = DagsterInstance.get()
    runs = instance.get_runs(filters=RunsFilter(tags={"gazette/benchmark": result.label}), limit=1)
    if not runs:
        return {}
    run = runs[0]
    result.run_id, result.status = run.run_id, run.status.value
    starts: dict[str, float] = {}
    windows: dict[str, tuple[float, float]] = {}
    for entry in instance.all_logs(run.run_id):
        event = entry.dagster_event
        if event is None:
            continue
        if event.event_type_value == "STEP_START":
            starts[entry.step_key] = entry.timestamp
        elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE") and entry.step_key in starts:
            result.steps[entry.step_key] = round(entry.timestamp - starts[entry.step_key], 3)
            windows[entry.step_key] = (starts[entry.step_key], entry.timestamp)
        materialization = entry.asset_materialization
        if materialization is not None:
            asset = materialization.asset_key.to_user_string()
            for key, value in materialization.metadata.items():
                if key.endswith("_seconds") and isinstance(value.value, (int, float)):
                    result.metadata_seconds[f"{asset}/{key}"] = float(value.value)
    stages: Counter[str] = Counter()
    for asset_key, seconds in result.metadata_seconds.items():
        key = asset_key.rsplit("/", 1)[1]
        stages[STAGE_OF_KEY.get(key, key.removesuffix("_seconds"))] += seconds
    for step, stage in STEP_STAGES.items():
        if step in result.steps:
            stages[stage] += result.steps[step]
    result.stages = {stage: round(seconds, 3) for stage, seconds in stages.items()}
    return windows


def summarize_requests(log: list[LoggedRequest], article_paths: set[str]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for entry in log:
        kind = "article" if entry.path in article_paths else "other"
        counts[f"{kind}_requests"] += 1
        counts[f"{kind}_{entry.status}"] += 1
        counts[f"{kind}_body_bytes"] += entry.body_bytes
        counts[f"{kind}_bodies"] += entry.body_bytes > 0
    return dict(sorted(counts.items()))


# --------------------------------------------------------------------------- the benchmark


def ensure_dbt_manifest() -> None:
    """The dbt assets are defined from the manifest, as `make manifest` prepares it."""
    if not (REPO_ROOT / "dbt_project" / "target" / "manifest.json").exists():
        subprocess.run(
            [str(Path(sys.executable).parent / "dbt"), "parse", "--quiet", "--profiles-dir", "."],
            cwd=REPO_ROOT / "dbt_project", check=True,
            env={**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"},
        )


def write_run_config(path: Path, sources_file: Path, publish_dir: Path, concurrency: int) -> Path:
    config = {"resources": {"gazette": {"config": {
        "sources_file": str(sources_file), "publish_dir": str(publish_dir),
        "min_delay_seconds": 0, "max_concurrency": concurrency,
    }}}}
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")  # JSON is valid YAML
    return path


def job_env(work: Path, warehouse: Path, sources: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DAGSTER_HOME": str(work / "dagster_home"),
        "GAZETTE_WAREHOUSE": str(warehouse),
        "GAZETTE_SOURCES": str(sources),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    }


def sample_pages(corpus: Corpus, origin: str, count: int) -> list[SamplePage]:
    """Every k-th article of the corpus (all templates), as the server sends it."""
    charsets = corpus.header_charsets()
    paths = corpus.article_paths
    step = max(1, len(paths) // count)
    pages = []
    for path in paths[::step][:count]:
        charset = charsets[path.lstrip("/").split("/", 1)[0]]
        content_type = f"text/html; charset={charset}" if charset else "text/html"
        pages.append(SamplePage(origin + path, (corpus.site_dir / path.lstrip("/")).read_bytes(), {"content-type": content_type}))
    return pages


PIPELINE_CODE = ("scrapers", "orchestration", "warehouse", "dbt_project/models", "dbt_project/macros", "dbt_project/seeds")


def code_state() -> str:
    """A digest of the pipeline's files: a run whose code changed midway compares nothing.

    File contents, not git HEAD: several people commit to this checkout while a benchmark runs.
    """
    digest = hashlib.sha1()
    for folder in PIPELINE_CODE:
        for path in sorted((REPO_ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".sql", ".yml", ".yaml", ".txt", ".csv"):
                digest.update(str(path.relative_to(REPO_ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def benchmark(pages: int, seed: int, concurrency: int, peer_sample: int, work: Path) -> dict:
    ensure_dbt_manifest()
    report: dict = {"pages": pages, "seed": seed, "concurrency": concurrency, "cpu_count": os.cpu_count(),
                    "code_at_start": code_state()}
    started = time.perf_counter()
    corpus = generate(work / "corpus", pages, seed)
    report["generate"] = {"seconds": round(time.perf_counter() - started, 3), "sources": len(corpus.sources),
                          "bytes": corpus.bytes_written}
    print(f"generated {pages} pages over {len(corpus.sources)} sources "
          f"({corpus.bytes_written / 1e6:.0f} MB) in {report['generate']['seconds']:.1f} s", flush=True)
    article_paths = set(corpus.article_paths)

    home = work / "dagster_home"
    home.mkdir()
    shutil.copy(REPO_ROOT / "orchestration" / "dagster.yaml", home / "dagster.yaml")

    with CorpusServer(corpus.site_dir, corpus.header_charsets()) as server:
        sources = corpus.write_sources(work / "sources.yaml", server.origin)
        empty_sources = corpus.write_sources(work / "sources_empty.yaml", server.origin, empty=True)
        runs = {}
        plans = [
            ("startup", work / "startup.duckdb", empty_sources),
            ("first", work / "warehouse.duckdb", sources),
            ("second", work / "warehouse.duckdb", sources),
        ]
        for label, warehouse, sources_file in plans:
            config = write_run_config(work / f"{label}.run_config.yaml", sources_file,
                                      warehouse.parent / f"published_{warehouse.stem}", concurrency)
            print(f"running the nightly job: {label} …", flush=True)
            result = run_job(label, work, job_env(work, warehouse, sources_file), config)
            result.requests = summarize_requests(server.take_log(), article_paths)
            runs[label] = result
            result.requests["code_changed_since_start"] = int(code_state() != report["code_at_start"])
            print(f"  {label}: {result.status} in {result.wall_seconds:.1f} s, "
                  f"peak PSS {result.peak_pss_bytes / 2**20:.0f} MiB, summed RSS {result.peak_rss_bytes / 2**20:.0f} MiB", flush=True)
            if result.status != "SUCCESS":
                print(result.log_tail, file=sys.stderr)
        report["runs"] = {label: result.as_dict() for label, result in runs.items()}
        report["code_at_end"] = code_state()

        print("peers: httpx fetch …", flush=True)
        urls = [server.origin + path for path in corpus.article_paths]
        # In a process of its own, as our crawl is: the server's threads keep this one's GIL busy.
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as peer_process:
            report["fetch_peer"] = peer_process.submit(fetch_peer, urls, concurrency).result().as_dict()
        server.take_log()
        sample = sample_pages(corpus, server.origin, min(peer_sample, pages))
    print(f"peers: parsers on {len(sample)} pages …", flush=True)
    report["parse_peers"] = {name: measure.as_dict() for name, measure in parse_peers(sample).items()}
    report["targets"] = evaluate(report, runs, pages)
    return report


def evaluate(report: dict, runs: dict[str, RunResult], pages: int) -> list[dict]:
    first, second, startup = runs["first"], runs["second"], runs["startup"]
    checks = []

    def check(name: str, value: float | None, target: str, passed: bool | None, note: str = "") -> None:
        checks.append({"target": name, "value": value, "goal": target, "passed": passed, "note": note})

    check("10k pages empty→marts (s)", round(first.wall_seconds, 1), "≤ 300", first.wall_seconds <= 300 and first.status == "SUCCESS",
          f"at {pages} pages")
    compute = first.stages.get("parse", 0) + first.stages.get("enrich", 0)
    steps = first.steps.get("parsed_documents", 0) + first.steps.get("enriched_items", 0)
    if compute:
        check("parse+enrich pages/s (compute)", round(pages / compute, 1), "≥ 100", pages / compute >= 100,
              f"step walls incl. load and process start-up: {pages / steps:.1f} pages/s" if steps else "")
    else:
        check("parse+enrich pages/s", None, "≥ 100", None, "no parse/enrich metadata in the run")
    peers = report["parse_peers"]
    ours = peers["ours (scrapers.parse.parse_page)"]["seconds"]
    speedup = peers["trafilatura.extract"]["seconds"] / ours
    check("parse speed vs trafilatura (×)", round(speedup, 2), "≥ 3", speedup >= 3,
          f"lxml floor is {ours / peers['lxml.html.fromstring (floor)']['seconds']:.1f}× faster than ours")
    beyond_first = first.wall_seconds - startup.wall_seconds
    beyond_second = second.wall_seconds - startup.wall_seconds
    share = beyond_second / beyond_first if beyond_first > 0 else None
    bodies = second.requests.get("article_bodies", 0)
    check("second run beyond start-up / first's", round(share, 3) if share is not None else None, "≤ 0.10",
          share is not None and share <= 0.10 and second.status == "SUCCESS",
          f"start-up {startup.wall_seconds:.1f} s; second run {second.wall_seconds:.1f} s; "
          f"article bodies transferred on the second run: {bodies}")
    peak = max(run.peak_pss_bytes for run in runs.values())
    check("peak memory, process tree PSS (MiB)", round(peak / 2**20), "≤ 1536", peak <= TARGETS["peak_rss_bytes_max"],
          f"summed RSS {max(run.peak_rss_bytes for run in runs.values()) / 2**20:.0f} MiB (shared pages counted per "
          f"process); largest single process RSS {max(run.peak_single_rss_bytes for run in runs.values()) / 2**20:.0f} MiB")
    return checks


# --------------------------------------------------------------------------- output


def print_report(report: dict) -> None:
    pages = report["pages"]
    print()
    print(f"== gazette benchmark: {pages} pages, {report['generate']['sources']} sources, "
          f"{report['cpu_count']} cores, concurrency {report['concurrency']}, code {report['code_at_start']}")
    if report["code_at_end"] != report["code_at_start"]:
        print(f"!! the code changed during the benchmark (now {report['code_at_end']}): runs are not comparable")
    for label, run in report["runs"].items():
        work_pages = 1 if label == "startup" else pages
        print(f"\n-- {label} run: {run['status']}, wall {run['wall_seconds']:.1f} s, "
              f"peak PSS {run['peak_pss_bytes'] / 2**20:.0f} MiB, summed RSS {run['peak_rss_bytes'] / 2**20:.0f} MiB "
              f"over ≤{run['peak_processes']} processes")
        print(f"   {'stage':<16}{'seconds':>10}{'pages/s':>10}")
        for stage, seconds in run["stages"].items():
            rate = f"{work_pages / seconds:10.1f}" if seconds and label != "startup" else f"{'':>10}"
            print(f"   {stage:<16}{seconds:>10.2f}{rate}")
        print(f"   {'steps (s)':<16}" + ", ".join(f"{step} {seconds:.1f}" for step, seconds in run["steps"].items()))
        print(f"   {'peak RSS (MiB)':<16}" + ", ".join(
            f"{step} {rss / 2**20:.0f}" for step, rss in run["step_peak_rss_bytes"].items()))
        requests = run["requests"]
        print(f"   server: {requests.get('article_requests', 0)} article requests "
              f"({requests.get('article_200', 0)}×200, {requests.get('article_304', 0)}×304, "
              f"{requests.get('article_bodies', 0)} bodies, {requests.get('article_body_bytes', 0) / 1e6:.1f} MB), "
              f"{requests.get('other_requests', 0)} other")
        if run.get("log_tail"):
            print("   log tail:\n" + run["log_tail"])
    fetch = report["fetch_peer"]
    print(f"\n-- peers (same pages, same run)\n   fetch: {fetch['name']} {fetch['pages']} articles in "
          f"{fetch['seconds']:.2f} s = {fetch['pages_per_second']:.0f} pages/s")
    first_fetch = report["runs"]["first"]["stages"].get("fetch") or report["runs"]["first"]["stages"].get("discover+fetch")
    if first_fetch:
        print(f"   ours (crawl incl. discovery, listings, robots): {first_fetch:.2f} s = "
              f"{pages / first_fetch:.0f} pages/s, {first_fetch / fetch['seconds']:.2f}× the peer's time")
    ours = report["parse_peers"]["ours (scrapers.parse.parse_page)"]
    for name, measure in report["parse_peers"].items():
        print(f"   parse: {name:<36}{measure['pages']:>6} pages {measure['seconds']:>8.2f} s "
              f"{measure['pages_per_second']:>8.1f} pages/s  ({measure['seconds'] / ours['seconds']:.2f}× ours' time)")
    print("\n-- targets")
    for check in report["targets"]:
        verdict = {True: "PASS", False: "FAIL", None: "n/a"}[check["passed"]]
        print(f"   [{verdict}] {check['target']}: {check['value']} (goal {check['goal']}) {check['note']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight (ours per host, and the peer's)")
    parser.add_argument("--peer-sample", type=int, default=1000, help="pages the parse peers run on")
    parser.add_argument("--json", type=Path, help="write the full report here")
    parser.add_argument("--baseline", type=Path, help="an earlier report's JSON, for RSS growth")
    parser.add_argument("--keep", action="store_true", help="keep the temporary corpus, warehouse and logs")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="gazette-bench-"))
    try:
        report = benchmark(args.pages, args.seed, args.concurrency, args.peer_sample, work)
        if args.baseline:
            baseline = json.loads(args.baseline.read_text(encoding="utf-8"))
            before = max(run["peak_pss_bytes"] for run in baseline["runs"].values())
            after = max(run["peak_pss_bytes"] for run in report["runs"].values())
            growth = after / before - 1
            report["targets"].append({
                "target": f"RSS growth {baseline['pages']} → {report['pages']} pages", "value": round(growth, 3),
                "goal": "< 0.20", "passed": growth < TARGETS["rss_growth_to_3x_pages_max"],
                "note": f"{before / 2**20:.0f} → {after / 2**20:.0f} MiB",
            })
        print_report(report)
        if args.json:
            args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        ok = all(run["status"] == "SUCCESS" for run in report["runs"].values())
        return 0 if ok else 1
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
