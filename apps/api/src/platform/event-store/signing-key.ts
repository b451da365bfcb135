import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where the checkpoint signing key comes from (AppOptions carries both). */
export interface SigningKeySource {
  /** CONCORDAT_SIGNING_KEY: a PKCS#8 PEM, or base64 of PKCS#8 DER or of the 32-byte seed. */
  signingKey?: string;
  /** Read from here, or generated here on first start, when no key is configured. */
  signingKeyFile?: string;
}

/** The DER header of a PKCS#8 Ed25519 private key; the 32-byte seed follows it. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The Ed25519 key that signs checkpoints. `keyId` is the hex SHA-256 of the public key's
 * SPKI DER encoding, stored beside each signature so a rotated key is recognisable.
 */
export class CheckpointSigner {
  readonly publicKey: KeyObject;
  readonly publicKeyPem: string;
  readonly keyId: string;

  constructor(
    private readonly privateKey: KeyObject,
    /** Where the key came from, for the log: "configuration", a file path, or "ephemeral". */
    readonly origin: string,
  ) {
    if (privateKey.asymmetricKeyType !== 'ed25519') {
      throw new Error(`the signing key must be Ed25519, not ${privateKey.asymmetricKeyType}`);
    }
    this.publicKey = createPublicKey(privateKey);
    this.publicKeyPem = this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    this.keyId = createHash('sha256')
      .update(this.publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex');
  }

  /** Base64 Ed25519 signature of the UTF-8 text. */
  sign(text: string): string {
    return sign(null, Buffer.from(text, 'utf8'), this.privateKey).toString('base64');
  }

  verify(text: string, signature: string): boolean {
    try {
      return verify(
        null,
        Buffer.from(text, 'utf8'),
        this.publicKey,
        Buffer.from(signature, 'base64'),
      );
    } catch {
      // A signature of the wrong length is simply not valid.
      return false;
    }
  }
}

/**
 * The configured key, else the key file (written on first start, mode 0600), else a key
 * that lives as long as the process: only tests start without either, and their
 * checkpoints need not outlive them.
 */
export function loadCheckpointSigner(source: SigningKeySource): CheckpointSigner {
  if (source.signingKey !== undefined && source.signingKey.trim() !== '') {
    return new CheckpointSigner(parsePrivateKey(source.signingKey), 'configuration');
  }
  if (source.signingKeyFile !== undefined) {
    return new CheckpointSigner(readOrCreateKeyFile(source.signingKeyFile), source.signingKeyFile);
  }
  return new CheckpointSigner(generateKeyPairSync('ed25519').privateKey, 'ephemeral');
}

export function parsePrivateKey(text: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed.includes('-----BEGIN')) return createPrivateKey(trimmed);
  const der = Buffer.from(trimmed, 'base64');
  const pkcs8 = der.length === 32 ? Buffer.concat([PKCS8_ED25519_PREFIX, der]) : der;
  return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
}

function readOrCreateKeyFile(file: string): KeyObject {
  try {
    return parsePrivateKey(readFileSync(file, 'utf8'));
  } catch (error) {
    if (!isMissingFile(error)) throw error;
  }
  const key = generateKeyPairSync('ed25519').privateKey;
  mkdirSync(dirname(file), { recursive: true });
  try {
    // 'wx': if another process wrote the file meanwhile, keep its key, not ours.
    writeFileSync(file, key.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') {
      return parsePrivateKey(readFileSync(file, 'utf8'));
    }
    throw error;
  }
}

function isMissingFile(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

/** A Node system error's code. Not `instanceof Error`: errors may come from another realm. */
function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
