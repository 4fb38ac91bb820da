select
    part_id,
    document_id,
    ordinal,
    kind as part_kind,
    path,
    section_no,
    section_heading,
    item_no,
    item_marker,
    sub_no,
    title,
    text,
    start_offset,
    end_offset
from {{ source('core', 'parts') }}
