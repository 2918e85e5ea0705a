/** Request units (RU): how Cosmos DB charges each request, rounded for people. */

/** Round to two decimals, as the portal shows request charges. */
export function roundCharge(requestCharge: number): number {
  return Math.round(requestCharge * 100) / 100;
}
