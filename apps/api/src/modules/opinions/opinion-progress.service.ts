import { Injectable } from '@nestjs/common';
import { isOpinionLate, isPastDeadline } from '@kensho/domain';
import { DataSource, IsNull } from 'typeorm';
import { notFound } from '../../common/errors/domain-error';
import { CycleEntity } from '../../data/cycle.entity';
import { MemberEntity } from '../../data/member.entity';
import { ProjectEntity } from '../../data/project.entity';
import type { EntryOpinionProgress } from './opinion.model';

/** The Check step at a glance: per entry, who of the assigned members has submitted, who is late (in Japan's calendar). */
@Injectable()
export class OpinionProgressService {
  constructor(private readonly db: DataSource) {}

  async progress(cycleId: string, today = new Date()): Promise<EntryOpinionProgress[]> {
    const cycle = await this.db.getRepository(CycleEntity).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('cycle');
    const [entries, assigned, council, members] = await Promise.all([
      this.db.getRepository(ProjectEntity).find({ where: { cycleId, verifiedWithId: IsNull(), withdrawnAt: IsNull() }, order: { sortOrder: 'ASC' } }),
      this.db.query(
        `SELECT a."projectId", a."memberId",
                EXISTS (SELECT 1 FROM member_opinion o WHERE o."projectId" = a."projectId" AND o."memberId" = a."memberId" AND o.state <> 'DRAFT') AS submitted
           FROM assignment a WHERE a."cycleId" = $1`,
        [cycleId],
      ) as Promise<Array<{ projectId: string; memberId: string; submitted: boolean }>>,
      this.db.query(
        `SELECT "projectId", count(*) FILTER (WHERE state = 'DRAFT')::int AS drafts, count(*) FILTER (WHERE state = 'CONFIRMED')::int AS confirmed
           FROM council_opinion WHERE "cycleId" = $1 GROUP BY "projectId"`,
        [cycleId],
      ) as Promise<Array<{ projectId: string; drafts: number; confirmed: number }>>,
      this.db.query(`SELECT m.* FROM member m WHERE m.id IN (SELECT "memberId" FROM assignment WHERE "cycleId" = $1)`, [cycleId]) as Promise<MemberEntity[]>,
    ]);
    const pastDeadline = isPastDeadline(cycle.opinionDeadline, today);
    const member = (id: string) => members.find((m) => m.id === id)!;
    return entries.map((project) => {
      const mine = assigned.filter((a) => a.projectId === project.id);
      const pending = mine.filter((a) => !a.submitted).map((a) => member(a.memberId));
      const c = council.find((x) => x.projectId === project.id);
      return {
        project,
        assignedCount: mine.length,
        submittedCount: mine.filter((a) => a.submitted).length,
        pendingMembers: pending,
        // once the council has confirmed opinions on the entry, a missing opinion is no longer waited for
        lateMembers: mine.filter((a) => isOpinionLate(pastDeadline, { submitted: a.submitted, councilConfirmed: c?.confirmed ?? 0 })).map((a) => member(a.memberId)),
        councilDraftCount: c?.drafts ?? 0,
        councilConfirmedCount: c?.confirmed ?? 0,
      };
    });
  }
}
