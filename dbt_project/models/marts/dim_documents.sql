select
    d.document_id,
    d.source_id,
    d.url,
    d.title,
    d.notice_title,
    d.index_no,
    d.doc_no,
    d.pub_date,
    d.pub_date_raw,
    d.written_date,
    d.publisher,
    d.region_code,
    g.region_name,
    g.region_level,
    d.region_method,
    d.region_confidence,
    d.region_ambiguous,
    d.uscc,
    d.uscc_valid,
    d.plan_year,
    d.doc_kind,
    d.site_name,
    d.column_name,
    d.topic,
    d.encoding,
    d.body_chars,
    d.is_withdrawn,
    d.version_count,
    d.content_hash,
    d.parsed_at,
    coalesce(i.item_count, 0) as item_count,
    coalesce(t.target_count, 0) as target_count
from {{ ref('int_documents_enriched') }} d
left join {{ ref('stg_divisions') }} g using (region_code)
left join (
    select document_id, count(*) filter (where part_kind = 'item') as item_count
    from {{ ref('stg_parts') }} group by document_id
) i using (document_id)
left join (
    select document_id, count(*) as target_count from {{ ref('stg_targets') }} group by document_id
) t using (document_id)
