/**
 * Generates packages/sysreg/src/features/features.generated.ts from Arm's machine-readable
 * feature model (../shared/arm/Features.json, BSD-3-Clause): the FEAT_* names, the architecture
 * versions, and per feature its constraints and the ID register field rules that advertise it, as a
 * compact expression table (see packages/sysreg/src/features/expr.ts for the shape).
 * Run: pnpm -w gen:features. With --check it exits 1 when the committed file differs.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { featuresJsonPath, repoRoot } from "../src/repo";

interface AstNode {
  readonly _type: string;
  readonly [key: string]: unknown;
}
interface Parameter {
  readonly name: string;
  readonly constraints: readonly AstNode[];
}
export interface FeaturesJson {
  readonly _meta: {
    readonly license: { readonly copyright: string; readonly info: string };
    readonly version: Record<string, string>;
  };
  readonly constraints: readonly AstNode[];
  readonly parameters: readonly Parameter[];
}

/** The emitted expression form (mirrors FeatureExpr in the sysreg package). */
type Expr = boolean | number | string | readonly unknown[];

interface IdRule {
  kind: "iff" | "implies" | "impliedBy";
  guard: Expr;
  subject: Expr;
  condition: Expr;
}

/** A constraint that reads state this model does not hold (AArch32 views, external debug, PMU/AMU MMIO). */
class OutOfModel extends Error {}

export const featuresOutputPath = join(repoRoot, "packages", "sysreg", "src", "features", "features.generated.ts");

const BINARY_OPS = new Set(["-->", "<->", "&&", "||", "==", "!=", ">=", ">", "<=", "<"]);
const isArchVersion = (n: string): boolean => /^v\d+Ap\d+$/.test(n);

function convert(node: AstNode): Expr {
  switch (node._type) {
    case "AST.Identifier":
      return node.value as string;
    case "AST.Integer":
      return node.value as number;
    case "AST.Bool":
      return node.value as boolean;
    case "AST.UnaryOp":
      if (node.op !== "!") throw new Error(`unknown unary operator ${String(node.op)}`);
      return ["!", convert(node.expr as AstNode)];
    case "AST.BinaryOp": {
      const op = node.op as string;
      if (op === "IN") return convertIn(node);
      if (!BINARY_OPS.has(op)) throw new Error(`unknown binary operator ${op}`);
      return [op, convert(node.left as AstNode), convert(node.right as AstNode)];
    }
    case "AST.Function": {
      const name = node.name as string;
      const args = node.arguments as readonly AstNode[];
      if ((name !== "UInt" && name !== "SInt") || args.length !== 1) throw new Error(`unknown function ${name}`);
      return [name, fieldReference(args[0]!)];
    }
    case "Types.Field":
      return ["UInt", fieldReference(node)];
    case "AST.DotAtom":
      throw new OutOfModel("memory-mapped register");
    default:
      throw new Error(`unknown AST node ${node._type}`);
  }
}

