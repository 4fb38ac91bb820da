{#- Fails on every row where the expression is false (the hub's dbt_utils is not reachable offline). -#}
{% test expression_is_true(model, expression) %}
select * from {{ model }} where not ({{ expression }})
{% endtest %}
