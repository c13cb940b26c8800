import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';

/** The committed schema (the API rewrites it at boot outside production). */
export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'apps', 'api', 'schema.gql');

/**
 * The schema file, parsed. Another test worker's app may be rewriting it (truncate, then write) at this
 * very moment, so a read that does not parse is retried briefly.
 */
export async function readSchemaFile(): Promise<GraphQLSchema> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
      if (schema.getMutationType()) return schema;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`cannot read ${SCHEMA_FILE}: ${String(lastError)}`);
}

export function fieldNames(schema: GraphQLSchema, typeName: string): string[] {
  const type = schema.getType(typeName) as { getFields?: () => Record<string, unknown> } | undefined;
  return Object.keys(type?.getFields?.() ?? {}).sort();
}
