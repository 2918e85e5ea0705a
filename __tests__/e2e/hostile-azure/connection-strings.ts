/**
 * Hostile connection strings in ARM's listConnectionStrings answer (issue 18's findings 1 to 3):
 * each reads as the account's to a careless reader but, read as its client reads it, sends the
 * key elsewhere or in clear. The string the run would hand out stops the run, naming what is
 * wrong; any other is left out with a warning; nothing reaches the bystander (the "elsewhere").
 */
import { expect } from '@jest/globals';
import type { Fault, Simulator } from '../../../simulator/index.ts';
import type { Bystander, HostileRow } from '../../helpers/hostile-rows.ts';
import { seededAccount } from '../../helpers/run.ts';

/** The bystander's `host:port`: the place a hostile string tries to send the key. */
const evil = (bystander: Bystander): string => new URL(bystander.url).host;

const entry = (connectionString: string, keyKind: string, type: string, description = `${keyKind} ${type} Connection String`) => ({
  connectionString,
  description,
  keyKind,
  type,
});

/** ARM answers listConnectionStrings with these entries. */
const answer = (...connectionStrings: ReturnType<typeof entry>[]): Fault[] => [
  { service: 'arm', path: '/listConnectionStrings', action: { status: 200, body: { connectionStrings } } },
];

/** A MongoDB URI as Azure writes it, the key percent-encoded, with `tail` after the host and `options` at the end. */
const mongoUri = (s: Simulator, key: string, host = 'contoso-mongo.mongo.cosmos.azure.com:10255', options = ''): string =>
  `mongodb://contoso-mongo:${encodeURIComponent(key)}@${host}/?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@contoso-mongo@${options}`;

const keysOf = (s: Simulator, name: string) => seededAccount(s, name);
const inputsFor = (name: string) => (s: Simulator) => ({
  'account-name': name,
  operation: 'listConnectionStrings',
  'client-id': s.state.vm.userIdentities[0]!.clientId,
});

