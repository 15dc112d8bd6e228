/**
 * A finished run became the contest's public results: its first publication, or a corrected run
 * replacing the published one. Emitted inside the publish transaction (TransactionalEvents), so a
 * handler's writes commit or roll back with the publication; certificates handle it to reissue.
 */
export class ResultsPublished {
  constructor(
    readonly contestId: number,
    readonly runId: number,
  ) {}
}
