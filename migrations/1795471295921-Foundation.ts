import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795471295921 implements MigrationInterface {
    name = 'Foundation1795471295921'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actorId" uuid, "entityType" character varying(40) NOT NULL, "entityId" uuid NOT NULL, "action" character varying(40) NOT NULL, "before" jsonb, "after" jsonb, "reason" text, "requestId" character varying(64), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_beadbf4e2fcdf2cae02d099099" ON "audit_event"  ("entityType", "entityId", "at") `);
        await queryRunner.query(`CREATE TABLE "workflow_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subjectType" character varying(40) NOT NULL, "subjectId" uuid NOT NULL, "event" character varying(40) NOT NULL, "fromState" character varying(40) NOT NULL, "toState" character varying(40) NOT NULL, "actorId" uuid, "comment" text, "overridden" text array NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9dcbde65e2386a8e8de78585df2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_975805aa6e49edf9579353e1d6" ON "workflow_transition"  ("subjectType", "subjectId", "at") `);
        await queryRunner.query(`CREATE TABLE "rate_limit" ("key" character varying(300) NOT NULL, "hits" integer NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "blockedUntil" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e6c0c0608decdf78e4d4b263397" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE TABLE "session" ("tokenHash" character varying(64) NOT NULL, "userId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(64), CONSTRAINT "PK_ff3b5bfd0767bd32942e5ccaad0" PRIMARY KEY ("tokenHash"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session"  ("userId") `);
        await queryRunner.query(`CREATE INDEX "IDX_5d97cf9773002b16861b4bb8ae" ON "session"  ("expiresAt") `);
        await queryRunner.query(`CREATE TABLE "ordinance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(300) NOT NULL, "shortName" character varying(100) NOT NULL, "effectiveDate" date NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_8c45af50b19cf87ba65a5c0a456" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "cycle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "fiscalYear" integer NOT NULL, "ordinanceId" uuid NOT NULL, "phase" character varying(20) NOT NULL DEFAULT 'PLAN', "startDate" date, "endDate" date, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_687ed8ff60bd92ba31d0ed94b77" UNIQUE ("fiscalYear"), CONSTRAINT "PK_af5984cb5853f1f88109c9ea2b7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "bureau" character varying(200), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_471da4b90e96c1ebe0af221e07b" UNIQUE ("name"), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "body" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "name" character varying(200) NOT NULL, "shortName" character varying(100) NOT NULL, "parentId" uuid, "version" integer NOT NULL, CONSTRAINT "UQ_f7075c84033494bf734c03f1c8c" UNIQUE ("kind"), CONSTRAINT "PK_fcdfba471eb9ce3c1add2c1e83d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bodyId" uuid NOT NULL, "name" character varying(200) NOT NULL, "affiliation" character varying(200) NOT NULL, "title" character varying(200) NOT NULL, "category" character varying(20) NOT NULL, "isChair" boolean NOT NULL DEFAULT false, "alsoCouncilMember" boolean, "termStart" date, "termEnd" date, "sortOrder" integer NOT NULL DEFAULT '0', "version" integer NOT NULL, CONSTRAINT "PK_97cbbe986ce9d14ca5894fdc072" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_member_chair" ON "member"  ("bodyId") WHERE "isChair"`);
        await queryRunner.query(`CREATE TABLE "verification_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycleId" uuid NOT NULL, "name" character varying(100) NOT NULL, "sortOrder" integer NOT NULL DEFAULT '0', "version" integer NOT NULL, CONSTRAINT "UQ_group_name" UNIQUE ("cycleId", "name"), CONSTRAINT "PK_c9268d23d5fa133d03c112c7686" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "article" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ordinanceId" uuid NOT NULL, "number" integer NOT NULL, "title" character varying(200) NOT NULL, "version" integer NOT NULL, CONSTRAINT "UQ_article_number" UNIQUE ("ordinanceId", "number"), CONSTRAINT "PK_40808690eb7b915046558c0f81b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycleId" uuid NOT NULL, "articleId" uuid NOT NULL, "departmentId" uuid, "groupId" uuid, "verifiedWithId" uuid, "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL DEFAULT 'PROJECT', "page" integer, "sortOrder" integer NOT NULL DEFAULT '0', "version" integer NOT NULL, CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_94731f5240e03f37f0ee49f2ef" ON "project"  ("articleId") `);
        await queryRunner.query(`CREATE INDEX "IDX_7df79ecba086e9a0016934588e" ON "project"  ("verifiedWithId") `);
        await queryRunner.query(`CREATE INDEX "IDX_22fe8934e0c8ddaa5f6913178a" ON "project"  ("cycleId", "sortOrder") `);
        await queryRunner.query(`CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycleId" uuid NOT NULL, "projectId" uuid NOT NULL, "memberId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_assignment" UNIQUE ("projectId", "memberId"), CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c1207d557e5453d07101551e8a" ON "assignment"  ("cycleId") `);
        await queryRunner.query(`CREATE INDEX "IDX_111a68ecd40e34e30ffa72632e" ON "assignment"  ("memberId") `);
        await queryRunner.query(`CREATE TABLE "group_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycleId" uuid NOT NULL, "groupId" uuid NOT NULL, "memberId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_group_member_cycle" UNIQUE ("cycleId", "memberId"), CONSTRAINT "PK_65634517a244b69a8ef338d03c3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "loginId" character varying(64) NOT NULL, "displayName" character varying(200) NOT NULL, "passwordHash" text NOT NULL, "role" character varying(20) NOT NULL, "departmentId" uuid, "memberId" uuid, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_49ba52915a128a2976a51167111" UNIQUE ("loginId"), CONSTRAINT "CHK_user_scope" CHECK (("role" <> 'DEPARTMENT_STAFF' OR "departmentId" IS NOT NULL) AND ("role" <> 'COMMITTEE_MEMBER' OR "memberId" IS NOT NULL)), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "cycle" ADD CONSTRAINT "FK_94c8f09e865a4f6f9bf3b9da895" FOREIGN KEY ("ordinanceId") REFERENCES "ordinance"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "body" ADD CONSTRAINT "FK_4184258ef63749d5ec699f45f67" FOREIGN KEY ("parentId") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "member" ADD CONSTRAINT "FK_d6ee8eb88ef40ceeb6d1507c3aa" FOREIGN KEY ("bodyId") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "verification_group" ADD CONSTRAINT "FK_71d05dce09e48f93c662c5a539f" FOREIGN KEY ("cycleId") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "article" ADD CONSTRAINT "FK_dfdbd49a9a12702d9b85e2f38f8" FOREIGN KEY ("ordinanceId") REFERENCES "ordinance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_2be734245ce8cd4c2e04d9a53fb" FOREIGN KEY ("cycleId") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_94731f5240e03f37f0ee49f2efe" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_45c52bbda319e14db17a546ee3c" FOREIGN KEY ("departmentId") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_eb5c9bf27d8e72e81359512c104" FOREIGN KEY ("groupId") REFERENCES "verification_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_7df79ecba086e9a0016934588e4" FOREIGN KEY ("verifiedWithId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assignment" ADD CONSTRAINT "FK_c1207d557e5453d07101551e8aa" FOREIGN KEY ("cycleId") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assignment" ADD CONSTRAINT "FK_3c77991f00a4f9147f976a4e2db" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assignment" ADD CONSTRAINT "FK_111a68ecd40e34e30ffa72632eb" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "group_member" ADD CONSTRAINT "FK_4bc99c2901a6b6551121f3951bd" FOREIGN KEY ("cycleId") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "group_member" ADD CONSTRAINT "FK_44c8964c097cf7f71434d6d1122" FOREIGN KEY ("groupId") REFERENCES "verification_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "group_member" ADD CONSTRAINT "FK_97148f99c035739d3b4843fd56d" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_c78600afb5ad3fb025cbd9a3470" FOREIGN KEY ("departmentId") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_e9e5436cb01e0862afa41559e78" FOREIGN KEY ("memberId") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_e9e5436cb01e0862afa41559e78"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_c78600afb5ad3fb025cbd9a3470"`);
        await queryRunner.query(`ALTER TABLE "group_member" DROP CONSTRAINT "FK_97148f99c035739d3b4843fd56d"`);
        await queryRunner.query(`ALTER TABLE "group_member" DROP CONSTRAINT "FK_44c8964c097cf7f71434d6d1122"`);
        await queryRunner.query(`ALTER TABLE "group_member" DROP CONSTRAINT "FK_4bc99c2901a6b6551121f3951bd"`);
        await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_111a68ecd40e34e30ffa72632eb"`);
        await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_3c77991f00a4f9147f976a4e2db"`);
        await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_c1207d557e5453d07101551e8aa"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_7df79ecba086e9a0016934588e4"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_eb5c9bf27d8e72e81359512c104"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_45c52bbda319e14db17a546ee3c"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_94731f5240e03f37f0ee49f2efe"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_2be734245ce8cd4c2e04d9a53fb"`);
        await queryRunner.query(`ALTER TABLE "article" DROP CONSTRAINT "FK_dfdbd49a9a12702d9b85e2f38f8"`);
        await queryRunner.query(`ALTER TABLE "verification_group" DROP CONSTRAINT "FK_71d05dce09e48f93c662c5a539f"`);
        await queryRunner.query(`ALTER TABLE "member" DROP CONSTRAINT "FK_d6ee8eb88ef40ceeb6d1507c3aa"`);
        await queryRunner.query(`ALTER TABLE "body" DROP CONSTRAINT "FK_4184258ef63749d5ec699f45f67"`);
        await queryRunner.query(`ALTER TABLE "cycle" DROP CONSTRAINT "FK_94c8f09e865a4f6f9bf3b9da895"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP TABLE "group_member"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_111a68ecd40e34e30ffa72632e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c1207d557e5453d07101551e8a"`);
        await queryRunner.query(`DROP TABLE "assignment"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_22fe8934e0c8ddaa5f6913178a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7df79ecba086e9a0016934588e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_94731f5240e03f37f0ee49f2ef"`);
        await queryRunner.query(`DROP TABLE "project"`);
        await queryRunner.query(`DROP TABLE "article"`);
        await queryRunner.query(`DROP TABLE "verification_group"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_member_chair"`);
        await queryRunner.query(`DROP TABLE "member"`);
        await queryRunner.query(`DROP TABLE "body"`);
        await queryRunner.query(`DROP TABLE "department"`);
        await queryRunner.query(`DROP TABLE "cycle"`);
        await queryRunner.query(`DROP TABLE "ordinance"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5d97cf9773002b16861b4bb8ae"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3d2f174ef04fb312fdebd0ddc5"`);
        await queryRunner.query(`DROP TABLE "session"`);
        await queryRunner.query(`DROP TABLE "rate_limit"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_975805aa6e49edf9579353e1d6"`);
        await queryRunner.query(`DROP TABLE "workflow_transition"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_beadbf4e2fcdf2cae02d099099"`);
        await queryRunner.query(`DROP TABLE "audit_event"`);
    }

}
