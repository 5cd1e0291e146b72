/** The comparison of two self-assessments in the browser (CompetenceProgress.astro loads this once the worksheet holds answers: lazy.ts). */
import type { SheetSpec } from 'starlight-guidebook/worksheets/answers';
import { specFor } from './form-spec.ts';
import { compareRatings } from './progress.ts';
import { renderProgress } from './progress-dom.ts';
import { followAnswers } from './stored.ts';
import type { ProgressStrings } from './strings.ts';

interface Config {
  spec?: SheetSpec;
  worksheet: string;
  from: string;
  to: string;
  labels: { from: string; to: string };
}

export function startProgress(root: HTMLElement): void {
  const config = JSON.parse(root.querySelector('[data-opin-progress-spec]')?.textContent ?? '{}') as Config;
  const spec = config.spec ?? specFor<SheetSpec>(undefined, config.worksheet);
  const body = root.querySelector<HTMLElement>('[data-opin-progress-body]');
  if (!body || !spec?.id) return;
  const t = JSON.parse(root.dataset.strings ?? '{}') as ProgressStrings;
  followAnswers(spec, (answers) => {
    const c = compareRatings(spec, answers, config.from, config.to, config.labels);
    if (c) renderProgress(body, c, t);
  });
}
