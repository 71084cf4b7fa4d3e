import { hubspot } from '@hubspot/ui-extensions';
import { SettingsPage } from '@care-model/ui';

hubspot.extend<'settings'>(() => <SettingsPage />);
