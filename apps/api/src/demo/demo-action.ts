/**
 * The Action step's demo: FY2019's responses (令和２年度以降の対応), approved by the secretariat.
 */
import type { EntityManager } from 'typeorm';
import { WorkflowTransitionEntity } from '../common/audit/workflow-transition.entity';
import type { CycleEntity } from '../data/cycle.entity';
import type { CouncilOpinionEntity } from '../data/council-opinion.entity';
import type { ProjectEntity } from '../data/project.entity';
import { ResponseOpinionEntity } from '../data/response-opinion.entity';
import { ResponseEntity } from '../data/response.entity';
import type { TagEntity } from '../data/tag.entity';
import { demoTime, type DemoActors } from './demo-check';

interface SeedResponse {
  opinionNos: number[];
  text: string;
  covidRelated: boolean;
}

/** A detailed page of the seed with its responses. */
export interface SeedResponsePage {
  name: string;
  responses: SeedResponse[];
}

/**
 * When the departments submitted and the secretariat approved them: the seed does not say; made up for the
 * demo, before the subcommittee meeting of 2020-07-07 that confirmed the previous year's direction.
 */
export const FY2019_RESPONSES = { submitted: '2020-06-22', approved: '2020-06-29' };

/**
 * The seed's 36 responses as APPROVED responses of their entries, each linked to the confirmed council
 * opinions it answers (5 answer two), with the ※ tag where the seed marks it. The seed gives no category:
 * theirs is null (shown as such); a new response needs one.
 */
export async function seedResponses(
  m: EntityManager,
  cycle: CycleEntity,
  pages: SeedResponsePage[],
  entries: Array<{ name: string; detailedProject: string | null }>,
  projects: ProjectEntity[],
  opinions: CouncilOpinionEntity[],
  covid: TagEntity,
  actors: DemoActors,
): Promise<ResponseEntity[]> {
  const submittedAt = demoTime(FY2019_RESPONSES.submitted);
  const approvedAt = demoTime(FY2019_RESPONSES.approved);
  const planned = pages.flatMap((page) => {
    const entry = entries.find((e) => e.detailedProject === page.name && projects.some((p) => p.name === e.name && !p.verifiedWithId));
    const project = projects.find((p) => p.name === entry?.name)!;
    return page.responses.map((r) => ({
      opinionIds: r.opinionNos.map((no) => opinions.find((o) => o.projectId === project.id && o.position === no)!.id),
      row: {
        cycleId: cycle.id, projectId: project.id, position: Math.min(...r.opinionNos), text: r.text, category: null, difficultyReason: null,
        tagIds: r.covidRelated ? [covid.id] : [], dueDate: null, state: 'APPROVED' as const, updatedById: null, submittedAt, approvedAt,
      },
    }));
  });
  const saved = await m.save(ResponseEntity, planned.map((p) => m.create(ResponseEntity, p.row)));
  await m.insert(ResponseOpinionEntity, saved.flatMap((r, i) => planned[i]!.opinionIds.map((councilOpinionId) => ({ responseId: r.id, councilOpinionId }))));
  await m.insert(WorkflowTransitionEntity, saved.flatMap((r) => [
    { subjectType: 'response', subjectId: r.id, event: 'SUBMIT', fromState: 'DRAFT', toState: 'SUBMITTED', actorId: actors.staffIdOf(projects.find((p) => p.id === r.projectId)?.departmentId ?? null), comment: null, overridden: [], at: submittedAt },
    { subjectType: 'response', subjectId: r.id, event: 'APPROVE', fromState: 'SUBMITTED', toState: 'APPROVED', actorId: actors.secretariatId, comment: null, overridden: [], at: approvedAt },
  ]));
  return saved;
}
