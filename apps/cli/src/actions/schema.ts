import { UsageError } from "../errors";
import { printJson, printLine, table } from "../output";
import { JSON_OUTPUTS, type JsonOutputName, jsonSchemaOf } from "../schemas";
import { schemaFields } from "../schemas/fields";

/** The action of `a64vm schema`, loaded when the command runs. */
export function action(output: string | undefined, options: { json?: boolean }): void {
  const names = Object.keys(JSON_OUTPUTS) as JsonOutputName[];
  if (output === undefined) {
    if (options.json === true) {
      printJson({ outputs: names.map((name) => ({ name, usage: JSON_OUTPUTS[name].usage })) });
      return;
    }
    printLine(table([["OUTPUT", "PRINTED BY"], ...names.map((name) => [name, JSON_OUTPUTS[name].usage])]));
    return;
  }
  if (!(output in JSON_OUTPUTS)) throw new UsageError(`no output named '${output}' (outputs: ${names.join(", ")})`);
  const schema = jsonSchemaOf(output as JsonOutputName);
  if (options.json === true) {
    printJson(schema);
    return;
  }
  printLine(`${JSON_OUTPUTS[output as JsonOutputName].usage}: one JSON object with these fields`);
  printLine();
  const rows = schemaFields(schema).map((f) => [f.path, f.type, f.description]);
  printLine(table([["FIELD", "TYPE", "MEANING"], ...rows]));
}
