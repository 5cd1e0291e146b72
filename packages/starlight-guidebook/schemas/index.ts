/**
 * One way to load and validate data that authors write, for the engine and for tools built on it:
 * YAML or JSON through a zod schema, every problem as `file:line:col: field: reason` with one plain
 * reason from the shared error map (expected and found; unknown keys with the nearest known one).
 * See README.md in this folder.
 */

export { quietHookError } from '../config/hook-errors.ts';
export {
  AuthorError,
  DataError,
  describePath,
  formatPath,
  formatProblem,
  issueProblems,
  type Parsed,
  type ParseOptions,
  type Problem,
  parseData,
  positionOf,
  showEngineStack,
} from './data-file.ts';
export { describeValue, errorMap, unknownKeys } from './error-map.ts';
export { nearest } from './nearest.ts';
export { objectLiteralPositions } from './object-literal.ts';
export { loadDataFile, readDataFile } from './read-data-file.ts';
