import type { Mail } from "./ports";

export function appsScriptMail(): Mail {
  return {
    remainingDailyQuota() {
      return MailApp.getRemainingDailyQuota();
    },
    sendHtml(to, subject, html) {
      if (to.length === 0)
        throw new Error(`The e-mail "${subject}" has no recipients; add at least one address.`);
      MailApp.sendEmail({ to: to.join(","), subject, htmlBody: html });
    },
  };
}
