/** serverText: what any server sent, made safe for a log line, an error or the summary. */
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';

jest.unstable_mockModule('@actions/core', () => ({ setSecret: () => undefined }));
const { maskSecret } = await import('../../src/report/masking.ts');
const { hostOf, serverText } = await import('../../src/report/sanitize.ts');

const key = randomBytes(64).toString('base64');
const registered = 'opaque-registered-secret';
beforeAll(() => {
  maskSecret(registered);
});

describe('serverText', () => {
  it.each([
    ['LF', 'a\n::warning::x'],
    ['CR', 'a\r::warning::x'],
    ['CRLF', 'a\r\n::stop-commands::x'],
    ['NEL', 'a\u0085::warning::x'],
    ['line separator', 'a\u2028::warning::x'],
    ['paragraph separator', 'a\u2029::warning::x'],
    ['vertical tab and form feed', 'a\v\f::warning::x'],
    ['escape sequences', 'a\u001b[31m::warning::x'],
  ])('puts %s on the same line', (_what, text) => {
    const clean = serverText(text);
    for (const c of '\r\n\u0085\u2028\u2029\v\f\u001b') expect(clean).not.toContain(c);
    expect(clean.startsWith('::')).toBe(false);
  });

  it('never starts with ::, even when the server text does', () => {
    expect(serverText('::stop-commands::x')).toBe('·::stop-commands::x');
    expect(serverText('  \n::add-mask::x')).toBe('·::add-mask::x');
  });

  it('removes zero-width and bidirectional characters', () => {
    expect(serverText('ab\u200bc\u202ed')).toBe('ab c d');
  });

  it('scrubs a registered secret before cutting, so no part of it survives the cut', () => {
    const text = `${'x'.repeat(290)} ${registered} tail`;
    expect(serverText(text)).toBe(`${'x'.repeat(290)} *** tail`);
    expect(serverText(`${'x'.repeat(295)} ${registered}`)).not.toContain(registered.slice(0, 4));
  });

  it('redacts what is shaped like a key or a token, even unregistered', () => {
    expect(serverText(`the key ${key} leaked`)).toBe('the key [redacted] leaked');
    expect(serverText('Bearer eyJhbGciOiJSUzI1NiJ9.eyJvaWQiOiJ4In0.c2lnbmF0dXJl and more')).toBe('Bearer [redacted token] and more');
  });

  it.each([
    // Keys the old rule let through (about 1 in 400 random keys): slashes cutting it into short
    // segments, as a resource path has, or fewer than four digits.
    ['slash-heavy', 'qWeRtYuIoPaSdF/gHjKlZxCvBn/MqWeRtYuIoP/aSdFgHjKlZx/CvBnMqWeRt/YuIoPaSdFgHj/KlZxCvBnMqW/eRtYuIoPaS12=='],
    ['digit-poor', 'qWeRtYuIoPaSdFgHjKlZxCvBnMqWeRtYuIoPaSdFgHjKlZxCvBnMqWeRtYuIoPaSdFgHjKlZxCvBnMqWeRtY12+/=='],
  ])('redacts a %s key, unregistered, however the text is cut', (_kind, shaped) => {
    const text = serverText(`InternalError: ${'x'.repeat(263)} key ${shaped} leaked`);
    for (let i = 0; i + 16 <= shaped.length; i++) expect(text).not.toContain(shaped.slice(i, i + 16));
  });

  it('leaves resource IDs, GUIDs and ordinary words alone', () => {
    const id =
      '/subscriptions/3f2b9c1e-7d4a-4e5b-9c8d-1a2b3c4d5e6f/resourceGroups/rgRunners2024/providers/Microsoft.DocumentDB/databaseAccounts/contoso01';
    expect(serverText(`The client has no authorization to perform action on scope '${id}'.`, 500)).toContain(id);
    expect(serverText('AuthorizationFailedBecauseTheRoleAssignmentIsMissing2')).toBe(
      'AuthorizationFailedBecauseTheRoleAssignmentIsMissing2',
    );
  });

  it('stays fast on a megabyte built to make its patterns backtrack', () => {
    const started = performance.now();
    for (const text of ['eyJAA-'.repeat(200_000), 'A1b/'.repeat(300_000), `${'x'.repeat(1_000_000)}`]) {
      expect(serverText(text).length).toBeLessThanOrEqual(301);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('leaves no part of a secret where the first cut falls', () => {
    expect(serverText(`${'x '.repeat(590)}${key}`)).not.toContain(key.slice(0, 16));
  });

  it('bounds the length', () => {
    expect(serverText('y'.repeat(1000), 50)).toBe(`${'y'.repeat(50)}…`);
  });
});

describe('hostOf', () => {
  it('gives the host of an absolute URL, else the fallback', () => {
    expect(hostOf('https://evil.example:8443/x?sig=secret', '?')).toBe('evil.example:8443');
    expect(hostOf('/relative', 'a relative location')).toBe('a relative location');
  });
});
