export { startPreview, type Preview, type PreviewOptions } from './server/startPreview';
export { buildPreviewPage, type BrowserBundle } from './build/buildPreviewPage';