export const connectionStringRows: readonly HostileRow[] = [
  {
    name: '18.1 MongoDB URI with two @: the driver would send the key to the first host, so the string is refused and nothing handed out',
    inputs: inputsFor('contoso-mongo'),
    faults: (s, bystander) => {
      const { primaryMasterKey: p, secondaryMasterKey: q } = keysOf(s, 'contoso-mongo');
      const hostile = `mongodb://contoso-mongo:${encodeURIComponent(p)}@${evil(bystander)}/@contoso-mongo.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb`;
      return answer(entry(hostile, 'Primary', 'MongoDB'), entry(mongoUri(s, q), 'Secondary', 'MongoDB'));
    },
    exit: 1,
    message:
      /primary connection string that has more than one "@" before its options, which readers split differently: it is not handed out/,
  },
  {
    name: '18.1 MongoDB URI with ssl=false as the primary string: refused (the password would go in clear)',
    inputs: inputsFor('contoso-mongo'),
    faults: (s) => {
      const { primaryMasterKey: p, secondaryMasterKey: q } = keysOf(s, 'contoso-mongo');
      return answer(
        entry(mongoUri(s, p).replace('ssl=true', 'ssl=false'), 'Primary', 'MongoDB'),
        entry(mongoUri(s, q), 'Secondary', 'MongoDB'),
      );
    },
    exit: 1,
    message: /primary connection string that sends the key without TLS \(its MongoDB URI has no ssl=true or tls=true\)/,
  },
  {
    name: '18.1 other MongoDB strings weakening TLS or auth (tlsInsecure, authMechanism=PLAIN, proxyHost, tlsAllowInvalidCertificates) are left out with a warning each',
    inputs: inputsFor('contoso-mongo'),
    faults: (s, bystander) => {
      const { primaryMasterKey: p, secondaryMasterKey: q, primaryReadonlyMasterKey: r } = keysOf(s, 'contoso-mongo');
      return answer(
        entry(mongoUri(s, p), 'Primary', 'MongoDB'),
        entry(mongoUri(s, q, undefined, '&tlsInsecure=true'), 'Secondary', 'MongoDB', 'Insecure'),
        entry(mongoUri(s, r, undefined, '&authMechanism=PLAIN'), 'PrimaryReadonly', 'MongoDB', 'Plain'),
        entry(mongoUri(s, q, undefined, `&proxyHost=${new URL(bystander.url).hostname}`), 'Secondary', 'MongoDB', 'Proxied'),
        entry(mongoUri(s, r, undefined, '&tlsAllowInvalidCertificates=true'), 'SecondaryReadonly', 'MongoDB', 'Unverified'),
      );
    },
    exit: 0,
    check: (_s, result) => {
      const kept = (JSON.parse(result.outputs['connection-strings'] ?? '[]') as Array<{ description: string }>).map((e) => e.description);
      expect(kept).toEqual(['Primary MongoDB Connection String']);
      for (const [which, option] of [
        ['Insecure', 'tlsInsecure, which Azure does not write'],
        ['Plain', 'authMechanism=PLAIN'],
        ['Proxied', 'proxyHost, which Azure does not write'],
        ['Unverified', 'tlsAllowInvalidCertificates, which Azure does not write'],
      ]) {
        expect(result.stdout).toContain(`::warning::Left out of connection-strings: "${which}" from ARM has the MongoDB option ${option}.`);
      }
    },
  },
  {
    name: "18.2 AccountEndpoint=http:// on the account's own host and port: refused (signed requests would go in clear to port 80 or that port)",
    inputs: inputsFor('contoso-cosmos'),
    faults: (s) => {
      const { primaryMasterKey: p, secondaryMasterKey: q } = keysOf(s, 'contoso-cosmos');
      const http = s.cosmosUrl.replace('https:', 'http:');
      return answer(
        entry(`AccountEndpoint=${http};AccountKey=${p};`, 'Primary', 'Sql'),
        entry(`AccountEndpoint=${s.cosmosUrl};AccountKey=${q};`, 'Secondary', 'Sql'),
      );
    },
    exit: 1,
    message: /primary connection string that sends the key without TLS \(http:\/\/\): it is not handed out/,
  },
  {
    name: '18.2 Gremlin strings over ws:// are left out with a warning (a Gremlin client would send the key in clear)',
    inputs: inputsFor('contoso-gremlin'),
    faults: (s) => {
      const { primaryMasterKey: p, secondaryMasterKey: q } = keysOf(s, 'contoso-gremlin');
      return answer(
        entry(
          `AccountEndpoint=ws://contoso-gremlin.gremlin.cosmos.azure.com:443/;AccountKey=${p};ApiKind=Gremlin;`,
          'Primary',
          'Gremlin',
          'Clear',
        ),
        entry(
          `AccountEndpoint=wss://contoso-gremlin.gremlin.cosmos.azure.com:443/;AccountKey=${q};ApiKind=Gremlin;`,
          'Secondary',
          'Gremlin',
          'Sealed',
        ),
      );
    },
    exit: 0,
    check: (_s, result) => {
      const kept = (JSON.parse(result.outputs['connection-strings'] ?? '[]') as Array<{ description: string }>).map((e) => e.description);
      expect(kept).toEqual(['Sealed']);
      expect(result.stdout).toContain('::warning::Left out of connection-strings: "Clear" from ARM sends the key without TLS (ws://).');
    },
  },
  {
    name: '18.3 Table string without TableEndpoint whose AccountName is another host: refused (@azure/data-tables would build https://<AccountName>.table.<suffix> and sign for it)',
    inputs: inputsFor('contoso-table'),
    faults: (s, bystander) => {
      const { primaryMasterKey: p, secondaryMasterKey: q } = keysOf(s, 'contoso-table');
      return answer(
        entry(
          `DefaultEndpointsProtocol=https;AccountName=${evil(bystander)}/?;AccountKey=${p};EndpointSuffix=contoso-table.table.cosmos.azure.com`,
          'Primary',
          'Table',
        ),
        entry(
          `DefaultEndpointsProtocol=https;AccountName=contoso-table;AccountKey=${q};TableEndpoint=https://contoso-table.table.cosmos.azure.com:443/;`,
          'Secondary',
          'Table',
        ),
      );
    },
    exit: 1,
    message:
      /primary connection string that has an AccountName that is not an account name, from which the Table client would build its endpoint/,
  },
];
