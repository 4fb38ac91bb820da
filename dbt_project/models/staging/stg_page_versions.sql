select
    url,
    content_hash,
    source_id,
    kind as page_kind,
    fetched_at as first_seen_at,
    status as http_status,
    octet_length(body) as body_bytes,
    row_number() over (partition by url order by fetched_at) as version_no,
    row_number() over (partition by url order by fetched_at desc) = 1 as is_latest
from {{ source('raw', 'pages') }}
