import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { renderMail, type MailItem } from "@/lib/notifications/email";
import { unsubscribePath } from "@/lib/notifications/unsubscribe";

let transport: { url: string; mailer: nodemailer.Transporter } | undefined;

/** One transport per SMTP_URL (pooled connections), rebuilt if the URL changes (tests). */
function mailer() {
  const url = env().SMTP_URL!;
  if (transport?.url !== url) transport = { url, mailer: nodemailer.createTransport(url) };
  return transport.mailer;
}

const baseUrl = () => env().NEXTAUTH_URL ?? "http://localhost:3000";
const mailFrom = () => env().MAIL_FROM ?? `Postmortem Atlas <atlas@${new URL(baseUrl()).hostname}>`;

/** The Message-ID is made from the delivery key: a retry after a crash is the same message, not a second one. */
const messageId = (key: string) => `<${key.replace(/[^\w.-]/g, ".")}@${new URL(baseUrl()).hostname}>`;

export async function sendMail(input: { key: string; userId: number; to: string; items: MailItem[] }) {
  const secret = env().NEXTAUTH_SECRET ?? "";
  const unsubscribeUrl = (kind: MailItem["kind"]) => new URL(unsubscribePath(secret, input.userId, kind), baseUrl()).toString();
  const mail = renderMail(input.items, { baseUrl: baseUrl(), unsubscribeUrl });
  await mailer().sendMail({
    from: mailFrom(),
    to: input.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: messageId(input.key),
    headers: { "X-Atlas-Delivery": input.key },
    list: input.items.length === 1 ? { unsubscribe: unsubscribeUrl(input.items[0]!.kind) } : undefined,
  });
}

/** A password reset link: sent at once, outside the outbox (it is useless after 30 minutes anyway). */
export async function sendResetMail(to: string, link: string) {
  await mailer().sendMail({
    from: mailFrom(),
    to,
    subject: "Reset your Postmortem Atlas password",
    text: `Someone (hopefully you) asked to reset the password of this account.\n\nSet a new password within 30 minutes: ${link}\n\nIf it was not you, ignore this mail; your password stays as it is.`,
    html: `<p>Someone (hopefully you) asked to reset the password of this account.</p><p><a href="${link}">Set a new password</a> within 30 minutes.</p><p>If it was not you, ignore this mail; your password stays as it is.</p>`,
  });
}
