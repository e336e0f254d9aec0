/**
 * Shell completion scripts generated from the command tree: commands, their options, and the
 * values the uniform arguments take (--host: profile names and *.json files; --features: +/-FEAT).
 */
import type { Argument, Command, Option } from "commander";

/** What a value completes to. */
export type ValueKind =
  | { readonly kind: "host" }
  | { readonly kind: "features" }
  | { readonly kind: "file" }
  | { readonly kind: "words"; readonly words: readonly string[] }
  | { readonly kind: "none" };

export interface CompletedOption {
  readonly flags: readonly string[];
  readonly description: string;
  /** null for a flag that takes no value. */
  readonly value: ValueKind | null;
}

export interface CompletedCommand {
  readonly name: string;
  readonly description: string;
  readonly options: readonly CompletedOption[];
  /** One per positional argument; the last repeats when `variadic`. */
  readonly args: readonly ValueKind[];
  readonly variadic: boolean;
}

/** What the scripts complete: the tree, and the names that --host and --features take. */
export interface CompletionModel {
  readonly global: readonly CompletedOption[];
  readonly commands: readonly CompletedCommand[];
  readonly hosts: readonly string[];
  /** Feature names without the FEAT_ prefix. */
  readonly features: readonly string[];
}

const HOST_OPTIONS = new Set(["--host", "--from", "--to", "--diff"]);
const FEATURE_OPTIONS = new Set(["--features", "--set"]);
const NONE: ValueKind = { kind: "none" };

function optionValue(option: Option): ValueKind | null {
  if (option.isBoolean()) return null;
  if (option.argChoices !== undefined) return { kind: "words", words: option.argChoices };
  if (option.long !== undefined && HOST_OPTIONS.has(option.long)) return { kind: "host" };
  if (option.long !== undefined && FEATURE_OPTIONS.has(option.long)) return { kind: "features" };
  if (/<[^>]*(file|elf)[^>]*>/i.test(option.flags)) return { kind: "file" };
  return NONE;
}

function argumentValue(argument: Argument): ValueKind {
  if (argument.argChoices !== undefined) return { kind: "words", words: argument.argChoices };
  const name = argument.name();
  if (/^hosts?$/.test(name)) return { kind: "host" };
  if (/file|elf|program/i.test(name)) return { kind: "file" };
  return NONE;
}

function completedOptions(command: Command): CompletedOption[] {
  const options = command.options.map((o) => ({
    flags: [o.short, o.long].filter((f): f is string => f !== undefined),
    description: o.description,
    value: optionValue(o),
  }));
  return [...options, { flags: ["-h", "--help"], description: "display help for command", value: null }];
}

/** Reads the completion model off a command tree. */
export function completionModel(
  program: Command,
  hosts: readonly string[],
  featureNames: readonly string[],
): CompletionModel {
  return {
    global: completedOptions(program),
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      options: completedOptions(c),
      args: c.registeredArguments.map(argumentValue),
      variadic: c.registeredArguments.at(-1)?.variadic === true,
    })),
    hosts,
    features: featureNames.map((n) => n.replace(/^FEAT_/, "")),
  };
}

/** A word list as one shell-quoted string (the names hold no quotes). */
function quoted(words: readonly string[]): string {
  return `'${words.join(" ")}'`;
}

/** How one shell spells the pieces of a command's completion case. */
interface Dialect {
  readonly values: (kind: ValueKind) => string;
  /** The assignment's right-hand side listing the command's options. */
  readonly opts: string;
  readonly valopts: (flags: readonly string[]) => string;
  readonly completeOptions: string;
  readonly noArgs: string;
}

/**
 * One command's branch of the completion function: an option's value after a value option, the
 * options after '-', else the positional argument being typed (npos counts those before it).
 */
