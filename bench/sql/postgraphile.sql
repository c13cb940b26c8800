-- Installed by the benchmark into its own database only (never a migration of the app): what PostGraphile 4
-- needs to answer Kensho's screens from the same tables. Smart comments name the references the schema
-- keeps without a foreign key; computed columns give the lists Kensho derives (tags by id array, circled
-- numbers, histories, assigned members in list order); bench_save_sheet is saveSheet as one SQL function:
-- the same lock, version check, editability rule, revision and audit event.

COMMENT ON TABLE workflow_transition IS E'@foreignKey ("actorId") references app_user (id)';
COMMENT ON TABLE sheet IS E'@foreignKey ("updatedById") references app_user (id)';
COMMENT ON TABLE sheet_revision IS E'@foreignKey ("savedById") references app_user (id)';
COMMENT ON TABLE council_opinion_revision IS E'@foreignKey ("savedById") references app_user (id)';
COMMENT ON TABLE council_opinion IS E'@foreignKey ("updatedById") references app_user (id)';

CREATE OR REPLACE FUNCTION cycle_transitions(c cycle) RETURNS SETOF workflow_transition AS $$
  SELECT * FROM workflow_transition WHERE "subjectType" = 'cycle' AND "subjectId" = c.id ORDER BY at
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION sheet_transitions(s sheet) RETURNS SETOF workflow_transition AS $$
  SELECT * FROM workflow_transition WHERE "subjectType" = 'sheet' AND "subjectId" = s.id ORDER BY at
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION sheet_tags(s sheet) RETURNS SETOF tag AS $$
  SELECT t.* FROM unnest(s."tagIds") WITH ORDINALITY AS x(id, n) JOIN tag t ON t.id = x.id ORDER BY x.n
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION council_opinion_tags(c council_opinion) RETURNS SETOF tag AS $$
  SELECT t.* FROM unnest(c."tagIds") WITH ORDINALITY AS x(id, n) JOIN tag t ON t.id = x.id ORDER BY x.n
$$ LANGUAGE sql STABLE;

-- ①…⑳ ㉑…㉟ ㊱…㊿ (n), as circledNumber() in libs/domain
CREATE OR REPLACE FUNCTION council_opinion_mark(c council_opinion) RETURNS text AS $$
  SELECT CASE
    WHEN c.position BETWEEN 1 AND 20 THEN chr(9311 + c.position)
    WHEN c.position BETWEEN 21 AND 35 THEN chr(12881 + c.position - 21)
    WHEN c.position BETWEEN 36 AND 50 THEN chr(12977 + c.position - 36)
    ELSE '(' || c.position || ')' END
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION project_assigned_members(p project) RETURNS SETOF member AS $$
  SELECT m.* FROM assignment a JOIN member m ON m.id = a."memberId" WHERE a."projectId" = p.id ORDER BY m."sortOrder"
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION member_opinion_used_in(o member_opinion) RETURNS SETOF council_opinion AS $$
  SELECT c.* FROM council_opinion_source s JOIN council_opinion c ON c.id = s."councilOpinionId"
   WHERE s."memberOpinionId" = o.id ORDER BY c.position
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION council_opinion_sources(c council_opinion) RETURNS SETOF member_opinion AS $$
  SELECT o.* FROM council_opinion_source s JOIN member_opinion o ON o.id = s."memberOpinionId"
   WHERE s."councilOpinionId" = c.id ORDER BY o."createdAt"
$$ LANGUAGE sql STABLE;

-- saveSheet: lock the row, check the version, check that the actor's department may edit it now (its own
-- department, a draft or returned sheet, the cycle in Do), keep the replaced content as a revision, write
-- the new content and the audit event; or nothing.
CREATE OR REPLACE FUNCTION bench_save_sheet(sheet_id uuid, expected_version integer, new_content jsonb, actor_id uuid)
RETURNS sheet AS $$
DECLARE
  s sheet;
  saved sheet;
BEGIN
  SELECT * INTO s FROM sheet WHERE id = sheet_id FOR UPDATE;
  IF NOT FOUND THEN RAISE EXCEPTION 'NOT_FOUND' USING ERRCODE = 'P0002'; END IF;
  IF s.version <> expected_version THEN RAISE EXCEPTION 'CONFLICT: version %', s.version USING ERRCODE = '40001'; END IF;
  IF NOT EXISTS (
    SELECT 1 FROM project p JOIN cycle c ON c.id = p."cycleId" JOIN app_user u ON u.id = actor_id
     WHERE p.id = s."projectId" AND u.role = 'DEPARTMENT_STAFF' AND u.active AND u."departmentId" = p."departmentId"
       AND s.state IN ('DRAFT', 'RETURNED') AND c.phase = 'DO'
  ) THEN RAISE EXCEPTION 'FORBIDDEN' USING ERRCODE = '42501'; END IF;
  INSERT INTO sheet_revision ("sheetId", version, content, "savedById", "savedAt")
    VALUES (s.id, s.version, s.content, s."updatedById", s."updatedAt");
  UPDATE sheet SET content = new_content, version = s.version + 1, "updatedById" = actor_id, "updatedAt" = now()
   WHERE id = s.id RETURNING * INTO saved;
  INSERT INTO audit_event ("actorId", "entityType", "entityId", action, before, after)
    VALUES (actor_id, 'sheet', s.id, 'UPDATE', jsonb_build_object('version', s.version), jsonb_build_object('version', saved.version));
  RETURN saved;
END
$$ LANGUAGE plpgsql VOLATILE;
