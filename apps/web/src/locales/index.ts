import enAgreements from './en/agreements.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enText from './en/text.json';
import jaAgreements from './ja/agreements.json';
import jaAuth from './ja/auth.json';
import jaCommon from './ja/common.json';
import jaText from './ja/text.json';
import ruAgreements from './ru/agreements.json';
import ruAuth from './ru/auth.json';
import ruCommon from './ru/common.json';
import ruText from './ru/text.json';
import viAgreements from './vi/agreements.json';
import viAuth from './vi/auth.json';
import viCommon from './vi/common.json';
import viText from './vi/text.json';

/** English is the reference: every other language must have exactly its keys (see locales.spec.ts). */
export type MessageSchema = {
  common: typeof enCommon;
  auth: typeof enAuth;
  agreements: typeof enAgreements;
  text: typeof enText;
};

export const NAMESPACES = ['common', 'auth', 'agreements', 'text'] as const;

export const messages = {
  en: { common: enCommon, auth: enAuth, agreements: enAgreements, text: enText },
  vi: { common: viCommon, auth: viAuth, agreements: viAgreements, text: viText },
  ru: { common: ruCommon, auth: ruAuth, agreements: ruAgreements, text: ruText },
  ja: { common: jaCommon, auth: jaAuth, agreements: jaAgreements, text: jaText },
};
