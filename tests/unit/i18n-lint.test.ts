import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import i18n from "../../eslint/i18n.mjs";

/** The two lint rules of docs/i18n.md catch what they must and let the rest through. */
RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({
  languageOptions: { ecmaVersion: 2022, sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
});

tester.run("i18n/no-literal-text", i18n.rules["no-literal-text"], {
  valid: [
    `const a = <p>{t("title")}</p>;`,
    `const a = <p>{n} · {m} →</p>;`,
    `const a = <span aria-hidden="true">D</span>;`,
    `const a = <input aria-label={t("label")} className="ms-1" />;`,
    `const a = <Field label={t("x")} id="email" type="email" />;`,
  ],
  invalid: [
    { code: `const a = <p>Sign in</p>;`, errors: 1 },
    { code: `const a = <p>{"Sign in"}</p>;`, errors: 1 },
    { code: "const a = <p>{`Year ${n}`}</p>;", errors: 1 },
    { code: `const a = <nav aria-label="Switch role" />;`, errors: 1 },
    { code: `const a = <TextField label="Email" hint={"Your address"} />;`, errors: 2 },
    { code: `const a = <input placeholder="Type here" title="Name" />;`, errors: 2 },
  ],
});

tester.run("i18n/no-physical-direction", i18n.rules["no-physical-direction"], {
  valid: [
    `const a = <div className="ms-2 pe-3 start-0 text-start border-s rounded-s-lg rounded-lg px-4 mx-auto" />;`,
    `const a = <div className={cx("ps-2", on && "me-1")} />;`,
    `const label = "ml-2";`, // not a class list
  ],
  invalid: [
    { code: `const a = <div className="ml-2" />;`, errors: 1 },
    { code: `const a = <div className="sm:pr-4" />;`, errors: 1 },
    { code: `const a = <div className="focus:left-4" />;`, errors: 1 },
    { code: `const a = <div className={cx("text-right", x)} />;`, errors: 1 },
    { code: "const a = <div className={`border-l-4 ${x}`} />;", errors: 1 },
    { code: `const base = "rounded-r-lg p-2";`, errors: 1 },
  ],
});
