import * as argon2 from 'argon2';

/** argon2id at a small cost, for accounts the tests insert directly (see global-setup.ts). */
export function fastHash(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 });
}
