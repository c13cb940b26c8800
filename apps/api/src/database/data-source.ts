import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { typeormOptions } from './typeorm-options';

/**
 * The data source of the TypeORM CLI (migration:generate, migration:run). It needs a real server:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/kensho_dev npm run migration:generate -- ../../migrations/Name
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL for the migrations CLI (a scratch database of a real PostgreSQL).');
export default new DataSource(typeormOptions(url));
