-- The GB/T 2260 table, plus the explicit unknown region that unresolved documents point to.
select code as region_code, name as region_name, level as region_level, parent_code,
       province_code, province_name, prefecture_code, prefecture_name
from {{ source('core', 'divisions') }}
union all
select '000000', '未知地区', 'unknown', null, null, null, null, null
