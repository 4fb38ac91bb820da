-- Every part of every document: numbered items, sub-items, and the unnumbered parts (preamble,
-- notice, paragraphs of sections without numbers), so that no text and no target is lost.
select
    p.part_id as item_id,
    p.document_id,
    d.region_code,
    d.plan_year,
    p.part_kind,
    p.ordinal,
    p.path,
    p.section_no,
    p.section_heading,
    p.item_no,
    p.item_marker,
    p.sub_no,
    p.title,
    p.text,
    p.start_offset,
    p.end_offset,
    th.primary_theme,
    th.primary_theme_score,
    th.theme_low_confidence,
    th.secondary_themes,
    k.keywords,
    coalesce(t.target_count, 0) as target_count
from {{ ref('stg_parts') }} p
join {{ ref('int_documents_enriched') }} d using (document_id)
left join {{ ref('int_item_themes') }} th using (part_id)
left join {{ ref('stg_item_keywords') }} k using (part_id)
left join (
    select part_id, count(*) as target_count from {{ ref('stg_targets') }} group by part_id
) t using (part_id)
