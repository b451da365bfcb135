import { createHash } from 'node:crypto';

/** Our namespace for name-based (RFC 9562 version 5) stream ids. */
const NAMESPACE = Buffer.from('6f1d3c2a8e4b4f0e9a7c5d2b1e0f3a49', 'hex');

/**
 * The log keys streams by uuid; streams that are not agreements get a stable uuid derived
 * from their name, so `approval-policy-mou-draft` is always the same stream.
 */
export function streamIdFor(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const policyStreamName = (agreementType: string, purpose: string) =>
  `approval-policy-${agreementType}-${purpose}`;

export const observersStreamName = (agreementId: string) => `agreement-observers-${agreementId}`;
