import type {
  CrmActionButtonProps,
  CrmActionLinkProps,
  CrmPropertyListProps,
} from '@hubspot/ui-extensions/crm';
import { useCallback, useEffect, useState } from 'react';
import { useCrmObjectId, useHost } from '../host/hostContext';
import { readRecordProperties } from '../host/records';
import { missing } from './placeholder';

interface PropertiesState {
  properties: Record<string, string | null>;
  error: Error | null;
  isLoading: boolean;
  isRefetching: boolean;
}

/** The open record's properties, read again whenever an extension refreshes them. */
export function useCrmProperties(propertyNames: string[]) {
  const objectId = useCrmObjectId();
  const { propertiesVersion } = useHost();
  const names = propertyNames.join(',');
  const [state, setState] = useState<PropertiesState>({
    properties: {},
    error: null,
    isLoading: true,
    isRefetching: false,
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    if (objectId === undefined) return undefined;
    setState((previous) => ({ ...previous, isRefetching: !previous.isLoading }));
    readRecordProperties(objectId, names.split(',')).then(
      (properties) =>
        current && setState({ properties, error: null, isLoading: false, isRefetching: false }),
      (error: Error) =>
        current && setState({ properties: {}, error, isLoading: false, isRefetching: false }),
    );
    return () => {
      current = false;
    };
  }, [objectId, names, propertiesVersion, attempt]);
  const refetch = useCallback(async () => setAttempt((n) => n + 1), []);
  return { ...state, refetch };
}

const notInPreview = new Error('useAssociations is not implemented in the preview.');
export function useAssociations() {
  return {
    results: [],
    error: notInPreview,
    isLoading: false,
    isRefetching: false,
    pagination: { hasNextPage: false, hasPreviousPage: false, currentPage: 1, pageSize: 0 },
    refetch: async () => undefined,
  };
}

export function CrmPropertyList(props: CrmPropertyListProps) {
  const { properties, isLoading } = useCrmProperties(props.properties);
  return (
    <dl className="hs-dl hs-dl--column">
      {props.properties.map((name) => (
        <div className="hs-dl-item" key={name}>
          <dt>{name}</dt>
          <dd>{isLoading ? '…' : (properties[name] ?? '—')}</dd>
        </div>
      ))}
    </dl>
  );
}

/** HubSpot's own dialogs (add task, schedule meeting…) do not exist here: the button says so. */
export function CrmActionButton(props: CrmActionButtonProps) {
  const { actions } = useHost();
  return (
    <button
      type="button"
      className={`hs-button hs-button--${props.variant ?? 'secondary'}`}
      onClick={() =>
        actions.addAlert({
          type: 'info',
          title: 'HubSpot action',
          message: `HubSpot would open ${props.actionType} here; the preview has no such dialog.`,
        })
      }
    >
      {props.children}
    </button>
  );
}

/** A link whose target HubSpot resolves (a record in the portal's own app host): the preview says so. */
export function CrmActionLink(props: CrmActionLinkProps) {
  const { actions } = useHost();
  return (
    <a
      href="#"
      className="hs-link"
      onClick={(event) => {
        event.preventDefault();
        actions.addAlert({
          type: 'info',
          title: 'HubSpot link',
          message: `HubSpot would follow ${props.actionType} here.`,
        });
      }}
    >
      {props.children}
    </a>
  );
}

export const CrmAssociationPivot = missing('CrmAssociationPivot');
export const CrmAssociationPropertyList = missing('CrmAssociationPropertyList');
export const CrmAssociationStageTracker = missing('CrmAssociationStageTracker');
export const CrmAssociationTable = missing('CrmAssociationTable');
export const CrmCardActions = missing('CrmCardActions');
export const CrmDataHighlight = missing('CrmDataHighlight');
export const CrmReport = missing('CrmReport');
export const CrmSimpleDeadline = missing('CrmSimpleDeadline');
export const CrmStageTracker = missing('CrmStageTracker');
export const CrmStatistics = missing('CrmStatistics');
