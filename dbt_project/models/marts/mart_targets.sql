select
    t.target_id,
    t.part_id as item_id,
    t.document_id,
    d.region_code,
    d.plan_year,
    th.primary_theme,
    t.span,
    t.value,
    t.value_max,
    t.unit,
    t.unit_normalized,
    t.scale,
    t.value_normalized,
    t.value_max_normalized,
    t.comparator,
    t.subject,
    t.hedged,
    t.status,
    t.deadline,
    t.start_offset,
    t.end_offset,
    d.doc_kind,
    d.publisher,
    p.section_heading,
    p.path as item_path
from {{ ref('stg_targets') }} t
join {{ ref('int_documents_enriched') }} d using (document_id)
join {{ ref('stg_parts') }} p using (part_id)
left join {{ ref('int_item_themes') }} th using (part_id)
