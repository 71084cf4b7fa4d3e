export { startPreview, type Preview, type PreviewOptions } from './server/startPreview';
export { buildBrowserBundle, type BrowserBundle } from './build/buildBrowserBundle';
