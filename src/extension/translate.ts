// The translation function the pure (vscode-free) modules take as a parameter. The adapters pass
// `vscode.l10n.t`; the default, `english`, returns the message itself with `{0}`, `{1}`… replaced by the
// arguments, as vscode.l10n.t does. scripts/l10n-export.mjs lists every literal message of a `t` call of
// src/extension in l10n/bundle.l10n.json, beside the messages of the vscode.l10n calls.
export type Translate = (message: string, ...args: (string | number)[]) => string;

/** The English text: placeholders `{N}` replaced by argument N (left as they are when there is no such argument). */
export const english: Translate = (message, ...args) =>
  args.length === 0
    ? message
    : message.replace(/\{(\d+)\}/g, (match: string, n: string) => {
        const arg = args[Number(n)];
        return arg === undefined ? match : String(arg);
      });
