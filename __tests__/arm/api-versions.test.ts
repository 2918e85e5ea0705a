/** Picking the api-version to retry with from ARM's refusal. */
import { describe, expect, it } from '@jest/globals';
import { isVersionRefusal, stableVersionsIn, versionToRetry } from '../../src/arm/api-versions.ts';

const refusal = (list: string) =>
  `No registered resource provider found for location 'usgovvirginia' and API version '2025-04-15' for type 'databaseAccounts'. ` +
  `The supported api-versions are '${list}'. The supported locations are 'usgovarizona, usgovvirginia'.`;

describe('versionToRetry', () => {
  it.each([
    ['the newest stable listed', refusal('2014-04-01, 2023-11-15, 2024-05-15, 2024-09-01-preview'), '2024-05-15'],
    [
      'never a preview, whatever its date',
      refusal('2024-05-15, 2024-09-01-preview, 2024-12-01-PREVIEW, 2020-07-01-privatepreview'),
      '2024-05-15',
    ],
    ['not one newer than the action knows', refusal('2025-10-15, 2026-03-15, 2026-07-15'), '2025-10-15'],
    ['not one older than disableLocalAuth (2021-06-15)', refusal('2014-04-01, 2021-04-15, 2021-05-15'), undefined],
    ['the oldest it reads', refusal('2021-04-15, 2021-06-15'), '2021-06-15'],
    ['not the refused one, even if listed', refusal('2024-11-15, 2025-04-15'), '2024-11-15'],
    ['none when only previews are listed', refusal('2024-09-01-preview, 2024-12-01-preview'), undefined],
    ['none when nothing is listed', 'No registered resource provider found.', undefined],
    ['not a date that is no Microsoft.DocumentDB version', refusal('2024-11-01, 2024-08-01'), undefined],
    [
      'not a version outside the list (the refused one is named before it)',
      "API version '2025-10-15' for type 'x'. The supported api-versions are '2023-11-15'.",
      '2023-11-15',
    ],
    [
      "InvalidApiVersionParameter's list ('supported versions are')",
      "The api-version '2025-04-15' is invalid. The supported versions are '2025-04-01,2024-11-15,2014-04-01,2014-04'.",
      '2024-11-15',
    ],
  ])('%s', (_name, message, expected) => {
    expect(versionToRetry(message, '2025-04-15')).toBe(expected);
  });
});

describe('stableVersionsIn', () => {
  it('lists each stable version once, newest first', () => {
    expect(stableVersionsIn(refusal('2021-04-15, 2024-11-15, 2021-04-15, 2019-08-01-preview, 2019-08-01'))).toEqual([
      '2024-11-15',
      '2021-04-15',
      '2019-08-01',
    ]);
  });
});

describe('isVersionRefusal', () => {
  it.each([
    [400, 'NoRegisteredProviderFound', true],
    [400, 'InvalidApiVersionParameter', true],
    [400, 'MissingApiVersionParameter', false],
    [400, 'InvalidResourceType', false],
    [404, 'NoRegisteredProviderFound', false],
    [400, undefined, false],
  ] as const)('%i %s: %s', (status, code, expected) => {
    expect(isVersionRefusal(status, code)).toBe(expected);
  });
});
