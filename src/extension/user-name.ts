// The OS user name for the review stamp when no reviewer is set (desktop and remote extension hosts).
// The web build replaces this module with user-name.web.ts (esbuild.mjs), where there is no OS user.
import * as os from 'os';

/** The OS user name, or '' where the platform cannot tell (no passwd entry, sandboxed host). */
export function systemUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}
