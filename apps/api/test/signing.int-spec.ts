import { createHash } from 'node:crypto';
import type {
  AgreementDetailView,
  AgreementEventView,
  AgreementView,
  CreateDraftAgreementInput,
} from '@concordat/domain';
import type { AttachmentUploadView } from '../src/modules/agreements/attachments/add-attachment/add-attachment.command.js';
import {
  actOn,
  eventCount,
  givenAgreementAt,
  type LifecycleCast,
  type SignedIn,
  signatureBody,
  signedInAs,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Problem {
  status: number;
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

/** The FAVIJA parties with signatories in their own scripts, a five-year term. */
const FAVIJA_PARTICULARS = {
  ourOrganisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
  ourCountry: 'VN',
  ourSignatory: { name: 'Nguyễn Văn An', title: 'Chủ tịch Hiệp hội' },
  partners: [
    {
      name: '日本警察スポーツ連盟',
      country: 'JP',
      signatory: { name: '山田 太郎', title: '会長' },
    },
  ],
  responsibleUnit: 'Ban Hợp tác quốc tế',
  termMonths: 60,
  reviewLeadDays: 90,
  renewalRule: { kind: 'automatic', months: 24, noticeDays: 180 },
} satisfies Partial<CreateDraftAgreementInput>;

describe('signing: POST /api/agreements/{id}/sign and attachments', () => {
  let t: TestApp;
  let cast: LifecycleCast;
  let auditor: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
    auditor = await signedInAs(t, 'auditor');
  });
  afterAll(() => t.close());

  function upload(
    as: SignedIn,
    agreement: AgreementView,
    name: string,
    bytes: Buffer,
    headers: Record<string, string> = {},
  ) {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
    return fetch(`${t.baseUrl}/api/agreements/${agreement.id}/attachments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${as.token}`,
        'if-match': `"${agreement.version}"`,
        ...headers,
      },
      body: form,
    });
  }

  it('records each party, then activates with the computed dates, names byte-exact', async () => {
    let agreement = await givenAgreementAt(
      t,
      cast,
      'signing.collecting_signatures',
      FAVIJA_PARTICULARS,
    );
    const ours = await actOn(t, cast.official, agreement, 'sign', {
      ...signatureBody('ours', { signatoryName: 'Nguyễn Văn An', signedOn: '2026-11-02' }),
    });
    expect(ours.status).toBe(200);
    agreement = ours.json<AgreementDetailView>();
    expect(`${agreement.status}.${agreement.step}`).toBe('signing.collecting_signatures');

    const partner = await actOn(t, cast.official, agreement, 'sign', {
      ...signatureBody('partner-1', {
        signatoryName: '山田 太郎',
        signatoryTitle: '会長',
        place: '東京',
        signedOn: '2026-11-16',
        method: 'electronic',
      }),
    });

    expect(partner.status).toBe(200);
    const active = partner.json<AgreementDetailView>();
    expect(`${active.status}.${active.step}`).toBe('active.in_force');
    // Two events: the signature and the activation.
    expect(active.version).toBe(agreement.version + 2);
    expect(active.particulars).toMatchObject({
      effectiveOn: '2026-11-16',
      expiresOn: '2031-11-16',
      reviewDueOn: '2031-08-18',
      renewalRule: { kind: 'automatic', months: 24, noticeDays: 180 },
      responsibleUnit: 'Ban Hợp tác quốc tế',
    });
    expect(active.particulars.parties.map((p) => [p.key, p.signature?.signatoryName])).toEqual([
      ['ours', 'Nguyễn Văn An'],
      ['partner-1', '山田 太郎'],
    ]);

    const read = await t.request('GET', `/api/agreements/${active.id}`, { token: auditor.token });
    const view = read.json<AgreementDetailView>();
    expect(view.particulars.parties[1]?.signature).toMatchObject({
      signatoryName: '山田 太郎',
      signatoryTitle: '会長',
      place: '東京',
      organisation: '日本警察スポーツ連盟',
    });
    const history = await t.request('GET', `/api/agreements/${active.id}/events`, {
      token: auditor.token,
    });
    const types = history.json<AgreementEventView[]>().map((event) => event.type);
    expect(types.slice(-3)).toEqual(['SignatureRecorded', 'SignatureRecorded', 'AgreementSigned']);
    const { rows } = await t.sql.query<{ payload: { signatoryName: string } }>(
      `SELECT payload FROM events WHERE stream_id = $1 AND type = 'SignatureRecorded'
       ORDER BY stream_version`,
      [active.id],
    );
    expect(rows.map((row) => row.payload.signatoryName)).toEqual(['Nguyễn Văn An', '山田 太郎']);
  });

  it('keeps Russian names byte-exact', async () => {
    const agreement = await givenAgreementAt(t, cast, 'signing.collecting_signatures', {
      ourSignatory: { name: 'Ольга Смирнова', title: 'Председатель' },
    });
    const response = await actOn(t, cast.official, agreement, 'sign', {
      ...signatureBody('ours', { signatoryName: 'Ольга Смирнова', signatoryTitle: 'Председатель' }),
    });
    const party = response.json<AgreementDetailView>().particulars.parties[0];
    expect(party?.signatory).toEqual({ name: 'Ольга Смирнова', title: 'Председатель' });
    expect(party?.signature?.signatoryName).toBe('Ольга Смирнова');
  });

  it('refuses a second signature by the same party with 409 and writes nothing', async () => {
    let agreement = await givenAgreementAt(t, cast, 'signing.collecting_signatures');
    agreement = (await actOn(t, cast.official, agreement, 'sign', signatureBody('ours'))).json();
    const events = await eventCount(t, agreement.id);

    const again = await actOn(t, cast.official, agreement, 'sign', signatureBody('ours'));

    expect(again.status).toBe(409);
    expect(again.json<Problem>().code).toBe('PARTY_ALREADY_SIGNED');
    expect(await eventCount(t, agreement.id)).toBe(events);
  });

  it('refuses a signature on another text with 422 TEXT_HASH_MISMATCH', async () => {
    const agreement = await givenAgreementAt(t, cast, 'signing.collecting_signatures');
    const events = await eventCount(t, agreement.id);

    const response = await actOn(
      t,
      cast.official,
      agreement,
      'sign',
      signatureBody('ours', { textHash: 'sha256:an-older-draft' }),
    );

    expect(response.status).toBe(422);
    expect(response.json<Problem>()).toMatchObject({
      code: 'TEXT_HASH_MISMATCH',
      errors: [{ field: 'textHash' }],
    });
    expect(await eventCount(t, agreement.id)).toBe(events);
  });

  it.each(['manager', 'legal'] as const)(
    'answers 403 when the %s records a signature, and writes nothing',
    async (role) => {
      const agreement = await givenAgreementAt(t, cast, 'signing.collecting_signatures');
      const events = await eventCount(t, agreement.id);

      const response = await actOn(t, cast[role], agreement, 'sign', signatureBody('ours'));

      expect(response.status).toBe(403);
      expect(response.json<Problem>().code).toBe('ROLE_NOT_PERMITTED');
      expect(await eventCount(t, agreement.id)).toBe(events);
    },
  );

  it('stores an upload, returns its bytes with the same SHA-256, and a signature cites it', async () => {
    const agreement = await givenAgreementAt(t, cast, 'signing.collecting_signatures');
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 255, 128, 10])]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const name = 'Biên bản ký kết – 署名.pdf';

    const uploaded = await upload(cast.official, agreement, name, bytes);

    expect(uploaded.status).toBe(201);
    const { attachment, agreement: after } = (await uploaded.json()) as AttachmentUploadView;
    expect(attachment).toMatchObject({ name, mediaType: 'application/pdf', size: 13, sha256 });
    expect(uploaded.headers.get('etag')).toBe(`"${after.version}"`);
    expect(after.particulars.attachments).toEqual([attachment]);

    const download = await fetch(
      `${t.baseUrl}/api/agreements/${agreement.id}/attachments/${attachment.attachmentId}`,
      { headers: { authorization: `Bearer ${auditor.token}` } },
    );
    expect(download.status).toBe(200);
    const body = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(body).digest('hex')).toBe(sha256);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(name)}`,
    );

    const signed = await actOn(
      t,
      cast.official,
      after,
      'sign',
      signatureBody('ours', { scanAttachmentId: attachment.attachmentId }),
    );
    expect(signed.status).toBe(200);
    expect(signed.json<AgreementDetailView>().particulars.parties[0]?.signature).toMatchObject({
      scanAttachmentId: attachment.attachmentId,
      scanSha256: sha256,
    });
  });

  it('answers a repeated upload with the same Idempotency-Key once, storing one file', async () => {
    const agreement = await givenAgreementAt(t, cast, 'signing.collecting_signatures');
    const key = { 'idempotency-key': `scan-${agreement.id}` };
    const bytes = Buffer.from('signed copy');

    const first = await upload(cast.official, agreement, 'scan.pdf', bytes, key);
    const again = await upload(cast.official, agreement, 'scan.pdf', bytes, key);

    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const firstBody = (await first.json()) as AttachmentUploadView;
    const againBody = (await again.json()) as AttachmentUploadView;
    expect(againBody.attachment).toEqual(firstBody.attachment);
    expect(await eventCount(t, agreement.id)).toBe(agreement.version + 1);
    const { rows } = await t.sql.query(
      `SELECT 1 FROM agreement_attachments WHERE agreement_id = $1`,
      [agreement.id],
    );
    expect(rows).toHaveLength(1);
  });

  it('refuses an upload by the auditor with 403 and stores nothing', async () => {
    const agreement = await givenAgreementAt(t, cast, 'signing.collecting_signatures');
    const events = await eventCount(t, agreement.id);

    const response = await upload(auditor, agreement, 'scan.pdf', Buffer.from('scan'));

    expect(response.status).toBe(403);
    expect(await eventCount(t, agreement.id)).toBe(events);
    const { rows } = await t.sql.query(
      `SELECT 1 FROM agreement_attachments WHERE agreement_id = $1`,
      [agreement.id],
    );
    expect(rows).toHaveLength(0);
  });

  it('answers 413 for a file over the limit and 415 for a JSON body', async () => {
    const agreement = await givenAgreementAt(t, cast, 'draft.editing');

    const tooLarge = await upload(
      cast.manager,
      agreement,
      'big.pdf',
      Buffer.alloc(10 * 1024 * 1024 + 1, 1),
    );
    expect(tooLarge.status).toBe(413);

    const json = await t.request('POST', `/api/agreements/${agreement.id}/attachments`, {
      token: cast.manager.token,
      body: { file: 'not a file' },
      headers: { 'if-match': `"${agreement.version}"` },
    });
    expect(json.status).toBe(415);
    expect(await eventCount(t, agreement.id)).toBe(1);
  });

  it('starts the review due on the computed date and renews by the rule', async () => {
    const agreement = await givenAgreementAt(t, cast, 'review.under_review', {
      termMonths: 12,
      renewalRule: { kind: 'by_decision' },
      reviewLeadDays: 30,
    });
    // MAIN_ROAD signs on 2026-01-15: 12 months on, the review falls due 30 days before.
    expect(agreement.particulars).toMatchObject({
      effectiveOn: '2026-01-15',
      expiresOn: '2027-01-15',
      reviewDueOn: '2026-12-16',
    });

    // The review's manager proposes; the approval by an official renews it.
    const proposed = await actOn(t, cast.manager, agreement, 'renew', {
      months: 24,
      comment: 'Gia hạn hai năm',
    });
    expect(proposed.json<AgreementDetailView>()).toMatchObject({
      status: 'review',
      step: 'awaiting_decision',
    });
    const renewed = await actOn(t, cast.official, proposed.json<AgreementDetailView>(), 'approve');

    expect(renewed.status).toBe(200);
    expect(renewed.json<AgreementDetailView>()).toMatchObject({
      status: 'active',
      endsOn: '2029-01-15',
      particulars: { expiresOn: '2029-01-15', reviewDueOn: '2028-12-16' },
    });
  });
});
