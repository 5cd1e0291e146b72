import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fieldAnswers } from '../../../fields/answers.ts';
import { fieldControls } from '../../../fields/controls.ts';
import { fieldFills } from '../../../fields/fill.ts';
import { fieldRenderers } from '../../../fields/pdf.ts';
import { field, fieldSchemas, fieldTypes } from '../../../fields/schemas.ts';
import { fieldSpecs } from '../../../fields/specs.ts';
import { fieldSummaries } from '../../../fields/summaries.ts';

/**
 * A field type is one folder, fields/<type>/, with a module per aspect, each registered in its
 * aspect's registry. A type in the schema's union that misses an aspect fails here, not in a
 * participant's browser or a PDF made at build time.
 */
const fieldsDir = fileURLToPath(new URL('../../../fields/', import.meta.url));
const unionTypes = field.options.map((o) => o.shape.type.value);
/** Types that take an answer: every type whose fields have `required` (all but `info`). */
const answerable = unionTypes.filter((type) => 'required' in fieldSchemas[type].shape);
const keys = (registry: object) => Object.keys(registry).sort();

describe('field types', () => {
  it('the union, the list of types and the schema registry name the same types', () => {
    expect([...unionTypes].sort()).toEqual([...fieldTypes].sort());
    expect(keys(fieldSchemas)).toEqual([...unionTypes].sort());
    expect(answerable.length).toBeGreaterThan(0);
    expect(answerable).not.toContain('info');
  });

  it.each(unionTypes)('%s has its own folder with a schema, a form and a PDF renderer, each registered', (type) => {
    for (const file of ['schema.ts', 'Form.astro', 'pdf.ts'])
      expect(existsSync(`${fieldsDir}${type}/${file}`)).toBe(true);
    expect(fieldSchemas[type]).toBeDefined();
    expect(typeof fieldRenderers[type]?.start).toBe('function');
    expect(typeof fieldRenderers[type]?.draw).toBe('function');
    // The form registry imports .astro files, which only Astro's compiler reads: its source names each.
    expect(readFileSync(`${fieldsDir}forms.ts`, 'utf8')).toContain(`from './${type}/Form.astro'`);
  });

  it.each(answerable)(
    '%s has its answer aspects (spec, answer, summary, controls, fill), each in its folder and registered',
    (type) => {
      for (const file of ['spec.ts', 'answer.ts', 'summary.ts', 'controls.ts', 'fill.ts'])
        expect(existsSync(`${fieldsDir}${type}/${file}`), `${type}/${file}`).toBe(true);
      const t = type as keyof typeof fieldAnswers;
      expect(typeof fieldSpecs[t]).toBe('function');
      expect(typeof fieldAnswers[t]?.check).toBe('function');
      expect(typeof fieldAnswers[t]?.isAnswered).toBe('function');
      expect(typeof fieldSummaries[t]).toBe('function');
      expect(typeof fieldControls[t]?.read).toBe('function');
      expect(typeof fieldControls[t]?.write).toBe('function');
      expect(typeof fieldFills[t]).toBe('function');
    },
  );

  it('the answer aspects register exactly the answerable types', () => {
    for (const registry of [fieldSpecs, fieldAnswers, fieldSummaries, fieldControls, fieldFills])
      expect(keys(registry)).toEqual([...answerable].sort());
  });
});
