import enAgreements from './en/agreements.json';
import enApprovals from './en/approvals.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enSigning from './en/signing.json';
import enText from './en/text.json';
import enAmendments from './en/amendments.json';
import enCommitments from './en/commitments.json';
import enNotifications from './en/notifications.json';
import enDashboard from './en/dashboard.json';
import enIntegrity from './en/integrity.json';
import enAudit from './en/audit.json';
import enDossier from './en/dossier.json';
import enExports from './en/exports.json';
import jaAgreements from './ja/agreements.json';
import jaApprovals from './ja/approvals.json';
import jaAuth from './ja/auth.json';
import jaCommon from './ja/common.json';
import jaSigning from './ja/signing.json';
import jaText from './ja/text.json';
import jaAmendments from './ja/amendments.json';
import jaCommitments from './ja/commitments.json';
import jaNotifications from './ja/notifications.json';
import jaDashboard from './ja/dashboard.json';
import jaIntegrity from './ja/integrity.json';
import jaAudit from './ja/audit.json';
import jaDossier from './ja/dossier.json';
import jaExports from './ja/exports.json';
import ruAgreements from './ru/agreements.json';
import ruApprovals from './ru/approvals.json';
import ruAuth from './ru/auth.json';
import ruCommon from './ru/common.json';
import ruSigning from './ru/signing.json';
import ruText from './ru/text.json';
import ruAmendments from './ru/amendments.json';
import ruCommitments from './ru/commitments.json';
import ruNotifications from './ru/notifications.json';
import ruDashboard from './ru/dashboard.json';
import ruIntegrity from './ru/integrity.json';
import ruAudit from './ru/audit.json';
import ruDossier from './ru/dossier.json';
import ruExports from './ru/exports.json';
import viAgreements from './vi/agreements.json';
import viApprovals from './vi/approvals.json';
import viAuth from './vi/auth.json';
import viCommon from './vi/common.json';
import viSigning from './vi/signing.json';
import viText from './vi/text.json';
import viAmendments from './vi/amendments.json';
import viCommitments from './vi/commitments.json';
import viNotifications from './vi/notifications.json';
import viDashboard from './vi/dashboard.json';
import viIntegrity from './vi/integrity.json';
import viAudit from './vi/audit.json';
import viDossier from './vi/dossier.json';
import viExports from './vi/exports.json';

/** English is the reference: every other language must have exactly its keys (see locales.spec.ts). */
export type MessageSchema = {
  common: typeof enCommon;
  auth: typeof enAuth;
  agreements: typeof enAgreements;
  approvals: typeof enApprovals;
  signing: typeof enSigning;
  text: typeof enText;
  amendments: typeof enAmendments;
  commitments: typeof enCommitments;
  notifications: typeof enNotifications;
  dashboard: typeof enDashboard;
  integrity: typeof enIntegrity;
  audit: typeof enAudit;
  dossier: typeof enDossier;
  exports: typeof enExports;
};

export const NAMESPACES = [
  'common',
  'auth',
  'agreements',
  'approvals',
  'signing',
  'text',
  'amendments',
  'commitments',
  'notifications',
  'dashboard',
  'integrity',
  'audit',
  'dossier',
  'exports',
] as const;

export const messages = {
  en: {
    common: enCommon,
    auth: enAuth,
    agreements: enAgreements,
    approvals: enApprovals,
    signing: enSigning,
    text: enText,
    amendments: enAmendments,
    commitments: enCommitments,
    notifications: enNotifications,
    dashboard: enDashboard,
    integrity: enIntegrity,
    audit: enAudit,
    dossier: enDossier,
    exports: enExports,
  },
  vi: {
    common: viCommon,
    auth: viAuth,
    agreements: viAgreements,
    approvals: viApprovals,
    signing: viSigning,
    text: viText,
    amendments: viAmendments,
    commitments: viCommitments,
    notifications: viNotifications,
    dashboard: viDashboard,
    integrity: viIntegrity,
    audit: viAudit,
    dossier: viDossier,
    exports: viExports,
  },
  ru: {
    common: ruCommon,
    auth: ruAuth,
    agreements: ruAgreements,
    approvals: ruApprovals,
    signing: ruSigning,
    text: ruText,
    amendments: ruAmendments,
    commitments: ruCommitments,
    notifications: ruNotifications,
    dashboard: ruDashboard,
    integrity: ruIntegrity,
    audit: ruAudit,
    dossier: ruDossier,
    exports: ruExports,
  },
  ja: {
    common: jaCommon,
    auth: jaAuth,
    agreements: jaAgreements,
    approvals: jaApprovals,
    signing: jaSigning,
    text: jaText,
    amendments: jaAmendments,
    commitments: jaCommitments,
    notifications: jaNotifications,
    dashboard: jaDashboard,
    integrity: jaIntegrity,
    audit: jaAudit,
    dossier: jaDossier,
    exports: jaExports,
  },
};
