import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity } from '../common/audit/audit-event.entity';
import { CycleEntity } from '../data/cycle.entity';
import { DepartmentEntity } from '../data/department.entity';
import { AssignmentEntity } from '../data/assignment.entity';
import { GroupMemberEntity } from '../data/group-member.entity';
import { GroupEntity } from '../data/group.entity';
import { BodyEntity } from '../data/body.entity';
import { MemberEntity } from '../data/member.entity';
import { ArticleEntity } from '../data/article.entity';
import { OrdinanceEntity } from '../data/ordinance.entity';
import { ProjectEntity } from '../data/project.entity';
import { UserEntity } from '../data/user.entity';
import { hashPassword } from '../modules/users/users.service';
import { EMPTY_CONTENT } from '../data/sheet-content.model';
import { SheetEntity } from '../data/sheet.entity';
import { TagEntity } from '../data/tag.entity';
import { WorkflowTransitionEntity } from '../common/audit/workflow-transition.entity';
import { sheetContentFromSeed, type SeedPage } from './demo-sheets';
import { DEMO_ACCOUNTS, DEMO_ASSIGNMENTS, DEMO_DEPARTMENTS, DEMO_GROUPS, DEMO_PASSWORD, DEMO_VERIFIED_WITH } from './demo-setup';
import { demoTime, FY2019_CHECK_OVERRIDE, seedCouncilOpinions, seedNextCycle, type DemoActors, type SeedOpinionPage } from './demo-check';
import { seedResponses, type SeedResponsePage } from './demo-action';
import fixture from './kawasaki-fy2019.json';

