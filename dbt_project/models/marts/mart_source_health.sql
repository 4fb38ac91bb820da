-- Per source: when it last answered, and how its latest crawl went.
with last_run as (
    select source_id, max(fetched_at) as last_crawled_at, arg_max(run_id, fetched_at) as last_run_id
    from {{ ref('stg_fetches') }}
    group by source_id
)

select
    r.source_id,
    r.last_crawled_at,
    max(f.fetched_at) filter (where f.is_success) as last_success_at,
    count(*) filter (where f.run_id = r.last_run_id) as last_run_fetches,
    count(*) filter (where f.run_id = r.last_run_id and not f.is_success) as last_run_errors,
    count(*) filter (where f.run_id = r.last_run_id and f.not_modified) as last_run_not_modified,
    (select count(*) from {{ ref('int_page_status') }} s where s.source_id = r.source_id and s.is_withdrawn) as withdrawn_pages
from last_run r
join {{ ref('stg_fetches') }} f using (source_id)
group by r.source_id, r.last_crawled_at
