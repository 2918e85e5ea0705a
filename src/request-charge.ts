/** Request units (RU): how Cosmos DB charges each request, read from responses and rounded for people. */

/** Round to two decimals, as the portal shows request charges. */
export function roundCharge(requestCharge: number): number {
  return Math.round(requestCharge * 100) / 100;
}

/** The request charge of an @azure/cosmos response (its field, else its header); 0 when unknown. */
export function chargeOf(response: { readonly requestCharge?: number }): number {
  if (typeof response.requestCharge === 'number' && Number.isFinite(response.requestCharge)) return response.requestCharge;
  const header = Number((response as { headers?: Record<string, unknown> }).headers?.['x-ms-request-charge']);
  return Number.isFinite(header) ? header : 0;
}
