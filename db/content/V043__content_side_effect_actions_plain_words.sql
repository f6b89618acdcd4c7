-- Review (2026-12-06): three "what you may notice" texts of V039 and V042 read above grade 8 once PatientTextTest
-- covered them. Same meaning, shorter sentences; the sources are unchanged.
UPDATE side_effect_action SET notice = 'This happens in the first weeks. You may get bad diarrhoea, a very sore mouth, or a temperature. Or you are sick.'
WHERE urgency = 'CALL_NOW' AND side_effect_id = (SELECT id FROM side_effect WHERE slug = 'dpd-deficiency');
UPDATE side_effect_action SET notice = 'This can happen during immunotherapy or months after it. You may get diarrhoea, yellow skin or eyes, or dark pee. Or a new cough, a fast heartbeat, or bad aches.'
WHERE urgency = 'CALL_NOW' AND side_effect_id = (SELECT id FROM side_effect WHERE slug = 'immune-side-effects');
UPDATE side_effect_action SET notice = 'You have immunotherapy. Your joints or muscles get new pain, stiffness or swelling.'
WHERE urgency = 'CALL_TODAY' AND side_effect_id = (SELECT id FROM side_effect WHERE slug = 'joint-pain');

-- V041 gave NCI's Cancer Information Service page a guessed date (2011-01-01, from "for over 35 years"); the page
-- states none, so it takes the date we checked it, as every undated page does.
UPDATE source SET published_on = DATE '2026-12-06' WHERE code = 'nci-cancer-information-service';
