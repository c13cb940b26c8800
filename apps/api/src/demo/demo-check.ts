/**
 * The Check step's demo: FY2019's confirmed council opinions, and the FY2020 cycle that starts from it.
 */
import type { EntityManager } from 'typeorm';
import { WorkflowTransitionEntity } from '../common/audit/workflow-transition.entity';
import { CycleEntity } from '../data/cycle.entity';
import { AssignmentEntity } from '../data/assignment.entity';
import { GroupMemberEntity } from '../data/group-member.entity';
import { GroupEntity } from '../data/group.entity';
import { CouncilOpinionEntity } from '../data/council-opinion.entity';
import { ProjectEntity } from '../data/project.entity';
import { EMPTY_CONTENT } from '../data/sheet-content.model';
import { SheetEntity } from '../data/sheet.entity';
import { TagEntity } from '../data/tag.entity';

interface SeedOpinion {
  no: number;
  text: string;
  covidRelated: boolean;
}

/** A detailed page of the seed with its main opinions (主な検証意見). */
export interface SeedOpinionPage {
  name: string;
  opinions: SeedOpinion[];
}

/**
 * The seed has no sheets for the four entries without a detailed page, yet the council verified all
 * fifteen: the demo moves FY2019 on to Check as the secretariat would, overriding with a reason.
 */
export const FY2019_CHECK_OVERRIDE = '詳細ページのない4事業は、シートによらず専門部会で検証するため';

/** When a demo transition happened: 10:00 in Japan on the day, so histories read in order. */
export const demoTime = (day: string) => new Date(`${day}T10:00:00+09:00`);

/** The council confirmed FY2019's opinions by written deliberation (書面協議) on 2020-03-19. */
export const FY2019_CONFIRMATION = { on: '2020-03-19', by: '令和元年度第２回川崎市産業振興協議会（書面協議）' };

/**
 * The seed's 41 main opinions (主な検証意見) as CONFIRMED council opinions of their entries, with their
 * numbers and the ※ tag on the 11 COVID-related ones. The seed does not say which member wrote what, so
 * no member opinion is linked to them.
 */
/** Who the demo's recorded history names: the secretariat, and the demo account of a department (null: it has none). */
export interface DemoActors {
  secretariatId: string;
  staffIdOf(departmentId: string | null): string | null;
}

export async function seedCouncilOpinions(
  m: EntityManager,
  cycle: CycleEntity,
  pages: SeedOpinionPage[],
  entries: Array<{ name: string; detailedProject: string | null }>,
  projects: ProjectEntity[],
  covid: TagEntity,
  actors: DemoActors,
): Promise<CouncilOpinionEntity[]> {
  const rows = pages.flatMap((page) => {
    const entry = entries.find((e) => e.detailedProject === page.name && projects.some((p) => p.name === e.name && !p.verifiedWithId));
    const project = projects.find((p) => p.name === entry?.name)!;
    return page.opinions.map((o) => ({
      cycleId: cycle.id, projectId: project.id, position: o.no, text: o.text, state: 'CONFIRMED' as const,
      tagIds: o.covidRelated ? [covid.id] : [], confirmedOn: FY2019_CONFIRMATION.on, confirmedBy: FY2019_CONFIRMATION.by, updatedById: null,
    }));
  });
  const saved = await m.save(CouncilOpinionEntity, rows.map((r) => m.create(CouncilOpinionEntity, r)));
  await m.insert(WorkflowTransitionEntity, saved.map((c) => ({
    subjectType: 'council_opinion', subjectId: c.id, event: 'CONFIRM', fromState: 'DRAFT', toState: 'CONFIRMED', actorId: actors.secretariatId, comment: FY2019_CONFIRMATION.by, overridden: [],
    at: demoTime(FY2019_CONFIRMATION.on),
  })));
  return saved;
}

/**
 * "Next year's cycle starts from this one": FY2020 in Do, with FY2019's entries (pages of the next
 * material are not known yet), groups, members and assignments, and an empty draft sheet per entry.
 */
export async function seedNextCycle(m: EntityManager, previous: CycleEntity, projects: ProjectEntity[], actors: DemoActors): Promise<CycleEntity> {
  const next = await m.save(CycleEntity, m.create(CycleEntity, {
    fiscalYear: previous.fiscalYear + 1, ordinanceId: previous.ordinanceId, phase: 'DO', startDate: '2020-05-01', endDate: '2021-08-31',
    sheetDeadline: '2021-01-29', opinionDeadline: '2021-02-19',
  }));
  const groups = await m.findBy(GroupEntity, { cycleId: previous.id });
  const newGroups = await m.save(GroupEntity, groups.map((g) => m.create(GroupEntity, { cycleId: next.id, name: g.name, sortOrder: g.sortOrder })));
  const groupMap = new Map(groups.map((g, i) => [g.id, newGroups[i]!.id]));
  const members = await m.findBy(GroupMemberEntity, { cycleId: previous.id });
  await m.insert(GroupMemberEntity, members.map((gm) => ({ cycleId: next.id, groupId: groupMap.get(gm.groupId)!, memberId: gm.memberId })));

  const copies = await m.save(ProjectEntity, projects.map((p) => m.create(ProjectEntity, {
    cycleId: next.id, articleId: p.articleId, departmentId: p.departmentId, groupId: p.groupId ? groupMap.get(p.groupId)! : null,
    name: p.name, kind: p.kind, page: null, sortOrder: p.sortOrder,
  })));
  const projectMap = new Map(projects.map((p, i) => [p.id, copies[i]!]));
  for (const p of projects.filter((x) => x.verifiedWithId)) {
    const copy = projectMap.get(p.id)!;
    copy.verifiedWithId = projectMap.get(p.verifiedWithId!)!.id;
    await m.update(ProjectEntity, { id: copy.id }, { verifiedWithId: copy.verifiedWithId });
  }
  const assignments = await m.findBy(AssignmentEntity, { cycleId: previous.id });
  await m.insert(AssignmentEntity, assignments.map((a) => ({ cycleId: next.id, projectId: projectMap.get(a.projectId)!.id, memberId: a.memberId })));
  await m.save(TagEntity, m.create(TagEntity, { cycleId: next.id, mark: '※', label: '新型コロナ', legend: '※ は新型コロナウイルス感染症を踏まえた意見', responseLegend: '※ は新型コロナウイルス感染症を踏まえた対応' }));
  await m.insert(SheetEntity, copies.filter((p) => !p.verifiedWithId).map((p) => ({
    cycleId: next.id, projectId: p.id, state: 'DRAFT' as const, content: EMPTY_CONTENT as never, tagIds: [], version: 1,
  })));
  await m.insert(WorkflowTransitionEntity, {
    subjectType: 'cycle', subjectId: next.id, event: 'START_DO', fromState: 'PLAN', toState: 'DO', actorId: actors.secretariatId, comment: null, overridden: [], at: demoTime('2020-07-07'),
  });
  return next;
}
