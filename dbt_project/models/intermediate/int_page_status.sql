-- Where each page stands after its latest exchange: a page whose URL now answers 404/410 or a
-- "page deleted" notice is withdrawn, and keeps its history.
with ranked as (
    select
        url,
        source_id,
        page_kind,
        fetched_at,
        http_status,
        fetch_error,
        is_success,
        row_number() over (partition by url order by fetched_at desc) as recency
    from {{ ref('stg_fetches') }}
)

select
    url,
    source_id,
    page_kind,
    max(fetched_at) as last_fetched_at,
    max(fetched_at) filter (where is_success) as last_success_at,
    any_value(fetch_error) filter (where recency = 1) as last_error,
    coalesce(any_value(fetch_error in ('http 404', 'http 410', 'soft-404')) filter (where recency = 1), false) as is_withdrawn
from ranked
group by url, source_id, page_kind
