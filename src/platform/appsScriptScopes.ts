import type { Scopes } from "./scopesPort";

/** The two-argument form checks only the scopes given; the typings know only the one-argument form. */
interface ScopedAuthorization {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo;
}

/** https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String) */
export function appsScriptScopes(): Scopes {
  return {
    missing(scope) {
      const scriptApp = ScriptApp as unknown as ScopedAuthorization;
      const info = scriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [scope]);
      if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return null;
      return { url: info.getAuthorizationUrl() || null };
    },
  };
}
