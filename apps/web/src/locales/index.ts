import enAgreements from './en/agreements.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enSigning from './en/signing.json';
import jaAgreements from './ja/agreements.json';
import jaAuth from './ja/auth.json';
import jaCommon from './ja/common.json';
import jaSigning from './ja/signing.json';
import ruAgreements from './ru/agreements.json';
import ruAuth from './ru/auth.json';
import ruCommon from './ru/common.json';
import ruSigning from './ru/signing.json';
import viAgreements from './vi/agreements.json';
import viAuth from './vi/auth.json';
import viCommon from './vi/common.json';
import viSigning from './vi/signing.json';

/** English is the reference: every other language must have exactly its keys (see locales.spec.ts). */
export type MessageSchema = {
  common: typeof enCommon;
  auth: typeof enAuth;
  agreements: typeof enAgreements;
  signing: typeof enSigning;
};

export const NAMESPACES = ['common', 'auth', 'agreements', 'signing'] as const;

export const messages = {
  en: { common: enCommon, auth: enAuth, agreements: enAgreements, signing: enSigning },
  vi: { common: viCommon, auth: viAuth, agreements: viAgreements, signing: viSigning },
  ru: { common: ruCommon, auth: ruAuth, agreements: ruAgreements, signing: ruSigning },
  ja: { common: jaCommon, auth: jaAuth, agreements: jaAgreements, signing: jaSigning },
};
