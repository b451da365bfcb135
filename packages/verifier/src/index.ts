export * from './format.js';
export { type Finding, type FindingCode, FINDING_CODES } from './findings.js';
export {
  canonical,
  checkpointText,
  eventHash,
  globalEventHash,
  keyIdOf,
  sha256Hex,
  streamsDigest,
} from './hashing.js';
export { ManifestError, parseManifest, readManifest } from './manifest.js';
export { formatReport } from './report.js';
export { type VerificationReport, type VerifyOptions, verifyExport } from './verify-export.js';
