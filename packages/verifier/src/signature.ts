import { type KeyObject, verify } from 'node:crypto';
import { type Finding, finding } from './findings.js';
import { CHECKPOINT_FORMAT, type Manifest } from './format.js';
import { checkpointText, keyIdOf, publicKeyFromPem } from './hashing.js';

export interface SignatureCheck {
  findings: Finding[];
  /** Id of the key the signature was checked with, if any. */
  keyId: string | null;
  /** True when the key came from --public-key rather than from the manifest itself. */
  trustedKey: boolean;
  signatureValid: boolean | null;
}

/**
 * The checkpoint's Ed25519 signature, checked with the key the reader trusts (--public-key)
 * or else with the key the manifest carries. The latter only proves the export is
 * consistent with itself: whoever forged the export could have put their own key in it.
 */
export function checkSignature(manifest: Manifest, trustedPem: string | null): SignatureCheck {
  const checkpoint = manifest.checkpoint;
  const findings: Finding[] = [];
  let trusted: KeyObject | null = null;
  if (trustedPem !== null) trusted = publicKeyFromPem(trustedPem);
  let carried: KeyObject | null = null;
  if (manifest.publicKey !== null) {
    try {
      carried = publicKeyFromPem(manifest.publicKey.publicKeyPem);
    } catch {
      findings.push(
        finding('manifest-invalid', 'the manifest\'s "publicKey.publicKeyPem" is not a public key'),
      );
    }
  }
  if (
    carried !== null &&
    manifest.publicKey !== null &&
    keyIdOf(carried) !== manifest.publicKey.keyId
  ) {
    findings.push(
      finding(
        'wrong-key',
        `the manifest's key id ${manifest.publicKey.keyId} is not the id of the public key it carries`,
      ),
    );
  }
  const key = trusted ?? carried;
  const keyId = key === null ? null : keyIdOf(key);
  const result = { findings, keyId, trustedKey: trusted !== null };
  if (checkpoint === null) return { ...result, signatureValid: null };
  if (checkpoint.format !== CHECKPOINT_FORMAT) {
    findings.push(
      finding('manifest-invalid', `the checkpoint's format is not "${CHECKPOINT_FORMAT}"`),
    );
  }
  if (key === null || keyId === null) {
    findings.push(
      finding('signature-invalid', 'there is no public key to check the checkpoint signature with'),
    );
    return { ...result, signatureValid: false };
  }
  if (checkpoint.keyId !== keyId) {
    findings.push(
      finding(
        'wrong-key',
        trusted !== null
          ? `wrong key: the checkpoint was signed by key ${checkpoint.keyId}, not by the key you trust (${keyId})`
          : `wrong key: the checkpoint names key ${checkpoint.keyId}, but the manifest carries key ${keyId}`,
      ),
    );
    return { ...result, signatureValid: false };
  }
  let valid = false;
  try {
    valid = verify(
      null,
      Buffer.from(checkpointText(checkpoint), 'utf8'),
      key,
      Buffer.from(checkpoint.signature, 'base64'),
    );
  } catch {
    valid = false;
  }
  if (!valid) {
    findings.push(
      finding(
        'signature-invalid',
        `the checkpoint's signature is not valid for key ${keyId}: the signed heads or the signature were altered`,
        { position: checkpoint.position },
      ),
    );
  }
  return { ...result, signatureValid: valid };
}
