import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { LocalizedText, TextVersionView } from '@concordat/domain';
import type { DossierData, DossierPerson } from './dossier-data.js';
import { DOSSIER_LABELS, type DossierLabels, type DossierLanguage } from './dossier-labels.js';
import { DOSSIER_TERMS, eventName, termFor } from './dossier-terms.js';
import { eventSummary } from './event-summary.js';
import { MARGIN, PdfWriter } from './pdf-writer.js';

/**
 * Writes the PDF dossier of one agreement to `out` page by page (pdfkit flushes each page
 * as the next begins), and resolves once `out` has taken the last byte. The same call
 * serves the download route and an evidence pack that pipes it into a ZIP entry.
 */
export async function renderDossier(
  data: DossierData,
  language: DossierLanguage,
  out: Writable,
): Promise<void> {
  const labels = DOSSIER_LABELS[language];
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    autoFirstPage: false,
    lang: language,
    info: {
      Title: `${labels.documentTitle} — ${titleIn(data.agreement.title, data.agreement.titleLanguages, language)}`,
      Author: data.generatedBy.name,
      Subject: data.agreement.id,
      Creator: 'Concordat',
      CreationDate: new Date(data.generatedAt),
    },
  });
  const written = pipeline(doc, out);
  try {
    const writer = new PdfWriter(doc);
    let pages = 0;
    doc.on('pageAdded', () => {
      pages += 1;
      writer.footer(
        `${data.agreement.id} · ${labels.generatedAt} ${stamp(data.generatedAt)}`,
        labels.page,
        pages,
      );
    });
    doc.addPage();
    titlePage(writer, data, labels, language);
    particulars(writer, data, labels);
    finalText(writer, data, labels, language);
    parties(writer, data, labels);
    approvals(writer, data, labels);
    clauseReview(writer, data, labels, language);
    commitments(writer, data, labels, language);
    timeline(writer, data, labels, language);
    doc.end();
  } catch (error) {
    doc.destroy(error instanceof Error ? error : new Error(String(error)));
  }
  await written;
}

/** Times as recorded, in UTC, the same in every language (an auditor compares them). */
const stamp = (iso: string): string => `${clock(iso)} UTC`;
/** In tables the column header says UTC once, so the cell stays on one line. */
const clock = (iso: string): string => iso.slice(0, 16).replace('T', ' ');
const utc = (label: string): string => `${label} (UTC)`;
/** A rule such as `{kind: 'automatic', months: 12}` as "automatic · months 12". */
const rule = (value: object): string =>
  Object.entries(value as Record<string, unknown>)
    .map(([key, v]) => (key === 'kind' ? String(v) : `${key} ${String(v)}`))
    .join(' · ');
const orNone = (value: string | number | null | undefined, labels: DossierLabels): string =>
  value === null || value === undefined || value === '' ? labels.none : String(value);
const person = (who: DossierPerson): string => `${who.name} <${who.email}>`;

function titleIn(title: LocalizedText, order: readonly string[], language: string): string {
  return title[language] ?? title[order[0] ?? ''] ?? Object.values(title)[0] ?? '';
}

/** Every language of a localized text, one line each, in the order given. */
function allLanguages(text: LocalizedText, order: readonly string[] = []): string {
  const tags = [...order.filter((tag) => tag in text), ...Object.keys(text)];
  return [...new Set(tags)].map((tag) => `${tag}: ${text[tag]}`).join('\n');
}

