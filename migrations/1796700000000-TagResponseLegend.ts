import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A tag's legend beside responses, as the document prints it (「※ は…踏まえた対応」 beside responses,
 * 「…踏まえた意見」 beside opinions). Existing tags keep one legend for both until the secretariat sets it.
 */
export class TagResponseLegend1796700000000 implements MigrationInterface {
    name = 'TagResponseLegend1796700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "tag" ADD "responseLegend" character varying(300)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "tag" DROP COLUMN "responseLegend"`);
    }

}
