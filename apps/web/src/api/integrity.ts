import type { SigningKeyView, VerificationView } from '@concordat/domain';
import { httpClient } from './client';

/** Starts a background verification of the whole log; poll it with verificationApi. */
export function startVerificationApi(): Promise<VerificationView> {
  return httpClient.post<VerificationView>('/api/audit/verifications');
}

export function verificationApi(id: string): Promise<VerificationView> {
  return httpClient.get<VerificationView>(`/api/audit/verifications/${encodeURIComponent(id)}`);
}

/** The Ed25519 public key that signs checkpoints (public, no sign-in needed). */
export function signingKeyApi(): Promise<SigningKeyView> {
  return httpClient.get<SigningKeyView>('/api/audit/signing-key');
}