function titlePage(
  w: PdfWriter,
  data: DossierData,
  labels: DossierLabels,
  language: DossierLanguage,
) {
  const { agreement } = data;
  const terms = DOSSIER_TERMS[language];
  w.text(labels.documentTitle, { size: 22, weight: 'bold', color: '#1f3a5f' });
  w.doc.moveDown(0.4);
  w.text(titleIn(agreement.title, agreement.titleLanguages, language), {
    size: 15,
    weight: 'bold',
  });
  w.doc.moveDown(0.8);
  const countries = [
    agreement.particulars.ourCountry,
    ...agreement.partners.map((partner) => partner.country),
  ].filter((country): country is string => country !== null);
  w.facts([
    [labels.title, allLanguages(agreement.title, agreement.titleLanguages)],
    [labels.reference, agreement.id],
    [labels.type, orNone(agreement.type, labels)],
    [labels.ourOrganisation, orNone(agreement.ourOrganisation, labels)],
    [labels.partners, agreement.partners.map((partner) => partner.name).join('\n') || labels.none],
    [labels.countries, [...new Set(countries)].join(', ') || labels.none],
    [labels.status, `${termFor(terms.statuses, agreement.status)} · ${agreement.step}`],
    [labels.startsOn, orNone(agreement.startsOn, labels)],
    [labels.endsOn, orNone(agreement.endsOn, labels)],
    [labels.createdAt, stamp(agreement.createdAt)],
    [labels.generatedAt, stamp(data.generatedAt)],
    [labels.generatedBy, person(data.generatedBy)],
    [
      labels.chainHead,
      data.chainHead === null
        ? labels.none
        : `#${data.chainHead.position} · ${data.chainHead.globalHash}`,
    ],
    [
      labels.checkpoint,
      data.checkpoint === null
        ? labels.noCheckpoint
        : `#${data.checkpoint.position ?? '0'} · ${stamp(data.checkpoint.createdAt)}\nEd25519 key ${data.checkpoint.keyId}\n${data.checkpoint.globalHash}`,
    ],
  ]);
}

function particulars(w: PdfWriter, data: DossierData, labels: DossierLabels) {
  const p = data.agreement.particulars;
  w.heading(labels.particulars);
  w.facts([
    [labels.responsibleUnit, orNone(p.responsibleUnit, labels)],
    [labels.effectiveDateRule, rule(p.effectiveDateRule)],
    [labels.termMonths, orNone(p.termMonths, labels)],
    [labels.renewalRule, rule(p.renewalRule)],
    [labels.reviewLeadDays, String(p.reviewLeadDays)],
    [labels.effectiveOn, orNone(p.effectiveOn, labels)],
    [labels.expiresOn, orNone(p.expiresOn, labels)],
    [labels.reviewDueOn, orNone(p.reviewDueOn, labels)],
  ]);
}

function finalText(
  w: PdfWriter,
  data: DossierData,
  labels: DossierLabels,
  language: DossierLanguage,
) {
  const { agreement } = data;
  const terms = DOSSIER_TERMS[language];
  // The text in force once signed; before that, the latest round with its reviews.
  const version: TextVersionView | null = agreement.textInForce ?? agreement.text.current;
  w.heading(labels.finalText);
  if (version === null) {
    w.paragraph(labels.noText);
    return;
  }
  const reviewed = agreement.text.current;
  w.facts([
    [labels.textVersion, String(version.round)],
    [labels.textHash, agreement.particulars.textHash ?? version.finalisedHash ?? version.textHash],
  ]);
  w.table(
    [
      { label: labels.clause, share: 0.1 },
      { label: labels.title, share: 0.5 },
      { label: labels.reviewOutcome, share: 0.4 },
    ],
    version.clauses.map((clause) => {
      // Reviews are kept on the latest round only; the same key there carries them.
      const review =
        clause.review ?? reviewed?.clauses.find((c) => c.key === clause.key)?.review ?? null;
      return [
        String(clause.number),
        allLanguages(clause.title, [language]),
        review === null
          ? labels.none
          : `${termFor(terms.verdicts, review.status)} · ${review.reviewedBy.name} · ${stamp(review.reviewedAt)}`,
      ];
    }),
  );
}

function parties(w: PdfWriter, data: DossierData, labels: DossierLabels) {
  w.heading(labels.partiesAndSignatures);
  for (const party of data.agreement.particulars.parties) {
    const signature = party.signature;
    w.facts([
      [labels.party, `${party.organisation}${party.country === null ? '' : ` (${party.country})`}`],
      [
        labels.signatory,
        signature === null
          ? party.signatory === null
            ? labels.none
            : `${party.signatory.name}, ${party.signatory.title}`
          : `${signature.signatoryName}, ${signature.signatoryTitle}`,
      ],
      ...(signature === null
        ? [[labels.signedOn, labels.notSigned] as const]
        : ([
            [labels.signedOn, `${signature.signedOn} · ${signature.place}`],
            [labels.method, signature.method],
            [labels.signedTextHash, signature.textHash],
          ] as const)),
    ]);
  }
}

