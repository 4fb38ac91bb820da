select
    document_id,
    source_id,
    numbering_scheme,
    item_count,
    issue_count,
    quality
from {{ source('core', 'parse_quality') }}
