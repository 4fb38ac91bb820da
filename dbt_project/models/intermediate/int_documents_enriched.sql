-- Documents with their region (or the explicit unknown region) and page status.
select
    d.*,
    coalesce(r.region_code, '000000') as region_code,
    coalesce(r.region_method, 'unresolved') as region_method,
    coalesce(r.region_confidence, 0) as region_confidence,
    coalesce(r.region_ambiguous, false) as region_ambiguous,
    r.uscc,
    r.uscc_valid,
    coalesce(s.is_withdrawn, false) as is_withdrawn,
    v.version_count
from {{ ref('stg_documents') }} d
left join {{ ref('stg_document_regions') }} r using (document_id)
left join {{ ref('int_page_status') }} s using (url)
left join (
    select url, count(*) as version_count from {{ ref('stg_page_versions') }} group by url
) v using (url)
