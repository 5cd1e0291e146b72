/**
 * The studification process model: phases, roles and documents, read from
 * content/data/<material>/malli.yaml and validated, so the page, the PDF image and the
 * text alternative all come from one source. The material is the page's (or a `data` prop).
 */
import { format } from 'starlight-guidebook/i18n';
import { DataError, loadDataFile, parseData } from 'starlight-guidebook/schemas';
import { localizedText, pickText } from 'starlight-guidebook/worksheets';
import { z } from 'zod';
import type { ModelStrings } from './strings.ts';

/** The model file of a material, relative to the project root. */
export function modelFile(material: string): string {
  return `content/data/${material}/malli.yaml`;
}

const roleId = z.string().regex(/^[a-z0-9-]+$/);

const modelSchema = z
  .object({
    title: localizedText,
    description: localizedText,
    roles: z.array(z.object({ id: roleId, label: localizedText }).strict()).min(1),
    legend: z
      .object({ lead: localizedText, part: localizedText, document: localizedText, phase: localizedText })
      .strict(),
    phases: z
      .array(
        z
          .object({
            id: roleId,
            title: localizedText,
            text: localizedText,
            lead: z.array(roleId).min(1),
            part: z.array(roleId).default([]),
            document: localizedText.optional(),
            loopTo: roleId.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((m, ctx) => {
    const roles = new Set(m.roles.map((r) => r.id));
    const phases = m.phases.map((p) => p.id);
    m.phases.forEach((p, i) => {
      for (const r of [...p.lead, ...p.part]) {
        if (!roles.has(r)) ctx.addIssue({ code: 'custom', path: ['phases', i], message: `unknown role "${r}"` });
      }
      if (p.lead.some((r) => p.part.includes(r))) {
        ctx.addIssue({ code: 'custom', path: ['phases', i], message: 'a role cannot both lead and take part' });
      }
      if (p.loopTo && phases.indexOf(p.loopTo) < 0) {
        ctx.addIssue({ code: 'custom', path: ['phases', i, 'loopTo'], message: `unknown phase "${p.loopTo}"` });
      } else if (p.loopTo && phases.indexOf(p.loopTo) >= i) {
        ctx.addIssue({
          code: 'custom',
          path: ['phases', i, 'loopTo'],
          message: 'a loop must go back to an earlier phase',
        });
      }
    });
  });

export type ProcessModel = z.infer<typeof modelSchema>;

/** Parses and validates the model; errors name the file, the line and the path inside it. */
export function parseModel(source: string, file = 'malli.yaml'): ProcessModel {
  const parsed = parseData(file, source, modelSchema);
  if (!parsed.ok) throw new DataError(parsed.problems, 'The studification model is not valid');
  return parsed.data;
}

/** Reads the model from the project (build time only: the page and the PDF step run in Node). */
export function loadModel(material: string, root = process.cwd()): ProcessModel {
  if (!material)
    throw new Error('<StudificationModel>: no material; put the page in a material folder or give data="…"');
  return loadDataFile(root, modelFile(material), modelSchema, 'The studification model is not valid');
}

/** One phase in words: the text alternative of the diagram. */
export interface PhaseText {
  n: number;
  title: string;
  text: string;
  lead: string[];
  part: string[];
  document?: string;
}

export function phaseTexts(model: ProcessModel, lang: string): PhaseText[] {
  const role = new Map(model.roles.map((r) => [r.id, pickText(r.label, lang)]));
  return model.phases.map((p, i) => ({
    n: i + 1,
    title: pickText(p.title, lang),
    text: pickText(p.text, lang),
    lead: p.lead.map((r) => role.get(r) ?? r),
    part: p.part.map((r) => role.get(r) ?? r),
    ...(p.document ? { document: pickText(p.document, lang) } : {}),
  }));
}

/** The sentence that follows a phase's title in the text alternative. */
export function phaseSentence(p: PhaseText, s: ModelStrings): string {
  const parts = [p.text];
  parts.push(format(s.responsible, { who: p.lead.join(', ') }));
  if (p.part.length) parts.push(format(s.takesPart, { who: p.part.join(', ') }));
  if (p.document) parts.push(format(s.document, { document: p.document }));
  return parts.join(' ');
}

/** Path of the SVG file (under public/) that the PDF books use for a locale. */
export function modelImagePath(material: string, lang: string): string {
  return `/images/${material}/malli-${lang.startsWith('en') ? 'en' : 'fi'}.svg`;
}
