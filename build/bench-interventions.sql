-- Benchmark data for issue 21 (build/bench.sh): 20 interventions and 20 000 episodes over ten years (2016–2025)
-- in one association, with moves, activity months and budgets. Two episodes per code (several episodes per person).
-- Ids are fixed, uppercase like EF Core's SQLite GUIDs; members are the association's own.
CREATE TEMP TABLE m AS SELECT row_number() OVER (ORDER BY Id) - 1 AS k, Id FROM Members;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19)
INSERT INTO Interventions (Id, Name, Kind, EsfCoFinanced, LeadMemberId, CooperatingMemberIds, MunicipalityIds, Methods, Start, Status, CreatedAt)
SELECT printf('B0000000-0000-4000-8000-%012X', i), 'Benchmarkinsats ' || (i + 1), CASE WHEN i % 5 = 4 THEN 'Structural' ELSE 'Individual' END, 0,
       (SELECT Id FROM m WHERE k = 0), '[]', '[]', '[]', '2016-01-01', 'Ongoing', '2026-01-01 00:00:00' FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999),
e AS (SELECT i, date('2016-01-01', '+' || ((i * 37) % 3500) || ' days') AS s FROM n)
INSERT INTO Episodes (Id, InterventionId, Code, Gender, BirthYear, MunicipalityId, ReferringMemberId, Start, "End", EndReasonId,
                      SupportAtStart, SupportAtEnd, Consent, CreatedAt, UpdatedAt)
SELECT printf('B1000000-0000-4000-8000-%012X', i), printf('B0000000-0000-4000-8000-%012X', i / 1000), 'B-' || (i / 2),
       CASE (i / 2) % 2 WHEN 0 THEN 'Woman' ELSE 'Man' END, 1960 + (i / 2) % 40,
       (SELECT Id FROM m WHERE k = i % (SELECT COUNT(*) FROM m)), (SELECT Id FROM m WHERE k = (i / 3) % (SELECT COUNT(*) FROM m)),
       s, CASE WHEN i % 5 = 0 THEN NULL ELSE date(s, '+' || (30 + (i * 13) % 400) || ' days') END,
       CASE WHEN i % 5 = 0 THEN NULL ELSE printf('2A1F0C1E-0021-4000-8000-%012d', 1 + i % 6) END,
       'SocialAssistance', CASE WHEN i % 5 = 0 THEN NULL WHEN i % 3 = 0 THEN 'Salary' ELSE 'Unknown' END, 1,
       '2026-01-01 00:00:00', '2026-01-01 00:00:00'
FROM e;
INSERT INTO EpisodeMoves (Id, EpisodeId, "On", MunicipalityId)
SELECT printf('B2000000-0000-4000-8000-%012X', rowid), Id, date(Start, '+20 days'), (SELECT Id FROM m WHERE k = 1)
FROM Episodes WHERE Id LIKE 'B1000000-%' AND (rowid % 10) = 0;
WITH RECURSIVE months(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM months WHERE k < 2)
INSERT INTO ActivityMonths (EpisodeId, Month, Hours)
SELECT Id, date(Start, 'start of month', '+' || k || ' months'), 10 + k * 5 FROM Episodes, months WHERE Id LIKE 'B1000000-%';
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19), y(year) AS (SELECT 2016 UNION ALL SELECT year + 1 FROM y WHERE year < 2025)
INSERT INTO InterventionBudgets (InterventionId, Year, CostBudget, CostOutcome, EsfCostBudget, EsfCostOutcome, PlannedParticipants)
SELECT printf('B0000000-0000-4000-8000-%012X', i), year, 1000000, 950000, 0, NULL, 100 FROM n, y;
