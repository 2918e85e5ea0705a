/** What the accounts an identity can read say about the one ARM refused: the same, elsewhere, a typo, or nothing. */
import { describe, expect, it } from '@jest/globals';
import { lookalikeOf, readableAccountsIn, type ReadableAccount } from '../../src/arm/lookalikes.ts';

const SUB = '3f2b9c1e-7d4a-4e5b-9c8d-1a2b3c4d5e6f';
const OTHER_SUB = '00000000-0000-4000-8000-000000000009';
const id = (sub: string, group: string, name: string): string =>
  `/subscriptions/${sub}/resourceGroups/${group}/providers/Microsoft.DocumentDB/databaseAccounts/${name}`;
const account = (name: string, resourceGroup = 'rg-runners', subscriptionId = SUB): ReadableAccount => ({
  subscriptionId,
  resourceGroup,
  name,
});

describe('readableAccountsIn', () => {
  it('reads the Cosmos DB accounts of ARM’s resource list', () => {
    expect(
      readableAccountsIn({
        value: [
          { id: id(SUB, 'rg-runners', 'contoso-cosmos'), name: 'contoso-cosmos', type: 'Microsoft.DocumentDB/databaseAccounts' },
          { id: id(SUB.toUpperCase(), 'RG_Data.(eu)', 'orders-db') },
        ],
      }),
    ).toEqual([account('contoso-cosmos'), account('orders-db', 'RG_Data.(eu)')]);
  });

  it.each([
    ['not a list', { value: 'x' }],
    ['no value', {}],
    ['another resource type', { value: [{ id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/x` }] }],
    ['a name with a line break', { value: [{ id: id(SUB, 'rg', 'ab\n::error::x') }] }],
    ['a name with capitals', { value: [{ id: id(SUB, 'rg', 'Contoso') }] }],
    ['a group with a space', { value: [{ id: id(SUB, 'rg x', 'contoso') }] }],
    ['a group ending in a dot', { value: [{ id: id(SUB, 'rg.', 'contoso') }] }],
    ['a subscription that is not a GUID', { value: [{ id: id('../x', 'rg', 'contoso') }] }],
    ['an ID that is not a string', { value: [{ id: 42 }, null, 'x'] }],
  ])('leaves out %s', (_what, body) => {
    expect(readableAccountsIn(body as Record<string, unknown>)).toEqual([]);
  });
});

describe('lookalikeOf', () => {
  const wanted = account('contoso-cosmos');

  it('the account itself (any case of group and subscription): readable', () => {
    expect(lookalikeOf(wanted, [account('contoso-cosmos', 'RG-RUNNERS', SUB.toUpperCase())])).toEqual({ kind: 'readable' });
  });

  it('the same name in another group or subscription: elsewhere', () => {
    expect(lookalikeOf(wanted, [account('contoso-cosmos', 'rg-data')])).toEqual({
      kind: 'elsewhere',
      account: account('contoso-cosmos', 'rg-data'),
    });
    expect(lookalikeOf(wanted, [account('contoso-cosmos', 'rg-runners', OTHER_SUB)])?.kind).toBe('elsewhere');
  });

  it.each([
    ['a letter left out', 'contoso-cosmo'],
    ['a letter added', 'contoso-cosmoss'],
    ['two neighbours swapped', 'contoso-cosmso'],
    ['two letters changed', 'contoso-cosnis'],
  ])('%s: similar', (_what, name) => {
    expect(lookalikeOf(account(name), [account('contoso-cosmos'), account('fabrikam')])).toEqual({
      kind: 'similar',
      account: account('contoso-cosmos'),
    });
  });

  it('three edits, or a short name two edits away: nothing', () => {
    expect(lookalikeOf(account('contoso-cxxxos'), [account('contoso-cosmos')])).toBeUndefined();
    expect(lookalikeOf(account('abc'), [account('xbd')])).toBeUndefined();
    expect(lookalikeOf(account('abc'), [account('abd')])?.kind).toBe('similar');
  });

  it('the closest wins, then one in the same group', () => {
    const readable = [account('contoso-cosmxx', 'rg-a'), account('contoso-cosmox', 'rg-b'), account('contoso-cosmox', 'rg-runners')];
    expect(lookalikeOf(account('contoso-cosmos'), readable)).toEqual({ kind: 'similar', account: account('contoso-cosmox', 'rg-runners') });
  });

  it('nothing readable: nothing to say', () => {
    expect(lookalikeOf(wanted, [])).toBeUndefined();
  });
});
