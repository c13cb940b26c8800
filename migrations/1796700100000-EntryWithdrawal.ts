import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An entry withdrawn from the cycle's verification keeps its data (sheet, opinions, history) with the
 * time, the person and the reason; only an entry that holds nothing can still be deleted.
 */
export class EntryWithdrawal1796700100000 implements MigrationInterface {
    name = 'EntryWithdrawal1796700100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project" ADD "withdrawnAt" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "project" ADD "withdrawnReason" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "withdrawnReason"`);
        await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "withdrawnAt"`);
    }

}
