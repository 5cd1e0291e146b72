import { copyFile, link, rm } from 'node:fs/promises';
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

/**
 * Puts a cached file (a PDF, a social card) into the built site as a hard link: no bytes are
 * written, and emptying dist/ at the next build frees nothing but the name. Cached files are
 * never changed in place (new content gets a new name), so the link stays right. Where a link
 * cannot be made (another file system) the file is copied.
 */
export async function placeFile(source: string, target: string): Promise<void> {
  await rm(target, { force: true });
  try {
    await link(source, target);
  } catch {
    await copyFile(source, target);
  }
}
