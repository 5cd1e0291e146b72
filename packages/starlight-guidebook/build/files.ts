import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';

/**
 * Runs `task` for every item with a few file operations in flight at a time. The build's
 * post-processing steps touch hundreds of files; one after another, the waits add up.
 */
export async function forEachFile<T>(items: Iterable<T>, task: (item: T) => Promise<void>): Promise<void> {
  const limit = pLimit(Math.max(4, availableParallelism() * 4));
  await Promise.all([...items].map((item) => limit(() => task(item))));
}
