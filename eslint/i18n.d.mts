import type { Rule } from "eslint";

declare const plugin: { rules: { "no-literal-text": Rule.RuleModule; "no-physical-direction": Rule.RuleModule } };
export default plugin;
