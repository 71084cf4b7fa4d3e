export * from './config/vocabulary';
export * from './config/configSchema';
export * from './config/parseConfig';
export * from './company/companyInput';
export * from './classification/classification';
export * from './care-plan/careView';
export * from './company/read';
