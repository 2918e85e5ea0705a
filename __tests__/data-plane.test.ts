/** Unit tests for what the smoke test takes from the data plane (data-plane-answers.ts). */
import { describe, expect, it } from '@jest/globals';
import { finite, partitionKeyPaths, pathsText, probeItem, regionsText, throughputText } from '../src/data-plane-answers.ts';

const PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();

describe('partition-key paths', () => {
  it.each([
    [undefined, []],
    [null, []],
    [{ paths: ['/pk'] }, ['/pk']],
    [{ paths: ['/tenant/id', '/region'], kind: 'MultiHash' }, ['/tenant/id', '/region']],
  ])('%j is read as %j', (definition, paths) => {
    expect(partitionKeyPaths('items', definition)).toEqual(paths);
  });

  it.each([
    ['/__proto__/error', '__proto__'],
    ['/constructor/prototype/x', 'constructor'],
    ['/a/prototype', 'prototype'],
  ])('%s is refused, naming the container and the segment', (path, segment) => {
    expect(() => partitionKeyPaths('items', { paths: ['/pk', path] })).toThrow(
      new RegExp(`container 'items' has the partition key path '${path}', whose segment '${segment}' .*refuses it`),
    );
  });

  it.each([[{ paths: '/pk' }], [{ paths: [1] }], [{ paths: ['pk'] }], [{ paths: [{ toString: () => '/pk' }] }]])(
    'a definition whose paths are not /paths (%j) is refused',
    (definition) => {
      expect(() => partitionKeyPaths('items', definition)).toThrow(/container 'items' answered with a partition key definition/);
    },
  );

  it('are logged each on one line', () => {
    expect(pathsText(['/a\n::warning::x', '/b'])).toBe('/a ::warning::x, /b');
    expect(pathsText([])).toBe('none');
  });
});

describe('the write probe item', () => {
  it('holds the ID at every path, in objects without a prototype', () => {
    const item = probeItem('id-1', ['/tenant/id', '/region', '/tenant/zone']);
    expect(JSON.parse(JSON.stringify(item))).toEqual({
      id: 'id-1',
      purpose: expect.any(String),
      tenant: { id: 'id-1', zone: 'id-1' },
      region: 'id-1',
    });
    expect(Object.getPrototypeOf(item)).toBeNull();
    expect(Object.getPrototypeOf(item['tenant'])).toBeNull();
  });

  it.each(['/__proto__/error', '/constructor/prototype/x', '/prototype'])('refuses %s and leaves Object.prototype untouched', (path) => {
    expect(() => probeItem('id-1', [path])).toThrow(/was refused/);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE);
  });
});

describe('regions and throughput for the log', () => {
  it.each([
    [undefined, 'reachable'],
    ['West Europe', 'reachable'],
    [[{ name: 'West Europe' }, { name: 'North Europe' }], 'regions: West Europe, North Europe'],
    [[{ name: 7 }, null, 'x', { name: ' ' }, { name: 'East US' }], 'regions: East US'],
    [[{ name: 'a\r\n::error::x' }], 'regions: a ::error::x'],
  ])('%j: %s', (locations, text) => {
    expect(regionsText(locations)).toBe(text);
  });

  it('names at most ten regions', () => {
    const locations = Array.from({ length: 12 }, (_, i) => ({ name: `r${i}` }));
    expect(regionsText(locations)).toBe('regions: r0, r1, r2, r3, r4, r5, r6, r7, r8, r9 and 2 more');
  });

  it.each([
    [undefined, 'no provisioned throughput (serverless?)'],
    [{ content: { offerThroughput: 400 } }, '400 RU/s provisioned (container)'],
    [{ content: { offerThroughput: 400, offerAutopilotSettings: { maxThroughput: 4000 } } }, 'autoscale up to 4000 RU/s (container)'],
    [{ content: { offerThroughput: '400\n::warning::x' } }, 'throughput not readable from the offer (container)'],
    [JSON.parse('{"content":{"offerThroughput":1e999}}'), 'throughput not readable from the offer (container)'],
    [
      { content: { offerThroughput: -1, offerAutopilotSettings: { maxThroughput: 'x' } } },
      'throughput not readable from the offer (container)',
    ],
    [null, 'throughput not readable from the offer (container)'],
  ])('offer %j: %s', (offer, text) => {
    expect(throughputText(offer, 'container')).toBe(text);
  });

  it('numbers are printed only when finite', () => {
    expect([finite(1.5), finite(Infinity), finite(NaN), finite('1'), finite(null)]).toEqual([
      1.5,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
