import { MigrationInterface, QueryRunner } from "typeorm";

export class OneAccountPerMember1795476132535 implements MigrationInterface {
    name = 'OneAccountPerMember1795476132535'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_user_member" ON "app_user"  ("memberId") WHERE "memberId" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."UQ_user_member"`);
    }

}
