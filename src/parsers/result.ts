/** What every parser wrapper returns: a value, or an error with an optional 1-based line. Never throws. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string; line?: number };
