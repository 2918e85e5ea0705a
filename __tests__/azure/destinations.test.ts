/** Where a connection string sends its key, read as its client reads it; what could be read two ways, or sends the key in clear, refused. */
import { describe, expect, it } from '@jest/globals';
import { destinationsOf } from '../../src/azure/destinations.ts';

const KEY = 'a2V5K2tleS9rZXk9PQ==';
const MONGO = `mongodb://acct:${encodeURIComponent(KEY)}@acct.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@acct@`;

describe('destinationsOf: what each client would connect to', () => {
  it.each([
    ['NoSQL', `AccountEndpoint=https://acct.documents.azure.com:443/;AccountKey=${KEY};`, ['acct.documents.azure.com:443']],
    [
      'NoSQL without a port (https: 443)',
      `AccountEndpoint=https://Acct.Documents.Azure.com/;AccountKey=${KEY}`,
      ['acct.documents.azure.com:443'],
    ],
    [
      'Gremlin over wss',
      `AccountEndpoint=wss://acct.gremlin.cosmos.azure.com:443/;AccountKey=${KEY};ApiKind=Gremlin;`,
      ['acct.gremlin.cosmos.azure.com:443'],
    ],
    [
      'Table with TableEndpoint',
      `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${KEY};TableEndpoint=https://acct.table.cosmos.azure.com:443/;`,
      ['acct.table.cosmos.azure.com:443'],
    ],
    [
      'Table built from AccountName and EndpointSuffix, as @azure/data-tables builds it',
      `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${KEY};EndpointSuffix=cosmos.azure.com`,
      ['acct.table.cosmos.azure.com:443'],
    ],
    [
      'Cassandra',
      `HostName=acct.cassandra.cosmos.azure.com;Username=acct;Password=${KEY};Port=10350`,
      ['acct.cassandra.cosmos.azure.com:10350'],
    ],
    [
      'Cassandra without a port',
      `HostName=acct.cassandra.cosmos.azure.com;Username=acct;Password=${KEY}`,
      ['acct.cassandra.cosmos.azure.com:10350'],
    ],
    ['MongoDB, the key percent-encoded', MONGO, ['acct.mongo.cosmos.azure.com:10255']],
    ['MongoDB, hosts without a port (27017)', `mongodb://u:p@h1:1,h2/?ssl=true`, ['h1:1', 'h2:27017']],
    ['a string that names no endpoint', `AccountKey=${KEY};`, []],
    ['a URI of another scheme', 'redis://h:6380', []],
  ])('%s', async (_what, text, destinations) => {
    expect(await destinationsOf(text)).toEqual({ destinations });
  });
});

