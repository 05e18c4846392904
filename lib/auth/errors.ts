/** Pages check roles first, so reaching this is a bug or an attack: callers turn it into a 403 or a
 *  refusal, never a stack trace. */
export class AuthorizationError extends Error {
  constructor(message = "Not allowed") {
    super(message);
    this.name = "AuthorizationError";
  }
}
