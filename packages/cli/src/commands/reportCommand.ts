import {
  portfolioSummary,
  segmentLabel,
  storedCompanyPropertyNames,
  type CareConfig,
  type PortfolioSummary,
} from '@care-model/core';
import { Command } from 'commander';
import { z } from 'zod';
import { runVerb } from '../cli/runVerb';
import { connect } from '../cli/connect';
import { flagSchemas, parseFlags, withTargetFlags } from '../cli/parseFlags';
import { companyPages, listPages } from '../hubspot/companyPages';
import { output } from '../output';

const reportFlagsSchema = z.object({
  json: z.boolean().default(false),
  now: flagSchemas.now.optional(),
  rateLimit: flagSchemas.rateLimit,
});

const percent = (value: number | null) => (value === null ? '–' : `${value} %`);
const amount = (value: number) => Math.round(value).toLocaleString('en-US');

function printTables(summary: PortfolioSummary, config: CareConfig): void {
  output.line(`Portfolio on ${summary.today}`);
  output.table(
    ['Segment', 'Companies', 'Value'],
    summary.segments.rows.map((row) => [
      segmentLabel(config, row.segment, config.locale),
      row.count,
      amount(row.valueAmount),
    ]),
  );
  output.table(
    ['Value class', 'Potential', 'Companies', 'Value'],
    summary.matrix.cells.map((c) => [c.valueClass, c.band, c.count, amount(c.valueAmount)]),
  );
  const owners = [...summary.owners.rows, summary.owners.total];
  output.table(
    [
      'Owner',
      'Companies',
      'Value',
      'Cadence',
      'Plans',
      'Next step',
      'Reviews overdue',
      'Unidentified',
    ],
    owners.map((row, index) => [
      index === owners.length - 1 ? 'All' : (row.ownerId ?? '(no owner)'),
      row.count,
      amount(row.valueAmount),
      percent(row.cadenceCompliance),
      percent(row.planCoverage),
      percent(row.nextStepCoverage),
      row.overdueReviews,
      percent(row.unidentifiedShare),
    ]),
  );
  output.line(`Unidentified backlog: ${summary.unidentifiedBacklog.count} companies`);
}

async function report(raw: Record<string, unknown>): Promise<void> {
  const flags = parseFlags(reportFlagsSchema, raw);
  const { cli, settings } = await connect(raw, { ratePer10s: flags.rateLimit });
  const companies = [];
  for await (const page of listPages(cli, companyPages(storedCompanyPropertyNames)))
    companies.push(...page.records);
  const { config, timeZone } = settings;
  const summary = portfolioSummary(companies, config, { now: flags.now ?? new Date(), timeZone });
  if (flags.json) output.json({ configVersion: settings.version, timeZone, ...summary });
  else printTables(summary, config);
}

export function reportCommand(): Command {
  return withTargetFlags(new Command('report'))
    .description(
      'Print the portfolio KPIs (per segment, per owner, the matrix) from the stored KPI fields',
    )
    .option('--json', 'print JSON instead of tables')
    .option('--now <iso>', 'the date the KPIs are taken on (default: now)')
    .option('--rate-limit <n>', 'requests per 10 s the portal allows', '190')
    .action(runVerb(report));
}
