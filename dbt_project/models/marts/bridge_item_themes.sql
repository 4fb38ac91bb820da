-- Item × theme, for multi-label analysis: the primary theme and every secondary theme.
select
    it.part_id as item_id,
    it.document_id,
    d.region_code,
    d.plan_year,
    it.theme_code,
    th.theme_name,
    it.score,
    it.is_primary,
    it.low_confidence,
    it.evidence
from {{ ref('stg_item_themes') }} it
join {{ ref('int_documents_enriched') }} d using (document_id)
join {{ ref('stg_themes') }} th using (theme_code)
