/**
 * CPU milliseconds this process spends from `start()` to the call of the function it returns. Time bounds in tests are
 * on CPU time: a runaway loop or regular expression burns it, and a machine busy with other work does not inflate it
 * as it inflates the wall clock.
 */
export function cpuTimer(): () => number {
  const started = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
}
