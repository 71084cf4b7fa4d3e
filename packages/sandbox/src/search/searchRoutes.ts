import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../http/context';
import { hubspotError, validationError } from '../http/errors';
import { param, parseInput, readParams } from '../http/parse';
import { requireType } from '../objects/lookup';
import { viewRecord } from '../objects/recordViews';
import type { CrmRecord, ObjectTypeState } from '../state/store';
import { comparable, matchFilter } from './matchFilter';
import { type SearchRequest, searchRequestSchema } from './searchRequest';

const MAX_LIMIT = 200;
const MAX_GROUPS = 5;
const MAX_FILTERS_PER_GROUP = 6;
const RESULT_CAP = 10_000;

function checkRequest(state: ObjectTypeState, request: SearchRequest): void {
  if (request.limit > MAX_LIMIT)
    throw validationError(`limit must be less than or equal to ${MAX_LIMIT}, got ${request.limit}`);
  if (request.filterGroups.length > MAX_GROUPS)
    throw validationError(
      `Too many filter groups: ${request.filterGroups.length}. The maximum is ${MAX_GROUPS}.`,
    );
  for (const group of request.filterGroups) {
    if (group.filters.length > MAX_FILTERS_PER_GROUP)
      throw validationError(
        `Too many filters in a group: ${group.filters.length}. The maximum is ${MAX_FILTERS_PER_GROUP}.`,
      );
    for (const filter of group.filters) {
      if (
        !filter.propertyName.startsWith('associations.') &&
        !state.properties.has(filter.propertyName)
      ) {
        throw validationError(
          `There was a problem with the request: property ${filter.propertyName} does not exist`,
        );
      }
    }
  }
}

/** `POST /crm/v3/objects/{objectType}/search`: a linear scan over live records. */
export function registerSearchRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { store } = context;
  app.post('/crm/v3/objects/:objectType/search', async (request) => {
    const state = requireType(store, param(readParams(request.params), 'objectType'));
    const body = parseInput(searchRequestSchema, request.body ?? {});
    checkRequest(state, body);
    const offset = Number(body.after ?? '0') || 0;
    if (offset + body.limit > RESULT_CAP) {
      throw validationError(
        `Search results are limited to ${RESULT_CAP} records: after (${offset}) + limit (${body.limit}) exceeds the cap`,
      );
    }
    const text = body.query?.toLowerCase();
    const matches: CrmRecord[] = [];
    const deadline = context.timer.now() + context.searchTimeLimitMs;
    let scanned = 0;
    for (const record of state.records.values()) {
      scanned += 1;
      if (scanned % 256 === 0 && context.timer.now() > deadline)
        throw hubspotError(
          500,
          'INTERNAL_ERROR',
          `Search exceeded the sandbox's time limit of ${context.searchTimeLimitMs} ms`,
        );
      if (record.archived) continue;
      if (
        text &&
        !Object.values(record.properties).some((value) => value.toLowerCase().includes(text))
      )
        continue;
      const groups = body.filterGroups;
      if (
        groups.length > 0 &&
        !groups.some((group) =>
          group.filters.every((filter) => matchFilter(store, state, record, filter)),
        )
      )
        continue;
      matches.push(record);
    }
    sortRecords(state, matches, body.sorts[0]);
    const page = matches.slice(offset, offset + body.limit);
    const next = offset + body.limit;
    const results = page.map((record) => viewRecord(state, record, body.properties));
    return next < matches.length
      ? { total: matches.length, results, paging: { next: { after: String(next), link: '' } } }
      : { total: matches.length, results };
  });
}

function sortRecords(
  state: ObjectTypeState,
  records: CrmRecord[],
  sort: { propertyName: string; descending: boolean } | undefined,
): void {
  if (!sort) {
    records.sort((a, b) => Number(a.id) - Number(b.id));
    return;
  }
  const type = state.properties.get(sort.propertyName)?.type;
  const direction = sort.descending ? -1 : 1;
  records.sort((a, b) => {
    const left = a.properties[sort.propertyName];
    const right = b.properties[sort.propertyName];
    if (left === undefined || right === undefined)
      return left === right ? 0 : left === undefined ? 1 : -1;
    const x = comparable(type, left);
    const y = comparable(type, right);
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order * direction || Number(a.id) - Number(b.id);
  });
}
