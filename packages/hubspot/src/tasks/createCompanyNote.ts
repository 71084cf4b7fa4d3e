import { AssociationTypes, type Client } from '@hubspot/api-client';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/notes';
import { called, outcomeUnknown } from '../client/callPolicy';
import { associationIds } from '../records/associationIds';
import { batchAnswerSchema, chunks } from '../records/crmRecord';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Whether the company already has a note with exactly this body and time (a create whose answer was lost). */
async function noteExists(
  client: Client,
  companyId: string,
  properties: { hs_timestamp: string; hs_note_body: string },
): Promise<boolean> {
  const ids = await associationIds(client, 'companies', companyId, 'notes');
  for (const part of chunks(ids)) {
    const answer = batchAnswerSchema.parse(
      await called(client, 'safe', () =>
        client.crm.objects.notes.batchApi.read({
          inputs: part.map((id) => ({ id })),
          properties: ['hs_timestamp', 'hs_note_body'],
          propertiesWithHistory: [],
        }),
      ),
    );
    const same = answer.results.some(
      (note) =>
        note.properties.hs_note_body === properties.hs_note_body &&
        Date.parse(note.properties.hs_timestamp ?? '') === Date.parse(properties.hs_timestamp),
    );
    if (same) return true;
  }
  return false;
}

/**
 * A note on the company's timeline: a bold heading, then the person's text (HubSpot keeps HTML).
 * After an unknown outcome (5xx, no answer) the company's notes are read before creating again.
 */
export async function createCompanyNote(
  client: Client,
  companyId: string,
  note: { heading: string; text: string; at: string },
): Promise<void> {
  const text = note.text === '' ? '' : `<p>${escapeHtml(note.text).replace(/\n/g, '<br>')}</p>`;
  const properties = {
    hs_timestamp: note.at,
    hs_note_body: `<p><strong>${escapeHtml(note.heading)}</strong></p>${text}`,
  };
  const create = () =>
    called(client, 'create', () =>
      client.crm.objects.notes.basicApi.create({
        properties,
        associations: [
          {
            to: { id: companyId },
            types: [
              {
                associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined,
                associationTypeId: AssociationTypes.noteToCompany,
              },
            ],
          },
        ],
      }),
    );
  try {
    await create();
  } catch (caught) {
    if (!outcomeUnknown(caught)) throw caught;
    if (!(await noteExists(client, companyId, properties))) await create();
  }
}