function approvals(w: PdfWriter, data: DossierData, labels: DossierLabels) {
  w.heading(labels.approvalDecisions);
  if (data.approvals.length === 0) {
    w.paragraph(labels.noDecisions);
    return;
  }
  w.table(
    [
      { label: labels.step, share: 0.17 },
      { label: labels.decision, share: 0.12 },
      { label: labels.decidedBy, share: 0.27 },
      { label: utc(labels.decidedAt), share: 0.17 },
      { label: labels.comment, share: 0.27 },
    ],
    data.approvals.map((decision) => [
      `${decision.purpose}${decision.step === null ? '' : ` · ${decision.step}`}`,
      `${decision.decision === 'approved' ? labels.approved : labels.returned}${decision.carried ? ' (carried)' : ''}`,
      decision.onBehalfOf === null
        ? decision.decidedBy.name
        : `${decision.decidedBy.name}\n${labels.onBehalfOf} ${decision.onBehalfOf.name}`,
      clock(decision.decidedAt),
      orNone(decision.comment, labels),
    ]),
  );
}

function clauseReview(
  w: PdfWriter,
  data: DossierData,
  labels: DossierLabels,
  language: DossierLanguage,
) {
  const terms = DOSSIER_TERMS[language];
  w.heading(labels.clauseReview);
  if (data.clauseReviews.length === 0) {
    w.paragraph(labels.noReviews);
    return;
  }
  w.table(
    [
      { label: labels.clause, share: 0.18 },
      { label: labels.round, share: 0.08 },
      { label: labels.reviewOutcome, share: 0.14 },
      { label: labels.reviewedBy, share: 0.2 },
      { label: utc(labels.time), share: 0.15 },
      { label: labels.comment, share: 0.25 },
    ],
    data.clauseReviews.map((review) => [
      `${review.number} · ${review.clauseKey}`,
      String(review.round),
      termFor(terms.verdicts, review.status),
      review.reviewedBy.name,
      clock(review.reviewedAt),
      orNone(review.comment, labels),
    ]),
  );
}

function commitments(
  w: PdfWriter,
  data: DossierData,
  labels: DossierLabels,
  language: DossierLanguage,
) {
  const terms = DOSSIER_TERMS[language];
  w.heading(labels.commitmentsScorecard);
  if (data.commitments.length === 0) {
    w.paragraph(labels.noCommitments);
    return;
  }
  w.table(
    [
      { label: labels.commitment, share: 0.55 },
      { label: labels.type, share: 0.2 },
      { label: labels.party, share: 0.12 },
      { label: labels.status, share: 0.13 },
    ],
    data.commitments.map((commitment) => [
      titleIn(commitment.title, [], language),
      termFor(terms.commitmentKinds, commitment.kind),
      termFor(terms.owedBy, commitment.owedBy),
      termFor(terms.commitmentStatuses, commitment.status),
    ]),
  );
  const { periods, totals } = data.scorecard;
  const counts = (c: typeof totals) => [
    String(c.fulfilled),
    String(c.partiallyFulfilled),
    String(c.missed),
    String(c.waived),
    String(c.planned + c.inProgress),
    String(c.overdue),
    String(c.total),
  ];
  w.table(
    [
      { label: labels.period, share: 0.16 },
      ...[
        labels.fulfilled,
        labels.partial,
        labels.missed,
        labels.waived,
        labels.open,
        labels.overdue,
        labels.total,
      ].map((label) => ({ label, share: 0.12 })),
    ],
    [
      ...periods.map((period) => [period.period, ...counts(period)]),
      [labels.total, ...counts(totals)],
    ],
  );
}

function timeline(
  w: PdfWriter,
  data: DossierData,
  labels: DossierLabels,
  language: DossierLanguage,
) {
  const terms = DOSSIER_TERMS[language];
  w.heading(labels.timeline);
  w.table(
    [
      { label: labels.position, share: 0.08 },
      { label: utc(labels.time), share: 0.15 },
      { label: labels.actor, share: 0.17 },
      { label: labels.eventType, share: 0.46 },
      { label: labels.hash, share: 0.14 },
    ],
    data.timeline.map((event) => {
      const summary = eventSummary(event, labels, language);
      return [
        event.position,
        clock(event.occurredAt),
        event.actor.name,
        summary === ''
          ? eventName(terms, event.type)
          : `${eventName(terms, event.type)}\n${summary}`,
        event.hash.slice(0, 12),
      ];
    }),
    { size: 7.5 },
  );
}
