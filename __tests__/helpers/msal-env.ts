/** The variables that choose MSAL's managed-identity source, for tests that run ManagedIdentityCredential in process. */

/** Variables that would send MSAL to another managed-identity source (App Service, Service Fabric, Machine Learning, Cloud Shell, Arc, AKS token exchange). */
export const MSAL_SOURCE_VARIABLES = [
  'IDENTITY_ENDPOINT',
  'IDENTITY_HEADER',
  'IDENTITY_SERVER_THUMBPRINT',
  'IMDS_ENDPOINT',
  'MSI_ENDPOINT',
  'MSI_SECRET',
  'AZURE_FEDERATED_TOKEN_FILE',
  'AZURE_CLIENT_ID',
  'AZURE_TENANT_ID',
];
