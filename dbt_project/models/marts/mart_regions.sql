-- Every region that has documents (the unknown region included), with its place in the
-- GB/T 2260 hierarchy.
with docs as (
    select region_code,
           count(*) as document_count,
           sum(item_count) as item_count,
           sum(target_count) as target_count,
           min(plan_year) as first_plan_year,
           max(plan_year) as latest_plan_year
    from {{ ref('dim_documents') }}
    group by region_code
)

select
    g.region_code,
    g.region_name,
    g.region_level,
    g.province_code,
    g.province_name,
    g.prefecture_code,
    g.prefecture_name,
    docs.document_count,
    docs.item_count,
    docs.target_count,
    docs.first_plan_year,
    docs.latest_plan_year
from docs
join {{ ref('stg_divisions') }} g using (region_code)