/**
 * Loads the FY2019 Kawasaki cycle into an empty database, in one transaction, with bulk inserts, and the
 * FY2020 cycle that follows it. Later workflows add their parts (meetings) to the same seeder.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(private readonly db: DataSource) {}

  async seedIfEmpty(): Promise<boolean> {
    if ((await this.db.getRepository(UserEntity).count()) > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await this.db.transaction((m) => this.seed(m, passwordHash));
    this.logger.log(
      `Demo data loaded (${fixture.source.title}). Accounts, password "${DEMO_PASSWORD}": ` +
        DEMO_ACCOUNTS.map((a) => `${a.loginId} (${a.role})`).join(', '),
    );
    return true;
  }

  private async seed(m: EntityManager, passwordHash: string) {
    const ordinance = await m.save(OrdinanceEntity, m.create(OrdinanceEntity, {
      name: fixture.ordinance.name, shortName: fixture.ordinance.shortName, effectiveDate: fixture.ordinance.effectiveDate,
    }));
    const articles = await m.save(ArticleEntity, fixture.ordinance.articles.map((a) => m.create(ArticleEntity, { ordinanceId: ordinance.id, number: a.article, title: a.title })));
    const articleByNo = new Map(articles.map((a) => [a.number, a]));

    const council = await m.save(BodyEntity, m.create(BodyEntity, { kind: 'COUNCIL', name: fixture.bodies[0]!.name, shortName: fixture.bodies[0]!.shortName }));
    const sub = fixture.bodies.find((b) => b.key === 'subcommittee')!;
    const subcommittee = await m.save(BodyEntity, m.create(BodyEntity, { kind: 'SUBCOMMITTEE', name: sub.name, shortName: sub.shortName, parentId: council.id }));
    const members = await m.save(MemberEntity, fixture.members.map((x) => m.create(MemberEntity, {
      bodyId: subcommittee.id, name: x.name, affiliation: x.affiliation, title: x.title, category: x.category as 'ACADEMIC' | 'ASSOCIATION',
      isChair: x.isChair, alsoCouncilMember: x.alsoCouncilMember, sortOrder: x.no, termStart: null, termEnd: null,
    })));
    const memberByNo = new Map(fixture.members.map((x, i) => [x.no, members[i]!]));

    const departments = await m.save(DepartmentEntity, DEMO_DEPARTMENTS.map((d) => m.create(DepartmentEntity, { name: d.name, bureau: d.bureau })));
    const departmentFor = (project: string) => departments[DEMO_DEPARTMENTS.findIndex((d) => d.projects.some((p) => project.startsWith(p)))]!;

    const users = DEMO_ACCOUNTS.map((a) => ({
      loginId: a.loginId, displayName: a.displayName, role: a.role, passwordHash, active: true,
      departmentId: a.department ? departments.find((d) => d.name === a.department)!.id : null,
      memberId: a.memberNo ? memberByNo.get(a.memberNo)!.id : null,
    }));
    const inserted = await m.insert(UserEntity, users);
    // who did what in the demo's recorded history: the secretariat moves the years, accepts the sheets and
    // confirms the opinions; a department's demo account submits its sheets (a department without one: not recorded)
    const userIds = inserted.identifiers.map((x) => x.id as string);
    const secretariatId = userIds[DEMO_ACCOUNTS.findIndex((a) => a.role === 'SECRETARIAT')]!;
    const staffIdOf = (departmentId: string | null) => userIds[users.findIndex((u) => u.role === 'DEPARTMENT_STAFF' && u.departmentId === departmentId)] ?? null;
    const actors: DemoActors = { secretariatId, staffIdOf };

    // FY2019 stands in Check: ten sheets accepted, the four entries without a detailed page still drafts
    // (moved on by the secretariat's override), the council's 41 confirmed opinions on the ten, and the
    // departments' 36 approved responses to them.
    const cycle = await m.save(CycleEntity, m.create(CycleEntity, {
      fiscalYear: fixture.source.fiscalYear, ordinanceId: ordinance.id, phase: 'CHECK', startDate: '2019-05-01', endDate: '2020-08-31',
      sheetDeadline: '2020-01-31', opinionDeadline: '2020-02-14',
    }));
    const groups = await m.save(GroupEntity, DEMO_GROUPS.map((g, i) => m.create(GroupEntity, { cycleId: cycle.id, name: g.name, sortOrder: i + 1 })));
    await m.insert(GroupMemberEntity, DEMO_GROUPS.flatMap((g, i) => g.memberNos.map((no) => ({ cycleId: cycle.id, groupId: groups[i]!.id, memberId: memberByNo.get(no)!.id }))));
    const groupIndexOf = (article: number) => DEMO_GROUPS.findIndex((g) => g.articles.includes(article));

    const projects = await m.save(ProjectEntity, fixture.entries.map((e, i) => m.create(ProjectEntity, {
      cycleId: cycle.id, articleId: articleByNo.get(e.article)!.id, departmentId: departmentFor(e.name).id,
      groupId: DEMO_VERIFIED_WITH[e.name] ? null : groups[groupIndexOf(e.article)]!.id,
      name: e.name, kind: e.kind as 'PROJECT' | 'INITIATIVE', page: e.page, sortOrder: (i + 1) * 10,
    })));
    const byName = new Map(projects.map((p) => [p.name, p]));
    for (const [name, lead] of Object.entries(DEMO_VERIFIED_WITH)) {
      const related = byName.get(name)!;
      related.verifiedWithId = byName.get(lead)!.id;
      await m.update(ProjectEntity, { id: related.id }, { verifiedWithId: related.verifiedWithId });
    }
    await m.insert(AssignmentEntity, Object.entries(DEMO_ASSIGNMENTS).flatMap(([name, nos]) =>
      nos.map((no) => ({ cycleId: cycle.id, projectId: byName.get(name)!.id, memberId: memberByNo.get(no)!.id })),
    ));

    const covid = await this.seedSheets(m, cycle, projects, actors);
    const opinions = await seedCouncilOpinions(m, cycle, fixture.projects as unknown as SeedOpinionPage[], fixture.entries, projects, covid, actors);
    // and the departments' 36 responses to them, approved (the cycle itself stays in Check)
    await seedResponses(m, cycle, fixture.projects as unknown as SeedResponsePage[], fixture.entries, projects, opinions, covid, actors);

    await m.insert(WorkflowTransitionEntity, [
      { subjectType: 'cycle', subjectId: cycle.id, event: 'START_DO', fromState: 'PLAN', toState: 'DO', actorId: secretariatId, comment: null, overridden: [], at: demoTime('2019-05-30') },
      { subjectType: 'cycle', subjectId: cycle.id, event: 'START_CHECK', fromState: 'DO', toState: 'CHECK', actorId: secretariatId, comment: FY2019_CHECK_OVERRIDE, overridden: ['ALL_SHEETS_ACCEPTED'], at: demoTime('2020-02-03') },
    ]);
    // the year after, as it starts from this one: FY2020 in Do, the newest cycle
    await seedNextCycle(m, cycle, projects, actors);
    await m.insert(AuditEventEntity, { actorId: null, entityType: 'cycle', entityId: cycle.id, action: 'DEMO_SEED', before: null, after: { fiscalYear: cycle.fiscalYear }, reason: fixture.source.title, requestId: null });
  }

  /** The 10 detailed pages become ACCEPTED sheets; entries without one get an empty DRAFT. Returns the ※ tag. */
  private async seedSheets(m: EntityManager, cycle: CycleEntity, projects: ProjectEntity[], actors: DemoActors): Promise<TagEntity> {
    const covid = await m.save(TagEntity, m.create(TagEntity, {
      cycleId: cycle.id, mark: '※', label: '新型コロナ', legend: '※ は新型コロナウイルス感染症を踏まえた意見', responseLegend: '※ は新型コロナウイルス感染症を踏まえた対応',
    }));
    const pages = fixture.projects as unknown as SeedPage[];
    const entries = fixture.entries.filter((e) => projects.find((p) => p.name === e.name && !p.verifiedWithId));
    const sheets = entries.map((e) => {
      const project = projects.find((p) => p.name === e.name)!;
      const page = pages.find((p) => p.name === e.detailedProject);
      const content = page ? sheetContentFromSeed(page, cycle.fiscalYear) : EMPTY_CONTENT;
      return m.create(SheetEntity, {
        cycleId: cycle.id, projectId: project.id, state: page ? 'ACCEPTED' : 'DRAFT', content,
        // the document marks opinions and responses with ※, never a sheet
        tagIds: [], submittedAt: page ? new Date('2020-01-31T09:00:00+09:00') : null,
      });
    });
    const saved = await m.save(SheetEntity, sheets);
    const departmentOf = (s: SheetEntity) => projects.find((p) => p.id === s.projectId)!.departmentId;
    await m.insert(WorkflowTransitionEntity, saved.filter((s) => s.state === 'ACCEPTED').flatMap((s) => [
      { subjectType: 'sheet', subjectId: s.id, event: 'SUBMIT', fromState: 'DRAFT', toState: 'SUBMITTED', actorId: actors.staffIdOf(departmentOf(s)), comment: null, overridden: [], at: demoTime('2020-01-31') },
      { subjectType: 'sheet', subjectId: s.id, event: 'ACCEPT', fromState: 'SUBMITTED', toState: 'ACCEPTED', actorId: actors.secretariatId, comment: null, overridden: [], at: demoTime('2020-02-03') },
    ]));
    return covid;
  }
}
