export { CompanyCareCard } from './company/CompanyCareCard';
export { FunctionCallerProvider, useFunctionCaller } from './serverless/FunctionCaller';
export { callFunction, type ServerlessCaller } from './serverless/callFunction';
export { useFunction, type RequestState } from './serverless/useFunction';
export { localeFor, useLocale } from './i18n/useLocale';
export { CareModelPages } from './portfolio/CareModelPages';
export { PortfolioHomePage } from './portfolio/PortfolioHomePage';
export { SettingsPage } from './settings/SettingsPage';
