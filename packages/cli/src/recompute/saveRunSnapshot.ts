import { portfolioSummary, type EvaluationContext } from '@care-model/core';
import {
  saveSnapshot,
  type ChangeCursor,
  type CurrentSettings,
  type PortfolioSnapshot,
} from '@care-model/hubspot';
import type { CliClient } from '../hubspot/cliClient';
import type { Portfolio } from './readPortfolio';
import type { CompanyChange } from './companyChange';

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
  cursor: ChangeCursor,
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
    cursor,
  };
  await cli.call((client) => saveSnapshot(client, snapshot, settings.records));
}

/**
 * An incremental run read only some companies, so the summary stays the last full run's; the
 * snapshot is stored again with the new cursor (one request).
 */
export async function saveRunCursor(
  cli: CliClient,
  snapshot: PortfolioSnapshot,
  settings: CurrentSettings,
  cursor: ChangeCursor,
): Promise<void> {
  const kept = { ...snapshot, asOf: new Date(snapshot.asOf), cursor };
  await cli.call((client) => saveSnapshot(client, kept, settings.records));
}
