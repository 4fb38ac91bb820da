-- Region × plan year × theme, by each item's primary theme. item_share is the theme's share of
-- the items of that region's documents for that year. Every codebook theme appears for every
-- region-year, with zeros, so that shares compare across places and years.
with items as (
    select region_code, plan_year, primary_theme as theme_code, target_count
    from {{ ref('fct_items') }}
    where part_kind in ('item', 'subitem', 'paragraph')
),

region_years as (
    select region_code, plan_year, count(*) as region_year_items
    from items
    group by region_code, plan_year
),

counts as (
    select region_code, plan_year, theme_code,
           count(*) as item_count,
           sum(target_count) as target_count
    from items
    group by region_code, plan_year, theme_code
)

select
    ry.region_code,
    ry.plan_year,
    th.theme_code,
    th.theme_name,
    coalesce(c.item_count, 0) as item_count,
    coalesce(c.target_count, 0) as target_count,
    coalesce(c.item_count, 0) / ry.region_year_items as item_share
from region_years ry
cross join {{ ref('stg_themes') }} th
left join counts c
    on c.region_code = ry.region_code
    and c.plan_year is not distinct from ry.plan_year
    and c.theme_code = th.theme_code
