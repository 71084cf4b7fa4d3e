import { Client } from '@hubspot/api-client';
import { readStepKey } from '@care-model/core';
import type { Page } from 'playwright-core';
import { launchBrowser } from '@care-model/preview';
import { generateDemoSeed } from '@care-model/sandbox';
import { demoAdminKey, findUnidentifiedCompany, startDemoPortal, token } from './demoPortal';

jest.setTimeout(60_000);

let portal: Awaited<ReturnType<typeof startDemoPortal>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let client: Client;
let page: Page;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startDemoPortal(), launchBrowser()]);
  client = new Client({ accessToken: token, basePath: portal.sandbox.url });
  page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

/** The tasks the sandbox holds for a company, read through HubSpot's own SDK. */
async function companyTasks(companyId: string) {
  const links = await client.crm.associations.v4.basicApi.getPage('companies', companyId, 'tasks');
  if (links.results.length === 0) return [];
  const tasks = await client.crm.objects.tasks.batchApi.read({
    inputs: links.results.map((link) => ({ id: String(link.toObjectId) })),
    properties: ['hs_task_subject', 'hs_task_body', 'hs_task_status'],
    propertiesWithHistory: [],
  });
  return tasks.results;
}

it('a rep assesses an unidentified company in the preview and creates its next-step tasks in the sandbox', async () => {
  const company = await findUnidentifiedCompany(portal.preview.url, client);
  const tasksBefore = await companyTasks(company.id);

  await page.goto(`${portal.preview.url}/#/companies`);
  await page.getByLabel('Care segment').selectOption('unidentified');
  await page.getByLabel('Search companies').fill(company.name);
  const row = page.locator(`.preview-companies tr[data-company-id="${company.id}"]`);
  await row.locator('[data-segment=unidentified]').waitFor();
  await row.getByRole('link', { name: company.name }).click();

  const card = page.locator('[data-extension=care_model_card]');
  const segment = card.getByTestId('segment');
  await expect(segment.textContent()).resolves.toBe('Unidentified');
  expect(await card.getByTestId('own-cell').count()).toBe(0);

  const scores = card.locator('select[name^="score-"]');
  expect(await scores.count()).toBeGreaterThan(0);
  for (const select of await scores.all()) await select.selectOption({ index: 4 });
  await card.locator('textarea[name=rationale]').fill('Expanding to three new sites next year.');
  await card.getByRole('button', { name: 'Save assessment' }).click();

  await page.getByText('Assessment saved; the company is classified again.').waitFor();
  expect(await segment.textContent()).not.toBe('Unidentified');
  const cell = await card.locator('td:has([data-testid=own-cell])').getAttribute('data-testid');
  expect(cell).toMatch(/^cell-[123]-high$/);
  await page.locator('.preview-about [data-segment]:not([data-segment=unidentified])').waitFor();

  const createTasks = card.getByRole('button', { name: /^Create tasks \(\d+\)$/ });
  const suggested = Number(/\((\d+)\)/.exec((await createTasks.textContent()) ?? '')?.[1]);
  expect(suggested).toBeGreaterThan(0);
  await createTasks.click();
  await createTasks.waitFor({ state: 'detached' });

  const created = (await companyTasks(company.id)).filter(
    (task) => !tasksBefore.some((before) => before.id === task.id),
  );
  expect(created).toHaveLength(suggested);
  for (const task of created) {
    expect(readStepKey(task.properties.hs_task_body)).toMatch(new RegExp(`^${company.id}:`));
  }
});

it('an admin saves the settings and a manager reads the home page in Finnish', async () => {
  await page.goto(`${portal.preview.url}/#/settings`);
  const settings = page.locator('[data-extension]').first();
  await settings.getByTestId('version').waitFor();
  await settings.getByLabel('Admin key').fill(demoAdminKey);
  await settings.getByRole('button', { name: 'Preview impact' }).click();
  await settings.getByTestId('impact').waitFor();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved as version 1.').first().waitFor();
  await settings
    .getByTestId('version')
    .filter({ hasText: /^Version 1, saved/ })
    .waitFor();
  const stored = await client.crm.objects.basicApi.getPage('care_model_settings', 10, undefined, [
    'care_config_version',
  ]);
  expect(stored.results.map((record) => record.properties.care_config_version)).toContain('1');

  await page.getByLabel('Language').selectOption('fi');
  await page.getByRole('link', { name: 'Care model home' }).click();
  await page.getByText('Asiakkuusmallin salkku').waitFor();
  await page.getByTestId('portfolio-matrix').waitFor();
});

it('an admin starts the portfolio recompute, leaves the page mid-way, comes back and it finishes', async () => {
  // 1 200 companies at 100–200 ms a call: the run takes several steps.
  const large = await startDemoPortal({
    seed: generateDemoSeed({ now: new Date('2026-11-02T09:00:00Z'), companies: 1200 }),
    latency: { minMs: 100, maxMs: 200, schemaCreateMs: 200 },
  });
  const largeClient = new Client({ accessToken: token, basePath: large.sandbox.url });
  try {
    await page.goto(`${large.preview.url}/#/settings`);
    await page.getByLabel('Language').selectOption('en');
    const settings = page.locator('[data-extension]').first();
    await settings.getByTestId('version').waitFor();
    await settings.getByLabel('Admin key').fill(demoAdminKey);
    await page.keyboard.press('Tab');
    // The admin leaves before the second step is sent: that request never reaches the function.
    await page.route('**/api/functions/recompute_portfolio', async (route) => {
      const action: unknown = route.request().postDataJSON()?.parameters?.action;
      if (action === 'step') await route.abort();
      else await route.continue();
    });
    await settings.getByRole('button', { name: 'Recompute portfolio', exact: true }).click();
    await settings.getByTestId('recomputeProgress').waitFor();
    await page.reload();
    await page.unroute('**/api/functions/recompute_portfolio');

    const back = page.locator('[data-extension]').first();
    await back.getByTestId('version').waitFor();
    await back.getByLabel('Admin key').fill(demoAdminKey);
    await page.keyboard.press('Tab');
    await back.getByText('Recompute 1 is under way; continuing.').waitFor();
    // The rest of the run is several steps of a few seconds each; on a loaded machine, more.
    await back
      .getByTestId('recomputeResult')
      .filter({ hasText: /companies evaluated/ })
      .waitFor({ timeout: 60_000 });
    await back.getByText('The home page now shows these figures.').waitFor();
    const stored = await largeClient.crm.objects.basicApi.getPage(
      'care_model_settings',
      10,
      undefined,
      ['care_recompute_run'],
    );
    const runs = stored.results.flatMap((r) =>
      r.properties.care_recompute_run
        ? [JSON.parse(r.properties.care_recompute_run) as unknown]
        : [],
    );
    expect(runs).toEqual([
      expect.objectContaining({ run: 1, phase: 'done', evaluated: 1200, snapshot: 'saved' }),
    ]);
  } finally {
    await large.close();
  }
}, 120_000);
