select
    q.document_id,
    q.source_id,
    d.url,
    d.title,
    q.numbering_scheme,
    q.item_count,
    q.issue_count,
    q.quality
from {{ ref('stg_parse_quality') }} q
join {{ ref('stg_documents') }} d using (document_id)
