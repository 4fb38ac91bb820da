from dagster import DefaultScheduleStatus, ScheduleDefinition

from orchestration.jobs import nightly

nightly_schedule = ScheduleDefinition(
    name="nightly_at_two",
    job=nightly,
    cron_schedule="0 2 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=DefaultScheduleStatus.RUNNING,
)
