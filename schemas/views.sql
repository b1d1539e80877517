-- Views for analysts over the curated tables (run after the tables exist).

-- Which regions adopted each catalogue entry: one row per entry, entries no
-- region adopted included. Only `auto` matches count as adoption; matches
-- still waiting for a person are counted apart so they are not lost.
CREATE OR REPLACE VIEW catalogue_adoption AS
SELECT
    c.catalogue_id,
    c.kind,
    c.industry,
    c.name,
    count(DISTINCT d.region) FILTER (WHERE m.status = 'auto') AS region_count,
    coalesce(list_sort(list(DISTINCT d.region) FILTER (WHERE m.status = 'auto' AND d.region IS NOT NULL)), [])
        AS regions,
    count(*) FILTER (WHERE m.status = 'review') AS matches_in_review,
    c.source
FROM catalogue AS c
LEFT JOIN catalogue_matches AS m ON m.catalogue_id = c.catalogue_id
LEFT JOIN documents AS d ON d.doc_id = m.doc_id
GROUP BY c.catalogue_id, c.kind, c.industry, c.name, c.source;

-- Indicator targets by year, one row per indicator and year, with what is
-- needed to put regions side by side: the region and its code, the industry
-- code, the canonical unit, and the catalogue entry the indicator's project
-- matched (so the same federal project lines up across regions even when
-- each region words it differently). PIVOT on region for a wide table.
CREATE OR REPLACE VIEW indicator_targets AS
SELECT
    d.region,
    d.region_code,
    i.industry_code,
    i.industry,
    m.catalogue_id,
    i.project,
    i.name AS indicator,
    coalesce(i.unit_canonical, i.unit) AS unit,
    v.year,
    v.value,
    v.value_raw,
    i.doc_id,
    i.indicator_id
FROM indicator_values AS v
JOIN indicators AS i USING (doc_id, indicator_id)
JOIN documents AS d USING (doc_id)
LEFT JOIN catalogue_matches AS m
    ON m.doc_id = i.doc_id AND m.project_id = i.project_id AND m.status = 'auto';
