/**
 * Lint rules that keep an area's rules pure (docs/adding-an-area.md, "rules.ts"): a rule file
 * (lib/<area>/rules.ts, lib/<area>/rules/*.ts) decides from its arguments alone, so it can be
 * unit-tested cell by cell and mutation-tested without a database.
 *
 *   pure-rules/no-impure-imports  no Prisma (@prisma/*, generated/prisma, lib/db), no next/*,
 *                                 no server-only: the caller loads, the rule decides.
 *   pure-rules/no-ambient-time    no Date.now(), no new Date() / Date() without an argument:
 *                                 "now" is a parameter (callers take it from lib/clock.ts).
 *   pure-rules/no-module-state    no module-level mutable state: no top-level let/var, no
 *                                 top-level empty [] / {} or new Map/Set/WeakMap/WeakSet/Array
 *                                 (unless typed ReadonlyMap/ReadonlySet/ReadonlyArray), and no
 *                                 writes to a module-level binding (x.push(), x.set(), x.y = …)
 *                                 anywhere in the file: caches belong to the caller.
 */
const IMPURE_SOURCES = [
  { test: /^@prisma\//, what: "Prisma" },
  { test: /(^|\/)generated\/prisma(\/|$)/, what: "the generated Prisma client" },
  { test: /^(@\/|(\.\.?\/)+)(lib\/)?db(\/|$)/, what: "the database (lib/db)" },
  { test: /^next(\/|$)/, what: "Next.js (next/*)" },
  { test: /^next-auth(\/|$)/, what: "next-auth" },
  { test: /^server-only$/, what: "server-only" },
];

function impurity(source) {
  if (typeof source !== "string") return null;
  return IMPURE_SOURCES.find((s) => s.test.test(source))?.what ?? null;
}

const noImpureImports = {
  meta: {
    type: "problem",
    docs: { description: "A rules file imports no Prisma, database, next/* or server-only module." },
    messages: {
      impure:
        "rules files are pure: no import of {{what}} ('{{source}}'). Load in the action or loader and pass the values in.",
    },
    schema: [],
  },
  create(context) {
    const check = (node, sourceNode) => {
      if (!sourceNode || sourceNode.type !== "Literal") return;
      const what = impurity(sourceNode.value);
      if (what) context.report({ node, messageId: "impure", data: { what, source: sourceNode.value } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression(node) {
        if (node.callee.type === "Identifier" && node.callee.name === "require") check(node, node.arguments[0]);
      },
    };
  },
};

const noAmbientTime = {
  meta: {
    type: "problem",
    docs: { description: "A rules file never reads the clock: time is a parameter." },
    messages: {
      now: "rules files take the time as a parameter (callers use lib/clock.ts); no {{what}} here.",
    },
    schema: [],
  },
  create(context) {
    const isDate = (n) => n.type === "Identifier" && n.name === "Date";
    return {
      NewExpression(node) {
        if (isDate(node.callee) && node.arguments.length === 0)
          context.report({ node, messageId: "now", data: { what: "new Date()" } });
      },
      CallExpression(node) {
        if (isDate(node.callee)) context.report({ node, messageId: "now", data: { what: "Date()" } });
        const c = node.callee;
        if (
          c.type === "MemberExpression" &&
          isDate(c.object) &&
          !c.computed &&
          c.property.type === "Identifier" &&
          c.property.name === "now"
        )
          context.report({ node, messageId: "now", data: { what: "Date.now()" } });
      },
    };
  },
};

const MUTABLE_CONSTRUCTORS = new Set(["Map", "Set", "WeakMap", "WeakSet", "Array"]);
const READONLY_TYPES = new Set(["ReadonlyMap", "ReadonlySet", "ReadonlyArray"]);
const MUTATORS = new Set([
  "push",
  "pop",
  "shift",
  "unshift",
  "splice",
  "sort",
  "reverse",
  "fill",
  "copyWithin",
  "set",
  "add",
  "delete",
  "clear",
]);

function readonlyAnnotation(id) {
  const t = id.typeAnnotation?.typeAnnotation;
  if (!t) return false;
  if (t.type === "TSTypeOperator" && t.operator === "readonly") return true;
  return t.type === "TSTypeReference" && t.typeName.type === "Identifier" && READONLY_TYPES.has(t.typeName.name);
}

function mutableInit(init) {
  if (!init) return null;
  if (init.type === "ArrayExpression" && init.elements.length === 0) return "an empty array";
  if (init.type === "ObjectExpression" && init.properties.length === 0) return "an empty object";
  if (init.type === "NewExpression" && init.callee.type === "Identifier" && MUTABLE_CONSTRUCTORS.has(init.callee.name))
    return `a new ${init.callee.name}`;
  return null;
}

/** The variable `name` resolves to from `node`, or null. */
function resolve(sourceCode, node, name) {
  for (let scope = sourceCode.getScope(node); scope; scope = scope.upper) {
    const v = scope.set.get(name);
    if (v) return v;
  }
  return null;
}

const noModuleState = {
  meta: {
    type: "problem",
    docs: { description: "A rules file holds no module-level mutable state (no caches, no counters)." },
    messages: {
      letVar:
        "rules files hold no module-level state: '{{kind}}' at the top level. Use const, or keep it in the caller.",
      container:
        "rules files hold no module-level state: '{{name}}' is {{what}} at the top level (a cache?). Build it inside the function, or type it Readonly….",
      write: "rules files hold no module-level state: this writes to the module-level '{{name}}'.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const isModuleLevel = (node, name) => {
      const v = resolve(sourceCode, node, name);
      return Boolean(v && (v.scope.type === "module" || v.scope.type === "global"));
    };
    const declarations = (statement) => {
      if (statement.type === "VariableDeclaration") return statement;
      if (
        (statement.type === "ExportNamedDeclaration" || statement.type === "ExportDefaultDeclaration") &&
        statement.declaration?.type === "VariableDeclaration"
      )
        return statement.declaration;
      return null;
    };
    /** The identifier at the root of a member chain (a.b[c].d → a). */
    const rootOf = (n) => {
      while (
        n.type === "MemberExpression" ||
        n.type === "TSAsExpression" ||
        n.type === "TSNonNullExpression" ||
        n.type === "TSSatisfiesExpression"
      )
        n = n.type === "MemberExpression" ? n.object : n.expression;
      return n.type === "Identifier" ? n : null;
    };
    const reportWrite = (node, target) => {
      if (target.type !== "MemberExpression") return;
      const root = rootOf(target);
      if (root && isModuleLevel(node, root.name))
        context.report({ node, messageId: "write", data: { name: root.name } });
    };
    return {
      Program(program) {
        for (const statement of program.body) {
          const decl = declarations(statement);
          if (!decl) continue;
          if (decl.kind !== "const") {
            context.report({ node: decl, messageId: "letVar", data: { kind: decl.kind } });
            continue;
          }
          for (const d of decl.declarations) {
            const what = mutableInit(d.init);
            if (what && !readonlyAnnotation(d.id))
              context.report({
                node: d,
                messageId: "container",
                data: { name: d.id.type === "Identifier" ? d.id.name : "…", what },
              });
          }
        }
      },
      AssignmentExpression: (node) => reportWrite(node, node.left),
      UpdateExpression: (node) => reportWrite(node, node.argument),
      UnaryExpression(node) {
        if (node.operator === "delete") reportWrite(node, node.argument);
      },
      CallExpression(node) {
        const c = node.callee;
        if (c.type !== "MemberExpression" || c.computed || c.property.type !== "Identifier") return;
        if (!MUTATORS.has(c.property.name)) return;
        const root = rootOf(c.object);
        if (root && isModuleLevel(node, root.name))
          context.report({ node, messageId: "write", data: { name: root.name } });
      },
    };
  },
};

const plugin = {
  rules: {
    "no-impure-imports": noImpureImports,
    "no-ambient-time": noAmbientTime,
    "no-module-state": noModuleState,
  },
};

export default plugin;
