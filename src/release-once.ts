/** A release that does its work on the first call only: a holder may let go more than once. */
export function releaseOnce(release: () => Promise<void>): () => Promise<void> {
  let held = true;
  return async () => {
    if (!held) return;
    held = false;
    await release();
  };
}
