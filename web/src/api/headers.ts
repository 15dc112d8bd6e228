/**
 * For PUT …/scores, whose entries carry the versions they were read at: If-Match `*`, which the
 * server reads as no version. The document lists the header as required (TODO(issue 16): it is
 * optional, as its own description says), so the typed client asks for one.
 */
export const ANY_VERSION = { 'if-match': '*' } as const;
