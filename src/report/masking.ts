/**
 * Registers secrets with the runner the moment they exist, before anything can print them.
 * The runner masks only what it has been told about, and only in output written after.
 */
import * as core from '@actions/core';

/** The forms of a secret worth registering: the value and its URL-encoded form. */
function secretForms(value: string): string[] {
  const forms = [value];
  const encoded = encodeURIComponent(value);
  if (encoded !== value) forms.push(encoded);
  return forms;
}

const registered = new Set<string>();
/** The registered forms, longest first, for scrubbing (a form may contain a shorter one). */
let scrubOrder: string[] = [];

/** Mask `value` (and its URL-encoded form) in everything the step prints from now on; once each. */
export function maskSecret(value: string): void {
  if (value === '') return;
  for (const form of secretForms(value)) {
    if (registered.has(form)) continue;
    registered.add(form);
    core.setSecret(form);
  }
  scrubOrder = [...registered].sort((a, b) => b.length - a.length);
}

/** `text` with every registered secret (in any registered form) replaced by `***`, as the runner would. */
export function scrubSecrets(text: string): string {
  let clean = text;
  for (const secret of scrubOrder) if (clean.includes(secret)) clean = clean.split(secret).join('***');
  return clean;
}
