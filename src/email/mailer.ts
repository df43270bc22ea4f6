import { createRequire } from 'node:module';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';

export interface Mailer {
  readonly enabled: boolean;
  /** Sends one plain-text email. Failures are logged, never thrown: email is a courtesy, not a step people depend on. */
  send(message: { to: string; subject: string; text: string; kind: string }): Promise<void>;
}

/** SMTP when SMTP_URL is set; otherwise a mailer that says in the log what it skipped. Recipients are never logged. */
export function createMailer(config: Config, log: FastifyBaseLogger): Mailer {
  if (!config.smtpUrl) {
    return {
      enabled: false,
      async send({ kind }) {
        log.info({ kind }, 'email skipped: SMTP_URL is not set');
      },
    };
  }
  // Loaded only where email is set up (nodemailer holds some 10 MiB).
  const nodemailer = createRequire(import.meta.url)('nodemailer') as typeof import('nodemailer');
  const transport = nodemailer.createTransport(config.smtpUrl);
  const from = `Roundtable <no-reply@${new URL(config.baseUrl).hostname}>`;
  return {
    enabled: true,
    async send({ to, subject, text, kind }) {
      try {
        await transport.sendMail({ from, to, subject, text });
        log.info({ kind }, 'email sent');
      } catch (err) {
        log.warn({ kind, error: (err as Error).message }, 'email could not be sent');
      }
    },
  };
}
