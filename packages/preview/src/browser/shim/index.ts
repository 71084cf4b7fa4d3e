/** The preview's stand-in for `@hubspot/ui-extensions`: the same names, drawn as HTML. */
export * from './layout';
export * from './text';
export * from './buttons';
export * from './feedback';
export * from './table';
export * from './inputs';
export * from './choices';
export * from './sections';
export * from './form';
export {
  Modal,
  ModalBody,
  ModalFooter,
  Panel,
  PanelBody,
  PanelFooter,
  PanelSection,
} from './overlays';
export {
  ExtensionEvent,
  FormSubmitExtensionEvent,
  RemoteEvent,
  ServerlessExecutionStatus,
} from './events';
export { hubspot, logger } from './hubspot';
export { useDebounce, useExtensionActions, useExtensionApi, useExtensionContext } from './hooks';
export { useCrmSearch, formatCrmProperties, iconNames } from './unsupported';
import { missing } from './placeholder';

export const BarChart = missing('BarChart');
export const LineChart = missing('LineChart');
export const Dropdown = Object.assign(missing('Dropdown'), {
  ButtonItem: missing('Dropdown.ButtonItem'),
});
export const Illustration = missing('Illustration');
