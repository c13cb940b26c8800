import { MigrationInterface, QueryRunner } from "typeorm";

export class VerificationSheets1795472002226 implements MigrationInterface {
    name = 'VerificationSheets1795472002226'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "sheet" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycleId" uuid NOT NULL, "projectId" uuid NOT NULL, "state" character varying(20) NOT NULL DEFAULT 'DRAFT', "content" jsonb NOT NULL, "tagIds" uuid array NOT NULL DEFAULT '{}', "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedById" uuid, "submittedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_ec8505c3f400a1b3528001c67b7" UNIQUE ("projectId"), CONSTRAINT "REL_ec8505c3f400a1b3528001c67b" UNIQUE ("projectId"), CONSTRAINT "PK_dad09477f092119a15d46ee598e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_53aef183ac49316ec21410f20f" ON "sheet"  ("cycleId") `);
        await queryRunner.query(`CREATE TABLE "sheet_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sheetId" uuid NOT NULL, "fileName" character varying(255) NOT NULL, "mimeType" character varying(120) NOT NULL, "size" integer NOT NULL, "data" bytea NOT NULL, "uploadedById" uuid, "uploadedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c2bc5ee259cbb6480ce5d4fba5e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_52aa007408a6c613197db27f9a" ON "sheet_attachment"  ("sheetId", "uploadedAt") `);
        await queryRunner.query(`CREATE TABLE "sheet_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sheetId" uuid NOT NULL, "authorId" uuid NOT NULL, "body" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c5c85c1a0c5622e7ea55e58b26" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_d1fa7c97fa1e6455fb8a1ac7fb" ON "sheet_comment"  ("sheetId", "createdAt") `);
        await queryRunner.query(`CREATE TABLE "sheet_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sheetId" uuid NOT NULL, "version" integer NOT NULL, "content" jsonb NOT NULL, "savedById" uuid, "savedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "replacedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_894ea01ffe83bdb52e3f88de043" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_686035aa5d093efe88184a3386" ON "sheet_revision"  ("sheetId", "version") `);
        await queryRunner.query(`CREATE TABLE "tag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycleId" uuid NOT NULL, "mark" character varying(10) NOT NULL, "label" character varying(100) NOT NULL, "legend" character varying(300) NOT NULL, "version" integer NOT NULL, CONSTRAINT "UQ_tag_mark" UNIQUE ("cycleId", "mark"), CONSTRAINT "PK_8e4052373c579afc1471f526760" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "cycle" ADD "sheetDeadline" date`);
        await queryRunner.query(`ALTER TABLE "sheet" ADD CONSTRAINT "FK_53aef183ac49316ec21410f20fe" FOREIGN KEY ("cycleId") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sheet" ADD CONSTRAINT "FK_ec8505c3f400a1b3528001c67b7" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sheet_attachment" ADD CONSTRAINT "FK_e9568d3adaa9f9aca4450137384" FOREIGN KEY ("sheetId") REFERENCES "sheet"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sheet_comment" ADD CONSTRAINT "FK_18a73479cc3117e6165e80d177c" FOREIGN KEY ("sheetId") REFERENCES "sheet"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sheet_revision" ADD CONSTRAINT "FK_e6712506917d843b8ca7463fb0f" FOREIGN KEY ("sheetId") REFERENCES "sheet"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "tag" ADD CONSTRAINT "FK_f145a3cf2fc60b34dc592574679" FOREIGN KEY ("cycleId") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "tag" DROP CONSTRAINT "FK_f145a3cf2fc60b34dc592574679"`);
        await queryRunner.query(`ALTER TABLE "sheet_revision" DROP CONSTRAINT "FK_e6712506917d843b8ca7463fb0f"`);
        await queryRunner.query(`ALTER TABLE "sheet_comment" DROP CONSTRAINT "FK_18a73479cc3117e6165e80d177c"`);
        await queryRunner.query(`ALTER TABLE "sheet_attachment" DROP CONSTRAINT "FK_e9568d3adaa9f9aca4450137384"`);
        await queryRunner.query(`ALTER TABLE "sheet" DROP CONSTRAINT "FK_ec8505c3f400a1b3528001c67b7"`);
        await queryRunner.query(`ALTER TABLE "sheet" DROP CONSTRAINT "FK_53aef183ac49316ec21410f20fe"`);
        await queryRunner.query(`ALTER TABLE "cycle" DROP COLUMN "sheetDeadline"`);
        await queryRunner.query(`DROP TABLE "tag"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_686035aa5d093efe88184a3386"`);
        await queryRunner.query(`DROP TABLE "sheet_revision"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d1fa7c97fa1e6455fb8a1ac7fb"`);
        await queryRunner.query(`DROP TABLE "sheet_comment"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_52aa007408a6c613197db27f9a"`);
        await queryRunner.query(`DROP TABLE "sheet_attachment"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_53aef183ac49316ec21410f20f"`);
        await queryRunner.query(`DROP TABLE "sheet"`);
    }

}
