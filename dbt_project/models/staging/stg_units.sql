select unit_normalized, dimension
from {{ source('core', 'units') }}
