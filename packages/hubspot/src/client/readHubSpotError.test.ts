import { ApiException } from '@hubspot/api-client/lib/codegen/crm/companies';
import { readHubSpotError } from './readHubSpotError';

const api = (code: number, body: unknown) => new ApiException(code, 'HTTP-Code: x', body, {});

describe('readHubSpotError', () => {
  it.each([
    [api(429, { policyName: 'DAILY' }), { status: 429, policyName: 'DAILY' }],
    [api(404, { category: 'OBJECT_NOT_FOUND' }), { status: 404, category: 'OBJECT_NOT_FOUND' }],
    [
      api(400, { message: 'Unable to infer object type' }),
      { status: 400, message: 'Unable to infer object type' },
    ],
    [api(403, { category: 'see <b>x</b>' }), { status: 403 }],
    [api(502, 'not json'), { status: 502 }],
  ])('%p → %j', (caught, read) => {
    expect(readHubSpotError(caught)).toEqual(read);
  });

  it.each([[api(204, {})], [new Error('fetch failed')], ['a string'], [null]])(
    '%p is no answered HubSpot error',
    (caught) => {
      expect(readHubSpotError(caught)).toBeUndefined();
    },
  );
});
