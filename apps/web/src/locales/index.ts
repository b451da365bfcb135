import enAgreements from './en/agreements.json';
import enApprovals from './en/approvals.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import jaAgreements from './ja/agreements.json';
import jaApprovals from './ja/approvals.json';
import jaAuth from './ja/auth.json';
import jaCommon from './ja/common.json';
import ruAgreements from './ru/agreements.json';
import ruApprovals from './ru/approvals.json';
import ruAuth from './ru/auth.json';
import ruCommon from './ru/common.json';
import viAgreements from './vi/agreements.json';
import viApprovals from './vi/approvals.json';
import viAuth from './vi/auth.json';
import viCommon from './vi/common.json';

/** English is the reference: every other language must have exactly its keys (see locales.spec.ts). */
export type MessageSchema = {
  common: typeof enCommon;
  auth: typeof enAuth;
  agreements: typeof enAgreements;
  approvals: typeof enApprovals;
};

export const NAMESPACES = ['common', 'auth', 'agreements', 'approvals'] as const;

export const messages = {
  en: { common: enCommon, auth: enAuth, agreements: enAgreements, approvals: enApprovals },
  vi: { common: viCommon, auth: viAuth, agreements: viAgreements, approvals: viApprovals },
  ru: { common: ruCommon, auth: ruAuth, agreements: ruAgreements, approvals: ruApprovals },
  ja: { common: jaCommon, auth: jaAuth, agreements: jaAgreements, approvals: jaApprovals },
};
