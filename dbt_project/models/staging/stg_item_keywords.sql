select part_id, document_id, keywords
from {{ source('core', 'item_keywords') }}
