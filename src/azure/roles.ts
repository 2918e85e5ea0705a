/** The built-in Azure roles the action's advice names: ARM (control plane) and Cosmos DB data plane. */
export interface Role {
  readonly name: string;
  readonly id: string;
}

export const ROLES = {
  /** ARM: read the account and its read-only keys. */
  accountReader: { name: 'Cosmos DB Account Reader Role', id: 'fbdf93bf-df7d-467e-a4d2-9458aa1360c8' },
  /** ARM: also the read-write keys and connection strings. */
  accountContributor: { name: 'DocumentDB Account Contributor', id: '5bd9cd88-fe45-4216-938b-f97437e15450' },
  /** Data plane (Entra ID): read data. IDs are the account-scoped built-in role definitions. */
  dataReader: { name: 'Cosmos DB Built-in Data Reader', id: '00000000-0000-0000-0000-000000000001' },
  /** Data plane (Entra ID): read and write data. */
  dataContributor: { name: 'Cosmos DB Built-in Data Contributor', id: '00000000-0000-0000-0000-000000000002' },
} as const satisfies Record<string, Role>;
