import { hubspot } from '@hubspot/ui-extensions';
import { CareModelPages } from '@care-model/ui';

hubspot.extend<'pages'>(() => <CareModelPages />);
