export { startPreview, type Preview, type PreviewOptions } from './server/startPreview';
export { buildPreviewPage, type BrowserBundle } from './build/buildPreviewPage';
export { launchBrowser } from './chromium';
