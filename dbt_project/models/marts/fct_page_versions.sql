-- Every version of every page: a page that changed after publication keeps its history.
select
    v.url,
    v.source_id,
    v.page_kind,
    v.version_no,
    v.content_hash,
    v.first_seen_at,
    v.body_bytes,
    v.is_latest,
    coalesce(s.is_withdrawn, false) as is_withdrawn
from {{ ref('stg_page_versions') }} v
left join {{ ref('int_page_status') }} s using (url)
