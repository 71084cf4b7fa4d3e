export { CompanyCareCard } from './company/CompanyCareCard';
export { FunctionCallerProvider } from './serverless/FunctionCaller';
export type { ServerlessCaller } from './serverless/callFunction';
export { CareModelPages } from './portfolio/CareModelPages';
export { PortfolioHomePage } from './portfolio/PortfolioHomePage';
export { SettingsPage } from './settings/SettingsPage';
