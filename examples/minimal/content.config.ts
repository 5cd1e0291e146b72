// The engine's collections: pages from content/docs, worksheets from content/worksheets.
export { collections } from '../../src/config/collections.ts';
