import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WordAnalysis } from '../word-table.ts';

const script = fileURLToPath(new URL('./voikko-analyse.py', import.meta.url));

/** Debian's python3 has python3-libvoikko; a python3 found first on PATH (pyenv, venv) may not. */
const python = () => process.env.GUIDEBOOK_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

export const voikkoInstall = 'apt-get install python3-libvoikko voikko-fi';

export interface Analysis {
  /** `voikko<TAB><language><TAB><dictionary>`: what made the analysis. */
  analyser: string;
  forms: Map<string, WordAnalysis>;
}

/**
 * Base forms and compound parts of word forms from Voikko, through its Python binding
 * (voikko-analyse.py): one process for all the words. Rejects with the install command when
 * Voikko or its dictionary is missing.
 */
export function analyseWithVoikko(words: readonly string[], language: string): Promise<Analysis> {
  return new Promise((resolve, reject) => {
    const child = spawn(python(), [script, language], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.on('error', (error) => reject(new Error(`Voikko: could not start ${python()}: ${error.message}`)));
    child.on('close', (code) => {
      if (code !== 0) {
        reject(
          new Error(
            `Voikko (language "${language}") is not available: ${err.trim().split('\n').at(-1) ?? `exit ${code}`}\n` +
              `Install it with: ${voikkoInstall}`,
          ),
        );
        return;
      }
      const [head = '', ...lines] = out.split('\n');
      const forms = new Map<string, WordAnalysis>();
      for (const line of lines) {
        if (!line) continue;
        const [form = '', lemmas = '', parts = ''] = line.split('\t');
        forms.set(form, { lemmas: lemmas.split(' ').filter(Boolean), parts: parts.split(' ').filter(Boolean) });
      }
      resolve({ analyser: head.replace(/^#/, ''), forms });
    });
    child.stdin.end(`${words.join('\n')}\n`);
  });
}

/** Whether Voikko answers for a language on this machine (tests that need it say so when not). */
export async function voikkoAvailable(language: string): Promise<boolean> {
  try {
    await analyseWithVoikko(['testi'], language);
    return true;
  } catch {
    return false;
  }
}
