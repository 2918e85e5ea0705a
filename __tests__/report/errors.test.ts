/** What the action prints for an error: its own sentences, and only the name of anyone else's. */
import { describe, expect, it } from '@jest/globals';
import { ActionError, InputError, describeError, isTlsFailure, quote } from '../../src/report/errors.ts';

describe('isTlsFailure', () => {
  it.each([
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
  ])('%s is a TLS verification failure', (code) => {
    expect(isTlsFailure(code)).toBe(true);
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN'])('%s is not', (code) => {
    expect(isTlsFailure(code)).toBe(false);
  });
});

describe('describeError', () => {
  it('prints the action’s own errors verbatim', () => {
    expect(describeError(new InputError('account-name', 'required.'))).toBe("Input 'account-name': required.");
    expect(describeError(new ActionError('ARM said no.'))).toBe('ARM said no.');
  });

  it('prints only the name and first line of anyone else’s, never its properties', () => {
    const error = Object.assign(new TypeError('bad thing\nAuthorization: Bearer eyJ.secret'), { headers: { authorization: 'x' } });
    expect(describeError(error)).toBe('Unexpected TypeError inside the action: bad thing. Please report it.');
    expect(describeError('a string')).toBe('Unexpected string inside the action. Please report it.');
  });
});

describe('quote', () => {
  it('keeps control characters visible and cuts long values', () => {
    expect(quote('a\n::add-mask::b')).toBe('"a\\n::add-mask::b"');
    expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(80)}…"`);
  });
});
