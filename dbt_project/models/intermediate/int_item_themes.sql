-- One row per item: its primary theme and the secondary themes above the classifier's threshold.
select
    part_id,
    any_value(theme_code) filter (where is_primary) as primary_theme,
    any_value(score) filter (where is_primary) as primary_theme_score,
    bool_or(low_confidence) as theme_low_confidence,
    coalesce(list(theme_code order by score desc) filter (where not is_primary), []) as secondary_themes
from {{ ref('stg_item_themes') }}
group by part_id