describe('destinationsOf: refused', () => {
  it.each([
    // Finding 1: several "@", read differently by the driver (the first ends the user info) and by URL readers (the last).
    [
      'two @, the first naming another host',
      `mongodb://acct:${KEY}@evil.example/@acct.mongo.cosmos.azure.com:10255/?ssl=true`,
      /more than one "@"/,
    ],
    ['two @ in the user info', `mongodb://acct:p@ss@acct.mongo.cosmos.azure.com:10255/?ssl=true`, /more than one "@"/],
    ['MongoDB with ssl=false', MONGO.replace('ssl=true', 'ssl=false'), /without TLS/],
    ['MongoDB with tls=false beside ssl=true', `${MONGO}&tls=false`, /without TLS/],
    ['MongoDB without ssl or tls', MONGO.replace('ssl=true&', ''), /without TLS/],
    ['MongoDB with tlsInsecure', `${MONGO}&tlsInsecure=true`, /option tlsInsecure/],
    ['MongoDB with tlsAllowInvalidCertificates', `${MONGO}&tlsAllowInvalidCertificates=true`, /option tlsAllowInvalidCertificates/],
    ['MongoDB with tlsAllowInvalidHostnames', `${MONGO}&tlsAllowInvalidHostnames=true`, /option tlsAllowInvalidHostnames/],
    ['MongoDB through a proxy', `${MONGO}&proxyHost=evil.example`, /option proxyHost/],
    // Found in review: the driver hands raw TLS settings from the URI to tls.connect, and "false" is a host name or a file name too.
    [
      'MongoDB trusting a CA of its own (ca=)',
      `${MONGO}&ca=${encodeURIComponent('-----BEGIN CERTIFICATE-----')}`,
      /option ca, which Azure does not write/,
    ],
    ['MongoDB checking the certificate against another name (servername=)', `${MONGO}&servername=evil.example`, /option servername/],
    ['MongoDB with weak ciphers', `${MONGO}&ciphers=DES-CBC3-SHA`, /option ciphers/],
    ['MongoDB with tlsCAFile=false (a file named false)', `${MONGO}&tlsCAFile=false`, /option tlsCAFile/],
    ['MongoDB with proxyHost=false (a host named false)', `${MONGO}&proxyHost=false`, /option proxyHost/],
    ['MongoDB with Azure SDK parts after a ";"', `${MONGO};AccountEndpoint=https://evil.example/;AccountKey=${KEY}`, /";"/],
    [
      'MongoDB with a tab in the password (a URL parser drops it)',
      MONGO.replace('@acct.mongo', '\t@acct.mongo'),
      /spaces or control characters/,
    ],
    ['MongoDB with authMechanism=PLAIN (the password in clear)', `${MONGO}&authMechanism=PLAIN`, /authMechanism=PLAIN/],
    ['MongoDB with an option twice', `${MONGO}&SSL=true`, /option ssl twice/],
    ['mongodb+srv (hosts from DNS)', 'mongodb+srv://u:p@acct.mongo.cosmos.azure.com/?tls=true', /mongodb\+srv/],
    [
      'MongoDB its driver cannot read (a raw "/" in the password)',
      `mongodb://acct:a/b@acct.mongo.cosmos.azure.com:10255/?ssl=true`,
      /more than one "@"|cannot read/,
    ],
    // Finding 2: http and ws are not TLS, whatever the port.
    ['NoSQL over http', `AccountEndpoint=http://acct.documents.azure.com/;AccountKey=${KEY};`, /without TLS \(http:\/\/\)/],
    ['NoSQL over http on 443', `AccountEndpoint=http://acct.documents.azure.com:443/;AccountKey=${KEY};`, /without TLS/],
    ['Gremlin over ws', `AccountEndpoint=ws://acct.gremlin.cosmos.azure.com:443/;AccountKey=${KEY};`, /without TLS \(ws:\/\/\)/],
    [
      'Table over http',
      `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${KEY};TableEndpoint=http://acct.table.cosmos.azure.com/`,
      /without TLS/,
    ],
    [
      'DefaultEndpointsProtocol=http',
      `DefaultEndpointsProtocol=http;AccountName=acct;AccountKey=${KEY};EndpointSuffix=cosmos.azure.com`,
      /DefaultEndpointsProtocol is not https/,
    ],
    ['the storage emulator', `UseDevelopmentStorage=true;AccountKey=${KEY};TableEndpoint=https://acct.table.cosmos.azure.com/`, /emulator/],
    // Finding 3: the Table client builds its endpoint from AccountName.
    [
      'an AccountName that is a host and a query',
      `DefaultEndpointsProtocol=https;AccountName=evil.example:443/?;AccountKey=${KEY};EndpointSuffix=acct.documents.azure.com`,
      /AccountName that is not an account name/,
    ],
    [
      'an EndpointSuffix with a path',
      `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${KEY};EndpointSuffix=evil.example/x`,
      /EndpointSuffix/,
    ],
    // Ambiguity between @azure/cosmos (exact names, last wins) and @azure/data-tables (any case, trimmed, first wins).
    [
      'a name twice',
      `AccountEndpoint=https://acct.documents.azure.com/;AccountKey=${KEY};AccountEndpoint=https://evil.example/`,
      /AccountEndpoint twice/,
    ],
    [
      'a name in another case',
      `accountendpoint=https://evil.example/;AccountEndpoint=https://acct.documents.azure.com/;AccountKey=${KEY}`,
      /another case/,
    ],
    ['a name with spaces around it', ` AccountEndpoint=https://evil.example/;AccountKey=${KEY}`, /spaces around it/],
    ['a part without "="', `AccountEndpoint=https://acct.documents.azure.com/;AccountKey=${KEY};junk`, /without "="/],
    ['user info in an endpoint', `AccountEndpoint=https://u:p@acct.documents.azure.com/;AccountKey=${KEY}`, /user info/],
    ['a path in an endpoint', `AccountEndpoint=https://acct.documents.azure.com/x/;AccountKey=${KEY}`, /a path/],
    ['a query in an endpoint', `AccountEndpoint=https://acct.documents.azure.com/?x;AccountKey=${KEY}`, /query/],
    ['spaces in an endpoint', `AccountEndpoint=https://acct.documents.azure.com /;AccountKey=${KEY}`, /spaces/],
    ['an endpoint that is not a URL', `AccountEndpoint=acct.documents.azure.com:443;AccountKey=${KEY}`, /not https or wss|not a URL/],
    ['a Cassandra port that is not one', `HostName=acct.cassandra.cosmos.azure.com;Port=99999;Password=${KEY}`, /Port/],
    ['a Cassandra host with a path', `HostName=evil.example/x;Port=10350;Password=${KEY}`, /HostName/],
  ])('%s', async (_what, text, why) => {
    const reading = await destinationsOf(text);
    expect(reading).toEqual({ refused: expect.stringMatching(why) as unknown });
    // A refusal never quotes the string (it holds the key).
    expect('refused' in reading && reading.refused).not.toContain(KEY);
  });
});
