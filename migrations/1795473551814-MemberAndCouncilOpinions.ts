import { MigrationInterface, QueryRunner } from "typeorm";

export class MemberAndCouncilOpinions1795473551814 implements MigrationInterface {
    name = 'MemberAndCouncilOpinions1795473551814'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "council_opinion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycleId" uuid NOT NULL, "projectId" uuid NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "tagIds" uuid array NOT NULL DEFAULT '{}', "state" character varying(20) NOT NULL DEFAULT 'DRAFT', "confirmedOn" date, "confirmedBy" character varying(300), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedById" uuid, CONSTRAINT "PK_e89aa02c99a819bd272725104b4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2a898d66aaacdba68af5cf38de" ON "council_opinion"  ("cycleId") `);
        await queryRunner.query(`CREATE INDEX "IDX_2790fc87323d825a6be06b6e40" ON "council_opinion"  ("projectId", "position") `);
        await queryRunner.query(`CREATE TABLE "council_opinion_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "councilOpinionId" uuid NOT NULL, "version" integer NOT NULL, "text" text NOT NULL, "tagIds" uuid array NOT NULL DEFAULT '{}', "savedById" uuid, "savedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "replacedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_738aecb76f9ecd05c7f53286d89" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0fd0dee1d4cb8ee03262b5b5bc" ON "council_opinion_revision"  ("councilOpinionId", "version") `);
        await queryRunner.query(`CREATE TABLE "member_opinion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycleId" uuid NOT NULL, "projectId" uuid NOT NULL, "memberId" uuid NOT NULL, "kind" character varying(20) NOT NULL, "text" text NOT NULL, "state" character varying(20) NOT NULL DEFAULT 'DRAFT', "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submittedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8637bff2b13bcd568e0f444cb41" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_82c8c7907100347dc0d3330eea" ON "member_opinion"  ("cycleId") `);
        await queryRunner.query(`CREATE INDEX "IDX_dce60faaae4e3917c6cebc4597" ON "member_opinion"  ("memberId") `);
        await queryRunner.query(`CREATE INDEX "IDX_31052138909c1cf4d1fed10c9e" ON "member_opinion"  ("projectId", "createdAt") `);
        await queryRunner.query(`CREATE TABLE "council_opinion_source" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "councilOpinionId" uuid NOT NULL, "memberOpinionId" uuid NOT NULL, CONSTRAINT "UQ_council_opinion_source" UNIQUE ("councilOpinionId", "memberOpinionId"), CONSTRAINT "PK_320180a5b6588bd7966154dfb17" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_8ae7136fd3d7066dd4062e9e5b" ON "council_opinion_source"  ("memberOpinionId") `);
        await queryRunner.query(`ALTER TABLE "cycle" ADD "opinionDeadline" date`);
        await queryRunner.query(`ALTER TABLE "council_opinion" ADD CONSTRAINT "FK_2a898d66aaacdba68af5cf38dee" FOREIGN KEY ("cycleId") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "council_opinion" ADD CONSTRAINT "FK_881c0ddfd455a81c2587bd7f026" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "council_opinion_revision" ADD CONSTRAINT "FK_1befd8d7d8453826647a1cce3c1" FOREIGN KEY ("councilOpinionId") REFERENCES "council_opinion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "member_opinion" ADD CONSTRAINT "FK_82c8c7907100347dc0d3330eea6" FOREIGN KEY ("cycleId") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "member_opinion" ADD CONSTRAINT "FK_44e63271c3c7b90d9c62b53fd09" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "member_opinion" ADD CONSTRAINT "FK_dce60faaae4e3917c6cebc45971" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "council_opinion_source" ADD CONSTRAINT "FK_d29b45183ae8243333a95f7e1f7" FOREIGN KEY ("councilOpinionId") REFERENCES "council_opinion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "council_opinion_source" ADD CONSTRAINT "FK_8ae7136fd3d7066dd4062e9e5b2" FOREIGN KEY ("memberOpinionId") REFERENCES "member_opinion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "council_opinion_source" DROP CONSTRAINT "FK_8ae7136fd3d7066dd4062e9e5b2"`);
        await queryRunner.query(`ALTER TABLE "council_opinion_source" DROP CONSTRAINT "FK_d29b45183ae8243333a95f7e1f7"`);
        await queryRunner.query(`ALTER TABLE "member_opinion" DROP CONSTRAINT "FK_dce60faaae4e3917c6cebc45971"`);
        await queryRunner.query(`ALTER TABLE "member_opinion" DROP CONSTRAINT "FK_44e63271c3c7b90d9c62b53fd09"`);
        await queryRunner.query(`ALTER TABLE "member_opinion" DROP CONSTRAINT "FK_82c8c7907100347dc0d3330eea6"`);
        await queryRunner.query(`ALTER TABLE "council_opinion_revision" DROP CONSTRAINT "FK_1befd8d7d8453826647a1cce3c1"`);
        await queryRunner.query(`ALTER TABLE "council_opinion" DROP CONSTRAINT "FK_881c0ddfd455a81c2587bd7f026"`);
        await queryRunner.query(`ALTER TABLE "council_opinion" DROP CONSTRAINT "FK_2a898d66aaacdba68af5cf38dee"`);
        await queryRunner.query(`ALTER TABLE "cycle" DROP COLUMN "opinionDeadline"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8ae7136fd3d7066dd4062e9e5b"`);
        await queryRunner.query(`DROP TABLE "council_opinion_source"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_31052138909c1cf4d1fed10c9e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_dce60faaae4e3917c6cebc4597"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_82c8c7907100347dc0d3330eea"`);
        await queryRunner.query(`DROP TABLE "member_opinion"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0fd0dee1d4cb8ee03262b5b5bc"`);
        await queryRunner.query(`DROP TABLE "council_opinion_revision"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2790fc87323d825a6be06b6e40"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2a898d66aaacdba68af5cf38de"`);
        await queryRunner.query(`DROP TABLE "council_opinion"`);
    }

}
