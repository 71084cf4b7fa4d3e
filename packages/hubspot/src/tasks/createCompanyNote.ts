import { AssociationTypes, type Client } from '@hubspot/api-client';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/notes';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A note on the company's timeline: a bold heading, then the person's text (HubSpot keeps HTML). */
export async function createCompanyNote(
  client: Client,
  companyId: string,
  note: { heading: string; text: string; at: string },
): Promise<void> {
  const text = note.text === '' ? '' : `<p>${escapeHtml(note.text).replace(/\n/g, '<br>')}</p>`;
  await client.crm.objects.notes.basicApi.create({
    properties: {
      hs_timestamp: note.at,
      hs_note_body: `<p><strong>${escapeHtml(note.heading)}</strong></p>${text}`,
    },
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
  });
}
