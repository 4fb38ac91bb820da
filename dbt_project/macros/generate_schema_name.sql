{#- Models land in the schema their folder names (marts, not main_marts): BI dashboards and
    users' scripts address marts.dim_documents directly. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}{{ target.schema }}{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}
{%- endmacro %}
