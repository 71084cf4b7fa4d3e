import { hubspot } from '@hubspot/ui-extensions';
import { CompanyCareCard } from '@care-model/ui';

hubspot.extend<'crm.record.tab'>(() => <CompanyCareCard />);
