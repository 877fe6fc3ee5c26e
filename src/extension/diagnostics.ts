// Findings as VS Code diagnostics: source "Wire Desk", code = rule id linking to the rule's doc.
import * as vscode from 'vscode';
import { ruleList } from '../core';
import type { Review, Severity } from '../core/model';

export const DIAGNOSTIC_SOURCE = 'Wire Desk';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class WireDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('wire-desk');
  private readonly docLinks = new Map<string, vscode.Uri>();

  constructor(extensionUri: vscode.Uri) {
    for (const rule of ruleList) {
      if (!rule.docs) continue;
      // A rule's doc is either a web address or a path inside the extension (docs/rules/ID.md).
      const link = /^[a-z][a-z0-9+.-]*:/i.test(rule.docs)
        ? vscode.Uri.parse(rule.docs)
        : vscode.Uri.joinPath(extensionUri, rule.docs);
      this.docLinks.set(rule.id, link);
    }
  }

  update(document: vscode.TextDocument, review: Review): void {
    const diagnostics: vscode.Diagnostic[] = [];
    for (const item of review.items) {
      for (const finding of item.findings) {
        const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
        const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITIES[finding.severity] ?? vscode.DiagnosticSeverity.Warning);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        const target = this.docLinks.get(finding.rule);
        diagnostic.code = target ? { value: finding.rule, target } : finding.rule;
        diagnostics.push(diagnostic);
      }
    }
    this.collection.set(document.uri, diagnostics);
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  clearAll(): void {
    this.collection.clear();
  }

  dispose(): void {
    this.collection.dispose();
  }
}
