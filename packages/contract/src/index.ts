export * from './result';
export * from './parameters';
export * from './functions';
export * from './results';
