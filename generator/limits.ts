/**
 * Every bound on the work a spec can make the generator do, in one place. A spec is untrusted
 * input: its sizes (`minLength: 100000`, `minItems: 10000000`), its nesting and its YAML aliases
 * must not decide how long a run takes or how much memory it needs. Each limit sits far above
 * what real APIs use, and reaching one is reported where it is reached.
 */

/**
 * Deepest nesting of objects and arrays a document may have (load/parse.ts refuses deeper ones
 * with their line:column). Public APIs nest up to 34 levels (2,700 specs of APIs.guru and
 * @readme/oas-examples); the later stages recurse over schemas.
 */
export const MAX_DOCUMENT_DEPTH = 256

/** YAML alias expansions allowed in one document (the `yaml` package's guard against "billion laughs"). */
export const MAX_YAML_ALIAS_COUNT = 10_000

/**
 * Largest document read from a URL (load/fetch.ts), the spec or a remote `$ref`: a server must
 * not be able to stream without end into memory. The largest public spec (Microsoft Graph beta,
 * APIs.guru) is 47 MB.
 */
export const MAX_REMOTE_DOCUMENT_BYTES = 128 * 1024 * 1024

/** How long a document read from a URL may take, from the request to its last byte. */
export const REMOTE_DOCUMENT_TIMEOUT_MS = 30_000

/** Named schemas expanded inside one another to merge an allOf (model/schema.ts); real specs need a handful. */
export const MAX_EXPANSION_DEPTH = 64

/*
 * What an example shows (examples/constraints.ts, examples/synthesize.ts): a larger size is cut,
 * and the spec check (model/lint.ts) warns that the example then breaks its schema.
 */

/** Longest string an example shows. */
export const MAX_EXAMPLE_STRING_LENGTH = 1000
/** Most items of a list, or properties added to meet `minProperties`, an example shows. */
export const MAX_EXAMPLE_ITEMS = 100
/** Named schemas nested in one example before it is cut as if it were a cycle. */
export const MAX_EXAMPLE_REF_DEPTH = 64
/** Values made for one example; past it, lists stop at their first item (nested sizes multiply). */
export const EXAMPLE_VALUE_BUDGET = 20_000
