/**
 * With Google's granular consent a user may tick some of the add-on's scopes and leave others
 * (https://developers.google.com/apps-script/concepts/scopes, "Granular OAuth consent"), so each
 * feature checks its own scope before it starts, and says what is missing and where to grant it.
 */
export interface FeatureScope {
  scope: string;
  /** What the user was doing, to start the message. */
  feature: string;
  /** The line Google's consent screen shows for the scope. */
  consent: string;
}

const AUTH = "https://www.googleapis.com/auth/";

export const FEATURE_SCOPES = {
  drafts: {
    scope: `${AUTH}gmail.compose`,
    feature: "Creating Gmail drafts",
    consent: "Manage drafts and send emails",
  },
  triggers: {
    scope: `${AUTH}script.scriptapp`,
    feature: "Scheduling a run",
    consent: "Allow this application to run when you are not present",
  },
  sendMail: {
    scope: `${AUTH}script.send_mail`,
    feature: "E-mailing the weekly report",
    consent: "Send email as you",
  },
  docs: {
    scope: `${AUTH}documents`,
    feature: "Making a brief's Google Doc",
    consent: "See, edit, create, and delete all your Google Docs documents",
  },
} as const satisfies Record<string, FeatureScope>;

export interface Scopes {
  /** Null when `scope` is granted; else where the user grants it (null when Google gives no address). */
  missing(scope: string): { url: string | null } | null;
}

/** A message naming the permission and where to grant it when `feature`'s scope is missing; else null. */
export function scopeProblem(scopes: Scopes, feature: FeatureScope, nothingDone: string): string | null {
  const missing = scopes.missing(feature.scope);
  if (!missing) return null;
  const grant = missing.url
    ? `Open ${missing.url} and allow "${feature.consent}"`
    : `Run it again from the Influencer Desk menu and allow "${feature.consent}" when Google asks`;
  const name = feature.scope.replace(AUTH, "");
  return `${feature.feature} needs the permission ${name} ("${feature.consent}"), which was not granted when the add-on was authorised. ${grant}, then try again. ${nothingDone}`;
}

/** Throws scopeProblem's message when `feature`'s scope is missing. */
export function requireScope(scopes: Scopes, feature: FeatureScope, nothingDone: string): void {
  const problem = scopeProblem(scopes, feature, nothingDone);
  if (problem) throw new Error(problem);
}
