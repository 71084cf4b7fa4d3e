import { plural, type TaskPriority, type TaskType } from '@care-model/core';
import type { ErrorCode } from '@care-model/contract';

export const commonEn = {
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'Something went wrong',
  errorHints: {
    invalid_input: 'The request was not valid.',
    not_found: 'The record was not found in HubSpot.',
    rate_limited: 'HubSpot is busy right now. Wait a moment and try again.',
    hubspot_error: 'HubSpot could not complete the request.',
    conflict: 'Someone else changed this at the same time.',
    config_invalid: 'The care model settings are not valid. Ask an admin to fix them.',
    not_installed:
      'The care model fields are not installed yet. Ask an admin to run "Install / repair fields" in the app settings.',
    forbidden: "Only an admin with the app's admin key can do this.",
  } satisfies Record<ErrorCode, string>,
  saved: 'Saved',
  failed: 'Not saved',
  notSet: 'Not set',
  taskType: { TODO: 'To-do', CALL: 'Call', EMAIL: 'Email' } satisfies Record<TaskType, string>,
  priority: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' } satisfies Record<TaskPriority, string>,
  valueClass: (c: string) => `Value class ${c}`,
  days: (n: number) => plural('en', n, { one: '# day', other: '# days' }),
  months: (n: number) => plural('en', n, { one: '# month', other: '# months' }),
};

export type CommonMessages = typeof commonEn;

export const commonFi: CommonMessages = {
  loading: 'Ladataan…',
  retry: 'Yritä uudelleen',
  errorTitle: 'Jokin meni vikaan',
  errorHints: {
    invalid_input: 'Pyyntö ei ollut kelvollinen.',
    not_found: 'Tietuetta ei löytynyt HubSpotista.',
    rate_limited: 'HubSpot on juuri nyt kiireinen. Odota hetki ja yritä uudelleen.',
    hubspot_error: 'HubSpot ei saanut pyyntöä valmiiksi.',
    conflict: 'Joku muu muutti tätä samaan aikaan.',
    config_invalid:
      'Asiakkuusmallin asetukset eivät ole kelvolliset. Pyydä ylläpitäjää korjaamaan ne.',
    not_installed:
      'Asiakkuusmallin kenttiä ei ole vielä asennettu. Pyydä ylläpitäjää ajamaan sovelluksen asetuksista "Asenna / korjaa kentät".',
    forbidden: 'Vain ylläpitäjä, jolla on sovelluksen ylläpitoavain, voi tehdä tämän.',
  },
  saved: 'Tallennettu',
  failed: 'Ei tallennettu',
  notSet: 'Ei asetettu',
  taskType: { TODO: 'Tehtävä', CALL: 'Puhelu', EMAIL: 'Sähköposti' },
  priority: { LOW: 'Matala', MEDIUM: 'Keskitaso', HIGH: 'Korkea' },
  valueClass: (c) => `Arvoluokka ${c}`,
  days: (n) => plural('fi', n, { one: '# päivä', other: '# päivää' }),
  months: (n) => plural('fi', n, { one: '# kuukausi', other: '# kuukautta' }),
};
