import { Divider, Flex } from '@hubspot/ui-extensions';
import type { CareViewData } from '@care-model/contract';
import { CarePanel } from './CarePanel';
import { Checklist } from './Checklist';
import { MatrixSection } from './MatrixSection';
import { OutOfScope } from './OutOfScope';
import { useCompanyWrites } from './useCompanyWrites';

/** The three sections of the card, in the order a rep reads them (decision 0009). */
export function CompanyCare(props: { data: CareViewData; onUpdate: (data: CareViewData) => void }) {
  const writes = useCompanyWrites(props.data, props.onUpdate);
  // Out of scope: no segment, no next steps; a person's assessment stays editable.
  if (!props.data.view.scope.inScope)
    return (
      <Flex direction="column" gap="md">
        <OutOfScope data={props.data} />
        <Divider />
        <MatrixSection data={props.data} writes={writes} />
      </Flex>
    );
  return (
    <Flex direction="column" gap="md">
      <CarePanel data={props.data} writes={writes} />
      <Divider />
      <Checklist data={props.data} writes={writes} />
      <Divider />
      <MatrixSection data={props.data} writes={writes} />
    </Flex>
  );
}