function commandCase(c: CompletedCommand, shell: Dialect): string {
  const valueOptions = c.options.filter((o) => o.value !== null);
  const valueCases = valueOptions.map((o) => `        ${o.flags.join("|")}) ${shell.values(o.value!)}; return ;;`);
  const argCases = c.args.map(
    (kind, i) => `        ${i === c.args.length - 1 && c.variadic ? "*" : i}) ${shell.values(kind)} ;;`,
  );
  return [
    `    ${c.name})`,
    `      opts=${shell.opts}`,
    `      valopts=${shell.valopts(valueOptions.flatMap((o) => o.flags))}`,
    ...(valueCases.length > 0 ? ['      case "$prev" in', ...valueCases, "      esac"] : []),
    `      if [[ $cur == -* ]]; then ${shell.completeOptions}; return; fi`,
    "      _a64vm_positional",
    ...(argCases.length > 0 ? ['      case "$npos" in', ...argCases, "      esac"] : [`      ${shell.noArgs}`]),
    "      ;;",
  ].join("\n");
}

/** How a shell completes each kind of value: a command for each kind, and one for a word list. */
function valuesIn(
  commands: Record<Exclude<ValueKind["kind"], "words">, string>,
  words: (list: readonly string[]) => string,
): (kind: ValueKind) => string {
  return (kind) => (kind.kind === "words" ? words(kind.words) : commands[kind.kind]);
}

const bashValues = valuesIn(
  {
    host: "_a64vm_host_values",
    features: "_a64vm_feature_values",
    file: "_a64vm_file_values",
    none: "COMPREPLY=()",
  },
  (list) => `_a64vm_word_values ${quoted(list)}`,
);

/** The bash script (`complete -F _a64vm a64vm`). */
export function bashScript(model: CompletionModel, version: string): string {
  const commandCases = model.commands.map((c) =>
    commandCase(c, {
      values: bashValues,
      opts: `'${c.options.flatMap((o) => o.flags).join(" ")}'`,
      valopts: (flags) => `'${flags.join(" ")}'`,
      completeOptions: '_a64vm_word_values "$opts"',
      noArgs: "COMPREPLY=()",
    }),
  );
  return `# bash completion for a64vm ${version}, generated by \`a64vm completion bash\`.
# Load it with: source <(a64vm completion bash)

_a64vm_hosts=${quoted(model.hosts)}
_a64vm_features=${quoted(model.features)}

_a64vm_word_values() {
  COMPREPLY=($(compgen -W "$1" -- "$cur"))
}

_a64vm_file_values() {
  type compopt >/dev/null 2>&1 && compopt -o filenames
  COMPREPLY=($(compgen -f -- "$cur"))
}

# A built-in host name, a custom host *.json file, or a folder on the way to one.
_a64vm_host_values() {
  type compopt >/dev/null 2>&1 && compopt -o filenames
  COMPREPLY=($(compgen -W "$_a64vm_hosts" -- "$cur") $(compgen -f -X '!*.[jJ][sS][oO][nN]' -- "$cur") $(compgen -d -- "$cur"))
}

# The last item of a +X,-Y list: a feature name (any case, FEAT_ optional) after its sign.
_a64vm_feature_values() {
  local head="" last="$cur" sign="" name restore
  if [[ $cur == *,* ]]; then head="\${cur%,*},"; last="\${cur##*,}"; fi
  if [[ $last == [+-]* ]]; then sign="\${last:0:1}"; last="\${last:1}"; fi
  last="\${last#[Ff][Ee][Aa][Tt]_}"
  restore=$(shopt -p nocasematch)
  shopt -s nocasematch
  COMPREPLY=()
  for name in $_a64vm_features; do
    [[ $name == "$last"* ]] && COMPREPLY+=("$head$sign$name")
  done
  eval "$restore"
  type compopt >/dev/null 2>&1 && compopt -o nospace
}

# Sets npos: how many positional arguments of the command come before the word being completed.
_a64vm_positional() {
  local i word
  npos=0
  for ((i = cmdat + 1; i < COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    if [[ $word == -* ]]; then
      [[ $word != *=* && " $valopts " == *" $word "* ]] && ((i++))
    elif [[ $word != "=" ]]; then
      ((npos++))
    fi
  done
}

_a64vm() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev="" cmd="" cmdat=0 opts valopts npos i
  ((COMP_CWORD > 0)) && prev=\${COMP_WORDS[COMP_CWORD - 1]}
  # --opt=value: bash splits at '=', so the option is two words back.
  if [[ $cur == "=" ]]; then cur=""; elif [[ $prev == "=" ]]; then prev=\${COMP_WORDS[COMP_CWORD - 2]}; fi
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ \${COMP_WORDS[i]} != -* ]]; then cmd=\${COMP_WORDS[i]}; cmdat=$i; break; fi
  done
  case "$cmd" in
    "")
      if [[ $cur == -* ]]; then _a64vm_word_values ${quoted(model.global.flatMap((o) => o.flags))}
      else _a64vm_word_values ${quoted([...model.commands.map((c) => c.name), "help"])}; fi
      ;;
    help) _a64vm_word_values ${quoted(model.commands.map((c) => c.name))} ;;
${commandCases.join("\n")}
  esac
}

complete -F _a64vm a64vm
`;
}

