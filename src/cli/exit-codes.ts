/** Exit statuses, as documented in the README. */
export const EXIT = {
  ok: 0,
  /** Some inputs failed (or the requested article does not exist); the rest was done. */
  someFailed: 1,
  /** The command line or the query was wrong; nothing was done. */
  usage: 2,
  /** The store could not be opened or written. */
  storage: 3,
  /** A bug in armstrace: the message asks for a report. */
  internal: 4,
  /** `eval` ran fine but a score is below the floor asked for (--min-f1, --min-precision). */
  belowFloor: 5,
} as const;
