/** The simulator's API for MongoDB data plane for one test file, its test CA trusted meanwhile. */
import { afterAll, beforeAll } from '@jest/globals';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { makeTestPki, type TestPki } from '../../simulator/certs.ts';
import { startMongoDataPlane, type MongoAccount, type MongoDataPlane } from '../../simulator/mongo.ts';

/**
 * Starts the data plane before the file's tests (serving `accounts`, read at each use) and closes
 * it after them. The driver verifies certificates against Node's default CAs: the test CA is added
 * to them for the file, and taken out again after.
 */
export function mongoDataPlaneForFile(accounts: ReadonlyMap<string, MongoAccount>): { readonly pki: TestPki; current(): MongoDataPlane } {
  const pki = makeTestPki();
  const defaultCas = getCACertificates('default');
  let dataPlane: MongoDataPlane | undefined;
  beforeAll(async () => {
    setDefaultCACertificates([...defaultCas, pki.caCert]);
    dataPlane = await startMongoDataPlane({ cert: pki.cert, key: pki.key, account: (name) => accounts.get(name) });
  });
  afterAll(async () => {
    await dataPlane?.close();
    setDefaultCACertificates(defaultCas);
  });
  return {
    pki,
    current: () => {
      if (!dataPlane) throw new Error('the MongoDB data plane is not started yet');
      return dataPlane;
    },
  };
}
