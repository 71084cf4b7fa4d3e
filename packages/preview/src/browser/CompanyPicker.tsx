import { defaultConfig, segmentLabel, segments } from '@care-model/core';
import { useEffect, useState } from 'react';
import type { PreviewLocale } from './host/contextFor';
import { fetchCompanies, type CompanyRow } from './previewApi';
import { SegmentTag } from './SegmentTag';

type ListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; companies: CompanyRow[]; total: number };

/** HubSpot's company index, reduced: search by name, see segment and owner, open a record. */
export function CompanyPicker(props: { locale: PreviewLocale }) {
  const [query, setQuery] = useState('');
  const [segment, setSegment] = useState('');
  const [state, setState] = useState<ListState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      fetchCompanies(query, segment).then(
        (answer) => current && setState({ status: 'ready', ...answer }),
        (error: Error) => current && setState({ status: 'error', message: error.message }),
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, segment]);
  return (
    <main className="preview-index">
      <div className="preview-index-header">
        <h1 className="hs-page-title">Companies</h1>
        <input
          className="hs-input preview-search"
          type="search"
          aria-label="Search companies"
          placeholder="Search by name or domain"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <select
          className="hs-input preview-segment-filter"
          aria-label="Care segment"
          value={segment}
          onChange={(event) => setSegment(event.target.value)}
        >
          <option value="">All segments</option>
          {segments.map((id) => (
            <option key={id} value={id}>
              {segmentLabel(defaultConfig, id, props.locale)}
            </option>
          ))}
          <option value="none">Not classified</option>
        </select>
        {state.status === 'ready' ? (
          <span className="hs-text--micro">{state.total} companies</span>
        ) : null}
      </div>
      {state.status === 'error' ? (
        <div className="hs-alert hs-alert--error">{state.message}</div>
      ) : null}
      {state.status === 'loading' ? <span className="hs-spinner" /> : null}
      {state.status === 'ready' ? (
        <table className="hs-table hs-table--bordered preview-companies">
          <thead>
            <tr>
              <th>Company name</th>
              <th>Domain</th>
              <th>Care segment</th>
              <th>Company owner</th>
            </tr>
          </thead>
          <tbody>
            {state.companies.map((company) => (
              <tr key={company.id} data-company-id={company.id}>
                <td>
                  <a className="hs-link" href={`#/company/${company.id}`}>
                    {company.name}
                  </a>
                </td>
                <td>{company.domain}</td>
                <td>
                  <SegmentTag segment={company.segment} locale={props.locale} />
                </td>
                <td>{company.ownerName ?? 'No owner'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </main>
  );
}
