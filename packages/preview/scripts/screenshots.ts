import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { launchBrowser } from '../src/chromium';

/** Takes the README's screenshots from the preview that `care-model demo` serves, on a pinned date. */
const repoRoot = path.resolve(__dirname, '../../..');
const outDir = path.join(repoRoot, 'docs/screenshots');
const now = '2026-11-20T09:00:00.000Z';

function startDemo(): Promise<{ url: string; stop: () => void }> {
  const bin = path.join(repoRoot, 'node_modules/.bin/care-model');
  const child = spawn(bin, ['demo', '--port', '0', '--preview-port', '0', '--now', now], {
    cwd: repoRoot,
    env: { ...process.env, CARE_MODEL_NOW: now },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`care-model demo exited (${code}) before serving the preview`)),
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      process.stdout.write(`demo: ${line}\n`);
      const url = /^Preview[^:]*: (http:\/\/\S+)/.exec(line)?.[1];
      if (url) resolve({ url, stop: () => child.kill('SIGTERM') });
    });
  });
}

const companiesSchema = z.object({ companies: z.array(z.object({ id: z.string() })) });

async function firstCompany(url: string, segment: string): Promise<string> {
  const response = await fetch(`${url}/api/companies?segment=${segment}`);
  const id = companiesSchema.parse(await response.json()).companies[0]?.id;
  if (!id) throw new Error(`The demo has no ${segment} company.`);
  return id;
}

async function shoot(page: Page, url: string, ready: string, file: string, fullPage = true) {
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(outDir, file), fullPage });
  process.stdout.write(`docs/screenshots/${file}\n`);
}

async function main() {
  await mkdir(outDir, { recursive: true });
  const demo = await startDemo();
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const key = await firstCompany(demo.url, 'key');
    const unidentified = await firstCompany(demo.url, 'unidentified');
    await shoot(page, `${demo.url}/#/company/${key}`, '[data-testid=own-cell]', 'company-key.png');
    await shoot(
      page,
      `${demo.url}/#/company/${unidentified}`,
      '[data-testid=segment]',
      'company-unidentified.png',
    );
    await shoot(page, `${demo.url}/#/settings`, '[data-testid=version]', 'settings.png');
    await shoot(page, `${demo.url}/#/home`, '[data-testid=portfolio-matrix]', 'home.png', false);
  } finally {
    await browser.close();
    demo.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
