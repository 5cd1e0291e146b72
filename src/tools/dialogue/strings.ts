/** Interface strings of the practice dialogue. */
const fi = {
  you: 'Sinä',
  prompt: 'Mitä vastaat? Valitse vastaus.',
  good: 'Hyvä vastaus.',
  ok: 'Käy, mutta voisi olla parempi.',
  retry: 'Yritä uudelleen.',
  done: 'Harjoitus on valmis.',
  tally: 'Hyviä vastauksia {good}, kelvollisia {ok}, uusia yrityksiä {retry}.',
  back: 'Peru viimeisin valinta',
  restart: 'Aloita alusta',
  translations: 'Näytä käännökset englanniksi',
  roles: 'Roolit: {other} ja {learner} (sinä).',
  setting: 'Tilanne',
  script: 'Käsikirjoitus ja vastausvaihtoehdot',
  scriptNext: 'jatkuu kohtaan {n}',
  scriptStay: 'yritä uudelleen samassa kohdassa',
  scriptEnd: 'Loppu',
  noScript: 'Harjoitus tarvitsee JavaScriptin. Alla on käsikirjoitus, jonka voitte käydä läpi yhdessä.',
  privacy: 'Harjoitus toimii kokonaan selaimessa. Mitään ei lähetetä minnekään.',
};

export type DialogueKey = keyof typeof fi;

const en: Record<DialogueKey, string> = {
  you: 'You',
  prompt: 'What do you answer? Choose an answer.',
  good: 'Good answer.',
  ok: 'That works, but it could be better.',
  retry: 'Try again.',
  done: 'The exercise is finished.',
  tally: 'Good answers {good}, acceptable {ok}, new tries {retry}.',
  back: 'Undo the last choice',
  restart: 'Start again',
  translations: 'Show English translations',
  roles: 'Roles: {other} and {learner} (you).',
  setting: 'Situation',
  script: 'Script and answer options',
  scriptNext: 'continues at {n}',
  scriptStay: 'try again at the same point',
  scriptEnd: 'End',
  noScript: 'The exercise needs JavaScript. Below is the script, which you can go through together.',
  privacy: 'The exercise runs entirely in the browser. Nothing is sent anywhere.',
};

const all: Record<string, Record<DialogueKey, string>> = { fi, en };

export function dialogueStrings(lang: string): Record<DialogueKey, string> {
  return all[lang.split('-')[0] ?? 'fi'] ?? fi;
}
