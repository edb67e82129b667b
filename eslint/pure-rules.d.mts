import type { Rule } from "eslint";

declare const plugin: {
  rules: {
    "no-impure-imports": Rule.RuleModule;
    "no-ambient-time": Rule.RuleModule;
    "no-module-state": Rule.RuleModule;
  };
};
export default plugin;
