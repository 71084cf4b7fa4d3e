import { createPageRouter, PageRoutes } from '@hubspot/ui-extensions/pages';
import { PortfolioHomePage } from './PortfolioHomePage';

/** The app's pages: the portfolio home page is the index route. */
export const CareModelPages = createPageRouter(
  <PageRoutes>
    <PageRoutes.IndexRoute component={PortfolioHomePage} id="home" />
  </PageRoutes>,
);
