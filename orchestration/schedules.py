from dagster import DefaultScheduleStatus, RunRequest, ScheduleEvaluationContext, schedule

from orchestration.jobs import nightly
from orchestration.resources import source_partitions


@schedule(
    name="nightly_at_two",
    job=nightly,
    cron_schedule="0 2 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=DefaultScheduleStatus.RUNNING,
)
def nightly_schedule(context: ScheduleEvaluationContext) -> RunRequest:
    """One run for every source: the crawl covers the whole partition range at once."""
    sources = source_partitions.get_partition_keys()
    tags = {}
    if sources:
        tags = {"dagster/asset_partition_range_start": sources[0], "dagster/asset_partition_range_end": sources[-1]}
    return RunRequest(run_key=None, tags=tags)