function convertIn(node: AstNode): Expr {
  const left = convert(node.left as AstNode);
  const set = node.right as AstNode;
  if (set._type !== "AST.Set") throw new Error("IN needs a set");
  const values = (set.values as readonly AstNode[]).map((v) => {
    const text = String(v.value).replace(/'/g, "");
    if (!/^[01]+$/.test(text)) throw new Error(`unsupported set value ${text}`);
    return Number.parseInt(text, 2);
  });
  return ["IN", left, values];
}

function fieldReference(node: AstNode): string {
  if (node._type === "AST.DotAtom") throw new OutOfModel("memory-mapped register");
  if (node._type !== "Types.Field") throw new Error(`expected a field, got ${node._type}`);
  const v = node.value as { name: string; field: string; state: string; slices: unknown; instance: unknown };
  if (v.state !== "AArch64") throw new OutOfModel(`${v.state} register ${v.name}`);
  if (v.slices !== null || v.instance !== null) throw new Error(`field slices are not supported (${v.name})`);
  return `${v.name}.${v.field}`;
}

function mentionsField(expr: Expr): boolean {
  if (!Array.isArray(expr)) return false;
  if (expr[0] === "UInt" || expr[0] === "SInt") return true;
  return expr.some((e) => mentionsField(e as Expr));
}

/** Splits a field-bearing constraint into an ID rule; throws when it has another shape. */
function idRule(expr: Expr, where: string): IdRule {
  let guard: Expr = true;
  let body = expr;
  // Peel guards: `g1 --> (g2 --> (subject <-> condition))` has the guard `g1 && g2`.
  const isRuleBody = (e: Expr) =>
    Array.isArray(e) && (e[0] === "<->" || e[0] === "-->") && !mentionsField(e[1] as Expr);
  while (Array.isArray(body) && body[0] === "-->" && !mentionsField(body[1] as Expr) && isRuleBody(body[2] as Expr)) {
    guard = guard === true ? (body[1] as Expr) : ["&&", guard, body[1]];
    body = body[2] as Expr;
  }
  if (Array.isArray(body) && body[0] === "-->" && !mentionsField(body[1] as Expr) && guard === true) {
    guard = body[1] as Expr;
    body = body[2] as Expr;
  }
  if (Array.isArray(body) && (body[0] === "<->" || body[0] === "-->")) {
    const [op, left, right] = body as [string, Expr, Expr];
    if (!mentionsField(left) && mentionsField(right)) {
      return { kind: op === "<->" ? "iff" : "implies", guard, subject: left, condition: right };
    }
    if (op === "-->" && mentionsField(left) && !mentionsField(right)) {
      return { kind: "impliedBy", guard, subject: right, condition: left };
    }
  }
  throw new Error(`${where}: unsupported shape of an ID register constraint`);
}

export interface FeatureModelSummary {
  readonly features: number;
  readonly withIdRules: number;
  readonly skippedOutOfModel: number;
}

export function renderFeatures(json: FeaturesJson): string {
  return buildFeatures(json).text;
}

export function buildFeatures(json: FeaturesJson): { text: string; summary: FeatureModelSummary } {
  const names = json.parameters.map((p) => p.name);
  const features = names.filter((n) => !isArchVersion(n)).sort();
  const versions = names.filter(isArchVersion).sort(compareVersions);
  const byName = new Map(json.parameters.map((p) => [p.name, p]));
  let skipped = 0;
  let withIdRules = 0;

  const featureLines = features.map((name) => {
    const requires: Expr[] = [];
    const constraints: Expr[] = [];
    const idRules: IdRule[] = [];
    for (const node of byName.get(name)!.constraints) {
      let expr: Expr;
      try {
        expr = convert(node);
      } catch (e) {
        if (e instanceof OutOfModel) {
          skipped++;
          continue;
        }
        throw e;
      }
      if (mentionsField(expr)) idRules.push(idRule(expr, name));
      else if (Array.isArray(expr) && expr[0] === "-->" && expr[1] === name) requires.push(expr[2] as Expr);
      else constraints.push(expr);
    }
    if (idRules.length > 0) withIdRules++;
    return `  ${name}: ${JSON.stringify({ requires, constraints, idRules })},`;
  });

  const versionLines = versions.map((name) => {
    const includes: string[] = [];
    const constraints: Expr[] = [];
    for (const node of byName.get(name)!.constraints) {
      const expr = convert(node);
      if (Array.isArray(expr) && expr[0] === "-->" && expr[1] === name && isVersionConjunction(expr[2] as Expr)) {
        includes.push(...versionsOf(expr[2] as Expr));
      } else constraints.push(expr);
    }
    return `  ${name}: ${JSON.stringify({ includes, constraints })},`;
  });

  const globalConstraints = json.constraints.map(convert).filter((e) => e !== true);

  const v = json._meta.version;
  const text = [
    "// Generated by tooling/generators/features.ts from Arm's Features.json; do not edit.",
    `// Source: AARCHMRS ${v.architecture}, build ${v.build}, schema ${v.schema} (${v.timestamp}).`,
    `// ${json._meta.license.copyright}`,
    `// ${json._meta.license.info} See LICENSE-ARM in this package.`,
    "",
    'import type { ArchVersionDefinition, FeatureDefinition, FeatureExpr } from "./expr";',
    "",
    "/** Every FEAT_* parameter of the architecture, sorted; the index is a FeatureSet bit. */",
    `export const FEATURE_NAMES = ${JSON.stringify(features, null, 1).replace(/\n\s*/g, " ")} as const;`,
    "",
    "/** Architecture versions, oldest first. */",
    `export const ARCH_VERSIONS = ${JSON.stringify(versions)} as const;`,
    "",
    `/** Per feature: its requirements, other constraints and ID register rules (${withIdRules} features have rules; ${skipped} constraints on AArch32, external-debug or memory-mapped views are left out). */`,
    "export const FEATURE_DEFINITIONS: Readonly<Record<string, FeatureDefinition>> = {",
    ...featureLines,
    "};",
    "",
    "/** Per architecture version: the versions it includes and its constraints. */",
    "export const ARCH_VERSION_DEFINITIONS: Readonly<Record<string, ArchVersionDefinition>> = {",
    ...versionLines,
    "};",
    "",
    "/** Constraints of the model that belong to no parameter (reserved ID field values). */",
    `export const GLOBAL_CONSTRAINTS: readonly FeatureExpr[] = ${JSON.stringify(globalConstraints)};`,
    "",
  ].join("\n");
  return { text, summary: { features: features.length, withIdRules, skippedOutOfModel: skipped } };
}

function isVersionConjunction(expr: Expr): boolean {
  if (typeof expr === "string") return isArchVersion(expr);
  return Array.isArray(expr) && expr[0] === "&&" && expr.slice(1).every((e) => isVersionConjunction(e as Expr));
}

function versionsOf(expr: Expr): string[] {
  if (typeof expr === "string") return [expr];
  return (expr as readonly Expr[]).slice(1).flatMap(versionsOf);
}

function compareVersions(a: string, b: string): number {
  const pa = /^v(\d+)Ap(\d+)$/.exec(a)!;
  const pb = /^v(\d+)Ap(\d+)$/.exec(b)!;
  return Number(pa[1]) - Number(pb[1]) || Number(pa[2]) - Number(pb[2]);
}

export function readFeaturesJson(path: string): FeaturesJson {
  return JSON.parse(readFileSync(path, "utf8")) as FeaturesJson;
}

function main(): void {
  if (featuresJsonPath === null) {
    console.error("gen:features: ../shared/arm/Features.json not found beside the repository");
    process.exit(2);
  }
  const { text, summary } = buildFeatures(readFeaturesJson(featuresJsonPath));
  if (process.argv.includes("--check")) {
    const current = readFileSync(featuresOutputPath, "utf8");
    if (current !== text) {
      console.error(`gen:features: ${featuresOutputPath} is stale; run pnpm -w gen:features`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(featuresOutputPath, text);
  console.log(
    `wrote ${featuresOutputPath}: ${summary.features} features, ${summary.withIdRules} with ID register rules, ${summary.skippedOutOfModel} out-of-model constraints left out`,
  );
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, "/"))) main();