const zshValues = valuesIn(
  { host: "_a64vm_host_values", features: "_a64vm_feature_values", file: "_files", none: "return 1" },
  (list) => `compadd -- ${list.join(" ")}`,
);

/** A description safe inside zsh single quotes and _describe's name:description. */
function zshDescription(text: string): string {
  return text.replace(/'/g, "'\\''").replace(/:/g, "\\:").split("\n")[0]!;
}

/** The zsh script (`#compdef a64vm`): the same tree, with descriptions. */
export function zshScript(model: CompletionModel, version: string): string {
  const commandCases = model.commands.map((c) =>
    commandCase(c, {
      values: zshValues,
      opts: `(${c.options.flatMap((o) => o.flags.map((f) => `'${f}:${zshDescription(o.description)}'`)).join(" ")})`,
      valopts: (flags) => `(${flags.join(" ")})`,
      completeOptions: "_describe -t options 'option' opts",
      noArgs: "return 1",
    }),
  );
  const commands = model.commands.map((c) => `'${c.name}:${zshDescription(c.description)}'`);
  return `#compdef a64vm
# zsh completion for a64vm ${version}, generated by \`a64vm completion zsh\`.
# Load it with: source <(a64vm completion zsh), or save it as _a64vm in a folder of $fpath.

_a64vm_hosts=(${model.hosts.join(" ")})
_a64vm_features=(${model.features.join(" ")})

# A built-in host name, or a custom host *.json file.
_a64vm_host_values() {
  compadd -a _a64vm_hosts
  _files -g '*.json(-.)'
}

# The last item of a +X,-Y list: a feature name (any case, FEAT_ optional) after its sign.
_a64vm_feature_values() {
  compset -P '*,'
  compset -P '[+-]'
  compset -P '(#i)feat_'
  compadd -S '' -M 'm:{a-zA-Z}={A-Za-z}' -a _a64vm_features
}

# Sets npos: how many positional arguments of the command come before the word being completed.
_a64vm_positional() {
  local i word
  npos=0
  for ((i = cmdat + 1; i < CURRENT; i++)); do
    word=\${words[i]}
    if [[ $word == -* ]]; then
      [[ $word != *=* && \${valopts[(Ie)$word]} -gt 0 ]] && ((i++))
    else
      ((npos++))
    fi
  done
}

_a64vm() {
  local cur=\${words[CURRENT]} prev=\${words[CURRENT-1]} cmd="" cmdat=0 npos i
  local -a opts valopts commands
  commands=(${commands.join(" ")})
  for ((i = 2; i < CURRENT; i++)); do
    if [[ \${words[i]} != -* ]]; then cmd=\${words[i]}; cmdat=$i; break; fi
  done
  case "$cmd" in
    "")
      if [[ $cur == -* ]]; then compadd -- ${model.global.flatMap((o) => o.flags).join(" ")}
      else _describe -t commands 'a64vm command' commands; fi
      ;;
    help) _describe -t commands 'a64vm command' commands ;;
${commandCases.join("\n")}
  esac
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _a64vm "$@"
else
  compdef _a64vm a64vm
fi
`;
}
