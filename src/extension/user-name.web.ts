// The web build's user-name.ts: a browser has no OS user, so the reviewer comes from `wireDesk.reviewer`,
// `.wiredesk.json` or the question Mark item as reviewed asks.
export function systemUserName(): string {
  return '';
}
