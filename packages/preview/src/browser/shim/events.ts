/** Mirrors the SDK's event classes (runtime exports of `@hubspot/ui-extensions`). */
export class ExtensionEvent {
  type: string;
  bubbles: boolean;
  timeStamp: number;
  id: string;
  constructor(event: { type: string; bubbles: boolean; timeStamp: number }) {
    this.type = event.type;
    this.bubbles = event.bubbles;
    this.timeStamp = event.timeStamp;
    this.id = crypto.randomUUID();
  }
}

export class FormSubmitExtensionEvent<V> extends ExtensionEvent {
  targetValue: V;
  constructor(value: V, event: { type: string; bubbles: boolean; timeStamp: number }) {
    super(event);
    this.targetValue = value;
  }
}

export class RemoteEvent<V> {
  type: string;
  bubbles: boolean;
  timeStamp: number;
  targetValue: V;
  constructor(value: V, event: { type: string; bubbles: boolean; timeStamp: number }) {
    this.type = event.type;
    this.bubbles = event.bubbles;
    this.timeStamp = event.timeStamp;
    this.targetValue = value;
  }
}

export const ServerlessExecutionStatus = { Success: 'SUCCESS', Error: 'ERROR' } as const;
