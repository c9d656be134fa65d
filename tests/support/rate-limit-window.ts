// Rate-limit windows are whole minutes of the database clock: a test that needs a burst of
// writes to land in one window starts it early in a minute (waiting up to ~20 s if need be).
// No database import, so browser/HTTP tests can use it too.

export async function untilFreshWindow(latestMsIntoMinute = 40_000): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > latestMsIntoMinute) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
}
