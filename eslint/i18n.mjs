/**
 * Two lint rules for translatable, mirrorable pages (docs/i18n.md):
 *
 *   i18n/no-literal-text       text a person reads, written in JSX instead of a catalog:
 *                              JSX text, {"strings"} and `templates` as children, and the
 *                              user-facing props (aria-label, title, placeholder, alt, label,
 *                              hint, description, pendingLabel, caption) given a literal.
 *                              Text without a letter ("·", "→", "(", numbers) is fine.
 *   i18n/no-physical-direction Tailwind classes that do not mirror in right-to-left pages
 *                              (ml-/mr-/pl-/pr-/left-/right-/text-left/border-l/rounded-r…):
 *                              use the logical ones (ms-/me-/ps-/pe-/start-/end-/text-start/
 *                              border-s/rounded-e…).
 *
 * Both apply to app/ and components/ except the directories in eslint/i18n-unconverted.mjs,
 * which the conversion of each area removes from that list.
 */
const LETTER = /\p{L}/u;
const USER_PROPS = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "title",
  "placeholder",
  "alt",
  "label",
  "hint",
  "description",
  "pendingLabel",
  "caption",
]);

const PHYSICAL =
  /(?:^|[\s:!])-?((?:m|p|scroll-m|scroll-p)[lr]-\S+|(?:left|right)-\S+|text-(?:left|right)|float-(?:left|right)|clear-(?:left|right)|border-[lr](?:-\S+)?|rounded-(?:[lr]|tl|tr|bl|br)(?:-\S+)?|space-x-reverse|divide-x-reverse)(?=$|\s)/;
const LOGICAL_HINT =
  "ml-/mr- → ms-/me-, pl-/pr- → ps-/pe-, left-/right- → start-/end-, text-left → text-start, border-l → border-s, rounded-l → rounded-s";

function hasLetter(value) {
  return typeof value === "string" && LETTER.test(value);
}

/** Inside an element marked aria-hidden (a decorative logo letter): not read by anyone. */
function hidden(node) {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type !== "JSXElement") continue;
    const attr = p.openingElement.attributes.find((a) => a.type === "JSXAttribute" && a.name?.name === "aria-hidden");
    if (attr && (attr.value?.value === "true" || attr.value?.expression?.value === true)) return true;
  }
  return false;
}

function literalText(node) {
  if (!node) return null;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral") return node.quasis.map((q) => q.value.cooked ?? "").join(" ");
  return null;
}

const noLiteralText = {
  meta: {
    type: "problem",
    docs: { description: "User-facing text comes from the message catalogs (docs/i18n.md)" },
    schema: [],
    messages: {
      text: "Text for people belongs in messages/<locale>/<namespace>.json: use t(…) (docs/i18n.md). Found: “{{text}}”",
    },
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: "text", data: { text: text.trim().replace(/\s+/g, " ").slice(0, 40) } });
    return {
      JSXText(node) {
        if (hasLetter(node.value) && !hidden(node)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent?.type !== "JSXElement" && node.parent?.type !== "JSXFragment") return;
        const text = literalText(node.expression);
        if (hasLetter(text)) report(node, text);
      },
      JSXAttribute(node) {
        const name = node.name?.name;
        if (typeof name !== "string" || !USER_PROPS.has(name) || !node.value) return;
        const value = node.value.type === "JSXExpressionContainer" ? node.value.expression : node.value;
        const text = literalText(value);
        if (hasLetter(text)) report(node, text);
      },
    };
  },
};

const noPhysicalDirection = {
  meta: {
    type: "problem",
    docs: { description: "Logical (start/end) Tailwind classes, so right-to-left pages mirror" },
    schema: [],
    messages: { physical: "“{{cls}}” does not mirror in right-to-left pages: " + LOGICAL_HINT + "." },
  },
  create(context) {
    const check = (node, text) => {
      if (typeof text !== "string") return;
      const m = PHYSICAL.exec(text);
      if (m) context.report({ node, messageId: "physical", data: { cls: m[1] } });
    };
    const inClassContext = (node) => {
      for (let p = node.parent; p; p = p.parent) {
        if (p.type === "JSXAttribute") return p.name?.name === "className";
        if (p.type === "CallExpression") {
          const callee = p.callee.type === "Identifier" ? p.callee.name : null;
          return callee === "cx" || callee === "clsx" || callee === "buttonClass";
        }
        if (p.type === "VariableDeclarator" || p.type === "Property") {
          // const base = "…" / tones = { x: "…" }: class lists kept in constants of a component file
          return /class|base|tone|variant|control|style/i.test(p.id?.name ?? p.key?.name ?? "");
        }
      }
      return false;
    };
    return {
      Literal(node) {
        if (typeof node.value === "string" && inClassContext(node)) check(node, node.value);
      },
      TemplateElement(node) {
        if (inClassContext(node)) check(node, node.value.cooked);
      },
    };
  },
};

const plugin = { rules: { "no-literal-text": noLiteralText, "no-physical-direction": noPhysicalDirection } };
export default plugin;
