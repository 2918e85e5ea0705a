/** JWT access tokens the simulated IMDS issues and the simulated ARM verifies (HS256). */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface Claims {
  readonly aud: string;
  readonly oid: string;
  readonly appid: string;
  readonly xms_mirid?: string;
  readonly iat: number;
  readonly nbf: number;
  readonly exp: number;
  readonly [claim: string]: unknown;
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

export function signToken(claims: Claims, secret: Buffer): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

export type Verdict = { ok: true; claims: Claims } | { ok: false; code: 'InvalidAuthenticationToken' | 'ExpiredAuthenticationToken' };

export function verifyToken(token: string, secret: Buffer, now = Date.now()): Verdict {
  const [head, body, sig] = token.split('.');
  if (!head || !body || !sig) return { ok: false, code: 'InvalidAuthenticationToken' };
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, code: 'InvalidAuthenticationToken' };
  }
  let claims: Claims;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims;
  } catch {
    return { ok: false, code: 'InvalidAuthenticationToken' };
  }
  if (claims.exp * 1000 <= now) return { ok: false, code: 'ExpiredAuthenticationToken' };
  return { ok: true, claims };
}
