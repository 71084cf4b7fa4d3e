declare module 'virtual:care-model-extensions' {
  export interface PreviewExtension {
    uid: string;
    type: 'card' | 'settings' | 'page';
    name: string;
    location: string;
    load: () => Promise<unknown>;
  }
  export const extensions: PreviewExtension[];
}
