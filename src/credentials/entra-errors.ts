/**
 * Turns Microsoft Entra ID's refusals of a federated token exchange into one message that names
 * the cause and the fix, by the AADSTS code: no federated credential matches the token (with the
 * issuer and subject the token presents, and the commands that add one), unknown app or tenant,
 * an expired token. Entra ID's own text is untrusted: only sanitised, and only for codes this
 * module does not know. The federated token itself is never printed: only its issuer, subject,
 * audience and expiry, which are not secret.
 */
import { ActionError, TLS_FIX, isTlsFailure, messageLines } from '../report/errors.ts';
import type { Exchange, NetworkFailure } from '../net/http.ts';
import { scrubSecrets } from '../report/masking.ts';
import { serverText } from '../report/sanitize.ts';
import { proxyHostFor } from '../net/transport.ts';
import type { AssertionClaims, FederatedApp } from './federated-app.ts';

/** What a message needs to know about the exchange that failed. */
export interface EntraContext {
  readonly app: FederatedApp;
  readonly url: URL;
  /** The claims of the federated token presented. */
  readonly claims: AssertionClaims;
  /** The resource the token was asked for. */
  readonly resource: string;
  /** The run's time bound for messages: "60 s (timeout-seconds)". */
  readonly budget: string;
  /** The proxy the request went through instead of straight to Entra ID (token-proxy.ts), for messages. */
  readonly via?: string;
}

/** AADSTS codes of "no federated credential matches the token" (issuer, audience, subject, subject by case only). */
const NO_MATCH = [70021, 700211, 700212, 700213, 7002138];

/** The AADSTS code of an answer: its first error_codes entry, else the code its description starts with. */
function aadstsCode(body: Record<string, unknown> | undefined): number | undefined {
  const codes = body?.['error_codes'];
  if (Array.isArray(codes) && typeof codes[0] === 'number' && Number.isInteger(codes[0])) return codes[0];
  const description = body?.['error_description'];
  const match = typeof description === 'string' ? /^AADSTS(\d{1,9})\b/.exec(description) : null;
  return match ? Number(match[1]) : undefined;
}

/** A value for a single-quoted shell word. */
function shellWord(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

/** A federated credential name from a subject: letters, digits and dashes, 3 to 120 characters. */
function credentialName(subject: string): string {
  const name = subject
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return name.length >= 3 ? name : 'cosmos-runner';
}

/** Where the fix goes for each source: what makes the token's subject. */
function subjectHint(context: EntraContext): string {
  return context.app.source === 'github-oidc'
    ? 'GitHub makes the subject from the repository and the job: repo:<owner>/<repo>:environment:<name> for a job with an environment, :ref:refs/heads/<branch> for a branch, :pull_request for a pull request (all compared case-sensitively).'
    : "Azure Workload Identity's subject is system:serviceaccount:<namespace>:<service account> of the runner's pod, and the issuer the cluster's OIDC issuer (az aks show --query oidcIssuerProfile.issuerUrl).";
}

/**
 * A claim of the presented token as the fix needs it, exactly: claims are not secrets (the token
 * is masked whole), and a subject such as refs/heads/feature/JIRA1234/AddCosmosDB2Support must not
 * be redacted as key-shaped, or the command would add a credential that never matches. Undefined
 * when it holds what may not be printed as is (control characters, a registered secret, `::` at
 * the start) or is over Entra ID's 600-character bound: then no command is offered.
 */
function exactClaim(value: string | undefined): string | undefined {
  if (value === undefined || value === '' || value.length > 600) return undefined;
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(value) || value.startsWith('::') || scrubSecrets(value) !== value) return undefined;
  return value;
}

/**
 * No federated credential of the app matches: the fix first (add one with the token's issuer,
 * subject and audience, all three on that line), then the commands that add it, one a line, and
 * where the subject comes from.
 */
