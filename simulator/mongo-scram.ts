/**
 * The server side of SCRAM (RFC 5802; SHA-256: RFC 7677) as MongoDB runs it in `saslStart` /
 * `saslContinue`: user name = the Cosmos DB account name, password = one of the account's keys
 * (any of the four: Cosmos DB for MongoDB accepts read-write and read-only keys). The client's
 * proof is checked for real against every key; a wrong one ends with code 18 AuthenticationFailed.
 * SCRAM-SHA-1 is MongoDB's variant: the password is first digested as md5(`user:mongo:password`).
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

export type Mechanism = 'SCRAM-SHA-256' | 'SCRAM-SHA-1';

/** Where a conversation stands between saslStart and saslContinue. */
export interface Conversation {
  readonly mechanism: Mechanism;
  readonly user: string;
  readonly clientFirstBare: string;
  readonly serverFirst: string;
  readonly nonce: string;
  readonly salt: Buffer;
  readonly iterations: number;
}

/** A refused exchange: the server's error document fields. */
export class ScramError extends Error {
  readonly code: number;
  readonly codeName: string;

  constructor(code: number, codeName: string, message: string) {
    super(message);
    this.code = code;
    this.codeName = codeName;
  }
}

/** What Cosmos DB for MongoDB answers a wrong key (code 18; its text as seen from Cosmos DB, e.g. basyx-java-server-sdk#558). */
export const authenticationFailed = (): ScramError => new ScramError(18, 'AuthenticationFailed', 'Invalid key');

const HASH = { 'SCRAM-SHA-256': 'sha256', 'SCRAM-SHA-1': 'sha1' } as const;
/** MongoDB's own iteration counts (scramIterationCount, scramSHA256IterationCount). */
const ITERATIONS = { 'SCRAM-SHA-256': 15_000, 'SCRAM-SHA-1': 10_000 } as const;

/** `a=1,b=2` → {a: '1', b: '2'}; values may themselves hold `=`. */
function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const part of text.split(',')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at)] = part.slice(at + 1);
  }
  return out;
}

/** saslStart: read the client-first message, answer with the server-first message. */
export function start(mechanism: Mechanism, payload: Buffer): Conversation {
  const text = payload.toString('utf8');
  if (!text.startsWith('n,,')) throw new ScramError(17, 'ProtocolError', 'SCRAM: channel binding is not supported');
  const clientFirstBare = text.slice(3);
  const { n, r } = attributes(clientFirstBare);
  if (!n || !r) throw new ScramError(17, 'ProtocolError', 'SCRAM: malformed client-first message');
  const user = n.replaceAll('=2C', ',').replaceAll('=3D', '=');
  const nonce = r + randomBytes(24).toString('base64');
  const salt = randomBytes(mechanism === 'SCRAM-SHA-256' ? 28 : 16);
  const iterations = ITERATIONS[mechanism];
  const serverFirst = `r=${nonce},s=${salt.toString('base64')},i=${iterations}`;
  return { mechanism, user, clientFirstBare, serverFirst, nonce, salt, iterations };
}

/**
 * saslContinue: check the client's proof against each of `keys` (the account's, or none for an
 * unknown user); answer the server signature (`v=…`) for the key that matches, else throw
 * AuthenticationFailed.
 */
export function finish(conversation: Conversation, payload: Buffer, keys: readonly string[]): string {
  const clientFinal = payload.toString('utf8');
  const { c, r, p } = attributes(clientFinal);
  if (c !== 'biws' || r !== conversation.nonce || !p) throw authenticationFailed();
  const withoutProof = clientFinal.slice(0, clientFinal.lastIndexOf(',p='));
  const authMessage = `${conversation.clientFirstBare},${conversation.serverFirst},${withoutProof}`;
  const hash = HASH[conversation.mechanism];
  const proof = Buffer.from(p, 'base64');
  for (const key of keys) {
    const password =
      conversation.mechanism === 'SCRAM-SHA-1' ? createHash('md5').update(`${conversation.user}:mongo:${key}`).digest('hex') : key;
    const salted = pbkdf2Sync(password, conversation.salt, conversation.iterations, hash === 'sha256' ? 32 : 20, hash);
    const clientKey = createHmac(hash, salted).update('Client Key').digest();
    const storedKey = createHash(hash).update(clientKey).digest();
    const signature = createHmac(hash, storedKey).update(authMessage).digest();
    if (proof.length !== signature.length) continue;
    const recovered = Buffer.from(proof.map((byte, i) => byte ^ signature[i]!));
    if (!timingSafeEqual(createHash(hash).update(recovered).digest(), storedKey)) continue;
    const serverKey = createHmac(hash, salted).update('Server Key').digest();
    return `v=${createHmac(hash, serverKey).update(authMessage).digest('base64')}`;
  }
  throw authenticationFailed();
}
