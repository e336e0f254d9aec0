// Boundary check (pnpm boundaries): layer rules, no cycles, no undeclared or unresolvable
// dependencies, and no reaching into another package except through its public entry.
const layers = require("./layers.cjs");

const names = Object.keys(layers);
const layerRules = names.map((name) => {
  const forbidden = names.filter((other) => other !== name && !layers[name].includes(other));
  return {
    name: `layer-${name}`,
    comment: `@a64vm/${name} may import only ${layers[name].length ? layers[name].map((d) => `@a64vm/${d}`).join(", ") : "no other package"} (ARCHITECTURE.md layer map)`,
    severity: "error",
    from: { path: `^packages/${name}/src/` },
    to: { path: forbidden.length ? `^packages/(${forbidden.join("|")})/` : "^$never" },
  };
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: "no-package-imports-app",
      comment: "packages are libraries; apps sit on top of them",
      severity: "error",
      from: { path: "^packages/" },
      to: { path: "^apps/" },
    },
    {
      name: "public-entry-only",
      comment: "another package is reached only through its public entry (@a64vm/NAME), never its internals",
      severity: "error",
      from: { path: "^(packages|apps)/([^/]+)/" },
      to: { path: "^packages/[^/]+/", pathNot: ["^$1/$2/", "^packages/[^/]+/src/index\\.ts$"] },
    },
    {
      name: "no-relative-cross-package",
      comment: "a relative path into another package bypasses its package.json dependency",
      severity: "error",
      from: { path: "^(packages|apps)/([^/]+)/" },
      to: { dependencyTypes: ["local"], path: "^(packages|apps)/", pathNot: "^$1/$2/" },
    },
    {
      name: "source-not-tooling",
      comment: "published source must not depend on the private @a64vm/tooling package",
      severity: "error",
      from: { path: "^(packages|apps)/[^/]+/src/" },
      to: { path: "^tooling/" },
    },
    {
      name: "no-circular",
      comment: "a runtime import cycle; a cycle closed only by `import type` is erased by the compiler",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "not-to-unresolvable",
      comment: "an import that does not resolve (including a blocked ./internal/* export)",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "no-undeclared-dependency",
      comment: "every imported npm package is declared in the importing package's package.json",
      severity: "error",
      from: {},
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },
    {
      name: "no-dev-dependency-in-source",
      comment: "published source must not import a devDependency",
      severity: "error",
      from: { path: "^(packages|apps)/[^/]+/src/" },
      to: { dependencyTypes: ["npm-dev"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["(^|/)dist/", "(^|/)node_modules/", "\\.d\\.ts$"] },
    combinedDependencies: false,
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["@a64vm/source", "import", "types", "default"],
      extensions: [".ts", ".js", ".json"],
      mainFields: ["module", "main", "types"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
