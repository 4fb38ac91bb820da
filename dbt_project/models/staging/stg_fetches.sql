select
    run_id,
    source_id,
    url,
    kind as page_kind,
    fetched_at,
    status as http_status,
    not_modified,
    error as fetch_error,
    error is null as is_success,
    content_hash,
    final_url
from {{ source('raw', 'fetches') }}
