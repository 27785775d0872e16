/** A failure the user can act on, with a stable code; `cause` keeps the underlying error. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

/** A storage driver failure, carrying the statement that failed. */
export class StorageError extends AppError {
  constructor(
    message: string,
    readonly query: string,
    options?: { cause?: unknown },
  ) {
    super('storage', message, options);
    this.name = 'StorageError';
  }
}

/** The user's search query could not be understood; `message` says where and why. */
export class QuerySyntaxError extends AppError {
  constructor(message: string) {
    super('query-syntax', message);
    this.name = 'QuerySyntaxError';
  }
}

/** What was asked for is not in the store (an actor, an assertion): exit status 1, not a usage error. */
export class NotFoundError extends AppError {
  constructor(message: string) {
    super('not-found', message);
    this.name = 'NotFoundError';
  }
}