function noMatch(code: number, context: EntraContext): string {
  const { issuer, subject, audience } = context.claims;
  const exact = [exactClaim(issuer), exactClaim(subject), exactClaim(audience)] as const;
  const [iss, sub, aud] = exact.map((claim, i) => claim ?? serverText([issuer, subject, audience][i] ?? '', 300));
  const client = context.app.client.value;
  const first =
    `Microsoft Entra ID found no federated credential on client ID ${client} ` +
    `that matches this runner's token (AADSTS${code}): add one with issuer '${iss}', subject '${sub}', audience '${aud}'.`;
  const caseOnly =
    code === 7002138 ? ['The subject matches one only when compared case-insensitively: Entra ID compares it case-sensitively.'] : [];
  if (exact.some((claim) => claim === undefined)) {
    return messageLines(first, ...caseOnly, "One of the token's claims cannot be shown here as is.", subjectHint(context));
  }
  const name = credentialName(sub!);
  const json = JSON.stringify({ name, issuer: iss, subject: sub, audiences: [aud] });
  return messageLines(
    first,
    ...caseOnly,
    `On a user-assigned identity: az identity federated-credential create --name ${name} --identity-name <identity> --resource-group <group> ` +
      `--issuer ${shellWord(iss!)} --subject ${shellWord(sub!)} --audiences ${shellWord(aud!)}`,
    `On an app registration: az ad app federated-credential create --id ${client} --parameters ${shellWord(json)}`,
    subjectHint(context),
  );
}

/**
 * AADSTS700212 for GitHub's token in a sovereign cloud whose own exchange audience the token does
 * not carry: the credential was most likely made for that audience (the one @azure/identity's GitHub
 * Actions credential asks for there). The fix first, on its own line; the details, and the other fix, after it.
 */
function sovereignAudience(code: number, context: EntraContext): string | undefined {
  const cloud = context.app.cloud;
  const presented = context.claims.audience;
  if (code !== 700212 || context.app.source !== 'github-oidc' || !cloud || cloud.name === 'AzureCloud') return undefined;
  if (presented === cloud.exchangeAudience) return undefined;
  const shown = exactClaim(presented) ?? serverText(presented ?? '', 300);
  return messageLines(
    `Set the audience input to ${cloud.exchangeAudience}, ${cloud.name}'s own token exchange audience, or add '${shown}' to the federated credential's audiences: ` +
      `Microsoft Entra ID has no federated credential on client ID ${context.app.client.value} for the audience GitHub's token carries (AADSTS700212).`,
    `In ${cloud.name} a federated credential may expect either: ${cloud.exchangeAudience} (what @azure/identity's GitHub Actions credential asks GitHub for there) or api://AzureADTokenExchange (Azure/login's, and this action's default audience input).`,
    noMatch(code, context),
  );
}

/** Entra ID's request IDs (sanitised), for a support case. */
function ids(body: Record<string, unknown> | undefined): string {
  const field = (name: string): string | undefined => (typeof body?.[name] === 'string' ? serverText(body[name], 60) : undefined);
  const trace = field('trace_id');
  const correlation = field('correlation_id');
  const parts = [trace && `trace ID ${trace}`, correlation && `correlation ID ${correlation}`].filter(Boolean);
  return parts.length ? `Entra ${parts.join(', ')}` : '';
}

