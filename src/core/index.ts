// The public face of the engine: everything the extension and the CLI use comes from here.
export * from './model';
export { reviewText, reviewItem, reviewItemAt, shiftItem, groupSpeakers } from './review';
export { findItems, isWireText, HEADER_PATTERN } from './items';
export { ruleList, type RuleMeta } from './rules';
export { markReviewedEdit, formatStamp, lineBreakOf, type TextEdit } from './mark-reviewed';
export { classifyDisclaimer } from './disclaimer';
export { describeAttribution } from './describe';
export { lineIndex, type LineIndex } from './lines';
export { acceptanceFor, acceptanceMatcher, itemKey, normaliseText, sameAcceptance } from './fingerprint';
export {
  CONFIG_FILE_NAME,
  RULE_LEVELS,
  configSearchDirs,
  emptyConfig,
  formatProblem,
  mergeConfig,
  parseConfig,
  relativeTo,
  type ConfigProblem,
  type ConfigResult,
  type Effective,
  type RuleLevel,
  type UserOverrides,
  type WireDeskConfig,
} from './config/config';
export { GitignoreSet, globMatcher, parseGitignore } from './config/glob';
