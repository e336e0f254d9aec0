/** A mistake in how the command was called: exit status 2, one line on stderr. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** The command ran and failed for a reason the user can act on: exit status 1, one line on stderr. */
export class CommandFailure extends Error {
  readonly exitCode = 1;
}