/** An answer other than 200 from Entra ID's token endpoint. */
export function explainEntraAnswer(res: Exchange, body: Record<string, unknown> | undefined, context: EntraContext): ActionError {
  const code = aadstsCode(body);
  const { app } = context;
  const attempts = res.attempts > 1 ? ` after ${res.attempts} attempts` : '';
  let message: string;
  if (code !== undefined && NO_MATCH.includes(code)) {
    message = sovereignAudience(code, context) ?? noMatch(code, context);
  } else if (code === 700016) {
    message =
      `Microsoft Entra ID has no application or identity with client ID ${app.client.value} in tenant ${app.tenant.value} (AADSTS700016): ` +
      `check ${app.client.from} and ${app.tenant.from}.\n` +
      "The client ID is the app registration's or user-assigned identity's client ID (not its object ID), in that tenant.";
  } else if (code === 90002 || code === 900023) {
    message =
      `Microsoft Entra ID at ${context.url.host} does not know tenant ${app.tenant.value} (AADSTS${code}): check ${app.tenant.from}, and the cloud.\n` +
      "Each cloud's Entra ID knows only its own tenants.";
  } else if (code === 700024) {
    const exp = context.claims.expiresAt;
    const when = exp && !Number.isNaN(exp.getTime()) ? exp.toISOString() : '';
    const [fix, why] =
      app.source === 'workload-identity'
        ? [
            'check that the pod still runs with its projected service account token, and the clocks of the node and the runner',
            'The kubelet refreshes the file in AZURE_FEDERATED_TOKEN_FILE well before it expires.',
          ]
        : ["re-run the job, and check the runner's clock", "GitHub's token lasts minutes."];
    message = `Microsoft Entra ID refused the federated token as outside its valid time range (AADSTS700024): ${fix}.\nThe token's expiry: ${when || 'unknown'}. ${why}`;
  } else if (code === 500011) {
    message = `Microsoft Entra ID does not know the resource ${serverText(context.resource, 100)} in tenant ${app.tenant.value} (AADSTS500011): check the cloud input; the tenant may belong to another cloud.`;
  } else if (res.status === 429) {
    message = `Microsoft Entra ID throttled the token request${attempts} (429): re-run the job later.`;
  } else if (res.status >= 500 || res.status === 408) {
    message = `Microsoft Entra ID answered ${res.status}${attempts} to the token request at ${context.url.host}: re-run the job; if it repeats, check Azure's status page.`;
  } else {
    const error = typeof body?.['error'] === 'string' ? serverText(body['error'], 60) : undefined;
    const description = typeof body?.['error_description'] === 'string' ? serverText(body['error_description']) : '';
    const said = error ? `\nEntra ID said: ${error}${description ? `: ${description}` : ''}` : '';
    message = `Microsoft Entra ID refused the token request for client ID ${app.client.value} with ${res.status}.${said}`;
  }
  return new ActionError(messageLines(message, ids(body)));
}

/** A token request through the AKS token proxy that never got an answer: what to check there, first; what those variables are, after. */
function proxyUnreachable(failure: NetworkFailure, via: string): ActionError {
  const [fix, ...why] = isTlsFailure(failure.code)
    ? [
        'TLS verification failed: check AZURE_KUBERNETES_CA_FILE or AZURE_KUBERNETES_CA_DATA, and AZURE_KUBERNETES_SNI_NAME',
        "AZURE_KUBERNETES_CA_FILE or AZURE_KUBERNETES_CA_DATA is the CA the proxy's certificate must chain to (Node's CAs when neither is set).",
        "AZURE_KUBERNETES_SNI_NAME is the name the certificate must be for (the proxy's host when unset).",
      ]
    : failure.code === 'ENOTFOUND' || failure.code === 'EAI_AGAIN'
      ? ["the proxy's host could not be resolved: check AZURE_KUBERNETES_TOKEN_PROXY and the pod's DNS"]
      : ['check that the pod reaches AZURE_KUBERNETES_TOKEN_PROXY', 'The token proxy is reached directly, never through HTTPS_PROXY.'];
  return new ActionError(
    messageLines(
      `Could not reach Microsoft Entra ID through ${via} (${failure.code}) after ${failure.attempts} attempt(s): ${fix}.`,
      ...why,
    ),
  );
}

/** A token request that never got an answer. */
export function entraUnreachable(failure: NetworkFailure, context: EntraContext): ActionError {
  const host = context.url.host;
  if (context.via && !failure.timedOut) return proxyUnreachable(failure, context.via);
  if (failure.timedOut) {
    const last = failure.lastStatus ? `; Entra ID last answered ${failure.lastStatus}` : '';
    return new ActionError(
      `Timed out after ${context.budget} waiting for Microsoft Entra ID at ${host}${context.via ? `, ${context.via}` : ''} (${failure.attempts} attempt(s)${last}).`,
    );
  }
  const hint = isTlsFailure(failure.code)
    ? `TLS verification failed: ${TLS_FIX}`
    : failure.code === 'ENOTFOUND' || failure.code === 'EAI_AGAIN'
      ? "DNS could not resolve the host: check AZURE_AUTHORITY_HOST, the cloud input and the runner's DNS."
      : "Check the runner's network and HTTPS_PROXY/NO_PROXY: Entra ID is reached like ARM.";
  const proxy = proxyHostFor(context.url.href);
  const via = proxy ? ` through the proxy at ${proxy}` : '';
  return new ActionError(
    `Could not reach Microsoft Entra ID at ${host}${via} (${failure.code}) after ${failure.attempts} attempt(s). ${hint}`,
  );
}
