select
    part_id,
    document_id,
    theme_code,
    score,
    is_primary,
    low_confidence,
    evidence
from {{ source('core', 'item_themes') }}
