import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, keyFor, toolKey } from '../../../worksheets/storage.ts';
import { ToolStore } from '../../../worksheets/tool-store.ts';
import { FakeStore } from './helpers.ts';

/** A tool whose only known fields are `q:a` and `q:b` with the values "yes" or "no". */
const fit = (fields: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => ['q:a', 'q:b'].includes(k) && ['yes', 'no'].includes(v as string)),
  );
const legacy = {
  key: 'old-tool:v1',
  read: (v: unknown) =>
    v && typeof v === 'object' ? { ...(v as { answers: Record<string, unknown> }).answers } : undefined,
};
const at = (ms: number) => new Date(1_800_000_000_000 + ms);

describe('ToolStore: the engine store for a site’s own tools', () => {
  it('saves, reads back, and keeps fields that no longer fit aside instead of dropping them', () => {
    const store = new FakeStore();
    const one = new ToolStore({ id: 'tool', fit, store }, at(0));
    expect(one.set({ 'q:a': 'yes', 'q:c': 'gone' }, at(1))).toBeUndefined();
    const two = new ToolStore({ id: 'tool', fit, store }, at(2));
    expect({ ...two.fields }).toEqual({ 'q:a': 'yes' });
    expect(two.env.removed).toEqual([{ id: 'q:c', value: 'gone', version: 1 }]);
    expect(store.data.has(toolKey('tool'))).toBe(true);
  });

  it('two pages of the tool saving different fields both keep theirs', () => {
    const store = new FakeStore();
    const a = new ToolStore({ id: 'tool', fit, store }, at(0));
    const b = new ToolStore({ id: 'tool', fit, store }, at(0));
    a.set({ 'q:a': 'yes' }, at(1));
    b.set({ 'q:b': 'no' }, at(2));
    expect({ ...new ToolStore({ id: 'tool', fit, store }).fields }).toEqual({ 'q:a': 'yes', 'q:b': 'no' });
  });

  it('moves the old layout over, and removes the old key only once the new one is saved', () => {
    const store = new FakeStore();
    store.data.set('old-tool:v1', JSON.stringify({ answers: { 'q:a': 'no' } }));
    const tool = new ToolStore({ id: 'tool', fit, legacy, store }, at(0));
    expect({ ...tool.fields }).toEqual({ 'q:a': 'no' });
    expect(store.data.has('old-tool:v1')).toBe(false);
    expect(JSON.parse(store.data.get(toolKey('tool')) ?? '{}').answers).toEqual({ 'q:a': 'no' });

    const full = new FakeStore();
    full.data.set('old-tool:v1', JSON.stringify({ answers: { 'q:a': 'no' } }));
    full.full = true;
    const kept = new ToolStore({ id: 'tool', fit, legacy, store: full }, at(0));
    expect(kept.problem).toBe('memory');
    expect({ ...kept.fields }).toEqual({ 'q:a': 'no' });
    expect(full.data.get('old-tool:v1')).toBe(JSON.stringify({ answers: { 'q:a': 'no' } }));
  });

  it('unreadable data is backed up, or left untouched and reported when it cannot be', () => {
    const store = new FakeStore();
    store.data.set(toolKey('tool'), '{broken');
    expect(new ToolStore({ id: 'tool', fit, store }, at(0)).problem).toBe('corrupt');
    expect([...store.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(1);

    const full = new FakeStore();
    full.data.set(toolKey('tool'), '{broken');
    full.full = true;
    const locked = new ToolStore({ id: 'tool', fit, store: full }, at(0));
    expect(locked.problem).toBe('locked');
    full.full = false;
    expect(locked.set({ 'q:a': 'yes' }, at(1))).toBe('locked');
    expect(full.data.get(toolKey('tool'))).toBe('{broken');
    expect(full.data.has(keyFor('tool'))).toBe(false);
  });

  it('with storage refused it works in memory and can export what was chosen', () => {
    const store = new FakeStore();
    store.disabled = true;
    const tool = new ToolStore({ id: 'tool', fit, store }, at(0));
    expect(tool.problem).toBe('memory');
    expect(tool.set({ 'q:b': 'yes' }, at(1))).toBe('memory');
    expect(JSON.parse(tool.exportFile(at(2))).worksheets[0].answers).toEqual({ 'q:b': 'yes' });
  });
});
