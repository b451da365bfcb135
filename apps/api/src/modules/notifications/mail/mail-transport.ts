import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Stable per notification, so a mail sent twice after a crash reads as one to clients. */
  messageId: string;
}

/** Hands mail to an SMTP server; absent when SMTP_URL is not set (the demo). */
export class MailTransport {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string) {
    this.transporter = nodemailer.createTransport(smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      textEncoding: 'base64',
    });
  }

  close(): void {
    this.transporter.close();
  }
}
