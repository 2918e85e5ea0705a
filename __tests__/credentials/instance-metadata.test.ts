/** Instance metadata is checked like the inputs it stands in for: real values pass, others fail naming instance metadata. */
import { describe, expect, it } from '@jest/globals';
import { checkInstanceMetadata } from '../../src/credentials/instance-metadata.ts';

const IMDS = 'http://169.254.169.254';
const VM = {
  subscriptionId: '3F2B9C1E-7D4A-4E5B-9C8D-1A2B3C4D5E6F',
  resourceGroupName: 'rg_Runners.(west)-1',
  name: 'gh-runner-01',
  azEnvironment: 'AzurePublicCloud',
};

describe('checkInstanceMetadata', () => {
  it.each([
    ['a VM in the public cloud', VM],
    ['IMDS’s upper-case cloud name', { ...VM, azEnvironment: 'AZUREPUBLICCLOUD' }],
    ['a cloud the action does not know (cloud: auto falls back)', { ...VM, azEnvironment: 'AzureStack' }],
    ['empty fields (the caller asks for the inputs)', { ...VM, subscriptionId: '', resourceGroupName: '', azEnvironment: '' }],
  ])('accepts %s, as it is', (_what, metadata) => {
    expect(checkInstanceMetadata(metadata, IMDS)).toEqual(metadata);
  });

  it.each([
    ['subscriptionId', { ...VM, subscriptionId: '../../x' }, /compute\.subscriptionId "\.\.\/\.\.\/x" is not a subscription ID/],
    [
      'resourceGroupName',
      { ...VM, resourceGroupName: 'rg/../other' },
      /compute\.resourceGroupName "rg\/\.\.\/other" is not a resource group name/,
    ],
    ['resourceGroupName', { ...VM, resourceGroupName: 'ends-in-dot.' }, /is not a resource group name/],
    ['azEnvironment', { ...VM, azEnvironment: 'Azure Cloud' }, /compute\.azEnvironment "Azure Cloud" is not a cloud name/],
    ['azEnvironment', { ...VM, azEnvironment: 'A'.repeat(65) }, /compute\.azEnvironment "A{65}" is not a cloud name/],
    ['azEnvironment', { ...VM, azEnvironment: 'x\n::warning::PWNED' }, /compute\.azEnvironment "[^\n]*" is not a cloud name/],
  ])('refuses a bad %s, naming instance metadata and quoting it sanitised', (_field, metadata, message) => {
    expect(() => checkInstanceMetadata(metadata, IMDS)).toThrow(message);
    expect(() => checkInstanceMetadata(metadata, IMDS)).toThrow(/^Instance metadata from http:\/\/169\.254\.169\.254 is not usable/);
    expect(() => checkInstanceMetadata(metadata, IMDS)).not.toThrow(/Input '/);
  });
});
