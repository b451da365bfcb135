import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCheckpointSigner } from './signing-key.js';

describe('the checkpoint signing key', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  const seed = der.subarray(der.length - 32);
  const keyIdOf = (signingKey: string) => loadCheckpointSigner({ signingKey }).keyId;

  it('reads the same key from PEM, base64 PKCS#8 DER and the base64 seed', () => {
    const fromPem = keyIdOf(pem);
    expect(keyIdOf(der.toString('base64'))).toBe(fromPem);
    expect(keyIdOf(seed.toString('base64'))).toBe(fromPem);
  });

  it('signs so that only the untouched text verifies', () => {
    const signer = loadCheckpointSigner({ signingKey: pem });
    const signature = signer.sign('{"position":"7"}');
    expect(signer.verify('{"position":"7"}', signature)).toBe(true);
    expect(signer.verify('{"position":"8"}', signature)).toBe(false);
    expect(signer.verify('{"position":"7"}', 'bm90IGEgc2lnbmF0dXJl')).toBe(false);
  });

  it('refuses a key that is not Ed25519', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    expect(() =>
      loadCheckpointSigner({
        signingKey: rsa.export({ type: 'pkcs8', format: 'pem' }).toString(),
      }),
    ).toThrow(/Ed25519/);
  });

  it('generates a private key file on first start and reuses it after', () => {
    const folder = mkdtempSync(join(tmpdir(), 'concordat-key-'));
    try {
      const file = join(folder, 'nested', 'signing-key.pem');
      const first = loadCheckpointSigner({ signingKeyFile: file });
      expect(readFileSync(file, 'utf8')).toContain('BEGIN PRIVATE KEY');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(loadCheckpointSigner({ signingKeyFile: file }).keyId).toBe(first.keyId);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('prefers the configured key to the file', () => {
    const signer = loadCheckpointSigner({ signingKey: pem, signingKeyFile: '/nonexistent/k.pem' });
    expect(signer.origin).toBe('configuration');
  });
});
