-- Test data only (never on the classpath of the app): nineteen copies of every therapy with its drugs, sources,
-- side effects, indications and approvals, and of every drug, side effect (with what to do about it) and topic,
-- so the catalogue is twenty times its real size. SqlStatementCountTest runs every page on it to show the number of SQL statements a page
-- needs does not grow with the catalogue. H2 syntax is fine here: this script only runs on H2.

CREATE TABLE bulk_copy (n INTEGER PRIMARY KEY);
INSERT INTO bulk_copy (n) SELECT x FROM SYSTEM_RANGE(1, 19);

INSERT INTO drug (name) SELECT d.name || ' copy ' || c.n FROM drug d, bulk_copy c;
INSERT INTO drug_brand_name (drug_id, brand_name)
SELECT copy.id, b.brand_name || ' Copy ' || c.n FROM drug_brand_name b JOIN drug d ON d.id = b.drug_id
CROSS JOIN bulk_copy c JOIN drug copy ON copy.name = d.name || ' copy ' || c.n;

INSERT INTO side_effect (slug, name, explanation)
SELECT e.slug || '-copy-' || c.n, e.name || ' ' || c.n, e.explanation FROM side_effect e, bulk_copy c;
INSERT INTO side_effect_action (side_effect_id, urgency, notice, action, reviewed_on)
SELECT copy.id, a.urgency, a.notice, a.action, a.reviewed_on FROM side_effect_action a
JOIN side_effect e ON e.id = a.side_effect_id CROSS JOIN bulk_copy c JOIN side_effect copy ON copy.slug = e.slug || '-copy-' || c.n;
INSERT INTO side_effect_action_source (side_effect_action_id, source_id)
SELECT acopy.id, x.source_id FROM side_effect_action_source x
JOIN side_effect_action a ON a.id = x.side_effect_action_id JOIN side_effect e ON e.id = a.side_effect_id
CROSS JOIN bulk_copy c JOIN side_effect copy ON copy.slug = e.slug || '-copy-' || c.n
JOIN side_effect_action acopy ON acopy.side_effect_id = copy.id AND acopy.urgency = a.urgency;

INSERT INTO therapy (slug, name, drug_class_id, category, summary, how_it_works, route, schedule, reviewed_on)
SELECT t.slug || '-copy-' || c.n, t.name || ' (copy ' || c.n || ')', t.drug_class_id, t.category, t.summary,
       t.how_it_works, t.route, t.schedule, t.reviewed_on
FROM therapy t, bulk_copy c WHERE t.slug NOT LIKE '%-copy-%';

INSERT INTO therapy_drug (therapy_id, drug_id, position)
SELECT copy.id, dcopy.id, td.position FROM therapy_drug td
JOIN therapy t ON t.id = td.therapy_id JOIN drug d ON d.id = td.drug_id CROSS JOIN bulk_copy c
JOIN therapy copy ON copy.slug = t.slug || '-copy-' || c.n JOIN drug dcopy ON dcopy.name = d.name || ' copy ' || c.n;

INSERT INTO therapy_source (therapy_id, source_id)
SELECT copy.id, ts.source_id FROM therapy_source ts JOIN therapy t ON t.id = ts.therapy_id CROSS JOIN bulk_copy c
JOIN therapy copy ON copy.slug = t.slug || '-copy-' || c.n;

INSERT INTO therapy_side_effect (therapy_id, side_effect_id, frequency, serious)
SELECT copy.id, ecopy.id, tse.frequency, tse.serious FROM therapy_side_effect tse
JOIN therapy t ON t.id = tse.therapy_id JOIN side_effect e ON e.id = tse.side_effect_id CROSS JOIN bulk_copy c
JOIN therapy copy ON copy.slug = t.slug || '-copy-' || c.n JOIN side_effect ecopy ON ecopy.slug = e.slug || '-copy-' || c.n;

INSERT INTO indication (code, therapy_id, hr_status, her2_positive, her2_low, her2_ultralow, her2_zero, menopause,
                        site, line, conditions, reviewed_on)
SELECT i.code || '-copy-' || c.n, copy.id, i.hr_status, i.her2_positive, i.her2_low, i.her2_ultralow, i.her2_zero,
       i.menopause, i.site, i.line, i.conditions, i.reviewed_on
FROM indication i JOIN therapy t ON t.id = i.therapy_id CROSS JOIN bulk_copy c
JOIN therapy copy ON copy.slug = t.slug || '-copy-' || c.n;

INSERT INTO indication_biomarker (indication_id, biomarker_id)
SELECT copy.id, ib.biomarker_id FROM indication_biomarker ib JOIN indication i ON i.id = ib.indication_id
CROSS JOIN bulk_copy c JOIN indication copy ON copy.code = i.code || '-copy-' || c.n;

INSERT INTO indication_source (indication_id, source_id)
SELECT copy.id, s.source_id FROM indication_source s JOIN indication i ON i.id = s.indication_id
CROSS JOIN bulk_copy c JOIN indication copy ON copy.code = i.code || '-copy-' || c.n;

INSERT INTO approval (therapy_id, region, status, decided_on, note, source_id, reviewed_on)
SELECT copy.id, a.region, a.status, a.decided_on, a.note, a.source_id, a.reviewed_on FROM approval a
JOIN therapy t ON t.id = a.therapy_id CROSS JOIN bulk_copy c JOIN therapy copy ON copy.slug = t.slug || '-copy-' || c.n;

INSERT INTO approval_indication (approval_id, indication_id)
SELECT acopy.id, icopy.id FROM approval_indication x
JOIN approval a ON a.id = x.approval_id JOIN indication i ON i.id = x.indication_id JOIN therapy t ON t.id = a.therapy_id
CROSS JOIN bulk_copy c JOIN therapy copy ON copy.slug = t.slug || '-copy-' || c.n
JOIN approval acopy ON acopy.therapy_id = copy.id AND acopy.region = a.region AND acopy.decided_on = a.decided_on
JOIN indication icopy ON icopy.code = i.code || '-copy-' || c.n;

INSERT INTO topic (slug, title, kind, site, summary, body, reviewed_on)
SELECT t.slug || '-copy-' || c.n, t.title || ' ' || c.n, t.kind, t.site, t.summary, t.body, t.reviewed_on
FROM topic t, bulk_copy c;
INSERT INTO topic_source (topic_id, source_id)
SELECT copy.id, ts.source_id FROM topic_source ts JOIN topic t ON t.id = ts.topic_id CROSS JOIN bulk_copy c
JOIN topic copy ON copy.slug = t.slug || '-copy-' || c.n;

DROP TABLE bulk_copy;
