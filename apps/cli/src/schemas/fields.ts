/** A JSON Schema as a table of fields: the human view of a documented --json shape. */

interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly prefixItems?: readonly JsonSchema[];
  readonly additionalProperties?: JsonSchema | boolean;
  readonly anyOf?: readonly JsonSchema[];
}

export interface SchemaField {
  /** `hosts[].name`: `[]` steps into an array's items, `{}` into a map's values. */
  readonly path: string;
  readonly type: string;
  readonly description: string;
}

const PATTERN_NAMES: Record<string, string> = {
  "^0x[0-9a-f]+$": "hex",
  "^0x[0-9a-f]{16}$": "hex64",
  "^FEAT_[A-Za-z0-9_]+$": "FEAT_*",
  "^-?\\d+$": "decimal",
};

function typeOf(schema: JsonSchema): string {
  if (Array.isArray(schema.type)) return schema.type.map((type) => typeOf({ ...schema, type })).join(" | ");
  if (schema.anyOf !== undefined) return schema.anyOf.map(typeOf).join(" | ");
  if (schema.enum !== undefined) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.prefixItems !== undefined) return `[${schema.prefixItems.map(typeOf).join(", ")}]`;
  if (schema.type === "array") return `${schema.items === undefined ? "unknown" : typeOf(schema.items)}[]`;
  if (schema.type === "object" && typeof schema.additionalProperties === "object" && schema.properties === undefined) {
    return `{ [name]: ${typeOf(schema.additionalProperties)} }`;
  }
  if (schema.type === "string" && schema.pattern !== undefined)
    return `string (${PATTERN_NAMES[schema.pattern] ?? schema.pattern})`;
  return typeof schema.type === "string" ? schema.type : "unknown";
}

/** The objects a field's value holds, with the path suffix that steps into each. */
function nested(schema: JsonSchema): { schema: JsonSchema; step: string }[] {
  if (schema.anyOf !== undefined) return schema.anyOf.flatMap(nested);
  if (schema.properties !== undefined) return [{ schema, step: "" }];
  if (schema.items !== undefined) return nested(schema.items).map((n) => ({ ...n, step: `[]${n.step}` }));
  if (schema.prefixItems !== undefined)
    return nested(schema.prefixItems[0]!).map((n) => ({ ...n, step: `[]${n.step}` }));
  return [];
}

/** Every field of an object schema, depth first. */
export function schemaFields(schema: JsonSchema, prefix = ""): SchemaField[] {
  const rows: SchemaField[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push({ path, type: typeOf(field), description: field.description ?? "" });
    for (const inner of nested(field)) rows.push(...schemaFields(inner.schema, `${path}${inner.step}.`));
  }
  return rows;
}
