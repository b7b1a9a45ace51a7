-- Approved yearly records for every measure that has indicators, for the fiscal years in temp table
-- "years": each value 5 % above the baseline (or 1 where there is none). Inserted straight into the
-- database before the app serves any page, so no cache holds older pages (the app's own eviction is not
-- involved; the cache starts empty).
INSERT INTO PdcaRecords (MeasureId, FiscalYear, State, DoText, SelfRating, SelfRatingReason, ActionText, UpdatedAt, ApprovedAt, Version)
SELECT m.Id, y.FiscalYear, 4, '計画どおり実施した。', 'B', '概ね計画どおり。', '来年度も継続する。', datetime('now'), datetime('now'),
       hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-A' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))
FROM Measures m CROSS JOIN years y
WHERE EXISTS (SELECT 1 FROM Indicators i WHERE i.MeasureId = m.Id)
  AND NOT EXISTS (SELECT 1 FROM PdcaRecords r WHERE r.MeasureId = m.Id AND r.FiscalYear = y.FiscalYear);

INSERT INTO ActualValues (PdcaRecordId, IndicatorId, Value)
SELECT r.Id, i.Id, printf('%.2f', coalesce(CAST(i.BaselineValue AS REAL), 1) * (1.05 + (r.FiscalYear - 2021) * 0.01))
FROM PdcaRecords r JOIN Indicators i ON i.MeasureId = r.MeasureId
WHERE r.FiscalYear IN (SELECT FiscalYear FROM years)
  AND NOT EXISTS (SELECT 1 FROM ActualValues a WHERE a.PdcaRecordId = r.Id AND a.IndicatorId = i.Id);
