/**
 * Where each key and list item of an object literal starts in JavaScript/TypeScript source, so a
 * problem in a config written as code (`site.config.ts`) can name its line like a YAML file's.
 * A small scanner, not a parser: it follows brackets, strings and comments, which is all an object
 * literal of settings needs. Paths are formatted as `materials[0].slug`.
 */
export function objectLiteralPositions(source: string, from = 0): Map<string, { line: number; col: number }> {
  const positions = new Map<string, { line: number; col: number }>();
  const open = source.indexOf('{', from);
  if (open < 0) return positions;
  interface Frame {
    bracket: '{' | '[' | '(';
    path: string;
    key?: string;
    index: number;
    /** At a place where a key (in `{}`) or an item (in `[]`) starts. */
    fresh: boolean;
  }
  const stack: Frame[] = [];
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const at = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= offset) line++;
    return { line: line + 1, col: offset - (lineStarts[line] as number) + 1 };
  };
  const join = (path: string, key: string | number) =>
    typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
  const childPath = (frame: Frame | undefined) =>
    !frame
      ? ''
      : frame.bracket === '{'
        ? join(frame.path, frame.key ?? '?')
        : frame.bracket === '['
          ? join(frame.path, frame.index)
          : frame.path;

  positions.set('', at(open));
  let i = open;
  while (i < source.length) {
    const c = source[i] as string;
    const top = stack[stack.length - 1];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 2;
      if (i < 2) break;
      continue;
    }
    // An item of a list starts here.
    if (top?.bracket === '[' && top.fresh && c !== ']') {
      positions.set(join(top.path, top.index), at(i));
      top.fresh = false;
    }
    if (c === '"' || c === "'" || c === '`') {
      const start = i;
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
      i++;
      if (top?.bracket === '{' && top.fresh) keyAt(source.slice(start + 1, i - 1), start);
      continue;
    }
    if (c === '{' || c === '[' || c === '(') {
      stack.push({ bracket: c, path: childPath(top), index: 0, fresh: true });
      if (top) top.fresh = false;
      i++;
      continue;
    }
    if (c === '}' || c === ']' || c === ')') {
      stack.pop();
      if (stack.length === 0) break;
      i++;
      continue;
    }
    if (c === ',' && top) {
      if (top.bracket === '[') top.index++;
      top.fresh = true;
      i++;
      continue;
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(source.slice(i, i + 200))?.[0];
    if (word) {
      if (top?.bracket === '{' && top.fresh) keyAt(word, i);
      i += word.length;
      continue;
    }
    i++;
  }
  return positions;

  /** A key if a colon follows (not a shorthand property or a spread). */
  function keyAt(key: string, offset: number) {
    const top = stack[stack.length - 1] as Frame;
    const rest = source.slice(offset + key.length + (source[offset] === key[0] ? 0 : 2));
    if (!/^\s*:/.test(rest)) return;
    top.key = key;
    top.fresh = false;
    positions.set(join(top.path, key), at(offset));
  }
}
