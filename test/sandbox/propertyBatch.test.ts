import {
  PropertyCreateFieldTypeEnum,
  PropertyCreateTypeEnum,
} from '@hubspot/api-client/lib/codegen/crm/properties';
import { startSandbox } from './sandboxClient';

const text = (name: string) => ({
  name,
  label: name,
  type: PropertyCreateTypeEnum.String,
  fieldType: PropertyCreateFieldTypeEnum.Text,
  groupName: 'companyinformation',
});

describe('POST /crm/v3/properties/{objectType}/batch/create', () => {
  it('creates every new property and lists an existing one as an error (207)', async () => {
    const { sandbox, client } = await startSandbox({ seed: { companies: [] } });
    try {
      const first = await client.crm.properties.batchApi.create('companies', {
        inputs: [text('care_a'), text('care_b')],
      });
      expect(first.results.map((p) => p.name).sort()).toEqual(['care_a', 'care_b']);
      const second = await client.crm.properties.batchApi.create('companies', {
        inputs: [text('care_a'), text('care_c')],
      });
      expect(second.results.map((p) => p.name)).toEqual(['care_c']);
      expect(sandbox.requestLog.entries().at(-1)?.status).toBe(207);
    } finally {
      await sandbox.close();
    }
  });
});
