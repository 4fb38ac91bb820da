select theme_code, theme_name_zh as theme_name, theme_name_en, scope
from {{ ref('themes') }}
