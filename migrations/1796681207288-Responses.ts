import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 対応: the departments' responses to the council's confirmed opinions (response), the opinions each one
 * answers (response_opinion: an opinion is answered at most once, UQ_response_opinion_council_opinion),
 * and every version an edit replaced (response_revision).
 */
export class Responses1796681207288 implements MigrationInterface {
    name = 'Responses1796681207288'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycleId" uuid NOT NULL, "projectId" uuid NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "category" character varying(20), "difficultyReason" text, "tagIds" uuid array NOT NULL DEFAULT '{}', "dueDate" date, "state" character varying(20) NOT NULL DEFAULT 'DRAFT', "returnedVersion" integer, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedById" uuid, "submittedAt" TIMESTAMP WITH TIME ZONE, "approvedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f64544baf2b4dc48ba623ce768f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_59086500c535c19477b3d99e9c" ON "response"  ("cycleId") `);
        await queryRunner.query(`CREATE INDEX "IDX_ca5c5b7e0f930e6f97db903423" ON "response"  ("projectId", "position") `);
        await queryRunner.query(`CREATE TABLE "response_opinion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "responseId" uuid NOT NULL, "councilOpinionId" uuid NOT NULL, CONSTRAINT "UQ_response_opinion_council_opinion" UNIQUE ("councilOpinionId"), CONSTRAINT "PK_fd7d17a43186d9071868f05b552" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_0b20f15889fe7fc278e7fb322b" ON "response_opinion"  ("responseId") `);
        await queryRunner.query(`CREATE TABLE "response_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "responseId" uuid NOT NULL, "version" integer NOT NULL, "text" text NOT NULL, "category" character varying(20), "difficultyReason" text, "tagIds" uuid array NOT NULL DEFAULT '{}', "dueDate" date, "councilOpinionIds" uuid array NOT NULL DEFAULT '{}', "savedById" uuid, "savedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "replacedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_784fe873622114360ee08e2f4a9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_31948104dce0cb8bfa50cff464" ON "response_revision"  ("responseId", "version") `);
        await queryRunner.query(`ALTER TABLE "response" ADD CONSTRAINT "FK_59086500c535c19477b3d99e9c4" FOREIGN KEY ("cycleId") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "response" ADD CONSTRAINT "FK_14bd42fe93aeb7db6d7112715b2" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "response_opinion" ADD CONSTRAINT "FK_0b20f15889fe7fc278e7fb322bd" FOREIGN KEY ("responseId") REFERENCES "response"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "response_opinion" ADD CONSTRAINT "FK_ff6d61f8eaa1c85600e3e494d1a" FOREIGN KEY ("councilOpinionId") REFERENCES "council_opinion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "response_revision" ADD CONSTRAINT "FK_982645ff82eb0a162e332d22e1d" FOREIGN KEY ("responseId") REFERENCES "response"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "response_revision" DROP CONSTRAINT "FK_982645ff82eb0a162e332d22e1d"`);
        await queryRunner.query(`ALTER TABLE "response_opinion" DROP CONSTRAINT "FK_ff6d61f8eaa1c85600e3e494d1a"`);
        await queryRunner.query(`ALTER TABLE "response_opinion" DROP CONSTRAINT "FK_0b20f15889fe7fc278e7fb322bd"`);
        await queryRunner.query(`ALTER TABLE "response" DROP CONSTRAINT "FK_14bd42fe93aeb7db6d7112715b2"`);
        await queryRunner.query(`ALTER TABLE "response" DROP CONSTRAINT "FK_59086500c535c19477b3d99e9c4"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_31948104dce0cb8bfa50cff464"`);
        await queryRunner.query(`DROP TABLE "response_revision"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0b20f15889fe7fc278e7fb322b"`);
        await queryRunner.query(`DROP TABLE "response_opinion"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ca5c5b7e0f930e6f97db903423"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_59086500c535c19477b3d99e9c"`);
        await queryRunner.query(`DROP TABLE "response"`);
    }

}
