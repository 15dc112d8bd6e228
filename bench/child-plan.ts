/**
 * A load-generating child process (judges' clients, autocannon-like load): it is sent its plan,
 * says it is ready, runs on "go" so that every child starts together, reports its result and exits.
 */
export function serveAsChild<P, R>(run: (plan: P) => Promise<R>): void {
  let plan: P | undefined;
  process.on('message', (message: { plan?: P; go?: true }) => {
    if (message.plan) {
      plan = message.plan;
      process.send!({ ready: true });
    } else if (message.go && plan) {
      run(plan).then(
        (result) => process.send!({ result }, () => process.exit(0)),
        (error: unknown) => process.send!({ error: String(error) }, () => process.exit(1)),
      );
    }
  });
}
