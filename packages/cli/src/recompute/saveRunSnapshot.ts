import { portfolioSummary, type EvaluationContext } from '@care-model/core';
import { type CurrentSettings, saveSnapshot } from '@care-model/hubspot';
import type { CliClient } from '../hubspot/cliClient';
import type { Portfolio } from './readPortfolio';
import type { CompanyChange } from './writeChanges';

/**
 * Stores the run's portfolio summary for the home page (decision 0008), from the KPI fields as the
 * run left them (the changes over the fields read): no read, one request.
 */
export async function saveRunSnapshot(
  cli: CliClient,
  portfolio: Portfolio,
  changes: readonly CompanyChange[],
  settings: CurrentSettings,
  ctx: EvaluationContext,
): Promise<void> {
  const written = new Map(changes.map((change) => [change.id, change.properties]));
  const companies = portfolio.companies.map(({ id, properties }) => ({
    id,
    properties: { ...properties, ...written.get(id) },
  }));
  const snapshot = {
    asOf: ctx.now,
    companies: companies.length,
    configVersion: settings.version,
    summary: portfolioSummary(companies, settings.config, ctx),
  };
  await cli.call((client) => saveSnapshot(client, snapshot, settings.records));
}
