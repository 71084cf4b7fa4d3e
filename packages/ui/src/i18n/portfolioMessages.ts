import { plural } from '@care-model/core';
export const portfolioEn = {
  title: 'Care model portfolio',
  loading: 'Loading the portfolio…',
  live: (asOf: string) => `Live figures, read ${asOf}.`,
  snapshot: (asOf: string, age: string) => `From the snapshot of ${asOf} (${age}).`,
  companies: (n: number) => plural('en', n, { one: '# company', other: '# companies' }),
  emptyTitle: 'No companies in the care model yet',
  empty:
    'Once companies are classified (run the portfolio recompute, or open a company and assess it), the matrix and the KPIs appear here.',
  matrixTitle: 'Portfolio matrix',
  cell: (count: number, value: string) => `${count} · ${value}`,
  segmentsTitle: 'Segments',
  kpiTitle: 'KPIs per owner',
  owner: 'Owner',
  noOwner: 'No owner',
  everyone: 'All owners',
  count: 'Companies',
  value: 'Value',
  cadenceCompliance: 'Cadence compliance',
  planCoverage: 'Plan coverage',
  nextStepCoverage: 'Next-step coverage',
  overdueReviews: 'Overdue reviews',
  insufficientData: 'Insufficient data',
  backlogTitle: 'Unidentified backlog',
  backlogCount: (n: number) =>
    plural('en', n, {
      one: '# company waits for a potential assessment.',
      other: '# companies wait for a potential assessment.',
    }),
  backlogEmpty: 'No unidentified companies: every company has a segment.',
  backlogMore: (n: number, segment: string) =>
    `and ${n} more — Companies report: filter Care segment is ${segment}`,
  changesTitle: 'Recent segment changes',
  changesEmpty: 'No segment changes yet.',
  changedAt: 'Changed',
  company: 'Company',
  segment: 'Segment',
  unnamed: (id: string) => `Company ${id}`,
};

export type PortfolioMessages = typeof portfolioEn;

export const portfolioFi: PortfolioMessages = {
  title: 'Asiakkuusmallin salkku',
  loading: 'Ladataan salkkua…',
  live: (asOf) => `Ajantasaiset luvut, luettu ${asOf}.`,
  snapshot: (asOf, age) => `Tilannekuvasta ${asOf} (${age}).`,
  companies: (n) => plural('fi', n, { one: '# yritys', other: '# yritystä' }),
  emptyTitle: 'Asiakkuusmallissa ei ole vielä yrityksiä',
  empty:
    'Kun yritykset on luokiteltu (aja salkun uudelleenlaskenta tai avaa yritys ja arvioi se), matriisi ja mittarit näkyvät tässä.',
  matrixTitle: 'Salkun matriisi',
  cell: (count, value) => `${count} · ${value}`,
  segmentsTitle: 'Segmentit',
  kpiTitle: 'Mittarit vastuuhenkilöittäin',
  owner: 'Vastuuhenkilö',
  noOwner: 'Ei vastuuhenkilöä',
  everyone: 'Kaikki',
  count: 'Yrityksiä',
  value: 'Arvo',
  cadenceCompliance: 'Yhteydenottorytmissä',
  planCoverage: 'Suunnitelmien kattavuus',
  nextStepCoverage: 'Seuraavan askeleen kattavuus',
  overdueReviews: 'Myöhässä olevat katsaukset',
  insufficientData: 'Tiedot eivät riitä',
  backlogTitle: 'Tunnistamattomat',
  backlogCount: (n) =>
    plural('fi', n, {
      one: '# yritys odottaa potentiaalin arviointia.',
      other: '# yritystä odottaa potentiaalin arviointia.',
    }),
  backlogEmpty: 'Ei tunnistamattomia yrityksiä: jokaisella on segmentti.',
  backlogMore: (n, segment) =>
    `ja ${n} muuta — Yritysraportti: suodatin Hoitosegmentti on ${segment}`,
  changesTitle: 'Viimeisimmät segmenttimuutokset',
  changesEmpty: 'Ei vielä segmenttimuutoksia.',
  changedAt: 'Muuttunut',
  company: 'Yritys',
  segment: 'Segmentti',
  unnamed: (id) => `Yritys ${id}`,
};
