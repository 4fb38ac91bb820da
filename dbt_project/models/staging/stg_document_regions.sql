select
    document_id,
    region_code,
    method as region_method,
    confidence as region_confidence,
    ambiguous as region_ambiguous,
    candidates as region_candidates,
    uscc,
    uscc_valid,
    uscc_division
from {{ source('core', 'document_regions') }}
