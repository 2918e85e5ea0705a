/** Hostile ARM answers: what the account read and the key operations could return. */
import { SEED } from '../../simulator/index.ts';
import type { HostileRow } from '../helpers/hostile-rows.ts';

export const armRows: HostileRow[] = [
  {
    name: 'a clean run passes every check (the baseline for the rows below)',
    exit: 0,
    requests: [
      ['arm', '/readonlykeys', 1],
      ['arm', `/databaseAccounts/${SEED.account}`, 2],
    ],
  },
];
