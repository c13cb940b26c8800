import type { CycleFacts } from '@kensho/domain';
import type { EntityManager } from 'typeorm';

/** The counts the phase machine's preconditions read, for each of the cycles; one statement. */
export async function cycleFacts(m: EntityManager, cycleIds: string[]): Promise<Map<string, CycleFacts>> {
  const rows: Array<CycleFacts & { cycleId: string }> = await m.query(
    `SELECT c.id AS "cycleId",
       (SELECT count(*) FROM article a WHERE a."ordinanceId" = c."ordinanceId")::int AS "articleCount",
       count(p.id)::int AS "entryCount",
       count(p.id) FILTER (WHERE p."departmentId" IS NULL)::int AS "entriesWithoutDepartment",
       count(p.id) FILTER (WHERE p."groupId" IS NULL)::int AS "entriesWithoutGroup",
       count(p.id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM assignment a WHERE a."projectId" = p.id))::int AS "entriesWithoutAssignment",
       count(p.id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM sheet s WHERE s."projectId" = p.id AND s.state = 'ACCEPTED'))::int AS "sheetsNotAccepted",
       count(p.id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM council_opinion o WHERE o."projectId" = p.id AND o.state = 'CONFIRMED'))::int AS "entriesWithoutConfirmedOpinion",
       (SELECT count(*) FROM council_opinion o JOIN project op ON op.id = o."projectId" AND op."withdrawnAt" IS NULL
         WHERE o."cycleId" = c.id AND o.state = 'CONFIRMED'
           AND NOT EXISTS (SELECT 1 FROM response_opinion ro JOIN response r ON r.id = ro."responseId" WHERE ro."councilOpinionId" = o.id AND r.state = 'APPROVED')
       )::int AS "opinionsWithoutApprovedResponse"
     FROM cycle c LEFT JOIN project p ON p."cycleId" = c.id AND p."verifiedWithId" IS NULL AND p."withdrawnAt" IS NULL
     WHERE c.id = ANY($1) GROUP BY c.id`,
    [cycleIds],
  );
  return new Map(rows.map(({ cycleId, ...facts }) => [cycleId, facts]));
}
