import { Argument, type Command } from "commander";

/** `a64vm completion bash|zsh`: a completion script generated from this command tree. */
export function registerCompletion(program: Command): void {
  program
    .command("completion")
    .description("print a shell completion script (commands, options, host names, +/-FEAT names)")
    .addArgument(new Argument("<shell>", "the shell to complete in").choices(["bash", "zsh"]))
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  $ source <(a64vm completion bash)                       # this bash session",
        "  $ a64vm completion bash > ~/.local/share/bash-completion/completions/a64vm",
        "  $ a64vm completion zsh > $fpath[1]/_a64vm                 # zsh, from the next session",
      ].join("\n"),
    )
    .action(async (shell: "bash" | "zsh", _options: object, command: Command) =>
      (await import("../actions/completion")).action(shell, command.parent!),
    );
}
