import { plural } from '@care-model/core';

export const recomputeEn = {
  title: 'Recompute portfolio',
  intro:
    'Classifies every company again with the saved settings and updates their care fields, in steps of a few seconds. You can close the page: coming back continues where it stopped.',
  needsKey: 'Enter the admin key above to recompute, or to continue a recompute under way.',
  withTasks: 'Also create the due next steps as tasks',
  start: 'Recompute portfolio',
  checking: 'Reading the state of the last recompute…',
  busy: 'Another admin is running this step; waiting for it…',
  progress: (percent: number) => `${percent} %`,
  timeLeft: (seconds: number) =>
    seconds < 60
      ? plural('en', seconds, { one: 'about # second left', other: 'about # seconds left' })
      : plural('en', Math.round(seconds / 60), {
          one: 'about # minute left',
          other: 'about # minutes left',
        }),
  phases: {
    values: 'Reading value amounts (Pareto)',
    companies: 'Evaluating companies',
    done: 'Done',
  },
  underWay: (run: number) => `Recompute ${run} is under way; continuing.`,
  done: (companies: number, changed: number) =>
    plural('en', companies, { one: '# company evaluated', other: '# companies evaluated' }) +
    `, ${plural('en', changed, { one: '# changed', other: '# changed' })}.`,
  tasks: (created: number, closed: number) =>
    plural('en', created, { one: '# task created', other: '# tasks created' }) +
    `, ${plural('en', closed, { one: '# closed', other: '# closed' })}.`,
  snapshotSaved: 'The home page now shows these figures.',
  snapshotSkipped:
    'The home page summary was not saved: it would not fit in a HubSpot property (too many owners).',
  finishedAt: (at: string) => `Last recompute finished ${at}.`,
  offer: 'These settings change segments. Recompute the portfolio now?',
  offerButton: 'Recompute now',
};

export type RecomputeMessages = typeof recomputeEn;

export const recomputeFi: RecomputeMessages = {
  title: 'Laske salkku uudelleen',
  intro:
    'Luokittelee jokaisen yrityksen uudelleen tallennetuilla asetuksilla ja päivittää niiden kentät muutaman sekunnin vaiheissa. Voit sulkea sivun: palatessasi laskenta jatkuu siitä, mihin se jäi.',
  needsKey:
    'Anna ylhäällä ylläpitäjän avain, niin voit laskea salkun uudelleen tai jatkaa kesken jäänyttä laskentaa.',
  withTasks: 'Luo myös erääntyneet seuraavat askeleet tehtäviksi',
  start: 'Laske salkku uudelleen',
  checking: 'Luetaan edellisen laskennan tilaa…',
  busy: 'Toinen ylläpitäjä tekee tätä vaihetta; odotetaan…',
  progress: (percent) => `${percent} %`,
  timeLeft: (seconds) =>
    seconds < 60 ? `noin ${seconds} s jäljellä` : `noin ${Math.round(seconds / 60)} min jäljellä`,
  phases: {
    values: 'Luetaan arvoja (Pareto)',
    companies: 'Arvioidaan yrityksiä',
    done: 'Valmis',
  },
  underWay: (run) => `Laskenta ${run} on kesken; jatketaan.`,
  done: (companies, changed) =>
    plural('fi', companies, { one: '# yritys arvioitu', other: '# yritystä arvioitu' }) +
    `, ${plural('fi', changed, { one: '# muuttui', other: '# muuttui' })}.`,
  tasks: (created, closed) =>
    plural('fi', created, { one: '# tehtävä luotu', other: '# tehtävää luotu' }) +
    `, ${plural('fi', closed, { one: '# suljettu', other: '# suljettu' })}.`,
  snapshotSaved: 'Etusivu näyttää nyt nämä luvut.',
  snapshotSkipped:
    'Etusivun yhteenvetoa ei tallennettu: se ei mahdu HubSpotin kenttään (liian monta vastuuhenkilöä).',
  finishedAt: (at) => `Edellinen laskenta valmistui ${at}.`,
  offer: 'Nämä asetukset muuttavat segmenttejä. Lasketaanko salkku uudelleen nyt?',
  offerButton: 'Laske nyt',
};
