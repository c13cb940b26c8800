import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A council opinion's number is unique within its entry. Numbers that concurrent creates duplicated (or
 * left with a gap) before this are first made 1…n again in their order, moving the version of each
 * renumbered opinion; the constraint is checked at commit, since renumbering moves numbers in place.
 */
export class UniqueCouncilOpinionNumbers1796165031993 implements MigrationInterface {
    name = 'UniqueCouncilOpinionNumbers1796165031993'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`UPDATE "council_opinion" c SET "position" = r.n, "version" = c."version" + 1
            FROM (SELECT "id", row_number() OVER (PARTITION BY "projectId" ORDER BY "position", "createdAt", "id") AS n FROM "council_opinion") r
            WHERE c."id" = r."id" AND c."position" <> r.n`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2790fc87323d825a6be06b6e40"`);
        await queryRunner.query(`ALTER TABLE "council_opinion" ADD CONSTRAINT "UQ_council_opinion_position" UNIQUE ("projectId", "position") DEFERRABLE INITIALLY DEFERRED`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "council_opinion" DROP CONSTRAINT "UQ_council_opinion_position"`);
        await queryRunner.query(`CREATE INDEX "IDX_2790fc87323d825a6be06b6e40" ON "council_opinion" USING btree ("projectId", "position") `);
    }

}
