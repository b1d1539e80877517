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
    count(DISTINCT m.region) FILTER (WHERE m.status = 'auto') AS region_count,
    coalesce(list_sort(list(DISTINCT m.region) FILTER (WHERE m.status = 'auto' AND m.region IS NOT NULL)), [])
        AS regions,
    count(*) FILTER (WHERE m.status = 'review') AS matches_in_review,
    c.source
FROM catalogue AS c
LEFT JOIN catalogue_matches AS m ON m.catalogue_id = c.catalogue_id
GROUP BY c.catalogue_id, c.kind, c.industry, c.name, c.source;

-- Indicator targets by year, one row per indicator and year, with what is
-- needed to put regions side by side: the region and its code, the industry
-- code, the canonical unit, the indicator's meaning key (name_lemmas) and the
-- catalogue entry the indicator's project matched (so the same federal
-- project lines up across regions even when each region words it
-- differently). Columns keep the names they have in their tables.
CREATE OR REPLACE VIEW indicator_targets AS
SELECT
    i.region,
    i.region_code,
    i.industry_code,
    i.industry,
    m.catalogue_id,
    i.project,
    i.project_id,
    i.name,
    i.name_lemmas,
    i.unit,
    i.unit_canonical,
    v.year,
    v.value,
    v.value_raw,
    i.doc_id,
    i.indicator_id
FROM indicator_values AS v
JOIN indicators AS i USING (doc_id, indicator_id)
LEFT JOIN catalogue_matches AS m
    ON m.doc_id = i.doc_id AND m.project_id = i.project_id AND m.status = 'auto';

-- The same federal project's indicators across regions: current editions
-- only, indicators of projects matched to a catalogue entry, keyed by the
-- entry and the indicator's meaning (name_lemmas: its words as lemmas, so
-- case, word order and item numbers do not matter). region_count says in
-- how many regions the key occurs; PIVOT ON region for one row per key and year.
CREATE OR REPLACE VIEW indicator_comparison AS
SELECT
    x.catalogue_id,
    c.name AS catalogue_name,
    x.name_lemmas,
    x.year,
    x.region,
    x.region_code,
    x.name,
    x.unit,
    x.unit_canonical,
    x.value,
    x.value_raw,
    count(DISTINCT x.region) OVER (PARTITION BY x.catalogue_id, x.name_lemmas) AS region_count,
    x.doc_id,
    x.indicator_id
FROM indicator_targets AS x
JOIN catalogue AS c USING (catalogue_id)
WHERE x.name_lemmas IS NOT NULL
  AND x.doc_id IN (SELECT doc_id FROM documents WHERE is_current);

-- Indicator targets that changed between two editions of a region's
-- strategy (every pair old_edition < new_edition). An indicator is the same
-- in both when its meaning key, unit and year are and its project is: the
-- same catalogue entry, or the same project cell text (case and spacing
-- aside). An indicator whose project was renamed and matches no catalogue
-- entry is therefore not compared.
CREATE OR REPLACE VIEW indicator_changes AS
WITH keyed AS (
    SELECT d.region, d.region_code, d.edition, x.doc_id, x.project, x.name, x.unit, x.year, x.value, x.value_raw,
           x.catalogue_id, lower(regexp_replace(trim(x.project), '\s+', ' ', 'g')) AS project_text,
           coalesce(x.name_lemmas, lower(trim(x.name))) AS name_key
    FROM indicator_targets AS x
    JOIN documents AS d USING (doc_id)
    WHERE d.edition IS NOT NULL
)
SELECT
    n.region,
    n.region_code,
    o.edition AS old_edition,
    n.edition AS new_edition,
    n.project,
    n.name,
    n.unit,
    n.year,
    o.value_raw AS old_value_raw,
    n.value_raw AS new_value_raw,
    o.value AS old_value,
    n.value AS new_value,
    o.doc_id AS old_doc_id,
    n.doc_id AS new_doc_id
FROM keyed AS n
JOIN keyed AS o
    ON o.region = n.region AND o.edition < n.edition
   AND (o.catalogue_id = n.catalogue_id OR o.project_text = n.project_text)
   AND o.name_key = n.name_key AND o.unit = n.unit AND o.year = n.year
WHERE o.value_raw IS DISTINCT FROM n.value_raw;
