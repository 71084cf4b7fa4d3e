import { ApiException } from '@hubspot/api-client/lib/codegen/crm/companies';
import { FunctionFailure, toFunctionError } from './toFunctionError';
import { MissingTokenError } from './createHubSpotClient';

const api = (code: number, body: unknown) =>
  new ApiException(code, 'HTTP-Code: x', body, { authorization: 'Bearer pat-na1-secret' });

describe('toFunctionError', () => {
  it.each([
    [429, { policyName: 'TEN_SECONDLY_ROLLING' }, 'rate_limited', 'try again in a minute'],
    [429, { policyName: 'DAILY' }, 'rate_limited', 'try again tomorrow'],
    [404, { category: 'OBJECT_NOT_FOUND' }, 'not_found', '404, OBJECT_NOT_FOUND'],
    [409, { category: 'CONFLICT' }, 'conflict', '409, CONFLICT'],
    [401, {}, 'hubspot_error', 'access token (401)'],
    [
      403,
      { category: 'MISSING_SCOPES' },
      'hubspot_error',
      'permission for this (403, MISSING_SCOPES)',
    ],
    [503, { category: 'SERVICE_UNAVAILABLE' }, 'hubspot_error', 'not answering properly (503'],
    [
      400,
      { category: 'VALIDATION_ERROR' },
      'hubspot_error',
      'refused the request (400, VALIDATION_ERROR)',
    ],
  ])('%i %j → %s', (status, body, code, message) => {
    const error = toFunctionError(
      api(status, { message: 'value "secret@example.fi" rejected', ...body }),
    );
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
    expect(JSON.stringify(error)).not.toMatch(/secret|Bearer|pat-/);
  });

  it('drops a category that is not one of HubSpot’s codes', () => {
    expect(toFunctionError(api(400, { category: 'see <b>secret</b>' })).message).toBe(
      'HubSpot refused the request (400).',
    );
  });

  it.each([
    [new Error('This job timed out after 5000 ms.'), /did not answer in time/],
    [new TypeError('fetch failed'), /could not be reached/],
    [new MissingTokenError('x'), /no HubSpot access token/],
    [
      new RangeError('Invalid time value at pat-na1-123'),
      /^The app function failed unexpectedly\.$/,
    ],
    ['a string', /^The app function failed unexpectedly\.$/],
  ])('%p → a readable hubspot_error', (caught, message) => {
    const error = toFunctionError(caught);
    expect(error.code).toBe('hubspot_error');
    expect(error.message).toMatch(message);
  });

  it('passes an expected failure through', () => {
    const error = { code: 'not_found' as const, message: 'No company 9.', field: 'companyId' };
    expect(toFunctionError(new FunctionFailure(error))).toEqual(error);
  });
});
