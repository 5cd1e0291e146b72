/** Interface texts of the trial planner (content texts live in the YAML data). */
const strings = {
  fi: {
    questions: 'Kysymykset työpaikastasi',
    questionsIntro: 'Valitse jokaisesta kysymyksestä sopivin vaihtoehto. Lista päivittyy heti, kun vastaat.',
    result: 'Tarkistuslistasi',
    noScript: 'Alla on koko tarkistuslista. Kun JavaScript on käytössä, lista räätälöityy vastaustesi mukaan.',
    summary: 'Vastauksesi',
    notAnswered: 'ei vastattu',
    appliesIf: 'Koskee, jos',
    readMore: 'Lue lisää',
    status: (items: number, answered: number, total: number) =>
      `Tarkistuslistalla on ${items} kohtaa. Olet vastannut ${answered}/${total} kysymykseen.`,
    phaseCount: (done: number, all: number) => `${done}/${all} tehty`,
    print: 'Tulosta suunnitelma',
    reset: 'Tyhjennä vastaukset',
    resetDone: 'Vastaukset tyhjennetty.',
    privacy:
      'Vastauksesi ja rastisi tallentuvat vain tähän selaimeen. Niitä ei lähetetä minnekään. Tyhjennä vastaukset, jos käytät yhteistä tietokonetta.',
    printed: 'Tulostettu',
    notes: 'Muistiinpanot',
    printIntro:
      'Tässä on suunnittelijan koko tarkistuslista. Kohdat, joissa lukee "Koskee, jos", koskevat vain osaa kokeiluista. Verkossa suunnittelija näyttää vain sinun vastauksiisi sopivat kohdat:',
    printLink: 'kokeilun suunnittelija verkossa',
    problem: {
      memory:
        'Selaimesi ei salli tallentamista (esimerkiksi yksityinen selaustila tai tallennustila täynnä). Suunnittelija toimii, mutta vastaukset katoavat, kun suljet sivun. Tulosta suunnitelma tai lataa vastaukset tiedostoon.',
      locked:
        'Aiemmin tallennettuja vastauksia ei voitu lukea eikä siirtää talteen, koska selaimen tallennustila on täynnä. Niihin ei ole koskettu. Uusia vastauksia ei tallenneta: tulosta suunnitelma tai lataa vastaukset tiedostoon.',
      corrupt:
        'Aiemmin tallennettuja vastauksia ei voitu lukea. Niitä ei ole poistettu: ne on siirretty talteen tämän selaimen muistiin, ja ne tulevat mukaan, kun viet työlomakkeiden kaikki vastaukset tiedostoon.',
    },
    exportButton: 'Lataa vastaukset tiedostoon (JSON)',
    exportFile: 'kokeilun-suunnittelija',
  },
  en: {
    questions: 'Questions about your workplace',
    questionsIntro: 'Choose the best option for each question. The list updates as soon as you answer.',
    result: 'Your checklist',
    noScript: 'Below is the full checklist. With JavaScript on, the list is tailored to your answers.',
    summary: 'Your answers',
    notAnswered: 'not answered',
    appliesIf: 'Applies if',
    readMore: 'Read more',
    status: (items: number, answered: number, total: number) =>
      `The checklist has ${items} items. You have answered ${answered} of ${total} questions.`,
    phaseCount: (done: number, all: number) => `${done} of ${all} done`,
    print: 'Print the plan',
    reset: 'Clear answers',
    resetDone: 'Answers cleared.',
    privacy:
      'Your answers and ticks are saved only in this browser. They are not sent anywhere. Clear your answers if you use a shared computer.',
    printed: 'Printed',
    notes: 'Notes',
    printIntro:
      'This is the full checklist of the planner. Items marked "Applies if" concern only some trials. Online, the planner shows only the items that fit your answers:',
    printLink: 'the trial planner online',
    problem: {
      memory:
        'Your browser does not allow saving (for example private browsing, or storage is full). The planner works, but your answers will be lost when you close the page. Print the plan or download your answers as a file.',
      locked:
        'Answers saved earlier could not be read, and they could not be moved to a backup because the browser storage is full. They have not been touched. New answers are not saved: print the plan or download your answers as a file.',
      corrupt:
        'Answers saved earlier could not be read. They have not been deleted: they were moved to a backup in this browser, and they are included when you export the answers to all worksheets.',
    },
    exportButton: 'Download the answers as a file (JSON)',
    exportFile: 'trial-planner',
  },
};

export type PlannerStrings = (typeof strings)['fi'];

export function plannerStrings(locale: string): PlannerStrings {
  return (strings as Record<string, PlannerStrings>)[locale] ?? strings.fi;
}
