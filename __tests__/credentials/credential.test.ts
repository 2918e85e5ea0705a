/** What every credential source shares: when a token expires, and its principal ID. */
import { describe, expect, it } from '@jest/globals';
import { expiryOf, identityOf } from '../../src/credentials/credential.ts';

describe('expiryOf (expires_on as MSAL reads it, within 24 hours)', () => {
  const now = Date.UTC(2026, 0, 1);
  it.each([
    ['epoch seconds as a string (the documented form)', { expires_on: '1767229200' }, Date.UTC(2026, 0, 1, 1)],
    ['epoch seconds as a number', { expires_on: 1767232800 }, Date.UTC(2026, 0, 1, 2)],
    ['an ISO 8601 date (MSAL converts it)', { expires_on: '2026-01-01T02:00:00Z' }, Date.UTC(2026, 0, 1, 2)],
    ['missing: expires_in from now', { expires_in: '3600' }, now + 3_600_000],
    ["expires_in as a number (Entra ID's form)", { expires_in: 3599 }, now + 3_599_000],
    ['24 hours exactly', { expires_in: 86_400 }, now + 86_400_000],
    ['unreadable, without expires_in: five minutes', { expires_on: 'soon' }, now + 300_000],
    ['empty: five minutes', { expires_on: '' }, now + 300_000],
    ['zero: five minutes', { expires_on: '0' }, now + 300_000],
    ['no body: five minutes', undefined, now + 300_000],
    ['already past: five minutes', { expires_on: '1767225000' }, now + 300_000],
    ['far in the future (past what Date holds): five minutes', { expires_on: '10000000000000' }, now + 300_000],
    ['a year away: five minutes', { expires_on: String(now / 1000 + 365 * 86_400) }, now + 300_000],
    ['expires_in of 1e13 seconds: five minutes', { expires_in: 1e13 }, now + 300_000],
    ['expires_in past 24 hours: five minutes', { expires_in: 86_401 }, now + 300_000],
    ['negative expires_in: five minutes', { expires_in: -5 }, now + 300_000],
    ['an ISO date a century away: five minutes', { expires_on: '2126-01-01T00:00:00Z' }, now + 300_000],
    ['a nonsense expires_on is read as missing: expires_in applies', { expires_on: '10000000000000', expires_in: 600 }, now + 600_000],
  ])('%s', (_what, body, expected) => {
    const expiry = expiryOf(body, now);
    expect(expiry.getTime()).toBe(expected);
    // Always a date a formatter can take.
    expect(() => expiry.toISOString()).not.toThrow();
  });
});

describe('identityOf', () => {
  const jwt = (claims: unknown): string => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;
  it('reads the oid and tid claims when they are GUIDs, lowercase', () => {
    expect(identityOf(jwt({ oid: 'AAAAAAAA-1111-2222-3333-444444444444', tid: '72F988BF-86F1-41AF-91AB-2D7CD011DB47' }))).toEqual({
      principalId: 'aaaaaaaa-1111-2222-3333-444444444444',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    });
  });
  it.each([
    ['not a JWT', 'opaque-token'],
    ['no oid', jwt({ sub: 'x' })],
    ['an oid and tid that are not GUIDs', jwt({ oid: '::warning::x', tid: 'contoso.onmicrosoft.com' })],
    ['a payload that is not JSON', 'h.bm90IGpzb24.s'],
  ])('is undefined for %s', (_what, token) => {
    expect(identityOf(token)).toEqual({ principalId: undefined, tenantId: undefined });
  });
});
